"""Passages joined into one quote: the untagged quotation that goes on after a tagged one.

``“A,” X said. “B”`` is one quote with two fragments, and ``“A,” he said, “B”`` too
(``direct`` joins the second kind as it reads them); the stage ``direct`` calls
:func:`join_continuations` on its drafts.
"""

from __future__ import annotations

from quoteattr.document import Document, Draft
from quoteattr.model import Kind, Span


def join_continuations(doc: Document, drafts: list[Draft]) -> list[Draft]:
    """Fold each untagged quotation into the tagged quote right before it (``continues``)."""
    joined: list[Draft] = []
    for draft in drafts:
        if joined and continues(doc, joined[-1], draft):
            joined[-1] = merged(doc.text, joined[-1], draft)
        else:
            joined.append(draft)
    return joined


def continues(doc: Document, previous: Draft, draft: Draft) -> bool:
    """``“A,” X said. “B”``: an untagged quotation right after a tagged one, same paragraph.

    The speaker goes on after the tag, so the two passages are one quote with
    two fragments. Either may be mixed (``But A ''…,'' he said. ''B''``); the
    whole is then mixed. Two mixed sentences are two clauses of paraphrase, each
    a record (``A “…,” said X. B could be a “…”``), and a quotation in the
    next paragraph stays a record of its own.
    """
    return (
        previous.kind is not Kind.INDIRECT
        and not (previous.kind is Kind.MIXED and draft.kind is Kind.MIXED)
        and previous.how == "tag-after"
        and draft.kind is not Kind.INDIRECT
        and draft.how == "none"
        and doc.paragraph_number(previous.content.end) == doc.paragraph_number(draft.content.start)
    )


def merged(text: str, first: Draft, second: Draft) -> Draft:
    content = Span.of(text, first.content.start, second.content.end)
    flags = tuple(dict.fromkeys(first.flags + second.flags))
    direct = first.kind is Kind.DIRECT and second.kind is Kind.DIRECT
    return Draft(
        Kind.DIRECT if direct else Kind.MIXED,
        content,
        first.fragments + second.fragments,
        first.cue,
        first.mention,
        first.how,
        flags,
    )
