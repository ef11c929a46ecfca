"""Reading a parsed Stanza ``Document`` into an ``Annotation``.

This module reads the Document's attributes and never imports Stanza, so the
logic is tested on Documents built from CoNLL-U without any model, and the
engine stays the same whichever annotator ran. It reads three things:

* named entities (``doc.ents``), typed PERSON, ORG, GPE …;
* speech frames from the dependency parse: a speech verb with a ``ccomp`` clause
  (or a ``parataxis`` one after a colon) as content and its ``nsubj`` as source
  (a verb in a coordination, "praised … and told reporters she expected …", shares
  the subject of the first verb; an inverted tag, "“…,” he said", is a
  ``parataxis`` of the quoted clause);
* coreference chains (``doc.coref``), as spans of the text.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Final, Protocol

from quoteattr.annotators.annotation import Annotation, NamedEntity, ParseFrame
from quoteattr.lexicon.cues import SPEECH_VERBS
from quoteattr.lexicon.words import CLOSING_QUOTES, OPENING_QUOTES
from quoteattr.model import Span

CONTENT_RELATIONS: Final = frozenset({"ccomp", "parataxis"})
"""Dependency relations from a speech verb to what was said; a ``parataxis`` only
after a colon ("said: …"), since "she said; the crowd cheered" is another event."""

SOURCE_DROPS: Final = frozenset({"acl", "acl:relcl", "appos", "punct", "parataxis", "advcl"})
"""Parts of a subject's subtree that are not the source's own noun phrase."""


class Word(Protocol):
    """What is read of a Stanza ``Word``."""

    @property
    def id(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def lemma(self) -> str | None: ...
    @property
    def upos(self) -> str | None: ...
    @property
    def head(self) -> int | None: ...
    @property
    def deprel(self) -> str | None: ...
    @property
    def start_char(self) -> int | None: ...
    @property
    def end_char(self) -> int | None: ...


class Sentence(Protocol):
    """What is read of a Stanza ``Sentence``."""

    @property
    def words(self) -> Sequence[Word]: ...


class Entity(Protocol):
    """What is read of a Stanza ``Span`` from ``doc.ents``."""

    @property
    def type(self) -> str: ...
    @property
    def start_char(self) -> int: ...
    @property
    def end_char(self) -> int: ...


class ChainMention(Protocol):
    """What is read of a Stanza ``CorefMention`` (word indices are 0-based, end exclusive)."""

    @property
    def sentence(self) -> int: ...
    @property
    def start_word(self) -> int | tuple[int, int]: ...
    @property
    def end_word(self) -> int | tuple[int, int]: ...


class Chain(Protocol):
    """What is read of a Stanza ``CorefChain``."""

    @property
    def mentions(self) -> Sequence[ChainMention]: ...


class Document(Protocol):
    """What is read of a Stanza ``Document``."""

    @property
    def text(self) -> str: ...
    @property
    def sentences(self) -> Sequence[Sentence]: ...
    @property
    def ents(self) -> Sequence[Entity]: ...
    @property
    def coref(self) -> Sequence[Chain] | None: ...


def annotation_of(doc: Document) -> Annotation:
    """The annotation a parsed Document holds; parts its pipeline did not run are empty."""
    text = doc.text
    entities = (NamedEntity(Span.of(text, e.start_char, e.end_char), e.type) for e in doc.ents)
    return Annotation(
        sentences=tuple(s for s in (_sentence_span(text, sent) for sent in doc.sentences) if s),
        entities=tuple(entities),
        frames=tuple(frame for sent in doc.sentences for frame in parse_frames(text, sent)),
        chains=tuple(c for c in (_chain(text, doc, chain) for chain in doc.coref or ()) if c),
    )


def _sentence_span(text: str, sent: Sentence) -> Span | None:
    located = [w for w in sent.words if w.start_char is not None and w.end_char is not None]
    if not located:
        return None
    return Span.of(text, _start(located[0]), _end(located[-1]))


def _start(word: Word) -> int:
    assert word.start_char is not None  # callers keep only located words
    return word.start_char


def _end(word: Word) -> int:
    assert word.end_char is not None
    return word.end_char


def parse_frames(text: str, sent: Sentence) -> list[ParseFrame]:
    """The speech-verb frames of one parsed sentence, in word order."""
    words = {w.id: w for w in sent.words if w.start_char is not None and w.end_char is not None}
    children: dict[int, list[Word]] = defaultdict(list)
    for word in words.values():
        if word.head:
            children[word.head].append(word)
    frames = []
    for verb in words.values():
        if not _is_speech_verb(verb):
            continue
        content = _content(verb, words, children)
        subject = _subject(verb, words, children)
        if content and subject:
            cue = Span.of(text, _start(verb), _end(verb))
            source = _words_span(text, _phrase(subject, children))
            frames.append(ParseFrame(cue, source, content_span(text, content)))
    return frames


def _is_speech_verb(word: Word) -> bool:
    return word.upos in {"VERB", None} and (
        word.text.lower() in SPEECH_VERBS or (word.lemma or "").lower() in SPEECH_VERBS
    )


def _content(verb: Word, words: dict[int, Word], children: dict[int, list[Word]]) -> list[Word]:
    """The words said: the verb's clausal complement, or the clause the verb tags."""
    for child in children[verb.id]:
        if child.deprel not in CONTENT_RELATIONS:
            continue
        said = _subtree(child, children)
        if child.deprel == "parataxis" and not _colon_between(verb, said, words):
            continue
        return [w for w in said if w.deprel != "mark" or w.head != child.id]
    head = words.get(verb.head or 0)
    if verb.deprel == "parataxis" and head is not None:
        tag = {w.id for w in _subtree(verb, children)}
        clause = [w for w in _subtree(head, children) if w.id not in tag]
        before = [w for w in clause if w.id < verb.id]
        after = [w for w in clause if w.id > verb.id]
        return before if len(before) >= len(after) else after
    return []


