"""What the quick ways of writing a store's answer rows share: the checks that let a row skip the long way.

An export of a year's answers makes each line from the stored row (session_reader.ANSWER_COLUMNS) and the pieces
earlier rows made, checking a field only when it makes a new piece. What it cannot vouch for that way (a time not
in the store's own form, an id that needs quoting) goes the long way: decoded as any answer is read (a damaged one
is left out with a warning) and written as a session in memory would be.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from itertools import repeat
from operator import getitem
from typing import Any

from play_for_integrity.content.model import BOARD_MOVES
from play_for_integrity.results.session_reader import Damaged, grades, stored_time
from play_for_integrity.results.tables import LocalClock

# A time as the store writes it (2025-03-01T08:15:02.120+00:00), in the years 1000-2999; the first 13 characters
# name its UTC hour, the rest its minute, second and millisecond within that hour.
STORED_TIME = re.compile(r"[12][0-9]{3}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-5][0-9]:[0-5][0-9]\.[0-9]{3}\+00:00")
HOUR = 13  # len("2025-03-01T08")
HOUR_PART, MINUTES_PART = slice(0, HOUR), slice(HOUR, 19)  # "2025-03-01T08", ":15:02"
PLAIN_ID = re.compile(r"[0-9A-Za-z][0-9A-Za-z.\-]*")  # an id that needs no quotes, escapes or formula guard
# Both at once, matched against `time + id` (a time in that form is 29 characters long): one call a row.
TIME_AND_ID = re.compile(STORED_TIME.pattern + PLAIN_ID.pattern)
# A whole session's answer ids joined by line breaks (the pattern does not match one): one call a session.
_PLAIN_IDS = re.compile(f"(?:{PLAIN_ID.pattern}\n)*{PLAIN_ID.pattern}")
_TIME_SHAPE = "0000-00-00T00:00:00.000+00:00\n"  # STORED_TIME with every digit 0, and the line break after it
_TIME_LINE = len(_TIME_SHAPE)
_ZEROS = str.maketrans("123456789", "000000000")
_UTC_ZEROS = (24, 25, 27, 28)  # the zeros of +00:00
CACHE_LIMIT = 4096  # pieces kept per kind (choices, grades, hours...); past it the memory starts again


class OtherValue(Exception):
    """A stored answer names a value the export has no column for: the export starts again with every value."""


def check_values(graded: Mapping[str, int], columns: frozenset[str] | None) -> None:
    """OtherValue when a kept answer's grades name a value outside `columns` (None: nothing to check).

    A damaged answer, left out, is not checked: its values get no column when all answers are read first either.
    """
    if columns is not None and not graded.keys() <= columns:
        raise OtherValue


def remember(cache: dict, key: Any, piece: Any) -> Any:
    """Keep `piece` under `key`, after emptying `cache` when it is full; returns `piece`."""
    if len(cache) >= CACHE_LIMIT:
        cache.clear()
    cache[key] = piece
    return piece


def all_text(*values: Any) -> bool:
    return all(type(value) is str for value in values)


def choice_ok(scenario: Any, node: Any, choice: Any, board: Any, votes: Any) -> bool:
    """The fields a choice decides (and its votes) are what the store's rules allow."""
    return all_text(scenario, node, choice) and board in BOARD_MOVES and type(votes) is int and votes >= 1


def seconds_ok(seconds: Any) -> bool:
    return (type(seconds) is float or type(seconds) is int) and 0 <= seconds < math.inf


def effects_of(stored: Any) -> Any:
    """The grades an effects column holds, or None when it is damaged."""
    try:
        return grades(stored)
    except Damaged:
        return None


def stored_moment(at: Any) -> Any:
    """The UTC time of a stored time in the store's own form (STORED_TIME), or None."""
    if type(at) is not str or not STORED_TIME.fullmatch(at):
        return None
    try:
        return stored_time(at, "the time")
    except Damaged:
        return None


def local_hour(clock: LocalClock, at: Any) -> str | None:
    """'YYYY-MM-DD HH', the local hour of a stored time, when its hour's local times are whole hours away from UTC."""
    moment = stored_moment(at)
    return None if moment is None else clock.hour_text(moment)


def common_columns(rows: Sequence[tuple]) -> tuple[tuple, ...] | None:
    """The columns of a session's stored rows when every time is in the store's own form, every answer id plain and
    every vote count a whole number, checked a column at a time; None when one is not (or there are no rows)."""
    if not rows:
        return None
    columns = tuple(zip(*rows))
    try:
        if not (stored_times(columns[8]) and _PLAIN_IDS.fullmatch("\n".join(columns[0]))):
            return None
    except TypeError:  # a time or an id that is not text
        return None
    return columns if set(map(type, columns[9])) == {int} else None


def stored_times(times: Sequence[str]) -> bool:
    """Every time is in the store's own form (STORED_TIME); TypeError when one is not text.

    Checked on the times joined, as a regular expression would, at a few steps a character: the digits made 0 must
    give the form's pattern, and the characters that allow fewer digits (the millennium, the tens of minutes and
    of seconds, the zeros of +00:00) are looked at a column at a time.
    """
    joined = "\n".join(times)
    if not times or len(joined) != _TIME_LINE * len(times) - 1 or not joined.isascii():
        return False
    if joined.translate(_ZEROS) != (_TIME_SHAPE * len(times))[:-1]:
        return False
    column = joined.__getitem__
    return (not column(slice(0, None, _TIME_LINE)).strip("12")
            and not "".join(column(slice(at, None, _TIME_LINE)) for at in (14, 17)).strip("012345")
            and not "".join(column(slice(at, None, _TIME_LINE)) for at in _UTC_ZEROS).strip("0"))


def hours_of(times: Sequence[str]) -> list[str]:
    """The UTC hour (time[:HOUR]) of each time."""
    return list(map(getitem, times, repeat(HOUR_PART)))


def missing(keys: Sequence[Any], known: Mapping[Any, Any]) -> set[Any]:
    """The different keys not in `known`."""
    return set(keys).difference(known)
