"""Tests for quoteattr.resolve.narrative: the people a narration names, for he and she."""

from __future__ import annotations

from quoteattr import extract
from quoteattr.model import Span
from quoteattr.resolve.gazetteer import Gender
from quoteattr.resolve.names import NameIndex
from quoteattr.resolve.narrative import Narrative
from quoteattr.segment.tokens import tokens


def _narrative(
    text: str, inside: tuple[tuple[int, int], ...] = (), speakers: frozenset[str] = frozenset()
) -> Narrative:
    toks = tokens(text)

    def covered(offset: int) -> bool:
        return any(start <= offset < end for start, end in inside)

    return Narrative(text, covered, NameIndex(text, toks), speakers)


STORY = (
    "Then Elinor looked at Edward. So Edward was silent, and he looked away. "
    "Then Elinor sighed and Edward smiled. So Elinor laughed; she could not help it.\n"
    "Then a long silence."
)


def test_narrative_a_pronoun_means_the_first_person_of_its_gender_in_the_paragraph() -> None:
    narrative = _narrative(STORY)
    end = STORY.rindex("Then")
    assert narrative.antecedent(end, 0, Gender.FEMALE) == "Elinor"
    assert narrative.antecedent(end, 0, Gender.MALE) == "Edward"


def test_narrative_in_a_later_paragraph_the_nearest_one_before_wins() -> None:
    narrative = _narrative(STORY)
    paragraph = STORY.rindex("Then")
    assert narrative.antecedent(len(STORY), paragraph, Gender.MALE) == "Edward"


def test_narrative_a_word_once_capitalised_or_also_lower_case_is_no_name() -> None:
    """Only a word the text capitalises in mid sentence again and again, and never writes in
    lower case, counts as a name; "Poor" and "Marsh" (once) do not."""
    text = "Poor thing. The poor man met Marsh. He left. " * 1 + STORY
    narrative = _narrative(text)
    assert narrative.antecedent(len(text), 0, Gender.MALE) == "Edward"


def test_narrative_names_inside_quotations_are_not_the_narrations() -> None:
    """A woman named only inside a quotation is no one the narration named."""
    text = "Then Edward came in. So Edward sat. Then Edward said “Mary Lane is here” and left."
    quoted = (text.index("“"), text.index("”") + 1)
    narrative = _narrative(text, (quoted,))
    assert narrative.antecedent(len(text), 0, Gender.FEMALE) is None
    assert _narrative(text).antecedent(len(text), 0, Gender.FEMALE) == "Mary Lane"


def test_narrative_he_in_a_dialogue_tag_is_the_man_the_paragraph_names() -> None:
    text = STORY + (
        "\n\nSo Elinor turned. “Are you tired?” she asked.\n\n"
        "Then Edward shook his head. “Not at all,” he said."
    )
    names = [q.speaker.name if q.speaker else None for q in extract(text)]
    assert names == ["Elinor", "Edward"]


def test_narrative_a_quotation_calls_a_known_person_by_name() -> None:
    """A vocative ("…, Pat, …", "Pat!") names whom a quotation addresses, the last one
    it calls; a capitalised word that is no person ("Well,") calls no one."""
    text = "Ann Lee met Pat Ross. “Well, Pat, where is it? Ann, look!” “Well, where?”"
    narrative = _narrative(text)
    first = text.index("Well, Pat")
    assert narrative.addressed(Span.of(text, first, text.index("”"))) == "Ann Lee"
    assert narrative.addressed(Span.of(text, first, text.index("Ann,"))) == "Pat Ross"
    last = text.rindex("Well")
    assert narrative.addressed(Span.of(text, last, len(text) - 1)) is None


def test_narrative_a_full_name_of_unknown_gender_needs_a_person_s_evidence() -> None:
    """A full name whose gender the text never says fits "he" and "she" only when something
    says it is a person's: a title, a role, or a speech tag that gives it as a source. A
    place written like a name ("North Welwyn Tunnel") is no one."""
    place = "They drove through North Welwyn Tunnel. Then North Welwyn Tunnel was dark."
    assert _narrative(place).antecedent(len(place), 0, Gender.MALE) is None
    person = place.replace("North Welwyn Tunnel", "Chan-il Anwar")
    assert _narrative(person).antecedent(len(person), 0, Gender.MALE) is None
    speaking = _narrative(person, speakers=frozenset({"Anwar"}))
    assert speaking.antecedent(len(person), 0, Gender.MALE) == "Chan-il Anwar"
    titled = "They met Dr. Chan-il Anwar. Then Chan-il Anwar was late."
    assert _narrative(titled).antecedent(len(titled), 0, Gender.FEMALE) == "Chan-il Anwar"
