"""The class vote read from answer cards, projected (no text below 4 % of the height): the mirrored camera view with
each card read outlined, "23 of 26 answered", the pupil numbers lighting up as their cards count, each option's
letter with its first words, and Close the vote (focused: Enter closes).

Nothing on this screen shows which letter a card reads: the class sees who has answered, never what. Closing hands
the letters to the vote, and the split, feedback and discussion follow as with typed counts. Esc (or "Type the
counts") goes back to the count boxes; a camera that fails does the same, and says why over them.
"""

from __future__ import annotations

import math

import pygame

from play_for_integrity.cards.markers import pupil_numbers
from play_for_integrity.cards.scan import VoteScanner
from play_for_integrity.play.vote import VoteHour
from play_for_integrity.play.vote_cards import SubmitCards
from play_for_integrity.ui.camera import CameraFeed, Snapshot
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scene_kit import MenuScene
from play_for_integrity.ui.theme import ink_on
from play_for_integrity.ui.timer_panel import TimedScene, TimerPanel
from play_for_integrity.ui.vote_kit import vote_title
from play_for_integrity.ui.vote_pages import badge_radius, button_width, draw_option, first_words
from play_for_integrity.ui.widgets import Button

FRAMES_NEEDED = 3  # frames in a row a card must read the same letter before it counts
GRID_LEAST = 30    # numbers the grid shows before the class size is known or more cards are seen


