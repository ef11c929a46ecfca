"""Tests for quoteattr.grammar.governing: the cue that governs a partial quotation."""

from __future__ import annotations

import pytest

from quoteattr.grammar.governing import last_cue
from quoteattr.model import Span
from quoteattr.segment.tokens import tokens


def located(text: str, part: str) -> Span:
    """The span of the first occurrence of ``part`` in ``text``."""
    start = text.index(part)
    return Span.of(text, start, start + len(part))


@pytest.mark.parametrize(
    ("text", "lemma", "words"),
    [
        ("Kim gave a toast to Putin", "toast", ("gave", "a", "toast")),
        ("Putin said he gave a toast", "toast", ("gave", "a", "toast")),
        ("Kim toasted", "toast", ("toasted",)),
        ("He thanked them and said", "say", ("said",)),
        ("Putin raised the possibility", "raise the possibility", ("raised", "the", "possibility")),
    ],
)
def test_governing_last_cue_prefers_the_longer_cue(
    text: str, lemma: str, words: tuple[str, ...]
) -> None:
    """last_cue finds the last cue, and a longer cue covering it wins ("gave a toast")."""
    toks = tokens(text)
    found = last_cue(text, toks)
    assert found is not None
    entry, start, end = found
    assert (entry.lemma, entry.words) == (lemma, words)
    assert Span.of(text, toks[start].start, toks[end - 1].end) == located(text, " ".join(words))


def test_governing_last_cue_without_cue_is_none() -> None:
    """last_cue gives None when no token starts a cue."""
    text = "The weather was fine in Vladivostok."
    assert last_cue(text, tokens(text)) is None


def test_governing_a_cue_after_a_determiner_is_a_noun() -> None:
    """ "made the call": a cue word after a determiner is a noun and governs nothing."""
    text = "He made the call"
    assert last_cue(text, tokens(text)) is None
    text = "He made it, they call"
    found = last_cue(text, tokens(text))
    assert found is not None
    assert found[0].lemma == "call"


def test_governing_a_belief_cue_under_a_speech_cue_gives_way_to_it() -> None:
    """ "Ann said she expects the plan “to fail”": the words are reported under "said";
    a belief cue with no speech cue just before its subject still governs."""
    text = "Ann said she expects the plan"
    found = last_cue(text, tokens(text))
    assert found is not None
    assert found[0].lemma == "say"
    text = "Ann expects the plan"
    found = last_cue(text, tokens(text))
    assert found is not None
    assert found[0].category == "belief"
