"""Tests for quoteattr.report.table: the speaker rows and totals of a source report."""

from __future__ import annotations

import sys
import tracemalloc
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr import Kind, Quote, Span, Speaker, SpeakerKind, extract, link_documents
from quoteattr.errors import ConfigError, DependencyError, FormatError, InputError
from quoteattr.io.serialize import quote_to_dict
from quoteattr.report.table import (
    EXAMPLE_CHARS,
    KINDS,
    SOURCE_CLASSES,
    SourceTally,
    columns,
    source_class,
)

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def said(
    text: str,
    speaker: str | None,
    *,
    kind: Kind = Kind.DIRECT,
    speaker_kind: SpeakerKind = SpeakerKind.PERSON,
    confidence: float = 0.9,
) -> Quote:
    """A quote of ``text`` (the whole source) by ``speaker``."""
    content = Span.of(text, 0, len(text))
    who = Speaker(speaker, speaker_kind, ()) if speaker is not None else None
    return Quote(kind, content, (content,), speaker=who, confidence=confidence)


@pytest.fixture(scope="module")
def seeds() -> list[list[Quote]]:
    texts = [path.read_text(encoding="utf-8") for path in SEEDS]
    return link_documents([extract(text) for text in texts])


def test_tally_counts_each_speakers_quotes_as_extract_gives_them(
    seeds: list[list[Quote]],
) -> None:
    tally = SourceTally()
    for number, quotes in enumerate(seeds):
        tally.add(f"doc{number}", quotes)
    report = tally.report()
    expected = Counter(q.speaker.name for quotes in seeds for q in quotes if q.speaker)
    assert {row.speaker: row.quotes for row in report.rows} == expected
    peskov = next(row for row in report.rows if row.speaker == "Dmitry Peskov")
    assert peskov.kind == "person"
    assert peskov.documents == sum(
        any(q.speaker and q.speaker.name == "Dmitry Peskov" for q in quotes) for quotes in seeds
    )
    assert [row.quotes for row in report.rows] == sorted(
        (r.quotes for r in report.rows), reverse=True
    )
    assert report.totals.documents == len(seeds)
    assert report.totals.quotes == sum(map(len, seeds))


def test_tally_reads_extract_records_as_it_reads_quotes(seeds: list[list[Quote]]) -> None:
    objects, records = SourceTally(), SourceTally()
    for number, quotes in enumerate(seeds):
        objects.add(str(number), quotes)
        records.add(str(number), [quote_to_dict(q) for q in quotes])
    assert objects.report() == records.report()


def test_tally_splits_by_kind_and_counts_documents_once_each() -> None:
    tally = SourceTally()
    tally.add("a", [said("one two", "Ann Lee"), said("x", "Ann Lee", kind=Kind.INDIRECT)])
    tally.add("b", [said("y", "Ann Lee", kind=Kind.MIXED), said("z", None)])
    (row,) = tally.report().rows
    assert (row.quotes, row.direct, row.indirect, row.mixed, row.documents) == (3, 1, 1, 1, 2)
    assert row.kinds() == (1, 1, 1)
    assert tally.report().totals.sources == (
        ("person", 3),
        ("organization", 0),
        ("unnamed", 0),
        ("other", 0),
        ("none", 1),
    )


def test_min_confidence_leaves_quotes_out_and_says_how_many() -> None:
    tally = SourceTally(min_confidence=0.5)
    tally.add(
        "a", [said("sure", "Ann Lee", confidence=0.9), said("unsure", "Bo Li", confidence=0.2)]
    )
    report = tally.report()
    assert [row.speaker for row in report.rows] == ["Ann Lee"]
    assert (report.totals.quotes, report.totals.left_out) == (1, 1)
    with pytest.raises(ConfigError, match=r"\[0, 1\]"):
        SourceTally(min_confidence=1.5)


def test_example_is_a_whole_statement_of_the_speaker_cut_at_a_word() -> None:
    long = "word " * 100
    tally = SourceTally()
    tally.add("a", [said("great Russia", "Kim", confidence=0.99)])
    tally.add(
        "b", [said("We will talk about every subject at our own pace.", "Kim", confidence=0.7)]
    )
    tally.add("c", [said(long.strip(), "Lee")])
    rows = {row.speaker: row for row in tally.report().rows}
    assert rows["Kim"].example == "We will talk about every subject at our own pace."
    assert rows["Kim"].example_document == "b"
    assert len(rows["Lee"].example) <= EXAMPLE_CHARS + 2
    assert rows["Lee"].example.endswith("word …")


def test_groups_count_each_speakers_quotes_per_group_and_kind() -> None:
    tally = SourceTally(group_by="meta.publisher")
    tally.add("a", [said("x", "Ann Lee"), said("y", "Ann Lee", kind=Kind.INDIRECT)], "nyt")
    tally.add("b", [said("z", "Ann Lee")], "breitbart")
    report = tally.report()
    assert report.groups == ("breitbart", "nyt")
    (row,) = report.rows
    assert row.groups == (1, 2)
    assert row.group_kinds == ((1, 0, 0), (1, 1, 0))
    assert row.to_dict(report.groups)["group:nyt"] == 2
    assert list(row.to_dict(report.groups)) == columns(report.groups)


