"""Text set with ReportLab paragraphs: escaped, measured and shrunk step by step until it fits its box."""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

from play_for_integrity.printkit.fonts import REGULAR, Fonts

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_CODE = re.compile(r"`([^`]+)`")
_KBD = re.compile(r"&lt;kbd&gt;(.+?)&lt;/kbd&gt;")
_EM = re.compile(r"(?<![\w*])\*([^*\s][^*]*?)\*(?![\w*])")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")


def plain(text: str) -> str:
    """`text` safe inside a ReportLab paragraph (its markup characters escaped)."""
    return escape(text)


def inline_markdown(text: str) -> str:
    """The Markdown inline marks the teacher guide uses (**bold**, *em*, `code`, <kbd>, links) as paragraph markup."""
    text = escape(_LINK.sub(r"\1", text))
    text = _KBD.sub(r"<b>[\1]</b>", text)
    text = _BOLD.sub(r"<b>\1</b>", text)
    text = _CODE.sub(rf"<font face='{REGULAR}' color='#1f4e79'>\1</font>", text)  # Noto: Cyrillic, embedded
    return _EM.sub(r"<i>\1</i>", text)


@dataclass(frozen=True)
class Styles:
    """Paragraph styles for one base size: body, bold, small, title and heading."""

    size: float
    fonts: Fonts

    def make(self, scale: float = 1.0, bold: bool = False, gray: float = 0.0, indent: float = 0.0,
             align: int = 0):
        from reportlab.lib.colors import Color
        from reportlab.lib.styles import ParagraphStyle

        size = self.size * scale
        return ParagraphStyle(f"s{size}{bold}{gray}{indent}{align}",
                              fontName=self.fonts.bold if bold else self.fonts.regular,
                              fontSize=size, leading=size * 1.22, textColor=Color(gray, gray, gray),
                              leftIndent=indent, firstLineIndent=-indent if indent else 0, alignment=align,
                              bulletFontName=self.fonts.regular)


def paragraph(markup: str, style):
    from reportlab.platypus import Paragraph
    return Paragraph(markup, style)


def stack_height(items, width: float, gap: float) -> float:
    """The height of paragraphs (and spacers) set one under another in `width`, `gap` between them."""
    total = 0.0
    for item in items:
        total += item.wrap(width, 10_000)[1]
    return total + gap * max(0, len(items) - 1)


def draw_stack(canvas, items, x: float, top: float, width: float, gap: float) -> float:
    """Draw the paragraphs from `top` down; returns the y under the last one."""
    y = top
    for item in items:
        _, height = item.wrap(width, 10_000)
        item.drawOn(canvas, x, y - height)
        y -= height + gap
    return y + gap
