"""Tests for quoteattr.grammar.speechtags: tags after and before a passage, and at the end."""

from __future__ import annotations

import pytest

from quoteattr.grammar.mentions import MentionForm
from quoteattr.grammar.speechtags import SpeechTag, tag_after, tag_at_end, tag_before
from quoteattr.model import Span
from quoteattr.segment.tokens import tokens

NAME = MentionForm.NAME
NOMINAL = MentionForm.NOMINAL
ORGANIZATION = MentionForm.ORGANIZATION
PRONOUN = MentionForm.PRONOUN

PASSAGE = "“We talked about the possibility of training a North Korean cosmonaut,”"


def located(text: str, part: str, after: int = 0) -> Span:
    """The span of the first occurrence of ``part`` in ``text`` at or after ``after``."""
    start = text.index(part, after)
    return Span.of(text, start, start + len(part))


def check_tag(
    tag: SpeechTag | None,
    text: str,
    *,
    cue: str,
    lemma: str,
    mention: str | None,
    form: MentionForm | None,
    after: int,
) -> None:
    """The tag's cue and mention are at the expected offsets of ``text``."""
    assert tag is not None
    assert tag.cue == located(text, cue, after)
    assert tag.entry.lemma == lemma
    if mention is None:
        assert tag.mention is None
        return
    assert tag.mention is not None
    assert tag.mention.span == located(text, mention, after)
    assert tag.mention.form is form


TRAILING = [
    (", Peskov said, according to Russian news agencies.", "said", "say", "Peskov", NAME),
    (", said the expert.", "said", "say", "the expert", NOMINAL),
    (
        ", An Chan-il, a defector-turned-researcher who runs the World Institute for North"
        " Korea Studies, told AFP.",
        "told",
        "tell",
        "An Chan-il",
        NAME,
    ),
    (", the Kremlin said in a statement.", "said", "say", "the Kremlin", ORGANIZATION),
    (", indicated the same source.", "indicated", "indicate", "the same source", NOMINAL),
    (
        ", had indicated in advance the Kremlin spokesperson, Dmitri Peskov.",
        "indicated",
        "indicate",
        "Dmitri Peskov",
        NAME,
    ),
    (
        ", foreign ministry spokeswoman Maria Zakharova told TASS.",
        "told",
        "tell",
        "Maria Zakharova",
        NAME,
    ),
    (", he said.", "said", "say", "he", PRONOUN),
    (", Putin said.", "said", "say", "Putin", NAME),
    (", said Russian President Vladimir Putin.", "said", "say", "Vladimir Putin", NAME),
    (
        ", North Korea’s official KCNA news agency reported.",
        "reported",
        "report",
        "KCNA",
        ORGANIZATION,
    ),
    (", according to Peskov.", "according to", "according to", "Peskov", NAME),
]


@pytest.mark.parametrize(("tail", "cue", "lemma", "mention", "form"), TRAILING)
def test_speechtags_tag_after(
    tail: str, cue: str, lemma: str, mention: str, form: MentionForm
) -> None:
    """tag_after reads the cue and source after a closing quote mark, at exact offsets."""
    text = PASSAGE + tail
    after = len(PASSAGE)
    tag = tag_after(text, tokens(text, after))
    check_tag(tag, text, cue=cue, lemma=lemma, mention=mention, form=form, after=after)


@pytest.mark.parametrize(("tail", "cue", "lemma", "mention", "form"), TRAILING)
def test_speechtags_tag_after_on_tail_alone(
    tail: str, cue: str, lemma: str, mention: str, form: MentionForm
) -> None:
    """tag_after gives the same cue and mention when the tail is the whole text."""
    tag = tag_after(tail, tokens(tail))
    check_tag(tag, tail, cue=cue, lemma=lemma, mention=mention, form=form, after=0)


@pytest.mark.parametrize(
    "tail",
    [
        ", and then the rain stopped.",
        ".",
        "",
        " the next day.",
        ", the war in Ukraine.",
        ", Peskov, a spokesman.",
    ],
)
def test_speechtags_tag_after_without_cue_is_none(tail: str) -> None:
    """tag_after gives None when the tail holds no speech tag."""
    text = PASSAGE + tail
    assert tag_after(text, tokens(text, len(PASSAGE))) is None


def test_speechtags_tag_after_source_cue_after_mention_is_none() -> None:
    """A mention followed by "according to" is not a speech tag."""
    text = PASSAGE + ", Peskov according to reports."
    assert tag_after(text, tokens(text, len(PASSAGE))) is None


LEADING = [
    ("Putin said: ", "said", "say", "Putin", NAME),
    ("X told AFP: ", "told", "tell", "X", NAME),
    ("Peskov told reporters that ", "told", "tell", "Peskov", NAME),
    ("The Kremlin said: ", "said", "say", "The Kremlin", ORGANIZATION),
    ("He added: ", "added", "add", "He", PRONOUN),
    ("He later said: ", "said", "say", "He", PRONOUN),
    (
        "An Chan-il, a defector-turned-researcher who heads the Global Institute for North"
        " Korea Studies, said before the meeting that ",
        "said",
        "say",
        "An Chan-il",
        NAME,
    ),
    ("Russian President Vladimir Putin said, ", "said", "say", "Vladimir Putin", NAME),
]


