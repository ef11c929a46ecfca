"""Speakers: resolving each draft's mention to an entity with a canonical name.

A deterministic sieve, strongest evidence first, in the spirit of Stanford's
multi-pass sieve. A name takes the fullest proper name the document gives it
("Peskov" → "Dmitry Peskov"); a country or capital stands for its government;
organisations and groups get stable names (``canonical``); a role nominal
("the Kremlin spokesman") takes the person introduced with that role, else the
latest speaker; a pronoun takes the most salient fitting entity of the
sentences before it (``salience``); a quote with no tag continues the speaker
of the quote just before it; a heading takes the speaker of the later quote
that repeats its words. When a neural annotator ran, its coreference chains
name the speaker of a pronoun or description before salience is tried, and its
entity types tell an organisation's name from a person's. Where no rule
applies the quote keeps its mention and abstains, and ``sieve`` says why.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from attrs import frozen

from quoteattr.annotation import Annotation
from quoteattr.attribution import Draft
from quoteattr.canonical import (
    group_name,
    institution_of_title,
    institution_owner,
    organization_name,
    same_as_earlier,
    text_words,
    unnamed_name,
)
from quoteattr.gazetteer import Gender, government_of, preferred_spelling
from quoteattr.lexicon import PRONOUNS, ROLES
from quoteattr.mentions import Mention, MentionForm
from quoteattr.model import Quote, Span, Speaker, SpeakerKind
from quoteattr.names import NameIndex
from quoteattr.salience import Event, Salience, add_subjects
from quoteattr.segment import sentences
from quoteattr.tokens import tokens

CONFIDENCE = {
    "name": 0.9,
    "surname-alias": 0.85,
    "government": 0.85,
    "organization": 0.8,
    "surname": 0.75,
    "chain": 0.7,
    "group": 0.7,
    "first-person": 0.7,
    "role": 0.65,
    "indefinite": 0.65,
    "pronoun-salience": 0.6,
    "nominal-salience": 0.5,
    "continuation": 0.5,
    "heading-echo": 0.45,
}
"""How much each sieve is trusted; abstentions have confidence 0."""

ROLE_SYNONYMS = {"spokesperson": "spokesman", "spokeswoman": "spokesman", "secretary": "spokesman"}
"""Role heads that name the same job, so "the spokesperson" finds a "press secretary"."""

PERSON_HEADS = frozenset({"expert", "professor", "researcher", "analyst", "official"})
"""Heads of nominals that can only be a person ("the expert"), besides the role words."""

PRONOUN_GENDERS = {"he": Gender.MALE, "she": Gender.FEMALE}
"""The gender a source pronoun gives the entity it resolves to."""

ENCLOSING_WINDOW = 12
"""How many earlier quotes may enclose a first-person source (keeps the sieve linear)."""


@frozen
class _Decision:
    """What the sieve decided for one draft: an entity key and the evidence."""

    name: str | None
    kind: SpeakerKind
    sieve: str
    evidence: tuple[Span, ...] = ()


def resolve(
    text: str,
    drafts: Sequence[Draft],
    spans: Sequence[Span] | None = None,
    annotation: Annotation | None = None,
) -> list[Quote]:
    """Quotes with speakers for a document's drafts (in text order).

    ``spans`` are the text's sentences, when the caller has them already;
    ``annotation`` the entities and chains of a neural annotator, if one ran.
    """
    spans = sentences(text) if spans is None else spans
    toks = tokens(text)
    names = NameIndex(text, toks)
    salience = Salience(spans)
    add_subjects(text, toks, names, [d.content for d in drafts], salience)
    sieve = _Sieve(text, names, salience, annotation)
    decisions: list[_Decision] = []
    for number, draft in enumerate(drafts):
        decision = sieve.decide(drafts, number, decisions)
        decisions.append(decision)
        sieve.remember(draft, decision)
    decisions = _heading_echoes(drafts, decisions)
    return _quotes(drafts, decisions)


class _Sieve:
    """The passes of the sieve, with what earlier decisions made salient."""

    def __init__(
        self, text: str, names: NameIndex, salience: Salience, annotation: Annotation | None
    ) -> None:
        self.text = text
        self.names = names
        self.salience = salience
        self.annotation = annotation
        self.entities: dict[str, SpeakerKind] = {}
        self._words: frozenset[str] | None = None
        """The text's words, found at the first organisation named."""
        self._by_head: dict[str, list[str]] = defaultdict(list)
        """The entities by the last word of their name: all ``same_as_earlier`` may match."""

    def remember(self, draft: Draft, decision: _Decision) -> None:
        """Make a decided speaker salient for the pronouns and nominals after it."""
        if decision.name is None:
            return
        if decision.name not in self.entities:
            self.entities[decision.name] = decision.kind
            self._by_head[_head(decision.name)].append(decision.name)
        mention = draft.mention
        gender = self.names.genders.get(decision.name, Gender.UNKNOWN)
        if mention is not None and gender is Gender.UNKNOWN:
            gender = PRONOUN_GENDERS.get(mention.span.text.lower(), Gender.UNKNOWN)
        start = mention.span.start if mention is not None else draft.content.start
        self.salience.add(Event(start, decision.name, decision.kind, gender, True))

    def decide(
        self, drafts: Sequence[Draft], number: int, decisions: Sequence[_Decision]
    ) -> _Decision:
        """The decision for ``drafts[number]``, given the decisions before it."""
        draft = drafts[number]
        mention = draft.mention
        if mention is None and draft.how == "heading":
            return _Decision(None, SpeakerKind.UNKNOWN, "abstain:heading")
        if mention is None:
            return _continuation(self.text, drafts, number, decisions)
        return self._by_mention(mention, drafts, number, decisions)

    def _by_mention(
        self, mention: Mention, drafts: Sequence[Draft], number: int, decisions: Sequence[_Decision]
    ) -> _Decision:
        """The decision the mention's form calls for; "who" defers to its antecedent."""
        if mention.form is MentionForm.RELATIVE:
            if mention.antecedent is None:
                return _Decision(None, SpeakerKind.UNKNOWN, "abstain:relative:no-antecedent")
            return self._by_mention(mention.antecedent, drafts, number, decisions)
        government = government_of(mention.span.text)
        if government is not None:
            return _Decision(government, SpeakerKind.ORGANIZATION, "government")
        if mention.form is MentionForm.NAME and self._recognised_as(mention, "ORG"):
            return self._organization(mention)
        if mention.form is MentionForm.NAME:
            return self._name(mention)
        if mention.form is MentionForm.ORGANIZATION:
            return self._organization(mention)
        if mention.form is MentionForm.PRONOUN:
            return self._pronoun(mention, drafts, number, decisions)
        if mention.form is MentionForm.GROUP:
            name = group_name(mention.span.text, self.text, mention.span.start)
            name = same_as_earlier(name, self._by_head.get(_head(name), ())) or name
            return _Decision(name, SpeakerKind.OTHER, "group")
        return self._nominal(mention)

    def _name(self, mention: Mention) -> _Decision:
        words = mention.span.text.split()
        if len(words) > 1:
            return _Decision(preferred_spelling(mention.span.text), SpeakerKind.PERSON, "name")
        fuller = self.names.fullest(words[0], mention.span.start)
        if fuller is not None:
            name = preferred_spelling(fuller.text)
            return _Decision(name, SpeakerKind.PERSON, "surname-alias", (fuller,))
        return _Decision(mention.span.text, SpeakerKind.PERSON, "surname")

    def _organization(self, mention: Mention) -> _Decision:
        institution = self._institution(mention)
        if institution is not None:
            return _Decision(institution, SpeakerKind.ORGANIZATION, "organization")
        if self._words is None:
            self._words = text_words(self.text)
        name = organization_name(mention.span.text, self.text, self._words)
        name = same_as_earlier(name, self._by_head.get(_head(name), ())) or name
        return _Decision(name, SpeakerKind.ORGANIZATION, "organization")

    def _institution(self, mention: Mention) -> str | None:
        """The ministry a person's title says they head ("Kozlov’s ministry")."""
        owner = institution_owner(mention.span.text)
        fuller = self.names.fullest(owner, mention.span.start) if owner else None
        title = self.names.titles.get(fuller.text) if fuller else None
        return institution_of_title(title) if title else None

    def _pronoun(
        self, mention: Mention, drafts: Sequence[Draft], number: int, decisions: Sequence[_Decision]
    ) -> _Decision:
        word = mention.span.text.lower()
        wanted = PRONOUNS.get(word, "person")
        if word in {"i", "we"}:
            return _enclosing(mention, drafts, number, decisions)
        chained = self._chained(mention)
        if chained is not None:
            return chained
        kinds = {SpeakerKind.PERSON} if wanted == "person" else {SpeakerKind.ORGANIZATION}
        if wanted == "plural":
            kinds |= {SpeakerKind.OTHER}
        clash = {Gender.MALE: Gender.FEMALE, Gender.FEMALE: Gender.MALE}.get(
            PRONOUN_GENDERS.get(word, Gender.UNKNOWN)
        )
        found = self.salience.antecedent(
            mention.span.start, lambda e: e.kind in kinds and e.gender is not clash
        )
        if found is None:
            return _Decision(None, SpeakerKind.UNKNOWN, "abstain:pronoun-salience:no-antecedent")
        return _Decision(found.name, found.kind, "pronoun-salience")

    def _nominal(self, mention: Mention) -> _Decision:
        phrase = mention.span.text
        words = [t.text.lower() for t in tokens(phrase)]
        head = ROLE_SYNONYMS.get(words[-1], words[-1]) if words else ""
        if words and words[0] in {"a", "an"}:
            kind = SpeakerKind.PERSON if any(w in ROLES for w in words) else SpeakerKind.OTHER
            return _Decision(unnamed_name(phrase), kind, "indefinite")
        holders = [
            name
            for name, roles in self.names.roles.items()
            if head in {ROLE_SYNONYMS.get(r, r) for r in roles}
            and self.names.fullest(name.split()[-1], mention.span.start) is not None
        ]
        if len(holders) == 1:
            return _Decision(preferred_spelling(holders[0]), SpeakerKind.PERSON, "role")
        chained = self._chained(mention)
        if chained is not None:
            return chained
        kinds = {SpeakerKind.PERSON} if head in ROLES or head in PERSON_HEADS else set(SpeakerKind)
        found = self.salience.antecedent(
            mention.span.start, lambda e: e.speaker and e.kind in kinds
        )
        if found is None:
            return _Decision(None, SpeakerKind.UNKNOWN, "abstain:nominal-salience:no-antecedent")
        return _Decision(found.name, found.kind, "nominal-salience")

    def _recognised_as(self, mention: Mention, label: str) -> bool:
        """Whether the annotator's entity recogniser gave the mention this type."""
        found = self.annotation.entity_at(mention.span) if self.annotation else None
        return found is not None and found.label == label

    def _chained(self, mention: Mention) -> _Decision | None:
        """The fullest name in the coreference chain the annotator put the mention in."""
        if self.annotation is None:
            return None
        chain = self.annotation.chain_of(mention.span)
        entity = self.annotation.fullest_name(chain) if chain else None
        if entity is None or entity.span.overlaps(mention.span):
            return None
        name = entity.span.text
        if len(name.split()) == 1:
            fuller = self.names.fullest(name, entity.span.start)
            name = fuller.text if fuller is not None else name
        return _Decision(preferred_spelling(name), entity.kind, "chain", (entity.span,))


