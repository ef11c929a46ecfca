"""Tests for quoteattr.resolve.turns: who speaks a quotation with no tag."""

from __future__ import annotations

from quoteattr import extract
from quoteattr.resolve.turns import Alternation, Continuation, Resumption


def _sieves_and_speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.sieve, q.speaker.name if q.speaker else None) for q in extract(text)]


def test_turns_the_next_paragraph_goes_on_with_the_speaker() -> None:
    """An untagged quotation in the paragraph after a tagged one, with no exchange, is the
    same speaker's (news goes on quoting one source)."""
    found = _sieves_and_speakers("“One,” Ann Lee said.\n\n“Two.”")
    assert found[-1] == (Continuation.name, "Ann Lee")


def test_turns_after_other_text_the_speaker_resumes() -> None:
    """Across a paragraph of narration, the last speaker resumes, with a low confidence."""
    text = "“One,” Ann Lee said.\n\nThe rain went on.\n\n“Two.”"
    assert _sieves_and_speakers(text)[-1] == (Resumption.name, "Ann Lee")


def test_turns_an_exchange_alternates() -> None:
    """In the paragraph after a quotation, the exchange's other speaker takes the turn."""
    text = "“One,” Ann Lee said.\n\n“Two,” Pat Ross said.\n\n“Three.”"
    assert _sieves_and_speakers(text)[-1] == (Alternation.name, "Ann Lee")


def test_turns_the_one_called_takes_the_next_turn() -> None:
    """An untagged quotation in the paragraph after one that calls someone by name is
    theirs, and so is a "he" or "she" tag there."""
    text = (
        "Ann Lee met Pat Ross in the garden.\n\n"
        "“Now tell me, Pat, what is that?” said Ann.\n\n"
        "“It is an arm.”\n\n"
        "“Come here, Pat!” said Ann.\n\n"
        "“No,” he said."
    )
    speakers = [q.speaker.name if q.speaker else None for q in extract(text)]
    assert speakers == ["Ann Lee", "Pat Ross", "Ann Lee", "Pat Ross"]
