"""Tests for quoteattr.learn.features: what the model sees of each token."""

from __future__ import annotations

from quoteattr.annotators import annotate
from quoteattr.document import Document
from quoteattr.learn.features import stem, token_states, window_features, word_features
from quoteattr.pipeline import Extractor


def _document(text: str) -> Document:
    doc = Document.of(text, annotate("builtin", text))
    for stage in Extractor(model=None).stages:
        if stage.name != "speakers":
            stage(doc)
    return doc


def test_word_features_depend_on_the_word_alone() -> None:
    said = word_features("Said")
    assert said == {"w": "said", "st": "said", "s3": "aid", "sh": "Xx", "cue": "1", "src": "0"}
    assert word_features("“")["sh"] == "qo"
    assert word_features("”")["sh"] == "qc"
    assert word_features('"')["sh"] == "q"
    assert word_features("NATO")["sh"] == "X"
    assert word_features("1999")["sh"] == "d"


def test_stem_drops_one_inflection_and_keeps_three_letters() -> None:
    assert [stem(w) for w in ("warned", "warns", "warning", "sings", "is")] == [
        "warn", "warn", "warn", "sing", "is",
    ]  # fmt: skip


def test_window_features_read_neighbours_and_the_edges() -> None:
    states = [("O", "0", "f", "none"), ("CUE", "0", "-", "0"), ("O", "0", "l", "<1")]
    features = window_features(["Ann", "said", "no"], states)
    first, middle, last = features
    assert "-1:w=<s>" in first
    assert "-2:w=<s>" in first
    assert "1:w=said" in first
    assert "2:w=no" in first
    assert "0:r=CUE" in middle
    assert "-1:r=O" in middle
    assert "1:w=</s>" in last
    assert "1:r=-" in last
    assert all(names[0] == "b" for names in features)


def test_token_states_carry_the_rules_roles_quotes_edges_and_cue_places() -> None:
    text = "Ann said it rained. “Yes,” Lee replied."
    doc = _document(text)
    bounds = [(t.start, t.end) for t in doc.tokens]
    states = dict(zip((text[a:b] for a, b in bounds), token_states(doc, bounds), strict=False))
    assert states["Ann"][0] == "SRC"
    assert states["said"][0] == "CUE"
    assert states["rained"][0] == "CON-indirect"
    assert states["Yes"][:2] == ("CON-direct", "1")  # a rule's direct quote, inside marks
    assert states["Ann"][2] == "f"
    assert states["."][2] == "l"
    assert states["said"][3] == "0"
    assert states["Ann"][3] == ">1"
    assert states["it"][3] == "<1"
