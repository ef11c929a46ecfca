"""The Stanza annotator's logic on real Stanza Documents read from hand-made CoNLL-U.

The fixtures in ``tests/fixtures/stanza/`` are paragraphs of the seed articles
(and two hand-written sentences) annotated by hand as Stanza's English models
annotate: tokens as quoteattr's tokenizer gives them, UD heads and relations,
BIOES entity tags and coreference chains in Stanza's own MISC format. No model
runs here; the Documents are Stanza's own classes.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

pytest.importorskip("stanza")

from quoteattr import Extractor, Kind
from quoteattr.annotators.stanzadoc import annotation_of
from quoteattr.integrations.stanza import read_conllu

TESTS = Path(__file__).resolve().parents[1]
FIXTURES = TESTS / "fixtures" / "stanza"
SEEDS = TESTS.parent / "seeds"
SOURCE = re.compile(r"# source = (\S+) \[(\d+):(\d+)\]")


def _fixture(name: str) -> tuple[object, int, str]:
    """The Document of a fixture, where its text starts in its seed, and the seed's name."""
    conllu = (FIXTURES / name).read_text(encoding="utf-8")
    doc = read_conllu(conllu)
    found = SOURCE.search(conllu)
    assert found is not None
    return doc, int(found.group(2)), found.group(1)


def _gold(seed: str) -> list[dict[str, object]]:
    for line in (SEEDS / "seeds.gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["id"] == seed.removesuffix(".txt"):
            return list(record["quotes"])
    raise AssertionError(seed)


@pytest.mark.parametrize("name", ["nixey.conllu", "kim_putin.conllu", "state_tv.conllu"])
def test_fixture_text_is_the_seed_paragraph(name: str) -> None:
    """Each fixture's text is the stretch of its seed article it says it is."""
    doc, start, seed = _fixture(name)
    text = (SEEDS / seed).read_text(encoding="utf-8")
    assert doc.text == text[start : start + len(doc.text)]


@pytest.mark.parametrize("name", ["nixey.conllu", "kim_putin.conllu", "state_tv.conllu"])
def test_frames_from_the_parse_are_the_gold_quotes(name: str) -> None:
    """The frames read from a fixture's parse are its seed's gold quotes, offset for offset."""
    doc, start, seed = _fixture(name)
    frames = annotation_of(doc).frames
    gold = [
        (q["cue_start"], q["speaker_start"], q["start"], q["end"])
        for q in _gold(seed)
        if start <= int(q["start"]) < start + len(doc.text)
    ]
    assert gold
    assert [
        (
            f.cue.start + start,
            f.source.start + start,
            f.content.start + start,
            f.content.end + start,
        )
        for f in frames
    ] == gold


def test_entities_keep_their_types_and_offsets() -> None:
    """Entities read from BIOES tags keep their type and span the right words."""
    doc, _, _ = _fixture("nixey.conllu")
    entities = {(e.span.text, e.label) for e in annotation_of(doc).entities}
    assert {("James Nixey", "PERSON"), ("Chatham House", "ORG"), ("North Korea", "GPE")} <= entities


def test_chains_become_spans_of_the_text() -> None:
    """Stanza's coreference chains become chains of spans of the text."""
    doc, _, _ = _fixture("kim_putin.conllu")
    chains = [[m.text for m in chain] for chain in annotation_of(doc).chains]
    assert chains == [["Kim", "he"], ["Russia", "its"], ["Putin", "he"]]


def test_a_coordinated_verb_takes_the_subject_of_the_first() -> None:
    """A speech verb coordinated with another takes the first verb's subject as source."""
    doc, _, _ = _fixture("kim_putin.conllu")
    told = [f for f in annotation_of(doc).frames if f.cue.text == "told"]
    assert [(f.source.text, f.content.text[:6]) for f in told] == [("Putin", "he saw")]


def test_a_pronoun_takes_the_fullest_name_of_its_chain() -> None:
    """ "He" takes the fullest name of its chain, decided by ``chain``."""
    doc, _, _ = _fixture("nixey.conllu")
    (quote,) = Extractor().annotated(doc.text, annotation_of(doc))
    assert quote.mention is not None
    assert quote.mention.text == "He"
    assert quote.speaker is not None
    assert quote.speaker.name == "James Nixey"
    assert quote.sieve == "chain"
    assert quote.kind is Kind.INDIRECT


def test_mixed_quotes_from_the_parse_keep_their_quotation_marks() -> None:
    """A parse frame over a partial quotation gives a mixed quote with its speaker."""
    doc, _, _ = _fixture("kim_putin.conllu")
    quotes = Extractor().annotated(doc.text, annotation_of(doc))
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in quotes] == [
        (Kind.MIXED, "Kim"),
        (Kind.MIXED, "Putin"),
    ]


