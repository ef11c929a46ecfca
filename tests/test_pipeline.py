"""Tests for quoteattr.pipeline: the pipeline, its invariants, its stages, Extractor.pipe
(batches, worker processes, order, contexts and errors) and its public API."""

from __future__ import annotations

import gc
import itertools
import pickle
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import attrs
import pytest
from attrs import frozen
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr import ConfigError, Extractor, InputError, Kind, Quote, TooLongError, extract
from quoteattr.detect.direct import QuotationDrafts
from quoteattr.detect.quotations import QuotationMarks
from quoteattr.detect.reported import ReportedSpeech
from quoteattr.document import Document
from quoteattr.learn.weights import ModelFile
from quoteattr.pipeline import STAGES, default_stages
from quoteattr.resolve import sieve
from quoteattr.resolve.sieve import Speakers

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SHORT = [
    "“One,” Peskov said.",
    "",
    "No quotes here.",
    "“Two,” she said. He added that it was over.",
    "“Unclosed, the mayor said.",
]
RULES = ("quotations", "direct", "labels", "reported", "noun-cues", "parser-frames", "speakers")
"""The stages of ``STAGES``: the rules."""

NAMES = (*RULES[:-1], "model", RULES[-1])
"""The default extractor's stages: the rules, then the learned layer, before the speakers."""
"""The default extractor's stages, in the order they run."""
REPORTED_SPEECH = ("labels", "reported", "noun-cues", "parser-frames")
"""The stages ``reported=False`` leaves out."""

PIECES = st.one_of(
    st.text(max_size=3),  # any code point, lone surrogates and controls included
    st.sampled_from(list("“”\"'‘’«»„‹›`.!?:,;\n\r\t ")),
    st.sampled_from(
        [" said", " Peskov", " he", " told AFP", ", according to", " Mr.", " the expert"]
    ),
)
MESSY = st.lists(PIECES, max_size=60).map("".join)
"""Text built from arbitrary Unicode, quote marks, punctuation and speech-tag words."""


def _check_quotes(text: str, quotes: list[Quote]) -> None:
    previous = -1
    for quote in quotes:
        attrs.validate(quote)  # the pipeline builds them unchecked: the validators agree
        assert type(quote.fragments) is tuple
        assert type(quote.flags) is tuple
        assert type(quote.confidence) is float
        for span in quote.spans():
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text
        assert quote.start >= previous or quote.kind is not Kind.DIRECT
        previous = quote.start
        assert 0.0 <= quote.confidence <= 1.0


@frozen
class UnresolvedSpeakers:
    """A stand-in for the ``speakers`` stage: a quote per draft, in text order, no speaker.

    At module level, so that worker processes can unpickle an extractor that holds it.
    """

    label: str = "unresolved"
    name: ClassVar[str] = "unresolved"
    reads: ClassVar[tuple[str, ...]] = ("drafts",)
    adds: ClassVar[tuple[str, ...]] = ("quotes",)

    def __call__(self, doc: Document) -> None:
        drafts = sorted(doc.drafts, key=lambda d: (d.content.start, d.content.end))
        doc.quotes.extend(
            Quote(d.kind, d.content, (d.content,), cue=d.cue, sieve=self.label) for d in drafts
        )


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """The seed articles between short and degenerate texts: uneven work for the workers."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    return [t for pair in itertools.zip_longest(seeds, SHORT, fillvalue="") for t in pair]


@settings(max_examples=300)
@given(MESSY)
def test_extract_never_raises_and_spans_are_exact(text: str) -> None:
    """On any Unicode text extract returns quotes whose every span is the source slice."""
    _check_quotes(text, extract(text))


@given(MESSY)
def test_extract_is_deterministic(text: str) -> None:
    """The same text always gives the same quotes."""
    assert extract(text) == extract(text)


def test_extract_quote_is_a_frozen_attrs_class() -> None:
    """Quote is a frozen attrs class with slots; assigning to it raises."""
    assert attrs.has(Quote)
    (quote,) = extract("“Yes,” Peskov said.")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        quote.confidence = 1.0  # type: ignore[misc]
    assert not hasattr(quote, "__dict__")


def test_extract_seed_spans_are_exact(seed_gold: list[dict[str, Any]]) -> None:
    """On the seed articles every span of every quote slices the source to its text."""
    for document in seed_gold:
        quotes = extract(document["text"])
        assert quotes
        _check_quotes(document["text"], quotes)


def test_extract_polnear_spans_are_exact(polnear_dev: list[dict[str, Any]]) -> None:
    """On the PolNeAR dev texts every span of every quote slices the source to its text."""
    total = 0
    for document in polnear_dev:
        quotes = extract(document["text"])
        _check_quotes(document["text"], quotes)
        total += len(quotes)
    assert total > 1000


def test_extract_rejects_non_text_with_a_clear_error() -> None:
    """Bytes or None raise InputError (a TypeError) that says to pass str."""
    with pytest.raises(InputError, match="decode"):
        extract(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        extract(None)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "“", "”", "'", '"""', "“”"])
