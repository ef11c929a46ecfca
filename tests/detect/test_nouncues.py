"""Tests for quoteattr.detect.nouncues: possessive reporting nouns (``the mayor’s claim that``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteattr.annotators.builtin import builtin_annotation
from quoteattr.detect.direct import attribute
from quoteattr.detect.nouncues import NounCues, find_noun_cues
from quoteattr.detect.quotations import QuotationMarks
from quoteattr.document import Document, Draft
from quoteattr.grammar.mentions import MentionForm
from quoteattr.model import Kind, Span


def _document(text: str) -> Document:
    return Document.of(text, builtin_annotation(text))


def _nouns(text: str) -> list[Draft]:
    """The noun-cue drafts of ``text`` with nothing claimed before them."""
    return find_noun_cues(_document(text), [])


def test_nouncues_possessive_noun_with_that_gives_an_indirect_draft() -> None:
    """``the mayor’s claim that CLAUSE``: an indirect draft, the noun its cue, the possessor
    its mention and the clause after "that" its content."""
    text = "Voters laughed. The mayor’s claim that the budget was balanced fell apart."
    (draft,) = _nouns(text)
    assert draft.kind is Kind.INDIRECT
    assert draft.how == "noun-cue"
    assert draft.cue is not None
    assert draft.cue.text == "claim"
    assert text[draft.cue.start : draft.cue.end] == "claim"
    assert draft.mention is not None
    assert draft.mention.phrase.text == "The mayor"
    assert text[draft.mention.phrase.start : draft.mention.phrase.end] == "The mayor"
    assert draft.content.text == "the budget was balanced fell apart"
    assert draft.fragments == (draft.content,)
    assert draft.flags == ()


def test_nouncues_to_complement_keeps_to_and_stops_at_a_comma() -> None:
    """``Clinton's pledge to VERB``: the content opens with "to" and ends before the comma."""
    (draft,) = _nouns("Clinton's pledge to raise taxes, however, was popular.")
    assert draft.content.text == "to raise taxes"
    assert draft.cue is not None
    assert draft.cue.text == "pledge"
    assert draft.mention is not None
    assert draft.mention.phrase.text == "Clinton"
    assert draft.mention.form is MentionForm.NAME


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The senator’s warning that the bill is dead (again) surprised nobody.",
            "the bill is dead",
        ),
        (
            "The senator’s claim that the bill is dead — repeated twice — was odd.",
            "the bill is dead",
        ),
        ("Clinton's pledge to raise taxes; nobody cared.", "to raise taxes"),
    ],
)
def test_nouncues_clause_ends_at_a_parenthesis_dash_or_semicolon(text: str, content: str) -> None:
    """The noun's clause runs to the next parenthesis, dash or semicolon."""
    assert [d.content.text for d in _nouns(text)] == [content]


def test_nouncues_possessor_may_stand_two_modifiers_before_the_noun() -> None:
    """Up to two words between possessive and noun ("the mayor’s often repeated claim")."""
    (draft,) = _nouns("The mayor’s often repeated claim that the budget was balanced fell apart.")
    assert draft.mention is not None
    assert draft.mention.phrase.text == "The mayor"
    assert _nouns("The mayor’s often repeated false claim that the budget was balanced.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The mayor’s claims were checked by reporters.",
        "The mayor’s claim to the throne was weak.",
        "The claim that the budget was balanced fell apart.",
        "The mayor’s claim that",
    ],
    ids=["no-complement", "wrong-complement", "no-possessor", "no-clause"],
)
def test_nouncues_without_complement_possessor_or_clause_nothing(text: str) -> None:
    """A reporting noun without its complement, its possessor or a clause reports nothing."""
    assert _nouns(text) == []


def test_nouncues_clause_claimed_by_a_quotation_is_not_read_again() -> None:
    """A noun cue inside a quotation's draft gives no record; unclaimed, the same words do."""
    text = "“The mayor’s claim that the budget was balanced is false,” he said."
    doc = _document(text)
    QuotationMarks()(doc)
    quoted = attribute(doc)
    assert [d.kind for d in quoted] == [Kind.DIRECT]
    assert find_noun_cues(doc, quoted) == []
    assert [d.content.text for d in find_noun_cues(doc, [])] == ["the budget was balanced is false"]


def test_nouncues_clause_overlapping_a_claimed_draft_gives_no_record() -> None:
    """A free cue whose clause shares a character with an earlier draft is left to that draft."""
    text = "The mayor’s claim that the budget was balanced fell apart."
    doc = _document(text)
    at = text.index("balanced")
    piece = Span.of(text, at, at + len("balanced"))
    earlier = Draft(Kind.DIRECT, piece, (piece,), None, None, "none", ())
    assert text.index("claim") < earlier.content.start  # the cue itself is not claimed
    assert find_noun_cues(doc, [earlier]) == []
    assert len(find_noun_cues(doc, [])) == 1


def test_nouncues_stage_declares_what_it_reads_and_adds() -> None:
    """``NounCues`` is the stage ``noun-cues``: it reads sentences, tokens and drafts and
    adds drafts."""
    stage = NounCues()
    assert stage.name == "noun-cues"
    assert stage.reads == ("sentences", "tokens", "drafts")
    assert stage.adds == ("drafts",)


def test_nouncues_stage_appends_its_drafts_after_the_earlier_ones() -> None:
    """Called on a document, the stage adds what ``find_noun_cues`` reads and keeps the rest."""
    text = "“We will go,” Peskov said. The mayor’s claim that the budget was balanced fell apart."
    doc = _document(text)
    QuotationMarks()(doc)
    quoted = attribute(doc)
    doc.drafts.extend(quoted)
    NounCues()(doc)
    assert doc.drafts[: len(quoted)] == quoted
    assert [(d.how, d.content.text) for d in doc.drafts[len(quoted) :]] == [
        ("noun-cue", "the budget was balanced fell apart")
    ]


TEXT_PIECES = st.lists(
    st.sampled_from(
        ["The mayor’s", "Clinton's", "claim", "pledge", "that", "to", "the budget", ",", ".",
         "—", "(", "fell", "“", "”", "\n", "its"]
    ),
    max_size=25,
).map(" ".join)  # fmt: skip


@given(TEXT_PIECES)
def test_nouncues_spans_are_exact_and_inside_one_sentence(text: str) -> None:
    """For any text, each draft's cue, mention and content slice the text and share a sentence."""
    doc = _document(text)
    for draft in find_noun_cues(doc, []):
        assert draft.cue is not None
        assert draft.mention is not None
        spans = [draft.content, draft.cue, draft.mention.phrase]
        for span in spans:
            assert text[span.start : span.end] == span.text
        sentence = doc.sentence_at(draft.cue.start)
        assert sentence is not None
        assert all(sentence.start <= s.start and s.end <= sentence.end for s in spans)
        assert draft.cue.end <= draft.content.start