def test_the_parse_corrects_a_misread_source_and_a_swallowed_cue() -> None:
    """The parse corrects a source the rules misread and a cue they swallowed."""
    doc = read_conllu((FIXTURES / "corrections.conllu").read_text(encoding="utf-8"))
    rules = [(q.mention.text if q.mention else None, q.content.text) for q in Extractor()(doc.text)]
    assert rules == [
        ("reporters afterwards", "the talks were productive"),
        ("office", "the report, insisted the sanctions had failed"),
    ]
    parsed = Extractor().annotated(doc.text, annotation_of(doc))
    assert [(q.mention.text if q.mention else None, q.content.text) for q in parsed] == [
        ("The official", "the talks were productive"),
        ("The minister", "the sanctions had failed"),
    ]
    assert all(doc.text[q.start : q.end] == q.content.text for q in parsed)


def test_without_a_parse_or_chains_the_rules_decide_alone() -> None:
    """With no parse and no chains, the annotation changes nothing the rules find."""
    doc, _, _ = _fixture("nixey.conllu")
    for sentence in doc.sentences:
        for word in sentence.words:
            word.deprel = None
            word.head = None
    doc.coref = []
    annotation = annotation_of(doc)
    assert annotation.frames == ()
    assert Extractor().annotated(doc.text, annotation) == Extractor()(doc.text)


def _conllu(rows: str) -> str:
    """CoNLL-U from "form head deprel upos" rows, one token per line, spaces between."""
    lines = []
    for number, row in enumerate(rows.strip().splitlines(), 1):
        form, head, deprel, upos = row.split()
        lines.append(f"{number}\t{form}\t_\t{upos}\t_\t_\t{head}\t{deprel}\t_\t_")
    return "\n".join(lines) + "\n\n"


def test_a_parataxis_after_a_semicolon_is_not_what_was_said() -> None:
    """A clause after a semicolon is a new statement, not the verb's content."""
    doc = read_conllu(
        _conllu("""
        She 2 nsubj PRON
        said 0 root VERB
        ; 5 punct PUNCT
        crowds 5 nsubj NOUN
        cheered 2 parataxis VERB
        """)
    )
    assert annotation_of(doc).frames == ()


def test_a_parataxis_after_a_colon_is_what_was_said() -> None:
    """A clause after a colon is what was said."""
    doc = read_conllu(
        _conllu("""
        She 2 nsubj PRON
        said 0 root VERB
        : 5 punct PUNCT
        talks 5 nsubj NOUN
        failed 2 parataxis VERB
        """)
    )
    assert [(f.source.text, f.content.text) for f in annotation_of(doc).frames] == [
        ("She", "talks failed")
    ]


def test_a_cyclic_parse_ends() -> None:
    """A parse whose heads form a cycle gives no frame and does not loop."""
    doc = read_conllu(
        _conllu("""
        She 3 nsubj PRON
        and 3 cc CCONJ
        said 4 conj VERB
        left 3 conj VERB
        """)
    )
    assert annotation_of(doc).frames == ()