def test_extract_empty_and_degenerate_text_gives_no_quotes(text: str) -> None:
    """Empty text, blank text and lone marks give no quotes and no error."""
    assert extract(text) == []


def test_extract_pipe_yields_one_result_per_text_in_order() -> None:
    """Extractor.pipe gives, lazily and in order, what calling it on each text gives."""
    texts = ["“One,” Peskov said.", "", "No quotes here.", "“Two,” she said."]
    extractor = Extractor()
    results = extractor.pipe(iter(texts))
    assert not isinstance(results, list)
    assert list(results) == [extractor(t) for t in texts]


@pytest.mark.parametrize("batch_size", [1, 3, 64])
def test_pipe_in_two_processes_gives_the_serial_results_in_order(
    texts: list[str], batch_size: int
) -> None:
    """Two workers give, in input order, exactly what one call per text gives."""
    extractor = Extractor(topics=True)
    serial = [extractor(t) for t in texts]
    assert list(extractor.pipe(texts, n_process=2, batch_size=batch_size)) == serial
    assert list(extractor.pipe(texts, batch_size=batch_size)) == serial


def test_pipe_keeps_the_extractors_configuration_in_the_workers(texts: list[str]) -> None:
    """Each worker runs the caller's extractor: reported=False finds no reported speech."""
    quotations = Extractor(reported=False)
    results = list(quotations.pipe(texts, n_process=2))
    assert results == [quotations(t) for t in texts]
    assert results != [extract(t) for t in texts]


def test_pipe_as_tuples_returns_each_context_with_its_quotes(texts: list[str]) -> None:
    """Contexts stay in the caller's process, so even unpicklable ones come back as given."""
    contexts = [{"n": n, "callback": lambda n=n: n} for n in range(len(texts))]
    with pytest.raises((pickle.PicklingError, AttributeError)):
        pickle.dumps(contexts[0])
    for n_process in (1, 2):
        pairs = Extractor().pipe(
            zip(texts, contexts, strict=True), as_tuples=True, n_process=n_process
        )
        results = list(pairs)
        assert [context for _, context in results] == contexts, n_process
        assert [quotes for quotes, _ in results] == [extract(t) for t in texts]


def test_pipe_reads_its_input_lazily_and_stops_when_closed() -> None:
    """An endless generator is read a few batches ahead; closing the pipe stops the workers."""
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for n in itertools.count():
            pulled += 1
            yield f"“Number {n},” Smith said."

    results = Extractor().pipe(endless(), n_process=2, batch_size=4)
    first = list(itertools.islice(results, 10))
    assert [q[0].text for q in first] == [f"Number {n}," for n in range(10)]
    assert pulled <= 10 + 4 * 4 * 2 + 4  # what was taken, plus the batches in flight
    results.close()  # type: ignore[attr-defined]


@pytest.mark.parametrize("n_process", [1, 2])
def test_pipe_raises_at_the_text_that_fails_after_the_results_before_it(n_process: int) -> None:
    """A non-str raises InputError in the caller, after every earlier text's quotes."""
    texts: list[object] = ["“A,” Smith said.", "“B,” Jones said.", b"bytes", "“C,” Lee said."]
    results = Extractor().pipe(texts, n_process=n_process, batch_size=4)  # type: ignore[arg-type]
    assert [q[0].speaker.name for q in itertools.islice(results, 2)] == ["Smith", "Jones"]  # type: ignore[union-attr]
    with pytest.raises(InputError, match="decode bytes first"):
        next(results)


