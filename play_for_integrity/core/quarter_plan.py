"""A plan for the school year: a band's stories shared over the four quarters, each quarter on several themes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from play_for_integrity.content.model import Scenario

QUARTERS = 4
# The months of each quarter of Kazakhstan's school year (the exact dates move a little from year to year).
QUARTER_MONTHS = {1: (9, 10), 2: (11, 12), 3: (1, 2, 3), 4: (4, 5)}
VOTE_STORIES = 2  # a 45-minute class vote discusses two stories well, three when they are short


@dataclass(frozen=True)
class Quarter:
    """One quarter's Integrity Hour: its stories, all of them dilemma cards in a board game, and the deepest of
    them for a class vote, which follows each story's branches with the whole class."""

    number: int
    stories: tuple[Scenario, ...]
    vote: tuple[Scenario, ...]

    @property
    def board(self) -> tuple[Scenario, ...]:
        return self.stories


def main_theme(scenario: Scenario, themes: Sequence[str]) -> str:
    """The scenario's first curriculum theme (its first topic when it names none)."""
    return next((t for t in scenario.topics if t in themes), scenario.topics[0] if scenario.topics else "")


def plan_year(scenarios: Sequence[Scenario], themes: Sequence[str]) -> list[Quarter]:
    """The band's stories dealt over four quarters: ordered by theme and dealt in turn, so that a quarter's stories
    are on different themes and every story is used once in the year."""
    order = {theme: i for i, theme in enumerate(themes)}
    ranked = sorted(scenarios, key=lambda s: (order.get(main_theme(s, themes), len(order)), s.id))
    dealt: list[list[Scenario]] = [[] for _ in range(QUARTERS)]
    for i, scenario in enumerate(ranked):
        row, col = divmod(i, QUARTERS)
        dealt[col if row % 2 == 0 else QUARTERS - 1 - col].append(scenario)  # snake order keeps quarters even
    quarters = []
    for number, stories in enumerate(dealt, 1):
        by_depth = sorted(stories, key=lambda s: (-len([n for n in s.nodes.values() if n.choices]), s.id))
        quarters.append(Quarter(number, tuple(stories), tuple(by_depth[:VOTE_STORIES])))
    return quarters


def quarter_of(day: date) -> int | None:
    """The school quarter `day` falls in; None in the summer holidays."""
    return next((q for q, months in QUARTER_MONTHS.items() if day.month in months), None)
