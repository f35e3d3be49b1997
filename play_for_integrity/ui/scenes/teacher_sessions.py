"""The teacher's list of recorded sessions, newest first, a page at a time; or how to get some."""

from __future__ import annotations

import math

import pygame

from play_for_integrity.i18n import N_
from play_for_integrity.results.errors import ResultsError
from play_for_integrity.results.records import SessionSummary
from play_for_integrity.ui.painter import Painter
from play_for_integrity.play.teacher import AddDemoClass
from play_for_integrity.ui.scene_kit import CANNOT_OPEN, MenuScene, PageKeys, bottom_row, header
from play_for_integrity.ui.teacher_sections import band_label, class_label, mode_label, when
from play_for_integrity.ui.widgets import Button

COLUMNS = ((N_("Date and time"), 0.27, "left"), (N_("Class"), 0.12, "left"), (N_("Mode"), 0.18, "left"),
           (N_("Age band"), 0.13, "left"), (N_("Participants"), 0.15, "right"), (N_("Answers"), 0.15, "right"))


class TeacherSessionsScene(PageKeys, MenuScene):
    """Rows open a session; PgUp/PgDn or the buttons turn pages; Esc leaves the teacher view."""

    name = "teacher-sessions"

    def __init__(self, app) -> None:
        super().__init__(app)
        self.teacher = self.session.teacher
        self.total = 0  # sessions in the store; only the page on show is read
        self._pages: dict[tuple[int, int], list[SessionSummary]] = {}
        self.page = 0
        self.per_page = 5
        self.problem: str | None = None
        self.rows: list[Button] = []
        self.prev = Button("", lambda: self.turn(-1))
        self.next = Button("", lambda: self.turn(1))
        self.demo = Button("", self.add_demo)
        self.back_button = Button("", self.back)
        self.reload()

    def reload(self) -> None:
        """Read the store again (after a delete or a demo class): the count now, the page when it is drawn."""
        self._pages.clear()
        try:
            _, self.total = self.teacher.sessions_page(0, 1)
            self.problem = None
        except ResultsError as err:
            self.total = 0
            self.problem = str(err)
        self.page = min(self.page, max(0, self.pages - 1))

    @property
    def summaries(self) -> list[SessionSummary]:
        """The sessions on the page on show."""
        return self._page_items()

    def resume(self) -> None:
        self.reload()

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / max(1, self.per_page)))

    def turn(self, step: int) -> None:
        self.page = max(0, min(self.pages - 1, self.page + step))

    def open_session(self, sid: str) -> None:
        try:
            self.app.push("teacher-session", sid)
        except ResultsError as err:
            self.app.push("teacher-message", CANNOT_OPEN, str(err))

    def add_demo(self) -> None:
        tr = self.session.tr
        # TRANSLATORS: the class name of an invented demo class (at most 40 characters).
        outcome = self.teacher.dispatch(AddDemoClass(tr.gettext("Demo 7B"), tr.lang))
        if not outcome.accepted:
            self.problem = outcome.reason
            return
        self.page = 0
        self.reload()

    # -- drawing ---------------------------------------------------------------------------------
    def draw(self, painter: Painter) -> None:
        m, tr = painter.metrics, self.session.tr
        count = self.total
        right = tr.ngettext("%(count)s session", "%(count)s sessions", count) % {"count": tr.format_number(count)}
        area = header(painter, tr.gettext("Class results"), right if count else None)
        self.back_button.label = tr.gettext("Back")
        if not self.total:
            self._draw_empty(painter, area)
            return
        self._layout_rows(painter, area)
        nav = [self.prev, self.next] if self.pages > 1 else []
        self.prev.label, self.next.label = "‹ " + tr.gettext("Previous"), tr.gettext("Next") + " ›"
        buttons = [*self.rows, *nav, self.back_button]
        self.group.buttons = buttons
        self.group.focus = min(self.group.focus, len(buttons) - 1)
        if self.pages > 1:  # the page number goes left of the buttons
            left_w = area.width // 4
            bottom_row(painter, pygame.Rect(area.x + left_w, area.y, area.width - left_w, area.height),
                       [*nav, self.back_button])
            box = pygame.Rect(area.x, self.back_button.rect.y, left_w - m.px(16), self.back_button.rect.height)
            text = tr.gettext("Page %(number)s of %(count)s") % {"number": tr.format_number(self.page + 1),
                                                                  "count": tr.format_number(self.pages)}
            painter.text(text, box, m.small, painter.colors.muted_ink, valign="middle", max_lines=2)
        else:
            bottom_row(painter, area, [self.back_button])
        for i, button in enumerate(self.group.buttons):
            button.draw(painter, focused=i == self.group.focus, hovered=i == self.group.hover, align="center")

    def _page_items(self) -> list[SessionSummary]:
        key = (self.page, self.per_page)
        if key not in self._pages:
            try:
                self._pages[key], self.total = self.teacher.sessions_page(*key)
            except ResultsError as err:
                self.problem = str(err)
                return []
        return self._pages[key]

    def _layout_rows(self, painter: Painter, area: pygame.Rect) -> None:
        """Column heads, then as many rows as fit above the bottom buttons; sets `per_page` and `rows`."""
        m, colors, tr = painter.metrics, painter.colors, self.session.tr
        list_area = pygame.Rect(area.x, area.y, area.width, area.height - m.px(72) - m.px(24))
        head_h = m.px(62)
        pad = m.px(16)  # as the buttons' inner padding, so the heads stand over their columns
        self._draw_columns(painter, pygame.Rect(list_area.x + pad, list_area.y, list_area.width - 2 * pad, head_h),
                           [tr.gettext(title) for title, _, _ in COLUMNS], colors.muted_ink, True)
        row_h, gap = m.px(80), m.px(10)
        top = list_area.y + head_h + m.px(8)
        self.per_page = max(1, (list_area.bottom - top + gap) // (row_h + gap))
        self.page = min(self.page, self.pages - 1)
        items = self._page_items()
        while len(self.rows) < len(items):
            self.rows.append(Button("", lambda: None, bold=False))
        self.rows = self.rows[:len(items)]
        for i, (button, summary) in enumerate(zip(self.rows, items)):
            button.rect = pygame.Rect(list_area.x, top + i * (row_h + gap), list_area.width, row_h)
            button.action = lambda sid=summary.uuid: self.open_session(sid)
            button.icon = lambda p, inner, ink, s=summary: self._draw_columns(p, inner, self._cells(s), ink, False)

    def _cells(self, summary: SessionSummary) -> list[str]:
        tr = self.session.tr
        return [when(tr, summary.started_at), class_label(tr, summary.class_name), mode_label(tr, summary.mode),
                band_label(self.session, summary.band), tr.format_number(summary.participants),
                tr.format_number(summary.answers)]

    def _draw_columns(self, painter: Painter, rect: pygame.Rect, texts: list[str], color, bold: bool) -> None:
        m = painter.metrics
        x = rect.x
        gap = m.px(10)
        for text, (_, share, align) in zip(texts, COLUMNS):
            width = int(rect.width * share)
            box = pygame.Rect(x, rect.y, width - gap, rect.height)
            painter.text(text, box, m.small, color, bold=bold, align=align, valign="middle", max_lines=2)
            x += width

    def _draw_empty(self, painter: Painter, area: pygame.Rect) -> None:
        m, tr = painter.metrics, self.session.tr
        self.demo.label = tr.gettext("Add a demo class")
        rest = bottom_row(painter, area, [self.demo, self.back_button])
        self.group.buttons = [self.demo, self.back_button]
        self.group.focus = min(self.group.focus, 1)
        painter.panel(rest)
        pad = m.px(32)
        text = self.problem or tr.gettext(
            "No class results are stored on this computer yet. They appear here when pupils play a game or when "
            "you run an Integrity Hour.\nTo try this view now, add a demo class: an invented class of 24 pupils "
            "that you can delete afterwards.")
        painter.text(text, rest.inflate(-2 * pad, -2 * pad), m.body)
        self.group.draw(painter, align="center")
