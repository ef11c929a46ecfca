"""Tests for quoteattr.annotators.stanza: the annotator side of Stanza.

quoteattr's tokenizer as Stanza's ``tokenize`` variant ``"quoteattr"``, and the
Stanza annotator's loading and errors. No Stanza model runs here: the tokenizer
needs none, and the annotator is either loaded from a directory without models
(the error every such machine must see) or given a stand-in pipeline. quoteattr
inside a Stanza pipeline (the ``quote`` processor) is tested in
``tests/integrations/test_stanza.py``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

stanza = pytest.importorskip("stanza")

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from stanza.models.common.doc import Document  # noqa: E402
from stanza.pipeline.processor import PROCESSOR_VARIANTS  # noqa: E402

import quoteattr.annotators.stanza as stanza_annotators  # noqa: E402
from quoteattr import AnnotatorUnavailableError, ConfigError, InputError, sentences  # noqa: E402
from quoteattr.annotators import check_annotator  # noqa: E402
from quoteattr.annotators.stanza import (  # noqa: E402
    MODEL_PROCESSORS,
    QuoteattrTokenizer,
    StanzaAnnotator,
    model_dir,
    stanza_annotator,
)
from quoteattr.annotators.stanzadoc import annotation_of  # noqa: E402
from quoteattr.integrations.stanza import read_conllu  # noqa: E402
from quoteattr.segment.tokens import token_bounds  # noqa: E402

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "stanza"
DOWNLOAD = "stanza.download('en', processors='pos,lemma,depparse,ner,coref')"
"""The line the missing-models error tells the user to run."""

TRICKY = (
    "  Kremlin spokesman Dmitry Peskov said the talks were “useful”.\r\n"
    "\r\n“We will see,” he added…  Mr. Lee (of the U.S. embassy) declined.\u2028"
    "Café owners' union: ‘non’!\tEnd"
)
"""Leading blanks, CRLF, curly quotes, an ellipsis, abbreviations, a line separator, a tab."""


def _tokenize(text: str | Document, **config: Any) -> Document:
    return QuoteattrTokenizer(config).process(text)


def _offsets(doc: Document) -> list[list[tuple[int, int]]]:
    return [[(t.start_char, t.end_char) for t in s.tokens] for s in doc.sentences]


def test_stanza_tokenizer_is_registered_as_the_quoteattr_tokenize_variant() -> None:
    """Importing the module registers ``QuoteattrTokenizer`` as tokenize variant "quoteattr"."""
    assert PROCESSOR_VARIANTS["tokenize"]["quoteattr"] is QuoteattrTokenizer


def test_stanza_tokenizer_runs_in_a_pipeline_by_its_name(tmp_path: Path) -> None:
    """A Stanza pipeline asking for ``{"tokenize": "quoteattr"}`` tokenizes with no model."""
    resources = {"en": {"lang_name": "English", "packages": {"default": {}}}}
    resources["en"].update({"default_processors": {}, "tokenize": {}})
    path = tmp_path / "resources.json"
    path.write_text(json.dumps(resources), encoding="utf-8")
    nlp = stanza.Pipeline(
        "en",
        dir=str(tmp_path),
        processors={"tokenize": "quoteattr"},
        resources_filepath=str(path),
        download_method=None,
        logging_level="ERROR",
    )
    doc = nlp(TRICKY)
    assert _offsets(doc) == _offsets(_tokenize(TRICKY))
    assert doc.text == TRICKY


def test_stanza_tokenizer_gives_exact_offsets_into_the_callers_text() -> None:
    """Every token's offsets slice its own text out of the string given, untouched."""
    doc = _tokenize(TRICKY)
    assert doc.text == TRICKY
    for sentence in doc.sentences:
        for token in sentence.tokens:
            assert TRICKY[token.start_char : token.end_char] == token.text


def test_stanza_tokenizer_sentences_and_tokens_are_quoteattrs() -> None:
    """Its sentences are quoteattr's sentences and its tokens quoteattr's tokens in them."""
    doc = _tokenize(TRICKY)
    assert _offsets(doc) == [token_bounds(TRICKY, s.start, s.end) for s in sentences(TRICKY)]
    assert len(doc.sentences) == len(sentences(TRICKY)) > 1


def test_stanza_tokenizer_without_sentence_splitting_gives_one_sentence() -> None:
    """``no_ssplit`` keeps every token, in order, in a single sentence."""
    split = _tokenize(TRICKY)
    whole = _tokenize(TRICKY, no_ssplit=True)
    assert _offsets(whole) == [[pair for row in _offsets(split) for pair in row]]


def test_stanza_tokenizer_of_blank_text_gives_no_sentences() -> None:
    """Empty or blank text has no sentences, split or not."""
    for text in ("", " \n\t\n"):
        assert _tokenize(text).sentences == []
        assert _tokenize(text, no_ssplit=True).sentences == []


def test_stanza_tokenizer_reads_the_text_of_a_stanza_document() -> None:
    """Given a Stanza Document, it tokenizes the Document's text."""
    text = "Peskov said it was false. He added more."
    assert _offsets(_tokenize(Document([], text=text))) == _offsets(_tokenize(text))


def test_stanza_tokenizer_refuses_what_is_not_text() -> None:
    """Anything but text, or a Document without any, is an ``InputError`` naming its type."""
    with pytest.raises(InputError, match="takes text, got bytes"):
        _tokenize(b"Peskov said it was false.")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="got NoneType"):
        _tokenize(Document([]))


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from("Ab .?!“”\"'’\n\r\t,-…é"), max_size=60))
def test_stanza_tokenizer_offsets_are_exact_for_any_text(text: str) -> None:
    """For any text, tokens slice the text exactly and follow quoteattr's sentences."""
    doc = _tokenize(text)
    assert _offsets(doc) == [token_bounds(text, s.start, s.end) for s in sentences(text)]
    for sentence in doc.sentences:
        for token in sentence.tokens:
            assert text[token.start_char : token.end_char] == token.text


