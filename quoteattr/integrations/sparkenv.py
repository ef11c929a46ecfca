"""What the Spark integration needs on this machine, checked without starting Spark.

PySpark imports without Java and fails only when a session starts, with a
gateway error that does not say Java is missing; this says so first. The
tests use it to skip (or, in CI, fail) when Spark cannot run.
"""

from __future__ import annotations

import importlib.util
import os
import shutil

PACKAGES = ("pyspark", "pandas", "pyarrow")
"""The packages of the ``spark`` extra."""


def spark_missing() -> str | None:
    """What keeps Spark from running here (a package, or Java), or None."""
    for package in PACKAGES:
        if importlib.util.find_spec(package) is None:
            return f"{package} is not installed: pip install 'quoteattr[spark]'"
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        return "java is not on PATH (nor JAVA_HOME set); Spark needs Java 17"
    return None
