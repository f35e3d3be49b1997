"""Integrity Hour, first screen: continue an unfinished board game, or start a board game or a class vote."""

from __future__ import annotations

import pygame

from play_for_integrity.i18n import N_
from play_for_integrity.core.board_game import BoardGame
from play_for_integrity.play.board import CLASS_KEY
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scene_kit import MenuScene, header
from play_for_integrity.ui.widgets import Button


class HourStartScene(MenuScene):
    name = "hour-start"

    def __init__(self, app) -> None:
        super().__init__(app)
        self.saved: BoardGame | None = self.session.saved_board()
        self.continue_button = Button("", self.resume_game, key_hint="0")
        self.board_button = Button("", lambda: self.new("board"), key_hint="1")
        self.vote_button = Button("", lambda: self.new("vote"), key_hint="2")
        self.group.buttons = ([self.continue_button] if self.saved else []) + [self.board_button, self.vote_button]

    def resume_game(self) -> None:
        self.app.replace("board", self.session.resume_board(self.saved))

    def new(self, mode: str) -> None:
        if mode == "board" and self.saved is not None:
            def start_over() -> None:
                self._close_saved()
                self.app.replace("hour-setup", "board")
            self.app.push("ask", N_("Start a new game?"), N_("Keep the unfinished game"), N_("Start a new game"),
                          start_over, N_("The unfinished game is closed; its answers stay in the class results."))
            return
        self.app.push("hour-setup", mode)

    def _close_saved(self) -> None:
        self.session.resume_board(self.saved).close_unfinished()  # stores the profiles, removes the save file
        self.session.board = None
        self.saved = None

    def handle(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_0, pygame.K_1, pygame.K_2):
            target = {pygame.K_0: self.continue_button, pygame.K_1: self.board_button,
                      pygame.K_2: self.vote_button}[event.key]
            if target in self.group.buttons:
                target.action()
                return True
        return super().handle(event)

    def draw(self, painter: Painter) -> None:
        m, tr = painter.metrics, self.session.tr
        area = header(painter, tr.gettext("Integrity Hour"))
        self.board_button.label = tr.gettext("Team board game")
        self.board_button.detail = tr.gettext(
            "2 to 6 teams race on a board of ladders and snakes. Each ladder or snake square is a dilemma the team "
            "talks over; star squares are tasks.")
        self.vote_button.label = tr.gettext("Class vote")
        self.vote_button.detail = tr.gettext(
            "The whole class reads a dilemma and votes with hands or A–D cards; you type the counts and everyone "
            "sees how the class split.")
        if self.saved is not None:
            game = self.saved
            self.continue_button.label = tr.gettext("Continue the unfinished game")
            details = [game.meta.get(CLASS_KEY, "")] if game.meta.get(CLASS_KEY) else []
            details.append(tr.ngettext("%(count)s team", "%(count)s teams", len(game.teams)) % {
                "count": tr.format_number(len(game.teams))})
            details.append(tr.gettext("turn %(number)s") % {"number": tr.format_number(game.turns)})
            self.continue_button.detail = " · ".join(details)
        buttons = self.group.buttons
        gap = m.px(20)
        height = min(m.px(190), (area.height - gap * (len(buttons) - 1)) // len(buttons))
        for i, button in enumerate(buttons):
            button.rect = pygame.Rect(area.x, area.y + i * (height + gap), area.width, height)
        self.group.draw(painter, size=m.heading)
