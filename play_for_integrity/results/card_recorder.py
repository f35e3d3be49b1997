"""Records class votes read from answer cards: each pupil's answer under their card number, never a name or image.

The class stays one participant (the VoteRecorder's), which keeps the class profile; each pupil who shows a card
becomes a participant named by the card's number ("№ 7"), so the teacher view and the exports list their answers
like any pupil's. Names for the numbers stay in a file on the teacher's PC and never reach the store.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from play_for_integrity.content.model import Choice
from play_for_integrity.core.class_vote import VoteResult
from play_for_integrity.results.hour_recorder import VoteRecorder

_NICKNAME = re.compile(r"№ ([0-9]{1,3})")


def pupil_nickname(number: int) -> str:
    """How a card's pupil is stored: the number alone, the same in every language."""
    return f"№ {number}"


def pupil_number(nickname: str) -> int | None:
    """The card number a stored nickname stands for, or None for a class, team or typed nickname."""
    match = _NICKNAME.fullmatch(nickname)
    return int(match.group(1)) if match else None


def card_profile(choices: Iterable[Choice]) -> dict[str, int]:
    """A pupil's value totals: the effects of every option they chose, added up."""
    totals: dict[str, int] = {}
    for choice in choices:
        for value, amount in choice.effects.items():
            totals[value] = totals.get(value, 0) + amount
    return totals


class CardRecorder:
    """Stores each card vote as one answer per pupil (votes=1), beside the class participant of `votes`."""

    def __init__(self, votes: VoteRecorder) -> None:
        self.votes = votes
        self.store = votes.store
        self.pupils: dict[int, str] = {}  # card number -> participant id, added at the pupil's first answer
        self.chosen: dict[int, list[Choice]] = {}  # card number -> the options stored for them, in order

    def record(self, result: VoteResult, answers: Mapping[int, str], seconds: float) -> int:
        """Store `answers` (card number -> choice id) of the vote `result`; returns how many were stored."""
        scenario = next(s for s in self.votes.vote.playlist if s.id == result.scenario_id)
        node = scenario.nodes[result.node_id]
        added: dict[int, str] = {}
        with self.store.together():  # the whole vote is stored, or kept in the journal, at once
            for number, choice_id in sorted(answers.items()):
                choice = node.choice(choice_id)
                pid = self.pupils.get(number) or added.get(number)
                if pid is None:
                    pid = added[number] = self.store.add_participant(self.votes.sid, pupil_nickname(number))
                self.store.record_answer(self.votes.sid, pid, scenario.id, node.id, choice.id, choice.effects,
                                         choice.board, seconds, votes=1)
        self.pupils.update(added)
        for number, choice_id in answers.items():
            self.chosen.setdefault(number, []).append(node.choice(choice_id))
        return len(answers)

    def withdraw(self, numbers: Iterable[int]) -> None:
        """Take back the last stored answer of each pupil in `numbers` (the teacher corrects that vote)."""
        with self.store.together():
            for number in numbers:
                kept = self.chosen.get(number)
                if self.pupils.get(number) is None or not kept:
                    continue
                kept.pop()
                self.store.withdraw_answers(self.pupils[number], len(kept))

    def finish(self) -> None:
        """Store every pupil's profile, then the class's, and close the session."""
        with self.store.together():
            for number, pid in sorted(self.pupils.items()):
                self.store.finish_participant(pid, card_profile(self.chosen.get(number, [])))
        self.votes.finish()
