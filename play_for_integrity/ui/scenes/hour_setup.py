"""Integrity Hour setup: class, age band, which stories (the whole band, or a quarter of the year plan, the
current quarter first) and what they teach; for the board game, its length and 2-6 named teams; for the class
vote, how many pupils the class has (optional, remembered), so a mistyped count is caught.

Tab moves between the fields and buttons, Enter starts, Esc goes back. Team names take any letters the
keyboard layout gives (Kazakh and Russian too); an empty name becomes "Team 1", "Team 2" ...
"""

from __future__ import annotations

import pygame

from play_for_integrity.core.board import GAME_MINUTES
from play_for_integrity.core.board_game import MAX_TEAMS, MIN_TEAMS, TEAM_NAME_MAX, TOKEN_SHAPES, Team
from play_for_integrity.core.board_teams import team_name_key
from play_for_integrity.core.quarter_plan import QUARTERS, Quarter, plan_year, quarter_of
from play_for_integrity.core.settings import CLASS_NAME_MAX, CLASS_SIZE_MAX
from play_for_integrity.ui.board_view import team_color
from play_for_integrity.ui.form import Form
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scene_kit import FormScene, header, note_above
from play_for_integrity.ui.text_field import TextField, ascii_digit
from play_for_integrity.ui.tokens import draw_token
from play_for_integrity.ui.widgets import Button, ButtonGroup

DEFAULT_TEAMS = 4
DEFAULT_MINUTES = 30


def _short(name: str, most: int = 12) -> str:
    """A typed name as a one-line message quotes it: at most `most` characters, else cut with an ellipsis."""
    return name if len(name) <= most else name[:most - 1].rstrip() + "…"


