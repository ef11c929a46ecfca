"""Score predicted quotes against gold quotes in the common JSONL format.

Corpora disagree on where a quote's span begins and ends (quotation marks, a
leading "that", the final full stop), so both sides are trimmed before they are
compared, and matches are counted exactly and at overlap thresholds 0.8 and 0.3
(overlap in characters / length of the longer trimmed span), one-to-one.
Attribution is judged on the pairs matched at 0.3. See ``shared/eval/FORMAT.md``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

from attrs import Factory, define

from quoteattr.errors import FormatError
from quoteattr.evaluation.scores import Accuracy, Calibration, Report, Scores
from quoteattr.io.serialize import quote_to_dict
from quoteattr.model import Quote

Record = Mapping[str, Any]
Pair = tuple[float, int, int, int, int]
"""A candidate match: (overlap ratio, gold start, predicted start, gold index, predicted index)."""

QUOTE_MARKS = frozenset("\"“”‘’'«»„‹›")
"""Quotation marks of every style, trimmed from both ends of a span."""

TRAILING_PUNCTUATION = frozenset(".,;:!?…-‐‑‒–—―")
"""Sentence punctuation and dashes, trimmed from the end of a span."""

LEADING_THAT = re.compile(r"that\s", re.IGNORECASE)
"""The complementiser some corpora include in reported content ("said that ...")."""

THRESHOLDS = (1.0, 0.8, 0.3)
"""Exact match (ratio 1.0 means identical trimmed spans), then the two overlap thresholds."""


@define
class _Tally:
    """Running counts over documents; a Report is built from it once at the end."""

    documents: int = 0
    gold: int = 0
    predicted: int = 0
    borderline_dropped: int = 0
    tp: Counter[float] = Factory(Counter)
    correct: Counter[str] = Factory(Counter)
    total: Counter[str] = Factory(Counter)
    confidence: dict[bool, list[float]] = Factory(lambda: {True: [], False: []})

    def report(self, unknown_ids: tuple[str, ...]) -> Report:
        """Freeze the counts; fp and fn follow from tp and the totals."""
        exact, t80, t30 = (
            Scores(self.tp[t], self.predicted - self.tp[t], self.gold - self.tp[t])
            for t in THRESHOLDS
        )
        kind, mention, entity = (
            Accuracy(self.correct[k], self.total[k]) for k in ("kind", "mention", "entity")
        )
        counts = {"documents": self.documents, "gold": self.gold, "predicted": self.predicted}
        return Report(
            exact,
            t80,
            t30,
            kind,
            mention,
            entity,
            **counts,
            borderline_dropped=self.borderline_dropped,
            unknown_ids=unknown_ids,
            confidence=Calibration(
                sum(self.confidence[True]),
                len(self.confidence[True]),
                sum(self.confidence[False]),
                len(self.confidence[False]),
            ),
        )


def evaluate(
    gold: Iterable[Record],
    predictions: Mapping[str, Sequence[Quote | Record]],
    *,
    kinds: Collection[str] | None = None,
    include_borderline: bool = True,
) -> Report:
    """Score ``predictions`` (document id -> quotes) against ``gold`` documents.

    A gold document missing from ``predictions`` predicted nothing; prediction ids
    not in gold are reported as ``unknown_ids``. With ``include_borderline=False``
    the gold quotes marked ``borderline`` are dropped, and so are the predictions
    one-to-one matched to them at 0.3 (matching against all gold), so finding a
    disputable quote is neither rewarded nor punished. ``kinds`` then keeps only
    gold and predicted quotes of those types. Raises FormatError when an offset
    does not fit its document's text.
    """
    if isinstance(kinds, str):  # kinds="direct" means {"direct"}, not its letters
        kinds = (kinds,)
    wanted = None if kinds is None else frozenset(str(k).casefold() for k in kinds)
    tally = _Tally()
    seen: set[str] = set()
    for doc in gold:
        doc_id, text, gold_quotes = _read_document(doc)
        if doc_id in seen:
            msg = f"gold document id {doc_id!r} appears twice; ids must be unique"
            raise FormatError(msg)
        seen.add(doc_id)
        preds = [_as_record(doc_id, i, q) for i, q in enumerate(predictions.get(doc_id, ()))]
        for side, records in (("gold", gold_quotes), ("predicted", preds)):
            for index, record in enumerate(records):
                _check_record(text, record, f"document {doc_id!r}, {side} quote {index}")
        if not include_borderline:
            gold_quotes, preds, dropped = _drop_borderline(text, gold_quotes, preds)
            tally.borderline_dropped += dropped
        if wanted is not None:
            gold_quotes = [q for q in gold_quotes if str(q.get("type")).casefold() in wanted]
            preds = [q for q in preds if str(q.get("type")).casefold() in wanted]
        _score_document(text, gold_quotes, preds, tally)
    return tally.report(tuple(sorted(set(predictions) - seen)))


def _read_document(doc: Record) -> tuple[str, str, list[Record]]:
    """Unpack a gold line, failing with a FormatError rather than a KeyError."""
    try:
        doc_id, text, quotes = str(doc["id"]), doc["text"], list(doc["quotes"])
    except (KeyError, TypeError) as exc:
        msg = f"a gold document needs 'id', 'text' and 'quotes' ({exc!r}); see FORMAT.md"
        raise FormatError(msg) from None
    if not isinstance(text, str):
        msg = f"document {doc_id!r}: 'text' must be a string"
        raise FormatError(msg)
    return doc_id, text, quotes


def _as_record(doc_id: str, index: int, quote: Quote | Record) -> Record:
    """Predictions may be Quote objects or records; the scorer reads records."""
    if isinstance(quote, Quote):
        return quote_to_dict(quote)
    if isinstance(quote, Mapping):
        return quote
    got = type(quote).__name__
    msg = f"document {doc_id!r}, predicted quote {index}: expected a Quote or a record, got {got}"
    raise FormatError(msg)


def _check_record(text: str, record: Record, where: str) -> None:
    """Offsets that do not fit the text mean the record belongs to another string."""
    try:
        pairs = [
            (record["start"], record["end"]),
            *(tuple(f) for f in record.get("fragments") or ()),
        ]
        for a, b in (("cue_start", "cue_end"), ("speaker_start", "speaker_end")):
            if record.get(a) is not None or record.get(b) is not None:
                pairs.append((record.get(a), record.get(b)))
    except (KeyError, TypeError, AttributeError) as exc:
        msg = f"{where}: not a quote record of the common format ({exc!r})"
        raise FormatError(msg) from None
    for pair in pairs:
        ok = len(pair) == 2 and all(isinstance(x, int) and not isinstance(x, bool) for x in pair)
        if not (ok and 0 <= pair[0] <= pair[1] <= len(text)):
            msg = f"{where}: span {list(pair)} does not fit a text of {len(text)} characters"
            raise FormatError(msg)
    if record.get("text") is not None and record["text"] != text[record["start"] : record["end"]]:
        msg = f"{where}: 'text' is not text[start:end]; the offsets point into another string"
        raise FormatError(msg)


def _drop_borderline(
    text: str, gold: list[Record], preds: list[Record]
) -> tuple[list[Record], list[Record], int]:
    """Remove disputable gold quotes and the predictions that found them (one-to-one, t = 0.3)."""
    borderline = {i for i, q in enumerate(gold) if q.get("borderline")}
    if not borderline:
        return gold, preds, 0
    found = {j for i, j in _match(_ratios(text, gold, preds), 0.3) if i in borderline}
    return (
        [q for i, q in enumerate(gold) if i not in borderline],
        [p for j, p in enumerate(preds) if j not in found],
        len(borderline),
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past white space, quote marks, a leading "that" and final punctuation."""
    while True:
        before = (start, end)
        while start < end and (text[start].isspace() or text[start] in QUOTE_MARKS):
            start += 1
        if that := LEADING_THAT.match(text, start, end):
            start = that.end()
        while start < end and (
            text[end - 1].isspace()
            or text[end - 1] in QUOTE_MARKS
            or text[end - 1] in TRAILING_PUNCTUATION
        ):
            end -= 1
        if (start, end) == before:
            return start, end


