"""Connects a solo journey to the results store: each confirmed answer is on disk before feedback shows."""

from __future__ import annotations

import platform

from play_for_integrity.core.journey import Answer, Journey
from play_for_integrity.results.store import ResultsStore


NO_CLASS = "(no class)"
"""Stored as the class name when a pupil plays alone without a class set up by the teacher."""


def default_participant_name() -> str:
    """The computer's name: in a lab it tells the teacher which PC the answers came from, and names no pupil."""
    return (platform.node().split(".")[0] or "PC")[:40]


class GameRecorder:
    """Starts a stored session with a journey's first answer, and closes it with the final profile.

    The class and nickname typed before the game (`session.class_name`, `session.player_name`) win over the
    defaults given here; empty ones fall back to them.
    """

    def __init__(self, store: ResultsStore, class_name: str = "", participant: str | None = None):
        self.store = store
        self.class_name = class_name or NO_CLASS
        self.participant = participant or default_participant_name()
        self._journey: Journey | None = None
        self._sid: str | None = None
        self._pid: str | None = None

    def __call__(self, session, answer: Answer) -> None:
        journey = session.journey
        if journey is not self._journey:
            self._journey = journey
            class_name = (getattr(session, "class_name", "") or "").strip() or self.class_name
            participant = (getattr(session, "player_name", "") or "").strip() or self.participant
            self._sid = self.store.start_session(class_name, "solo", session.band or "", session.settings.language,
                                                 [s.id for s in journey.playlist])
            self._pid = self.store.add_participant(self._sid, participant)
        self.store.record_answer(self._sid, self._pid, answer.scenario_id, answer.node_id, answer.choice_id,
                                 answer.effects, answer.board, answer.seconds)

    def finish(self, journey: Journey) -> None:
        """Store the profile of a finished journey (called by the summary screen)."""
        if journey is self._journey and self._pid is not None and self._sid is not None:
            self.store.finish_participant(self._pid, journey.totals())
            self.store.end_session(self._sid)
            self._journey = None