@pytest.fixture
def no_models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty directory that ``STANZA_RESOURCES_DIR`` points to."""
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    return tmp_path


def test_stanza_annotator_without_models_says_what_to_download(no_models: Path) -> None:
    """Without models the error names the download to run, the directory and the way out."""
    with pytest.raises(AnnotatorUnavailableError) as caught:
        StanzaAnnotator(str(no_models))
    message = str(caught.value)
    assert DOWNLOAD in message
    assert str(no_models) in message
    assert "STANZA_RESOURCES_DIR" in message
    assert "built-in annotator" in message
    assert caught.value.__cause__ is None
    assert caught.value.__suppress_context__
    assert isinstance(caught.value, ImportError)
    assert not isinstance(caught.value, ConfigError)


def test_stanza_annotator_default_directory_is_stanza_resources_dir(no_models: Path) -> None:
    """``stanza_annotator()`` and ``check_annotator("stanza")`` look in ``model_dir()``."""
    assert model_dir() == str(no_models)
    for load in (stanza_annotator, lambda: check_annotator("stanza")):
        with pytest.raises(AnnotatorUnavailableError, match=r"stanza\.download\('en'") as caught:
            load()
        assert str(no_models) in str(caught.value)


def test_stanza_annotator_with_a_resources_file_but_no_models_says_the_same(
    no_models: Path,
) -> None:
    """A resources file naming the models, without their files, gives the same advice."""
    packages = {"default": dict.fromkeys(MODEL_PROCESSORS, "combined")}
    resources = {"en": {"lang_name": "English", "packages": packages, "default_processors": {}}}
    resources["en"].update({p: {"combined": {}} for p in MODEL_PROCESSORS})
    (no_models / "resources.json").write_text(json.dumps(resources), encoding="utf-8")
    with pytest.raises(AnnotatorUnavailableError) as caught:
        stanza_annotator(str(no_models))
    assert DOWNLOAD in str(caught.value)


def test_model_dir_falls_back_to_stanzas_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without ``STANZA_RESOURCES_DIR`` the models are where Stanza keeps them by default."""
    monkeypatch.delenv("STANZA_RESOURCES_DIR", raising=False)
    assert model_dir() == str(stanza.resources.common.DEFAULT_MODEL_DIR)


def test_stanza_annotator_missing_a_coreference_package_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When coreference cannot import its package, the error names it and what to install."""

    def missing(*args: object, **kwargs: object) -> None:
        raise ImportError("No module named 'peft'", name="peft")

    monkeypatch.setattr(stanza_annotators.stanza, "Pipeline", missing)
    with pytest.raises(AnnotatorUnavailableError) as caught:
        StanzaAnnotator(str(tmp_path))
    message = str(caught.value)
    assert "needs peft" in message
    assert "pip install transformers peft" in message
    assert caught.value.__cause__ is None


class _Pipeline:
    """A stand-in for ``stanza.Pipeline``: records how it was built, returns one Document."""

    built: list[dict[str, Any]] = []  # noqa: RUF012

    def __init__(self, lang: str, **kwargs: Any) -> None:
        self.built.append({"lang": lang, **kwargs})
        conllu = (FIXTURES / "nixey.conllu").read_text(encoding="utf-8")
        self.doc = read_conllu(conllu)

    def __call__(self, text: str) -> Document:
        assert text == self.doc.text
        return self.doc


def test_stanza_annotator_runs_the_models_after_quoteattrs_tokenizer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The annotator asks Stanza for the quoteattr tokenizer and the listed models only, from
    its directory with no download, and reads the parsed Document into an Annotation."""
    monkeypatch.setattr(_Pipeline, "built", [])
    monkeypatch.setattr(stanza_annotators.stanza, "Pipeline", _Pipeline)
    annotator = StanzaAnnotator(str(tmp_path))
    (built,) = _Pipeline.built
    assert built["lang"] == "en"
    assert built["dir"] == str(tmp_path)
    assert built["processors"] == {
        "tokenize": "quoteattr",
        **dict.fromkeys(MODEL_PROCESSORS, "default"),
    }
    assert built["package"] is None
    assert built["download_method"] is None
    doc = read_conllu((FIXTURES / "nixey.conllu").read_text(encoding="utf-8"))
    annotation = annotator(doc.text)
    assert annotation == annotation_of(doc)
    assert annotation.entities
    assert annotation.chains


def test_stanza_annotator_is_loaded_once_per_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``stanza_annotator`` loads the models of a directory once and reuses them."""
    monkeypatch.setattr(_Pipeline, "built", [])
    monkeypatch.setattr(stanza_annotators.stanza, "Pipeline", _Pipeline)
    first = tmp_path / "first"
    second = tmp_path / "second"
    assert stanza_annotator(str(first)) is stanza_annotator(str(first))
    assert stanza_annotator(str(second)) is not stanza_annotator(str(first))
    assert [b["dir"] for b in _Pipeline.built] == [str(first), str(second)]


def test_model_processors_are_what_the_annotation_reads() -> None:
    """The annotator runs the tagger, lemmas, parser, entities and coreference, in order."""
    assert MODEL_PROCESSORS == ("pos", "lemma", "depparse", "ner", "coref")
