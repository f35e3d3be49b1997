"""The printed kit of a band: fonts embedded, the Kazakh text exact, every card there, nothing past the margin."""

from __future__ import annotations

import math

import pytest

from play_for_integrity.i18n import get_translator
from play_for_integrity.printkit import labels
from play_for_integrity.printkit.card_sheets import DILEMMA_GRID, TASK_GRID
from play_for_integrity.printkit.page import A3, MARGIN, PAPERS
from tests.printkit.conftest import BAND, LANG
from tests.printkit.pdf_reading import fonts, letters, painted_outside, reader, text

EXPECTED_FILES = {"board-a3.pdf", "board-2xa4.pdf", "dilemma-cards.pdf", "task-cards.pdf", "tokens-and-die.pdf",
                  "teacher-sheet.pdf", "handbook.pdf"}


def test_the_kit_has_every_file(kk_kit):
    assert EXPECTED_FILES <= set(kk_kit.files)


def test_every_font_in_every_pdf_is_embedded(kk_kit):
    for name, data in kk_kit.files.items():
        used = fonts(data)
        assert used, f"{name} uses no font"
        assert [font for font, embedded in used if not embedded] == [], name
        assert all("NotoSans" in font for font, _ in used), f"{name}: {used}"


def test_each_card_has_its_kazakh_title_and_story_exactly(kk_kit):
    tr = get_translator(LANG)
    printed = letters(text(kk_kit.files["dilemma-cards.pdf"]))
    for card in kk_kit.deck.dilemmas:
        title, story = tr.scenario_title(card.scenario), tr.story(card.scenario, card.node)
        assert any(ch in "әғқңөұүһі" for ch in (title + story).lower()), "the fixture must be Kazakh text"
        assert letters(title) in printed, f"card {card.number}: title {title!r}"
        assert letters(story) in printed, f"card {card.number}: story of {card.scenario.id}/{card.node.id}"


def test_each_task_card_has_its_kazakh_task(kk_kit):
    tr = get_translator(LANG)
    printed = letters(text(kk_kit.files["task-cards.pdf"]))
    for task in kk_kit.deck.tasks:
        assert letters(tr.task_text(task.card)) in printed, task.card.id


def test_cards_are_every_step_of_every_scenario_and_every_task(kk_kit, library):
    steps = sum(len(s.nodes) for s in library.by_band(BAND))
    tasks = len(library.tasks_for_band(BAND))
    assert kk_kit.cards == steps + tasks
    assert [c.number for c in kk_kit.deck.dilemmas + kk_kit.deck.tasks] == list(range(1, steps + tasks + 1))
    tr = get_translator(LANG)
    printed = text(kk_kit.files["dilemma-cards.pdf"]) + text(kk_kit.files["task-cards.pdf"])
    for number in range(1, steps + tasks + 1):
        assert tr.gettext(labels.CARD) % {"number": tr.format_number(number)} in printed, number
    per_dilemma_page, per_task_page = math.prod(DILEMMA_GRID), math.prod(TASK_GRID)
    assert len(reader(kk_kit.files["dilemma-cards.pdf"]).pages) == math.ceil(steps / per_dilemma_page)
    assert len(reader(kk_kit.files["task-cards.pdf"]).pages) == math.ceil(tasks / per_task_page)


def test_follow_up_cards_say_which_choice_leads_to_them(kk_kit):
    tr = get_translator(LANG)
    printed = letters(text(kk_kit.files["dilemma-cards.pdf"]))
    follow_ups = [card for card in kk_kit.deck.dilemmas if card.reached_from]
    assert follow_ups, "the 6-10 band has branching scenarios"
    for card in follow_ups:
        number = card.reached_from[0][0]
        chosen = "/".join(letter for at, letter in card.reached_from if at == number)
        note = tr.gettext(labels.FOLLOWS) % {"letter": chosen, "card": tr.format_number(number)}
        assert letters(note) in printed


@pytest.mark.parametrize("name", sorted(EXPECTED_FILES))
def test_nothing_is_painted_outside_the_printable_area(kk_kit, name):
    strays = painted_outside(kk_kit.files[name], MARGIN)
    assert strays == [], f"{name}: {strays[:5]}"


def test_pages_are_a4_and_the_board_also_a3(kk_kit):
    def sizes(name):
        return {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader(kk_kit.files[name]).pages}

    a4 = (round(PAPERS["a4"][0]), round(PAPERS["a4"][1]))
    for name in EXPECTED_FILES - {"board-a3.pdf"}:
        assert sizes(name) == {a4}, name
    assert sizes("board-a3.pdf") == {(round(A3[1]), round(A3[0]))}
    assert len(reader(kk_kit.files["board-2xa4.pdf"]).pages) == 2


def test_the_board_shows_every_square_number(kk_kit):
    from play_for_integrity.core.board import build_board

    board = build_board(45, 1)
    printed = text(kk_kit.files["board-a3.pdf"]).split()
    for square in range(1, board.size - 1):
        assert str(square) in printed, square


def test_the_handbook_has_each_scenario_and_the_facilitators_guide(kk_kit, library):
    tr = get_translator(LANG)
    printed = letters(text(kk_kit.files["handbook.pdf"]))
    for scenario in library.by_band(BAND):
        assert letters(tr.objective(scenario)) in printed, scenario.id
    assert letters("Адалдық сағаты: жүргізушіге арналған") in printed
