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

OPENING_QUOTES = frozenset("“‘„‚«‹\"'`")
"""Marks that open a quotation (and the typewriter marks that may)."""

CLOSING_QUOTES = frozenset("”’»›\"'")
"""Marks that close a quotation (and the typewriter marks that may)."""

QUOTE_MARKS = OPENING_QUOTES | CLOSING_QUOTES
"""Quotation marks of every style."""

DOUBLE_QUOTES = frozenset('“”„«»‹›"')
"""Double quotation marks, which never stand for an apostrophe."""

DASHES = frozenset({"—", "–", "-", "--"})
"""Dashes: after a dateline ("SMITHVILLE - …") and around an aside."""

CLAUSE_PUNCTUATION = frozenset({",", "—", "–", "--"})
"""Punctuation that closes an introductory phrase or sets off an appositive."""

PHRASE_STOPS = frozenset(",;:()[]—–-.!?“”\"„«»‘’'")
"""Punctuation that ends a noun phrase."""

TAG_ENDS = frozenset({",", ";", "—", "–", ".", "!", "?", ":"})
"""Punctuation that ends a trailing speech tag."""

CLAUSE_STOPS = frozenset({",", ";", ":", "—", "–", "(", ")"})
"""Punctuation that ends a reporting noun's clause inside its sentence."""

# -- the closed classes

ARTICLES = frozenset({"the", "a", "an"})
"""Articles."""

INDEFINITE_ARTICLES = frozenset({"a", "an"})
"""Indefinite articles: a source introduced with one is someone new ("a spokesman")."""

DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
"""Demonstrative determiners and pronouns."""

POSSESSIVE_DETERMINERS = frozenset({"his", "her", "its", "their", "our", "my", "your"})
"""Possessive determiners."""

QUANTIFIERS = frozenset(
    {"all", "another", "any", "both", "each", "every", "few", "many", "more", "most", "much"}
    | {"no", "other", "several", "some", "such"}
)
"""Quantifying determiners."""

FLOATING_QUANTIFIERS = frozenset({"all", "both", "each"})
"""Quantifiers that may follow their noun or pronoun ("they all said")."""

NUMBER_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half"}
    | {"twice", "double", "dozen", "hundred", "thousand", "million", "billion"}
)
"""Numbers written as words ("two in three", "about half", "about a dozen")."""

DETERMINERS = ARTICLES | DEMONSTRATIVES | POSSESSIVE_DETERMINERS | QUANTIFIERS
"""Every determiner: a word that opens a common noun phrase."""

PLURAL_NOUNS = frozenset(
    {"children", "people", "men", "women", "police", "folk", "clergy", "personnel", "brethren"}
)
"""Plural nouns that do not end in "s": a group named by one is many people."""

PRONOUNS: dict[str, str] = dict(line.split("\t") for line in data_lines("pronouns.tsv"))
"""Personal pronouns that can be a source, with their kind (person, plural, thing)."""

RELATIVE_WORDS = frozenset({"what", "which", "who", "whom", "whose", "that"})
"""Relative and interrogative pronouns."""

BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "am"})
"""The forms of "be"."""

HAVE_FORMS = frozenset({"has", "have", "had"})
"""The forms of "have"."""

DO_FORMS = frozenset({"do", "does", "did"})
"""The forms of "do"."""

MODALS = frozenset({"will", "would", "can", "could", "should", "may", "might", "must", "shall"})
"""Modal verbs."""

NEGATIONS = frozenset(
    {"not", "never", "cannot", "isn’t", "wasn’t", "didn’t", "doesn’t", "don’t", "won’t"}
    | {"wouldn’t", "can’t", "couldn’t", "hasn’t", "haven’t", "hadn’t", "isn't", "wasn't"}
    | {"didn't", "doesn't", "don't", "won't", "wouldn't", "can't", "couldn't", "hasn't"}
    | {"haven't", "hadn't"}
)
"""Negations, and auxiliaries with a contracted negation."""

AUXILIARIES = BE_FORMS | HAVE_FORMS | DO_FORMS | MODALS | NEGATIONS
"""Auxiliaries, modals and negations: where a verb group starts."""

COORDINATORS = frozenset({"and", "but", "or", "yet", "so"})
"""Coordinating conjunctions."""

SUBORDINATORS = frozenset(
    {"when", "while", "as", "after", "before", "because", "if", "although", "though", "since"}
    | {"once", "until", "whether", "where", "unless"}
)
"""Subordinating conjunctions: they open a clause with its own subject."""

