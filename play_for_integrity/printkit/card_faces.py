"""The face of one card in its box: a dilemma step (number, title, picture, story, choices A-D) or a task.

Text is set as large as fits, from SIZES down; a card whose text does not fit even at the smallest size raises
CardOverflow, which the kit turns into a file:line message. A picture shrinks, then goes, before the text does.
"""

from __future__ import annotations

from play_for_integrity.guide.handbook import LETTERS
from play_for_integrity.i18n import Translator
from play_for_integrity.printkit import labels
from play_for_integrity.printkit.deck import DilemmaCard, TaskPrintCard
from play_for_integrity.printkit.fonts import Fonts
from play_for_integrity.printkit.page import MM, Rect
from play_for_integrity.printkit.pictures import PrintPictures
from play_for_integrity.printkit.text import Styles, draw_stack, paragraph, plain, stack_height

DILEMMA_SIZES = (12, 11, 10.5, 10, 9.5, 9, 8.5, 8)
TASK_SIZES = (16, 14, 13, 12, 11, 10, 9, 8)
PICTURE_HEIGHTS = (32 * MM, 22 * MM, 0.0)
PICTURE_FLOOR = 10  # pt: below this the picture gives its room to the text
PAD = 4 * MM
HEADER = 6 * MM


class CardOverflow(Exception):
    """The card's text is taller than the card even at the smallest type size."""

    def __init__(self, size: float, needed: float, room: float):
        super().__init__(f"needs {needed / MM:.0f} mm at {size} pt, the card has {room / MM:.0f} mm")
        self.size, self.needed, self.room = size, needed, room


def _header(canvas, box: Rect, left: str, right: str, fonts: Fonts) -> None:
    """The card's number (bold, left) and its kind (grey, right) on one line, with a rule under it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    size = 10.0
    while size > 5 and stringWidth(left, fonts.bold, size) + stringWidth(right, fonts.regular, size * 0.85) + 4 * MM \
            > box.width:
        size -= 0.5
    baseline = box.top - HEADER + 2 * MM
    canvas.setFillGray(0)
    canvas.setFont(fonts.bold, size)
    canvas.drawString(box.x, baseline, left)
    canvas.setFillGray(0.35)
    canvas.setFont(fonts.regular, size * 0.85)
    canvas.drawRightString(box.right, baseline, right)
    canvas.setStrokeGray(0.6)
    canvas.setLineWidth(0.5)
    canvas.line(box.x, box.top - HEADER, box.right, box.top - HEADER)
    canvas.setFillGray(0)


def dilemma_items(card: DilemmaCard, tr: Translator, styles: Styles) -> tuple[list, list]:
    """The paragraphs above the picture (follow-up note, title) and below it (story, choices)."""
    scenario, node = card.scenario, card.node
    above = []
    if card.reached_from:
        by_card: dict[int, list[str]] = {}
        for number, letter in card.reached_from:
            by_card.setdefault(number, []).append(letter)
        notes = " ".join(tr.gettext(labels.FOLLOWS) % {"letter": "/".join(letters), "card": tr.format_number(number)}
                         for number, letters in by_card.items())
        above.append(paragraph(plain(notes), styles.make(0.85, gray=0.3)))
    above.append(paragraph(plain(tr.scenario_title(scenario)), styles.make(1.25, bold=True)))
    below = [paragraph(plain(tr.story(scenario, node)), styles.make())]
    indent = styles.size * 1.3
    for letter, choice in zip(LETTERS, node.choices):
        text = f"<b>{letter}.</b>\u00a0{plain(tr.choice_text(scenario, node, choice))}"
        if choice.id in card.next_card:
            then = tr.gettext(labels.READ_NEXT) % {"number": tr.format_number(card.next_card[choice.id])}
            text += f" <font color='#555555'>→\u00a0{plain(then)}</font>"
        below.append(paragraph(text, styles.make(indent=indent)))
    return above, below


def draw_dilemma(canvas, rect: Rect, card: DilemmaCard, tr: Translator, fonts: Fonts,
                 pictures: PrintPictures | None) -> float:
    """Draw the card's face in `rect`; returns the type size used, or raises CardOverflow."""
    inner = rect.inset(PAD)
    room = inner.height - HEADER - 2 * MM
    picture = card.scenario.picture
    heights = PICTURE_HEIGHTS if picture is not None and pictures is not None else (0.0,)
    # the picture stays (smaller first) while the text is at least PICTURE_FLOOR pt; then the text may shrink
    tries = sorted(((s, h) for s in DILEMMA_SIZES for h in heights),
                   key=lambda t: (not (t[1] and t[0] >= PICTURE_FLOOR), -t[0], -t[1]))
    measured: dict[float, tuple] = {}
    for size, height in tries:
        if size not in measured:
            styles = Styles(size, fonts)
            above, below = dilemma_items(card, tr, styles)
            gap = size * 0.55
            measured[size] = (above, below, gap,
                              stack_height(above, inner.width, gap) + stack_height(below, inner.width, gap) + gap)
        above, below, gap, text = measured[size]
        needed = text + (height + gap if height else 0.0)
        if needed <= room:
            _header(canvas, inner, tr.gettext(labels.CARD) % {"number": tr.format_number(card.number)},
                    tr.gettext(labels.DILEMMA if card.node.choices else labels.ENDING), fonts)
            y = draw_stack(canvas, above, inner.x, inner.top - HEADER - 2 * MM, inner.width, gap) - gap
            if height:
                pictures.draw(canvas, Rect(inner.x, y - height, inner.width, height),  # type: ignore[union-attr]
                              picture.people, picture.objects)  # type: ignore[union-attr]
                y -= height + gap
            draw_stack(canvas, below, inner.x, y, inner.width, gap)
            return size
    raise CardOverflow(DILEMMA_SIZES[-1], measured[DILEMMA_SIZES[-1]][3], room)


def draw_task(canvas, rect: Rect, card: TaskPrintCard, tr: Translator, fonts: Fonts) -> float:
    """Draw a task card's face: its number, kind and the task (the answer is on the teacher's sheet)."""
    inner = rect.inset(PAD)
    room = inner.height - HEADER - 3 * MM
    kind = tr.gettext(labels.TASK_KINDS.get(card.card.kind, labels.TASK_KINDS["name"]))
    needed = 0.0
    for size in TASK_SIZES:
        body = [paragraph(plain(tr.task_text(card.card)), Styles(size, fonts).make())]
        needed = stack_height(body, inner.width, 0)
        if needed <= room:
            _header(canvas, inner, tr.gettext(labels.CARD) % {"number": tr.format_number(card.number)},
                    f"{tr.gettext(labels.TASK)} · {kind}", fonts)
            top = inner.top - HEADER - 3 * MM
            draw_stack(canvas, body, inner.x, top - (room - needed) / 2, inner.width, 0)
            return size
    raise CardOverflow(TASK_SIZES[-1], needed, room)
