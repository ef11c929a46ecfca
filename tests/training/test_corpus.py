"""Tests for quoteattr.training.corpus: gold documents as labelled sequences."""

from __future__ import annotations

import pytest
from training_documents import documents

from quoteattr.errors import FormatError
from quoteattr.learn.labels import Roles
from quoteattr.training.corpus import gold_roles, sequences


def test_sequences_are_paragraphs_with_a_label_per_token() -> None:
    record = {"id": "a", "text": "Lee zorbled that the plan failed.\nIt rained.", "quotes": []}
    record["quotes"] = documents(1)[0]["quotes"]
    first, second = sequences([record])
    assert first.document == "a"
    assert len(first.features) == len(first.labels) == 7
    assert first.labels == ("SRC", "CUE", "CON", "CON", "CON", "CON", "O")
    assert second.labels == ("O", "O", "O")
    assert "0:w=zorbled" in first.features[1]


def test_gold_roles_read_fragments_cue_and_source() -> None:
    (roles,) = gold_roles(documents(1)[0])
    assert roles == Roles(((12, 32),), (4, 11), (0, 3))
    assert gold_roles({"id": "x", "text": "", "quotes": []}) == []


def test_gold_roles_name_the_document_of_a_quote_without_offsets() -> None:
    with pytest.raises(FormatError, match="'bad': quote 0 has no usable offsets"):
        gold_roles({"id": "bad", "quotes": [{"text": "no offsets"}]})