@pytest.mark.parametrize(("head", "cue", "lemma", "mention", "form"), LEADING)
def test_speechtags_tag_before(
    head: str, cue: str, lemma: str, mention: str, form: MentionForm
) -> None:
    """tag_before reads the cue and source that introduce a passage, at exact offsets."""
    prefix = "The talks ended. "
    text = prefix + head + "“we will meet again.”"
    toks = tokens(text, len(prefix), len(prefix) + len(head))
    tag = tag_before(text, toks)
    check_tag(tag, text, cue=cue, lemma=lemma, mention=mention, form=form, after=len(prefix))


@pytest.mark.parametrize(
    "head",
    [
        "the war in Ukraine: ",
        "Peskov continued that Putin gave Kim a ",
        "Putin said he wanted ",
        "",
        "According to Peskov, ",
    ],
)
def test_speechtags_tag_before_without_tag_is_none(head: str) -> None:
    """tag_before gives None when no cue introduces the passage."""
    text = head + "“high-quality” rifle."
    assert tag_before(text, tokens(text, 0, len(head))) is None


def test_speechtags_tag_at_end() -> None:
    """tag_at_end finds a trailing tag after the last comma that has one."""
    text = (
        "Kim will visit factories producing aviation equipment at the spacecraft launch base,"
        " Russian news agencies reported."
    )
    toks = tokens(text)
    found = tag_at_end(text, toks)
    assert found is not None
    tag, comma = found
    assert toks[comma] == located(text, ",")
    assert tag.cue == located(text, "reported")
    assert tag.entry.lemma == "report"
    assert tag.mention is not None
    assert tag.mention.span == located(text, "Russian news agencies")
    assert tag.mention.form is ORGANIZATION


def test_speechtags_tag_at_end_skips_later_commas_without_tag() -> None:
    """tag_at_end skips a later comma whose tail has no tag."""
    text = "The visit will last, Peskov said, a few more days."
    toks = tokens(text)
    found = tag_at_end(text, toks)
    assert found is not None
    tag, comma = found
    assert toks[comma] == located(text, ",")
    assert tag.cue == located(text, "said")
    assert tag.mention is not None
    assert tag.mention.span == located(text, "Peskov")


@pytest.mark.parametrize(
    "text", ["The visit will last a few more days.", "Kim, in turn, gave Putin a carbine."]
)
def test_speechtags_tag_at_end_without_tag_is_none(text: str) -> None:
    """tag_at_end gives None when no comma opens a speech tag."""
    assert tag_at_end(text, tokens(text)) is None


@pytest.mark.parametrize(
    ("tail", "cue", "mention"),
    [
        (", he later said.", "said", "he"),
        (", Peskov also said.", "said", "Peskov"),
        (", Peskov had said.", "said", "Peskov"),
        (", the expert also said.", "said", "the expert"),
    ],
)
def test_speechtags_tag_after_allows_an_adverb_before_the_cue(
    tail: str, cue: str, mention: str
) -> None:
    """An adverb or auxiliary between the source and its cue does not hide the tag."""
    tag = tag_after(tail, tokens(tail))
    assert tag is not None
    assert tag.cue.text == cue
    assert tag.mention is not None
    assert tag.mention.span.text == mention


def test_speechtags_tag_before_keeps_a_role_with_its_prepositional_phrase() -> None:
    """ "A spokesman for the ministry said:" gives the whole nominal as the mention."""
    text = "A spokesman for the ministry said: "
    tag = tag_before(text, tokens(text))
    assert tag is not None
    assert tag.mention is not None
    assert tag.mention.span.text == "A spokesman for the ministry"


@pytest.mark.parametrize(
    ("tag", "name"),
    [
        (", said Lord Henry with a bow.", "Lord Henry"),
        (", said Helen stoutly.", "Helen"),
        (", said Ralph abruptly, and went out.", "Ralph"),
    ],
)
def test_speechtags_an_inverted_tag_keeps_the_name_that_opens_its_phrase(
    tag: str, name: str
) -> None:
    """After an inverted cue the source is the name at the phrase's head, not the phrase."""
    text = f"“Yes{tag[0]}”{tag[1:]}"
    found = tag_after(text, tokens(text, text.index("”") + 1))
    assert found is not None
    assert found.mention is not None
    assert name.endswith(found.mention.span.text)


@pytest.mark.parametrize(
    ("lead", "mention", "form"),
    [
        ("She stopped in the doorway and said:", "She", MentionForm.PRONOUN),
        ("Then Ann Lee read the letter and added,", "Ann Lee", MentionForm.NAME),
        ("Ann Lee, smiling, turned and exclaimed:", "Ann Lee", MentionForm.NAME),
    ],
)
def test_speechtags_a_cue_after_and_shares_the_subject_of_its_clause(
    lead: str, mention: str, form: MentionForm
) -> None:
    """ "X did this and said:" is X's tag: the cue's subject opens the clause."""
    tag = tag_before(lead, tokens(lead))
    assert tag is not None
    assert tag.mention is not None
    assert (tag.mention.span.text, tag.mention.form) == (mention, form)


@pytest.mark.parametrize(
    "lead",
    [
        "The letter came and said:",  # a thing, not a person
        "“Go home.” The door opened and said:",  # no person opens the clause
        "Him and said:",  # not a subject
    ],
)
def test_speechtags_a_cue_after_and_takes_no_other_subject(lead: str) -> None:
    tag = tag_before(lead, tokens(lead))
    assert tag is not None
    assert tag.mention is None
