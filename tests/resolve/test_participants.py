"""Tests for quoteattr.resolve.participants: who "I" and "you" are outside quotations."""

from __future__ import annotations

import pytest

from quoteattr.resolve.participants import Participants


def _writer(text: str, at: str) -> str | None:
    found = Participants(text).writer(text.index(at))
    return found.text if found else None


def _addressee(text: str, at: str) -> str | None:
    found = Participants(text).addressee(text.index(at))
    return found.text if found else None


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        ("Hi, I'm Josh Kindig and this is my channel. I think it works.", "Josh Kindig"),
        ("Welcome back! I’m your host as always, Dave. I think it works.", "Dave"),
        ("My name is Ann Smith. I think it works.", "Ann Smith"),
        ("I'm Sorry to say so. I think it works.", None),  # no name: one capitalised word
        ("I am 61 now. I think it works.", None),
    ],
)
def test_participants_a_self_introduction_names_the_writer(text: str, writer: str | None) -> None:
    assert _writer(text, "I think") == writer


def test_participants_the_nearest_introduction_before_wins() -> None:
    text = "I'm Mario Lucero. I draw.\nAnd I'm Isabel Ruiz. I write."
    assert _writer(text, "I draw") == "Mario Lucero"
    assert _writer(text, "I write") == "Isabel Ruiz"
    assert _writer("I draw. I'm Mario Lucero.", "I draw") == "Mario Lucero"


@pytest.mark.parametrize(
    "ending",
    [
        "We hope to see you.\nYours,\nBill",
        "We hope to see you.\nLove always,\nBill\nSee you soon!",
        "We hope to see you.\nSincerely, [Bill]",
        "We hope to see you.\nLove ya.\nBill\nP.S. What about the cat?",
    ],
)
def test_participants_a_letter_is_signed_by_its_writer(ending: str) -> None:
    text = f"Dear Hannah:\nI think we are back. {ending}"
    assert _writer(text, "I think") == "Bill"
    assert _addressee(text, "we are") == "Hannah"


def test_participants_a_closing_word_far_from_the_end_is_no_signature() -> None:
    text = "Love,\nBill\n" + "I think the weather holds. " * 40
    assert _writer(text, "I think") is None


def test_participants_an_interview_names_whom_it_interviews() -> None:
    text = (
        "Wikinews interviews Marymegan Daly on a new sea anemone\n"
        "How did you come to be involved, as I asked before?\n"
        "I was amazed.\n"
    )
    assert _writer(text, "I was") == "Marymegan Daly"
    assert _addressee(text, "you come") == "Marymegan Daly"
    assert _writer(text, "I asked") is None  # a question is the interviewer's


def test_participants_an_interview_may_name_roles_before_the_name() -> None:
    text = "Interview with US political activist and philosopher Noam Chomsky\nI think so."
    assert _writer(text, "I think") == "Noam Chomsky"


def test_participants_unnamed_text_has_no_names() -> None:
    text = "I found out today. You should know."
    assert _writer(text, "I found") is None
    assert _addressee(text, "You should") is None


def test_participants_the_interviewee_is_the_first_match_that_names_a_person() -> None:
    """An opening may say "interviews" before a role and "spoke with" before the name."""
    text = (
        "Wikinews interviews President of the Magicians' Guild\n"
        "Wikinews spoke with William Evans, its president.\nI think so.\n"
    )
    assert _writer(text, "I think") == "William Evans"
    assert _writer("Wikinews interviews Japan's envoy\nI think so.", "I think") is None


_EXCHANGE = (
    "Do you still dance on Sundays?\nI do. I think that it keeps me young.\n"
    "Who do you go with?\nFriends.\nIs it far?\nNo.\nWhen did you start?\nLast year.\n"
    "Would you teach me?\nI think that you would like it.\n"
)


def test_participants_plain_questions_on_many_lines_make_a_dialogue() -> None:
    assert Participants(_EXCHANGE).dialogue()


@pytest.mark.parametrize(
    "text",
    [
        "I think that it works.\nWhy? It is cheap.\n",  # one question
        "Is it? Was it? Could it? Would it? Should it? I think so.\n",  # one line
        "\n".join(["Is it far?"] * 5 + ["It is."] * 50),  # under a tenth of the lines
        "“Is it far?” he asked.\n" * 8,  # quoted questions are not turns of the text
    ],
)
def test_participants_few_question_lines_are_no_dialogue(text: str) -> None:
    assert not Participants(text).dialogue()


def test_participants_blank_lines_do_not_count_as_lines() -> None:
    text = "\n\n".join(["Is it far?"] * 5 + ["It is."] * 40)
    assert Participants(text).dialogue()


@pytest.mark.parametrize(
    ("heading", "speaker"),
    [
        ("Remarks by President Ann Lee on the Budget\n", "President Ann Lee"),
        ("Washington – Senator Bo Park delivered remarks on the floor today.\n", "Senator Bo Park"),
        ("Park Floor Speech in Support of the Bill\n", "Park"),
        ("Statement by New Zealand on the Treaty\n", None),  # a country, not a person
    ],
)
def test_participants_a_transcripts_heading_names_its_speaker(
    heading: str, speaker: str | None
) -> None:
    assert _writer(heading + "I think that the bill works.", "I think") == speaker


def test_participants_turn_labels_name_each_turns_speaker() -> None:
    text = (
        "Remarks by President Ann Lee and Vice President Bo Park\n"
        "6:13 P.M. EDT THE VICE PRESIDENT:\nThank you. I am honored.\n"
        "Please welcome our President. THE PRESIDENT:\nWell, I am glad.\n"
        "SENATOR KIM:\nI agree. Kim voted for it.\n"
    )
    assert _writer(text, "I am honored") == "Vice President Bo Park"
    assert _writer(text, "I am glad") == "President Ann Lee"  # not "Vice President …"
    assert _writer(text, "I agree") == "SENATOR KIM"


def test_participants_a_heading_in_capitals_is_no_turn() -> None:
    text = "UPDATE:\nI think that the bill works."
    assert _writer(text, "I think") is None


def test_participants_two_speakers_introduced_leave_other_lines_unsaid() -> None:
    """When two people introduce themselves ("I'm Ann Lee." / "And I'm Bo Park."), or the
    host says who joins them, "I" is the introducer only on the introduction's own line."""
    text = "Hello.\nI'm Ann Lee.\nAnd I'm Bo Park.\nI think so."
    participants = Participants(text)
    assert participants.several()
    found = participants.writer(text.index("I'm Bo") + 1)
    assert found is not None
    assert found.text == "Bo Park"
    assert participants.writer(text.rindex("I think")) is None
    joined = Participants("I'm your host, Dave, and I am joined by Alex.\nI think so.")
    assert joined.several()
    alone = Participants("I'm Ann Lee.\nI think so.")
    assert not alone.several()
    found = alone.writer(len("I'm Ann Lee.\n"))
    assert found is not None
    assert found.text == "Ann Lee"


def test_participants_a_name_that_modifies_a_noun_is_no_interviewee() -> None:
    """ "Wikinews interviews New York bar owner" names a bar owner, not "New York"; "Wikinews
    interviews Ann Lee about …" names Ann Lee."""
    assert (
        Participants("Wikinews interviews New York bar owner on a drink\nDo you?").addressee(40)
        is None
    )
    found = Participants("Wikinews interviews Ann Lee about a drink\nDo you?").addressee(45)
    assert found is not None
    assert found.text == "Ann Lee"
