"""The words and limits that decide where a reported clause and its tag begin and end.

Closed-class words (openers, glosses, time words) and the small numeric limits the
sentence reader in ``reported.py`` uses, kept apart so the reader holds only the
reading. Open-class word lists (cues, channels, sources) are data files read by
``lexicon.py``.
"""

from __future__ import annotations

from quoteattr.lexicon import CUES, PRONOUNS
from quoteattr.mentions import PREPOSITIONS

READ_AS_SPEECH = frozenset({"speech", "belief", "evidence", "stance"})
"""Cue categories that frame a reported clause (not "expressive" nor "source")."""

TARGETS = frozenset({"stance", "topic"})
"""Cue categories whose content is a target noun phrase, which ends at a comma."""

READ_AS_TAG = frozenset({"speech", "belief"})
"""Cue categories that can close a clause as a tag ("…, images showed" is no speaker's)."""

MAX_TAG_REST = 10
"""Words of adverbial a trailing tag may carry after its cue ("in a filing on Tuesday")."""

TAG_ENDS = frozenset({",", ";", "—", "–", ".", "!", "?", ":"})
"""Punctuation that ends a trailing tag."""

CHANNEL_LEMMAS = frozenset({"report"})
"""Tag cues of a channel that relays another source's words ("…, RIA Novosti reported")."""

RELATIVE_WORDS = frozenset({"what", "which", "who", "whom", "whose", "that"})
"""Words that make a clause with a cue part of the content ("in, what he called, its")."""

MAX_INVERTED_WORDS = 6
"""Words in the source of ``…, said X`` that is not a name ("the Kremlin spokesman")."""

MIN_TAGGED_CLAUSE = 4
"""Tokens before a mid-sentence tag below which they only open the content ("Beyond that,")."""

MAX_NEW_SUBJECT = 5
"""Tokens in the subject of a clause that opens a new attribution ("but the senator said")."""

MAX_THAT_GAP = 10
"""Tokens between a cue and the "that" it governs ("said in a statement on Tuesday that")."""

NO_CONTENT = frozenset({"by", "so", "nothing", "otherwise", "about"})
"""First words after a cue that make it no content ("supported by", "said so", "asked about")."""

DOCUMENT_MODIFIER_OPENERS = frozenset({"of", "by", "from", "in", "on", "for", "at", "with"})
"""Words that end a document's head noun ("records of the agency", "emails from her aide")."""


MAX_ADDRESSEE = 7
"""Words an addressee may have before its "that" ("told the Russian state news agency that")."""

TAG_OPENERS = frozenset({"and", "but", "so", "yet"})
"""Words that let a clause go on after a mid-sentence tag ("…, he said, but …")."""

CLAUSE_OPENERS = frozenset({"because", "if", "although", "though", "since", "unless", "then"})
"""Subordinators that carry the content on after a mid-sentence tag (``…, he said, because …``)."""

GLOSS_OPENERS = frozenset({"who", "which", "whose", "while", "as", "including", "with"})
"""Words that open a journalist's gloss after a tag, not more of the content."""

SUBJECT_PRONOUNS = frozenset(PRONOUNS) | {"there", "you"}
"""Words that open a new clause after a tag (``If A, he believes, it B``)."""

TIME_WORDS = frozenset(
    {"yesterday", "today", "tonight", "earlier", "later", "last", "this", "next"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"in", "on", "at", "during", "after", "before", "to", "via", "through", "while", "when"}
)
"""Words that open an adverbial between a cue and its "that" ("said on Tuesday that")."""

TAG_ADVERBIALS = TIME_WORDS | PREPOSITIONS | {"recently", "repeatedly", "again", "also", "as"}
"""Words that may open what follows a cue inside a tag ("said on Tuesday", "told AFP in …")."""

SOURCE_FIRST_WORDS = frozenset(w[0] for w, c in CUES.items() if c.category == "source")
"""First words of the source cues ("according"), a substring pre-check per sentence."""
