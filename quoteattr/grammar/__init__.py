"""Grammar: readers of noun phrases, speech tags and clause subjects over a run of tokens.

They are the vocabulary the detection stages share: ``mentions`` reads the noun
phrase that names a source, ``cuematch`` finds the cue table's expressions,
``speechtags`` the cue and source around a quotation or clause,
``clausesubject`` the subject that opens a clause, ``cuesubject`` the subject
of a cue, and ``headings`` tells a heading from running text. None of them is a
stage: each takes tokens and returns what it read, or None.
"""
