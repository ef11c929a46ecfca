"""The learned attribution stage: a linear-chain CRF over the rules' drafts.

``labels`` (what each token is), ``features`` (what the model sees),
``crf`` (the weights, and decoding in plain Python), ``assemble`` (labels into
attributions), ``weights`` (which weights, loaded once per process) and
``stage`` (the pipeline stage ``model``). Training lives in
``quoteattr.training`` and needs the ``train`` extra; nothing here does.
"""
