"""Tests for quoteattr.detect.labels: "NAME: words" paragraphs in transcripts and headlines."""

from __future__ import annotations

import pytest

from quoteattr import Kind, extract
from quoteattr.annotators.builtin import builtin_annotation
from quoteattr.detect.direct import attribute
from quoteattr.detect.labels import SpeakerLabels, with_labels
from quoteattr.detect.quotations import QuotationMarks
from quoteattr.document import Document

TRANSCRIPT = (
    "The interview aired on Sunday.\n\n"
    "HOST: Do you think the plan will pass?\n\n"
    "SMITH: I think it will. The votes are there.\n"
)


def test_labels_transcript_turns_are_attributed_to_their_labels() -> None:
    """Each turn is one record: the colon is the cue, the rest of the paragraph the content."""
    quotes = extract(TRANSCRIPT)
    turns = [(q.mention.text if q.mention else None, q.content.text) for q in quotes]
    assert ("HOST", "Do you think the plan will pass?") in turns
    assert ("SMITH", "I think it will. The votes are there.") in turns
    smith = next(q for q in quotes if q.mention is not None and q.mention.text == "SMITH")
    assert smith.cue is not None
    assert smith.cue.text == ":"
    assert TRANSCRIPT[smith.content.start : smith.content.end] == smith.content.text
    assert smith.kind is Kind.INDIRECT


def test_labels_headline_with_a_name_and_marks_is_mixed() -> None:
    """A headline label whose words hold quotation marks gives one mixed record."""
    text = "Graham: Rival’s ‘Reckless Talk’ Hurts the Party.\n\nBody text follows here.\n"
    quote = extract(text)[0]
    assert quote.mention is not None
    assert quote.mention.text == "Graham"
    assert quote.content.text == "Rival’s ‘Reckless Talk’ Hurts the Party."
    assert quote.kind is Kind.MIXED


@pytest.mark.parametrize(
    "text",
    [
        "UPDATE: The vote was moved to Friday.\n",
        "Editor’s note: This story has been corrected.\n",
        "Q: What happens next?\n",
        "Little Relief for Refugees: The camps are full.\n",
        "the mayor: a profile of a quiet man.\n",
    ],
)
def test_labels_that_name_no_speaker_give_no_record(text: str) -> None:
    """Labels that are no name (a notice, a question, a section heading) give no record."""
    assert extract(text) == []


def test_labels_leave_a_paragraph_with_a_quotation_to_the_quotation() -> None:
    """A labelled paragraph that holds a tagged quotation is the quotation's record alone."""
    text = 'SMITH: "We will win," he told the crowd.\n'
    quotes = extract(text)
    assert [q.content.text for q in quotes] == ["We will win,"]


def _quoted(text: str) -> Document:
    """The document of ``text`` with its passages paired and its quotation drafts added."""
    doc = Document.of(text, builtin_annotation(text))
    QuotationMarks()(doc)
    doc.drafts.extend(attribute(doc))
    return doc


def test_labels_with_labels_folds_an_untagged_quotation_into_its_label() -> None:
    """An untagged quotation inside a labelled paragraph is dropped for the label's
    record, which becomes mixed."""
    doc = _quoted("Graham: Rival’s “Reckless Talk” Hurts the Party.\n\nBody text follows here.\n")
    (quotation,) = doc.drafts
    assert quotation.cue is None
    (label,) = with_labels(doc, doc.drafts)
    assert label.kind is Kind.MIXED
    assert label.how == "label"
    assert label.content.contains(quotation.content)
    assert label.mention is not None
    assert label.mention.phrase.text == "Graham"


def test_labels_with_labels_keeps_a_tagged_quotation_and_drops_the_label() -> None:
    """A tagged quotation inside a labelled paragraph keeps its draft and no label is added."""
    doc = _quoted('SMITH: "We will win," he told the crowd.\n')
    assert with_labels(doc, doc.drafts) == doc.drafts


def test_labels_with_labels_keeps_drafts_in_text_order() -> None:
    """Label drafts are merged with the others sorted by content offsets."""
    doc = _quoted(TRANSCRIPT)
    drafts = with_labels(doc, doc.drafts)
    assert [d.how for d in drafts] == ["label", "label"]
    starts = [d.content.start for d in drafts]
    assert starts == sorted(starts)


def test_labels_stage_declares_what_it_reads_and_adds() -> None:
    """``SpeakerLabels`` is the stage ``labels``: it reads paragraphs, drafts and tokens
    and adds drafts."""
    stage = SpeakerLabels()
    assert stage.name == "labels"
    assert stage.reads == ("paragraphs", "drafts", "tokens")
    assert stage.adds == ("drafts",)


def test_labels_stage_sets_the_drafts_with_labels() -> None:
    """Called on a document, the stage replaces its drafts by ``with_labels`` of them."""
    doc = _quoted("Intro line.\n\nSMITH: I think it will.\n\n“Sure,” she said.\n")
    expected = with_labels(doc, doc.drafts)
    SpeakerLabels()(doc)
    assert doc.drafts == expected
    assert [(d.how, d.content.text) for d in doc.drafts] == [
        ("label", "I think it will."),
        ("tag-after", "Sure,"),
    ]
