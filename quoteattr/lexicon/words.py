"""Closed-class words and punctuation, each list written once.

The readers take every function word they test from here, so a word list has
one home and one docstring. Lists that serve one rule are named for the rule
("words between a source and its cue") and say which classes they draw on.
"""

from __future__ import annotations

from quoteattr.lexicon.loader import data_lines

# -- punctuation

SENTENCE_FINAL = frozenset(".!?…")
"""Punctuation that ends a sentence; a sentence without it is a heading or a dateline."""

OPENING_QUOTES = frozenset("“\"„«‘'`")
"""Marks that open a quotation (and the typewriter marks that may)."""

CLOSING_QUOTES = frozenset("”\"»’'")
"""Marks that close a quotation (and the typewriter marks that may)."""

DASHES = frozenset({"—", "–", "-", "--"})
"""Dashes: after a dateline ("CLEVELAND - …") and around an aside."""

CLAUSE_PUNCTUATION = frozenset({",", "—", "–", "--"})
"""Punctuation that closes an introductory phrase or sets off an appositive."""

PHRASE_STOPS = frozenset(",;:()[]—–-.!?“”\"„«»‘’'")
"""Punctuation that ends a noun phrase."""

TAG_ENDS = frozenset({",", ";", "—", "–", ".", "!", "?", ":"})
"""Punctuation that ends a trailing speech tag."""

CLAUSE_STOPS = frozenset({",", ";", ":", "—", "–", "(", ")"})
"""Punctuation that ends a reporting noun's clause inside its sentence."""

# -- determiners and pronouns

DETERMINERS = frozenset({"the", "a", "an", "this", "that", "one", "another"})
"""Words that open a descriptive mention ("the expert", "a spokesman for the ministry")."""

PHRASE_OPENERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our"}
    | {"my", "your", "many", "some", "most", "all", "both", "each", "every", "several", "few"}
    | {"one", "two", "three", "other", "another", "no", "any", "more", "much", "such", "just"}
)
"""Capitalised sentence-initial words that open a common noun phrase, not a name."""

NOUN_MARKERS = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these"}
    | {"those", "such", "no", "any", "every", "each", "some", "many", "more", "most", "said"}
)
"""Words before a cue word that make it a noun ("the report", "his claims")."""

MENTION_OPENERS = frozenset({"the", "a", "an", "he", "she", "they", "it", "we", "i"})
"""Lower-case words that can open a source after an inverted cue ("said the expert")."""

PRONOUNS: dict[str, str] = dict(line.split("\t") for line in data_lines("pronouns.tsv"))
"""Pronouns that can be a source, with their kind (person, plural, thing)."""

SUBJECT_PRONOUNS = frozenset(PRONOUNS) | {"there", "you"}
"""Words that open a new clause after a tag (``If A, he believes, it B``)."""

CONTRACTED_SUBJECTS = frozenset(PRONOUNS) - {"it"}
"""Pronouns whose "’s", "’ve" or "’d" is an auxiliary, not a possessive ("he’s said")."""

RELATIVE_WORDS = frozenset({"what", "which", "who", "whom", "whose", "that"})
"""Words that make a clause with a cue part of the content ("in, what he called, its")."""

RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
"""Subjects of a cue in a relative clause ("the senator, who endorsed the bill, …")."""

# -- verbs

BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s"})
"""Auxiliaries that make a participle cue passive ("is expected", "was told")."""

COPULAS = frozenset({"is", "was"})
"""Verbs that give a role in "NAME is the director of …"."""

AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "did"}
    | {"does", "do", "should", "may", "might", "must", "shall", "isn’t", "wasn’t", "didn’t"}
    | {"doesn’t", "don’t", "won’t", "wouldn’t", "can’t", "couldn’t", "hasn’t", "haven’t"}
    | {"hadn’t", "isn't", "wasn't", "didn't", "doesn't", "don't", "won't", "wouldn't", "can't"}
    | {"couldn't", "hasn't", "haven't", "hadn't", "never", "not", "cannot", "’s", "'s"}
)
"""Auxiliaries, modals and negations: a verb group starts here, so the subject ends."""

NOT_PAST_TENSES = frozenset({"red", "bed", "need", "seed", "speed", "feed", "greed", "hundred"})
"""Words ending in "ed" that are no past tense."""

# -- conjunctions and prepositions

COORDINATORS = frozenset({"and", "but"})
"""Words that join a second verb to the subject ("… and said", "… but says")."""

OPENING_CONJUNCTIONS = frozenset({"and", "but", "so", "yet"})
"""Words that may open a sentence before its subject ("But most voters said …")."""

SENTENCE_OPENERS = frozenset({"and", "but", "so", "yet", "or", "still", "now", "then"})
"""Words that may open a sentence before its subject with no comma ("But he said …")."""

TAG_OPENERS = frozenset({"and", "but", "so", "yet"})
"""Words that let a clause go on after a mid-sentence tag ("…, he said, but …")."""

SUBORDINATORS = frozenset(
    {"when", "while", "as", "after", "before", "because", "if", "although", "though", "since"}
    | {"once", "until", "whether", "where"}
)
"""Introducers that open a clause with its own subject ("When X said …, the crowd …")."""

CLAUSE_OPENERS = frozenset({"because", "if", "although", "though", "since", "unless", "then"})
"""Subordinators that carry the content on after a mid-sentence tag (``…, he said, because …``)."""

GLOSS_OPENERS = frozenset({"who", "which", "whose", "while", "as", "including", "with"})
"""Words that open a journalist's gloss after a tag, not more of the content."""

