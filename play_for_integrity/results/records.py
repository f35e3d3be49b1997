"""What the results store holds, as plain dataclasses, and the UTC time stamps they carry."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import NamedTuple

MODES = ("solo", "board", "vote")
VOTES_MAX = 10_000  # pupils behind one option of a class vote: more than any school hall
TOTAL_LIMIT = 1_000_000  # a profile total is a sum of small grades; beyond this it is damage, not play
SECONDS_MAX = 10_000_000.0  # about 115 days on one question
YEARS = (1900, 2999)  # times outside these years in a file to merge are refused
# Any stored time is read back within these bounds, so turning it into local time can never overflow.
_SAFE_FIRST = datetime(1, 1, 2, tzinfo=timezone.utc)
_SAFE_LAST = datetime(9999, 12, 30, tzinfo=timezone.utc)


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def to_iso(moment: datetime) -> str:
    """A UTC ISO 8601 stamp with milliseconds, e.g. 2025-03-01T08:15:02.120+00:00."""
    if moment.tzinfo is not timezone.utc:  # the times read from the store are UTC already
        if moment.tzinfo is None:
            raise ValueError("time stamps must carry a time zone (use datetime.now(timezone.utc))")
        moment = moment.astimezone(timezone.utc)
    return moment.isoformat(timespec="milliseconds")


def from_iso(text: str) -> datetime:
    """Parse a stamp written by `to_iso` (a trailing 'Z' is accepted too); the result is UTC-aware."""
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"the time {text!r} has no time zone")
    try:
        return moment.astimezone(timezone.utc)
    except OverflowError as err:  # e.g. 9999-12-31T23:00-05:00 is in the year 10000 in UTC
        raise ValueError(f"the time {text!r} is out of range") from err


def within_years(moment: datetime) -> bool:
    """True when a UTC time lies in the years a real session can have (see YEARS)."""
    return YEARS[0] <= moment.year <= YEARS[1]


def bounded(moment: datetime) -> datetime:
    """`moment` pulled back inside years 1..9999 by a day, so that any local time zone can show it."""
    return min(max(moment, _SAFE_FIRST), _SAFE_LAST)


def to_local(moment: datetime) -> datetime:
    """The computer's local time for a UTC time; a time the local zone cannot show stays in UTC."""
    try:
        return moment.astimezone()
    except (OverflowError, ValueError, OSError):
        return moment


@dataclass(frozen=True)
class SessionSummary:
    """One line of the session list."""

    uuid: str
    class_name: str
    mode: str
    band: str
    language: str
    started_at: datetime
    ended_at: datetime | None
    participants: int
    answers: int


@dataclass(frozen=True)
class Participant:
    """A pupil (nickname), a team (board mode) or the whole class (vote mode)."""

    uuid: str
    session_uuid: str
    nickname: str
    finished_at: datetime | None = None
    profile: dict[str, int] = field(default_factory=dict)


class Answer(NamedTuple):
    """One confirmed choice; in vote mode `votes` says how many pupils chose it (a tuple: a year holds millions).

    `effects` is read-only: answers with the same effects share one mapping.
    """

    uuid: str
    session_uuid: str
    participant_uuid: str
    scenario_id: str
    node_id: str
    choice_id: str
    effects: Mapping[str, int]
    board: str
    seconds: float
    answered_at: datetime
    votes: int = 1


@dataclass(frozen=True)
class SessionData:
    """Everything recorded about one session."""

    uuid: str
    class_name: str
    mode: str
    band: str
    language: str
    playlist: tuple[str, ...]
    started_at: datetime
    ended_at: datetime | None
    participants: tuple[Participant, ...] = ()
    answers: tuple[Answer, ...] = ()

    def participant(self, uuid: str) -> Participant:
        for participant in self.participants:
            if participant.uuid == uuid:
                return participant
        raise KeyError(uuid)

    def value_ids(self) -> list[str]:
        """Every value named in a profile or an answer, in first-seen order."""
        seen: dict[str, None] = {}
        for participant in self.participants:
            seen.update(dict.fromkeys(participant.profile))
        for answer in self.answers:
            seen.update(dict.fromkeys(answer.effects))
        return list(seen)
