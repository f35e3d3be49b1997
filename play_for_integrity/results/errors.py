"""The exceptions whose message is meant for a teacher, not a programmer."""

from __future__ import annotations


class ResultsError(Exception):
    """A problem with the results folder, database or an input file, worded so a teacher can act on it."""


class StoreBusy(ResultsError):
    """Another program (a merge, a second copy of the game) holds the class results: wait, do not move them."""
