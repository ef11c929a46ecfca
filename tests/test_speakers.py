"""Speaker resolution end to end: pronouns, roles, governments, headings, first person."""

from __future__ import annotations

import pytest

from quoteattr import Span, SpeakerKind, extract


def _names(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in extract(text)]


def test_speakers_pronoun_takes_the_subject_of_the_sentence_before() -> None:
    """ "He" after "James Nixey is the director …" is Nixey, not an earlier speaker."""
    text = (
        "“We are ready,” Putin said.\n"
        "James Nixey is the director of a research programme. "
        "He said Russia cannot produce enough shells."
    )
    quotes = extract(text)
    assert quotes[-1].speaker is not None
    assert quotes[-1].speaker.name == "James Nixey"
    assert quotes[-1].sieve == "pronoun-salience"


def test_speakers_pronoun_gender_rules_out_the_wrong_person() -> None:
    """ "she" skips the nearer male speaker for the earlier female one."""
    text = "“Yes,” said Maria Zakharova.\n“No,” said John Kirby.\n“Maybe,” she added."
    assert _names(text) == ["Maria Zakharova", "John Kirby", "Maria Zakharova"]


def test_speakers_country_and_capital_stand_for_the_government() -> None:
    text = "Japan warned that the deal would break a resolution. Tokyo said it was “serious”."
    quotes = extract(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Japanese government"] * 2
    assert all(q.sieve == "government" for q in quotes)
    assert all(q.speaker and q.speaker.kind is SpeakerKind.ORGANIZATION for q in quotes)


def test_speakers_role_nominal_finds_the_person_introduced_with_that_role() -> None:
    """ "the spokesman" is the one person the text gave that role, even after another speaker."""
    text = (
        "Kremlin spokesman Dmitry Peskov spoke to reporters.\n"
        "“We are ready,” said Ann Lee, a researcher.\n"
        "“The talks will last days,” the spokesman said."
    )
    quotes = extract(text)
    assert quotes[-1].speaker is not None
    assert quotes[-1].speaker.name == "Dmitry Peskov"
    assert quotes[-1].sieve == "role"


def test_speakers_indefinite_source_is_a_new_unnamed_entity() -> None:
    text = "“Fine,” Putin said.\nA spokesman for the ministry said the talks would go on."
    assert _names(text) == ["Putin", "unnamed ministry spokesman"]


def test_speakers_heading_takes_the_speaker_who_says_its_words_later() -> None:
    text = (
        "Talking about “sensitive subjects”\n"
        "The two men must talk about “sensitive subjects”, said Kremlin spokesman Dmitri Peskov."
    )
    quotes = extract(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Dmitri Peskov"] * 2
    assert quotes[0].sieve == "heading-echo"


def test_speakers_a_name_is_spelled_as_the_text_spells_it() -> None:
    """Within a document the text's spelling stands ("Mohamed", not the table's
    "Mohammed"); the variant still has its preferred spelling's gender, so "he" finds it."""
    (quote,) = extract("“We will see,” Dmitri Peskov said.")
    assert quote.speaker is not None
    assert quote.speaker.name == "Dmitri Peskov"
    text = "Ahmed Mohamed arrived on Monday. He said: “I was scared.”"
    (quote,) = extract(text)
    assert (quote.speaker.name if quote.speaker else None) == "Ahmed Mohamed"


def test_speakers_first_person_outside_a_quote_is_the_writer() -> None:
    (quote,) = extract("I think the talks will fail.")
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.sieve) == ("I", "writer")


def test_speakers_interview_answers_are_the_interviewees() -> None:
    """In a question-and-answer interview, "you" in a question and "I" in an answer are
    the one interviewed."""
    text = (
        "Wikinews interviews Ann Lee about the election\n"
        "Do you think that the vote was fair?\n"
        "I think that it was fair.\n"
    )
    assert _names(text) == ["Ann Lee", "Ann Lee"]


def test_speakers_shorter_group_name_joins_the_earlier_group() -> None:
    text = (
        "Russian news agencies reported the arrival.\n"
        "Earlier, Russian agencies had reported the departure."
    )
    assert _names(text) == ["Russian news agencies", "Russian news agencies"]


def test_speakers_relative_pronoun_resolves_through_its_antecedent() -> None:
    """ "who" is the mention in its clause; the speaker is the person it stands for."""
    text = "But President Barack Obama, who endorsed Hillary Clinton on Thursday, spoke later."
    quotes = [q for q in extract(text) if q.mention is not None and q.mention.text == "who"]
    assert quotes
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Barack Obama"


def test_speakers_an_untagged_reply_in_an_exchange_is_the_other_speakers_turn() -> None:
    """Two people quoted in turn in adjacent paragraphs: the next untagged paragraph is the
    reply of the one before the last (a tag's quotation resumed after it stays one quote)."""
    text = (
        "“Is it late?” asked Ann Lee.\n\n"
        "“It is,” said Bob Smith. “Go home.”\n\n"
        "“I will.”\n\n"
        "“Good.”"
    )
    quotes = extract(text)
    assert _names(text) == ["Ann Lee", "Bob Smith", "Ann Lee", "Bob Smith"]
    assert [q.sieve for q in quotes][2:] == ["alternation", "alternation"]


def test_speakers_a_quotation_after_reported_speech_continues_its_source() -> None:
    """News moves from one source's paraphrase to another's quotation: no exchange."""
    text = (
        "Ann Lee said the talks had failed.\n\n"
        "The talks were “a disaster”, Bob Smith told reporters.\n\n"
        "“We will try again.”"
    )
    assert _names(text)[-1] == "Bob Smith"


@pytest.mark.parametrize(
    "verb",
    [
        "cried",
        "exclaimed",
        "whispered",
        "sighed",
        "muttered",
        "interposed",
        "grumbled",
        "drawled",
        "ventured",
        "pursued",
    ],
)
def test_speakers_dialogue_tags_of_fiction_are_cues(verb: str) -> None:
    (quote,) = extract(f"“Not again!” {verb} Ann Lee.")
    assert quote.cue is not None
    assert quote.cue.text == verb
    assert quote.speaker is not None
    assert quote.speaker.name == "Ann Lee"


def test_speakers_a_capitalised_title_is_its_own_speaker_not_the_last_one() -> None:
    """ "the Queen" names one person; a lower-case role ("the expert") is the last one quoted."""
    text = "“Off with his head!” said Ann Lee.\n“Silence,” said the Queen."
    assert _names(text) == ["Ann Lee", "the Queen"]
    text = "“It will fail,” said Ann Lee.\n“Nobody listens,” the expert added."
    assert _names(text) == ["Ann Lee", "Ann Lee"]


def test_speakers_let_me_is_the_writer_and_there_is_no_source() -> None:
    (quote,) = extract("So let me say that the plan works.")
    assert quote.speaker is not None
    assert (quote.mention, quote.speaker.name) == (Span.of("So let me say", 7, 9), "I")
    assert all(q.mention is None for q in extract("There's a rumour that the plan works."))


def test_speakers_he_never_means_the_writer() -> None:
    """The writer's "I" is no antecedent for "he", not even after "added"; with no one
    else named, "he" abstains."""
    assert _names("I said that it was late. He said that it was early.") == ["I", None]
    assert _names("“It will rain,” I said. “And snow,” he added.") == ["I", None]
    text = "Bob Smith met me. I said that it was late. He said that it was early."
    assert _names(text) == ["I", "Bob Smith"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("A Trump ally said that the talks had failed.", ["unnamed Trump ally"]),
        ("This is Ann Lee’s day. I think that it works.", ["I"]),
        (
            "Mark Carney spoke. Markets will mark the day. Carney said that it works.",
            ["Mark Carney"],
        ),
    ],
)
def test_speakers_words_that_look_like_rules_but_are_not(text: str, names: list[str]) -> None:
    """ "ally" is a noun, not an adverb; "this is X’s day" introduces no one; a given name
    that opens a sentence stays in its name even if the text writes the word in lower case."""
    assert _names(text) == names


