"""The open-class word lists: roles, people, organisations, channels, reporting nouns.

Each is a data file in ``data/`` with a comment saying what it holds and why;
this module reads each once.
"""

from __future__ import annotations

from quoteattr.lexicon.loader import data_lines, phrase_set, word_set

CHANNELS: frozenset[tuple[str, ...]] = phrase_set("channels.txt")
"""Reporting nouns and channels after a cue ("in a statement", "to reporters"), lower-case."""

MAX_CHANNEL_WORDS: int = max(len(words) for words in CHANNELS)
"""The longest channel phrase, in words."""

EVIDENCE_SOURCES: frozenset[str] = word_set("evidence_sources.txt")
"""Heads of subjects whose findings are attributions ("polls show …", "records show")."""

NOT_CUES: frozenset[tuple[str, ...]] = phrase_set("not_cues.txt")
"""Fixed phrases ending in a cue word that report nothing ("all told", "needless to say")."""

NON_SOURCES: frozenset[str] = word_set("non_sources.txt")
"""Heads of "according to X" that name no source ("according to plan")."""

ROLES: frozenset[str] = word_set("roles.txt")
"""Titles and role words that stand before names; stripped from name mentions."""

PERSON_NOUNS: frozenset[str] = word_set("person_nouns.txt")
"""Common nouns for people, which make a description a possible source ("the crowd")."""

_PARTICLES: dict[str, str] = dict(line.split("\t") for line in data_lines("name_particles.tsv"))
NAME_PARTICLES: frozenset[str] = frozenset(p for p in _PARTICLES if not p.endswith("-"))
"""Lower-case words inside a person's name, between its capitalised words ("de", "van")."""
NAME_PREFIXES: tuple[str, ...] = tuple(sorted(p for p in _PARTICLES if p.endswith("-")))
"""Lower-case prefixes of a capitalised surname ("al-" in "al-Assad")."""
SURNAME_PARTICLES: frozenset[str] = frozenset(
    p for p, opens in _PARTICLES.items() if opens == "yes"
)
"""Particles that, capitalised, open a surname said alone ("De Vries", "Le Pen")."""

SAID_NOUNS: frozenset[str] = word_set("said_nouns.txt")
"""Nouns that name something said or proposed ("claim", "offer"): the content a cue with
the said-object property can take as a noun phrase."""

REPLY_NOUNS: frozenset[str] = word_set("reply_nouns.txt")
"""Nouns that name words said ("answer", "remark"): "“No,” was her answer" is hers."""

ORGANIZATION_WORDS: frozenset[str] = word_set("organizations.txt")
"""Words that mark a mention as an organisation."""

NON_PERSON_HEADS: frozenset[str] = word_set("non_person_heads.txt")
"""Last words of a capitalised run that names a work, a law, an award, an event or a place."""

NOT_SPEAKERS: frozenset[str] = word_set("not_speakers.txt")
"""Labels before a colon that name a kind of text, not a speaker ("UPDATE:", "Q:")."""


def _load_role_names(name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    names: dict[str, tuple[tuple[str, ...], ...]] = {}
    for line in data_lines(name):
        role, others = line.split("\t")
        names[role] = tuple(tuple(other.split()) for other in others.split("|"))
    return names


ROLE_NAMES: dict[str, tuple[tuple[str, ...], ...]] = _load_role_names("role_names.tsv")
"""Jobs with several names: the name a role is matched by, and its other names as words."""


def role_names(words: frozenset[str] | set[str]) -> set[str]:
    """The roles a set of role words describes: the words, and the name of each job that one
    of its names (all of its words) is among them ("press", "secretary" → "spokesman")."""
    found = set(words)
    for role, others in ROLE_NAMES.items():
        if any(set(other) <= found for other in others):
            found.add(role)
    return found


INSTITUTIONS: dict[str, str] = dict(line.split("\t") for line in data_lines("institutions.tsv"))
"""Roles that head an institution, with the institution's name ("minister" → "Ministry")."""


def _load_cue_nouns(name: str) -> dict[str, frozenset[str]]:
    nouns: dict[str, frozenset[str]] = {}
    for line in data_lines(name):
        noun, complements = line.split("\t")
        nouns[noun] = frozenset(complements.split("|"))
    return nouns


CUE_NOUNS: dict[str, frozenset[str]] = _load_cue_nouns("cue_nouns.tsv")
"""Reporting nouns after a possessive source, with the words that open their clause."""