PREPOSITIONS = frozenset(
    {"of", "for", "at", "in", "from", "with", "on", "by", "to", "about", "during", "after"}
    | {"before", "since", "via", "through", "over", "under", "among", "amid", "within"}
    | {"without", "despite", "following", "like", "unlike", "throughout", "beyond", "into"}
    | {"outside", "inside", "until", "against", "between", "toward", "towards", "across"}
)
"""Prepositions."""

MODIFIER_PREPOSITIONS = frozenset({"of", "for", "at", "in", "from", "with", "on"})
"""The prepositions that open a noun's modifiers ("a spokesman for the ministry"), where
the head noun has ended; "by", "to" and the rest open an adverbial instead."""

WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
"""The days of the week."""

MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december"}
)
"""The months."""

TIME_ADVERBS = frozenset({"yesterday", "today", "tonight", "earlier", "later"})
"""Adverbs of time that stand alone as an adverbial."""

SENTENCE_ADVERBS = frozenset(
    {"however", "meanwhile", "instead", "indeed", "still", "now", "then", "also", "yet"}
    | {"again", "finally", "first", "separately", "similarly", "likewise", "moreover", "plus"}
    | {"perhaps"}
)
"""Adverbs that open a sentence, before its subject ("Meanwhile, …", "Still, …")."""

SPEECH_ADVERBS = frozenset(
    {"also", "further", "later", "then", "earlier", "previously", "recently", "again", "once"}
    | {"repeatedly", "publicly", "privately", "separately", "still", "long", "often"}
    | {"frequently", "since", "already", "always", "consistently", "openly", "explicitly"}
    | {"initially", "first", "now", "just", "even", "flatly", "largely", "widely"}
    | {"reportedly", "originally", "subsequently", "immediately", "quickly", "only"}
)
"""Adverbs that stand between a source and its verb ("she later said", "he flatly denied")."""

ADVERB_ENDINGS = frozenset(
    {"ally", "fully", "ingly", "ously", "ntly", "ibly", "ably", "ssly", "ctly", "arly", "dly"}
    | {"ghly", "nly", "mply", "stly", "wly", "ily", "ely", "mly", "rply", "ftly", "ptly", "rtly"}
)
"""Endings of "-ly" adverbs that no common noun has but ``LY_NOUNS`` ("mistakenly",
"hastily"; not "assembly" or "the elderly"): such a word ends no noun phrase."""

LY_NOUNS = frozenset({"family", "daily", "homily", "lily", "doily", "ally", "rally", "tally"})
"""Nouns with an adverb's ending ("the family said")."""

NOT_PAST_TENSES = frozenset(
    {"red", "bed", "need", "seed", "speed", "feed", "greed", "hundred", "indeed", "proceed"}
    | {"exceed", "succeed", "breed", "weed", "deed", "heed", "steed", "creed", "shed"}
)
"""Words ending in "ed" that are no past tense."""

# -- what the rules make of them

MENTION_DETERMINERS = ARTICLES | DEMONSTRATIVES | {"one", "another"}
"""Words that open a descriptive mention ("the expert", "a spokesman for the ministry")."""

PHRASE_OPENERS = DETERMINERS | NUMBER_WORDS | {"just"}
"""Capitalised sentence-initial words that open a common noun phrase, not a name."""

NOUN_MARKERS = (DETERMINERS - FLOATING_QUANTIFIERS - {"that"}) | {"said"}
"""Words before a cue word that make it a noun ("the report", "his claims"); "that" is a
conjunction before a verb, and "they all said" keeps its verb."""

MENTION_OPENERS = ARTICLES | frozenset(PRONOUNS)
"""Lower-case words that can open a source after an inverted cue ("said the expert")."""

SUBJECT_PRONOUNS = frozenset(PRONOUNS) | {"there", "you"}
"""Words that open a new clause after a tag (``If A, he believes, it B``)."""

INTERJECTIONS = frozenset({"uh", "um", "oh", "ah", "well", "yeah", "okay", "ok", "hey", "like"})
"""Fillers and interjections of speech: they open no noun phrase ("uh your uncle")."""

OBJECT_PRONOUNS = frozenset({"me", "us", "him", "her", "them", "you"})
"""Object pronouns: after "let" the subject of the verb that follows ("let me say")."""

PERSONAL_PRONOUNS = frozenset(PRONOUNS) | {"you"}
"""Pronouns that are a subject's whole noun phrase, whatever stands before them in a
clause's opening ("Nevertheless he", "Oh I")."""

CONTRACTED_SUBJECTS = frozenset(PRONOUNS) - {"it"}
"""Pronouns whose "’s", "’ve" or "’d" is an auxiliary, not a possessive ("he’s said")."""

