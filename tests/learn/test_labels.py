"""Tests for quoteattr.learn.labels: gold spans to token labels, and labels back to runs."""

from __future__ import annotations

from quoteattr.learn.labels import CONTENT, CUE, OUTSIDE, SOURCE, Roles, Run, label_tokens, runs
from quoteattr.segment.tokens import token_bounds


def test_label_tokens_marks_source_cue_and_content() -> None:
    text = "Ann Lee said the plan failed."
    tokens = token_bounds(text)
    roles = Roles(((13, 28),), (8, 12), (0, 7))
    assert label_tokens(tokens, [roles]) == [
        SOURCE, SOURCE, CUE, CONTENT, CONTENT, CONTENT, OUTSIDE,
    ]  # fmt: skip


def test_label_tokens_inner_source_and_cue_win_over_outer_content() -> None:
    """A nested attribution's source and cue keep their labels inside another's content."""
    text = "Lee said Kim told him no."
    tokens = token_bounds(text)
    outer = Roles(((9, 24),), (4, 8), (0, 3))
    inner = Roles(((18, 24),), (13, 17), (9, 12))
    labels = label_tokens(tokens, [outer, inner])
    assert labels == [SOURCE, CUE, SOURCE, CUE, CONTENT, CONTENT, OUTSIDE]


def test_label_tokens_a_span_inside_a_token_labels_that_token() -> None:
    tokens = token_bounds("unsaid words")
    assert label_tokens(tokens, [Roles(((2, 4),))]) == [CONTENT, OUTSIDE]


def test_runs_are_the_stretches_of_one_label_other_than_outside() -> None:
    labels = [OUTSIDE, SOURCE, CUE, CUE, CONTENT, OUTSIDE, CONTENT]
    assert runs(labels) == [
        Run(SOURCE, 1, 1), Run(CUE, 2, 3), Run(CONTENT, 4, 4), Run(CONTENT, 6, 6),
    ]  # fmt: skip
    assert runs([]) == []
    assert runs([OUTSIDE, OUTSIDE]) == []
