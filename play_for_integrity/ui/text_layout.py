"""Fit text in a box: wrap at word boundaries, then shrink down to a minimum size; never clip silently."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pygame

from play_for_integrity.ui.fonts import FontBook

LINE_SPACING = 1.18
ELLIPSIS = "…"
_SPACES = re.compile(r"[ \t]+")
_DASH_AFTER_SPACE = re.compile(r" ([—–])")
_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_UNDRAWABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")


def drawable(text: str, lines: bool = True) -> str:
    """`text` as the font can draw it: no control characters (a NUL makes rendering fail, an escape sequence shows
    as boxes), lone surrogates as U+FFFD, tabs as spaces; line breaks kept when `lines`, else spaces."""
    if text.isprintable():
        return text
    text = _BREAKS.sub("\n", str(text)).replace("\t", " ")
    text = _SURROGATES.sub("\ufffd", _UNDRAWABLE.sub("", text))
    return text if lines else text.replace("\n", " ")


def ellipsize(font: pygame.font.Font, text: str, width: int) -> str:
    """`text` cut at the end with an ellipsis so that it is at most `width` wide (for names people typed)."""
    if text_width(font, text) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest start that still fits with the ellipsis
        middle = (low + high + 1) // 2
        if font.size(text[:middle].rstrip() + ELLIPSIS)[0] <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


@dataclass(frozen=True)
class TextBlock:
    """Wrapped lines at the size that fits, or at the minimum size with `fits` False."""

    lines: tuple[str, ...]
    size: int
    bold: bool
    line_height: int
    width: int
    height: int
    fits: bool


def wrap(font: pygame.font.Font, text: str, width: int) -> list[str] | None:
    """Lines no wider than `width`; None when a single word is wider than the box."""
    measured = _wrap(font, text, width)
    return None if measured is None else measured[0]


_WIDTHS: dict[tuple[pygame.font.Font, str], int] = {}


def text_width(font: pygame.font.Font, text: str) -> int:
    """`text`'s width in `font`, measured once: a screen's first frame measures the same names and words several
    times (to choose a size, to cut a name, to draw it), and measuring is most of what a first frame costs."""
    key = (font, text)
    width = _WIDTHS.get(key)
    if width is None:
        if len(_WIDTHS) > 20_000:
            _WIDTHS.clear()
        width = _WIDTHS[key] = font.size(text)[0]
    return width


def _wrap(font: pygame.font.Font, text: str, width: int) -> tuple[list[str], int] | None:
    """wrap()'s lines and the widest line's width (measured while wrapping, so no line is measured again)."""
    lines: list[str] = []
    widest = 0
    space = text_width(font, " ")
    for paragraph in text.split("\n"):
        # a dash stays with the word before it, so no line starts with one
        words = _SPACES.split(_DASH_AFTER_SPACE.sub("\u00a0\\1", paragraph).strip())
        words = [w for w in words if w]
        if not words:
            lines.append("")
            continue
        if len(words) > 1 and len(paragraph) < 120:  # a short paragraph is measured whole first: often one line
            whole = " ".join(words)
            whole_w = text_width(font, whole)
            if whole_w <= width:
                lines.append(whole)
                widest = max(widest, whole_w)
                continue
        current, current_w = "", 0
        for word in words:
            word_w = text_width(font, word)
            if word_w > width:
                return None
            if current and current_w + space + word_w <= width:
                current, current_w = f"{current} {word}", current_w + space + word_w
            elif current:
                lines.append(current)
                widest = max(widest, current_w)
                current, current_w = word, word_w
            else:
                current, current_w = word, word_w
        lines.append(current)
        widest = max(widest, current_w)
    return lines, widest


class TextFitter:
    """Measures and wraps with the game's fonts; results are cached because screens redraw rarely."""

    def __init__(self, fonts: FontBook):
        self.fonts = fonts
        self._cache: dict[tuple, TextBlock] = {}
        self._images: dict[tuple, pygame.Surface] = {}

    def image(self, line: str, size: int, bold: bool, color: tuple[int, int, int]) -> pygame.Surface:
        """One rendered line, cached: a redraw of an unchanged screen renders no text again."""
        key = (line, size, bold, color)
        image = self._images.get(key)
        if image is None:
            if len(self._images) > 3000:
                self._images.clear()
            font = self.fonts.get(size, bold)
            try:
                image = font.render(drawable(line, lines=False), True, color)
            except pygame.error:  # only zero-width characters (a lone BOM or joiner): nothing to see
                image = pygame.Surface((1, font.get_height()), pygame.SRCALPHA)
            self._images[key] = image
        return image

    def fit(self, text: str, width: int, height: int, size: int, min_size: int, bold: bool = False,
            max_lines: int | None = None) -> TextBlock:
        key = (text, width, height, size, min_size, bold, max_lines)
        block = self._cache.get(key)
        if block is None:
            block = self._fit(drawable(text), max(1, width), height, size, min_size, bold, max_lines)
            if len(self._cache) > 4000:
                self._cache.clear()
            self._cache[key] = block
        return block

    def _fit(self, text: str, width: int, height: int, size: int, min_size: int, bold: bool,
             max_lines: int | None) -> TextBlock:
        size = max(size, min_size)
        trial = size
        while True:
            font = self.fonts.get(trial, bold)
            line_height = round(font.get_linesize() * LINE_SPACING)
            measured = _wrap(font, text, width)
            if measured is not None:
                lines, used = measured
                total = line_height * (len(lines) - 1) + font.get_height()
                fits = total <= height and (max_lines is None or len(lines) <= max_lines)
                if fits or trial <= min_size:
                    return TextBlock(tuple(lines), trial, bold, line_height, used, total, fits)
            elif trial <= min_size:
                return TextBlock(tuple(text.split("\n")), trial, bold, line_height, width + 1, height + 1, False)
            trial = max(min_size, trial - max(1, trial // 12))


def split_pages(fitter: TextFitter, text: str, width: int, height: int, size: int, bold: bool = False,
                first_height: int | None = None) -> list[str]:
    """`text` cut into pages that each fit `width` x `height` (the first `first_height`, when it has a heading) at
    `size`: a long text is paged, never shrunk on a projected screen. A page ends after a sentence (or a paragraph)
    where one ends in its second half (a sentence is cut across pages only when none does); each page keeps its lines as wrapped."""
    font = fitter.fonts.get(size, bold)
    lines = wrap(font, drawable(text), max(1, width))
    if lines is None:
        return [text]
    line_height = round(font.get_linesize() * LINE_SPACING)
    pages: list[str] = []
    while lines:
        room = first_height if first_height is not None and not pages else height
        per_page = max(1, (room - font.get_height()) // line_height + 1)
        take = min(per_page, len(lines))
        if take < len(lines):
            for end in range(take, take // 2, -1):  # rather after a sentence ending in the page's second half
                if not lines[end] or lines[end - 1].rstrip().endswith((".", "!", "?", "…", ":", "»", "”")):
                    take = end
                    break
        pages.append("\n".join(lines[:take]).strip("\n"))
        lines = lines[take:]
        while lines and not lines[0]:
            lines.pop(0)
    return pages or [""]
