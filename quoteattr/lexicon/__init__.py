"""The words the rules read, kept as data.

``loader`` reads the files in ``data/``; ``cues`` is the table of reporting
cues (a row per cue, its properties as columns); ``words`` holds the
closed-class word lists, each written once; ``tables`` the open-class lists
(roles, channels, organisation words, reporting nouns). Every stage takes its
words from here, so adding a reporting verb or a title is a one-line data change.
"""
