"""quoteattr inside Stanza pipelines, and the Stanza annotator's loading and errors.

Everything here runs without any Stanza model: the tokenize variant and the
quote processor need none, and the annotator's error is what a machine without
models must see. The one test that loads real models is marked
``stanza_models`` and runs only where they are installed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

stanza = pytest.importorskip("stanza")

import quoteattr  # noqa: E402
from quoteattr import (  # noqa: E402
    AnnotatorUnavailableError,
    ConfigError,
    Extractor,
)
from quoteattr.annotators.stanza import MODEL_PROCESSORS, stanza_annotator  # noqa: E402
from quoteattr.integrations.stanza import RESOURCES, pipeline, read_conllu  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
NIXEY = ROOT / "seeds" / "001_e3048dc01d6e26c3.txt"


@pytest.fixture(scope="module")
def nlp() -> object:
    """The pipeline as a Stanza user writes it, with the resources file quoteattr ships."""
    return stanza.Pipeline(
        "en",
        processors={"tokenize": "quoteattr", "quote": "default"},
        download_method=None,
        resources_filepath=RESOURCES,
        logging_level="WARN",
    )


def test_the_shipped_resources_file_is_tiny_and_names_no_model() -> None:
    """The shipped resources file is small, English only, and names no model to download."""
    data = json.loads(Path(RESOURCES).read_text(encoding="utf-8"))
    assert set(data) == {"en"}
    assert "packages" in data["en"]
    assert "tokenize" in data["en"]
    assert Path(RESOURCES).stat().st_size < 1000


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_tokens_and_sentences_carry_exact_offsets(nlp: object, path: Path) -> None:
    """The quoteattr tokenizer gives quoteattr's sentences and tokens at exact offsets."""
    text = path.read_text(encoding="utf-8")
    doc = nlp(text)  # type: ignore[operator]
    assert doc.text is text or doc.text == text
    assert [(s.tokens[0].start_char, s.tokens[-1].end_char) for s in doc.sentences] == [
        (s.start, s.end) for s in quoteattr.sentences(text)
    ]
    for sentence in doc.sentences:
        for token in sentence.tokens:
            assert text[token.start_char : token.end_char] == token.text


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_the_quote_processor_gives_the_quotes_of_extract(nlp: object, path: Path) -> None:
    """doc.quotes in the pipeline equals quoteattr.extract of the text."""
    text = path.read_text(encoding="utf-8")
    assert nlp(text).quotes == quoteattr.extract(text)  # type: ignore[operator]


def test_james_nixey_is_quoted_in_the_pipeline(nlp: object) -> None:
    """Nixey's quote is found, and the sentence holding it names him as its speaker."""
    doc = nlp(NIXEY.read_text(encoding="utf-8"))  # type: ignore[operator]
    nixey = [q for q in doc.quotes if q.speaker is not None and q.speaker.name == "James Nixey"]
    assert [q.content.text[:30] for q in nixey] == ["Russia cannot produce enough w"]
    holding = [s for s in doc.sentences if nixey[0] in s.quotes]
    assert [s.speaker for s in holding] == ["James Nixey"]


def test_sentences_without_quotes_have_none_and_no_speaker(nlp: object) -> None:
    """A sentence without quotes has an empty quote list and no speaker."""
    doc = nlp(NIXEY.read_text(encoding="utf-8"))  # type: ignore[operator]
    first = doc.sentences[0]
    assert first.quotes == []
    assert first.speaker is None


def test_processor_options_are_the_extractor_options() -> None:
    """quote_reported=False in the pipeline gives what Extractor(reported=False) gives."""
    only_marks = pipeline("tokenize,quote", quote_reported=False)
    text = NIXEY.read_text(encoding="utf-8")
    assert only_marks(text).quotes == Extractor(reported=False)(text)


def test_the_tokenizer_alone_and_without_sentence_splitting() -> None:
    """tokenize_no_ssplit gives one sentence; without the quote processor doc.quotes is None."""
    text = "Peskov said it was false. He added more."
    doc = pipeline("tokenize", tokenize_no_ssplit=True)(text)
    assert len(doc.sentences) == 1
    assert [t.text for t in doc.sentences[0].tokens][-2:] == ["more", "."]
    assert doc.quotes is None  # no quote processor ran


def test_empty_and_blank_text_give_no_sentences_and_no_quotes(nlp: object) -> None:
    """Empty or blank text gives no sentences and an empty quote list."""
    for text in ("", "  \n\n "):
        doc = nlp(text)  # type: ignore[operator]
        assert doc.sentences == []
        assert doc.quotes == []


