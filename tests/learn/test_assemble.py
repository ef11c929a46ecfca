"""Tests for quoteattr.learn.assemble: labelled tokens joined into attributions."""

from __future__ import annotations

from quoteattr.learn.assemble import attributions
from quoteattr.learn.labels import CONTENT, CUE, OUTSIDE, SOURCE, Roles, label_tokens
from quoteattr.segment.tokens import token_bounds

N, S, C, Q = OUTSIDE, SOURCE, CUE, CONTENT


def _roles(text: str, labels: list[str], sentence_of: list[int] | None = None) -> list[Roles]:
    tokens = token_bounds(text)
    assert len(tokens) == len(labels)
    return attributions(labels, tokens, sentence_of or [0] * len(tokens))


def test_attributions_a_cue_joins_its_source_and_content() -> None:
    text = "Ann said the plan failed."
    (roles,) = _roles(text, [S, C, Q, Q, Q, N])
    assert roles == Roles(((9, 24),), (4, 8), (0, 3))


def test_attributions_content_on_both_sides_of_a_tag_is_one_attribution() -> None:
    """ "It failed," Ann said, "badly." is one attribution in two fragments."""
    text = "It failed , Ann said , badly ."
    (roles,) = _roles(text, [Q, Q, N, S, C, N, Q, N])
    assert roles.content == ((0, 9), (23, 28))
    assert (roles.cue, roles.source) == ((16, 20), (12, 15))


def test_attributions_content_without_a_cue_of_its_own_takes_an_earlier_sentences() -> None:
    text = "Ann said this . That too ."
    (roles,) = _roles(text, [S, C, Q, N, Q, Q, N], [0, 0, 0, 0, 1, 1, 1])
    assert roles.content == ((9, 13), (16, 24))


def test_attributions_one_source_serves_two_cues() -> None:
    """ "Ann said A and added B": two attributions, one source."""
    text = "Ann said yes and added no ."
    first, second = _roles(text, [S, C, Q, N, C, Q, N])
    assert first.source == second.source == (0, 3)
    assert (first.content, second.content) == (((9, 12),), ((23, 25),))


def test_attributions_content_alone_keeps_the_source_of_its_sentence() -> None:
    text = "Critics : the plan failed ."
    (roles,) = _roles(text, [S, N, Q, Q, Q, N])
    assert roles == Roles(((10, 25),), None, (0, 7))


def test_attributions_gold_labels_read_back_into_the_same_attributions() -> None:
    text = "Lee said the talks were over. Kim denied it."
    gold = [Roles(((9, 28),), (4, 8), (0, 3)), Roles(((41, 43),), (34, 40), (30, 33))]
    tokens = token_bounds(text)
    sentence_of = [0 if start < 30 else 1 for start, _ in tokens]
    assert attributions(label_tokens(tokens, gold), tokens, sentence_of) == gold
