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

from collections.abc import Sequence
from typing import Final

from quoteattr.learn.labels import CONTENT, CUE, SOURCE, Bounds, Roles, Run, runs

MAX_CONTINUATION_SENTENCES: Final = 2
"""How many sentences back a content run without a cue of its own may find one."""


def attributions(
    labels: Sequence[str], tokens: Sequence[Bounds], sentence_of: Sequence[int]
) -> list[Roles]:
    """The attributions of one sequence: ``labels`` and character ``tokens`` of its
    tokens, and the number of each token's sentence."""
    found = runs(labels)
    cues = [run for run in found if run.label == CUE]
    contents = [run for run in found if run.label == CONTENT]
    sources = [run for run in found if run.label == SOURCE]
    pieces: dict[int, list[Run]] = {id(cue): [] for cue in cues}
    alone: list[Run] = []
    for content in contents:
        cue = _cue_for(content, cues, sentence_of)
        if cue is None:
            alone.append(content)
        else:
            pieces[id(cue)].append(content)
    source_of: dict[int, Run] = {}
    for anchor in [*cues, *alone]:
        same = [run for run in sources if _same_sentence(run, anchor, sentence_of)]
        source = _nearest(anchor, same)
        if source is not None:
            source_of[id(anchor)] = source
    out: list[Roles] = []
    for cue in cues:
        joined = pieces[id(cue)]
        if not joined:
            continue
        out.append(
            Roles(
                tuple(_bounds(run, tokens) for run in joined),
                _bounds(cue, tokens),
                _optional(source_of.get(id(cue)), tokens),
            )
        )
    for content in alone:
        out.append(
            Roles((_bounds(content, tokens),), None, _optional(source_of.get(id(content)), tokens))
        )
    out.sort(key=lambda roles: roles.content[0])
    return out


def _cue_for(content: Run, cues: list[Run], sentence_of: Sequence[int]) -> Run | None:
    same = [cue for cue in cues if _same_sentence(cue, content, sentence_of)]
    if same:
        return _nearest(content, same)
    sentence = sentence_of[content.first]
    earlier = [
        cue
        for cue in cues
        if cue.last < content.first
        and sentence - sentence_of[cue.last] <= MAX_CONTINUATION_SENTENCES
    ]
    return earlier[-1] if earlier else None


def _same_sentence(one: Run, other: Run, sentence_of: Sequence[int]) -> bool:
    return bool(
        {sentence_of[one.first], sentence_of[one.last]}
        & {sentence_of[other.first], sentence_of[other.last]}
    ) or (sentence_of[one.first] <= sentence_of[other.first] <= sentence_of[one.last])


def _nearest(run: Run, candidates: list[Run]) -> Run | None:
    def distance(other: Run) -> int:
        return other.first - run.last if other.first > run.last else run.first - other.last

    return min(candidates, key=distance, default=None)


def _bounds(run: Run, tokens: Sequence[Bounds]) -> Bounds:
    return tokens[run.first][0], tokens[run.last][1]


def _optional(run: Run | None, tokens: Sequence[Bounds]) -> Bounds | None:
    return None if run is None else _bounds(run, tokens)