def test_the_quote_processor_needs_the_documents_text(nlp: object) -> None:
    """A Document without its text (CoNLL-U without reconstruct_text) is an InputError saying so."""
    conllu = "1\tHe\t_\t_\t_\t_\t0\troot\t_\t_\n\n"
    doc = stanza.utils.conll.CoNLL.conll2doc(input_str=conllu)
    with pytest.raises(quoteattr.InputError, match="reconstruct_text=True"):
        nlp.processors["quote"].process(doc)  # type: ignore[attr-defined]


def test_conllu_round_trip_keeps_the_coreference_chains() -> None:
    """read_conllu of a written Document keeps its text and coreference chains."""
    source = (ROOT / "tests" / "fixtures" / "stanza" / "kim_putin.conllu").read_text(
        encoding="utf-8"
    )
    doc = read_conllu(source)
    again = read_conllu(format(doc, "C"))
    assert again.text == doc.text
    assert [c.representative_text for c in again.coref] == ["Kim", "Russia", "Putin"]
    assert [[(m.sentence, m.start_word, m.end_word) for m in c.mentions] for c in again.coref] == [
        [(m.sentence, m.start_word, m.end_word) for m in c.mentions] for c in doc.coref
    ]


def test_an_unreadable_coref_entry_is_named() -> None:
    """A coreference entry read_conllu cannot parse is named in the InputError."""
    conllu = "# text = He\n1\tHe\t_\t_\t_\t_\t0\troot\t_\tcoref_chains=sideways-id0\n\n"
    with pytest.raises(quoteattr.InputError, match="sideways-id0"):
        read_conllu(conllu)


def test_an_unknown_annotator_is_a_clear_error() -> None:
    """An unknown annotator name is a ConfigError listing the known ones."""
    with pytest.raises(ConfigError, match="'builtin', 'stanza'"):
        Extractor(annotator="spacy")


@pytest.fixture
def no_models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    return tmp_path


def test_the_stanza_annotator_without_models_says_what_to_download(no_models: Path) -> None:
    """Without models, Extractor(annotator="stanza") says what to download, and where."""
    with pytest.raises(AnnotatorUnavailableError) as caught:
        Extractor(annotator="stanza")
    message = str(caught.value)
    assert "stanza.download('en', processors='pos,lemma,depparse,ner,coref')" in message
    assert str(no_models) in message
    assert caught.value.__cause__ is None
    assert caught.value.__suppress_context__
    assert isinstance(caught.value, ImportError)


def test_with_a_resources_file_but_no_model_files_the_error_is_the_same(no_models: Path) -> None:
    """A resources file without the model files gives the same download advice."""
    packages = {"default": dict.fromkeys(MODEL_PROCESSORS, "combined")}
    resources = {"en": {"lang_name": "English", "packages": packages, "default_processors": {}}}
    resources["en"].update({p: {"combined": {}} for p in MODEL_PROCESSORS})
    (no_models / "resources.json").write_text(json.dumps(resources), encoding="utf-8")
    with pytest.raises(AnnotatorUnavailableError, match=r"stanza\.download\('en'"):
        Extractor(annotator="stanza")


def test_the_extractor_stays_picklable_with_an_annotator_name() -> None:
    """An Extractor pickles, with the built-in annotator named by default."""
    import pickle  # noqa: PLC0415

    extractor = Extractor(reported=False)
    assert pickle.loads(pickle.dumps(extractor)) == extractor
    assert extractor.annotator == "builtin"


def _models_installed() -> bool:
    try:
        stanza_annotator()
    except AnnotatorUnavailableError:
        return False
    return True


@pytest.mark.stanza_models
@pytest.mark.skipif(not _models_installed(), reason="Stanza's English models are not installed")
def test_the_stanza_annotator_with_real_models_finds_nixey() -> None:
    """With Stanza's real models, the Stanza annotator still finds James Nixey."""
    quotes = Extractor(annotator="stanza")(NIXEY.read_text(encoding="utf-8"))
    names = {q.speaker.name for q in quotes if q.speaker is not None}
    assert "James Nixey" in names


def test_empty_conllu_is_a_clear_error() -> None:
    """read_conllu of blank input is an InputError saying there is no CoNLL-U."""
    with pytest.raises(quoteattr.InputError, match="no CoNLL-U"):
        read_conllu("  \n")


def test_a_speaker_given_with_the_input_is_kept(nlp: object) -> None:
    """A sentence speaker set before the quote processor runs is kept."""
    text = "He said it was false."
    doc = nlp.processors["tokenize"].process(text)  # type: ignore[attr-defined]
    doc.sentences[0].speaker = "Interviewer"
    nlp.processors["quote"].process(doc)  # type: ignore[attr-defined]
    assert doc.sentences[0].speaker == "Interviewer"
    assert len(doc.sentences[0].quotes) == 1
