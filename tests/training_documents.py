"""Tiny gold documents for training tests: an invented speech verb the rules do not know."""

from __future__ import annotations

from typing import Any

NAMES = ("Lee", "Kim", "Ann", "Bob", "Ivo", "Mia", "Tom", "Zoe")
CLAUSES = ("the plan failed", "taxes will rise", "the talks ended", "prices fell")


def documents(count: int = 12) -> list[dict[str, Any]]:
    """``count`` documents "NAME zorbled that CLAUSE. It rained." with their gold quote."""
    out = []
    for number in range(count):
        name = NAMES[number % len(NAMES)]
        clause = CLAUSES[number % len(CLAUSES)]
        text = f"{name} zorbled that {clause}. It rained on Monday."
        start = text.index("that")
        end = start + len("that ") + len(clause)
        quote = {
            "start": start, "end": end, "text": text[start:end], "type": "indirect",
            "fragments": [[start, end]], "cue": "zorbled",
            "cue_start": len(name) + 1, "cue_end": len(name) + 8,
            "speaker": name, "speaker_start": 0, "speaker_end": len(name),
        }  # fmt: skip
        out.append({"id": f"doc{number}", "text": text, "quotes": [quote]})
    return out