def test_source_classes_name_unnamed_sources_and_groups() -> None:
    assert source_class(None, "unknown") == "none"
    assert source_class("unnamed officials", "other") == "unnamed"
    assert source_class("unnamed ministry spokesman", "person") == "unnamed"
    assert source_class("White House", "organization") == "organization"
    assert source_class("Ann Lee", "person") == "person"
    assert source_class("the report", "other") == "other"
    assert source_class("X", "unknown") == "other"


def test_totals_shares_sum_to_one_and_an_unknown_class_is_an_error() -> None:
    tally = SourceTally()
    tally.add(
        "a",
        [
            said("x", "Ann Lee"),
            said("y", None),
            said("z", "IMF", speaker_kind=SpeakerKind.ORGANIZATION),
        ],
    )
    totals = tally.report().totals
    assert sum(totals.share(c) for c in SOURCE_CLASSES) == pytest.approx(1.0)
    assert totals.share("organization") == pytest.approx(1 / 3)
    with pytest.raises(ConfigError, match="unknown source class 'people'"):
        totals.share("people")
    assert SourceTally().report().totals.share("person") == 0.0


def test_bad_quotes_are_clear_errors() -> None:
    tally = SourceTally()
    with pytest.raises(FormatError, match="type must be one of direct, indirect, mixed"):
        tally.add("a", [{"type": "quote", "speaker_entity": "Ann"}])
    with pytest.raises(InputError, match="got str"):
        tally.add("a", ["Ann said so"])  # type: ignore[list-item]


def test_failures_are_counted_apart_from_documents() -> None:
    tally = SourceTally()
    tally.add_failure()
    tally.add("a", [])
    totals = tally.report().totals
    assert (totals.documents, totals.failed, totals.quotes) == (1, 1, 0)


def test_to_dataframe_has_the_report_columns() -> None:
    pytest.importorskip("pandas")
    tally = SourceTally()
    tally.add("a", [said("x", "Ann Lee")], "nyt")
    report = tally.report()
    frame = report.to_dataframe()
    assert list(frame.columns) == columns(("nyt",))
    assert frame.loc[0, "speaker"] == "Ann Lee"
    assert frame.loc[0, "group:nyt"] == 1


def test_to_dataframe_without_pandas_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(DependencyError, match="pip install pandas"):
        SourceTally().report().to_dataframe()


def test_tally_memory_does_not_grow_with_documents(seeds: list[list[Quote]]) -> None:
    """The table is held, not the quotes: ten times the documents, the same memory."""
    tally = SourceTally(group_by="g")

    def add(rounds: int) -> None:
        for number in range(rounds):
            for quotes in seeds:
                tally.add(str(number), quotes, "one")

    tracemalloc.start()
    try:
        add(20)
        after_few = tracemalloc.get_traced_memory()[0]
        add(200)
        after_many = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert after_many - after_few < 20_000


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.lists(
            st.tuples(
                st.sampled_from([None, "Ann Lee", "Bo Li", "unnamed officials", "IMF"]),
                st.sampled_from(list(Kind)),
                st.floats(0, 1),
            ),
            max_size=6,
        ),
        max_size=6,
    ),
    st.floats(0, 1),
)
def test_tally_totals_agree_with_rows(
    documents: list[list[tuple[str | None, Kind, float]]], threshold: float
) -> None:
    tally = SourceTally(min_confidence=threshold)
    for number, quotes in enumerate(documents):
        tally.add(
            str(number), [said("x", s, kind=k, confidence=c) for s, k, c in quotes], str(number % 2)
        )
    report = tally.report()
    totals = report.totals
    kept = [(s, k) for quotes in documents for s, k, c in quotes if c >= threshold]
    assert totals.quotes == len(kept)
    assert totals.quotes + totals.left_out == sum(map(len, documents))
    assert sum(row.quotes for row in report.rows) == sum(1 for s, _ in kept if s is not None)
    for row in report.rows:
        assert row.quotes == sum(row.kinds()) == sum(row.groups)
        assert 1 <= row.documents <= len(documents)
        assert len(KINDS) == len(row.kinds())


def test_odd_records_count_sensibly() -> None:
    """NaN confidence is no confidence; an empty speaker is none; on a tie of speaker
    kinds a known one wins over "unknown"."""
    base = {"type": "direct", "text": "x", "confidence": 1.0}
    tally = SourceTally(min_confidence=0.5)
    tally.add(
        "a",
        [
            {**base, "confidence": float("nan"), "speaker_entity": "Ann Lee"},
            {**base, "speaker_entity": ""},
            {**base, "speaker_entity": "Bo Li", "speaker_kind": "unknown"},
            {**base, "speaker_entity": "Bo Li", "speaker_kind": "person"},
        ],
    )
    report = tally.report()
    assert [(row.speaker, row.kind) for row in report.rows] == [("Bo Li", "person")]
    assert (report.totals.left_out, dict(report.totals.sources)["none"]) == (1, 1)


def test_group_quotes_count_speakerless_quotes_too() -> None:
    tally = SourceTally(group_by="g")
    tally.add("a", [said("x", "Ann Lee"), said("y", None)], "one")
    tally.add("b", [], "two")
    report = tally.report()
    assert report.groups == ("one", "two")
    assert report.group_quotes == (2, 0)
