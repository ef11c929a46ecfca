"""Who is quoted: one row per speaker over many documents, counted as the documents come.

A ``SourceTally`` counts each document's quotes as it is added and keeps only
the speaker rows (counts, and one example quote each), never the quotes, so an
archive of any length takes the memory of its speakers. It reads ``Quote``
objects or the quote records ``quoteattr extract`` writes, so a report can be
made from a past extraction. Speakers are counted under the name they carry:
link them across documents first (``link_documents``; ``extract`` does).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from attrs import define, field, frozen

from quoteattr.errors import ConfigError, DependencyError, FormatError, InputError
from quoteattr.model import Quote

KINDS = ("direct", "indirect", "mixed")
"""The quote kinds a row counts, in column order."""

SOURCE_CLASSES = ("person", "organization", "unnamed", "other", "none")
"""What sort of source a quote has: a named person, an organisation, an unnamed source
("unnamed officials"), another speaker (a group, a document, a description), or none."""

EXAMPLE_CHARS = 280
"""An example quote longer than this is cut at a word and ends in "…"."""

EXAMPLE_MIN_WORDS = 6
"""A speaker's example is a quote of at least this many words where one has any."""

COLUMNS = ("speaker", "kind", "quotes", "direct", "indirect", "mixed", "documents")
"""A row's leading columns; the groups' columns and the example follow (``columns``)."""

UNNAMED_PREFIX = "unnamed "
"""How the sieve names a source the text does not name ("unnamed experts")."""


@frozen
class SourceRow:
    """One speaker's line: its quotes by kind, the documents quoting it, an example.

    ``kind`` is the speaker kind most of its quotes carry (person, organization,
    other, unknown); ``groups`` counts its quotes in each of the report's groups,
    in the order of ``SourceReport.groups``, and ``group_kinds`` splits each of
    those counts by ``KINDS``.
    """

    speaker: str
    kind: str
    quotes: int
    direct: int
    indirect: int
    mixed: int
    documents: int
    example: str
    example_document: str
    groups: tuple[int, ...] = ()
    group_kinds: tuple[tuple[int, ...], ...] = ()

    def kinds(self) -> tuple[int, ...]:
        """The row's quotes by ``KINDS``: direct, indirect, mixed."""
        return (self.direct, self.indirect, self.mixed)

    def to_dict(self, groups: tuple[str, ...] = ()) -> dict[str, Any]:
        """The row as a flat record; one key per group, named ``group:NAME``."""
        record: dict[str, Any] = {name: getattr(self, name) for name in COLUMNS}
        record.update({f"group:{g}": n for g, n in zip(groups, self.groups, strict=True)})
        record["example"] = self.example
        record["example_document"] = self.example_document
        return record


@frozen
class Totals:
    """The collection's counts: documents read and failed, quotes counted and left out
    (below the minimum confidence), and the counted quotes by ``SOURCE_CLASSES``."""

    documents: int
    failed: int
    quotes: int
    left_out: int
    sources: tuple[tuple[str, int], ...]

    def share(self, source_class: str) -> float:
        """The share of counted quotes whose source is of ``source_class`` (0 when none)."""
        counts = dict(self.sources)
        if source_class not in counts:
            msg = f"unknown source class {source_class!r}; one of {', '.join(SOURCE_CLASSES)}"
            raise ConfigError(msg)
        return counts[source_class] / self.quotes if self.quotes else 0.0


@frozen
class SourceReport:
    """The table of who is quoted: rows, most quoted first, and the totals."""

    rows: tuple[SourceRow, ...]
    totals: Totals
    groups: tuple[str, ...] = ()
    group_by: str | None = None
    min_confidence: float = 0.0
    group_quotes: tuple[int, ...] = ()
    """The counted quotes of each group, speakerless ones included."""

    def records(self) -> list[dict[str, Any]]:
        """The rows as flat records (``SourceRow.to_dict``), for CSV, JSON or a DataFrame."""
        return [row.to_dict(self.groups) for row in self.rows]

    def to_dataframe(self) -> Any:
        """The rows as a pandas DataFrame; raises DependencyError if pandas is missing."""
        try:
            import pandas as pd  # noqa: PLC0415 - optional, only for this call
        except ImportError:
            msg = "SourceReport.to_dataframe() needs pandas: pip install pandas"
            raise DependencyError(msg) from None
        return pd.DataFrame(self.records(), columns=columns(self.groups))


@define
class _Row:
    """A speaker's counts while the tally runs."""

    kinds: Counter[str] = field(factory=Counter)
    speaker_kinds: Counter[str] = field(factory=Counter)
    groups: Counter[tuple[str, str]] = field(factory=Counter)
    documents: int = 0
    example: str = ""
    example_document: str = ""
    example_rank: tuple[bool, float] = (False, -1.0)


@frozen
class Said:
    """What the table needs of one quote: its speaker, their kind, its kind, text, confidence."""

    speaker: str | None
    speaker_kind: str
    kind: str
    text: str
    confidence: float


