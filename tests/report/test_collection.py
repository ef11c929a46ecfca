"""Tests for quoteattr.report.collection: grouping fields and ``source_table``."""

from __future__ import annotations

import pytest

from quoteattr import Kind, Quote, extract, quote_to_dict
from quoteattr.errors import ConfigError
from quoteattr.report.collection import NO_GROUP, NOT_A_DATE, GroupBy, source_table


@pytest.mark.parametrize(
    ("spec", "fields", "group"),
    [
        ("meta.publisher", {"meta": {"publisher": "nyt"}}, "nyt"),
        ("meta.publisher", {"meta": {"publisher": "  Wash  Post "}}, "Wash Post"),
        ("meta.publisher", {"meta": {}}, NO_GROUP),
        ("meta.publisher", {"meta": "nyt"}, NO_GROUP),
        ("meta.publisher", None, NO_GROUP),
        ("meta.publisher", {"meta": {"publisher": ""}}, NO_GROUP),
        ("source", {"source": "polnear"}, "polnear"),
        ("meta.year", {"meta": {"year": 2016}}, "2016"),
        ("meta.publication_date:month", {"meta": {"publication_date": "2016-09-12"}}, "2016-09"),
        ("meta.publication_date:year", {"meta": {"publication_date": "2016-09-12"}}, "2016"),
        ("meta.publication_date:month", {"meta": {"publication_date": "12 Sept"}}, NOT_A_DATE),
        ("meta.publication_date:month", {"meta": {}}, NO_GROUP),
    ],
)
def test_group_of_a_record(spec: str, fields: dict[str, object] | None, group: str) -> None:
    assert GroupBy.parse(spec).of(fields) == group


def test_a_colon_before_anything_but_a_period_is_part_of_the_name() -> None:
    assert GroupBy.parse("dc:publisher").of({"dc:publisher": "nyt"}) == "nyt"
    assert GroupBy.parse("meta.date:week").path == ("meta", "date:week")


def test_group_values_that_are_not_text_are_written_as_json() -> None:
    group_by = GroupBy.parse("meta.x")
    assert group_by.of({"meta": {"x": True}}) == "true"
    assert group_by.of({"meta": {"x": ["A", "B"]}}) == '["A", "B"]'
    assert group_by.of({"meta": {"x": 2016}}) == "2016"


def test_group_by_reads_back_as_written() -> None:
    assert str(GroupBy.parse("meta.publication_date:month")) == "meta.publication_date:month"
    assert GroupBy.parse("meta.publisher").path == ("meta", "publisher")


@pytest.mark.parametrize(
    ("spec", "message"),
    [("meta..publisher", "field path"), ("", "field path"), (":month", "field path")],
)
def test_bad_group_by_is_a_clear_error(spec: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        GroupBy.parse(spec)


def test_source_table_links_surnames_across_documents() -> None:
    texts = [
        "“We will build it,” Ann Smith said on Monday.",
        "“It is late,” Smith said on Tuesday.",
    ]
    report = source_table([extract(text) for text in texts])
    assert [(row.speaker, row.quotes, row.documents) for row in report.rows] == [
        ("Ann Smith", 2, 2)
    ]
    unlinked = source_table([extract(text) for text in texts], link=False)
    assert sorted(row.speaker for row in unlinked.rows) == ["Ann Smith", "Smith"]


def test_source_table_takes_ids_groups_and_records() -> None:
    text = "“We will build it,” Ann Smith said."
    quotes: list[Quote] = extract(text)
    report = source_table(
        {"a": quotes, "b": [quote_to_dict(q) for q in quotes]},
        groups={"a": "nyt", "b": "breitbart"},
    )
    (row,) = report.rows
    assert (row.quotes, row.documents, row.groups) == (2, 2, (1, 1))
    assert report.groups == ("breitbart", "nyt")
    assert row.example_document == "a"
    assert row.direct == 2
    assert quotes[0].kind is Kind.DIRECT


def test_source_table_min_confidence() -> None:
    quotes = extract("“We will build it,” Ann Smith said.")
    report = source_table([quotes], min_confidence=1.0)
    assert report.rows == ()
    assert report.totals.left_out == len(quotes)


def test_source_table_group_keys_are_matched_as_text() -> None:
    quotes = extract("“We will build it,” Ann Smith said.")
    report = source_table({0: quotes}, groups={0: "A"})  # type: ignore[dict-item]
    assert report.groups == ("A",)
