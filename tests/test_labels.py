"""Speaker labels: "NAME: words" paragraphs in transcripts and headlines."""

from __future__ import annotations

import pytest

from quoteattr import Kind, extract

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
    assert extract(text) == []


def test_labels_leave_a_paragraph_with_a_quotation_to_the_quotation() -> None:
    text = 'SMITH: "We will win," he told the crowd.\n'
    quotes = extract(text)
    assert [q.content.text for q in quotes] == ["We will win,"]
