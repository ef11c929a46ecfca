"""The annotation both annotators fill, and how the engine uses a parser's frames and chains.

These tests build annotations by hand from offsets, so they need no Stanza.
"""

from __future__ import annotations

import pytest

from quoteattr import ConfigError, Extractor, Kind, Span, SpanError, SpeakerKind
from quoteattr.annotators import annotate
from quoteattr.annotators.annotation import Annotation, NamedEntity, ParseFrame
from quoteattr.annotators.builtin import builtin_annotation
from quoteattr.segment import sentences


def _span(text: str, words: str, after: int = 0) -> Span:
    start = text.index(words, after)
    return Span.of(text, start, start + len(words))


def _frame(text: str, cue: str, source: str, content: str) -> ParseFrame:
    return ParseFrame(_span(text, cue), _span(text, source), _span(text, content))


def test_an_unknown_annotator_names_the_known_ones() -> None:
    """An unknown annotator, by either entry point, is a ConfigError naming the known ones."""
    with pytest.raises(ConfigError, match="'builtin', 'stanza'"):
        annotate("neural", "text")
    with pytest.raises(ConfigError):
        Extractor(annotator="Stanza")


def test_entity_kinds() -> None:
    """PERSON is a person, ORG an organisation, any other type other."""
    text = "Oxfam and Ana Silva in Brazil"
    kinds = [
        NamedEntity(_span(text, words), label).kind
        for words, label in [("Oxfam", "ORG"), ("Ana Silva", "PERSON"), ("Brazil", "GPE")]
    ]
    assert kinds == [SpeakerKind.ORGANIZATION, SpeakerKind.PERSON, SpeakerKind.OTHER]


def test_the_fullest_name_of_a_chain_is_its_longest_person_or_organisation() -> None:
    """A chain's fullest name is its longest name; a span finds the chain it is in."""
    text = "Ana Silva spoke. Silva said she would go."
    chain = (_span(text, "Ana Silva"), _span(text, "Silva", 10), _span(text, "she"))
    annotation = Annotation(
        tuple(sentences(text)),
        entities=(
            NamedEntity(_span(text, "Ana Silva"), "PERSON"),
            NamedEntity(_span(text, "Silva", 10), "PERSON"),
        ),
        chains=(chain,),
    )
    found = annotation.fullest_name(chain)
    assert found is not None
    assert found.span.text == "Ana Silva"
    assert annotation.chain_of(_span(text, "she")) == chain
    assert annotation.chain_of(_span(text, "would")) is None


def test_a_frame_the_rules_missed_becomes_a_reported_quote() -> None:
    """A parse frame the rules found nothing for becomes an indirect quote with its source."""
    text = "Residents and shop owners along the flooded river insist the dam was opened too late."
    frame = _frame(text, "insist", "Residents and shop owners", "the dam was opened too late")
    annotation = Annotation(tuple(sentences(text)), frames=(frame,))
    assert Extractor()(text) == []
    (quote,) = Extractor().annotated(text, annotation)
    assert (quote.kind, quote.content.text, quote.cue, quote.mention) == (
        Kind.INDIRECT,
        "the dam was opened too late",
        _span(text, "insist"),
        _span(text, "Residents and shop owners"),
    )
    assert quote.sieve == "group"


def test_a_frame_with_the_rules_cue_corrects_their_source() -> None:
    """A frame on the cue the rules read replaces their misread source, keeping the content."""
    text = "The envoy, in a letter circulated on Monday, warned talks could collapse."
    frame = _frame(text, "warned", "The envoy", "talks could collapse")
    annotation = Annotation(tuple(sentences(text)), frames=(frame,))
    (rules,) = Extractor()(text)
    (parsed,) = Extractor().annotated(text, annotation)
    assert rules.mention == _span(text, "Monday")
    assert parsed.mention == _span(text, "The envoy")
    assert parsed.content == rules.content


def test_a_quotation_keeps_the_rules_reading() -> None:
    """A frame over a quotation changes nothing: the rules' reading stands."""
    text = "“We will not sign,” the minister said."
    frame = _frame(text, "said", "the minister", "We will not sign")
    annotated = Extractor().annotated(text, Annotation(tuple(sentences(text)), frames=(frame,)))
    assert annotated == Extractor()(text)


def test_of_nested_frames_the_outer_one_is_kept() -> None:
    """Of a frame inside another's content, only the outer one gives a quote."""
    text = "Ana Silva said the mayor told residents the water was safe."
    outer = _frame(text, "said", "Ana Silva", "the mayor told residents the water was safe")
    inner = _frame(text, "told", "the mayor", "the water was safe")
    annotation = Annotation(tuple(sentences(text)), frames=(inner, outer))
    assert [(q.content.text, q.cue) for q in Extractor().annotated(text, annotation)] == [
        ("the mayor told residents the water was safe", _span(text, "said"))
    ]


