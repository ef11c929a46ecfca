"""Tests for quoteattr.sentencetokens: a range's tokens sliced from its sentence's tokens."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quoteattr.model import Span
from quoteattr.sentencetokens import SentenceTokens
from quoteattr.tokens import tokens

PIECES = [
    "“We won,” ",
    "Peskov",
    " said",
    "don’t",
    "rock'n'roll",
    "U.S.",
    " ",
    "—",
    "‘",
    "’s",
    "\n",
]


@given(st.lists(st.sampled_from(PIECES), max_size=25).map("".join), st.data())
def test_between_equals_tokenizing_the_range(text: str, data: st.DataObject) -> None:
    """Whatever the range, even one whose edges fall inside a word, the tokens are the same."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    low = data.draw(st.integers(0, start))
    high = data.draw(st.integers(end, len(text)))
    words = SentenceTokens(text)
    sentence = Span.of(text, low, high)
    assert words.between(sentence, start, end) == tokens(text, start, end)
    assert words.between(sentence, start, end) == tokens(text, start, end)  # cached


def test_between_shares_the_sentences_spans() -> None:
    """A range on token boundaries is a slice of the sentence's own tokens: no new spans."""
    text = "“We won,” Peskov said on Tuesday."
    words = SentenceTokens(text)
    sentence = Span.of(text, 0, len(text))
    whole = words.between(sentence, 0, len(text))
    part = words.between(sentence, 10, len(text))
    assert [t.text for t in part] == ["Peskov", "said", "on", "Tuesday", "."]
    assert part[0] is whole[5]
