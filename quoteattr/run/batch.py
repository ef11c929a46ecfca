"""Many documents through one extractor: in worker processes, in order, one outcome each.

``quoteattr extract`` runs on this. Each ``InputDocument`` gives exactly one
``Outcome``, its quotes or the reason it failed, so a document that cannot be
read, that breaks the extractor or that kills its worker process costs only its
own line. ``linked`` gives
speakers their full names across the collection without holding it in memory:
the outcomes wait in a temporary file, and only the names stay in memory.
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Iterable, Iterator
from typing import Protocol, runtime_checkable

from attrs import evolve

from quoteattr.io.inputs import InputDocument
from quoteattr.io.outputs import Outcome
from quoteattr.model import Quote
from quoteattr.resolve.linking import CollectionNames
from quoteattr.run.parallel import BATCH_SIZE, ordered_map, worker_state


@runtime_checkable
class Extract(Protocol):
    """What extracts one text's quotes: a ``quoteattr.Extractor``, or any picklable callable."""

    def __call__(self, text: str) -> list[Quote]: ...


def extract_documents(
    extractor: Extract,
    documents: Iterable[InputDocument],
    *,
    jobs: int = 1,
    batch_size: int = BATCH_SIZE,
) -> Iterator[Outcome]:
    """The outcome of each document, lazily and in input order, in ``jobs`` processes."""
    if jobs == 1:
        return (outcome_of(extractor, document) for document in documents)
    return ordered_map(
        _outcomes, documents, processes=jobs, batch_size=batch_size, state=extractor, lost=_lost
    )


def outcome_of(extractor: Extract, document: InputDocument) -> Outcome:
    """One document's outcome; an exception inside the extractor becomes its error."""
    if document.text is None:
        return Outcome(document.id, None, document.error, document.size)
    try:
        quotes = extractor(document.text)
    except Exception as exc:  # one bad document must not stop an archive
        error = f"{document.id}: extraction failed ({type(exc).__name__}: {exc})"
        return Outcome(document.id, None, error, document.size)
    return Outcome(document.id, quotes, None, document.size)


def _lost(document: InputDocument) -> Outcome:
    """The outcome of a document whose worker process died while reading it, twice."""
    error = f"{document.id}: a worker process died on this document (killed, or out of memory?)"
    return Outcome(document.id, None, error, document.size)


def _outcomes(documents: list[InputDocument]) -> list[Outcome]:
    extractor = worker_state(Extract)  # type: ignore[type-abstract]
    return [outcome_of(extractor, document) for document in documents]


def linked(outcomes: Iterable[Outcome]) -> Iterator[Outcome]:
    """The outcomes, with one-word speakers given the full names the others use.

    The same as ``link_documents`` over their quotes, but the outcomes are
    spilled to a temporary file while the names are indexed, so memory holds
    the index alone. Nothing is yielded until every outcome has been read.
    """
    index = CollectionNames()
    with tempfile.TemporaryFile(prefix="quoteattr-") as spill:
        count = 0
        for outcome in outcomes:
            index.add(outcome.quotes or ())
            pickle.dump(outcome, spill, protocol=pickle.HIGHEST_PROTOCOL)
            count += 1
        spill.seek(0)
        for number in range(count):
            outcome = pickle.load(spill)  # our own file, written just above
            if outcome.quotes:
                outcome = evolve(outcome, quotes=index.link(outcome.quotes, number))
            yield outcome
