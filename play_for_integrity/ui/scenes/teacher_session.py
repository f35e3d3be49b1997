"""One recorded session for the teacher: choices per story step, profiles, where the class split, what its stories
teach (with the class's scores read against the "Adal azamat" programme), export, delete."""

from __future__ import annotations

import math

import pygame

from play_for_integrity.core.programme import PROGRAMME_NAMES, programme_totals
from play_for_integrity.i18n import N_
from play_for_integrity.play.teacher_export import FORMATS, export_folders
from play_for_integrity.results.card_recorder import pupil_number
from play_for_integrity.results.errors import ResultsError
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui import teacher_sections as sections
from play_for_integrity.ui.scene_kit import MenuScene, bottom_row, header, labelled_texts
from play_for_integrity.ui.teacher_sections import class_label, mode_label, when
from play_for_integrity.ui.widgets import Button

CHOICES, PROFILES, SPLIT, STORIES, EXPORT = range(5)
TABS = (N_("Choices"), N_("Profiles"), N_("Discussion"), N_("Stories"), N_("Export"))
EXPORT_LABELS = {"xlsx": N_("Excel (XLSX)"), "csv": N_("CSV table"), "json": N_("JSON (for merging)")}


def hard_wrap(font: pygame.font.Font, text: str, width: int) -> str:
    """Break a long path into lines no wider than `width`, after a folder separator where possible."""
    lines, current = [], ""
    for char in text:
        if current and font.size(current + char)[0] > width:
            cut = max(current.rfind("/"), current.rfind("\\"))
            if cut > 0:
                lines.append(current[:cut + 1])
                current = current[cut + 1:]
            else:
                lines.append(current)
                current = ""
        current += char
    return "\n".join([*lines, current])


