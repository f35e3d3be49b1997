"""The whole-class vote as an application: the teacher's counts (or the pupils' answer cards) in, the class's split
and path out, recorded."""

from __future__ import annotations

import time
from collections.abc import Callable

from play_for_integrity.content.model import Scenario
from play_for_integrity.core.class_vote import ClassVote
from play_for_integrity.core.journey import Answer
from play_for_integrity.core.profile import Profile, build_profile
from play_for_integrity.core.team_timer import TeamTimer
from play_for_integrity.play.actions import (Action, Advance, Finish, Follow, Outcome, SkipStory, SubmitVotes,
                                             UndoVote)
from play_for_integrity.play.results_sink import ResultsSink
from play_for_integrity.play.vote_cards import SubmitCards, card_choices, card_counts
from play_for_integrity.results.card_recorder import CardRecorder
from play_for_integrity.results.hour_recorder import VoteRecorder


class VoteHour:
    """A whole-class vote over a playlist, recorded with the class as one participant (and, for a vote read from
    answer cards, each pupil under their card number)."""

    def __init__(self, playlist: list[Scenario], sink: ResultsSink, class_name: str, band: str, language: str,
                 timer_seconds: int = 60, clock: Callable[[], float] = time.monotonic, class_size: int | None = None):
        self.vote = ClassVote(playlist, class_size)
        self.sink = sink
        self.class_name = class_name
        self.band = band
        self.timer = TeamTimer(timer_seconds)
        self.clock = clock
        self.shown_at = clock()
        self.finished = False
        self.stored_rows: list[int] = []  # answer rows stored for each vote in vote.results (0 when saving failed)
        self.card_votes: list[tuple[int, ...]] = []  # for each vote, the card numbers whose answers were stored
        self.recorder: VoteRecorder | None = sink.write(
            "start recording the vote", lambda store: VoteRecorder(store, self.vote, class_name, band, language))
        self.cards: CardRecorder | None = CardRecorder(self.recorder) if self.recorder is not None else None

    def dispatch(self, action: Action) -> Outcome:
        """Carry out one action; one that does not apply now (a second press in one frame) is refused."""
        try:
            if isinstance(action, SubmitVotes):
                return self._submit(action)
            if isinstance(action, SubmitCards):
                return self._submit_cards(action)
            if isinstance(action, UndoVote):
                return self._undo_vote()
            if isinstance(action, Follow):
                self.vote.follow(action.choice_id)
                return Outcome.done(self.vote.result)
            if isinstance(action, Advance):
                self.vote.advance()
                self._next()
                return Outcome.done()
            if isinstance(action, SkipStory):
                self.vote.skip_story()
                self._next()
                return Outcome.done()
            if isinstance(action, Finish):
                return self._finish()
        except (RuntimeError, ValueError) as err:
            return Outcome.refused(str(err))
        return Outcome.refused(f"the class vote has no action {action.kind!r}")

    def _submit(self, action: SubmitVotes) -> Outcome:
        result = self.vote.submit(dict(action.counts), action.follow)
        seconds = round(max(0.0, self.clock() - self.shown_at), 2)
        recorder = self.recorder
        rows = sum(1 for count in result.counts.values() if count)  # VoteRecorder stores one row per chosen option
        stored = None
        if recorder is not None:
            stored = self.sink.write("save the votes", lambda store: (recorder.record(result, seconds), rows)[1])
        self.stored_rows.append(stored or 0)
        self.card_votes.append(())
        self.timer.pause()
        return Outcome.done(result)

    def _submit_cards(self, action: SubmitCards) -> Outcome:
        """The letters the cards showed become the counts; each pupil's answer is stored under their number."""
        if not self.vote.awaiting_vote:
            raise RuntimeError("no vote is expected now")
        chosen = card_choices(self.vote.node, action.answers)
        if not chosen:
            raise ValueError("no card has been read with a letter of this question yet")
        result = self.vote.submit(card_counts(self.vote.node, chosen), action.follow)
        seconds = round(max(0.0, self.clock() - self.shown_at), 2)
        cards = self.cards
        stored = None
        if cards is not None:
            stored = self.sink.write("save the answers read from the cards",
                                     lambda store: cards.record(result, chosen, seconds))
        self.stored_rows.append(0)  # the class participant stores nothing: its pupils hold the answers
        self.card_votes.append(tuple(chosen) if stored else ())
        self.timer.pause()
        return Outcome.done(result)

    def _undo_vote(self) -> Outcome:
        """Take back the votes on show and their stored answers; the corrected counts replace them."""
        if self.finished:
            return Outcome.refused("the vote is already closed")
        withdrawn = self.vote.withdraw()
        self.stored_rows.pop()
        numbers, cards = self.card_votes.pop(), self.cards
        recorder, keep = self.recorder, sum(self.stored_rows)
        if numbers and cards is not None:
            self.sink.write("withdraw the corrected votes", lambda _: cards.withdraw(numbers))
        elif recorder is not None:  # through the store the votes went to, so a journal keeps the two in order
            self.sink.write("withdraw the corrected votes",
                            lambda _: recorder.store.withdraw_answers(recorder.pid, keep))
        return Outcome.done(withdrawn)

    def average_answers(self) -> list[Answer]:
        """One answer per vote with the effects of the class's average pupil (each option weighted by its votes)."""
        by_id = {s.id: s for s in self.vote.playlist}
        answers = []
        for result in self.vote.results:
            node = by_id[result.scenario_id].nodes[result.node_id]
            effects: dict[str, float] = {}
            for choice in node.choices:
                for value, amount in choice.effects.items():
                    effects[value] = effects.get(value, 0.0) + amount * result.counts[choice.id] / result.total
            answers.append(Answer(result.scenario_id, result.node_id, result.followed, effects, "stay", 0.0))
        return answers

    def profile(self, values: list[str]) -> Profile:
        """The class's integrity profile, as the end screen charts it."""
        return build_profile(values, self.average_answers(), {s.id: s for s in self.vote.playlist})

    def _next(self) -> None:
        self.shown_at = self.clock()
        self.timer.reset()

    def _finish(self) -> Outcome:
        if self.finished:
            return Outcome.refused("the vote is already closed")
        self.finished = True
        cards = self.cards
        if cards is not None:
            self.sink.write("save the class profile", lambda store: cards.finish())
        return Outcome.done()