def _enclosing(
    mention: Mention, drafts: Sequence[Draft], number: int, decisions: Sequence[_Decision]
) -> _Decision:
    """ "I"/"we" inside a quote is that quote's speaker; outside one it is the writer."""
    for earlier in range(number - 1, max(-1, number - ENCLOSING_WINDOW - 1), -1):
        decision = decisions[earlier]
        if drafts[earlier].content.contains(mention.span) and decision.name is not None:
            return _Decision(decision.name, decision.kind, "first-person")
    return _Decision(None, SpeakerKind.UNKNOWN, "abstain:first-person:writer")


def _continuation(
    text: str, drafts: Sequence[Draft], number: int, decisions: Sequence[_Decision]
) -> _Decision:
    """A quote with no tag continues the quote just before it, one paragraph break at most away."""
    if not number:
        return _Decision(None, SpeakerKind.UNKNOWN, "abstain:no-tag")
    draft, last_draft, last = drafts[number], drafts[number - 1], decisions[number - 1]
    between = text[last_draft.content.end : draft.content.start]
    if last.name is None or not _adjacent_paragraphs(between):
        return _Decision(None, SpeakerKind.UNKNOWN, "abstain:no-tag")
    return _Decision(last.name, last.kind, "continuation")


def _adjacent_paragraphs(between: str) -> bool:
    """Whether no whole non-blank line lies between two quotes (same or next paragraph)."""
    return all(not line.strip() for line in between.split("\n")[1:-1])


