"""Sheets of cards with cut marks: dilemma steps four to a page, task cards eight to a page."""

from __future__ import annotations

from dataclasses import dataclass, field

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


@dataclass
class SheetResult:
    """How many cards went on paper, and the cards that did not fit."""

    cards: int = 0
    problems: list[Problem] = field(default_factory=list)


def draw_dilemma_sheets(canvas, page_size, deck: Deck, tr: Translator, fonts: Fonts, pictures: PrintPictures | None,
                        paper: str) -> SheetResult:
    result = SheetResult()
    slots = card_grid(page_size, *DILEMMA_GRID)
    for start in range(0, len(deck.dilemmas), len(slots)):
        batch = deck.dilemmas[start:start + len(slots)]
        used = slots[:len(batch)]
        for card, rect in zip(batch, used):
            try:
                draw_dilemma(canvas, rect, card, tr, fonts, pictures)
                result.cards += 1
            except CardOverflow as err:
                result.problems.append(dilemma_problem(card, err, tr.lang, paper))
        draw_cut_marks(canvas, page_size, used)
        canvas.showPage()
    return result


def draw_task_sheets(canvas, page_size, deck: Deck, tr: Translator, fonts: Fonts, paper: str) -> SheetResult:
    result = SheetResult()
    slots = card_grid(page_size, *TASK_GRID)
    for start in range(0, len(deck.tasks), len(slots)):
        batch = deck.tasks[start:start + len(slots)]
        used = slots[:len(batch)]
        for card, rect in zip(batch, used):
            try:
                draw_task(canvas, rect, card, tr, fonts)
                result.cards += 1
            except CardOverflow as err:
                result.problems.append(task_problem(card, err, tr.lang, paper))
        draw_cut_marks(canvas, page_size, used)
        canvas.showPage()
    return result
