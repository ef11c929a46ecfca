"""Training the learned attribution stage from gold quotes (``quoteattr train``).

``corpus`` turns gold documents into labelled token sequences, reading each
through the same rules and features the stage reads at run time; ``fit``
trains python-crfsuite on them, chooses its regularisation by
cross-validation on the training documents, and exports the weights that
``quoteattr.learn`` decodes in plain Python. Needs the ``train`` extra.
"""
