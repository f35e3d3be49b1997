"""The team board game of the Integrity Hour as an application: actions in, every one saved and recorded.

Every action is saved at once (a crash resumes at the same turn) and every answer goes to the results sink; a
failure to save or record becomes a notice, never the end of the lesson.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from play_for_integrity.content.library import Library
from play_for_integrity.content.model import Scenario, StoryNode
from play_for_integrity.content.task_cards import TaskCard
from play_for_integrity.core.board import build_board
from play_for_integrity.core.board_game import BoardGame, Move, Team
from play_for_integrity.core.board_save import clear_saved_game, save_game
from play_for_integrity.core.team_timer import TeamTimer
from play_for_integrity.i18n import N_
from play_for_integrity.play.actions import (Action, AnswerCard, EndGame, Finish, JudgeTask, Outcome, Roll, SkipCard,
                                             Undo)
from play_for_integrity.play.notices import Notice
from play_for_integrity.play.results_sink import Notify, ResultsSink
from play_for_integrity.results.hour_recorder import BoardRecorder

log = logging.getLogger(__name__)

CLASS_KEY, BAND_KEY, LANGUAGE_KEY = "class_name", "band", "language"


@dataclass(frozen=True)
class CardAnswer:
    """What one answer on a dilemma card did: the move (none yet while the story goes on), the next step the team
    decides, or the ending it reached, and the steps the class has seen on this card."""

    move: Move
    next_step: StoryNode | None
    ending: StoryNode | None
    seen: tuple[str, ...]

    @property
    def goes_on(self) -> bool:
        return self.next_step is not None


class BoardHour:
    """A board game in play with its team-talk timer; `dispatch` takes the teacher's actions."""

    def __init__(self, game: BoardGame, library: Library, sink: ResultsSink, data_dir: Path, notify: Notify,
                 timer_seconds: int = 60, clock: Callable[[], float] = time.monotonic, saves: bool = True):
        self.game = game
        self.saves = saves  # False for a screenshot's or the fit check's game: nobody resumes it
        self.library = library
        self.sink = sink
        self.data_dir = data_dir
        self.notify = notify
        self.timer = TeamTimer(timer_seconds)
        self.clock = clock
        self.card_shown_at = clock()
        self.recorder: BoardRecorder | None = None
        meta = game.meta
        sink.write("start recording the game", lambda store: self._recording(store).start(
            meta.get(CLASS_KEY, ""), meta.get(BAND_KEY, ""), meta.get(LANGUAGE_KEY, "")))
        self._save()

    @classmethod
    def new(cls, library: Library, sink: ResultsSink, data_dir: Path, notify: Notify, class_name: str, band: str,
            language: str, minutes: int, teams: list[Team], seed: int | None = None,
            stories: Sequence[str] = (), **options) -> BoardHour:
        """A new game on a fresh board, the band's scenarios (or just `stories`, e.g. a quarter's) and task cards
        shuffled by the seed."""
        seed = seed if seed is not None else random.SystemRandom().randrange(1, 2**31)
        band_ids = [s.id for s in library.by_band(band)]
        dilemmas = [s for s in stories if s in band_ids] or band_ids
        tasks = [t.id for t in library.tasks_for_band(band)]
        meta = {CLASS_KEY: class_name, BAND_KEY: band, LANGUAGE_KEY: language}
        game = BoardGame(build_board(minutes, seed), teams, dilemmas, tasks, seed, meta)
        return cls(game, library, sink, data_dir, notify, **options)

    def _recording(self, store) -> BoardRecorder:
        if self.recorder is None or self.recorder.store is not store:
            self.recorder = BoardRecorder(store, self.game)
        return self.recorder

    # -- what is on the card --------------------------------------------------------------------------
    @property
    def class_name(self) -> str:
        return self.game.meta.get(CLASS_KEY, "")

    @property
    def scenario(self) -> Scenario | None:
        card = self.game.card
        return self.library.scenarios.get(card) if self.game.phase == "dilemma" and card else None

    @property
    def node(self) -> StoryNode | None:
        """The step of the dilemma card the team decides now: the start, or where its last answer led."""
        scenario = self.scenario
        if scenario is None:
            return None
        steps = self.game.steps
        if not steps:
            return scenario.start
        last = scenario.nodes.get(steps[-1].node)
        try:
            return scenario.nodes.get(last.choice(steps[-1].choice).next or "") if last else None
        except KeyError:  # the scenario file changed under a saved game
            return None

    @property
    def task(self) -> TaskCard | None:
        card = self.game.card
        return self.library.tasks.get(card) if self.game.phase == "task" and card else None

    @property
    def card_missing(self) -> bool:
        """A card is on show but its file was removed since the game was saved (or the save names no card)."""
        return self.game.phase in ("dilemma", "task") and self.scenario is None and self.task is None

    @property
    def missing_card(self) -> str | None:
        """The id of the card on show whose file was removed, when the save names one."""
        return self.game.card if self.card_missing else None

    # -- actions --------------------------------------------------------------------------------------
    def dispatch(self, action: Action) -> Outcome:
        """Carry out one action; one that does not apply now (a second press in one frame) is refused."""
        handlers = {Roll: self._roll, AnswerCard: self._answer, JudgeTask: self._judge, SkipCard: self._skip,
                    Undo: self._undo, EndGame: self._end, Finish: self._finish}
        handler = handlers.get(type(action))
        if handler is None:
            return Outcome.refused(f"the board game has no action {action.kind!r}")
        try:
            return handler(action)
        except (RuntimeError, ValueError) as err:  # the rules refuse an action the state does not allow
            return Outcome.refused(str(err))

    def _roll(self, _: Action) -> Outcome:
        move = self.game.roll()
        self.card_shown_at = self.clock()
        self.timer.reset()
        self._save()
        return Outcome.done(move)

    def _answer(self, action: AnswerCard) -> Outcome:
        scenario, node = self.scenario, self.node
        if scenario is None or node is None:
            return Outcome.refused("there is no dilemma card on show")
        if action.choice_id not in {c.id for c in node.choices}:
            return Outcome.refused(f"{action.choice_id!r} is not a choice on this card")
        choice = node.choice(action.choice_id)
        after = scenario.nodes.get(choice.next or "")
        leads_on = after is not None and not after.is_ending
        seen = (*(step.node for step in self.game.steps), node.id, *((after.id,) if after else ()))
        team = self.game.current
        move: Move = self.game.answer_dilemma(choice, node.id, leads_on)
        seconds = round(max(0.0, self.clock() - self.card_shown_at), 2)
        self.sink.write("save the answer", lambda store: self._recording(store).record_dilemma(
            team, scenario.id, node.id, choice, seconds))
        if leads_on:  # the same team decides the next step, with a fresh talk timer
            self.card_shown_at = self.clock()
            self.timer.reset()
        else:
            self.timer.pause()
        self._save()
        return Outcome.done(CardAnswer(move, after if leads_on else None, after if not leads_on else None, seen))

    def _judge(self, action: JudgeTask) -> Outcome:
        move = self.game.judge_task(action.right)
        self.timer.pause()
        self._save()
        return Outcome.done(move)

    def _skip(self, _: Action) -> Outcome:
        self.game.skip_card()
        self.timer.pause()
        self._save()
        return Outcome.done()

    def _undo(self, _: Action) -> Outcome:
        if not self.game.undo():
            return Outcome.refused("there is nothing to undo")
        self.sink.write("withdraw an undone answer", lambda store: self._recording(store).after_undo())
        self.timer.reset()
        self._save()
        return Outcome.done()

    def _end(self, _: Action) -> Outcome:
        self.game.end_early()
        self._save()
        return Outcome.done()

    def _finish(self, _: Action) -> Outcome:
        """The game is over: store each team's profile and forget the saved game (its results stay)."""
        if not self.game.is_over:
            return Outcome.refused("the game is not over")
        self.sink.write("save the final profiles", lambda store: self._recording(store).finish())
        self._guard(N_("Integrity Hour: the finished game's save file could not be removed: %(error)s"),
                    lambda: clear_saved_game(self.data_dir))
        return Outcome.done()

    def close_unfinished(self) -> None:
        """A new game replaces this unfinished one: store its profiles as they stand and remove its save."""
        self.sink.write("save the final profiles", lambda store: self._recording(store).finish())
        self._guard(N_("Integrity Hour: the unfinished game's save file could not be removed: %(error)s"),
                    lambda: clear_saved_game(self.data_dir))

    def _save(self) -> None:
        if not self.saves:
            return
        self._guard(N_("Integrity Hour: the game could not be saved: %(error)s"),
                    lambda: save_game(self.game, self.data_dir))

    def _guard(self, problem: str, action: Callable[[], object]) -> None:
        """Run `action`; a failure becomes the notice `problem` (a message id with %(error)s), never a crash."""
        try:
            action()
        except Exception as err:  # noqa: BLE001 - a full disk must not end the lesson
            notice = Notice(problem, error=str(err))
            log.exception("%s", notice)
            self.notify(notice)
