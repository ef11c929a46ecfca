"""Evaluation: scoring quotes and sentence boundaries against gold.

``quotes`` scores quotes in the common JSONL format (``quoteattr.evaluate``),
``sentences`` scores sentence boundaries, and ``scores`` holds the figures both
report.
"""