@pytest.mark.parametrize("n_process", [1, 2])
def test_pipe_input_that_fails_midway_still_gives_what_came_before(n_process: int) -> None:
    """An exception from the caller's iterable comes after the results of every text before it,
    as in a serial loop, whether it is the iterable's own or a bad item (not a str, not a pair).
    """

    def texts() -> Iterator[str]:
        for n in range(21):
            yield f"“Number {n},” Smith said."
        raise LookupError("the feed broke")

    results = Extractor().pipe(texts(), n_process=n_process, batch_size=4)
    assert len(list(itertools.islice(results, 21))) == 21
    with pytest.raises(LookupError, match="the feed broke"):
        next(results)
    unpicklable: list[object] = ["“A,” Smith said."] * 13 + [threading.Lock(), "“B,” Lee said."]
    results = Extractor().pipe(unpicklable, n_process=n_process)  # type: ignore[arg-type]
    assert len(list(itertools.islice(results, 13))) == 13
    with pytest.raises(InputError, match="got lock"):
        next(results)
    pairs: list[object] = [("“A,” Smith said.", n) for n in range(10)] + ["no context"]
    tuples = Extractor().pipe(pairs, as_tuples=True, n_process=n_process)  # type: ignore[call-overload]
    assert [context for _, context in itertools.islice(tuples, 10)] == list(range(10))
    with pytest.raises(InputError, match=r"\(text, context\) pairs"):
        next(tuples)


def test_pipe_as_tuples_says_what_it_takes() -> None:
    """A bare string where a (text, context) pair belongs is an InputError naming the form."""
    with pytest.raises(InputError, match=r"\(text, context\) pairs"):
        list(Extractor().pipe(["just text"], as_tuples=True))  # type: ignore[call-overload]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"n_process": 0}, "at least 1"),
        ({"n_process": -2}, "at least 1"),
        ({"n_process": 1.5}, "must be an int"),
        ({"n_process": True}, "must be an int"),
        ({"batch_size": 0}, "positive int"),
        ({"batch_size": "8"}, "positive int"),
    ],
)
def test_pipe_rejects_bad_options_when_called(options: dict[str, object], message: str) -> None:
    """Bad options fail at the call, before any text is read, with a ConfigError."""
    with pytest.raises(ConfigError, match=message):
        Extractor().pipe(["text"], **options)  # type: ignore[call-overload]


def test_pipe_with_one_process_per_core() -> None:
    """n_process=-1 starts one worker per core and still gives the serial results."""
    texts = ["“Yes,” Peskov said.", "He said that it was late."] * 3
    assert list(Extractor().pipe(texts, n_process=-1)) == [extract(t) for t in texts]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.lists(st.sampled_from([*SHORT, "“", "”", "\r\n", " said ", "Lee"])).map("".join),
        max_size=12,
    )
)
def test_pipe_in_processes_equals_serial_for_any_texts(texts: list[str]) -> None:
    """Whatever the texts, two workers in batches of two give the serial results."""
    extractor = Extractor()
    assert list(extractor.pipe(texts, n_process=2, batch_size=2)) == [extractor(t) for t in texts]


def test_extract_extractor_pickles() -> None:
    """An Extractor survives pickling, so worker processes can receive it."""
    extractor = pickle.loads(pickle.dumps(Extractor()))
    assert extractor("“Yes,” Peskov said.") == extract("“Yes,” Peskov said.")


def test_extract_public_api_is_listed() -> None:
    """The package exports its public names through __all__, and each exists."""
    for name in quoteattr.__all__:
        assert hasattr(quoteattr, name)
    assert {"extract", "Extractor", "sentences", "Quote", "Span", "evaluate"} <= set(
        quoteattr.__all__
    )


def test_extract_json_text_full_of_quote_marks_gives_valid_quotes() -> None:
    """The seeds' gold JSONL read as text (quotation marks everywhere) once made a draft
    whose fragment ran past its content and extract raised SpanError; now it returns
    quotes whose fragments lie inside their content."""
    text = (SEEDS / "seeds.gold.jsonl").read_text(encoding="utf-8")
    quotes = extract(text)
    assert quotes
    for quote in quotes:
        assert all(quote.content.contains(f) for f in quote.fragments)
        assert all(text[f.start : f.end] == f.text for f in quote.fragments)


def test_extractor_max_length_refuses_longer_texts() -> None:
    """A text over max_length is a TooLongError saying how to lift the limit; None lifts it."""
    text = "“Yes,” Peskov said. " * 10
    with pytest.raises(TooLongError, match=r"200 characters, above .* max_length of 199"):
        Extractor(max_length=199)(text)
    assert Extractor(max_length=200)(text) == Extractor(max_length=None)(text) == extract(text)
    assert Extractor().max_length == 10_000_000


@pytest.mark.parametrize("value", [0, -5, 1.5, "10", True])
def test_extractor_max_length_must_be_a_positive_int_or_none(value: object) -> None:
    """A bad max_length is a ConfigError when the extractor is built."""
    with pytest.raises(ConfigError, match="max_length"):
        Extractor(max_length=value)  # type: ignore[arg-type]