class SourceTally:
    """Counts documents' quotes into speaker rows; ``report()`` gives the table so far."""

    def __init__(self, *, min_confidence: float = 0.0, group_by: str | None = None) -> None:
        if not 0.0 <= min_confidence <= 1.0:
            msg = f"min_confidence must be in [0, 1], got {min_confidence!r}"
            raise ConfigError(msg)
        self.min_confidence = min_confidence
        self.group_by = group_by
        self._rows: dict[str, _Row] = {}
        self._sources: Counter[str] = Counter()
        self._groups: Counter[str] = Counter()
        self._documents = 0
        self._failed = 0
        self._left_out = 0

    def add(
        self, doc_id: str, quotes: Iterable[Quote | Mapping[str, Any]], group: str | None = None
    ) -> None:
        """Count one document's quotes (``Quote`` objects or quote records)."""
        self._documents += 1
        if group is not None:
            self._groups[group] += 0
        quoting: set[str] = set()
        for quote in quotes:
            said = said_of(quote)
            if said.confidence < self.min_confidence:
                self._left_out += 1
                continue
            self._sources[source_class(said.speaker, said.speaker_kind)] += 1
            if group is not None:
                self._groups[group] += 1
            if said.speaker is None:
                continue
            row = self._rows.setdefault(said.speaker, _Row())
            row.kinds[said.kind] += 1
            row.speaker_kinds[said.speaker_kind] += 1
            if group is not None:
                row.groups[group, said.kind] += 1
            rank = _example_rank(said)
            if rank > row.example_rank:
                row.example, row.example_document = _shortened(said.text), doc_id
                row.example_rank = rank
            quoting.add(said.speaker)
        for speaker in quoting:
            self._rows[speaker].documents += 1

    def add_failure(self) -> None:
        """Count a document that could not be read or extracted."""
        self._failed += 1

    def report(self) -> SourceReport:
        """The table: rows by quotes (most first), then by name; groups in name order."""
        groups = tuple(sorted(self._groups))
        rows = [_finished(name, row, groups) for name, row in self._rows.items()]
        rows.sort(key=lambda r: (-r.quotes, r.speaker))
        totals = Totals(
            documents=self._documents,
            failed=self._failed,
            quotes=sum(self._sources.values()),
            left_out=self._left_out,
            sources=tuple((c, self._sources[c]) for c in SOURCE_CLASSES),
        )
        sizes = tuple(self._groups[g] for g in groups)
        return SourceReport(tuple(rows), totals, groups, self.group_by, self.min_confidence, sizes)


def columns(groups: tuple[str, ...] = ()) -> list[str]:
    """The columns of a report's records: ``COLUMNS``, one per group, then the example."""
    return [*COLUMNS, *(f"group:{g}" for g in groups), "example", "example_document"]


def source_class(speaker: str | None, speaker_kind: str) -> str:
    """Which of ``SOURCE_CLASSES`` a quote's source is."""
    if speaker is None:
        return "none"
    if speaker.startswith(UNNAMED_PREFIX):
        return "unnamed"
    if speaker_kind in ("person", "organization"):
        return speaker_kind
    return "other"


def said_of(quote: Quote | Mapping[str, Any]) -> Said:
    """The parts of a ``Quote``, or of its record in the common format, that are counted."""
    if isinstance(quote, Quote):
        speaker = quote.speaker
        return Said(
            speaker.name if speaker is not None else None,
            speaker.kind.value if speaker is not None else "unknown",
            quote.kind.value,
            quote.text,
            quote.confidence,
        )
    if not isinstance(quote, Mapping):
        msg = f"a source table counts Quote objects or quote records, got {type(quote).__name__}"
        raise InputError(msg)
    name, kind = quote.get("speaker_entity"), quote.get("type")
    if kind not in KINDS:
        msg = f"a quote record's type must be one of {', '.join(KINDS)}, got {kind!r}"
        raise FormatError(msg)
    confidence = float(quote.get("confidence") or 0.0)
    return Said(
        str(name) if name not in (None, "") else None,
        str(quote.get("speaker_kind") or "unknown"),
        kind,
        str(quote.get("text") or ""),
        confidence if math.isfinite(confidence) else 0.0,
    )


def _finished(name: str, row: _Row, groups: tuple[str, ...]) -> SourceRow:
    # the commonest kind; on a tie, a known kind before "unknown"
    kind = max(row.speaker_kinds.items(), key=lambda i: (i[1], i[0] != "unknown", i[0]))[0]
    return SourceRow(
        speaker=name,
        kind=kind,
        quotes=sum(row.kinds.values()),
        direct=row.kinds["direct"],
        indirect=row.kinds["indirect"],
        mixed=row.kinds["mixed"],
        documents=row.documents,
        example=row.example,
        example_document=row.example_document,
        groups=tuple(sum(row.groups[g, k] for k in KINDS) for g in groups),
        group_kinds=tuple(tuple(row.groups[g, k] for k in KINDS) for g in groups),
    )


def _example_rank(said: Said) -> tuple[bool, float]:
    """How well a quote shows its speaker: a whole statement first, then confidence."""
    return (len(said.text.split()) >= EXAMPLE_MIN_WORDS, said.confidence)


def _shortened(text: str) -> str:
    """``text`` on one line, cut at a word after at most ``EXAMPLE_CHARS`` characters."""
    flat = " ".join(text.split())
    if len(flat) <= EXAMPLE_CHARS:
        return flat
    cut = flat[:EXAMPLE_CHARS].rsplit(" ", 1)[0]
    return f"{cut} …"
