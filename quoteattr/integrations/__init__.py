"""quoteattr inside other engines: Stanza pipelines and Spark DataFrames.

``stanza`` registers the ``quote`` processor (and quoteattr's tokenizer) with
Stanza; ``spark`` adds quotes as a DataFrame column; ``sparkenv`` says what
keeps Spark from running here. ``import quoteattr`` loads none of them.
"""
