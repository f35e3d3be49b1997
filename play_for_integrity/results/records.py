"""What the results store holds, as plain dataclasses, and the UTC time stamps they carry."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

MODES = ("solo", "board", "vote")


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def to_iso(moment: datetime) -> str:
    """A UTC ISO 8601 stamp with milliseconds, e.g. 2025-03-01T08:15:02.120+00:00."""
    if moment.tzinfo is None:
        raise ValueError("time stamps must carry a time zone (use datetime.now(timezone.utc))")
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds")


def from_iso(text: str) -> datetime:
    """Parse a stamp written by `to_iso` (a trailing 'Z' is accepted too); the result is UTC-aware."""
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"the time {text!r} has no time zone")
    return moment.astimezone(timezone.utc)


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


@dataclass(frozen=True)
class Answer:
    """One confirmed choice; in vote mode `votes` says how many pupils chose it."""

    uuid: str
    session_uuid: str
    participant_uuid: str
    scenario_id: str
    node_id: str
    choice_id: str
    effects: dict[str, int]
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
