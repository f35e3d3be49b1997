"""The printed cards of one band, numbered: every step of every dilemma (in reading order), then the task cards.

A follow-up step knows which card and choice lead to it, so a card can say "chose B on card 10? read card 12".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from play_for_integrity.content.library import Library, task_files
from play_for_integrity.content.model import Scenario, StoryNode
from play_for_integrity.content.problems import display_path
from play_for_integrity.content.task_cards import TaskCard
from play_for_integrity.guide.handbook import LETTERS, step_order


@dataclass
class DilemmaCard:
    """One step of a dilemma as a card: where it comes from and which cards its choices lead to."""

    number: int
    scenario: Scenario
    node: StoryNode
    first: bool                                                       # the scenario's opening card
    reached_from: list[tuple[int, str]] = field(default_factory=list)  # (card number, choice letter)
    next_card: dict[str, int] = field(default_factory=dict)            # choice id -> card number


@dataclass(frozen=True)
class TaskPrintCard:
    """One task card, numbered after the dilemmas, with the file it came from (for messages)."""

    number: int
    card: TaskCard
    path: str


@dataclass(frozen=True)
class Deck:
    dilemmas: list[DilemmaCard]
    tasks: list[TaskPrintCard]

    @property
    def count(self) -> int:
        return len(self.dilemmas) + len(self.tasks)


def build_deck(library: Library, band: str, folder: Path | None = None) -> Deck:
    """Every card of `band`: its scenarios' steps in handbook order, then its task cards by id."""
    dilemmas: list[DilemmaCard] = []
    for scenario in library.by_band(band):
        steps = step_order(scenario)
        cards = {node.id: DilemmaCard(len(dilemmas) + i + 1, scenario, node, i == 0) for i, node in enumerate(steps)}
        for node in steps:
            here = cards[node.id]
            for letter, choice in zip(LETTERS, node.choices):
                if choice.next and choice.next in cards:
                    here.next_card[choice.id] = cards[choice.next].number
                    cards[choice.next].reached_from.append((here.number, letter))
        dilemmas += cards.values()
    files = _task_files(library, folder)
    tasks = [TaskPrintCard(len(dilemmas) + i + 1, card, files.get(card.id, "scenarios/tasks"))
             for i, card in enumerate(library.tasks_for_band(band))]
    return Deck(dilemmas, tasks)


def _task_files(library: Library, folder: Path | None) -> dict[str, str]:
    """The file each task card was read from, found by its id on the card's own line."""
    from play_for_integrity import paths

    found: dict[str, str] = {}
    wanted = {card.id: card.line for card in library.tasks.values()}
    for path in task_files(folder or paths.scenarios_dir()):
        try:
            lines = path.read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError):
            continue
        for card_id, line in wanted.items():
            if card_id not in found and 0 < line <= len(lines) and card_id in lines[line - 1]:
                found[card_id] = display_path(path)
    return found