class TeacherSessionScene(MenuScene):
    """Sections by the buttons on top or keys 1-5; PgUp/PgDn page within a section; Esc back to the list."""

    name = "teacher-session"

    def __init__(self, app, sid: str, tab: int = CHOICES) -> None:
        super().__init__(app)
        report = self.session.teacher.report(sid)
        self.data = report.data
        self.steps = sections.step_results(self.data, self.session.library.scenarios)
        self.splits, self.profiles, self.average = report.splits, report.profiles, report.average
        self.limit = max([1, *(abs(t) for _, profile in self.profiles for t in profile.values())])
        self.tab = tab
        self.page = [0] * len(TABS)
        self.page_count = [1] * len(TABS)
        self.tabs = [Button("", lambda i=i: self.show(i)) for i in range(len(TABS))]
        self.exports = [Button("", lambda f=f: self.export(f)) for f in FORMATS]
        self.prev = Button("", lambda: self.turn(-1))
        self.next = Button("", lambda: self.turn(1))
        self.delete = Button("", self.ask_delete)
        self.back_button = Button("", self.back)
        self.names_button = Button("", self.edit_names)
        self.export_result: tuple[bool, str] | None = None  # (written, the path or the problem)
        numbers = [pupil_number(p.nickname) for p in self.data.participants] if self.data.mode == "vote" else []
        self.card_numbers = sorted(n for n in numbers if n is not None)  # pupils who answered with cards
        self.names: dict[int, str] = {}
        self._load_names()

    def _load_names(self) -> None:
        """The teacher's names for this class's card numbers (kept on this PC only)."""
        if self.card_numbers:
            self.names = self.session.teacher.pupil_names().of_class(self.data.class_name)

    def resume(self) -> None:
        self._load_names()

    def edit_names(self) -> None:
        self.app.push("pupil-names", self.data.class_name, max(self.card_numbers, default=1))

    def participant_label(self, nickname: str) -> str:
        """A participant as listed: a card number gets the name the teacher gave it, if any."""
        number = pupil_number(nickname)
        name = self.names.get(number, "") if number is not None else ""
        return f"{nickname} · {name}" if name else class_label(self.session.tr, nickname)

    # -- actions ---------------------------------------------------------------------------------
    def show(self, tab: int) -> None:
        self.tab = tab

    def turn(self, step: int) -> None:
        self.page[self.tab] = max(0, min(self.page_count[self.tab] - 1, self.page[self.tab] + step))

    def export(self, fmt: str) -> None:
        try:
            path = self.session.teacher.export(self.data, fmt, self.session.tr)
        except ResultsError as err:
            self.export_result = (False, str(err))
        else:
            self.export_result = (True, str(path))

    def ask_delete(self) -> None:
        self.app.push("teacher-delete", self.data)

    def handle(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN:
            if pygame.K_1 <= event.key < pygame.K_1 + len(TABS):
                self.show(event.key - pygame.K_1)
                return True
            if event.key in (pygame.K_PAGEUP, pygame.K_PAGEDOWN):
                self.turn(-1 if event.key == pygame.K_PAGEUP else 1)
                return True
        return super().handle(event)

    # -- drawing ---------------------------------------------------------------------------------
    def draw(self, painter: Painter) -> None:
        m, tr = painter.metrics, self.session.tr
        data = self.data
        title = f"{class_label(tr, data.class_name)} · {when(tr, data.started_at)}"
        area = header(painter, title, mode_label(tr, data.mode))
        tab_h, gap = m.px(56), m.px(12)
        tab_w = (area.width - gap * (len(TABS) - 1)) // len(TABS)
        for i, (button, name) in enumerate(zip(self.tabs, TABS)):
            button.label = tr.gettext(name)
            button.selected = i == self.tab
            button.rect = pygame.Rect(area.x + i * (tab_w + gap), area.y, tab_w, tab_h)
        body = pygame.Rect(area.x, area.y + tab_h + m.px(16), area.width, area.height - tab_h - m.px(16))
        self.prev.label, self.next.label = "‹ " + tr.gettext("Previous"), tr.gettext("Next") + " ›"
        # TRANSLATORS: a button that opens the question "Delete the results of class …?"
        self.delete.label, self.back_button.label = tr.gettext("Delete…"), tr.gettext("Back")
        section = bottom_row(painter, body, [self.prev, self.next, self.delete, self.back_button])
        paged = self.tab != EXPORT
        {CHOICES: self._draw_choices, PROFILES: self._draw_profiles, SPLIT: self._draw_splits,
         STORIES: self._draw_stories, EXPORT: self._draw_export}[self.tab](painter, section)
        self.page[self.tab] = min(self.page[self.tab], self.page_count[self.tab] - 1)
        nav = [self.prev, self.next] if paged and self.page_count[self.tab] > 1 else []
        extra = self.exports if self.tab == EXPORT else []
        if self.tab == PROFILES and self.card_numbers:
            extra = [self.names_button]
        self.group.buttons = [*self.tabs, *extra, *nav, self.delete, self.back_button]
        self.group.focus = min(self.group.focus, len(self.group.buttons) - 1)
        for i, button in enumerate(self.group.buttons):
            button.draw(painter, focused=i == self.group.focus, hovered=i == self.group.hover, align="center")

    def _empty(self, painter: Painter, rect: pygame.Rect, message: str) -> None:
        painter.panel(rect)
        pad = painter.metrics.px(28)
        painter.text(message, rect.inflate(-2 * pad, -2 * pad), painter.metrics.body)

    def _draw_choices(self, painter: Painter, rect: pygame.Rect) -> None:
        tr = self.session.tr
        self.page_count[CHOICES] = max(1, len(self.steps))
        if not self.steps:
            self._empty(painter, rect, tr.gettext("No answers were recorded in this session."))
            return
        index = min(self.page[CHOICES], len(self.steps) - 1)
        sections.draw_step(painter, rect, tr, self.steps[index], index + 1, len(self.steps))

    def _draw_profiles(self, painter: Painter, rect: pygame.Rect) -> None:
        tr, library = self.session.tr, self.session.library
        if not self.profiles:
            self.page_count[PROFILES] = 1
            self._empty(painter, rect, tr.gettext("No answers were recorded in this session."))
            return
        if self.card_numbers:  # a card vote: the teacher's names for the numbers are one button away
            m = painter.metrics
            # TRANSLATORS: opens the teacher's list of names for the answer-card numbers (kept on this PC only).
            self.names_button.label = tr.gettext("Pupils' names")
            self.names_button.rect = pygame.Rect(rect.right - m.px(320), rect.y, m.px(320), m.px(56))
            rect = pygame.Rect(rect.x, rect.y + m.px(68), rect.width, rect.height - m.px(68))
        per_page = sections.profile_rows_per_page(painter, rect)
        self.page_count[PROFILES] = max(1, math.ceil(len(self.profiles) / per_page))
        page = min(self.page[PROFILES], self.page_count[PROFILES] - 1)
        seen = set(self.data.value_ids()) | set(self.average)
        values = [(v.id, tr.value_name(v)) for v in library.values.values() if v.id in seen]
        values += [(v, v) for v in self.data.value_ids() if v not in library.values]
        shown = self.profiles[page * per_page:(page + 1) * per_page]
        rows = [(self.participant_label(p.nickname), profile) for p, profile in shown]
        sections.draw_profiles(painter, rect, tr, values, self.average, rows, self.limit)

    def _draw_splits(self, painter: Painter, rect: pygame.Rect) -> None:
        tr = self.session.tr
        if not self.splits:
            self.page_count[SPLIT] = 1
            self._empty(painter, rect, tr.gettext(
                "There is nothing to compare yet: no story step was answered by two or more participants."))
            return
        # one story step per page, in large type: the page is projected while the class talks about it
        self.page_count[SPLIT] = len(self.splits)
        page = min(self.page[SPLIT], len(self.splits) - 1)
        sections.draw_split_card(painter, rect, tr, page + 1, len(self.splits), self.splits[page],
                                 self.session.library.scenarios)

    def _draw_stories(self, painter: Painter, rect: pygame.Rect) -> None:
        """Page 1: the class's average scores read against the "Adal azamat" programme; then one page a story."""
        m, colors, tr, library = painter.metrics, painter.colors, self.session.tr, self.session.library
        stories = [library.scenarios[s] for s in dict.fromkeys(a.scenario_id for a in self.data.answers)
                   if s in library.scenarios]
        self.page_count[STORIES] = 1 + len(stories)
        page = min(self.page[STORIES], len(stories))
        painter.panel(rect)
        inner = rect.inflate(-2 * m.px(28), -2 * m.px(24))
        line = m.px(52)
        if page == 0:
            painter.text(tr.gettext("The class's average scores, read against the values of the “Adal azamat” "
                                    "programme"), pygame.Rect(inner.x, inner.y, inner.width, 2 * line), m.small,
                         colors.ink, bold=True, max_lines=2)
            totals = programme_totals(self.average, library.values)
            if not totals:
                painter.text(tr.gettext("No answers were recorded in this session."),
                             pygame.Rect(inner.x, inner.y + 2 * line, inner.width, line), m.small, colors.ink)
            row_h = min(m.px(72), (inner.bottom - inner.y - 2 * line) // max(1, len(totals)))
            for i, (programme, (total, ids)) in enumerate(totals.items()):
                row = pygame.Rect(inner.x, inner.y + 2 * line + i * row_h, inner.width, row_h)
                served = ", ".join(tr.value_name(library.values[v]) for v in ids)
                painter.text(f"{tr.gettext(PROGRAMME_NAMES[programme])}: {sections.signed(tr, total, 1)}",
                             pygame.Rect(row.x, row.y, row.width, row.height // 2), m.small,
                             colors.good if total > 0 else colors.poor if total < 0 else colors.ink, bold=True,
                             max_lines=1)
                painter.text(served, pygame.Rect(row.x + m.px(24), row.y + row.height // 2, row.width - m.px(24),
                                                 row.height // 2), m.small, colors.muted_ink, max_lines=1)
            return
        scenario = stories[page - 1]
        painter.text(tr.scenario_title(scenario), pygame.Rect(inner.x, inner.y, inner.width, line), m.heading,
                     colors.ink, bold=True, max_lines=1)
        blocks = [(tr.gettext("Objective"), tr.objective(scenario))]
        if scenario.teacher_note:
            blocks.append((tr.gettext("Teacher note"), tr.teacher_note(scenario)))
        top = inner.y + line + m.px(12)
        labelled_texts(painter, pygame.Rect(inner.x, top, inner.width, inner.bottom - top), blocks, m.small)

    def _draw_export(self, painter: Painter, rect: pygame.Rect) -> None:
        m, colors, tr = painter.metrics, painter.colors, self.session.tr
        painter.panel(rect)
        inner = rect.inflate(-2 * m.px(28), -2 * m.px(24))
        folder = export_folders(self.session.data_dir)[0]
        intro = pygame.Rect(inner.x, inner.y, inner.width, m.px(110))
        font = painter.fitter.fonts.get(m.small)
        painter.text(tr.gettext("Save this session's results as a file for the school report, or as JSON to merge on "
                                "another computer. Files are saved in the folder:") + "\n"
                     + hard_wrap(font, str(folder), intro.width), intro, m.small, colors.ink)
        gap = m.px(20)
        bw = (inner.width - 2 * gap) // 3
        for i, (button, fmt) in enumerate(zip(self.exports, FORMATS)):
            button.label = tr.gettext(EXPORT_LABELS[fmt])
            button.rect = pygame.Rect(inner.x + i * (bw + gap), intro.bottom + m.px(20), bw, m.px(80))
        result = pygame.Rect(inner.x, intro.bottom + m.px(124), inner.width, inner.bottom - intro.bottom - m.px(124))
        if self.export_result is None:
            return
        written, text = self.export_result
        if written:
            text = tr.gettext("Saved:") + "\n" + hard_wrap(font, text, result.width)
        painter.text(text, result, m.small, colors.good if written else colors.poor, bold=True)
