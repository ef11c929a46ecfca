"""Tests for quoteattr.detect.parserframes: a parser's speech frames merged with the rules' drafts.

The frames are built by hand (``ParseFrame`` spans into the text), as a parse would
give them, so no model is needed.
"""

from __future__ import annotations

from attrs import evolve

from quoteattr.annotators.annotation import ParseFrame
from quoteattr.annotators.builtin import builtin_annotation
from quoteattr.detect.parserframes import ParserFrames, with_parse_frames
from quoteattr.document import Document, Draft
from quoteattr.model import Kind, Span
from quoteattr.pipeline import Extractor


def _span(text: str, words: str, after: int = 0) -> Span:
    """The span of the first ``words`` in ``text`` at or after ``after``."""
    start = text.index(words, after)
    return Span.of(text, start, start + len(words))


def _frame(text: str, source: str, cue: str, content: str, after: int = 0) -> ParseFrame:
    """A frame whose source, cue and content are the first such words at or after ``after``."""
    return ParseFrame(
        cue=_span(text, cue, after),
        source=_span(text, source, after),
        content=_span(text, content, after),
    )


def _drafted(text: str) -> Document:
    """The document of ``text`` through the stages before ``parser-frames``."""
    doc = Document.of(text, builtin_annotation(text))
    stages = Extractor().stages
    for stage in stages[: Extractor().stage_names.index("parser-frames")]:
        stage(doc)
    return doc


def test_parserframes_no_frames_leave_the_drafts_unchanged() -> None:
    """Without frames (the built-in annotator) the drafts come back as they were, in a new list."""
    doc = _drafted("Putin said all issues would be addressed. “We will go,” Peskov said.")
    drafts = doc.drafts
    merged = with_parse_frames(doc, (), drafts)
    assert merged == drafts
    assert merged is not drafts


def test_parserframes_frame_on_the_same_cue_replaces_the_reported_draft() -> None:
    """A reported draft the parse reads with the same cue takes the frame's source and clause."""
    text = "Putin said all issues would be addressed."
    doc = _drafted(text)
    (rules,) = doc.drafts
    assert (rules.kind, rules.how) == (Kind.INDIRECT, "cue-before")
    frame = _frame(text, "Putin", "said", "issues would be addressed")
    (draft,) = with_parse_frames(doc, [frame], doc.drafts)
    assert draft.how == "parse"
    assert draft.kind is Kind.INDIRECT
    assert draft.cue == frame.cue == rules.cue
    assert draft.content == frame.content
    assert draft.fragments == (frame.content,)
    assert draft.mention is not None
    assert draft.mention.phrase == frame.source


def test_parserframes_frame_no_draft_touches_is_added() -> None:
    """A frame the rules missed (a cue the lexicon lacks) becomes a new draft after the others."""
    text = "“We will go,” Peskov said. Putin grumbled all issues would be addressed."
    doc = _drafted(text)
    assert [d.kind for d in doc.drafts] == [Kind.DIRECT]
    frame = _frame(text, "Putin", "grumbled", "all issues would be addressed")
    merged = with_parse_frames(doc, [frame], doc.drafts)
    assert merged[:-1] == doc.drafts
    added = merged[-1]
    assert (added.kind, added.how, added.cue, added.content) == (
        Kind.INDIRECT,
        "parse",
        frame.cue,
        frame.content,
    )
    assert added.mention is not None
    assert added.mention.span.text == "Putin"


def test_parserframes_frame_with_quotation_marks_is_mixed() -> None:
    """A frame whose clause holds quotation marks gives a mixed draft."""
    text = "Putin grumbled the talks were “very useful” indeed."
    doc = _drafted(text)
    frame = _frame(text, "Putin", "grumbled", "the talks were “very useful” indeed")
    drafts = with_parse_frames(doc, [frame], [])
    assert [(d.kind, d.content.text) for d in drafts] == [
        (Kind.MIXED, "the talks were “very useful” indeed")
    ]


def test_parserframes_frame_overlapping_a_quotation_leaves_the_quotation() -> None:
    """A frame that reads a quotation's words gives nothing: the quotation's draft stays."""
    text = "“We will go,” Peskov said."
    doc = _drafted(text)
    (quotation,) = doc.drafts
    assert quotation.kind is Kind.DIRECT
    frame = _frame(text, "Peskov", "said", "We will go")
    assert with_parse_frames(doc, [frame], doc.drafts) == [quotation]


