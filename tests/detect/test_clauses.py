"""Tests for quoteattr.detect.clauses: where a reported clause starts and ends.

``ClauseReader`` is read through the stage that uses it: each text goes through
the stages up to ``reported``, so the quotations are claimed as in a real run,
and the drafts the ``reported`` stage adds are compared.
"""

from __future__ import annotations

import pytest

from quoteattr.annotators.builtin import builtin_annotation
from quoteattr.detect.clauses import participle
from quoteattr.detect.reported import ReportedSpeech
from quoteattr.document import Document
from quoteattr.model import Span
from quoteattr.pipeline import Extractor

Reading = tuple[str | None, str | None, list[str]]
"""A reported draft as (cue, source phrase, fragment texts)."""


def _reported(text: str) -> list[Reading]:
    """The drafts the ``reported`` stage adds to ``text``, after the stages before it."""
    doc = Document.of(text, builtin_annotation(text))
    for stage in Extractor().stages:
        before = len(doc.drafts)
        stage(doc)
        if isinstance(stage, ReportedSpeech):
            return [
                (
                    d.cue.text if d.cue else None,
                    d.mention.phrase.text if d.mention else None,
                    [f.text for f in d.fragments],
                )
                for d in doc.drafts[before:]
            ]
    msg = "the default extractor has no reported stage"
    raise AssertionError(msg)


@pytest.mark.parametrize(
    "text",
    [
        "Peskov told reporters that the talks would go on.",
        "Peskov told the state news agency that the talks would go on.",
        "Peskov told Russian state TV that the talks would go on.",
        "Peskov told AFP the talks would go on.",
        "Peskov told the BBC the talks would go on.",
        "Peskov told reporters in Moscow on Tuesday that the talks would go on.",
    ],
)
def test_clauses_content_starts_after_the_addressee_of_told(text: str) -> None:
    """``X told Y (that) CLAUSE``: the addressee and "that" are no part of the content."""
    assert _reported(text) == [("told", "Peskov", ["the talks would go on"])]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said in a statement that the talks would go on.",
        "The ministry said in a statement the talks would go on.",
        "The ministry said at a news conference that the talks would go on.",
        "The ministry said on Twitter that the talks would go on.",
    ],
)
def test_clauses_content_starts_after_a_channel(text: str) -> None:
    """``said in a statement (that) CLAUSE``: the channel belongs to the tag, not the content."""
    assert _reported(text) == [("said", "The ministry", ["the talks would go on"])]


@pytest.mark.xfail(
    strict=True,
    reason='ClauseReader._skip_channel promises "in an interview with X", but channels.txt '
    'lists only "in an interview": "with Reuters" is left at the head of the content',
)
def test_clauses_content_starts_after_an_interview_with_someone() -> None:
    """``said in an interview with X that CLAUSE``: the interviewer belongs to the channel."""
    text = "The ministry said in an interview with Reuters that the talks would go on."
    assert _reported(text) == [("said", "The ministry", ["the talks would go on"])]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said on Tuesday that the talks would go on.",
        "The ministry said last week that the talks would go on.",
        "The ministry said Tuesday that the talks would go on.",
        "The ministry said in a statement on Tuesday that the talks would go on.",
    ],
)
def test_clauses_content_starts_after_time_words_and_that(text: str) -> None:
    """``said on Tuesday that CLAUSE``: an adverbial of time before "that" is skipped."""
    assert _reported(text) == [("said", "The ministry", ["the talks would go on"])]


@pytest.mark.parametrize(
    "text",
    [
        "The talks would go on, Peskov told reporters on Tuesday.",
        "The talks would go on, Peskov said in a statement.",
    ],
)
def test_clauses_trailing_tag_carries_its_addressee_channel_and_time(text: str) -> None:
    """``CLAUSE, X told reporters on Tuesday.``: the tag's rest is no clause of its own."""
    ((cue, source, fragments),) = _reported(text)
    assert (source, fragments) == ("Peskov", ["The talks would go on"])
    assert cue in {"said", "told"}


def test_clauses_content_ends_before_adding() -> None:
    """``X said A, adding B``: A ends before the participle, which opens a second record."""
    assert _reported("Peskov said the talks would go on, adding that Kim would visit.") == [
        ("said", "Peskov", ["the talks would go on"]),
        ("adding", "Peskov", ["Kim would visit"]),
    ]


def test_clauses_content_ends_before_adding_after_a_trailing_tag() -> None:
    """``A, X said, adding B``: the tagged clause does not run on into the participle."""
    assert _reported("The talks would go on, Peskov said, adding that Kim would visit.") == [
        ("said", "Peskov", ["The talks would go on"]),
        ("adding", "Peskov", ["Kim would visit"]),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peskov said the talks would go on, Interfax reported.",
            [("said", "Peskov", ["the talks would go on"])],
        ),
        (
            "The talks would go on, Peskov said, RIA Novosti reported.",
            [("said", "Peskov", ["The talks would go on"])],
        ),
        (
            "The talks would go on, Peskov said, according to Interfax.",
            [("said", "Peskov", ["The talks would go on"])],
        ),
    ],
)
def test_clauses_content_ends_before_a_second_tag(text: str, expected: list[Reading]) -> None:
    """A second tag on the same clause ends the content and gives no record of its own."""
    assert _reported(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Peskov said the talks would go on, but Lavrov said they would stop.",
        "Peskov said the talks would go on; Lavrov said they would stop.",
    ],
)
def test_clauses_content_ends_before_a_new_attribution(text: str) -> None:
    """``X said A, but Y said B``: a clause with its own source and cue ends the one before."""
    assert _reported(text) == [
        ("said", "Peskov", ["the talks would go on"]),
        ("said", "Lavrov", ["they would stop"]),
    ]


def test_clauses_content_ends_before_a_second_verb_of_the_same_subject() -> None:
    """``X said A and said B``: two records, one source."""
    assert _reported("Peskov said the talks would go on and said Kim would visit.") == [
        ("said", "Peskov", ["the talks would go on"]),
        ("said", "Peskov", ["Kim would visit"]),
    ]


def test_clauses_content_ends_before_a_colon_that_opens_a_quotation() -> None:
    """``According to X, A: “…”``: the quotation after the colon is a record of its own."""
    text = "According to the ministry, the talks would go on: “We will see.”"
    assert _reported(text) == [("According to", "the ministry", ["the talks would go on"])]


def test_clauses_a_stance_target_ends_at_the_first_comma() -> None:
    """A stance's target ("endorsed Clinton") stops at the comma before a relative clause."""
    assert _reported("The senator endorsed Clinton, who won the primary.") == [
        ("endorsed", "The senator", ["Clinton"])
    ]


def test_clauses_content_keeps_inner_commas_and_drops_final_punctuation() -> None:
    """A relative clause inside the content stays; the sentence's full stop does not."""
    text = "Peskov said the talks, which began in May, would go on."
    ((_, _, fragments),) = _reported(text)
    assert fragments == ["the talks, which began in May, would go on"]


@pytest.mark.parametrize(
    ("word", "expected"),
    [("adding", True), ("saying", True), ("Adding", False), ("sing", False), ("said", False)],
)
def test_clauses_participle_is_a_lower_case_ing_word(word: str, expected: bool) -> None:
    """``participle`` reads a lower-case "-ing" word of five letters or more."""
    assert participle(Span.of(word, 0, len(word))) is expected
