"""The cue table: every reporting expression, with its category and properties as columns.

A row of ``data/cues.tsv`` is a cue's lemma, its category, its properties and its
word forms. The readers never compare a cue with a literal word: they ask the
cue's columns (``Cue.addressee``, ``Cue.object``, ``Cue.channel``, ``Cue.said_object``)
or its category's, from
``data/cue_categories.tsv`` (``Cue.governs_quotation``, ``Cue.frames_clause``,
``Cue.reports_words``, ``Cue.target``), so one general rule serves every cue
that has the property.
"""

from __future__ import annotations

from attrs import frozen

from quoteattr.lexicon.loader import data_lines


@frozen
class Category:
    """What a category of cues reports, and what the readers may do with its cues."""

    name: str
    governs_quotation: bool
    """A partial quotation after the cue is attributed through it."""
    frames_clause: bool
    """The cue introduces a reported clause ("X said (that) CLAUSE")."""
    reports_words: bool
    """The cue reports a source's own words or thoughts (it can tag a clause)."""
    target: bool
    """The content is a target noun phrase, which ends at a comma."""


def _properties(column: str) -> frozenset[str]:
    return frozenset() if column == "-" else frozenset(column.split(","))


def _load_categories() -> dict[str, Category]:
    categories: dict[str, Category] = {}
    for line in data_lines("cue_categories.tsv"):
        name, column = line.split("\t")
        has = _properties(column)
        categories[name] = Category(
            name,
            governs_quotation="governs-quotation" in has,
            frames_clause="frames-clause" in has,
            reports_words="reports-words" in has,
            target="target" in has,
        )
    return categories


CATEGORIES: dict[str, Category] = _load_categories()
"""Every cue category by name (speech, belief, expressive, source, evidence, stance, topic)."""


@frozen
class Cue:
    """A reporting expression: its lemma, category, word sequence and properties.

    The category's properties are copied onto each cue when the table is read, so
    a reader asks ``cue.frames_clause`` in one attribute look-up.
    """

    lemma: str
    category: str
    words: tuple[str, ...]
    addressee: bool = False
    """The person spoken to stands between the cue and its clause ("told reporters that")."""
    object: bool = False
    """The cue's object is the person spoken to: after "’s" its participle is passive."""
    channel: bool = False
    """The cue names who relayed the words, not who said them ("…, an agency reported")."""
    said_object: bool = False
    """A noun phrase after the cue is content only if it names something said ("denied
    the charges", not "denied bail")."""
    continues: bool = False
    """The source goes on speaking ("he added"): its pronoun is the last speaker."""
    governs_quotation: bool = False
    """A partial quotation after the cue is attributed through it (its category's)."""
    frames_clause: bool = False
    """The cue introduces a reported clause (its category's)."""
    reports_words: bool = False
    """The cue reports a source's own words or thoughts (its category's)."""
    target: bool = False
    """The cue's content is a target noun phrase, ending at a comma (its category's)."""

    @property
    def expressive(self) -> bool:
        """Whether the cue is a speech act whose quoted words are the whole record."""
        return self.category == "expressive"


def _load_cues(name: str) -> dict[tuple[str, ...], Cue]:
    cues: dict[tuple[str, ...], Cue] = {}
    for line in data_lines(name):
        lemma, category, column, forms = line.split("\t")
        if category not in CATEGORIES:
            msg = f"{name}: cue {lemma!r} has the unknown category {category!r}"
            raise ValueError(msg)
        has = _properties(column)
        kind = CATEGORIES[category]
        for form in forms.split("|"):
            words = tuple(form.split())
            cues[words] = Cue(
                lemma,
                category,
                words,
                addressee="addressee" in has,
                object="object" in has,
                channel="channel" in has,
                said_object="said-object" in has,
                continues="continues" in has,
                governs_quotation=kind.governs_quotation,
                frames_clause=kind.frames_clause,
                reports_words=kind.reports_words,
                target=kind.target,
            )
    return cues


CUES: dict[tuple[str, ...], Cue] = _load_cues("cues.tsv")
"""Every inflected form of every cue, keyed by its lower-case word sequence."""

TOPICS: dict[tuple[str, ...], Cue] = _load_cues("topics.tsv")
"""Topic cues ("talked about", "referring to"), read only when topics are asked for."""

CUE_FIRST_WORDS: frozenset[str] = frozenset(words[0] for words in CUES)
"""First words of cues: a token not in here cannot start a cue (an O(1) pre-check)."""

TOPIC_FIRST_WORDS: frozenset[str] = frozenset(words[0] for words in TOPICS)
"""First words of topic cues, the pre-check of ``TOPICS`` as ``CUE_FIRST_WORDS`` is of ``CUES``."""

SOURCE_FIRST_WORDS: frozenset[str] = frozenset(
    words[0] for words, cue in CUES.items() if cue.category == "source"
)
"""First words of the source cues ("according"), a substring pre-check per sentence."""

SAID_VERBS: frozenset[str] = frozenset(words[0] for words in CUES if len(words) == 1)
"""The one-word cues: reporting verbs in any form ("said", "asks", "warned")."""

CONTINUING_VERBS: frozenset[str] = frozenset(
    words[0] for words, cue in CUES.items() if cue.continues and len(words) == 1
)
"""One-word cues by which a source goes on speaking ("added", "continued")."""

SPEECH_VERBS: frozenset[str] = frozenset(
    word
    for words, cue in CUES.items()
    if len(words) == 1 and cue.category == "speech"
    for word in (words[0], cue.lemma)
)
"""The one-word speech cues and their lemmas, for verbs read from a parse."""

MAX_CUE_WORDS: int = max(len(words) for words in [*CUES, *TOPICS])
"""The longest cue or topic cue, in words."""


def manner_cue(word: str) -> Cue:
    """A word that is no cue of the table, read as a way of speaking because it stands in
    a speech tag (``“No,” Ann hesitated.``, ``“No,” was her answer.``): a manner cue,
    tagging only its quotation."""
    manner = CATEGORIES["manner"]
    return Cue(
        word.lower(),
        manner.name,
        (word.lower(),),
        governs_quotation=manner.governs_quotation,
        frames_clause=manner.frames_clause,
        reports_words=manner.reports_words,
        target=manner.target,
    )
