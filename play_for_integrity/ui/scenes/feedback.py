"""Feedback on a choice: why it was better or worse, its effect on each value, and its board move."""

from __future__ import annotations

import pygame

from play_for_integrity.play.actions import Advance
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.picture_art import HIGHEST, LOWEST, biggest, scenario_picture, split_off_picture
from play_for_integrity.ui.scene_kit import MOVE_LABELS, MenuScene, bottom_row, header
from play_for_integrity.ui.widgets import Button



class FeedbackScene(MenuScene):
    name = "feedback"

    def __init__(self, app) -> None:
        super().__init__(app)
        self.game = self.session.solo
        view = self.game.view
        self.scenario, self.node, self.choice = view.scenario, view.node, view.chosen
        self.group.buttons = [Button("", self.proceed)]

    def enter(self) -> None:
        self.app.sounds.play({"ladder": "ladder", "snake": "snake"}.get(self.choice.board, "choice"))

    def back(self) -> None:
        self.proceed()

    def proceed(self) -> None:
        """On to the next step, story or the summary; a second press in the same frame does nothing."""
        if self.game.dispatch(Advance()).accepted:
            self.app.replace("summary" if self.game.view.finished else "dilemma")

    def draw(self, painter: Painter) -> None:
        m, colors, tr = painter.metrics, painter.colors, self.session.tr
        area = header(painter, tr.scenario_title(self.scenario))
        [button] = self.group.buttons
        button.label = tr.gettext("Continue")
        rest = bottom_row(painter, area, [button])
        side_w = int(rest.width * 0.3)
        main = pygame.Rect(rest.x, rest.y, rest.width - side_w - m.px(24), rest.height)
        side = pygame.Rect(main.right + m.px(24), rest.y, side_w, rest.height)
        pad = m.px(24)
        painter.panel(main)
        inner = main.inflate(-2 * pad, -2 * pad)
        chosen_h = m.px(96)
        chosen = pygame.Rect(inner.x, inner.y, inner.width, chosen_h)
        painter.text(tr.gettext("You chose: %(choice)s") % {"choice": tr.choice_text(self.scenario, self.node, self.choice)},
                     chosen, m.small, colors.muted_ink, max_lines=3)
        body = pygame.Rect(inner.x, chosen.bottom + m.px(12), inner.width, inner.bottom - chosen.bottom - m.px(12))
        feedback = tr.feedback(self.scenario, self.node, self.choice)
        picture = scenario_picture(self.scenario)
        below = None
        if picture is not None:  # under the feedback, in the room it leaves
            below, body = split_off_picture(painter, body, feedback, m.body, m.px(LOWEST), m.px(HIGHEST), m.px(16),
                                            top=False)
        painter.text(feedback, body, m.body)
        # the board move, as an icon and words
        painter.panel(side)
        icon = pygame.Rect(0, 0, side.width // 2, side.width // 2)
        icon.midtop = (side.centerx, side.y + m.px(28))
        painter.move_icon(self.choice.board, icon)
        label = pygame.Rect(side.x + pad, icon.bottom + m.px(12), side.width - 2 * pad, m.px(80))
        move_color = {"ladder": colors.good, "snake": colors.poor}.get(self.choice.board, colors.muted_ink)
        painter.text(tr.gettext(MOVE_LABELS[self.choice.board]), label, m.body, move_color, bold=True, align="center")
        # effects on the values, strongest first
        y = label.bottom + m.px(12)
        row_h = m.px(40)
        values = self.session.library.values
        for value_id, amount in sorted(self.choice.effects.items(), key=lambda item: -abs(item[1])):
            if y + row_h > side.bottom - pad or value_id not in values:
                break
            row = pygame.Rect(side.x + pad, y, side.width - 2 * pad, row_h)
            sign = "+" if amount > 0 else "–" if amount < 0 else "±"
            color = colors.good if amount > 0 else colors.poor if amount < 0 else colors.muted_ink
            amount_box = pygame.Rect(row.right - m.px(56), row.y, m.px(56), row.height)
            painter.text(f"{sign}{abs(amount)}", amount_box, m.body, color, bold=True, align="right", valign="middle")
            name_box = pygame.Rect(row.x, row.y, row.width - amount_box.width - m.px(8), row.height)
            painter.text(tr.value_name(values[value_id]), name_box, m.small, colors.ink, valign="middle", max_lines=1)
            y += row_h + m.px(6)
        if picture is not None:  # or under the values, if it is bigger there
            under = pygame.Rect(side.x + pad, y + m.px(6), side.width - 2 * pad, side.bottom - pad - y - m.px(6))
            places = [below, under if under.height >= m.px(LOWEST) else None]
            best = biggest(self.app.pictures, picture, places)
            if best is not None:
                self.app.pictures.draw(painter, places[best], *picture)
        button.draw(painter, focused=True, hovered=self.group.hover == 0, align="center")
