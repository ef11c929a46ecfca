"""Detection: the stages that find attributions and add them to the document as drafts.

In pipeline order: ``quotations`` pairs quotation marks into passages;
``direct`` reads each passage in its sentence (direct, partial and mixed
quotes, with their speech tags); ``labels`` reads speaker labels (``NAME:
words``); ``reported`` reads reported speech outside the quotations;
``nouncues`` reads possessive reporting nouns; ``parserframes`` merges a
parser's speech frames. The stages do not know each other: they share the
document, its ``Draft`` records and ``claimed`` (the offsets earlier drafts hold).
"""
