"""Records a solo journey in the class results store: the stored session starts with the first confirmed answer."""

from __future__ import annotations

import platform

from play_for_integrity.core.journey import Answer
from play_for_integrity.results.store import ResultsStore

NO_CLASS = "(no class)"
"""Stored as the class name when a pupil plays alone without a class set up by the teacher."""


def default_participant_name() -> str:
    """The computer's name: in a lab it tells the teacher which PC the answers came from, and names no pupil."""
    return (platform.node().split(".")[0] or "PC")[:40]


class GameRecorder:
    """One pupil's journey as one stored session with one participant; closed with the final profile.

    An empty class is stored as NO_CLASS and an empty nickname as the computer's name.
    """

    def __init__(self, band: str, language: str, playlist: list[str], class_name: str = "", participant: str = ""):
        self.band = band
        self.language = language
        self.playlist = list(playlist)
        self.class_name = class_name.strip() or NO_CLASS
        self.participant = participant.strip() or default_participant_name()
        self.session_id: str | None = None
        self.participant_id: str | None = None

    def record(self, store: ResultsStore, answer: Answer) -> None:
        """Store one confirmed answer (opening the stored session with the first)."""
        if self.session_id is None or self.participant_id is None:
            self.session_id = store.start_session(self.class_name, "solo", self.band, self.language, self.playlist)
            self.participant_id = store.add_participant(self.session_id, self.participant)
        store.record_answer(self.session_id, self.participant_id, answer.scenario_id, answer.node_id, answer.choice_id,
                            answer.effects, answer.board, answer.seconds)

    def finish(self, store: ResultsStore, totals: dict[str, int]) -> None:
        """Store the finished journey's profile and close its session (nothing when no answer was stored)."""
        if self.session_id is not None and self.participant_id is not None:
            store.finish_participant(self.participant_id, totals)
            store.end_session(self.session_id)
