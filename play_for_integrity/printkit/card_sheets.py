"""Sheets of cards with cut marks: dilemma steps four to a page, task cards eight to a page."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from play_for_integrity.content.problems import Problem
from play_for_integrity.i18n import Translator
from play_for_integrity.printkit.card_faces import CardOverflow, draw_dilemma, draw_task
from play_for_integrity.printkit.deck import Deck
from play_for_integrity.printkit.fonts import Fonts
from play_for_integrity.printkit.page import card_grid, draw_cut_marks
from play_for_integrity.printkit.pictures import PrintPictures
from play_for_integrity.printkit.problems import dilemma_problem, task_problem

DILEMMA_GRID = (2, 2)
TASK_GRID = (2, 4)

Card = TypeVar("Card")


@dataclass
class SheetResult:
    """How many cards went on paper, and the cards that did not fit."""

    cards: int = 0
    problems: list[Problem] = field(default_factory=list)


def draw_dilemma_sheets(canvas, page_size, deck: Deck, tr: Translator, fonts: Fonts, pictures: PrintPictures | None,
                        paper: str) -> SheetResult:
    return _sheets(canvas, page_size, DILEMMA_GRID, deck.dilemmas,
                   lambda card, rect: draw_dilemma(canvas, rect, card, tr, fonts, pictures),
                   lambda card, err: dilemma_problem(card, err, tr.lang, paper))


def draw_task_sheets(canvas, page_size, deck: Deck, tr: Translator, fonts: Fonts, paper: str) -> SheetResult:
    return _sheets(canvas, page_size, TASK_GRID, deck.tasks, lambda card, rect: draw_task(canvas, rect, card, tr, fonts),
                   lambda card, err: task_problem(card, err, tr.lang, paper))


def _sheets(canvas, page_size, grid: tuple[int, int], cards: Sequence[Card], draw: Callable[[Card, object], None],
            problem: Callable[[Card, CardOverflow], Problem]) -> SheetResult:
    """`cards` a grid of slots at a time, each sheet with its cut marks; a card that overflows becomes a problem."""
    result = SheetResult()
    slots = card_grid(page_size, *grid)
    for start in range(0, len(cards), len(slots)):
        batch = cards[start:start + len(slots)]
        used = slots[:len(batch)]
        for card, rect in zip(batch, used):
            try:
                draw(card, rect)
                result.cards += 1
            except CardOverflow as err:
                result.problems.append(problem(card, err))
        draw_cut_marks(canvas, page_size, used)
        canvas.showPage()
    return result