def test_parserframes_frame_on_a_reported_cue_over_a_quotation_keeps_the_rules() -> None:
    """A frame on a reported draft's cue whose clause reaches into a quotation changes nothing."""
    text = "Putin said all issues would be addressed. “We will go,” Peskov said."
    doc = _drafted(text)
    quotation, reported = doc.drafts  # in stage order: the quotation's draft first
    assert (quotation.kind, reported.kind) == (Kind.DIRECT, Kind.INDIRECT)
    frame = ParseFrame(
        cue=reported.cue,
        source=_span(text, "Putin"),
        content=Span.of(text, text.index("all"), text.index(",”")),
    )
    assert with_parse_frames(doc, [frame], doc.drafts) == doc.drafts


def test_parserframes_frame_whose_cue_a_draft_swallowed_replaces_that_draft() -> None:
    """A reported draft whose content holds the frame's cue takes the frame, unless the parse
    also reads the draft's own cue: then the outer frame wins and the inner one is nested."""
    text = "Officials believe Putin grumbled Kim nodded."
    doc = _drafted(text)
    (rules,) = doc.drafts
    assert rules.cue is not None
    assert (rules.cue.text, rules.content.text) == ("believe", "Putin grumbled Kim nodded")
    inner = _frame(text, "Putin", "grumbled", "Kim nodded")
    (swallowed,) = with_parse_frames(doc, [inner], doc.drafts)
    assert (swallowed.cue, swallowed.content) == (inner.cue, inner.content)
    outer = _frame(text, "Officials", "believe", "Putin grumbled Kim nodded")
    (kept,) = with_parse_frames(doc, [outer, inner], doc.drafts)
    assert (kept.cue, kept.content, kept.how) == (outer.cue, outer.content, "parse")


def test_parserframes_of_nested_new_frames_only_the_outer_is_added() -> None:
    """Two frames no draft touches, one inside the other: the outer one is the record."""
    text = "Putin grumbled Kim mumbled the deal was done."
    outer = _frame(text, "Putin", "grumbled", "Kim mumbled the deal was done")
    inner = _frame(text, "Kim", "mumbled", "the deal was done")
    doc = Document.of(text, builtin_annotation(text))
    (added,) = with_parse_frames(doc, [inner, outer], [])
    assert added.cue == outer.cue


def test_parserframes_stage_declares_what_it_reads_and_adds() -> None:
    """``ParserFrames`` is the stage ``parser-frames``: it reads the annotation, drafts and
    tokens and adds drafts."""
    stage = ParserFrames()
    assert stage.name == "parser-frames"
    assert stage.reads == ("annotation", "drafts", "tokens")
    assert stage.adds == ("drafts",)


def test_parserframes_stage_merges_the_annotations_frames_into_the_drafts() -> None:
    """Called on a document, the stage sets the drafts merged with its annotation's frames;
    with the built-in annotation it changes nothing."""
    text = "“We will go,” Peskov said. Putin grumbled all issues would be addressed."
    plain = _drafted(text)
    before = list(plain.drafts)
    ParserFrames()(plain)
    assert plain.drafts == before
    frame = _frame(text, "Putin", "grumbled", "all issues would be addressed")
    parsed = Document.of(text, evolve(builtin_annotation(text), frames=(frame,)))
    for stage in Extractor().stages[:5]:
        stage(parsed)
    ParserFrames()(parsed)
    assert parsed.drafts == with_parse_frames(parsed, [frame], before)
    assert [d.how for d in parsed.drafts] == ["tag-after", "parse"]


def test_parserframes_frame_with_an_empty_source_is_skipped() -> None:
    """A frame whose source holds no token gives no draft."""
    text = "Putin grumbled all issues would be addressed."
    frame = ParseFrame(
        cue=_span(text, "grumbled"),
        source=Span.of(text, 0, 0),
        content=_span(text, "all issues would be addressed"),
    )
    doc = Document.of(text, builtin_annotation(text))
    drafts: list[Draft] = []
    assert with_parse_frames(doc, [frame], drafts) == []