def test_reported_off_ignores_the_frames_too() -> None:
    """``reported=False`` leaves out the quotes parse frames would give."""
    text = "The envoy, in a letter circulated on Monday, warned talks could collapse."
    frame = _frame(text, "warned", "The envoy", "talks could collapse")
    annotation = Annotation(tuple(sentences(text)), frames=(frame,))
    assert Extractor(reported=False).annotated(text, annotation) == []


def test_an_organisation_named_by_the_recogniser_is_an_organisation() -> None:
    """A name the recogniser typed ORG is an organisation, not the person the rules guess."""
    text = "Halvorsen Partners said the deal was off."
    annotation = Annotation(
        tuple(sentences(text)), entities=(NamedEntity(_span(text, "Halvorsen Partners"), "ORG"),)
    )
    (rules,) = Extractor()(text)
    (parsed,) = Extractor().annotated(text, annotation)
    assert rules.speaker is not None
    assert rules.speaker.kind is SpeakerKind.PERSON
    assert parsed.speaker is not None
    assert parsed.speaker.kind is SpeakerKind.ORGANIZATION
    assert parsed.sieve == "organization"


def test_a_chain_beats_salience_for_a_pronoun() -> None:
    """A pronoun in an annotator's chain takes the chain's name, not the salient one."""
    text = "Ana Silva met Rui Costa. He said the plan was dead."
    rules = Extractor()(text)
    annotation = Annotation(
        tuple(sentences(text)),
        entities=(
            NamedEntity(_span(text, "Ana Silva"), "PERSON"),
            NamedEntity(_span(text, "Rui Costa"), "PERSON"),
        ),
        chains=((_span(text, "Rui Costa"), _span(text, "He")),),
    )
    (parsed,) = Extractor().annotated(text, annotation)
    assert parsed.speaker is not None
    assert parsed.speaker.name == "Rui Costa"
    assert parsed.sieve == "chain"
    assert parsed.speaker.mentions == (_span(text, "Rui Costa"), _span(text, "He"))
    assert len(rules) == 1


def test_a_nested_mention_does_not_take_the_chain_of_its_owner() -> None:
    """ "The company" inside "The company's spokeswoman" does not make her the company."""
    text = "Acme Corp cut jobs. The company's former spokeswoman said the cuts were deep."
    annotation = Annotation(
        tuple(sentences(text)),
        entities=(NamedEntity(_span(text, "Acme Corp"), "ORG"),),
        chains=((_span(text, "Acme Corp"), _span(text, "The company")),),
    )
    speakers = [q.speaker.name if q.speaker else None for q in Extractor()(text)]
    parsed = Extractor().annotated(text, annotation)
    assert [q.speaker.name if q.speaker else None for q in parsed] == speakers
    assert all(q.sieve != "chain" for q in parsed)


def test_a_name_inside_a_description_does_not_name_the_chain() -> None:
    """A name inside a description ("a spokesman for Kim") is not the chain's name."""
    text = "A spokesman for Kim Jong Un spoke. He said the talks were over."
    chain = (_span(text, "A spokesman for Kim Jong Un"), _span(text, "He"))
    annotation = Annotation(
        tuple(sentences(text)),
        entities=(NamedEntity(_span(text, "Kim Jong Un"), "PERSON"),),
        chains=(chain,),
    )
    assert annotation.fullest_name(chain) is None
    titled = "Russian President Vladimir Putin"
    member = Span.of(titled, 0, len(titled))
    name = NamedEntity(_span(titled, "Vladimir Putin"), "PERSON")
    assert Annotation((member,), entities=(name,)).fullest_name((member,)) == name


def test_a_frame_never_replaces_a_reading_across_a_quotation() -> None:
    """A frame whose content runs over a quotation does not replace the rules' reading."""
    text = "Ana Silva said the plan was dead, adding: “We will fight it.”"
    frame = ParseFrame(
        _span(text, "said"), _span(text, "Ana Silva"), Span.of(text, 15, len(text) - 1)
    )
    annotated = Extractor().annotated(text, Annotation(tuple(sentences(text)), frames=(frame,)))
    assert annotated == Extractor()(text)


def test_an_annotation_of_another_text_is_a_clear_error() -> None:
    """An annotation whose spans are of another text is a SpanError saying so."""
    other = builtin_annotation("Something else entirely was said here.")
    with pytest.raises(SpanError, match="annotate the same string"):
        Extractor().annotated("Peskov said it was false.", other)
