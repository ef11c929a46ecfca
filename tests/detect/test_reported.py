"""Tests for quoteattr.detect.reported: attributions without quotation marks.

The case table ``data/reported_cases.jsonl`` holds one sentence per frame the
issue names (most written from the seed articles, a few from the patterns of
news attribution corpora), and the sentences that must give no record.
"""

from __future__ import annotations

from typing import Any

import pytest
from casetable import load_cases
from hypothesis import given
from hypothesis import strategies as st

from quoteattr import Extractor, Kind
from quoteattr.annotators.builtin import builtin_annotation
from quoteattr.detect.direct import attribute
from quoteattr.detect.quotations import QuotationMarks
from quoteattr.detect.reported import ReportedSpeech, find_reported
from quoteattr.document import Document

extract = Extractor(model=None)
"""The rules alone: these tests specify what the detection stages find; the learned
layer, which may add to them, is tested in tests/learn."""

CASES = load_cases("reported_cases.jsonl")


def _summary(text: str) -> list[dict[str, Any]]:
    return [
        {
            "kind": q.kind.value,
            "fragments": [f.text for f in q.fragments],
            "cue": q.cue.text if q.cue else None,
            "speaker": q.mention.text if q.mention else None,
        }
        for q in extract(text)
    ]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_reported_case_table(case: dict[str, Any]) -> None:
    """Each sentence gives exactly its expected records: kind, fragments, cue and mention."""
    assert _summary(case["text"]) == case["quotes"]


def test_reported_case_table_covers_the_frames_and_the_refusals() -> None:
    """The table keeps its negative cases: "not-…" ids expect no record at all."""
    negatives = [c for c in CASES if c["id"].startswith("not-")]
    assert len(negatives) >= 10
    assert all(c["quotes"] == [] for c in negatives)
    assert len({c["id"] for c in CASES}) == len(CASES)


def test_reported_interrupted_content_is_one_quote_with_two_fragments() -> None:
    """``A could lead, according to Washington, to B``: the outer span and its two pieces."""
    text = "The meeting could lead, according to Washington, to an arms sales agreement."
    (quote,) = extract(text)
    assert [f.text for f in quote.fragments] == [
        "The meeting could lead",
        "to an arms sales agreement",
    ]
    assert quote.content.start == quote.fragments[0].start
    assert quote.content.end == quote.fragments[1].end
    assert quote.cue is not None
    assert quote.cue.text == "according to"


def test_reported_mixed_clause_is_not_also_a_direct_quote() -> None:
    """A reported clause with quoted words is one mixed record, never a direct one as well."""
    quotes = extract("Putin said the talks were “very useful” and would go on.")
    assert [q.kind for q in quotes] == [Kind.MIXED]


def test_reported_shared_subject_has_the_same_mention_offsets() -> None:
    """``he said, adding …``: both records point at the same mention span."""
    first, second = extract("Russia is eager for shells, he said, adding Beijing would worry.")
    assert first.mention == second.mention
    assert first.mention is not None
    assert first.mention.text == "he"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "One of the insurers, a large group, has threatened to leave the exchanges.",
            ["to leave the exchanges"],
        ),
        (
            "The senator, appearing on television after the speech, said the plan failed.",
            ["the plan failed"],
        ),
        (
            "The network published a letter, telling the broadcaster to take its business away.",
            ["to take its business away"],
        ),
    ],
)
def test_reported_a_verb_phrase_after_a_comma_is_not_a_closing_tag(
    text: str, content: list[str]
) -> None:
    """``X, …, has threatened to …`` and ``…, telling Y to …`` go on with the clause before
    them: the words before the comma are the source's, not content a tag closes."""
    assert [f.text for q in extract(text) for f in q.fragments] == content


@pytest.mark.xfail(
    strict=True,
    reason="cue_subject reads the last name of a relative clause before the cue "
    '("who lives in Ohio, said" gives "Ohio") as the source',
)
@pytest.mark.parametrize(
    "text",
    [
        "The senator, who lives in Ohio, said the plan failed.",
        "The senator, who spoke on Thursday, said the plan failed.",
    ],
)
def test_reported_a_relative_clause_before_the_cue_is_not_its_source(text: str) -> None:
    """``X, who …, said``: the source is X, not the last word of the relative clause."""
    (quote,) = extract(text)
    assert quote.mention is not None
    assert quote.mention.text == "The senator"


