"""Tests for quoteattr.detect.joins: an untagged quotation that goes on after a tagged one."""

from __future__ import annotations

from quoteattr.annotators.builtin import builtin_annotation
from quoteattr.detect.direct import attribute
from quoteattr.detect.joins import continues, join_continuations, merged
from quoteattr.detect.quotations import QuotationMarks
from quoteattr.document import Document
from quoteattr.model import Kind


def _document(text: str) -> Document:
    doc = Document.of(text, builtin_annotation(text))
    QuotationMarks()(doc)
    return doc


def test_joins_an_untagged_quotation_after_a_tag_goes_on_in_its_paragraph() -> None:
    """``“A,” X said. “B”`` is one quote of two fragments; in the next paragraph it is not."""
    doc = _document("“We won,” Ann Lee said. “We will win again.”")
    (draft,) = attribute(doc)
    assert [f.text for f in draft.fragments] == ["We won,", "We will win again."]
    assert draft.mention is not None
    assert draft.mention.span.text == "Ann Lee"
    doc = _document("“We won,” Ann Lee said.\n“We will win again.”")
    first, second = attribute(doc)
    assert not continues(doc, first, second)


def test_joins_merged_spans_both_drafts_and_keeps_the_first_tag() -> None:
    """The merged quote runs from the first content to the second, direct only if both are."""
    doc = _document("“We won,” Ann Lee said.\n“We will win again.”")
    first, second = attribute(doc)
    whole = merged(doc.text, first, second)
    assert (whole.content.start, whole.content.end) == (first.content.start, second.content.end)
    assert whole.fragments == first.fragments + second.fragments
    assert whole.kind is Kind.DIRECT
    assert (whole.cue, whole.mention, whole.how) == (first.cue, first.mention, first.how)
    assert join_continuations(doc, [first, second]) == [first, second]
