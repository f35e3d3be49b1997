"""The whole-class vote: the teacher types how many pupils chose each option; the class follows the lead."""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from fractions import Fraction

from play_for_integrity.content.model import Scenario, StoryNode

MAX_VOTES = 999


@dataclass(frozen=True)
class VoteResult:
    """The class's votes on one node and the branch it follows."""

    scenario_id: str
    node_id: str
    counts: dict[str, int]
    total: int
    shares: dict[str, float]
    leading: tuple[str, ...]
    followed: str


class ClassVote:
    """Walks a playlist like the solo journey, but each node is answered by the whole class's votes."""

    def __init__(self, playlist: list[Scenario], class_size: int | None = None) -> None:
        if not playlist:
            raise ValueError("a class vote needs at least one scenario")
        if class_size is not None and (isinstance(class_size, bool) or not isinstance(class_size, int)
                                       or not 1 <= class_size <= MAX_VOTES):
            raise ValueError(f"the class size must be a whole number 1..{MAX_VOTES}, not {class_size!r}")
        self.playlist = list(playlist)
        self.class_size = class_size  # None: not given, so only each count's own limit applies
        self.scenario_index = 0
        self.node_id = self.playlist[0].start.id
        self.results: list[VoteResult] = []
        self.result: VoteResult | None = None  # the vote on the current node, while its feedback is shown

    @property
    def finished(self) -> bool:
        """Every scenario of the playlist has been voted through."""
        return self.scenario_index >= len(self.playlist)

    @property
    def scenario(self) -> Scenario:
        if self.finished:
            raise RuntimeError("the class vote is over")
        return self.playlist[self.scenario_index]

    @property
    def node(self) -> StoryNode:
        return self.scenario.nodes[self.node_id]

    @property
    def seen(self) -> tuple[str, ...]:
        """The steps of the current story the class has seen, in order: those it voted on, then this one."""
        scenario_id = self.scenario.id
        voted = [r.node_id for r in self.results if r.scenario_id == scenario_id]
        return tuple(dict.fromkeys([*voted, self.node_id]))

    @property
    def awaiting_vote(self) -> bool:
        """The current node has choices and no votes yet."""
        return not self.finished and self.result is None and not self.node.is_ending

    def submit(self, counts: dict[str, int], follow: str | None = None) -> VoteResult:
        """Record the votes on the current node; the class follows `follow` (a leading choice) or the first leader."""
        if not self.awaiting_vote:
            raise RuntimeError("no vote is expected now")
        node = self.node
        ids = [c.id for c in node.choices]
        unknown = [key for key in counts if key not in ids]
        if unknown:
            raise ValueError(f"{', '.join(map(repr, unknown))} is not a choice here; the choices are {', '.join(ids)}")
        full = {}
        for choice_id in ids:
            count = counts.get(choice_id, 0)
            if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= MAX_VOTES:
                raise ValueError(f"votes for {choice_id!r} must be a whole number 0..{MAX_VOTES}, not {count!r}")
            full[choice_id] = count
        total = sum(full.values())
        if total < 1:
            raise ValueError("nobody has voted yet: enter at least one vote")
        if self.class_size is not None and total > self.class_size:
            raise ValueError(f"{total} votes, but the class has {self.class_size} pupils: check the counts")
        most = max(full.values())
        leading = tuple(c for c in ids if full[c] == most)
        if follow is not None and follow not in leading:
            raise ValueError(f"the class can follow only a leading choice ({', '.join(leading)}), not {follow!r}")
        result = VoteResult(self.scenario.id, node.id, full, total, {c: n / total for c, n in full.items()},
                            leading, follow if follow is not None else leading[0])
        self.results.append(result)
        self.result = result
        return result

    def follow(self, choice_id: str) -> VoteResult:
        """On a tie, the teacher picks which of the leading options the story follows."""
        result = self.result
        if result is None:
            raise RuntimeError("there is no vote to follow")
        if choice_id not in result.leading:
            raise ValueError(f"the class can follow only a leading choice ({', '.join(result.leading)}), "
                             f"not {choice_id!r}")
        chosen = dataclasses.replace(result, followed=choice_id)
        self.result = chosen
        self.results[-1] = chosen
        return chosen

    def withdraw(self) -> VoteResult:
        """Take back the votes on show (a count was typed wrong): the same node waits for a vote again."""
        if self.result is None:
            raise RuntimeError("there is no vote to take back")
        withdrawn = self.result
        self.results.pop()
        self.result = None
        return withdrawn

    def skip_story(self) -> None:
        """Leave the current story without a vote (or after one); the next story starts."""
        if self.finished:
            raise RuntimeError("the class vote is over")
        self.result = None
        self.scenario_index += 1
        if not self.finished:
            self.node_id = self.scenario.start.id

    def advance(self) -> None:
        """After the feedback (or an ending node): follow the chosen branch, or go on to the next scenario."""
        if self.finished:
            raise RuntimeError("the class vote is over")
        if self.result is None and not self.node.is_ending:
            raise RuntimeError("vote before moving on")
        if self.result is not None:
            following = self.node.choice(self.result.followed).next
            self.result = None
            if following:
                self.node_id = following
                return
        self.scenario_index += 1
        if not self.finished:
            self.node_id = self.scenario.start.id

    def class_profile(self) -> dict[str, int]:
        """The class's average pupil: per value, each vote's effects weighted by its share of the votes."""
        sums: dict[str, Fraction] = {}
        by_id = {s.id: s for s in self.playlist}
        for result in self.results:
            node = by_id[result.scenario_id].nodes[result.node_id]
            for choice in node.choices:
                for value, effect in choice.effects.items():
                    share = Fraction(result.counts[choice.id] * effect, result.total)
                    sums[value] = sums.get(value, Fraction(0)) + share
        return {value: _round_half_away(total) for value, total in sums.items()}


def _round_half_away(number: Fraction) -> int:
    """Round to the nearest whole number, halves away from zero (so +0.5 and -0.5 are treated alike)."""
    whole = math.floor(abs(number) + Fraction(1, 2))
    return whole if number >= 0 else -whole
