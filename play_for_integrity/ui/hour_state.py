"""A running Integrity Hour: the board game or class vote plus what the screens need around it.

Every action of the board game is saved at once (a crash resumes at the same turn) and every answer goes to
the class results store; a failure to save or record becomes a notice, never the end of the lesson.
"""

from __future__ import annotations

import dataclasses
import logging
import random
import time
from collections.abc import Callable
from typing import TypeVar

from play_for_integrity.content.model import Choice, Scenario
from play_for_integrity.core.board import build_board
from play_for_integrity.core.board_game import BoardGame, Move, Team
from play_for_integrity.core.board_save import clear_saved_game, save_game
from play_for_integrity.core.class_vote import ClassVote, VoteResult
from play_for_integrity.core.team_timer import TeamTimer

log = logging.getLogger(__name__)
T = TypeVar("T")

CLASS_KEY, BAND_KEY, LANGUAGE_KEY = "class_name", "band", "language"


def results_store(app):
    """The class results store the game writes to, or None when it cannot be opened (already a notice)."""
    store = getattr(app.session.on_answer, "store", None) or getattr(app, "results_store", None)
    if store is not None:
        return store
    from play_for_integrity.results.errors import ResultsError
    from play_for_integrity.results.store import ResultsStore
    try:
        app.results_store = ResultsStore.open(app.session.data_dir)
    except (ResultsError, OSError) as err:
        app.notice(f"class results cannot be saved on this computer: {err}")
        app.results_store = None
    return app.results_store


def _guarded(app, what: str, action: Callable[[], T]) -> T | None:
    try:
        return action()
    except Exception as err:  # noqa: BLE001 - a full disk must not end the lesson
        log.exception("Integrity Hour: could not %s", what)
        app.notice(f"Integrity Hour: could not {what}: {err}")
        return None


class BoardHour:
    """The board game in play, its recorder, the team-talk timer and when the current card was shown."""

    def __init__(self, app, game: BoardGame, timer_seconds: int = 60):
        from play_for_integrity.results.hour_recorder import BoardRecorder
        self.app = app
        self.game = game
        self.timer = TeamTimer(timer_seconds)
        self.card_shown_at = time.monotonic()
        store = results_store(app)
        self.recorder = BoardRecorder(store, game) if store is not None else None
        if self.recorder is not None:
            meta = game.meta
            _guarded(app, "start recording the game",
                     lambda: self.recorder.start(meta.get(CLASS_KEY, ""), meta.get(BAND_KEY, ""),
                                                 meta.get(LANGUAGE_KEY, app.session.settings.language)))
        self._after()

    @classmethod
    def new(cls, app, class_name: str, band: str, minutes: int, teams: list[Team], seed: int | None = None) -> BoardHour:
        """A new game on a fresh board, the band's scenarios and task cards shuffled by the seed."""
        library = app.session.library
        seed = seed if seed is not None else random.SystemRandom().randrange(1, 2**31)
        dilemmas = [s.id for s in library.by_band(band)]
        tasks = [t.id for t in library.tasks_for_band(band)]
        meta = {CLASS_KEY: class_name, BAND_KEY: band, LANGUAGE_KEY: app.session.settings.language}
        game = BoardGame(build_board(minutes, seed), teams, dilemmas, tasks, seed, meta)
        return cls(app, game)

    # -- what is on the card ----------------------------------------------------------------------------
    @property
    def scenario(self) -> Scenario | None:
        card = self.game.card
        return self.app.session.library.scenarios.get(card) if self.game.phase == "dilemma" and card else None

    @property
    def task(self):
        card = self.game.card
        return self.app.session.library.tasks.get(card) if self.game.phase == "task" and card else None

    # -- actions: each one saved at once --------------------------------------------------------------
    def roll(self) -> Move:
        move = self.game.roll()
        self.card_shown_at = time.monotonic()
        self.timer.reset()
        self._after()
        return move

    def answer(self, choice: Choice) -> Move:
        scenario = self.scenario
        team = self.game.current
        move = self.game.answer_dilemma(choice)
        if self.recorder is not None and scenario is not None:
            seconds = round(time.monotonic() - self.card_shown_at, 2)
            _guarded(self.app, "save the answer",
                     lambda: self.recorder.record_dilemma(team, scenario.id, scenario.start.id, choice, seconds))
        self.timer.pause()
        self._after()
        return move

    def judge(self, right: bool) -> Move:
        move = self.game.judge_task(right)
        self.timer.pause()
        self._after()
        return move

    def skip(self) -> None:
        self.game.skip_card()
        self.timer.pause()
        self._after()

    def undo(self) -> bool:
        undone = self.game.undo()
        if undone:
            if self.recorder is not None:
                _guarded(self.app, "withdraw an undone answer", self.recorder.after_undo)
            self.timer.reset()
            self._after()
        return undone

    def end_early(self) -> None:
        self.game.end_early()
        self._after()

    def finish(self) -> None:
        """The game is over: store each team's profile and forget the saved game (its results stay)."""
        if self.recorder is not None:
            _guarded(self.app, "save the final profiles", self.recorder.finish)
        _guarded(self.app, "remove the finished game's save file", lambda: clear_saved_game(self.app.session.data_dir))

    def _after(self) -> None:
        _guarded(self.app, "save the game", lambda: save_game(self.game, self.app.session.data_dir))


class VoteHour:
    """A whole-class vote over a playlist, recorded with the class as one participant."""

    def __init__(self, app, playlist: list[Scenario], class_name: str, band: str, timer_seconds: int = 60):
        from play_for_integrity.results.hour_recorder import VoteRecorder
        self.app = app
        self.vote = ClassVote(playlist)
        self.class_name = class_name
        self.band = band
        self.timer = TeamTimer(timer_seconds)
        self.shown_at = time.monotonic()
        store = results_store(app)
        self.recorder = None
        if store is not None:
            self.recorder = _guarded(app, "start recording the vote",
                                     lambda: VoteRecorder(store, self.vote, class_name, band,
                                                          app.session.settings.language))

    def submit(self, counts: dict[str, int], follow: str | None = None) -> VoteResult:
        result = self.vote.submit(counts, follow)
        if self.recorder is not None:
            seconds = round(time.monotonic() - self.shown_at, 2)
            _guarded(self.app, "save the votes", lambda: self.recorder.record(result, seconds))
        self.timer.pause()
        return result

    def follow(self, choice_id: str) -> None:
        """On a tie, the teacher picks which of the leading options the story follows."""
        result = self.vote.result
        if result is not None and choice_id in result.leading and choice_id != result.followed:
            chosen = dataclasses.replace(result, followed=choice_id)
            self.vote.result = chosen
            self.vote.results[-1] = chosen

    def advance(self) -> None:
        self.vote.advance()
        self._next()

    def skip(self) -> None:
        """Leave the current story without a vote; the next one starts."""
        vote = self.vote
        vote.result = None
        vote.scenario_index += 1
        if not vote.finished:
            vote.node_id = vote.scenario.start.id
        self._next()

    def _next(self) -> None:
        self.shown_at = time.monotonic()
        self.timer.reset()

    def finish(self) -> None:
        if self.recorder is not None:
            _guarded(self.app, "save the class profile", self.recorder.finish)