class HourSetupScene(FormScene):
    name = "hour-setup"

    def __init__(self, app, mode: str) -> None:
        super().__init__(app, Form([], ButtonGroup(), on_submit=self.start))
        self.mode = mode
        library = self.session.library
        self.bands = [b for b in library.bands.values() if library.by_band(b.id)]
        self.band = self.session.band if self.session.band in {b.id for b in self.bands} else (
            self.bands[0].id if self.bands else None)
        self.minutes = DEFAULT_MINUTES
        self.quarter = quarter_of(self.session.today())  # None: every story of the band
        self.quarter_buttons = [Button("", lambda q=q: self._set_quarter(q)) for q in (None, *range(1, QUARTERS + 1))]
        self.teach_button = Button("", self.show_teaching)
        settings = self.session.settings
        self.class_field = TextField(max_length=CLASS_NAME_MAX, text=settings.last_class)
        self.size_field = TextField(max_length=len(str(CLASS_SIZE_MAX)), allowed=ascii_digit,
                                    text=str(settings.class_size) if settings.class_size else "")
        self.team_fields = [TextField(max_length=TEAM_NAME_MAX) for _ in range(DEFAULT_TEAMS if mode == "board" else 0)]
        self.band_buttons = [Button("", lambda b=b.id: self._set_band(b)) for b in self.bands]
        self.length_buttons = [Button("", lambda n=n: self._set_minutes(n)) for n in GAME_MINUTES] if mode == "board" else []
        self.add_button = Button("", self.add_team)
        self.remove_button = Button("", self.remove_team)
        self.back_button = Button("", self.back)
        self.start_button = Button("", self.start)
        self.problem = ""
        self._rebuild()
        self.form.focus(0)

    # -- the form --------------------------------------------------------------------------------
    def _rebuild(self) -> None:
        self.form.fields = [self.class_field, *self.team_fields] if self.mode == "board" else [self.class_field,
                                                                                               self.size_field]
        extra = [self.add_button, self.remove_button] if self.mode == "board" else []
        self.form.group.buttons = [*self.band_buttons, *self.quarter_buttons, self.teach_button, *self.length_buttons,
                                   *extra, self.back_button, self.start_button]

    def _set_band(self, band: str) -> None:
        self.band = band

    def _set_quarter(self, quarter: int | None) -> None:
        self.quarter = quarter

    def plan(self) -> Quarter | None:
        """The chosen quarter of the band's year plan; None for the whole band."""
        if self.quarter is None or self.band is None:
            return None
        library = self.session.library
        themes = [t.id for t in library.topics.values() if t.is_theme]
        return plan_year(library.by_band(self.band), themes)[self.quarter - 1]

    def stories(self) -> list:
        """The stories this Hour plays: the quarter's (its class vote takes the deepest two), or the whole band."""
        quarter = self.plan()
        if quarter is None:
            return self.session.library.by_band(self.band) if self.band else []
        return list(quarter.vote if self.mode == "vote" else quarter.board)

    def show_teaching(self) -> None:
        """What this Hour's stories teach: objectives and teacher notes, for the teacher to read before class."""
        if self.band is not None:
            self.app.push("hour-stories", self.stories())

    def _set_minutes(self, minutes: int) -> None:
        self.minutes = minutes

    def add_team(self) -> None:
        if len(self.team_fields) < MAX_TEAMS:
            field = TextField(max_length=TEAM_NAME_MAX)
            self.team_fields.append(field)
            self._rebuild()
            self.form.focus_field(field)

    def remove_team(self) -> None:
        if len(self.team_fields) > MIN_TEAMS:
            field = self.team_fields.pop()
            if field.focused:
                field.blur()
            self._rebuild()
            self.form.focus(len(self.form.fields) + self.form.group.buttons.index(self.remove_button))

    def team_names(self) -> list[str]:
        tr = self.session.tr
        return [f.text.strip() or tr.gettext("Team %(number)s") % {"number": i + 1} for i, f in enumerate(self.team_fields)]

    # -- starting --------------------------------------------------------------------------------
    def start(self) -> None:
        tr = self.session.tr
        if self.band is None:
            self.problem = tr.gettext("There are no scenarios to play yet. Check the scenario files.")
            return
        class_name = self.class_field.text.strip()
        self.session.remember_class(class_name)
        if self.mode == "vote":
            self.start_vote(class_name)
            return
        names = self.team_names()
        seen: dict[str, str] = {}
        for name in names:
            key = team_name_key(name)
            if key in seen and seen[key].casefold() == name.casefold():
                self.problem = tr.gettext("Two teams are called “%(name)s”. Give each team its own name.") % {
                    "name": _short(name)}
                return
            if key in seen:
                self.problem = tr.gettext("“%(first)s” and “%(second)s” look the same. Give each team a name of its "
                                          "own.") % {"first": _short(seen[key]), "second": _short(name)}
                return
            seen[key] = name
        teams = [Team(name, i, TOKEN_SHAPES[i]) for i, name in enumerate(names)]
        hour = self.session.start_board(class_name, self.band, self.minutes, teams, [s.id for s in self.stories()])
        self.form.release()
        self.app.replace("board", hour)

    def start_vote(self, class_name: str) -> None:
        size = int(self.size_field.text) if self.size_field.text else None
        if size == 0:
            self.problem = self.session.tr.gettext(
                "Type how many pupils are in the class (1 to %(max)s), or leave it empty.") % {"max": CLASS_SIZE_MAX}
            self.form.focus_field(self.size_field)
            return
        self.session.remember_class_size(size or 0)
        hour = self.session.start_vote(self.band, class_name, size, [s.id for s in self.stories()])
        self.form.release()
        self.app.replace("vote", hour)

    # -- drawing ---------------------------------------------------------------------------------
    def draw(self, painter: Painter) -> None:
        m, tr = painter.metrics, self.session.tr
        title = tr.gettext("Team board game") if self.mode == "board" else tr.gettext("Class vote")
        area = header(painter, title)
        h = m.px(64)
        self.back_button.label, self.start_button.label = tr.gettext("Back"), tr.gettext("Start")
        bw = min(m.px(300), area.width // 3)
        self.start_button.rect = pygame.Rect(area.right - bw, area.bottom - h, bw, h)
        self.back_button.rect = pygame.Rect(self.start_button.rect.x - m.px(20) - bw, area.bottom - h, bw, h)
        body = pygame.Rect(area.x, area.y, area.width, area.height - h - m.px(24))
        if self.problem:  # above the buttons, across the whole width
            body = note_above(painter, body, self.problem)
        gap = m.px(32)
        left = pygame.Rect(body.x, body.y, int(body.width * 0.5) - gap // 2, body.height)
        right = pygame.Rect(left.right + gap, body.y, body.right - left.right - gap, body.height)
        self._draw_left(painter, left)
        if self.mode == "board":
            self._draw_teams(painter, right)
        else:
            self._draw_vote_help(painter, right)
        self.form.draw_fields(painter)
        for i, button in enumerate(self.group.buttons):
            button.draw(painter, focused=i == self.group.focus, hovered=i == self.group.hover, size=m.small
                        if button not in (self.back_button, self.start_button) else m.body, align="center")

    def _label(self, painter: Painter, text: str, x: int, y: int, width: int) -> int:
        m = painter.metrics
        painter.text(text, pygame.Rect(x, y, width, m.px(40)), m.small, painter.colors.ink, bold=True, valign="bottom",
                     max_lines=1)
        return y + m.px(46)

    def _draw_left(self, painter: Painter, box: pygame.Rect) -> None:
        m, tr = painter.metrics, self.session.tr
        self.class_field.label = tr.gettext("Class")
        self.class_field.placeholder = tr.gettext("for example 7Б")
        self.class_field.rect = pygame.Rect(box.x, box.y, box.width, m.px(40) + m.px(6) + m.px(56))
        y = self._label(painter, tr.gettext("Age band"), box.x, self.class_field.rect.bottom + m.px(16), box.width)
        self._row(painter, self.band_buttons, [tr.band_name(b) for b in self.bands],
                  [b.id == self.band for b in self.bands], box.x, y, box.width)
        y += m.px(64)
        y = self._label(painter, tr.gettext("Quarter"), box.x, y + m.px(8), box.width)
        gap = m.px(12)
        whole = int(box.width * 0.36)
        each = (box.width - whole - gap * QUARTERS) // QUARTERS
        for i, (button, quarter) in enumerate(zip(self.quarter_buttons, (None, *range(1, QUARTERS + 1)))):
            button.label = tr.gettext("Whole year") if quarter is None else tr.format_number(quarter)
            button.selected = quarter == self.quarter
            x = box.x if quarter is None else box.x + whole + gap + (i - 1) * (each + gap)
            button.rect = pygame.Rect(x, y, whole if quarter is None else each, m.px(56))
        y += m.px(64)
        self.teach_button.label = tr.gettext("What the stories teach") + f" ({tr.format_number(len(self.stories()))})"
        self.teach_button.rect = pygame.Rect(box.x, y, box.width, m.px(56))
        y += m.px(64)
        if self.mode == "vote":
            self.size_field.label = tr.gettext("Pupils in the class (optional)")
            self.size_field.placeholder = tr.gettext("for example 25")
            self.size_field.rect = pygame.Rect(box.x, y + m.px(16), box.width, m.px(40) + m.px(6) + m.px(56))
        if self.mode == "board":
            y = self._label(painter, tr.gettext("Game length"), box.x, y + m.px(16), box.width)
            self._row(painter, self.length_buttons,
                      [tr.gettext("%(minutes)s min") % {"minutes": tr.format_number(n)} for n in GAME_MINUTES],
                      [n == self.minutes for n in GAME_MINUTES], box.x, y, box.width)

    def _row(self, painter: Painter, buttons: list[Button], labels: list[str], selected: list[bool], x: int, y: int,
             width: int) -> None:
        m = painter.metrics
        gap = m.px(12)
        each = (width - gap * (len(buttons) - 1)) // max(1, len(buttons))
        for i, (button, label, chosen) in enumerate(zip(buttons, labels, selected)):
            button.label, button.selected = label, chosen
            button.rect = pygame.Rect(x + i * (each + gap), y, each, m.px(56))

    def _draw_teams(self, painter: Painter, box: pygame.Rect) -> None:
        m, colors, tr = painter.metrics, painter.colors, self.session.tr
        y = self._label(painter, tr.gettext("Teams (2 to 6)"), box.x, box.y, box.width)
        buttons_h = m.px(52)
        each = min(m.px(60), (box.bottom - y - buttons_h - m.px(12)) // MAX_TEAMS)
        radius = min(m.px(16), each // 3)
        for i, field in enumerate(self.team_fields):
            row = pygame.Rect(box.x, y + i * each, box.width, each - m.px(8))
            team = Team("x", i, TOKEN_SHAPES[i])
            draw_token(painter.surface, team.shape, (row.x + radius + m.px(2), row.centery), radius,
                       team_color(colors, team), colors.ink, max(2, m.px(2)))
            field.label = ""
            field.placeholder = tr.gettext("Team %(number)s") % {"number": i + 1}
            field.rect = pygame.Rect(row.x + 2 * radius + m.px(14), row.y, row.width - 2 * radius - m.px(14), row.height)
        top = y + len(self.team_fields) * each + m.px(4)
        half = (box.width - m.px(12)) // 2
        self.add_button.label, self.remove_button.label = tr.gettext("Add a team"), tr.gettext("Remove a team")
        self.add_button.rect = pygame.Rect(box.x, top, half, buttons_h)
        self.remove_button.rect = pygame.Rect(box.x + half + m.px(12), top, half, buttons_h)

    def _draw_vote_help(self, painter: Painter, box: pygame.Rect) -> None:
        m, colors, tr = painter.metrics, painter.colors, self.session.tr
        painter.panel(box)
        pad = m.px(24)
        count = len(self.stories())
        text = tr.gettext(
            "Each story is shown to the whole class. Pupils vote with hands or A–D cards; type how many chose each "
            "option and press Enter. The class then sees its split, the feedback on every option and questions to "
            "talk about.")
        stories = tr.ngettext("%(count)s story in this Hour.", "%(count)s stories in this Hour.", count) % {
            "count": tr.format_number(count)}
        painter.text(f"{text}\n\n{stories}", box.inflate(-2 * pad, -2 * pad), m.small, colors.ink)
