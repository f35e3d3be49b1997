"""The one exception type whose message is meant for a teacher, not a programmer."""

from __future__ import annotations


class ResultsError(Exception):
    """A problem with the results folder, database or an input file, worded so a teacher can act on it."""