def test_reported_nothing_when_extractor_reads_quotations_only() -> None:
    """``Extractor(reported=False)`` keeps the quotations and drops reported speech."""
    text = "Putin said all issues would be addressed. “We will go,” Peskov said."
    assert [q.kind for q in Extractor(reported=False)(text)] == [Kind.DIRECT]
    assert [q.kind for q in Extractor()(text)] == [Kind.INDIRECT, Kind.DIRECT]


@pytest.mark.parametrize("switch", ["reported", "topics"])
def test_reported_extractor_rejects_a_non_bool_switch(switch: str) -> None:
    """The switches are typed: a string is a mistake the constructor names."""
    with pytest.raises(TypeError):
        Extractor(**{switch: "no"})


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The senator talked about the economy, and the crowd cheered.", "talked about",
         "the economy"),
        ("She was referring to the governor.", "referring to", "the governor"),
        ("Reporters asked about the emails on Tuesday.", "asked about", "the emails on Tuesday"),
    ],
)  # fmt: skip
def test_reported_topics_only_when_asked_for(text: str, cue: str, content: str) -> None:
    """Topic cues give a record with ``topics=True`` (PARC style) and none by default,
    which follows the seed conventions; the target ends at the first comma."""
    assert extract(text) == []
    (quote,) = Extractor(topics=True)(text)
    assert quote.kind is Kind.INDIRECT
    assert quote.cue is not None
    assert (quote.cue.text, quote.content.text) == (cue, content)


def _quoted(text: str) -> Document:
    """The document of ``text`` with its passages paired."""
    document = Document.of(text, builtin_annotation(text))
    QuotationMarks()(document)
    return document


def test_reported_drafts_never_overlap_quotation_drafts(seed_gold: list[dict[str, Any]]) -> None:
    """On the seeds, no reported draft shares a character with a draft from quotation marks."""
    for doc in seed_gold:
        document = _quoted(doc["text"])
        quoted = attribute(document)
        taken = [(f.start, f.end) for d in quoted for f in d.fragments]
        for draft in find_reported(document, quoted):
            for fragment in draft.fragments:
                assert all(fragment.end <= s or e <= fragment.start for s, e in taken)


TEXT_PIECES = st.lists(
    st.sampled_from(
        [
            "Putin said",
            "according to",
            "Washington",
            ",",
            " ",
            ".",
            "that",
            "the talks",
            "“",
            "”",
            "he added",
            "told AFP",
            "\n",
            "could lead",
            "adding",
            "As",
        ]
    ),
    max_size=30,
).map(" ".join)


@given(st.one_of(TEXT_PIECES, st.text(max_size=200)))
def test_reported_spans_are_exact_and_ordered(text: str) -> None:
    """For any text: every span is the source slice, fragments are in order inside the content."""
    for quote in extract(text):
        for span in quote.spans():
            assert text[span.start : span.end] == span.text
        starts = [f.start for f in quote.fragments]
        assert starts == sorted(starts)
        assert quote.content.start <= quote.fragments[0].start
        assert quote.fragments[-1].end <= quote.content.end


def test_reported_stage_declares_what_it_reads_and_adds() -> None:
    """``ReportedSpeech`` is the stage ``reported``: it reads sentences, tokens and drafts
    and adds drafts; topics are off unless asked for."""
    stage = ReportedSpeech()
    assert stage.name == "reported"
    assert stage.reads == ("sentences", "tokens", "drafts")
    assert stage.adds == ("drafts",)
    assert not stage.topics
    assert ReportedSpeech(topics=True).topics


def test_reported_stage_adds_reported_drafts_after_the_quotation_drafts() -> None:
    """Called on a document, the stage appends what ``find_reported`` reads, leaving the
    earlier drafts in place and in front."""
    text = "Putin said all issues would be addressed. “We will go,” Peskov said."
    document = _quoted(text)
    quoted = attribute(document)
    document.drafts.extend(quoted)
    expected = find_reported(document, quoted)
    ReportedSpeech()(document)
    assert document.drafts == [*quoted, *expected]
    assert [d.kind for d in document.drafts] == [Kind.DIRECT, Kind.INDIRECT]
    assert document.drafts[1].content.text == "all issues would be addressed"


def test_reported_stage_reads_topics_only_when_built_with_them() -> None:
    """``ReportedSpeech(topics=True)`` adds a topic cue's draft; the default adds none."""
    text = "Reporters asked about the emails on Tuesday."
    plain, with_topics = _quoted(text), _quoted(text)
    ReportedSpeech()(plain)
    ReportedSpeech(topics=True)(with_topics)
    assert plain.drafts == []
    (draft,) = with_topics.drafts
    assert draft.cue is not None
    assert draft.cue.text == "asked about"
