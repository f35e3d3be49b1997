"""The pages of a projected class-vote question: its story (title, picture, text) cut into pages, the options' rows
with a box for each count, a row of buttons as wide as their labels, and option texts cut to their first words.

Every text here is drawn at the projected size at least (4 % of the window height); a long story gets more pages
instead of smaller type.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from play_for_integrity.ui.keys import ANSWER_LETTERS
from play_for_integrity.ui.painter import Overflow, Painter
from play_for_integrity.ui.picture_art import scenario_picture
from play_for_integrity.ui.text_layout import drawable, ellipsize, split_pages, wrap
from play_for_integrity.ui.theme import ink_on
from play_for_integrity.ui.widgets import Button


@dataclass(frozen=True)
class StoryPages:
    """Where a story's panel, title, picture and text go, and its text cut into the pages it needs."""

    panel: pygame.Rect
    title: str
    title_box: pygame.Rect
    picture: tuple | None
    picture_box: pygame.Rect | None
    body: pygame.Rect
    pages: list[str]


def story_pages(painter: Painter, pictures, scenario, title: str, story: str, area: pygame.Rect) -> StoryPages:
    """Lay out a story in `area`: the title (up to two lines), the picture on the right, the text on the left cut
    into pages that fit at the body size."""
    m = painter.metrics
    pad = m.px(24)
    inner = area.inflate(-2 * pad, -2 * pad)
    title_block = painter.fitter.fit(title, inner.width, m.line(m.heading) * 2, m.heading, m.min_text, True, 2)
    title_box = pygame.Rect(inner.x, inner.y, inner.width, title_block.height)
    body = pygame.Rect(inner.x, title_box.bottom + m.px(12), inner.width, inner.bottom - title_box.bottom - m.px(12))
    picture, picture_box = scenario_picture(scenario), None
    if picture is not None:
        side = pygame.Rect(0, body.y, int(body.width * 0.4), body.height)
        side.right = body.right
        if pictures.scale(side, *picture) > 0:
            picture_box = side
            body.width -= side.width + m.px(24)
    pages = split_pages(painter.fitter, story, body.width, body.height, m.body)
    return StoryPages(area, title, title_box, picture, picture_box, body, pages)


def draw_story(painter: Painter, pictures, story: StoryPages, page: int) -> None:
    """The story's panel with its title, picture and page `page` of its text."""
    m = painter.metrics
    painter.panel(story.panel)
    painter.text(story.title, story.title_box, m.heading, painter.colors.ink, bold=True, max_lines=2)
    if story.picture_box is not None:
        pictures.draw(painter, story.picture_box, *story.picture)
    painter.text(story.pages[min(page, len(story.pages) - 1)], story.body, m.body)


def badge_radius(painter: Painter) -> int:
    """An option letter's badge, large enough that its letter is drawn at the body size."""
    return max(painter.metrics.px(22), round(painter.metrics.body / 1.1) + 1)


def option_rows(painter: Painter, column: pygame.Rect, texts: list[str], text_width: int,
                least: int) -> tuple[list[pygame.Rect], bool]:
    """One row per option down `column`, each as tall as its text needs at the body size (and at least `least`),
    the spare height shared out; returns the rows and whether all fit (when not, an overflow is recorded)."""
    m = painter.metrics
    gap = m.px(8)
    needs = [max(least, painter.fitter.fit(t, text_width, 10_000, m.body, m.min_text).height + 2 * m.px(4))
             for t in texts]
    spare = max(0, column.height - gap * (len(needs) - 1) - sum(needs)) // max(1, len(needs))
    rows, y = [], column.y
    for need in needs:
        rows.append(pygame.Rect(column.x, y, column.width, need + spare))
        y = rows[-1].bottom + gap
    fits = y - gap <= column.bottom
    if not fits:  # reported like a text that does not fit: the fit check names the options that need shortening
        painter.overflows.append(Overflow(" / ".join(texts), tuple(column), m.body))
    return rows, fits


def draw_option(painter: Painter, row: pygame.Rect, index: int, text: str, text_right: int) -> None:
    """An option's panel with its letter badge and its text (up to `text_right`), at the body size."""
    m, colors = painter.metrics, painter.colors
    painter.panel(row, radius=m.px(12))
    radius = badge_radius(painter)
    painter.badge((row.x + m.px(12) + radius, row.centery), radius, ANSWER_LETTERS[index], colors.series[index],
                  ink_on(colors.series[index]))
    left = row.x + 2 * radius + m.px(24)
    painter.text(text, pygame.Rect(left, row.y + m.px(4), text_right - left, row.height - 2 * m.px(4)), m.body,
                 colors.ink, valign="middle")


def first_words(painter: Painter, text: str, width: int, lines: int) -> str:
    """`text` on at most `lines` lines of `width` at the body size: its first words, with an ellipsis where it is
    cut (an option's reminder where its whole text has no room)."""
    font = painter.fitter.fonts.get(painter.metrics.body)
    wrapped = wrap(font, drawable(text, lines=False), max(1, width))
    if wrapped is None:
        return ellipsize(font, drawable(text, lines=False), width)
    if len(wrapped) <= lines:
        return "\n".join(wrapped)
    kept = wrapped[:max(1, lines)]
    words = kept[-1].split()
    while words and font.size(" ".join(words) + "…")[0] > width:
        words.pop()  # cut between words: "Ділназдан тізімнің…", never "қал…"
    kept[-1] = " ".join(words).rstrip(",;:—–-") + "…" if words else ellipsize(font, kept[-1] + "…", width)
    return "\n".join(kept)


def button_width(painter: Painter, button: Button, size: int) -> int:
    """How wide `button` must be for its label on one line at `size`."""
    return painter.fitter.fonts.get(size, True).size(button.label)[0] + 2 * painter.metrics.px(16) + painter.metrics.px(8)


def left_buttons(painter: Painter, row: pygame.Rect, buttons: list[Button], optional: list[Button]) -> list[Button]:
    """Place `buttons` from the left of `row`, each as wide as its label; the `optional` ones (last first) are left
    out where the row is too short (their keys still work). Returns the buttons placed."""
    m = painter.metrics
    gap = m.px(16)
    shown = list(buttons)
    while True:
        widths = [button_width(painter, b, m.small) for b in shown]
        if sum(widths) + gap * (len(shown) - 1) <= row.width or not any(b in optional for b in shown):
            break
        shown.remove(next(b for b in reversed(optional) if b in shown))
    x = row.x
    for button in buttons:
        if button not in shown:
            button.rect = pygame.Rect(0, 0, 0, 0)
            continue
        button.rect = pygame.Rect(x, row.y, button_width(painter, button, m.small), row.height)
        x = button.rect.right + gap
    return shown
