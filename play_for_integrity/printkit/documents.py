"""Flowing documents (the teacher's handbook and the teacher's sheet) from handbook blocks, with ReportLab platypus.

Pages keep a 15 mm margin, well inside the 5 mm printable edge; a table too wide for the page wraps its cells.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from play_for_integrity.guide.handbook import Block
from play_for_integrity.printkit.fonts import REGULAR, Fonts
from play_for_integrity.printkit.page import MM
from play_for_integrity.printkit.text import Styles, plain

DOC_MARGIN = 15 * MM
BODY = 10.5


def flowables(blocks: Sequence[Block], fonts: Fonts, width: float, inline: Callable[[str], str] = plain) -> list:
    """Platypus flowables for `blocks` in a frame `width` wide; `inline` turns a block's text into paragraph markup."""
    from reportlab.lib import colors
    from reportlab.platypus import KeepTogether, ListFlowable, ListItem, Paragraph, Spacer, Table, TableStyle

    styles = Styles(BODY, fonts)
    body = styles.make()
    headings = {1: styles.make(1.8, bold=True), 2: styles.make(1.4, bold=True), 3: styles.make(1.15, bold=True)}
    out: list = []
    for block in blocks:
        if block.kind == "heading":
            level = max(1, min(3, block.level))
            out += [Spacer(1, BODY * (1.2 if level < 3 else 0.6)), Paragraph(inline(block.text), headings[level]),
                    Spacer(1, BODY * 0.3)]
        elif block.kind == "text":
            out += [Paragraph(inline(block.text), body), Spacer(1, BODY * 0.5)]
        elif block.kind == "field":
            out += [Paragraph(f"<b>{plain(block.label)}:</b> {inline(block.text)}", body), Spacer(1, BODY * 0.4)]
        elif block.kind == "list":
            items = [ListItem(Paragraph(inline(item), body), leftIndent=BODY * 1.4) for item in block.items]
            out += [ListFlowable(items, bulletType="bullet", start="•", leftIndent=BODY * 1.4,
                                 bulletFontName=fonts.regular, bulletFontSize=BODY), Spacer(1, BODY * 0.5)]
        elif block.kind == "table" and block.rows:
            columns = max(len(row) for row in block.rows)
            cells = [[Paragraph(inline(cell), styles.make(0.9, bold=r == 0)) for cell in row]
                     + [""] * (columns - len(row)) for r, row in enumerate(block.rows)]
            table = Table(cells, colWidths=[width / columns] * columns, repeatRows=1)
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("FONTNAME", (0, 0), (-1, -1), fonts.regular)]))  # empty cells too
            out += [table if len(block.rows) > 8 else KeepTogether([table]), Spacer(1, BODY * 0.6)]
    return out


def write_document(target, page_size: tuple[float, float], parts: list, title: str) -> int:
    """Write the flowables to `target` (a path or a binary file); returns the number of pages."""
    from reportlab.platypus import SimpleDocTemplate

    doc = SimpleDocTemplate(str(target) if isinstance(target, Path) else target, pagesize=page_size,
                            leftMargin=DOC_MARGIN, rightMargin=DOC_MARGIN,
                            topMargin=DOC_MARGIN, bottomMargin=DOC_MARGIN, title=title,
                            initialFontName=REGULAR)  # every font of the file is then an embedded one
    pages = [0]

    def count(canvas, _doc) -> None:
        pages[0] = canvas.getPageNumber()

    doc.build(parts, onFirstPage=count, onLaterPages=count)
    return pages[0]


def frame_width(page_size: tuple[float, float]) -> float:
    """The width of the text on a page of the documents (SimpleDocTemplate's frame has 6 pt padding each side)."""
    return page_size[0] - 2 * DOC_MARGIN - 12
