"""Tests for quoteattr.detect.readings: a passage in its sentence."""

from __future__ import annotations

from quoteattr.annotators.builtin import builtin_annotation
from quoteattr.detect.quotations import QuotationMarks
from quoteattr.detect.readings import lead_since, read
from quoteattr.document import Document
from quoteattr.segment.tokens import tokens


def test_readings_a_second_quotation_extends_the_lead_of_the_first() -> None:
    """Two quotations in one sentence share the lead: the second's lead holds the first's
    words and runs to its own opening mark; "since" is the index after the last closing
    mark in it."""
    text = "Ann said “one” and then “two”."
    doc = Document.of(text, builtin_annotation(text))
    QuotationMarks()(doc)
    first, second = doc.passages
    reading, lead = read(doc, first, None, [])
    assert [t.text for t in lead] == ["Ann", "said"]
    assert reading.governing is not None
    assert reading.governing[0].lemma == "say"
    again, lead = read(doc, second, reading, lead)
    assert lead[-2:][0].text == "and"
    assert again.since == 5  # the tokens Ann said “ one ” come before it
    assert lead_since(tokens("a ” b"), 0, 0) == 2
