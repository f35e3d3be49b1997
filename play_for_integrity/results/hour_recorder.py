"""Records an Integrity Hour in the class results store: each team (board) or the class (vote) as a participant."""

from __future__ import annotations

import logging

from play_for_integrity.content.model import Choice
from play_for_integrity.core.board_game import BoardGame
from play_for_integrity.core.class_vote import ClassVote, VoteResult
from play_for_integrity.results.errors import ResultsError
from play_for_integrity.results.game_recorder import NO_CLASS
from play_for_integrity.results.store import ResultsStore

log = logging.getLogger(__name__)

SESSION_KEY = "results_session"


def _team_key(index: int) -> str:
    return f"results_team_{index}"


class BoardRecorder:
    """Keeps the store in step with a board game; the store ids travel in the game's meta, so a resumed game
    goes on writing to the same session."""

    def __init__(self, store: ResultsStore, game: BoardGame):
        self.store = store
        self.game = game

    def start(self, class_name: str, band: str, language: str) -> None:
        """Open the stored session for a new game, or find the one a resumed game was writing to."""
        meta = self.game.meta
        sid = meta.get(SESSION_KEY)
        if sid and self._exists(sid):
            return
        sid = self.store.start_session(class_name or NO_CLASS, "board", band, language, list(self.game.dilemma_deck))
        meta[SESSION_KEY] = sid
        for index, team in enumerate(self.game.teams):
            meta[_team_key(index)] = self.store.add_participant(sid, team.name)

    def _exists(self, sid: str) -> bool:
        try:
            self.store.session_summary(sid)
        except ResultsError:
            return False
        return True

    @property
    def session_id(self) -> str | None:
        return self.game.meta.get(SESSION_KEY)

    def record_dilemma(self, team: int, scenario_id: str, node_id: str, choice: Choice, seconds: float) -> None:
        sid, pid = self.session_id, self.game.meta.get(_team_key(team))
        if sid is None or pid is None:
            return
        self.store.record_answer(sid, pid, scenario_id, node_id, choice.id, choice.effects, choice.board, seconds)

    def after_undo(self) -> int:
        """Withdraw undone answers: each team keeps the first ones recorded, as many as the game counts."""
        withdrawn = 0
        for index, done in enumerate(self.game.dilemmas_done):
            pid = self.game.meta.get(_team_key(index))
            if pid is not None:
                withdrawn += self.store.withdraw_answers(pid, done)
        return withdrawn

    def finish(self) -> None:
        """Store each team's integrity profile and close the session."""
        sid = self.session_id
        if sid is None:
            return
        for index, profile in enumerate(self.game.profiles):
            pid = self.game.meta.get(_team_key(index))
            if pid is not None:
                self.store.finish_participant(pid, profile)
        self.store.end_session(sid)


class VoteRecorder:
    """The whole class as one participant; each vote stored as one answer per option with its number of votes."""

    def __init__(self, store: ResultsStore, vote: ClassVote, class_name: str, band: str, language: str):
        self.store = store
        self.vote = vote
        self.sid = store.start_session(class_name or NO_CLASS, "vote", band, language, [s.id for s in vote.playlist])
        self.pid = store.add_participant(self.sid, class_name or NO_CLASS)

    def record(self, result: VoteResult, seconds: float) -> None:
        scenario = next(s for s in self.vote.playlist if s.id == result.scenario_id)
        node = scenario.nodes[result.node_id]
        with self.store.together():  # all options of one vote are stored, or kept in the journal, together
            for choice in node.choices:
                count = result.counts.get(choice.id, 0)
                if count:
                    self.store.record_answer(self.sid, self.pid, scenario.id, node.id, choice.id, choice.effects,
                                             choice.board, seconds, votes=count)

    def finish(self) -> None:
        self.store.finish_participant(self.pid, self.vote.class_profile())
        self.store.end_session(self.sid)
