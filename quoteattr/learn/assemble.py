"""From labelled tokens to attributions: which content, cue and source belong together.

The labeller says what each token is; this says which spans make one
attribution. A cue anchors an attribution. A content run joins the cue of its
own sentence nearest to it, else the nearest cue of an earlier sentence of the
paragraph (a quotation that goes on after "…,” she said."), else it stands
alone. Each cue, and each content standing alone, takes the nearest source of
its sentence; one source may serve several cues ("she said … and added …").
Content runs that join one cue are the fragments of one attribution.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final

from quoteattr.learn.labels import CONTENT, CUE, SOURCE, Bounds, Roles, Run, runs

MAX_CONTINUATION_SENTENCES: Final = 2
"""How many sentences back a content run without a cue of its own may find one."""


def attributions(
    labels: Sequence[str], tokens: Sequence[Bounds], sentence_of: Sequence[int]
) -> list[Roles]:
    """The attributions of one sequence: ``labels`` and character ``tokens`` of its
    tokens, and the number of each token's sentence. Runs are looked up by sentence, so
    a long paragraph costs time in proportion to its length."""
    found = runs(labels)
    cues = [run for run in found if run.label == CUE]
    contents = [run for run in found if run.label == CONTENT]
    sources = [run for run in found if run.label == SOURCE]
    cues_in = _by_sentence(cues, sentence_of)
    sources_in = _by_sentence(sources, sentence_of)
    cue_ends = [cue.last for cue in cues]
    pieces: dict[int, list[Run]] = {id(cue): [] for cue in cues}
    alone: list[Run] = []
    for content in contents:
        cue = _nearest(content, _touching(content, cues_in, sentence_of))
        if cue is None:
            cue = _earlier(content, cues, cue_ends, sentence_of)
        if cue is None:
            alone.append(content)
        else:
            pieces[id(cue)].append(content)
    out: list[Roles] = []
    for cue in cues:
        joined = pieces[id(cue)]
        if joined:
            source = _nearest(cue, _touching(cue, sources_in, sentence_of))
            spans = tuple(_bounds(run, tokens) for run in joined)
            out.append(Roles(spans, _bounds(cue, tokens), _optional(source, tokens)))
    for content in alone:
        source = _nearest(content, _touching(content, sources_in, sentence_of))
        out.append(Roles((_bounds(content, tokens),), None, _optional(source, tokens)))
    out.sort(key=lambda roles: roles.content[0])
    return out


def _by_sentence(found: Sequence[Run], sentence_of: Sequence[int]) -> dict[int, list[Run]]:
    """The runs that touch each sentence (a run spanning sentences is in each)."""
    out: dict[int, list[Run]] = {}
    for run in found:
        for sentence in range(sentence_of[run.first], sentence_of[run.last] + 1):
            out.setdefault(sentence, []).append(run)
    return out


def _touching(run: Run, index: dict[int, list[Run]], sentence_of: Sequence[int]) -> list[Run]:
    """The runs of ``index`` in the sentences ``run`` touches."""
    first, last = sentence_of[run.first], sentence_of[run.last]
    if first == last:
        return index.get(first, [])
    seen: dict[int, Run] = {}
    for sentence in range(first, last + 1):
        for other in index.get(sentence, ()):
            seen[id(other)] = other
    return list(seen.values())


def _earlier(
    content: Run, cues: Sequence[Run], cue_ends: Sequence[int], sentence_of: Sequence[int]
) -> Run | None:
    """The last cue before ``content``, if it is at most ``MAX_CONTINUATION_SENTENCES``
    sentences back."""
    at = bisect.bisect_left(cue_ends, content.first) - 1
    if at < 0:
        return None
    cue = cues[at]
    close = sentence_of[content.first] - sentence_of[cue.last] <= MAX_CONTINUATION_SENTENCES
    return cue if close else None


def _nearest(run: Run, candidates: Sequence[Run]) -> Run | None:
    def distance(other: Run) -> int:
        return other.first - run.last if other.first > run.last else run.first - other.last

    return min(candidates, key=distance, default=None)


def _bounds(run: Run, tokens: Sequence[Bounds]) -> Bounds:
    return tokens[run.first][0], tokens[run.last][1]


def _optional(run: Run | None, tokens: Sequence[Bounds]) -> Bounds | None:
    return None if run is None else _bounds(run, tokens)
