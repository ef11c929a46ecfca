"""The stage ``model``: the learned attribution layer, after the rules and before speakers.

It labels every paragraph's tokens as source, cue, content or none
(``crf.LinearChain``, reading the words and what the rules drafted, see
``features``) and joins the labels into attributions (``assemble``). The rules
keep every draft they made: on PolNeAR's dev compartment, letting the model
redraw them cost as much as it gained, and it lost the seeds' conventions. The
model adds what no rule drafted (an open class of speech and attitude
predicates: "laid out", "appeared to blame", "is steering clear of") where it
is confident enough. A draft the model made says so: ``how`` is ``model`` and
its flags hold ``model``.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import ClassVar, Final

from attrs import field, frozen

from quoteattr.document import Document, Draft, Passage
from quoteattr.grammar.cuematch import match_topic
from quoteattr.grammar.mentions import Mention, mention_of
from quoteattr.learn.assemble import attributions
from quoteattr.learn.crf import LinearChain, marginals, viterbi
from quoteattr.learn.features import paragraph_ranges, token_states
from quoteattr.learn.labels import CONTENT, OUTSIDE, Bounds, Roles
from quoteattr.learn.weights import ModelFile
from quoteattr.model import Kind, Span

MODEL_FLAG: Final = "model"
"""The flag, and the draft's ``how``, of an attribution the model found."""

MIN_CONFIDENCE: Final = 0.85
"""The least confidence (the mean probability, over its content's tokens, that a token is
content) at which the model adds an attribution. Chosen on PolNeAR's dev compartment and
the seeds: lower adds more of PolNeAR's attributions (0.7: F1@0.3 0.741 there, against
0.734) and more of what the seeds' conventions leave out (beliefs, "showed", "praised":
seeds F1@0.3 0.940, against 0.963)."""


MIN_FREE_WORDS: Final = 4
"""The fewest words outside the rules' drafts for which a paragraph is labelled at all:
the model adds only attributions no draft overlaps, and a paragraph the drafts nearly
fill (a quarter of the text of PolNeAR's dev compartment) has none to add."""


@frozen
class AttributionModel:
    """The stage ``model``: reads ``paragraphs``, ``sentences``, ``tokens``, ``passages``
    and ``drafts``; adds a draft for each attribution the model finds where no rule
    drafted one, at ``min_confidence`` or more."""

    model: ModelFile | LinearChain = field(factory=ModelFile)
    min_confidence: float = MIN_CONFIDENCE
    topics: bool = False
    """Whether to keep attributions whose cue is a topic cue ("talked about"): PolNeAR,
    which the model learned from, counts them; the seed conventions do not."""
    name: ClassVar[str] = "model"
    reads: ClassVar[tuple[str, ...]] = ("paragraphs", "sentences", "tokens", "passages", "drafts")
    adds: ClassVar[tuple[str, ...]] = ("drafts",)

    def __call__(self, doc: Document) -> None:
        chain = self.model if isinstance(self.model, LinearChain) else self.model.load()

        def wanted(roles: Roles) -> bool:
            return _attributed(doc, roles) and (self.topics or not _topic_cue(doc, roles))

        added = [
            _draft(doc, found.roles)
            for found in label_document(doc, chain, wanted)
            if found.confidence >= self.min_confidence
        ]
        if added:
            doc.drafts[:] = sorted(
                [*doc.drafts, *added], key=lambda d: (d.content.start, d.content.end)
            )


@frozen
class Found:
    """An attribution the model found where the rules drafted none, and how sure it is."""

    roles: Roles
    confidence: float


