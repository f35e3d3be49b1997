"""The teacher's sheet for the printed cards: per dilemma card the feedback on each choice, its board move and
the card it leads to, the questions; then what counts as a good answer on each task card."""

from __future__ import annotations

from play_for_integrity.content.library import Library
from play_for_integrity.guide.handbook import LETTERS, Block
from play_for_integrity.i18n import Translator
from play_for_integrity.printkit import labels
from play_for_integrity.printkit.deck import Deck


def teacher_sheet(library: Library, band: str, deck: Deck, tr: Translator) -> list[Block]:
    _ = tr.gettext
    band_name = tr.band_name(library.bands[band]) if band in library.bands else band
    blocks = [Block("heading", _(labels.TEACHER_SHEET) % {"band": band_name}, 1),
              Block("text", _(labels.TEACHER_SHEET_INTRO))]
    for index, card in enumerate(deck.dilemmas):
        scenario, node = card.scenario, card.node
        if card.first:
            blocks.append(Block("heading", tr.scenario_title(scenario), 2))
        blocks.append(Block("heading", _(labels.CARD) % {"number": tr.format_number(card.number)}, 3))
        items = []
        for letter, choice in zip(LETTERS, node.choices):
            then = ""
            if choice.id in card.next_card:
                then = " " + _(labels.THEN_CARD) % {"number": tr.format_number(card.next_card[choice.id])}
            items.append(f"{letter}. {tr.feedback(scenario, node, choice)} ({_(labels.MOVES[choice.board])}).{then}")
        if items:
            blocks.append(Block("list", items=tuple(items)))
        asked = tr.content_texts(node, "discussion", scenario) if node.discussion else []
        if asked:
            blocks.append(Block("field", " ".join(asked), label=_("Questions after this step")))
        if index + 1 == len(deck.dilemmas) or deck.dilemmas[index + 1].scenario is not scenario:
            blocks.append(Block("field", " ".join(tr.discussion(scenario)), label=_("Questions for the class")))
    if deck.tasks:
        blocks.append(Block("heading", _(labels.TASK_CARDS), 2))
        blocks.append(Block("list", items=tuple(
            f"{_(labels.CARD) % {'number': tr.format_number(task.number)}}: {tr.task_text(task.card)} — "
            f"{_(labels.GOOD_ANSWER)}: {tr.task_note(task.card)}" for task in deck.tasks)))
    return blocks