def test_speakers_an_exchange_skips_back_over_a_repeated_speaker() -> None:
    """The other speaker of an exchange may be several quotes back."""
    text = (
        "“Is it late?” asked Ann Lee.\n\n"
        "“It is,” said Bob Smith.\n\n"
        "“Go home,” Bob Smith added.\n\n"
        "“I will.”"
    )
    assert _names(text)[-1] == "Ann Lee"


def test_speakers_a_title_of_the_other_gender_is_another_of_the_family() -> None:
    """ "Mrs. Herriton" is not the "Philip Herriton" the text named: she keeps her title."""
    text = "Philip Herriton came in.\n“Sit down,” said Mrs. Herriton."
    assert _names(text) == ["Mrs. Herriton"]
    text = "Ann Herriton came in.\n“Sit down,” said Mrs. Herriton."
    assert _names(text) == ["Ann Herriton"]


def test_speakers_a_titled_surname_of_a_family_of_several_keeps_its_title() -> None:
    """Two full names of the family fit "Mr.": the text does not say which he is. One fits
    "Mrs.": she is that one, as news writes "Hillary Clinton … Mrs. Clinton"."""
    family = "Paul Wilcox and Charles Wilcox came in. Evie Wilcox stayed.\n"
    assert _names(family + "“Sit down,” said Mr. Wilcox.") == ["Mr. Wilcox"]
    assert _names(family + "“Sit down,” said Mrs. Wilcox.") == ["Evie Wilcox"]
    clintons = "Bill Clinton met Hillary Clinton.\n"
    assert _names(clintons + "“We won,” Mrs. Clinton said.") == ["Hillary Clinton"]
    assert _names(clintons + "“We won,” Mr. Clinton said.") == ["Bill Clinton"]


def test_speakers_a_mrs_and_a_miss_of_one_family_are_two_women() -> None:
    """A family name the text writes after both "Mrs." and "Miss" belongs to two women,
    so neither takes the one full name of the family by its surname alone."""
    text = (
        "Katharine Hilbery sat with Mrs. Hilbery. Miss Hilbery smiled.\n"
        "“Tea?” asked Mrs. Hilbery.\n“No,” said Miss Hilbery."
    )
    assert _names(text) == ["Mrs. Hilbery", "Miss Hilbery"]