PREPOSITIONS = frozenset({"of", "for", "at", "in", "from", "with", "on"})
"""Words after which a noun phrase's modifiers begin ("a spokesman for the ministry")."""

DOCUMENT_MODIFIER_OPENERS = frozenset({"of", "by", "from", "in", "on", "for", "at", "with"})
"""Words that end a document's head noun ("records of the agency", "emails from an aide")."""

APPOSITIVE_ENDS = frozenset({"of", "at", "for", "from", "in", "with", "who", "which", "and"})
"""Words after which an appositive's role noun has ended ("director of …")."""

INITIALS_SKIP = frozenset({"of", "and", "the", "for", "on", "in"})
"""Small words that an organisation's acronym leaves out (Joint Chiefs of Staff → JCS)."""

CLAUSE_WORDS = frozenset(
    {"that", "which", "who", "whom", "whose", "while", "when", "because", "if", "but", "and"}
    | {"or", "as", "after", "before", "since", "although", "though", "where", "what", "to"}
    | {"was", "were", "is", "are", "be", "been", "has", "have", "had", "will", "would"}
    | {"could", "should", "may", "might", "must", "can", "not", "then", "also", "in", "on"}
    | {"at", "by", "with", "from", "for", "of", "during", "about"}
)
"""Words that end a noun phrase read backwards: they open a clause or a verb group."""

INTRODUCERS = frozenset(
    {"in", "on", "at", "during", "after", "before", "since", "when", "while", "as", "although"}
    | {"though", "because", "if", "despite", "amid", "with", "without", "under", "for", "from"}
    | {"following", "like", "unlike", "last", "this", "next", "earlier", "later", "by", "to"}
    | {"once", "until", "within", "throughout", "over", "beyond", "outside", "inside", "among"}
    | {"however", "meanwhile", "instead", "indeed", "still", "now", "then", "also", "yet"}
    | {"again", "finally", "first", "separately", "similarly", "likewise", "moreover", "plus"}
    | {"perhaps", "yesterday", "today", "tonight", "whether", "where"}
)
"""Words that open an adverbial before the subject, closed by a comma ("On Monday, …")."""

LEADING_STOPS = frozenset({":", ",", "that"})
"""What may stand right before a passage that a leading tag introduces."""

NO_CONTENT = frozenset({"by", "so", "nothing", "otherwise", "about"})
"""First words after a cue that make it no content ("supported by", "said so", "asked about")."""

# -- adverbs

LINKING_ADVERBS: frozenset[str] = frozenset(
    {"also", "further", "later", "then", "earlier", "previously", "recently", "again", "once"}
    | {"repeatedly", "publicly", "privately", "separately", "still", "had", "has", "have"}
    | {"was", "were", "is", "would", "will", "could", "long", "often", "frequently", "since"}
    | {"already", "always", "consistently", "openly", "explicitly", "initially", "first"}
    | {"now", "just", "even", "flatly", "largely", "widely", "reportedly", "may", "might"}
    | {"can", "should", "must", "are", "been", "did", "does", "do", "originally"}
    | {"subsequently", "immediately"}
)
"""Words that may stand between a source and its cue ("he later said", "had indicated")."""

ADVERBS = frozenset(
    {"even", "quickly", "immediately", "also", "later", "earlier", "never", "again", "only"}
    | {"then", "now", "still", "already", "once", "just", "often", "recently", "repeatedly"}
)
"""Adverbs that stand between a subject and its verb ("the senator also called …")."""

OPENING_WORDS = frozenset(
    {"the", "later", "earlier", "meanwhile", "however", "now", "today", "yesterday", "still"}
    | {"also", "then", "asked", "there", "here", "this", "these", "those", "some", "many"}
)
"""Capitalised at the start of a sentence, never the start of a name ("Later Bob Smith")."""

# -- time

TIME_NOUNS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "past"}
    | {"january", "february", "march", "april", "june", "july", "august", "september"}
    | {"october", "november", "december", "week", "weekend", "month", "year", "day", "night"}
    | {"morning", "afternoon", "evening", "weeks", "months", "years", "days", "interview"}
)
"""Nouns of a time adverbial that stands between a subject and its verb ("on Monday")."""

TIME_MODIFIERS = frozenset(
    {"the", "this", "last", "past", "next", "that", "early", "late", "earlier", "later", "on"}
    | {"in", "at", "during", "over", "since", "all", "each", "every", "a", "few", "recent"}
)
"""Words that open or modify a time adverbial ("in the past", "earlier this week")."""

TIME_WORDS = frozenset(
    {"yesterday", "today", "tonight", "earlier", "later", "last", "this", "next"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"in", "on", "at", "during", "after", "before", "to", "via", "through", "while", "when"}
)
"""Words that open an adverbial between a cue and its "that" ("said on Tuesday that")."""

TAG_ADVERBIALS = TIME_WORDS | PREPOSITIONS | {"recently", "repeatedly", "again", "also", "as"}
"""Words that may open what follows a cue inside a tag ("said on Tuesday", "told AFP in …")."""

CALENDAR_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"january", "february", "march", "april", "may", "june", "july", "august"}
    | {"september", "october", "november", "december"}
)
"""Capitalised words that are dates, never a surname ("Tuesday" is not "Super Tuesday")."""

# -- numbers

NUMBER_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half"}
    | {"twice", "double", "dozen", "hundred", "thousand", "million", "billion"}
)
"""Numbers written as words ("two in three", "about half", "about a dozen")."""

SHARE_WORDS = frozenset({"about", "nearly", "almost", "roughly", "around", "in", "than"})
"""Words that join or qualify the numbers of a share ("nearly three in five")."""