def _colon_between(verb: Word, said: Sequence[Word], words: dict[int, Word]) -> bool:
    """Whether a colon stands between the verb and the first word of the clause after it."""
    first = next((w.id for w in said if w.upos != "PUNCT"), None)
    if first is None or first < verb.id:
        return False
    return any(words[i].text == ":" for i in range(verb.id + 1, first) if i in words)


def _subject(verb: Word, words: dict[int, Word], children: dict[int, list[Word]]) -> Word | None:
    """The verb's ``nsubj``, or that of the first verb of its coordination."""
    seen: set[int] = set()
    while verb.id not in seen:  # a malformed parse may loop
        seen.add(verb.id)
        for child in children[verb.id]:
            if child.deprel == "nsubj":
                return child
        head = words.get(verb.head or 0)
        if verb.deprel != "conj" or head is None:
            return None
        verb = head
    return None


def _phrase(subject: Word, children: dict[int, list[Word]]) -> list[Word]:
    """The subject's own noun phrase: its subtree without clauses, appositives and commas."""
    return _subtree(subject, children, skip=SOURCE_DROPS)


def _subtree(
    root: Word, children: dict[int, list[Word]], skip: frozenset[str] = frozenset()
) -> list[Word]:
    """The root and its descendants in word order, leaving out ``skip`` relations."""
    found = {root.id: root}
    stack = [root]
    while stack:
        for child in children[stack.pop().id]:
            if child.id not in found and child.deprel not in skip:  # a cycle ends here
                found[child.id] = child
                stack.append(child)
    return sorted(found.values(), key=lambda w: w.id)


def content_span(text: str, words: Sequence[Word]) -> Span:
    """The words' extent without punctuation at either edge (an opening mark stays)."""
    first, last = 0, len(words) - 1
    while first < last and words[first].upos == "PUNCT" and words[first].text not in OPENING_QUOTES:
        first += 1
    while last > first and words[last].upos == "PUNCT" and words[last].text not in CLOSING_QUOTES:
        last -= 1
    return Span.of(text, _start(words[first]), _end(words[last]))


def _words_span(text: str, words: Sequence[Word]) -> Span:
    return Span.of(text, _start(words[0]), _end(words[-1]))


def _chain(text: str, doc: Document, chain: Chain) -> tuple[Span, ...]:
    """A chain's mentions as spans; zero anaphora (no words) is left out."""
    spans = []
    for mention in chain.mentions:
        start, end = mention.start_word, mention.end_word
        if not isinstance(start, int) or not isinstance(end, int):
            continue
        located = [
            w
            for w in doc.sentences[mention.sentence].words[start:end]
            if w.start_char is not None and w.end_char is not None
        ]
        if located:
            spans.append(_words_span(text, located))
    return tuple(sorted(spans, key=lambda s: (s.start, s.end)))