MAX_ECHO_QUOTES = 200
"""Later quotes searched for a heading's words: an article's worth, so that text made of
nothing but headings and quotes costs linear time."""


def _heading_echoes(drafts: Sequence[Draft], decisions: list[_Decision]) -> list[_Decision]:
    """A heading's speaker is whoever the text later quotes saying the heading's words."""
    out = list(decisions)
    for number, (draft, decision) in enumerate(zip(drafts, decisions, strict=True)):
        if decision.sieve != "abstain:heading":
            continue
        words = draft.content.text.strip(" “”\"‘’'")
        for later in range(number + 1, min(len(drafts), number + 1 + MAX_ECHO_QUOTES)):
            echo = decisions[later]
            if words and words in drafts[later].content.text and echo.name is not None:
                out[number] = _Decision(echo.name, echo.kind, "heading-echo")
                break
    return out


def _quotes(drafts: Sequence[Draft], decisions: Sequence[_Decision]) -> list[Quote]:
    """The typed quotes, every quote of one entity sharing one ``Speaker``."""
    mentions: dict[str, list[Span]] = defaultdict(list)
    kinds: dict[str, SpeakerKind] = {}
    for draft, decision in zip(drafts, decisions, strict=True):
        if decision.name is None:
            continue
        spans = mentions[decision.name]
        spans.extend(decision.evidence)
        if draft.mention is not None:
            spans.append(draft.mention.span)
        kinds.setdefault(decision.name, decision.kind)
    speakers = {
        name: Speaker(name, kinds[name], sorted(set(spans), key=lambda s: (s.start, s.end)))
        for name, spans in mentions.items()
    }
    return [
        Quote(
            kind=draft.kind,
            content=draft.content,
            fragments=_inside(draft.content, draft.fragments),
            cue=draft.cue,
            mention=draft.mention.span if draft.mention else None,
            speaker=speakers[d.name] if d.name is not None else None,
            confidence=CONFIDENCE.get(d.sieve, 0.0),
            sieve=d.sieve,
            flags=draft.flags,
        )
        for draft, d in zip(drafts, decisions, strict=True)
    ]


def _inside(content: Span, fragments: Sequence[Span]) -> tuple[Span, ...]:
    """The fragments clipped to the content, or the content alone if none is left.

    A draft stage can still let a fragment run past its content on odd input
    (JSON text full of quotation marks did); clipping here keeps ``extract``
    from raising on text, whatever the stage.
    """
    clipped = []
    for fragment in fragments:
        start, end = max(fragment.start, content.start), min(fragment.end, content.end)
        if start < end:
            piece = content.text[start - content.start : end - content.start]
            clipped.append(Span(start, end, piece))
    return tuple(clipped) or (content,)


def _head(name: str) -> str:
    """The last word of a name, case-folded: the key ``same_as_earlier`` matches on."""
    words = name.casefold().split()
    return words[-1] if words else ""
