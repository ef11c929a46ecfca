"""Segmentation: paragraphs, sentences and word tokens, as exact spans of the text.

``layout`` finds the paragraphs (the text's lines), ``splitter`` the
sentences (the hot path), ``tokens`` the words, and ``cuts`` cuts an overlong
"sentence" into pieces of bounded length so that no later stage's work
outgrows the text.
"""

from quoteattr.segment.layout import paragraphs
from quoteattr.segment.splitter import sentences, sentences_in

__all__ = ["paragraphs", "sentences", "sentences_in"]
