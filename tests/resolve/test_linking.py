"""Tests for quoteattr.resolve.linking: one full name per person across documents."""

from __future__ import annotations

from quoteattr import extract, link_documents
from quoteattr.resolve.linking import LINKED_CONFIDENCE, CollectionNames


def _speakers(documents: list[str]) -> list[list[str | None]]:
    linked = link_documents(extract(text) for text in documents)
    return [[q.speaker.name if q.speaker else None for q in quotes] for quotes in linked]


def test_linking_surname_takes_the_full_name_other_documents_use() -> None:
    """A surname speaker takes the full name another document gives; alone it stays."""
    documents = [
        "“We are ready,” Peskov said. “Soon,” he added.",
        "Kremlin spokesman Dmitry Peskov said the talks would “go on”.",
    ]
    assert _speakers(documents) == [["Dmitry Peskov"] * 2, ["Dmitry Peskov"]]
    assert _speakers(documents[:1]) == [["Peskov"] * 2]  # alone, nothing to link to


def test_linking_spellings_of_one_name_become_the_one_most_documents_use() -> None:
    """Each document spells a name as its text does; linked, the spellings of one given
    name are one person, named as most documents spell it (on a tie, the preferred form),
    and a surname that both spellings share still links."""
    documents = [
        "“We will see,” Dmitri Peskov said.",
        "Dmitry Peskov said the talks would “go on”.",
        "“Soon,” Peskov said.",
    ]
    assert _speakers(documents) == [["Dmitry Peskov"], ["Dmitry Peskov"], ["Dmitry Peskov"]]
    assert _speakers(documents[:1]) == [["Dmitri Peskov"]]
    mostly = ["“Yes,” Dmitri Peskov said.", "“No,” Dmitri Peskov said.", documents[1]]
    assert _speakers(mostly) == [["Dmitri Peskov"]] * 3
    (quote,) = link_documents([extract(documents[0]), extract(documents[1])])[0]
    assert quote.sieve != "surname-linked"  # a spelling, not a new decision


def test_linking_marks_the_sieve_and_shares_one_speaker() -> None:
    """A linked surname quote says "surname-linked"; the entity's quotes share one Speaker."""
    documents = ["“Yes,” Putin said. “No,” he said.", "Vladimir Putin said “maybe”."]
    quotes = link_documents(extract(text) for text in documents)[0]
    assert quotes[0].sieve == "surname-linked"
    assert quotes[1].sieve == "pronoun-salience"
    assert quotes[0].speaker is quotes[1].speaker


def test_linking_leaves_a_surname_two_full_names_share() -> None:
    """A surname two full names share in equal measure stays a surname."""
    documents = [
        "“Yes,” Clinton said.",
        "Hillary Clinton said “no”.",
        "Bill Clinton said “maybe”.",
    ]
    assert _speakers(documents)[0] == ["Clinton"]


def test_linking_dominant_full_name_wins_over_a_rare_one() -> None:
    """The full name most documents use wins over one used more rarely."""
    documents = [
        "“Yes,” Kim said.",
        "Kim Jong Un said “no”.",
        "Kim Jong Un said “never”.",
        "Kim Jong-dae, a researcher, said “maybe”.",
    ]
    assert _speakers(documents)[0] == ["Kim Jong Un"]


def test_linking_keeps_shape_order_and_offsets() -> None:
    """Linking keeps every document, its quotes and their offsets; no documents give none."""
    documents = ["“Yes,” Putin said.", "", "Nothing quoted here.", "Vladimir Putin said “no”."]
    plain = [extract(text) for text in documents]
    linked = link_documents(plain)
    assert [len(quotes) for quotes in linked] == [len(quotes) for quotes in plain]
    for before, after in zip(plain, linked, strict=True):
        assert [q.content for q in before] == [q.content for q in after]
    assert link_documents([]) == []


def test_linking_ignores_given_names_dates_and_headline_runs() -> None:
    """Only surnames link, and only to runs that look like a person's full name."""
    documents = [
        "“Yes,” Bob said. “No,” Tuesday said. “Maybe,” Vermont said.",
        "Bob Samuels said “no”. Super Tuesday said “no”. Vermont Democrats said “no”.",
    ]
    assert _speakers(documents)[0] == ["Bob", "Tuesday", "Vermont"]


def test_linking_collection_names_adds_then_links_as_link_documents_does() -> None:
    """Adding documents one at a time, then linking each by its number, is ``link_documents``."""
    documents = [
        "“We are ready,” Peskov said. “Soon,” he added.",
        "Kremlin spokesman Dmitry Peskov said the talks would “go on”.",
    ]
    plain = [extract(text) for text in documents]
    index = CollectionNames()
    numbers = [index.add(quotes) for quotes in plain]
    assert numbers == [0, 1]
    linked = [index.link(quotes, number) for quotes, number in zip(plain, numbers, strict=True)]
    assert linked == link_documents(plain)
    first = linked[0][0]
    assert first.speaker is not None
    assert (first.speaker.name, first.sieve) == ("Dmitry Peskov", "surname-linked")
    assert first.confidence == LINKED_CONFIDENCE
