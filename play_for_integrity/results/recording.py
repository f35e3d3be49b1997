"""The recording calls every mode makes, shared by the store and its journal-only stand-in (PendingStore)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime

from play_for_integrity.results import store_ops
from play_for_integrity.results.store_ops import Op


class Recording:
    """Builds each change as an operation (checked at once) and hands it to `_write`, or groups them."""

    _group: list[Op] | None = None

    def _write(self, ops: list[Op]) -> int:
        raise NotImplementedError

    def _commit(self, ops: list[Op]) -> int:
        if self._group is not None:
            self._group.extend(ops)
            return 0
        return self._write(ops)

    @contextmanager
    def together(self) -> Iterator[None]:
        """Record the changes made inside as one write: all stored, or all kept in the journal, never half."""
        if self._group is not None:
            yield
            return
        self._group = []
        try:
            yield
            ops = self._group
        finally:
            self._group = None
        self._commit(ops)

    def start_session(self, class_name: str, mode: str, band: str, language: str, playlist: Sequence[str],
                      *, started_at: datetime | None = None) -> str:
        op = store_ops.start_session(class_name, mode, band, language, playlist, started_at)
        self._commit([op])
        return op["uuid"]

    def add_participant(self, sid: str, nickname: str) -> str:
        """A pupil's nickname, a team name or the class; never a full name."""
        op = store_ops.add_participant(sid, nickname)
        self._commit([op])
        return op["uuid"]

    def record_answer(self, sid: str, pid: str, scenario_id: str, node_id: str, choice_id: str,
                      effects: Mapping[str, int], board: str, seconds: float, votes: int = 1,
                      *, answered_at: datetime | None = None) -> str:
        """Store one confirmed answer; it is on disk (in the database or the journal) when this returns."""
        op = store_ops.answer(sid, pid, scenario_id, node_id, choice_id, effects, board, seconds, votes, answered_at)
        self._commit([op])
        return op["uuid"]

    def withdraw_answers(self, pid: str, keep: int) -> int:
        """Delete a participant's answers after its first `keep` in recording order (the teacher undid them)."""
        return self._commit([store_ops.withdraw(pid, keep)])

    def finish_participant(self, pid: str, profile: Mapping[str, int], *, finished_at: datetime | None = None) -> None:
        """Store the final profile (value id -> total); calling it again replaces the profile."""
        self._commit([store_ops.finish(pid, profile, finished_at)])

    def end_session(self, sid: str, *, ended_at: datetime | None = None) -> None:
        self._commit([store_ops.end_session(sid, ended_at)])
