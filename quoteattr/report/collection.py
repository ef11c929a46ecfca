"""A source table from extraction results, and the metadata field documents are grouped by.

``source_table`` is the report for a notebook: give it each document's quotes
(as ``extract`` returns them, or as ``quoteattr extract`` writes them) and get
the typed rows. ``GroupBy`` reads a group from a JSON Lines record's fields:
``meta.publisher`` is the record's ``{"meta": {"publisher": …}}``, and
``meta.publication_date:month`` the year and month of an ISO date in it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from attrs import frozen

from quoteattr.errors import ConfigError
from quoteattr.model import Quote
from quoteattr.report.table import SourceReport, SourceTally
from quoteattr.resolve.linking import link_documents

NO_GROUP = "(none)"
"""The group of a document that lacks the field."""

NOT_A_DATE = "(not a date)"
"""The group of a document whose field has no ISO date for ``:month`` or ``:year``."""

PERIODS = {"month": re.compile(r"\d{4}-\d{2}"), "year": re.compile(r"\d{4}")}
"""The periods a date field can be grouped by, and the start of an ISO date each keeps."""

Results = Mapping[str, Sequence[Quote | Mapping[str, Any]]] | Iterable[Sequence[Quote]]
"""Each document's quotes: by document id, or in order (the ids are then "1", "2", …)."""


@frozen
class GroupBy:
    """A dotted path into a record's fields, and optionally a period of a date there."""

    path: tuple[str, ...]
    period: str | None = None

    @classmethod
    def parse(cls, spec: str) -> GroupBy:
        """``FIELD[.FIELD…][:month|:year]``; raises ConfigError for anything else.

        A colon before anything but a period is part of the field's name (``dc:date``).
        """
        field_path, colon, period = spec.rpartition(":")
        if not colon or period not in PERIODS:
            field_path, period = spec, ""
        path = tuple(field_path.split("."))
        if not all(path):
            msg = f"{spec!r} is not a field path such as meta.publisher"
            raise ConfigError(msg)
        return cls(path, period or None)

    def __str__(self) -> str:
        name = ".".join(self.path)
        return f"{name}:{self.period}" if self.period else name

    def of(self, fields: Mapping[str, Any] | None) -> str:
        """The group of a document whose record has ``fields`` (None: not JSON Lines)."""
        value: Any = fields
        for key in self.path:
            if not isinstance(value, Mapping) or key not in value:
                return NO_GROUP
            value = value[key]
        if value is None or value == "":
            return NO_GROUP
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        if self.period is None:
            return " ".join(text.split()) or NO_GROUP
        found = PERIODS[self.period].match(text.strip())
        return found.group() if found else NOT_A_DATE


def source_table(
    results: Results,
    *,
    groups: Mapping[str, str] | None = None,
    min_confidence: float = 0.0,
    link: bool = True,
) -> SourceReport:
    """Who is quoted in ``results``: one row per speaker, most quoted first.

    ``groups`` gives a document id its group (a column per group in the rows);
    quotes below ``min_confidence`` are left out. With ``link``, ``Quote``
    speakers are first linked across the documents as ``link_documents`` does
    (records from ``quoteattr extract`` were linked when they were written).
    """
    if isinstance(results, Mapping):
        ids = [str(key) for key in results]
        documents = [list(quotes) for quotes in results.values()]
    else:
        documents = [list(quotes) for quotes in results]
        ids = [str(number) for number in range(1, len(documents) + 1)]
    if link and all(isinstance(q, Quote) for quotes in documents for q in quotes):
        documents = list(link_documents(documents))
    by_id = {str(key): str(group) for key, group in (groups or {}).items()}
    tally = SourceTally(min_confidence=min_confidence, group_by="groups" if groups else None)
    for doc_id, quotes in zip(ids, documents, strict=True):
        tally.add(doc_id, quotes, by_id.get(doc_id, NO_GROUP) if groups else None)
    return tally.report()
