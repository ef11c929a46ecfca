"""Running many documents: worker processes in input order, batches, progress.

``parallel`` maps work over worker processes with a few batches in flight (it
knows nothing of quotes); ``batch`` turns input documents into one outcome
each and links speakers across them; ``progress`` draws the command line's
progress line. ``Extractor.pipe`` and ``quoteattr extract`` run on them.
"""
