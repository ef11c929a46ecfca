"""Speakers: resolving each draft's mention to an entity with a canonical name.

A deterministic sieve, strongest evidence first. Names take the fullest proper
name in the document that ends (or, for East Asian names, starts) with them;
organisations are named by their own words; pronouns and role nominals ("the
expert") take the most recent speaker of a fitting sort; a quote with no tag
continues the speaker of the quote just before it, in the same or the previous
paragraph. Where no rule applies the quote keeps its mention and abstains, and
``sieve`` says why. A later issue deepens every pass; the interface stays.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Sequence

from attrs import frozen

from quoteattr.attribution import Draft
from quoteattr.lexicon import PRONOUNS
from quoteattr.mentions import Mention, MentionForm, strip_titles
from quoteattr.model import Quote, Span, Speaker, SpeakerKind
from quoteattr.tokens import bare, is_capitalized, is_possessive, tokens

CONFIDENCE = {
    "name": 0.9,
    "surname-alias": 0.85,
    "surname": 0.75,
    "organization": 0.8,
    "group": 0.7,
    "pronoun-salience": 0.6,
    "nominal-salience": 0.5,
    "continuation": 0.5,
}
"""How much each sieve is trusted; abstentions have confidence 0."""


SALIENCE_WINDOW = 12
"""How many earlier quotes a pronoun or nominal may reach back to (keeps the sieve linear)."""


@frozen
class _Decision:
    """What the sieve decided for one draft: an entity key and the evidence."""

    name: str | None
    kind: SpeakerKind
    sieve: str
    evidence: tuple[Span, ...]


class NameIndex:
    """The multi-word proper names of a document, looked up by their first or last word."""

    def __init__(self, text: str) -> None:
        self._by_last: dict[str, list[Span]] = defaultdict(list)
        self._by_first: dict[str, list[Span]] = defaultdict(list)
        toks = tokens(text)
        index = 0
        while index < len(toks):
            end = index
            while end < len(toks) and is_capitalized(toks[end]) and not is_possessive(toks[end]):
                end += 1
            run = strip_titles(toks[index:end])
            if len(run) >= 2:
                span = Span.of(text, run[0].start, run[-1].end)
                self._by_last[run[-1].text].append(span)
                self._by_first[run[0].text].append(span)
            index = max(end, index + 1)

    def fullest(self, word: str, before: int) -> Span | None:
        """The fullest name ending with ``word`` (else the only one starting with it).

        Names before ``before`` are preferred, nearest first; a later one is used
        only when no earlier name fits.
        """
        candidates = self._by_last.get(word) or _unique(self._by_first.get(word))
        if not candidates:
            return None
        # Candidates are in text order, so bisection finds the nearest earlier one.
        earlier = bisect.bisect_left(candidates, before, key=lambda span: span.start)
        return candidates[earlier - 1] if earlier else candidates[0]


def _unique(spans: list[Span] | None) -> list[Span]:
    if not spans:
        return []
    return spans if len({s.text for s in spans}) == 1 else []


def resolve(text: str, drafts: Sequence[Draft]) -> list[Quote]:
    """Quotes with speakers for a document's drafts (in text order)."""
    names = NameIndex(text)
    decisions: list[_Decision] = []
    for number, draft in enumerate(drafts):
        window = range(max(0, number - SALIENCE_WINDOW), number)
        previous = [(drafts[i], decisions[i]) for i in window]
        decisions.append(_decide(text, draft, names, previous))
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
            fragments=draft.fragments,
            cue=draft.cue,
            mention=draft.mention.span if draft.mention else None,
            speaker=speakers[d.name] if d.name is not None else None,
            confidence=CONFIDENCE.get(d.sieve, 0.0),
            sieve=d.sieve,
            flags=draft.flags,
        )
        for draft, d in zip(drafts, decisions, strict=True)
    ]


def _decide(
    text: str, draft: Draft, names: NameIndex, previous: list[tuple[Draft, _Decision]]
) -> _Decision:
    mention = draft.mention
    if mention is None and draft.how == "heading":
        return _Decision(None, SpeakerKind.UNKNOWN, "abstain:heading", ())
    if mention is None:
        return _continuation(text, draft, previous)
    if mention.form is MentionForm.NAME:
        return _name(mention, names)
    if mention.form is MentionForm.ORGANIZATION:
        return _Decision(
            _without_article(mention.span.text), SpeakerKind.ORGANIZATION, "organization", ()
        )
    if mention.form is MentionForm.PRONOUN:
        wanted = PRONOUNS[mention.span.text.lower()]
        fits = {SpeakerKind.PERSON} if wanted == "person" else {SpeakerKind.ORGANIZATION}
        if wanted == "plural":
            fits |= {SpeakerKind.OTHER}
        return _salient(previous, fits, "pronoun-salience")
    if mention.form is MentionForm.GROUP:
        return _Decision(_without_article(mention.span.text), SpeakerKind.OTHER, "group", ())
    fits = {SpeakerKind.PERSON, SpeakerKind.ORGANIZATION, SpeakerKind.OTHER}
    if bare(_last_word(mention)) in {"spokesman", "spokeswoman", "spokesperson", "expert"}:
        fits = {SpeakerKind.PERSON}
    return _salient(previous, fits, "nominal-salience")


def _name(mention: Mention, names: NameIndex) -> _Decision:
    words = mention.span.text.split()
    if len(words) > 1:
        return _Decision(mention.span.text, SpeakerKind.PERSON, "name", ())
    fuller = names.fullest(words[0], mention.span.start)
    if fuller is not None:
        return _Decision(fuller.text, SpeakerKind.PERSON, "surname-alias", (fuller,))
    return _Decision(mention.span.text, SpeakerKind.PERSON, "surname", ())


def _salient(
    previous: list[tuple[Draft, _Decision]], fits: set[SpeakerKind], sieve: str
) -> _Decision:
    """The most recent earlier speaker of a fitting kind, else an abstention."""
    for _, decision in reversed(previous):
        if decision.name is not None and decision.kind in fits:
            return _Decision(decision.name, decision.kind, sieve, ())
    return _Decision(None, SpeakerKind.UNKNOWN, f"abstain:{sieve}:no-antecedent", ())


def _continuation(text: str, draft: Draft, previous: list[tuple[Draft, _Decision]]) -> _Decision:
    """A quote with no tag continues the quote just before it, one paragraph break at most away."""
    if not previous:
        return _Decision(None, SpeakerKind.UNKNOWN, "abstain:no-tag", ())
    last_draft, last = previous[-1]
    between = text[last_draft.content.end : draft.content.start]
    if last.name is None or not _adjacent_paragraphs(between):
        return _Decision(None, SpeakerKind.UNKNOWN, "abstain:no-tag", ())
    return _Decision(last.name, last.kind, "continuation", ())


def _adjacent_paragraphs(between: str) -> bool:
    """Whether no whole non-blank line lies between two quotes (same or next paragraph)."""
    return all(not line.strip() for line in between.split("\n")[1:-1])


def _without_article(phrase: str) -> str:
    for article in ("the ", "The "):
        if phrase.startswith(article):
            return phrase[len(article) :]
    return phrase


def _last_word(mention: Mention) -> Span:
    words = tokens(mention.span.text)
    last = words[-1] if words else mention.span
    return Span(mention.span.start + last.start, mention.span.start + last.end, last.text)
