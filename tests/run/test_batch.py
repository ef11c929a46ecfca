"""Tests for quoteattr.run.batch: one outcome per input document, in order, and linked speakers.

``quoteattr extract`` over these (--jobs, --no-link, extractor failures) is tested in
tests/test_cli_batch.py, as are linked() against link_documents on random
collections and a failed document passing through it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from quoteattr import Extractor, Quote, extract, link_documents
from quoteattr.io.inputs import InputDocument
from quoteattr.io.outputs import Outcome
from quoteattr.run.batch import Extract, extract_documents, linked, outcome_of

DOCUMENTS = [
    InputDocument("a", "“Yes,” Peskov said.", None, 22),
    InputDocument("b", None, "b.txt: not UTF-8 (byte 0xe9 at offset 3)", 9),
    InputDocument("c", "", None, 0),
    InputDocument("d", "No quotes here.", None, 15),
    InputDocument("e", "“No,” Dmitry Peskov said. He added that it was over.", None, 55),
]


def _speakers(outcome: Outcome) -> list[str | None]:
    """The speaker names of an outcome's quotes."""
    return [q.speaker.name if q.speaker else None for q in outcome.quotes or []]


@pytest.mark.parametrize("jobs", [1, 2])
def test_extract_documents_one_outcome_per_document_in_order(jobs: int) -> None:
    """Each input document gives one outcome, in input order, with its id and size."""
    outcomes = list(extract_documents(Extractor(), DOCUMENTS, jobs=jobs, batch_size=2))
    assert [(o.id, o.size) for o in outcomes] == [(d.id, d.size) for d in DOCUMENTS]
    for document, outcome in zip(DOCUMENTS, outcomes, strict=True):
        if document.text is not None:
            assert outcome.quotes == extract(document.text)
            assert outcome.error is None


@pytest.mark.parametrize("jobs", [1, 2])
def test_extract_documents_an_unreadable_document_keeps_its_error(jobs: int) -> None:
    """A document that could not be read is an outcome with no quotes and the same error."""
    outcomes = list(extract_documents(Extractor(), DOCUMENTS, jobs=jobs))
    assert outcomes[1] == Outcome("b", None, "b.txt: not UTF-8 (byte 0xe9 at offset 3)", 9)
    assert outcomes[2] == Outcome("c", [], None, 0)  # an empty text is read: no quotes


def test_extract_documents_in_one_process_is_lazy() -> None:
    """With one job, each document is extracted only when its outcome is asked for."""
    read: list[str] = []

    def documents() -> Iterator[InputDocument]:
        for document in DOCUMENTS:
            read.append(document.id)
            yield document

    outcomes = extract_documents(Extractor(), documents())
    assert read == []
    assert next(outcomes).id == "a"
    assert read == ["a"]


def test_extract_documents_takes_any_callable() -> None:
    """The extractor may be any callable from text to quotes, not only an Extractor."""
    seen: list[str] = []

    def extractor(text: str) -> list[Quote]:
        seen.append(text)
        return []

    assert isinstance(extractor, Extract)
    outcomes = list(extract_documents(extractor, DOCUMENTS))
    assert [o.quotes for o in outcomes] == [[], None, [], [], []]
    assert seen == [d.text for d in DOCUMENTS if d.text is not None]


def test_outcome_of_an_extractor_that_raises_is_that_documents_error() -> None:
    """An exception in the extractor becomes the document's error, naming the type and message."""

    def broken(text: str) -> list[Quote]:
        raise KeyError(text)

    outcome = outcome_of(broken, InputDocument("x", "boom", None, 4))
    assert outcome == Outcome("x", None, "x: extraction failed (KeyError: 'boom')", 4)


def test_linked_gives_one_word_speakers_the_full_name_from_other_documents() -> None:
    """A surname alone takes the full name another document uses, before or after it."""
    texts = [
        "“Yes,” Peskov said.",
        "“No,” Dmitry Peskov said.",
        "“Later,” Peskov said.",
    ]
    documents = [InputDocument(str(n), text) for n, text in enumerate(texts)]
    unlinked = list(extract_documents(Extractor(), documents))
    assert [_speakers(o) for o in unlinked] == [["Peskov"], ["Dmitry Peskov"], ["Peskov"]]
    outcomes = list(linked(unlinked))
    assert [_speakers(o) for o in outcomes] == [["Dmitry Peskov"]] * 3
    assert [o.quotes for o in outcomes] == link_documents(extract(t) for t in texts)
    assert [o.quotes[0].mention for o in outcomes] == [o.quotes[0].mention for o in unlinked]  # type: ignore[index]


def test_linked_leaves_an_ambiguous_name_alone() -> None:
    """A surname two full names share in the collection stays as it is."""
    texts = ["“Maybe,” Clinton said.", "“Fine,” Hillary Clinton said. “Later,” Bill Clinton said."]
    documents = [InputDocument(str(n), text) for n, text in enumerate(texts)]
    outcomes = list(linked(extract_documents(Extractor(), documents)))
    assert [_speakers(o) for o in outcomes] == [["Clinton"], ["Hillary Clinton", "Bill Clinton"]]


def test_linked_reads_every_outcome_before_giving_the_first() -> None:
    """Linking needs the whole collection: nothing comes out until the input is exhausted."""
    taken: list[str] = []

    def outcomes() -> Iterator[Outcome]:
        for outcome in [Outcome("1", []), Outcome("2", None, "2: bad", 3), Outcome("3", [])]:
            taken.append(outcome.id)
            yield outcome

    result = linked(outcomes())
    assert next(result) == Outcome("1", [])
    assert taken == ["1", "2", "3"]
    assert list(result) == [Outcome("2", None, "2: bad", 3), Outcome("3", [])]


def test_linked_of_nothing_is_nothing() -> None:
    """No outcomes in, none out."""
    assert list(linked([])) == []