def _ratios(text: str, gold: Sequence[Record], preds: Sequence[Record]) -> list[Pair]:
    """Every overlapping (gold, predicted) pair; trimmed spans are compared."""
    g_spans = [_trim(text, q["start"], q["end"]) for q in gold]
    p_spans = [_trim(text, q["start"], q["end"]) for q in preds]
    pairs = []
    for i, (gs, ge) in enumerate(g_spans):
        for j, (ps, pe) in enumerate(p_spans):
            longer = max(ge - gs, pe - ps)
            overlap = min(ge, pe) - max(gs, ps)
            if overlap < 0:
                continue
            ratio = overlap / longer if longer else float((gs, ge) == (ps, pe))
            if ratio > 0:
                pairs.append((ratio, gs, ps, i, j))
    return pairs


def _match(pairs: list[Pair], threshold: float) -> list[tuple[int, int]]:
    """Greedy one-to-one matching: best ratio first, ties by position."""
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched = []
    for ratio, _, _, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if ratio >= threshold and i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            matched.append((i, j))
    return matched


def _score_document(text: str, gold: list[Record], preds: list[Record], tally: _Tally) -> None:
    """Add one document's matches and attribution judgements to the tally."""
    tally.documents += 1
    tally.gold += len(gold)
    tally.predicted += len(preds)
    pairs = _ratios(text, gold, preds)
    for threshold in THRESHOLDS:
        tally.tp[threshold] += len(_match(pairs, threshold))
    for i, j in _match(pairs, 0.3):
        g, p = gold[i], preds[j]
        tally.total["kind"] += 1
        tally.correct["kind"] += g.get("type") == p.get("type")
        tally.total["mention"] += 1
        right = _same_mention(g, p)
        tally.correct["mention"] += right
        if g.get("speaker_entity"):
            tally.total["entity"] += 1
            right = _entity_key(g["speaker_entity"]) == _entity_key(p.get("speaker_entity"))
            tally.correct["entity"] += right
        confidence = p.get("confidence")
        if isinstance(confidence, int | float):
            tally.confidence[right].append(float(confidence))


def _same_mention(gold: Record, pred: Record) -> bool:
    """Both implicit, or the mention spans share at least one character."""
    g, p = gold.get("speaker_start"), pred.get("speaker_start")
    if g is None or p is None:
        return g is None and p is None
    return bool(max(g, p) < min(gold["speaker_end"], pred["speaker_end"]))


def _entity_key(name: object) -> str | None:
    """Compare entity names up to case, spacing and a leading "the" ("The Acme Co" = "Acme Co")."""
    if not isinstance(name, str):
        return None
    key = " ".join(name.casefold().split())
    return key.removeprefix("the ")
