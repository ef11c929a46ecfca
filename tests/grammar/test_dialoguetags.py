"""Tests for quoteattr.grammar.dialoguetags: tags read by position, not by the cue table."""

from __future__ import annotations

from quoteattr.grammar.dialoguetags import owned_words, subject_then_verb
from quoteattr.grammar.mentions import MentionForm
from quoteattr.segment.tokens import tokens


def test_dialoguetags_a_subject_then_a_past_tense() -> None:
    """ "Mr. Lee cautiously nodded": the subject, an adverb, then the tag's verb."""
    text = "Mr. Lee cautiously nodded."
    found = subject_then_verb(text, tokens(text), 0)
    assert found is not None
    cue, entry, mention = found
    assert (cue.text, entry.lemma, entry.category) == ("nodded", "nodded", "manner")
    assert mention.span.text == "Lee"


def test_dialoguetags_the_owner_of_words_said() -> None:
    """ "was Ann Lee’s farewell remark": the owner, without its "’s", is the source; "was
    her answer" has the pronoun; a noun of no words said ("was her car") is no tag."""
    text = "was Ann Lee’s farewell remark."
    found = owned_words(text, tokens(text), 1)
    assert found is not None
    assert (found[0].text, found[2].span.text) == ("remark", "Ann Lee")
    text = "was her answer."
    found = owned_words(text, tokens(text), 1)
    assert found is not None
    assert (found[2].span.text, found[2].form) == ("her", MentionForm.PRONOUN)
    text = "was her car."
    assert owned_words(text, tokens(text), 1) is None


def test_dialoguetags_no_verb_past_a_comma() -> None:
    """A comma before any past tense ends the search: "Ann, who smiled" is not a tag."""
    text = "Ann, who smiled"
    assert subject_then_verb(text, tokens(text), 0) is None
