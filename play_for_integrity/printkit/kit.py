"""The whole kit of one band in one language: every PDF drawn in memory first, written only when all the cards fit."""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass, field
from pathlib import Path

from play_for_integrity import paths
from play_for_integrity.content.library import Library
from play_for_integrity.content.problems import Problem
from play_for_integrity.core.board import build_board
from play_for_integrity.i18n import get_translator
from play_for_integrity.printkit import labels
from play_for_integrity.printkit.board_pdf import draw_board_a3, draw_board_halves
from play_for_integrity.printkit.card_sheets import draw_dilemma_sheets, draw_task_sheets
from play_for_integrity.printkit.deck import Deck, build_deck
from play_for_integrity.printkit.documents import flowables, frame_width, write_document
from play_for_integrity.printkit.fonts import REGULAR, Fonts, register_fonts
from play_for_integrity.printkit.markdown import parse_markdown
from play_for_integrity.printkit.page import PAPERS
from play_for_integrity.printkit.pictures import PrintPictures
from play_for_integrity.printkit.teacher_sheet import teacher_sheet
from play_for_integrity.printkit.text import inline_markdown

log = logging.getLogger(__name__)
ANSWER_NUMBERS = range(1, 41)


@dataclass(frozen=True)
class KitOptions:
    band: str
    lang: str = "en"
    paper: str = "a4"
    minutes: int = 45
    seed: int = 1
    pictures: bool = True
    content: Path | None = None  # the content folder the library was read from (default: the shipped one)


@dataclass
class Kit:
    """The PDFs by file name (bytes), the cards printed, and the cards that did not fit (then nothing is written)."""

    files: dict[str, bytes] = field(default_factory=dict)
    cards: int = 0
    problems: list[Problem] = field(default_factory=list)
    deck: Deck | None = None


def _canvas(buffer: io.BytesIO, page_size, title: str):
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(buffer, pagesize=page_size, pageCompression=1, initialFontName=REGULAR)  # no Helvetica
    canvas.setTitle(title)
    canvas.setAuthor("Play for Integrity")
    return canvas


def build_kit(library: Library, options: KitOptions, canvas_class=None) -> Kit:
    """Draw every PDF of the kit; `canvas_class` (a Canvas subclass) lets tests watch what is drawn."""
    fonts = register_fonts()
    tr = get_translator(options.lang)
    page_size = PAPERS[options.paper]
    deck = build_deck(library, options.band, options.content)
    kit = Kit(deck=deck)
    band_name = tr.band_name(library.bands[options.band]) if options.band in library.bands else options.band
    title = f"Play for Integrity · {band_name}"
    make = canvas_class or _canvas

    def sheet(name: str, draw) -> None:
        buffer = io.BytesIO()
        canvas = make(buffer, page_size, f"{title} · {name}")
        draw(canvas)
        canvas.save()
        kit.files[name] = buffer.getvalue()

    pictures = PrintPictures() if options.pictures else None
    results = []
    sheet("dilemma-cards.pdf", lambda c: results.append(
        draw_dilemma_sheets(c, page_size, deck, tr, fonts, pictures, options.paper)))
    sheet("task-cards.pdf", lambda c: results.append(draw_task_sheets(c, page_size, deck, tr, fonts, options.paper)))
    kit.cards = sum(r.cards for r in results)
    kit.problems = [p for r in results for p in r.problems]
    if kit.problems:
        kit.files.clear()
        return kit
    board = build_board(options.minutes, options.seed)
    board_title = tr.gettext(labels.BOARD_TITLE) % {"minutes": tr.format_number(options.minutes)}
    sheet("board-a3.pdf", lambda c: draw_board_a3(c, board, fonts, tr, board_title))
    sheet(f"board-2x{options.paper}.pdf", lambda c: draw_board_halves(c, board, page_size, fonts, tr, board_title))
    from play_for_integrity.printkit.tokens_die import draw_tokens_and_die
    sheet("tokens-and-die.pdf", lambda c: draw_tokens_and_die(c, page_size, fonts, tr))
    _answer_cards(sheet, page_size, fonts)
    kit.files["teacher-sheet.pdf"] = _document(page_size, title, flowables(
        teacher_sheet(library, options.band, deck, tr), fonts, frame_width(page_size)))
    kit.files["handbook.pdf"] = _document(page_size, title, handbook_flowables(library, options, fonts, page_size))
    return kit


def _answer_cards(sheet, page_size, fonts: Fonts) -> None:
    """The class-vote answer cards, when the card module is installed (it is written separately)."""
    try:
        from play_for_integrity.cards.answer_sheet import draw_answer_cards
    except ImportError:
        log.info("no answer cards: play_for_integrity.cards.answer_sheet is not available")
        return
    sheet("answer-cards.pdf", lambda c: draw_answer_cards(c, page_size, ANSWER_NUMBERS, fonts.regular,
                                                          fonts.bold))


def handbook_flowables(library: Library, options: KitOptions, fonts: Fonts, page_size) -> list:
    """The band's handbook, then the facilitator's guide of the Integrity Hour in the same language."""
    from reportlab.platypus import PageBreak

    from play_for_integrity.guide.handbook import build_handbook

    tr = get_translator(options.lang)
    width = frame_width(page_size)
    parts = flowables(build_handbook(library, options.band, tr), fonts, width)
    guide = paths.teacher_guide_dir() / f"integrity-hour.{options.lang}.md"
    if guide.is_file():
        parts.append(PageBreak())
        parts += flowables(parse_markdown(guide.read_text(encoding="utf-8")), fonts, width, inline_markdown)
    else:
        log.warning("%s is missing: the handbook has no facilitator's guide", guide)
    return parts


def _document(page_size, title: str, parts: list) -> bytes:
    buffer = io.BytesIO()
    write_document(buffer, page_size, parts, title)  # type: ignore[arg-type]
    return buffer.getvalue()


def write_kit(kit: Kit, folder: Path) -> list[Path]:
    """Write the kit's files into `folder` (made if needed), each atomically."""
    from play_for_integrity.safe_files import write_atomic

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in kit.files.items():
        write_atomic(folder / name, data)
        written.append(folder / name)
    return written