def label_document(
    doc: Document, chain: LinearChain, wanted: Callable[[Roles], bool] | None = None
) -> list[Found]:
    """The model's attributions that no rule draft overlaps (and that ``wanted`` accepts),
    paragraph by paragraph, with their confidence (computed only for those)."""
    toks = doc.tokens
    bounds = [(t.start, t.end) for t in toks]
    texts = [t.text for t in toks]
    states = token_states(doc, bounds, texts)
    starts = [start for start, _ in bounds]
    sentence_starts = [s.start for s in doc.sentences]
    claimed = sorted((d.content.start, d.content.end) for d in doc.drafts)
    content = chain.labels.index(CONTENT)
    found: list[Found] = []
    for first, last in paragraph_ranges(doc, starts):
        words = texts[first:last]
        free = [
            w for w, state in zip(words, states[first:last], strict=True) if state[0] == OUTSIDE
        ]
        if sum(w[0].isalnum() for w in free) < MIN_FREE_WORDS:
            continue  # the rules' drafts hold all but a few words: nothing left to add
        scores = chain.scores(words, states[first:last])
        labels = [chain.labels[i] for i in viterbi(scores, chain.transitions)]
        if CONTENT not in labels:
            continue
        piece = bounds[first:last]
        sentence_of = [bisect.bisect_right(sentence_starts, start) - 1 for start, _ in piece]
        new = [
            r
            for r in attributions(labels, piece, sentence_of)
            if not _claimed(r, claimed) and (wanted is None or wanted(r))
        ]
        if not new:
            continue
        probabilities = marginals(scores, chain.transitions)
        piece_starts = [start for start, _ in piece]
        for roles in new:
            inside = [
                index
                for start, end in roles.content
                for index in range(
                    bisect.bisect_left(piece_starts, start), bisect.bisect_left(piece_starts, end)
                )
            ]
            confidence = sum(probabilities[i][content] for i in inside) / len(inside)
            found.append(Found(roles, confidence))
    return found


def _claimed(roles: Roles, claimed: Sequence[Bounds]) -> bool:
    """Whether a rule draft's content overlaps the attribution's (``claimed`` sorted)."""
    start, end = roles.content[0][0], roles.content[-1][1]
    index = bisect.bisect_left(claimed, (end,))
    return any(other_end > start for _, other_end in claimed[max(0, index - _LOOK_BACK) : index])


_LOOK_BACK: Final = 64
"""Rule drafts before an attribution's end checked for overlap (drafts rarely nest deeper)."""


def _attributed(doc: Document, roles: Roles) -> bool:
    """Whether an attribution names a cue or a source (content alone is too often a
    heading or a stray clause: 9 right of 29 on PolNeAR's dev compartment) and its
    content holds a word, not only marks and punctuation."""
    if roles.cue is None and roles.source is None:
        return False
    return any(any(c.isalnum() for c in doc.text[start:end]) for start, end in roles.content)


def _topic_cue(doc: Document, roles: Roles) -> bool:
    """Whether the attribution's cue holds a topic cue of the lexicon ("talked about")."""
    if roles.cue is None:
        return False
    toks = doc.tokens_between(*roles.cue)
    return any(match_topic(doc.text, toks, index) for index in range(len(toks)))


def _draft(doc: Document, roles: Roles) -> Draft:
    """The draft of one attribution: its kind from the quotation marks it holds."""
    text = doc.text
    pieces = tuple(Span.of(text, start, end) for start, end in roles.content)
    content = Span.of(text, pieces[0].start, pieces[-1].end)
    kind, passage = _kind(doc.passages, content)
    if passage is not None:
        content, pieces = passage.content, passage.fragments
    cue = Span.of(text, *roles.cue) if roles.cue else None
    mention = _mention(doc, roles.source) if roles.source else None
    return Draft(kind, content, pieces, cue, mention, MODEL_FLAG, (MODEL_FLAG,))


def _kind(passages: Sequence[Passage], content: Span) -> tuple[Kind, Passage | None]:
    """DIRECT (with its passage) when the content is one quotation, its marks at most
    around it; MIXED when it holds or touches one; else INDIRECT. Passages are in text
    order and do not overlap, so the ones it touches are found by bisection."""
    at = bisect.bisect_left(passages, content.end, key=lambda p: p.content.start)
    touched = []
    while at > 0 and passages[at - 1].content.end > content.start:
        at -= 1
        touched.append(passages[at])
    if not touched:
        return Kind.INDIRECT, None
    if len(touched) == 1:
        passage = touched[0]
        outside = (passage.content.start - content.start) + (content.end - passage.content.end)
        if outside <= _MARK_SLACK:
            return Kind.DIRECT, passage
    return Kind.MIXED, None


_MARK_SLACK: Final = 2
"""Characters of content outside a quotation still read as its marks."""


def _mention(doc: Document, source: Bounds) -> Mention:
    phrase = doc.tokens_between(*source)
    return mention_of(doc.text, phrase)
