"""Tests for quoteattr.grammar.cuematch: the longest cue or topic cue at a token, and its span."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from quoteattr.grammar.cuematch import cue_span, match_cue, match_topic
from quoteattr.lexicon.cues import CUES, MAX_CUE_WORDS, TOPICS
from quoteattr.model import Span
from quoteattr.segment.tokens import tokens


@pytest.mark.parametrize(
    ("text", "index", "words", "after"),
    [
        ("gave a toast to Putin", 0, ("gave", "a", "toast"), 3),
        ("raised the possibility that", 0, ("raised", "the", "possibility"), 3),
        ("Putin Said it", 1, ("said",), 2),
        ("according to Peskov", 0, ("according", "to"), 2),
        ("pointed out that", 0, ("pointed", "out"), 2),
        ("toast", 0, ("toast",), 1),
        ("called for a vote", 0, ("called", "for"), 2),
        ("called it a sham", 0, ("called",), 1),
    ],
)
def test_cuematch_match_cue_takes_the_longest_match(
    text: str, index: int, words: tuple[str, ...], after: int
) -> None:
    """match_cue matches the longest cue at a token, case-insensitively."""
    found = match_cue(text, tokens(text), index)
    assert found is not None
    entry, end = found
    assert (entry.words, end) == (words, after)


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("raised the question", 0),
        ("gave a speech", 0),
        ("according", 0),
        ("the expert said", 0),
        ("Peskov said", 2),
        ("", 0),
    ],
)
def test_cuematch_match_cue_without_cue_is_none(text: str, index: int) -> None:
    """match_cue gives None where no cue starts, or past the last token."""
    assert match_cue(text, tokens(text), index) is None


@pytest.mark.parametrize(
    ("text", "lemma", "after"),
    [
        ("talked about the war", "talk about", 2),
        ("Referring to the strike", "refer to", 2),
        ("discussed the budget", "discuss", 1),
        ("asked about the war", "ask about", 2),
    ],
)
def test_cuematch_topics_only_through_match_topic(text: str, lemma: str, after: int) -> None:
    """Topic cues are found by match_topic; match_cue never returns one."""
    toks = tokens(text)
    found = match_topic(text, toks, 0)
    assert found is not None
    entry, end = found
    assert (entry.lemma, entry.category, end) == (lemma, "topic", after)
    cue = match_cue(text, toks, 0)
    assert cue is None or cue[0].category != "topic"


def test_cuematch_a_topic_cue_does_not_hide_the_speech_cue() -> None:
    """ "asked about": match_cue finds the speech cue "asked", match_topic the topic cue."""
    text = "asked about the war"
    toks = tokens(text)
    cue = match_cue(text, toks, 0)
    topic = match_topic(text, toks, 0)
    assert cue is not None
    assert topic is not None
    assert (cue[0].lemma, cue[1]) == ("ask", 1)
    assert (topic[0].lemma, topic[1]) == ("ask about", 2)


@pytest.mark.parametrize(("text", "index"), [("said the expert", 0), ("talked", 0), ("x", 1)])
def test_cuematch_match_topic_without_topic_is_none(text: str, index: int) -> None:
    """match_topic gives None where no topic cue starts, or past the last token."""
    assert match_topic(text, tokens(text), index) is None


@pytest.mark.parametrize(
    ("text", "addressee", "channel"),
    [
        ("told reporters that", True, False),
        ("Tells AFP", True, False),
        ("reported that", False, True),
        ("said that", False, False),
    ],
)
def test_cuematch_matched_cues_carry_their_columns(
    text: str, addressee: bool, channel: bool
) -> None:
    """The matched cue says whether an addressee follows ("told") or it names a channel
    ("reported"), so readers ask the cue, not the word."""
    found = match_cue(text, tokens(text), 0)
    assert found is not None
    assert (found[0].addressee, found[0].channel) == (addressee, channel)


@pytest.mark.parametrize(
    ("text", "governs_quotation", "frames_clause", "reports_words", "target"),
    [
        ("said", True, True, True, False),
        ("believes", True, True, True, False),
        ("according to", True, False, False, False),
        ("thanked", True, False, False, False),
        ("showed", False, True, False, False),
        ("criticized", False, True, False, True),
    ],
)
def test_cuematch_matched_cues_carry_their_category_properties(
    text: str, governs_quotation: bool, frames_clause: bool, reports_words: bool, target: bool
) -> None:
    """A matched cue carries its category's properties: "according to" governs a quotation
    but frames no clause; "criticized" frames a target, not a quotation."""
    found = match_cue(text, tokens(text), 0)
    assert found is not None
    cue = found[0]
    assert (cue.governs_quotation, cue.frames_clause, cue.reports_words, cue.target) == (
        governs_quotation,
        frames_clause,
        reports_words,
        target,
    )


def test_cuematch_topic_properties() -> None:
    """A topic cue frames a clause whose content is a target, and governs no quotation."""
    text = "talked about"
    found = match_topic(text, tokens(text), 0)
    assert found is not None
    cue = found[0]
    assert (cue.frames_clause, cue.target, cue.governs_quotation, cue.reports_words) == (
        True,
        True,
        False,
        False,
    )


def test_cuematch_cue_span_covers_the_matched_tokens() -> None:
    """cue_span gives the exact span of the matched tokens, offsets into the whole text."""
    text = "Kim, in turn, gave  a toast to Putin."
    toks = tokens(text)
    index = [t.text for t in toks].index("gave")
    found = match_cue(text, toks, index)
    assert found is not None
    span = cue_span(text, toks, index, found[1])
    assert span == Span.of(text, text.index("gave"), text.index("toast") + len("toast"))
    assert span.text == "gave  a toast"


@pytest.mark.parametrize("before", ["", "The minister ", "“Yes,” "])
@pytest.mark.parametrize("case", [str.lower, str.upper, str.title])
def test_cuematch_every_cue_form_is_found(before: str, case: Callable[[str], str]) -> None:
    """Every form in the cue table is matched at its first token, in any case, as a cue at
    least as long as itself and at most MAX_CUE_WORDS long; topic forms likewise by match_topic."""
    for table, match in ((CUES, match_cue), (TOPICS, match_topic)):
        for words in table:
            text = before + case(" ".join(words)) + " that it rained."
            toks = tokens(text)
            index = next(i for i, t in enumerate(toks) if t.start == len(before))
            found = match(text, toks, index)
            assert found is not None, words
            entry, end = found
            assert len(words) <= end - index <= MAX_CUE_WORDS
            assert entry.words == tuple(t.text.lower() for t in toks[index:end])
            assert entry is table[entry.words]
