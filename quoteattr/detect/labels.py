"""Speaker labels: a paragraph that opens with a name and a colon.

Transcripts (``SMITH: Do you think …``) and headlines (``Smith: The council must
decide``) name the source before a colon, with no reporting verb: the colon is
the cue and the rest of the paragraph is what the source said. The label must
read as a name or an organisation, or be a transcript's upper-case surname;
labels that name no speaker ("UPDATE:", "Editor's note:", "Q:") are left alone.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import ClassVar

from attrs import frozen

from quoteattr.document import Document, Draft
from quoteattr.grammar.mentions import Mention, MentionForm, read_forward
from quoteattr.lexicon.tables import NOT_SPEAKERS
from quoteattr.lexicon.words import PREPOSITIONS
from quoteattr.model import Kind, Span

MAX_LABEL_WORDS = 4
"""Words in a speaker label ("Sen. Ann Smith", "BOB JONES")."""

_LABEL = re.compile(r"[ \t]*([A-Z][\w’'.\- ]{0,60}?)[ \t]*:[ \t]+(?=\S)")
"""A capitalised label at a paragraph's start, then a colon and the first word after it."""

_MARK = re.compile(r"[“”\"‘]|(?<!\w)[’']|[’'](?!\w)")


@frozen
class SpeakerLabels:
    """The stage ``labels``: reads ``paragraphs`` and ``drafts``; adds a draft per
    paragraph that opens with a speaker label, folding in the quotations inside it."""

    name: ClassVar[str] = "labels"
    reads: ClassVar[tuple[str, ...]] = ("paragraphs", "drafts", "tokens")
    adds: ClassVar[tuple[str, ...]] = ("drafts",)

    def __call__(self, doc: Document) -> None:
        doc.drafts[:] = with_labels(doc, doc.drafts)


def with_labels(doc: Document, drafts: Sequence[Draft]) -> list[Draft]:
    """``drafts`` and a draft for each paragraph that opens with a speaker label.

    An untagged quotation inside a labelled paragraph (a headline's scare
    quotes) is part of the label's record, which is then mixed; a paragraph
    that holds a tagged quotation is left to it.
    """
    labels = [d for d in (_labelled(doc, p) for p in doc.paragraphs) if d is not None]
    if not labels:
        return list(drafts)
    starts = [d.content.start for d in labels]
    folded: set[int] = set()
    dropped: set[int] = set()
    for draft in drafts:
        at = _containing(starts, labels, draft.content)
        if at is not None:
            untagged = draft.cue is None and draft.kind is not Kind.INDIRECT
            (folded if untagged else dropped).add(at)
    absorbed = folded - dropped
    kept = [d for d in drafts if _containing(starts, labels, d.content) not in absorbed]
    kept += [
        _as_mixed(label) if at in absorbed else label
        for at, label in enumerate(labels)
        if at not in dropped
    ]
    return sorted(kept, key=lambda d: (d.content.start, d.content.end))


def _labelled(doc: Document, paragraph: Span) -> Draft | None:
    text = doc.text
    found = _LABEL.match(text, paragraph.start, paragraph.end)
    if found is None:
        return None
    label = found.group(1)
    words = label.split()
    if label.lower() in NOT_SPEAKERS or len(words) > MAX_LABEL_WORDS:
        return None
    if any(word.lower() in PREPOSITIONS for word in words):
        return None  # "New Rules for Renters:": a section heading, not a name
    mention = _speaker(doc, found.start(1), found.end(1))
    if mention is None:
        return None
    content = Span.trimmed(text, found.end(), paragraph.end)
    if not content.text:
        return None
    colon = text.index(":", found.end(1))
    kind = Kind.MIXED if _has_marks(content.text) else Kind.INDIRECT
    return Draft(kind, content, (content,), Span.of(text, colon, colon + 1), mention, "label", ())


def _speaker(doc: Document, start: int, end: int) -> Mention | None:
    """The label as a mention: a name or organisation, or a transcript's upper-case name."""
    text = doc.text
    toks = doc.tokens_between(start, end)
    read = read_forward(text, toks, 0) if toks else None
    if read is not None and read[1] == len(toks):
        mention = read[0]
        if mention.form in {MentionForm.NAME, MentionForm.ORGANIZATION}:
            return mention
    words = text[start:end].split()
    if words and all(w.isupper() and len(w) > 2 for w in words):
        phrase = Span.of(text, start, end)
        return Mention(phrase, MentionForm.NAME, phrase)  # "SMITH:", "JOHN SMITH:"
    return None


def _has_marks(content: str) -> bool:
    """Whether quotation marks stand in the content (an apostrophe inside a word is none)."""
    return _MARK.search(content) is not None


def _containing(starts: list[int], labels: list[Draft], span: Span) -> int | None:
    """The index of the label whose content holds ``span``, if any."""
    index = bisect.bisect_right(starts, span.start) - 1
    if index >= 0 and span.end <= labels[index].content.end:
        return index
    return None


def _as_mixed(draft: Draft) -> Draft:
    """The label's record when it holds the headline's quoted words."""
    return Draft(
        Kind.MIXED, draft.content, draft.fragments, draft.cue, draft.mention, draft.how, ()
    )
