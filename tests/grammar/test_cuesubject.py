"""Tests for quoteattr.grammar.cuesubject: the source of a leading cue."""

from __future__ import annotations

from quoteattr.grammar.cuematch import match_cue
from quoteattr.grammar.cuesubject import cue_subject
from quoteattr.grammar.mentions import MentionForm
from quoteattr.segment.tokens import tokens


def _subject_of(text: str, cue: str) -> tuple[str, MentionForm, str | None] | None:
    toks = tokens(text)
    index = next(i for i, t in enumerate(toks) if t.text == cue and match_cue(text, toks, i))
    mention = cue_subject(text, toks, index, heading=False, previous=None)
    if mention is None:
        return None
    antecedent = mention.antecedent.span.text if mention.antecedent else None
    return mention.span.text, mention.form, antecedent


def test_cuesubject_relative_pronoun_is_the_mention_and_keeps_its_antecedent() -> None:
    """ "Dr Ana Ruiz, who said …": the mention is "who", the antecedent the name."""
    text = "Dr Ana Ruiz, who said the trial had ended, left early."
    assert _subject_of(text, "said") == ("who", MentionForm.RELATIVE, "Ana Ruiz")


def test_cuesubject_relative_that_gives_the_noun_phrase() -> None:
    """ "a union that argued …": "that" is no mention; the noun phrase before it is."""
    text = "Members of a union that argued the rules were unfair walked out."
    subject = _subject_of(text, "argued")
    assert subject is not None
    assert subject[0] == "a union"


def test_cuesubject_that_as_conjunction_gives_no_source() -> None:
    """ "… so that said …" after no noun phrase: "that" is a conjunction, not a subject."""
    assert _subject_of("It was late, so that said nothing.", "said") is None