def grid_shape(count: int, width: int, height: int) -> tuple[int, int, int]:
    """(columns, rows, cell side) that fit `count` square cells into width x height as large as they can be."""
    best = (1, count, 0)
    for columns in range(1, count + 1):
        rows = math.ceil(count / columns)
        side = min(width // columns, height // rows)
        if side > best[2]:
            best = (columns, rows, side)
    return best


def grid_height(count: int, width: int, side: int) -> int:
    """The least height that holds `count` cells at least `side` across in `width`."""
    for rows in range(1, count + 1):
        if width // math.ceil(count / rows) >= side:
            return rows * side
    return count * side


class VoteScanScene(TimedScene, MenuScene):
    """Reads the class's cards from `source` (the webcam, or synthetic frames) until the teacher closes the vote."""

    name = "vote-scan"
    projected = True

    def __init__(self, app, hour: VoteHour, source) -> None:
        super().__init__(app)
        self.hour, self.source = hour, source
        self.scenario, self.node = hour.vote.scenario, hour.vote.node
        self.timer = TimerPanel(app, hour.timer)
        size = hour.vote.class_size
        self.numbers = range(1, size + 1) if size else pupil_numbers()
        self.feed = CameraFeed(source, VoteScanner(self.numbers, FRAMES_NEEDED))
        self.typed_button = Button("", self.type_counts)
        self.close_button = Button("", self.close_vote)
        self.group.buttons = [*self.timer.buttons, self.typed_button, self.close_button]
        self.group.focus = len(self.group.buttons) - 1
        self.problem = ""
        self.camera_rect = pygame.Rect(0, 0, 0, 0)
        self.grid_rect = pygame.Rect(0, 0, 0, 0)
        self.count_rect = pygame.Rect(0, 0, 0, 0)
        self.cells: dict[int, pygame.Rect] = {}  # each number's square in the grid, as last drawn
        self._shown: tuple[int, int, int] = (-1, -1, -1)  # (picture, answered, seen) drawn last
        self._picture: tuple[int, pygame.Surface] | None = None

    # -- life ------------------------------------------------------------------------------------
    def enter(self) -> None:
        self.feed.start()

    def exit(self) -> None:
        self.feed.close()

    @property
    def animating(self) -> bool:
        return True  # the camera view is live

    def update(self, dt: float) -> bool:
        changed = self.timer.update(dt)
        feed = self.feed
        if feed.error is not None:
            self.fall_back(feed.error)
            return True
        feed.pump()
        snapshot = feed.latest()
        shown = (snapshot.serial if snapshot else -1, len(feed.answered()), len(feed.seen_numbers()))
        if shown != self._shown:
            self._shown = shown
            changed = True
        return changed

    # -- actions ---------------------------------------------------------------------------------
    def fall_back(self, message: str) -> None:
        """Back to typed counts, saying why (a message id) and offering to try the camera again."""
        self.feed.close()
        app, hour, source = self.app, self.hour, self.source
        app.replace("vote", hour, None, True)
        app.push("vote-cards-problem", message, lambda: app.replace("vote-scan", hour, source))

    def type_counts(self) -> None:
        self.feed.close()
        self.app.replace("vote", self.hour, None, True)  # the options' page: the class has read the story

    def back(self) -> None:
        self.type_counts()

    def close_vote(self) -> None:
        """The letters read so far become the vote; the split follows as with typed counts."""
        outcome = self.hour.dispatch(SubmitCards(self.feed.answers()))
        if not outcome.accepted:
            self.problem = self.session.tr.gettext(
                "No card has been read yet. Ask the pupils to hold their cards up, facing the camera.")
            self.app.invalidate()
            return
        self.feed.close()
        self.app.sounds.play("choice")
        self.app.replace("vote-result", self.hour, outcome.value)

    # -- drawing ---------------------------------------------------------------------------------
    def draw(self, painter: Painter) -> None:
        m, colors, tr = painter.metrics, painter.colors, self.session.tr
        area = vote_title(self, painter, self.timer)
        row_h = m.line(m.small) + m.px(20)
        self.typed_button.label = tr.gettext("Type the counts")
        self.close_button.label = tr.gettext("Close the vote")
        close_w = button_width(painter, self.close_button, m.body) + m.px(16)
        self.close_button.rect = pygame.Rect(area.right - close_w, area.bottom - row_h, close_w, row_h)
        typed_w = min(button_width(painter, self.typed_button, m.small), self.close_button.rect.x - m.px(16) - area.x)
        self.typed_button.rect = pygame.Rect(area.x, area.bottom - row_h, typed_w, row_h)
        body = pygame.Rect(area.x, area.y, area.width, area.height - row_h - m.px(16))
        note = self.problem or tr.gettext("Hold up your card with your answer's letter at the top.")
        block = painter.fitter.fit(note, body.width, 10_000, m.small, m.min_text, True)
        painter.text(note, pygame.Rect(body.x, body.bottom - block.height, body.width, block.height), m.small,
                     colors.poor if self.problem else colors.ink, bold=True)
        body = pygame.Rect(body.x, body.y, body.width, body.height - block.height - m.px(12))
        gap = m.px(16)
        strip_h = self._draw_options(painter, body)
        top = pygame.Rect(body.x, body.y, body.width, body.height - strip_h - gap)
        last = self._grid_last()
        least = m.line(m.min_text) + 2 * max(2, m.px(4))  # a cell whose number is drawn at the projected size
        rows = max(1, top.height // least)
        grid_w = max(top.width // 2, math.ceil(last / rows) * least)
        grid_w = min(grid_w, top.width - m.px(200))
        self.grid_rect = pygame.Rect(top.right - grid_w, top.y, grid_w, top.height)
        left = pygame.Rect(top.x, top.y, self.grid_rect.x - gap - top.x, top.height)
        count_h = m.line(m.heading)
        camera_h = min(left.width * 9 // 16, left.height - count_h - m.px(8))
        self.camera_rect = pygame.Rect(left.x, left.y, left.width, camera_h)
        painter.panel(self.camera_rect, fill=(40, 44, 52), radius=m.px(8))
        self.count_rect = pygame.Rect(left.x, self.camera_rect.bottom + m.px(8), left.width, count_h)
        for i, button in enumerate(self.group.buttons):
            button.draw(painter, focused=i == self.group.focus, hovered=i == self.group.hover,
                        size=m.body if button is self.close_button else m.small, align="center")

    def draw_dynamic(self, painter: Painter, static_pass: int) -> None:
        self._draw_live(painter)
        super().draw_dynamic(painter, static_pass)

    def _draw_options(self, painter: Painter, body: pygame.Rect) -> int:
        """The options at the bottom of `body`, two to a line, each its letter and its first words (the class read
        them whole on the options' page), so the class knows which edge to hold up; returns their height."""
        m, tr = painter.metrics, self.session.tr
        gap = m.px(12)
        count = len(self.node.choices)
        per_line = 1 if count < 2 else 2
        lines = math.ceil(count / per_line)
        chip_h = m.line(m.body) + m.px(8)
        height = lines * chip_h + (lines - 1) * gap
        chip_w = (body.width - gap * (per_line - 1)) // per_line
        radius = badge_radius(painter)
        text_w = chip_w - 2 * radius - m.px(24) - m.px(12)
        for i, choice in enumerate(self.node.choices):
            line, column = divmod(i, per_line)
            chip = pygame.Rect(body.x + column * (chip_w + gap), body.bottom - height + line * (chip_h + gap), chip_w,
                               chip_h)
            text = first_words(painter, tr.choice_text(self.scenario, self.node, choice), text_w, 1)
            draw_option(painter, chip, i, text, chip.right - m.px(12))
        return height

    def _draw_live(self, painter: Painter) -> None:
        """What changes while the class answers: the picture, the outlines, the count and the grid."""
        m, colors, tr = painter.metrics, painter.colors, self.session.tr
        answered = set(self.feed.answered())
        seen = self.feed.seen_numbers()
        self._draw_camera(painter, self.feed.latest(), answered)
        pygame.draw.rect(painter.surface, colors.background, self.count_rect)
        size = self.hour.vote.class_size
        total = size if size else len(set(seen) | answered)
        # TRANSLATORS: under the camera view of the card vote, e.g. "23 of 26 answered" (pupils whose card was read).
        count = tr.gettext("%(count)s of %(total)s answered") % {"count": tr.format_number(len(answered)),
                                                                 "total": tr.format_number(total)}
        painter.text(count, self.count_rect, m.heading, colors.ink, bold=True, valign="middle", max_lines=1)
        self._draw_grid(painter, answered, seen)

    def _draw_camera(self, painter: Painter, snapshot: Snapshot | None, answered: set[int]) -> None:
        m, colors, tr = painter.metrics, painter.colors, self.session.tr
        rect = self.camera_rect
        pygame.draw.rect(painter.surface, (40, 44, 52), rect, border_radius=m.px(8))
        if snapshot is None:
            painter.text(tr.gettext("Starting the camera…"), rect.inflate(-m.px(24), -m.px(24)), m.small,
                         (235, 235, 235), align="center", valign="middle")
            return
        width, height = snapshot.size
        scale = min(rect.width / width, rect.height / height)
        shown = pygame.Rect(0, 0, round(width * scale), round(height * scale))
        shown.center = rect.center
        if self._picture is None or self._picture[0] != snapshot.serial or self._picture[1].get_size() != shown.size:
            image = pygame.image.frombuffer(snapshot.pixels, snapshot.size, "BGR")
            self._picture = (snapshot.serial, pygame.transform.smoothscale(image, shown.size))
        painter.surface.blit(self._picture[1], shown)
        line = max(2, m.px(3))
        for number, corners in snapshot.cards:
            points = [(shown.x + u * shown.width, shown.y + v * shown.height) for u, v in corners]
            pygame.draw.polygon(painter.surface, colors.good if number in answered else (255, 200, 0), points, line)

    def _grid_last(self, seen: list[int] = (), answered: set[int] = frozenset()) -> int:
        """The highest number in the grid: the class size, else enough for every card seen (at least GRID_LEAST)."""
        size = self.hour.vote.class_size
        return size if size else max([GRID_LEAST, *seen, *answered])

    def _draw_grid(self, painter: Painter, answered: set[int], seen: list[int]) -> None:
        m, colors = painter.metrics, painter.colors
        rect = self.grid_rect
        pygame.draw.rect(painter.surface, colors.background, rect)
        last = self._grid_last(seen, answered)
        columns, _, side = grid_shape(last, rect.width, rect.height)
        pad = max(2, side // 12)
        self.cells = {}
        for index, number in enumerate(range(1, last + 1)):
            row, column = divmod(index, columns)
            cell = pygame.Rect(rect.x + column * side + pad, rect.y + row * side + pad, side - 2 * pad,
                               side - 2 * pad)
            self.cells[number] = cell
            done = number in answered
            fill = colors.good if done else colors.button
            pygame.draw.rect(painter.surface, fill, cell, border_radius=max(2, side // 8))
            painter.text(self.session.tr.format_number(number), cell,
                         max(m.min_text, int(cell.height * 0.5)), ink_on(fill) if done else colors.ink,
                         bold=done, align="center", valign="middle", max_lines=1)
