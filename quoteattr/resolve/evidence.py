"""What the sieve's units consult: the document's names, salience and annotation.

One ``Evidence`` is made per document. It indexes the document's full names
(``names``), keeps what earlier decisions made salient (``salience``) and the
entities named so far, and answers the look-ups several units share: an
organisation's stable name, an annotator's chain or entity type, the words of
a mention.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from quoteattr.annotators.annotation import Annotation
from quoteattr.document import Document, Draft
from quoteattr.grammar.mentions import Mention, MentionForm
from quoteattr.model import Kind, Span, SpeakerKind
from quoteattr.resolve.canonical import (
    EarlierNames,
    institution_of_title,
    institution_owner,
    organization_name,
    text_words,
)
from quoteattr.resolve.gazetteer import PRONOUN_GENDERS, Gender
from quoteattr.resolve.names import NameIndex
from quoteattr.resolve.narrative import Narrative
from quoteattr.resolve.participants import Participants
from quoteattr.resolve.salience import Cover, Event, Salience, add_subjects


class Evidence:
    """A document's names, salience and annotation, with what earlier decisions named."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.names = NameIndex(doc.text, doc.tokens, doc.paragraphs)
        self.salience = Salience(doc.sentences)
        add_subjects(
            doc.text, doc.tokens, self.names, [d.content for d in doc.drafts], self.salience
        )
        self.annotation: Annotation = doc.annotation
        self.entities: dict[str, SpeakerKind] = {}
        self._words: frozenset[str] | None = None
        """The text's words, found at the first organisation named."""
        self._earlier = EarlierNames()
        """The entities named so far, for the shorter names that abbreviate one."""

    @functools.cached_property
    def participants(self) -> Participants:
        """Who the text's "I" and "you" are, read when a first or second person needs it."""
        return Participants(self.text)

    @functools.cached_property
    def narrative(self) -> Narrative:
        """The people the narration names, read when a "he" or "she" needs them."""
        inside = Cover([d.content for d in self.doc.drafts])
        speakers = frozenset(
            word
            for draft in self.doc.drafts
            if draft.mention is not None and draft.mention.form is MentionForm.NAME
            for word in draft.mention.span.text.split()
        )
        return Narrative(self.text, inside.covers, self.names, speakers)

    @functools.cached_property
    def narrator(self) -> str | None:
        """The name of the text's "I" in a story "I" tells (at least ``MIN_NARRATOR_TAGS``
        quotations tagged "I said"): the name the quotations call most often, at least
        ``MIN_NARRATOR_CALLS`` times, that the narration itself (almost) never writes, since
        a narrator does not name themselves ("“Yes, Alexis Ivanovitch,” she replied.")."""
        drafts = self.doc.drafts
        if sum(map(_spoken_by_i, drafts)) < MIN_NARRATOR_TAGS:
            return None
        calls: Counter[str] = Counter()
        for draft in drafts:
            if draft.kind is Kind.DIRECT and not _spoken_by_i(draft):
                calls.update(self.narrative.called(draft.content))
        inside = Cover([d.content for d in drafts])
        for name, count in calls.most_common(MAX_NARRATOR_CANDIDATES):
            if count < MIN_NARRATOR_CALLS:
                return None
            if _narrated(self.text, name.split()[-1], inside) <= count * MAX_NARRATED_SHARE:
                return name
        return None

    def remember(self, name: str, kind: SpeakerKind, mention: Mention | None, start: int) -> None:
        """Make a decided speaker salient for the pronouns and nominals after ``start``."""
        if name not in self.entities:
            self.entities[name] = kind
            self._earlier.add(name)
        gender = self.names.genders.get(name, Gender.UNKNOWN)
        if mention is not None and gender is Gender.UNKNOWN:
            gender = PRONOUN_GENDERS.get(mention.span.text.lower(), Gender.UNKNOWN)
        self.salience.add(Event(start, name, kind, gender, True))

    def lower_words(self, span: Span) -> list[str]:
        """The lower-cased words of a span of the text, from the document's tokens."""
        return [t.text.lower() for t in self.doc.tokens_between(span.start, span.end)]

    def same_as_earlier(self, name: str) -> str:
        """The earlier entity a group or organisation name abbreviates, else the name."""
        return self._earlier.abbreviated(name) or name

    def organization_name(self, mention: Mention) -> str:
        """An organisation's stable name: no article, its acronym where the text uses it."""
        if self._words is None:
            self._words = text_words(self.text)
        return self.same_as_earlier(organization_name(mention.span.text, self.text, self._words))

    def institution(self, mention: Mention) -> str | None:
        """The ministry a person's title says they head ("the minister’s ministry")."""
        owned = institution_owner(mention.span.text)
        if owned is None:
            return None
        owner, institution = owned
        fuller = self.names.fullest(owner, mention.span.start)
        title = self.names.titles.get(fuller.text) if fuller else None
        return institution_of_title(title, institution) if title else None

    def recognised_as(self, mention: Mention, label: str) -> bool:
        """Whether the annotator's entity recogniser gave the mention this type."""
        found = self.annotation.entity_at(mention.span)
        return found is not None and found.label == label

    def chained(self, mention: Mention) -> tuple[str, SpeakerKind, Span] | None:
        """The fullest name in the coreference chain the annotator put the mention in,
        with its kind and the span that names it."""
        chain = self.annotation.chain_of(mention.span)
        entity = self.annotation.fullest_name(chain) if chain else None
        if entity is None or entity.span.overlaps(mention.span):
            return None
        name = entity.span.text
        if len(name.split()) == 1:
            fuller = self.names.fullest(name, entity.span.start)
            name = fuller.text if fuller is not None else name
        return name, entity.kind, entity.span


MIN_NARRATOR_CALLS = 3
"""How often the quotations must call a name for it to be the narrator's."""

MAX_NARRATOR_CANDIDATES = 5
"""How many of the most called names are looked for in the narration (each costs a scan
of the text, so the cost stays linear)."""

MIN_NARRATOR_TAGS = 10
"""How many quotations "I" must speak for the text to be a story "I" tells."""


def _spoken_by_i(draft: Draft) -> bool:
    """Whether a direct quotation's tag gives "I" as its source ("“No,” I said.")."""
    return (
        draft.kind is Kind.DIRECT and draft.mention is not None and (draft.mention.span.text == "I")
    )


MAX_NARRATED_SHARE = 0.1
"""How often the narration may write the narrator's name, as a share of the calls (a
quotation the detector missed counts as narration)."""


def _narrated(text: str, word: str, inside: Cover) -> int:
    """How often ``word`` stands outside the quotations (``inside``)."""
    return sum(
        1 for m in re.finditer(rf"\b{re.escape(word)}\b", text) if not inside.covers(m.start())
    )
