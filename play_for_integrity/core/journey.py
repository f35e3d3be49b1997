"""The solo dilemma journey: a playlist of scenarios, the current node, the choices made, the scores."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from play_for_integrity.content.model import Choice, Scenario, StoryNode


@dataclass(frozen=True)
class Answer:
    """One confirmed choice, as the results store and the summary need it."""

    scenario_id: str
    node_id: str
    choice_id: str
    effects: dict[str, int]
    board: str
    seconds: float


def draw_playlist(scenarios: Sequence[Scenario], count: int, seed: int | None = None,
                  played: Sequence[str] = ()) -> list[Scenario]:
    """Up to `count` different scenarios drawn at random (seeded for replays and tests), those not in `played`
    (ids, most recent first) before those played longest ago, and the most recently played last of all."""
    rng = random.Random(seed)
    recency = {scenario_id: rank for rank, scenario_id in enumerate(played)}
    fresh = sorted((s for s in scenarios if s.id not in recency), key=lambda s: s.id)
    if len(fresh) >= count:
        return rng.sample(fresh, count)
    again = sorted((s for s in scenarios if s.id in recency), key=lambda s: -recency[s.id])
    return rng.sample(fresh, len(fresh)) + again[:count - len(fresh)]


@dataclass
class Journey:
    """Walks the playlist: present a node, take a choice, show its feedback, follow `next`."""

    playlist: list[Scenario]
    answers: list[Answer] = field(default_factory=list)
    scenario_index: int = 0
    node_id: str | None = None
    pending: Choice | None = None

    def __post_init__(self) -> None:
        if not self.playlist:
            raise ValueError("a journey needs at least one scenario")
        if self.node_id is None:
            self.node_id = self.scenario.start.id

    @property
    def scenario(self) -> Scenario:
        return self.playlist[self.scenario_index]

    @property
    def node(self) -> StoryNode:
        assert self.node_id is not None
        return self.scenario.nodes[self.node_id]

    @property
    def finished(self) -> bool:
        return self.scenario_index >= len(self.playlist)

    @property
    def awaiting_choice(self) -> bool:
        return not self.finished and self.pending is None and not self.node.is_ending

    def choose(self, choice_id: str, seconds: float = 0.0) -> Answer:
        """Confirm a choice at the current node; its feedback is shown until `advance()`."""
        if not self.awaiting_choice:
            raise RuntimeError("no choice is expected now")
        choice = self.node.choice(choice_id)
        self.pending = choice
        answer = Answer(self.scenario.id, self.node.id, choice.id, dict(choice.effects), choice.board, round(seconds, 2))
        self.answers.append(answer)
        return answer

    def advance(self) -> None:
        """After the feedback (or an ending node): go to the next node, or the next scenario."""
        if self.finished:
            raise RuntimeError("the journey is over")
        if self.pending is not None and self.pending.next:
            self.node_id = self.pending.next
            self.pending = None
            return
        if self.pending is None and not self.node.is_ending:
            raise RuntimeError("choose before advancing")
        self.pending = None
        self.scenario_index += 1
        self.node_id = None if self.finished else self.scenario.start.id

    def totals(self) -> dict[str, int]:
        """Each value's sum over every confirmed choice."""
        totals: dict[str, int] = {}
        for answer in self.answers:
            for value, amount in answer.effects.items():
                totals[value] = totals.get(value, 0) + amount
        return totals
