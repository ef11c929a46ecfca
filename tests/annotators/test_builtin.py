"""Tests for quoteattr.annotators.builtin: quoteattr's own sentences, and nothing else."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr import Extractor, extract
from quoteattr.annotators import annotate
from quoteattr.annotators.annotation import Annotation
from quoteattr.annotators.builtin import builtin_annotation
from quoteattr.segment import sentences

NEWS = (
    "Kremlin spokesman Dmitry Peskov said on Monday the talks were “useful”.\n"
    "“We will see,” he added. Mr. Lee, of the U.S. embassy, declined to comment."
)


def test_builtin_annotation_is_quoteattrs_sentences() -> None:
    """The built-in annotation holds exactly the sentences ``segment.sentences`` finds."""
    annotation = builtin_annotation(NEWS)
    assert annotation == Annotation(tuple(sentences(NEWS)))
    assert [s.text for s in annotation.sentences] == [s.text for s in sentences(NEWS)]
    assert len(annotation.sentences) == 3


def test_builtin_annotation_is_the_sentences() -> None:
    """Two sentences give an annotation of those two sentences, as ``annotate`` gives it."""
    text = "Peskov said it was false. He added more."
    assert builtin_annotation(text) == Annotation(tuple(sentences(text)))
    assert annotate("builtin", text) == builtin_annotation(text)


def test_builtin_annotation_has_no_entities_frames_or_chains() -> None:
    """No model ran: the annotation carries no entities, parse frames or chains."""
    annotation = builtin_annotation(NEWS)
    assert (annotation.entities, annotation.frames, annotation.chains) == ((), (), ())


def test_builtin_annotation_of_empty_and_blank_text_is_empty() -> None:
    """A text with no words has no sentences."""
    assert builtin_annotation("") == Annotation(())
    assert builtin_annotation(" \n\n\t ") == Annotation(())


def test_builtin_annotation_is_what_the_builtin_annotator_gives() -> None:
    """``annotate("builtin", …)`` is the built-in annotation."""
    assert annotate("builtin", NEWS) == builtin_annotation(NEWS)


def test_builtin_annotation_gives_the_default_extractors_quotes() -> None:
    """Extracting with the built-in annotation by hand is what ``extract`` does."""
    assert extract(NEWS)
    assert Extractor().annotated(NEWS, builtin_annotation(NEWS)) == extract(NEWS)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from("Ab .?!“”\"'\n,"), max_size=80))
def test_builtin_annotation_sentences_are_ordered_spans_of_the_text(text: str) -> None:
    """For any text, the sentences are exact, ordered, non-overlapping slices, and nothing
    else is annotated."""
    annotation = builtin_annotation(text)
    assert annotation == Annotation(tuple(sentences(text)))
    previous_end = 0
    for sentence in annotation.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert previous_end <= sentence.start < sentence.end
        previous_end = sentence.end
    assert (annotation.entities, annotation.frames, annotation.chains) == ((), (), ())
