"""The content model: age bands, integrity values, topics and branching dilemma scenarios."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

# Text limits keep every box on screen in the longest language (Russian/Kazakh run up to 35 % longer).
TITLE_MAX = 70
OBJECTIVE_MAX = 300
STORY_MAX = 700
CHOICE_MAX = 160
FEEDBACK_MAX = 450
QUESTION_MAX = 200
NAME_MAX = 40
DESCRIPTION_MAX = 240

EFFECT_MIN = -2
EFFECT_MAX = 2
MIN_CHOICES = 2
MAX_CHOICES = 4

BOARD_MOVES = ("ladder", "stay", "snake")
REVIEW_STATUSES = ("draft", "reviewed", "approved")


@dataclass(frozen=True, slots=True)
class Band:
    """An age band such as 6-10 (grades 1-4)."""

    id: str
    name: str
    min_age: int
    max_age: int
    grades: str
    description: str


@dataclass(frozen=True, slots=True)
class Value:
    """An integrity value a choice is scored on, such as honesty."""

    id: str
    name: str
    description: str


@dataclass(frozen=True, slots=True)
class Topic:
    """A theme a scenario is about, such as gifts or exams."""

    id: str
    name: str


@dataclass(frozen=True, slots=True)
class Choice:
    """One option in a dilemma: its graded effects, board move, feedback and where it leads."""

    id: str
    text: str
    effects: dict[str, int]
    board: str
    feedback: str
    next: str | None = None
    line: int = 0

    @property
    def score(self) -> int:
        return sum(self.effects.values())


@dataclass(frozen=True, slots=True)
class StoryNode:
    """A step of the story: a situation with choices, or an ending when it has none."""

    id: str
    story: str
    choices: tuple[Choice, ...] = ()
    line: int = 0

    @property
    def is_ending(self) -> bool:
        return not self.choices

    def choice(self, choice_id: str) -> Choice:
        for choice in self.choices:
            if choice.id == choice_id:
                return choice
        raise KeyError(f"node {self.id!r} has no choice {choice_id!r}")


@dataclass(frozen=True, slots=True)
class Provenance:
    """Who wrote a scenario, from what, under which licence, and how far it has been reviewed."""

    author: str
    source: str
    licence: str
    status: str


@dataclass(frozen=True, slots=True)
class Scenario:
    """A dilemma scenario; the story starts at the first node listed."""

    id: str
    band: str
    topics: tuple[str, ...]
    title: str
    objective: str
    nodes: dict[str, StoryNode]
    discussion: tuple[str, ...]
    provenance: Provenance
    image: str | None = None
    path: Path | None = field(default=None, compare=False)

    @property
    def start(self) -> StoryNode:
        return next(iter(self.nodes.values()))

    @property
    def is_branching(self) -> bool:
        return any(choice.next for node in self.nodes.values() for choice in node.choices)