RELATIVE_PRONOUNS = RELATIVE_WORDS - {"what"}
"""Subjects of a cue in a relative clause ("the senator, who endorsed the bill, …")."""

COPULAS = BE_FORMS
"""Verbs that give a role in "NAME is the director of …"."""

LINKING_ADVERBS = SPEECH_ADVERBS | BE_FORMS | HAVE_FORMS | DO_FORMS | MODALS
"""Words that may stand between a source and its cue ("he later said", "had indicated")."""

SENTENCE_OPENERS = COORDINATORS | {"still", "now", "then"}
"""Words that may open a sentence before its subject with no comma ("But he said …")."""

CLAUSE_OPENERS = frozenset({"because", "if", "although", "though", "since", "unless", "then"})
"""Subordinators that carry the content on after a mid-sentence tag (``…, he said, because …``);
"while" and "as" open a gloss instead."""

GLOSS_OPENERS = frozenset({"who", "which", "whose", "while", "as", "including", "with"})
"""Words that open a journalist's gloss after a tag, not more of the content."""

DOCUMENT_MODIFIER_OPENERS = MODIFIER_PREPOSITIONS | {"by"}
"""Words that end a document's head noun ("records of the agency", "emails from an aide")."""

APPOSITIVE_ENDS = MODIFIER_PREPOSITIONS | {"who", "which", "and"}
"""Words after which an appositive's role noun has ended ("director of …")."""

INITIALS_SKIP = MODIFIER_PREPOSITIONS | {"and", "the"}
"""Small words that an organisation's acronym leaves out (Smithville Board of Health → SBH)."""

CLAUSE_WORDS = (
    RELATIVE_WORDS
    | SUBORDINATORS
    | COORDINATORS
    | BE_FORMS
    | HAVE_FORMS
    | MODALS
    | {"not", "then", "also", "to", "by", "during", "about"}
    | MODIFIER_PREPOSITIONS
)
"""Words that end a noun phrase read backwards: they open a clause or a verb group."""

INTRODUCERS = (
    PREPOSITIONS | SUBORDINATORS | SENTENCE_ADVERBS | TIME_ADVERBS | {"last", "this", "next"}
)
"""Words that open an adverbial before the subject, closed by a comma ("On Monday, …")."""

LEADING_STOPS = frozenset({":", ",", "that"})
"""What may stand right before a passage that a leading tag introduces."""

NO_CONTENT = frozenset({"by", "so", "nothing", "otherwise", "about"})
"""First words after a cue that make it no content ("supported by", "said so", "asked about")."""

OPENING_WORDS = (
    frozenset({"the", "there", "here", "some", "many", "asked"})
    | (DEMONSTRATIVES - {"that"})
    | TIME_ADVERBS
    | SENTENCE_ADVERBS
)
"""Capitalised at the start of a sentence, never the start of a name ("Later Bob Smith")."""

# -- time

TIME_NOUNS = (
    WEEKDAYS
    | (MONTHS - {"may"})
    | {"past", "week", "weekend", "month", "year", "day", "night", "morning", "afternoon"}
    | {"evening", "weeks", "months", "years", "days", "interview"}
)
"""Nouns of a time adverbial that stands between a subject and its verb ("on Monday");
"may" is a modal first."""

TIME_MODIFIERS = frozenset(
    {"the", "this", "last", "past", "next", "that", "early", "late", "earlier", "later", "on"}
    | {"in", "at", "during", "over", "since", "all", "each", "every", "a", "few", "recent"}
)
"""Words that open or modify a time adverbial ("in the past", "earlier this week")."""

TIME_WORDS = (
    TIME_ADVERBS
    | WEEKDAYS
    | {"last", "this", "next", "in", "on", "at", "during", "after", "before", "to", "via"}
    | {"through", "while", "when"}
)
"""Words that open an adverbial between a cue and its "that" ("said on Tuesday that")."""

TAG_ADVERBIALS = (
    TIME_WORDS | MODIFIER_PREPOSITIONS | {"recently", "repeatedly", "again", "also", "as"}
)
"""Words that may open what follows a cue inside a tag ("said on Tuesday", "told Acme in …")."""

CALENDAR_WORDS = WEEKDAYS | MONTHS
"""Capitalised words that are dates, never a surname ("Tuesday" is not "Super Tuesday")."""

SHARE_WORDS = frozenset({"about", "nearly", "almost", "roughly", "around", "in", "than"})
"""Words that join or qualify the numbers of a share ("nearly three in five")."""