@pytest.mark.parametrize("enabled", [True, False])
def test_extract_pauses_the_collector_and_restores_it(
    monkeypatch: pytest.MonkeyPatch, enabled: bool
) -> None:
    """The cyclic GC is off while the stages run, and back as it was afterwards."""
    original = sieve.resolve
    seen: list[bool] = []

    def spying(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return original(*args, **kwargs)

    monkeypatch.setattr(sieve, "resolve", spying)  # what the speakers stage calls
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        Extractor()("“Yes,” Peskov said.")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
    assert seen == [False]


# --- the stages -----------------------------------------------------------------------


def test_pipeline_stage_names_list_every_stage_in_order() -> None:
    """The default extractor runs the seven stages of STAGES, in their order, with the
    learned layer before the speakers; ``model=None`` runs STAGES alone."""
    assert Extractor().stage_names == NAMES
    assert tuple(stage.name for stage in STAGES) == RULES
    assert Extractor(model=None).stages == STAGES == default_stages()
    assert Extractor().stages == default_stages(model=ModelFile())


def test_pipeline_default_stages_with_topics_reads_topics() -> None:
    """default_stages(topics=True) swaps in ReportedSpeech(topics=True), the rest unchanged."""
    stages = default_stages(topics=True)
    assert tuple(stage.name for stage in stages) == RULES
    reported = stages[RULES.index("reported")]
    assert isinstance(reported, ReportedSpeech)
    assert reported.topics is True
    assert [s for s in stages if s.name != "reported"] == [
        s for s in STAGES if s.name != "reported"
    ]
    assert Extractor(topics=True, model=None).stages == stages
    assert tuple(s.name for s in default_stages(reported=False)) == (
        "quotations",
        "direct",
        "speakers",
    )


def test_pipeline_reported_false_keeps_only_the_quotation_stages(texts: list[str]) -> None:
    """reported=False drops the four reported-speech stages: quotes of quotation marks alone."""
    quotations = Extractor(reported=False)
    assert quotations.stage_names == ("quotations", "direct", "speakers")
    by_name = Extractor().without(*REPORTED_SPEECH, "model")
    assert by_name.stage_names == quotations.stage_names
    results = [quotations(t) for t in texts]
    assert results == [by_name(t) for t in texts]
    assert all(q.kind in {Kind.DIRECT, Kind.MIXED} for quotes in results for q in quotes)
    assert sum(map(len, results)) > 10
    text = "“Two,” she said. He added that it was over."
    assert [(q.kind, q.text) for q in quotations(text)] == [(Kind.DIRECT, "Two,")]
    assert [(q.kind, q.text) for q in extract(text)] == [
        (Kind.DIRECT, "Two,"),
        (Kind.INDIRECT, "it was over"),
    ]


def test_pipeline_without_switches_a_stage_off_in_a_new_extractor() -> None:
    """without("reported") is a new extractor without that stage; the original keeps it."""
    extractor = Extractor(model=None)
    without = extractor.without("reported")
    assert without is not extractor
    assert extractor.stage_names == RULES
    assert without.stage_names == tuple(n for n in RULES if n != "reported")
    text = "“One,” Peskov said. He added that it was over."
    assert [q.kind for q in extractor(text)] == [Kind.DIRECT, Kind.INDIRECT]
    assert [q.kind for q in without(text)] == [Kind.DIRECT]
    quote = extractor(text)[0]
    (alone,) = without(text)
    assert alone.content == quote.content
    assert alone.speaker is not None
    assert alone.speaker.name == "Peskov"


def test_pipeline_replacing_swaps_in_a_stage_by_name(texts: list[str]) -> None:
    """replacing("speakers", stage) is a new extractor that runs the given stage in its place."""
    extractor = Extractor()
    replaced = extractor.replacing("speakers", UnresolvedSpeakers())
    assert replaced is not extractor
    assert extractor.stage_names == NAMES
    assert replaced.stage_names == (*NAMES[:-1], "unresolved")
    for text in texts:
        quotes = replaced(text)
        assert [(q.kind, q.content) for q in quotes] == [
            (q.kind, q.content) for q in extractor(text)
        ]
        assert all(q.speaker is None and q.sieve == "unresolved" for q in quotes)


def test_pipeline_extractor_with_a_custom_stage_pickles_and_runs_in_workers(
    texts: list[str],
) -> None:
    """An extractor with a caller's stage pickles, and two workers give its serial results."""
    extractor = Extractor().replacing("speakers", UnresolvedSpeakers(label="stand-in"))
    back = pickle.loads(pickle.dumps(extractor))
    assert back == extractor
    serial = [extractor(t) for t in texts]
    assert [back(t) for t in texts] == serial
    assert list(extractor.pipe(texts, n_process=2, batch_size=2)) == serial
    assert {q.sieve for quotes in serial for q in quotes} == {"stand-in"}


@pytest.mark.parametrize(
    "change",
    [
        lambda extractor: extractor.without("speaker"),
        lambda extractor: extractor.replacing("speaker", UnresolvedSpeakers()),
    ],
    ids=["without", "replacing"],
)
def test_pipeline_unknown_stage_name_is_a_config_error_naming_the_stages(change: Any) -> None:
    """A name no stage has raises ConfigError that lists the stages there are."""
    with pytest.raises(ConfigError, match="no stage called 'speaker'") as raised:
        change(Extractor())
    assert ", ".join(NAMES) in str(raised.value)


@pytest.mark.parametrize(
    "make",
    [
        lambda: Extractor().without("quotations"),
        lambda: Extractor(stages=[QuotationDrafts(), QuotationMarks(), Speakers()]),
    ],
    ids=["without-quotations", "out-of-order"],
)
def test_pipeline_stage_reading_what_no_earlier_stage_adds_is_refused(make: Any) -> None:
    """A stage reading what no earlier stage adds is a ConfigError at construction, naming it."""
    with pytest.raises(ConfigError, match="stage 'direct' reads passages, which no stage"):
        make()


@pytest.mark.parametrize(
    "make",
    [
        lambda: Extractor().without("speakers"),
        lambda: Extractor(stages=[QuotationMarks(), QuotationDrafts()]),
        lambda: Extractor(stages=[]),
    ],
    ids=["without-speakers", "two-stages", "none"],
)
def test_pipeline_stages_that_add_no_quotes_are_refused(make: Any) -> None:
    """A stage list in which no stage adds "quotes" is a ConfigError when it is built."""
    with pytest.raises(ConfigError, match="no stage adds quotes"):
        make()


def test_pipeline_two_stages_with_one_name_are_refused() -> None:
    """Two stages called alike are a ConfigError, whether given so or made by replacing."""
    with pytest.raises(ConfigError, match="two stages are called 'speakers'"):
        Extractor(stages=[*STAGES, Speakers()])
    with pytest.raises(ConfigError, match="two stages are called 'unresolved'"):
        Extractor().replacing("labels", UnresolvedSpeakers()).replacing(
            "speakers", UnresolvedSpeakers()
        )


def test_pipeline_something_that_is_not_a_stage_is_refused() -> None:
    """An object without a name and a __call__ is a ConfigError saying what a stage needs."""
    with pytest.raises(ConfigError, match="a stage needs a name"):
        Extractor(stages=[*STAGES, object()])  # type: ignore[list-item]


def test_pipeline_stage_without_reads_and_adds_is_refused() -> None:
    """A stage with a name and a __call__ but no reads or adds is a ConfigError, not a crash."""

    class HalfAStage:
        name = "half-a-stage"

        def __call__(self, doc: Document) -> None:
            """Does nothing."""

    with pytest.raises(ConfigError, match="a stage needs a name"):
        Extractor(stages=[*STAGES, HalfAStage()])  # type: ignore[list-item]


def test_pipeline_stage_reads_must_be_a_tuple_of_field_names() -> None:
    """Reads given as one string, or naming no Document field, are a ConfigError."""

    @frozen
    class Odd:
        reads: tuple[str, ...]
        name: ClassVar[str] = "odd"
        adds: ClassVar[tuple[str, ...]] = ()

        def __call__(self, doc: Document) -> None:
            """Does nothing."""

    with pytest.raises(ConfigError, match="tuples of Document field names"):
        Extractor(stages=[*STAGES, Odd("drafts")])  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="'verbs', which a Document does not have"):
        Extractor(stages=[*STAGES, Odd(("verbs",))])


def test_pipeline_reported_speech_alone_runs_without_the_quotation_stages() -> None:
    """Without the quotation stages the reported-speech ones still run: drafts start empty.
    The learned layer reads the quotations' passages, so it goes too."""
    with pytest.raises(ConfigError, match="stage 'model' reads passages"):
        Extractor().without("quotations", "direct")
    extractor = Extractor().without("quotations", "direct", "model")
    quotes = extractor("“Ready,” she said. The minister said the talks had failed.")
    assert [q.kind.value for q in quotes] == ["indirect"]


def test_pipeline_extractors_compare_by_value_and_show_their_stages() -> None:
    """Extractor() equals Extractor() (and hashes alike), and its repr lists the stage names."""
    assert Extractor() == Extractor()
    assert hash(Extractor()) == hash(Extractor())
    assert Extractor() != Extractor().without("labels")
    assert Extractor() != Extractor(topics=True)
    assert f"stages={NAMES!r}" in repr(Extractor())
