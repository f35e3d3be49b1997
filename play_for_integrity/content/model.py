"""The content model: age bands, integrity values, topics and branching dilemma scenarios."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

# Limits and allowed values live in the content declaration; these names stay for the code that imports them.
from play_for_integrity.content.declaration import BOARD_MOVES, EFFECT_MAX, EFFECT_MIN, REVIEW_STATUSES

__all__ = ["BOARD_MOVES", "EFFECT_MAX", "EFFECT_MIN", "REVIEW_STATUSES", "Band", "Choice", "Picture", "Provenance", "Scenario",
           "StoryNode", "Topic", "Value"]


@dataclass(frozen=True, slots=True)
class Band:
    """An age band such as 6-10 (grades 1-4)."""

    declared_as: ClassVar[str] = "band"  # its content type in the declaration

    id: str
    name: str
    min_age: int
    max_age: int
    grades: str
    description: str


@dataclass(frozen=True, slots=True)
class Value:
    """An integrity value a choice is scored on, such as honesty."""

    declared_as: ClassVar[str] = "value"  # its content type in the declaration

    id: str
    name: str
    description: str
    programme: tuple[str, ...] = ()  # the "Adal azamat" programme values it serves


@dataclass(frozen=True, slots=True)
class Topic:
    """A theme a scenario is about, such as gifts or exams."""

    declared_as: ClassVar[str] = "topic"  # its content type in the declaration

    id: str
    name: str
    kind: str = "setting"  # "theme": a curriculum theme every band must cover

    @property
    def is_theme(self) -> bool:
        return self.kind == "theme"


@dataclass(frozen=True, slots=True)
class Picture:
    """Who is in a story and the object at stake: ids from the shipped picture library."""

    declared_as: ClassVar[str] = "picture"  # its content type in the declaration

    people: tuple[str, ...]
    objects: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Choice:
    """One option in a dilemma: its graded effects, board move, feedback and where it leads."""

    declared_as: ClassVar[str] = "choice"  # its content type in the declaration

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

    declared_as: ClassVar[str] = "node"  # its content type in the declaration

    id: str
    story: str
    choices: tuple[Choice, ...] = ()
    line: int = 0
    discussion: tuple[str, ...] = ()  # questions that fit only once the class has seen this step

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

    declared_as: ClassVar[str] = "provenance"  # its content type in the declaration

    author: str
    source: str
    licence: str
    status: str


@dataclass(frozen=True, slots=True)
class Scenario:
    """A dilemma scenario; the story starts at the first node listed."""

    declared_as: ClassVar[str] = "scenario"  # its content type in the declaration

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
    shape: str = "branching"
    picture: Picture | None = None
    teacher_note: str = ""

    @property
    def start(self) -> StoryNode:
        return next(iter(self.nodes.values()))

    @property
    def is_single_step(self) -> bool:
        return self.shape == "single-step"

    @property
    def is_branching(self) -> bool:
        return any(choice.next for node in self.nodes.values() for choice in node.choices)
