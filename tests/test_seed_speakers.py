"""Issue 4's acceptance: every seed quote of four people is found and given the right entity.

Peskov (as "Peskov", "the Kremlin spokesman", "Dmitri Peskov" and a heading),
An Chan-il ("he"), Vladimir Tikhonov ("he", "Tikhonov") and James Nixey ("He",
after a copula sentence) are resolved across the five seed articles as
``quoteattr eval`` resolves them: each article extracted, then linked.
"""

from __future__ import annotations

from typing import Any

from quoteattr import Extractor, link_documents, quote_to_dict
from quoteattr.evaluation.quotes import _match, _ratios

PEOPLE = ("Dmitry Peskov", "An Chan-il", "Vladimir Tikhonov", "James Nixey")


def test_seed_speakers_four_people_all_found_and_resolved(
    seed_gold: list[dict[str, Any]],
) -> None:
    extractor = Extractor()
    linked = link_documents(extractor(doc["text"]) for doc in seed_gold)
    wanted = 0
    wrong = []
    for doc, quotes in zip(seed_gold, linked, strict=True):
        predicted = [quote_to_dict(q) for q in quotes]
        matched = dict(_match(_ratios(doc["text"], doc["quotes"], predicted), 0.3))
        for index, gold in enumerate(doc["quotes"]):
            if gold["speaker_entity"] not in PEOPLE:
                continue
            wanted += 1
            found = matched.get(index)
            entity = predicted[found]["speaker_entity"] if found is not None else None
            if entity != gold["speaker_entity"]:
                wrong.append((doc["id"], gold["text"][:40], gold["speaker_entity"], entity))
    assert wanted == 20
    assert wrong == []
