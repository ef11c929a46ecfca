"""Tests for quoteattr.integrations.sparkenv: what keeps Spark from running, said first."""

from __future__ import annotations

import importlib.util

import pytest

from quoteattr.integrations import sparkenv


def test_spark_missing_names_a_missing_package(monkeypatch: pytest.MonkeyPatch) -> None:
    """A package of the spark extra that is not installed is named, with the install line."""
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name: None if name == "pyarrow" else object()
    )
    monkeypatch.setattr(sparkenv.shutil, "which", lambda name: "/usr/bin/java")
    assert sparkenv.spark_missing() == "pyarrow is not installed: pip install 'quoteattr[spark]'"


def test_spark_missing_names_java(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the packages there but no java and no JAVA_HOME, Java is named."""
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: object())
    monkeypatch.setattr(sparkenv.shutil, "which", lambda name: None)
    monkeypatch.delenv("JAVA_HOME", raising=False)
    assert sparkenv.spark_missing() == (
        "java is not on PATH (nor JAVA_HOME set); Spark needs Java 17"
    )
    monkeypatch.setenv("JAVA_HOME", "/opt/java")
    assert sparkenv.spark_missing() is None
