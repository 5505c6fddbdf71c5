"""Kept for imports written before the package: the rules live in :mod:`framing.attribution`."""

from framing.attribution import UNKNOWN, attribute

__all__ = ["UNKNOWN", "attribute"]
