"""Evaluation of framing against external gold standards.

Each module reads a corpus from a folder the caller passes (research data is never copied into this
repository) and scores a prediction function against it; :mod:`framing.evaluation.polnear` does
attribution against PolNeAR. What is measured, and how, is in ``docs/evaluation_*.md``.
"""
