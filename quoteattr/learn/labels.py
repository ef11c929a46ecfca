"""The label the attribution model gives each token, and the runs of labels it reads back.

A token is part of an attribution's source (``SRC``), its cue (``CUE``) or its
content (``CON``), or of none (``O``). The labels carry no begin/inside mark:
two spans of one role rarely touch (a source, a cue or punctuation stands
between two contents), and four labels keep the model's decoding cheap. Where
attributions nest (a quoted speaker's own "she said" inside another's content),
the inner source and cue win over the outer content.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from typing import Final

from attrs import frozen

OUTSIDE: Final = "O"
SOURCE: Final = "SRC"
CUE: Final = "CUE"
CONTENT: Final = "CON"

LABELS: Final[tuple[str, ...]] = (OUTSIDE, SOURCE, CUE, CONTENT)
"""Every label, in the order the model's weights list them."""

_PRIORITY: Final = {OUTSIDE: 0, CONTENT: 1, CUE: 2, SOURCE: 3}
"""Which label a token takes when spans of two attributions cover it."""

Bounds = tuple[int, int]


@frozen
class Roles:
    """One attribution's spans as character offsets: its content pieces, cue and source."""

    content: tuple[Bounds, ...]
    cue: Bounds | None = None
    source: Bounds | None = None


@frozen
class Run:
    """Consecutive tokens ``first`` to ``last`` (inclusive) with one label other than O."""

    label: str
    first: int
    last: int


def label_tokens(tokens: Sequence[Bounds], attributions: Iterable[Roles]) -> list[str]:
    """Each token's label: the role of the attribution span it overlaps (see the module)."""
    labels = [OUTSIDE] * len(tokens)
    starts = [start for start, _ in tokens]
    for roles in attributions:
        spans = [(CONTENT, piece) for piece in roles.content]
        spans += [
            (label, span) for label, span in ((CUE, roles.cue), (SOURCE, roles.source)) if span
        ]
        for label, (start, end) in spans:
            first = max(0, bisect.bisect_right(starts, start) - 1)
            for index in range(first, len(tokens)):
                token_start, token_end = tokens[index]
                if token_start >= end:
                    break
                if token_end > start and _PRIORITY[label] > _PRIORITY[labels[index]]:
                    labels[index] = label
    return labels


def runs(labels: Sequence[str]) -> list[Run]:
    """The runs of equal labels other than O, in order."""
    found: list[Run] = []
    first = 0
    for index in range(1, len(labels) + 1):
        if index == len(labels) or labels[index] != labels[first]:
            if labels[first] != OUTSIDE:
                found.append(Run(labels[first], first, index - 1))
            first = index
    return found
