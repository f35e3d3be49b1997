"""The Integrity Hour board: the board on the left, the teams and the teacher's controls on the right.

Space/Enter rolls (or shows the card waiting), U or Ctrl+Z undoes, M opens the menu, E ends the game, Esc leaves (the
game is saved), F1 lists the keys.
The board and the team list are the cached static layer; tokens and the die are drawn over it as they move.
"""

from __future__ import annotations

import pygame

from play_for_integrity.core.board_geometry import MAX_CELL_ASPECT
from play_for_integrity.i18n import N_
from play_for_integrity.play.actions import EndGame, Finish, Roll, SkipCard, Undo
from play_for_integrity.play.board import BoardHour
from play_for_integrity.play.notices import Notice
from play_for_integrity.ui.board_animation import MoveAnimation
from play_for_integrity.ui.board_side import draw_die, draw_team_list
from play_for_integrity.ui.board_view import BoardView, team_color
from play_for_integrity.ui.keys import is_undo, shortcut
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scene_kit import MenuScene, content_rect
from play_for_integrity.ui.tokens import draw_token
from play_for_integrity.ui.widgets import Button

CARD_DELAY = 0.35  # seconds between a token landing and its card opening


class BoardScene(MenuScene):
    name = "board"
    projected = True
    dynamic_animation = True

    def __init__(self, app, hour: BoardHour) -> None:
        super().__init__(app)
        self.hour = hour
        self.game = hour.game
        self.roll_button = Button("", self.primary)
        self.undo_button = Button("", self.undo)
        self.end_button = Button("", self.ask_end)
        self.menu_button = Button("", self.open_menu)
        self.group.buttons = [self.roll_button, self.undo_button, self.end_button, self.menu_button]
        self.group.pointer_focuses = False  # Enter stays on the roll button until Tab moves it
        self.view: BoardView | None = None
        self.anim: MoveAnimation | None = None
        self.shown_move = self.game.last_move  # a resumed game does not replay its last move
        self.card_wait: float | None = None
        self.die_rect = pygame.Rect(0, 0, 0, 0)

    # -- actions ------------------------------------------------------------------------------------
    def primary(self) -> None:
        if self.anim is not None:
            return
        if self.game.phase == "roll":
            if not self.hour.dispatch(Roll()).accepted:
                return
            self.app.sounds.play("dice")
            self._animate(with_dice=True)
        elif self.game.phase in ("dilemma", "task"):
            self.open_card()
        elif self.game.is_over:
            self.show_end()

    def undo(self) -> None:
        if self.anim is not None:  # the tokens stand still again: back onto the cached layer
            self.anim = None
            self.app.invalidate()
        self.group.focus = 0  # the next Enter rolls (or shows the card) again; it never undoes a second time
        if self.hour.dispatch(Undo()).accepted:
            self.shown_move = self.game.last_move
            self.card_wait = None
            self.app.invalidate()

    def ask_end(self) -> None:
        if self.game.is_over:
            self.show_end()
            return
        self.app.push("ask", N_("End the game now?"), N_("Keep playing"), N_("End the game"), self.end_now,
                      N_("Both scores are shown as they stand, and the results are saved."))

    def end_now(self) -> None:
        if self.hour.dispatch(EndGame()).accepted:
            self.show_end()

    def back(self) -> None:
        self.app.push("ask", N_("Leave the board?"), N_("Keep playing"), N_("Leave"), self.leave,
                      N_("The game is saved: continue it later from Integrity Hour."))

    def open_menu(self) -> None:
        """The menu over the board: the game waits under it, exactly as it is."""
        self.app.push("board-menu", self.ask_end, self.back)

    def leave(self) -> None:
        self.session.board = None
        self.app.reset("title")

    def open_card(self) -> None:
        self.card_wait = None
        if self.hour.card_missing:  # the card's file was removed since the game was saved
            missing = self.hour.missing_card
            self.hour.dispatch(SkipCard())
            if missing:
                notice = Notice(N_("Integrity Hour: the card “%(card)s” is no longer in the content, so it was "
                                   "skipped."), card=missing)
            else:
                notice = Notice(N_("Integrity Hour: a card of the saved game is no longer in the content, so it was "
                                   "skipped."))
            self.app.notice(notice)
            self.app.invalidate()
        elif self.game.phase == "dilemma":
            self.app.push("board-dilemma", self.hour)
        elif self.game.phase == "task":
            self.app.push("task-card", self.hour)

    def show_end(self) -> None:
        self.hour.dispatch(Finish())
        self.app.replace("board-end", self.hour)

    # -- animation ----------------------------------------------------------------------------------
    def _animate(self, with_dice: bool) -> None:
        move = self.game.last_move
        self.shown_move = move
        if move is None or (move.start == move.end and move.dice is None):
            self._settled()
            return
        self.anim = MoveAnimation(move, with_dice)
        self.app.invalidate()  # the tokens and the die leave the cached layer while they move

    def resume(self) -> None:
        """Back from a card: show the ladder, snake or bonus steps that its answer caused."""
        if self.game.last_move is not self.shown_move:
            self._animate(with_dice=False)
        self.app.invalidate()

    @property
    def animating(self) -> bool:
        return self.anim is not None or self.card_wait is not None

    def update(self, dt: float) -> bool:
        if self.card_wait is not None:
            self.card_wait -= dt
            if self.card_wait <= 0:
                self.open_card()
            return False
        if self.anim is None:
            return False
        event = self.anim.advance(dt)
        if event == "slide":
            self.app.sounds.play(self.anim.move.slide)
        if self.anim.done:
            self.anim = None
            self._settled()
        return True

    def _settled(self) -> None:
        """The token stands still: redraw the team list, then open the card or the end screen."""
        self.app.invalidate()
        move = self.shown_move
        if self.game.is_over:
            if move is not None and move.finished:
                self.app.sounds.play("finish")
            self.show_end()
        elif self.game.phase in ("dilemma", "task"):
            self.card_wait = CARD_DELAY

    # -- input --------------------------------------------------------------------------------------
    def handle(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN:
            if event.key in (pygame.K_SPACE, pygame.K_RETURN, pygame.K_KP_ENTER) and self.group.focus == 0:
                self.primary()
                return True
            if is_undo(event):
                self.undo()
                return True
            if shortcut(event, "e"):
                self.ask_end()
                return True
            if shortcut(event, "m"):
                self.open_menu()
                return True
        return super().handle(event)

    # -- drawing ------------------------------------------------------------------------------------
    def tokens_moving(self) -> bool:
        """While a move plays, the tokens and the die are drawn every frame over the cached board; at rest they
        are part of the cached layer, so a frame after a focus change is one blit plus the focus."""
        return self.anim is not None

    def _shown_positions(self) -> list:
        positions: list = list(self.game.positions)
        if self.anim is not None and self.view is not None:
            positions[self.anim.move.team] = self.anim.where(self.view)
        return positions

    def draw(self, painter: Painter) -> None:
        m, tr = painter.metrics, self.session.tr
        class_name = self.hour.class_name
        title = tr.gettext("Integrity Hour")
        if class_name:
            title = f"{title} · {class_name}"
        title += " · " + tr.gettext("Turn %(number)s") % {"number": tr.format_number(self.game.turns)}
        area = content_rect(painter)
        bar_h = max(m.line(m.heading), m.line(m.small) + m.px(20))
        self.menu_button.label = tr.gettext("Menu")
        menu_w = painter.fitter.fonts.get(m.small, True).size(self.menu_button.label)[0] + 2 * m.px(16) + m.px(24)
        self.menu_button.rect = pygame.Rect(area.right - menu_w, area.y, menu_w, bar_h)
        painter.text(title, pygame.Rect(area.x, area.y, area.width - menu_w - m.px(24), bar_h), m.heading,
                     painter.colors.ink, bold=True, valign="middle", max_lines=1)
        area = pygame.Rect(area.x, area.y + bar_h + m.px(12), area.width, area.height - bar_h - m.px(12))
        gap = m.px(24)
        side_w = self._side_width(painter, area)
        self.view = BoardView(self.game.board, pygame.Rect(area.x, area.y, area.width - side_w - gap, area.height))
        self.view.draw(painter)
        side = pygame.Rect(area.right - side_w, area.y, side_w, area.height)
        self._draw_controls(painter, side)
        if not self.tokens_moving():
            self._draw_pieces(painter)

    def _side_width(self, painter: Painter, area: pygame.Rect) -> int:
        """The team list and the buttons take what the board leaves when it is as large as the height allows
        (its squares stretched up to the most the geometry allows), but never less than they need to be read."""
        m = painter.metrics
        board = self.game.board
        widest_board = area.height / board.rows * MAX_CELL_ASPECT * board.columns
        least = max(m.px(340), int(area.width * 0.34))
        return max(least, min(int(area.width * 0.45), int(area.width - m.px(24) - widest_board)))

    def _draw_controls(self, painter: Painter, side: pygame.Rect) -> None:
        m, tr = painter.metrics, self.session.tr
        gap = m.px(12)
        small_h = m.line(m.small) + m.px(20)
        big_h = m.line(m.body) + m.px(24)
        bottom = side.bottom
        self.undo_button.label = tr.gettext("Undo")
        self.undo_button.rect = pygame.Rect(side.x, bottom - small_h, side.width, small_h)
        self.end_button.rect = pygame.Rect(0, 0, 0, 0)  # in the menu; E still ends the game
        self.roll_button.rect = pygame.Rect(side.x, bottom - small_h - gap - big_h, side.width, big_h)
        phase = self.game.phase
        self.roll_button.label = tr.gettext("Roll the dice") if phase == "roll" else \
            tr.gettext("Show the card") if phase in ("dilemma", "task") else tr.gettext("See the results")
        self.end_button.label = tr.gettext("End the game")
        turn_h = max(m.line(m.body) + m.px(32), min(m.px(96), side.width // 4))
        turn_box = pygame.Rect(side.x, self.roll_button.rect.y - gap - turn_h, side.width, turn_h)
        self._draw_turn(painter, turn_box)
        teams_box = pygame.Rect(side.x, side.y, side.width, turn_box.y - gap - side.y)
        positions = list(self.game.positions)
        if self.anim is not None:  # the team list catches up when the token has arrived
            positions[self.anim.move.team] = self.anim.move.start
        draw_team_list(painter, teams_box, self.game, self.session.tr, positions)
        self.roll_button.draw(painter, focused=self.group.focus == 0, hovered=self.group.hover == 0, align="center")
        for i, button in enumerate(self.group.buttons[1:], start=1):
            if button.rect.width:
                button.draw(painter, focused=self.group.focus == i, hovered=self.group.hover == i, size=m.small,
                            align="center")

    def _draw_turn(self, painter: Painter, box: pygame.Rect) -> None:
        """Whose turn it is (token and name) and the die; the roll button says what to do."""
        m, colors = painter.metrics, painter.colors
        painter.panel(box, edge=colors.accent)
        pad = m.px(12)
        die = min(box.height - 2 * pad, m.px(84))
        self.die_rect = pygame.Rect(box.right - pad - die, box.centery - die // 2, die, die)
        moving = self.anim.move if self.anim is not None else None
        team = self.game.teams[moving.team if moving is not None else self.game.current]
        token_r = min(m.px(22), (box.height - 2 * pad) // 2)
        draw_token(painter.surface, team.shape, (box.x + pad + token_r, box.centery), token_r,
                   team_color(colors, team), colors.ink, max(2, m.px(3)))
        text_box = pygame.Rect(box.x + 2 * pad + 2 * token_r, box.y + pad // 2,
                               self.die_rect.x - pad - (box.x + 2 * pad + 2 * token_r), box.height - pad)
        line = self.session.tr.gettext("The game is over") if self.game.is_over and moving is None else \
            painter.shortened(team.name, text_box.width, m.body, True)
        painter.text(line, text_box, m.body, colors.ink, bold=True, valign="middle", max_lines=2)

    def draw_dynamic(self, painter: Painter, static_pass: int) -> None:
        super().draw_dynamic(painter, static_pass)
        if self.view is not None and self.tokens_moving():
            self._draw_pieces(painter)

    def _draw_pieces(self, painter: Painter) -> None:
        """The teams' tokens (the current team's ringed) and the die."""
        self.view.draw_tokens(painter, self.game.teams, self._shown_positions(),
                              None if self.game.is_over else self.game.current)
        face = self.anim.face() if self.anim is not None else (
            self.shown_move.dice if self.shown_move is not None else None)
        draw_die(painter, self.die_rect, face)
