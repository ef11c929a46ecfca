"""The word lists attribution relies on, read once from the data files.

They live in ``quoteattr/data/`` as plain text so that adding a reporting verb
or a title is a one-line data change, not a code change.
"""

from __future__ import annotations

from importlib import resources

from attrs import frozen


@frozen
class Cue:
    """A reporting expression: its lemma, its category and its word sequence."""

    lemma: str
    category: str
    words: tuple[str, ...]

    @property
    def expressive(self) -> bool:
        """Whether the cue is a speech act whose quoted words are the whole record."""
        return self.category == "expressive"


def _lines(name: str) -> list[str]:
    """The non-comment, non-blank lines of a data file."""
    raw = resources.files("quoteattr").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#")]


def read_data_lines(name: str) -> list[str]:
    """The entries of ``quoteattr/data/<name>``: one per line, comments and blanks skipped."""
    return _lines(name)


def _load_cues(name: str) -> dict[tuple[str, ...], Cue]:
    cues: dict[tuple[str, ...], Cue] = {}
    for line in _lines(name):
        lemma, category, forms = line.split("\t")
        for form in forms.split("|"):
            words = tuple(form.split())
            cues[words] = Cue(lemma, category, words)
    return cues


CUES: dict[tuple[str, ...], Cue] = _load_cues("cues.tsv")
"""Every inflected form of every cue, keyed by its lower-case word sequence."""

TOPICS: dict[tuple[str, ...], Cue] = _load_cues("topics.tsv")
"""Topic cues ("talked about", "referring to"), read only when topics are asked for."""

TOPIC_FIRST_WORDS: frozenset[str] = frozenset(words[0] for words in TOPICS)
"""First words of topic cues, the pre-check of ``TOPICS`` as ``CUE_FIRST_WORDS`` is of ``CUES``."""

MAX_CUE_WORDS: int = max(len(words) for words in [*CUES, *TOPICS])
"""The longest cue or topic cue, in words."""

CUE_FIRST_WORDS: frozenset[str] = frozenset(words[0] for words in CUES)
"""First words of cues: a token not in here cannot start a cue (an O(1) pre-check)."""


CHANNELS: frozenset[tuple[str, ...]] = frozenset(
    tuple(line.split()) for line in _lines("channels.txt")
)
"""Reporting nouns and channels after a cue ("in a statement", "to reporters"), lower-case."""

MAX_CHANNEL_WORDS: int = max(len(words) for words in CHANNELS)
"""The longest channel phrase, in words."""

EVIDENCE_SOURCES: frozenset[str] = frozenset(_lines("evidence_sources.txt"))
"""Heads of subjects whose findings are attributions ("polls show …", "records show")."""

NOT_CUES: frozenset[tuple[str, ...]] = frozenset(
    tuple(line.split()) for line in _lines("not_cues.txt")
)
"""Fixed phrases ending in a cue word that report nothing ("all told", "needless to say")."""

NON_SOURCES: frozenset[str] = frozenset(_lines("non_sources.txt"))
"""Heads of "according to X" that name no source ("according to plan")."""

PRONOUNS: dict[str, str] = dict(line.split("\t") for line in _lines("pronouns.tsv"))
"""Pronouns that can be a source, with their kind (person, plural, thing)."""

ROLES: frozenset[str] = frozenset(_lines("roles.txt"))
"""Titles and role words that stand before names; stripped from name mentions."""

PERSON_NOUNS: frozenset[str] = frozenset(_lines("person_nouns.txt"))
"""Common nouns for people, which make a description a possible source ("the crowd")."""

ORGANIZATION_WORDS: frozenset[str] = frozenset(_lines("organizations.txt"))
"""Words that mark a mention as an organisation."""

DETERMINERS: frozenset[str] = frozenset({"the", "a", "an", "this", "that", "one", "another"})
"""Words that open a descriptive mention ("the expert", "a spokesman for the ministry")."""

LINKING_ADVERBS: frozenset[str] = frozenset(
    {
        "also",
        "further",
        "later",
        "then",
        "earlier",
        "previously",
        "recently",
        "again",
        "once",
        "repeatedly",
        "publicly",
        "privately",
        "separately",
        "still",
        "had",
        "has",
        "have",
        "was",
        "were",
        "is",
        "would",
        "will",
        "could",
        "long",
        "often",
        "frequently",
        "since",
        "already",
        "always",
        "consistently",
        "openly",
        "explicitly",
        "initially",
        "first",
        "now",
        "just",
        "even",
        "flatly",
        "largely",
        "widely",
        "reportedly",
        "may",
        "might",
        "can",
        "should",
        "must",
        "are",
        "been",
        "did",
        "does",
        "do",
        "originally",
        "subsequently",
        "immediately",
    }
)
"""Words that may stand between a source and its cue ("he later said", "had indicated")."""


def _load_cue_nouns(name: str) -> dict[str, frozenset[str]]:
    nouns: dict[str, frozenset[str]] = {}
    for line in _lines(name):
        noun, complements = line.split("\t")
        nouns[noun] = frozenset(complements.split("|"))
    return nouns


CUE_NOUNS: dict[str, frozenset[str]] = _load_cue_nouns("cue_nouns.tsv")
"""Reporting nouns after a possessive source, with the words that open their clause."""
