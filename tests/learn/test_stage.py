"""Tests for quoteattr.learn.stage: the model's attributions added to the rules' drafts."""

from __future__ import annotations

import pickle

import pytest

from quoteattr import Extractor, Kind, extract
from quoteattr.learn.crf import LinearChain
from quoteattr.learn.labels import LABELS
from quoteattr.learn.stage import MODEL_FLAG, AttributionModel
from quoteattr.learn.weights import ModelFile

_STRONG = 6.0


def _zorbled() -> LinearChain:
    """A hand-made model: the word before "zorbled" is a source, "zorbled" a cue, and what
    follows up to the full stop its content."""
    weights = {
        "b": (1.0, 0.0, 0.0, 0.0),
        "1:w=zorbled": (0.0, _STRONG, 0.0, 0.0),
        "0:w=zorbled": (0.0, 0.0, _STRONG, 0.0),
        "-1:w=zorbled": (0.0, 0.0, 0.0, _STRONG),
        "0:sh=.": (3 * _STRONG, 0.0, 0.0, 0.0),
    }
    transitions = (
        (0.0, 0.0, 0.0, 0.0),
        (0.0, 0.0, 0.0, 0.0),
        (0.0, 0.0, 0.0, 0.0),
        (0.0, 0.0, 0.0, 5.0),  # content goes on
    )
    return LinearChain(LABELS, weights, transitions)


def test_the_model_adds_an_attribution_the_rules_miss() -> None:
    text = "Lee zorbled the new budget plan."
    assert Extractor(model=None)(text) == []
    (quote,) = Extractor(model=_zorbled())(text)
    assert (quote.kind, quote.content.text, quote.cue and quote.cue.text) == (
        Kind.INDIRECT, "the new budget plan", "zorbled",
    )  # fmt: skip
    assert quote.mention is not None
    assert quote.mention.text == "Lee"
    assert quote.speaker is not None
    assert quote.speaker.name == "Lee"
    assert quote.flags == (MODEL_FLAG,)


def test_the_rules_keep_their_drafts_where_the_model_overlaps_them() -> None:
    text = "Lee zorbled “the new budget plan.” Kim said it was fine."
    rules = Extractor(model=None)(text)
    with_model = Extractor(model=_zorbled())(text)
    assert [q.content for q in with_model] == [q.content for q in rules]
    assert all(MODEL_FLAG not in q.flags for q in with_model)


def test_a_quotation_the_model_finds_is_direct_and_loses_its_marks() -> None:
    text = "Lee zorbled “a waste of money” ."
    model = Extractor(stages=Extractor(model=_zorbled()).without("direct").stages)
    quotes = [q for q in model(text) if MODEL_FLAG in q.flags]
    assert [(q.kind, q.content.text) for q in quotes] == [(Kind.DIRECT, "a waste of money")]


def test_min_confidence_leaves_out_unsure_attributions() -> None:
    text = "Lee zorbled the new budget plan."
    sure = Extractor(model=None).replacing("speakers", Extractor().stages[-1])
    stages = [*sure.stages[:-1], AttributionModel(_zorbled(), min_confidence=1.01), sure.stages[-1]]
    assert Extractor(stages=stages)(text) == []


def test_the_default_extractor_uses_the_shipped_model_and_none_means_the_rules() -> None:
    assert "model" in Extractor().stage_names
    assert "model" not in Extractor(model=None).stage_names
    assert "model" not in Extractor(reported=False).stage_names  # the model reads reported speech
    assert isinstance(Extractor().model, ModelFile)


def test_an_extractor_with_the_model_pickles_small() -> None:
    extractor = Extractor()
    assert len(pickle.dumps(extractor)) < 5_000  # the file's name, not its weights
    text = "Lee zorbled the new budget plan."
    assert pickle.loads(pickle.dumps(extractor))(text) == extractor(text)


def test_a_model_given_as_a_path_or_wrong_type() -> None:
    assert isinstance(Extractor(model="weights.json.gz").model, ModelFile)
    with pytest.raises(Exception, match="model must be None"):
        Extractor(model=3)  # type: ignore[arg-type]


def test_extract_with_the_shipped_model_keeps_the_seed_style_quotes() -> None:
    (quote,) = extract("“We are ready,” Peskov said.")
    assert quote.kind is Kind.DIRECT
    assert MODEL_FLAG not in quote.flags
