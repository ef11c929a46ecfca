"""The offsets already claimed by earlier drafts, so that a later stage leaves them alone.

Quotation drafts come first; the reported-speech, noun-cue and parse-frame
stages skip a cue inside their content and drop a clause that overlaps it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quoteattr.document import Draft


class ClaimedSpans:
    """The offsets claimed by earlier drafts: their content and their cues."""

    def __init__(self, claimed: Sequence[Draft]) -> None:
        spans = sorted(
            [(f.start, f.end) for d in claimed for f in d.fragments]
            + [(d.cue.start, d.cue.end) for d in claimed if d.cue is not None]
        )
        self._starts = [s for s, _ in spans]
        self._spans = spans
        # Spans may nest; the running maximum of their ends answers "is this offset covered".
        self._reach: list[int] = []
        reach = -1
        for _, end in spans:
            reach = max(reach, end)
            self._reach.append(reach)

    def covers(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a claimed span."""
        index = bisect.bisect_right(self._starts, offset) - 1
        return index >= 0 and self._reach[index] > offset

    def covers_each(self, offsets: Sequence[int]) -> list[bool]:
        """``covers`` for each of ``offsets``, which ascend: one search, then a walk, so a
        sentence's tokens cost their number and not a search each."""
        if not offsets:
            return []
        starts, reach = self._starts, self._reach
        index = bisect.bisect_right(starts, offsets[0]) - 1
        last = len(starts) - 1
        out = []
        for offset in offsets:
            while index < last and starts[index + 1] <= offset:
                index += 1
            out.append(index >= 0 and reach[index] > offset)
        return out

    def overlaps(self, draft: Draft) -> bool:
        """Whether any fragment of ``draft`` shares a character with a claimed span."""
        for fragment in draft.fragments:
            index = bisect.bisect_left(self._starts, fragment.end) - 1
            if index >= 0 and self._reach[index] > fragment.start:
                return True
        return False
