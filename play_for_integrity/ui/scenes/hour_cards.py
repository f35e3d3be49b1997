"""The cards of the board game: a dilemma the team talks over (A-D), its feedback for the class, and task cards.

On a card: T starts or pauses the team-talk timer, + and - change it, S skips the card, Esc goes back to the board
(the card waits there). A card opens with nothing focused: an answer or a verdict takes its own key or a click, and
Enter presses a button only after an arrow key or Tab has put the focus ring on it.
"""

from __future__ import annotations

import pygame

from play_for_integrity.core.board_game import Move
from play_for_integrity.i18n import N_
from play_for_integrity.play.actions import AnswerCard, JudgeTask, SkipCard
from play_for_integrity.play.board import BoardHour, CardAnswer
from play_for_integrity.ui.board_view import team_color
from play_for_integrity.ui.keys import ANSWER_LETTERS, answer_index, shortcut
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.picture_art import picture_beside_choices
from play_for_integrity.ui.scene_kit import TALK_MOST, MenuScene, content_rect, talk_panel
from play_for_integrity.ui.task_icons import draw_task_icon
from play_for_integrity.ui.timer_panel import TimedScene, TimerPanel
from play_for_integrity.ui.tokens import draw_token
from play_for_integrity.ui.widgets import Button, ButtonGroup

TASK_KIND_LABELS = {"name": N_("Name it"), "act": N_("Act it out"), "discuss": N_("Talk it over"),
                    "draw": N_("Draw it")}


def card_top(painter: Painter, scene, title: str, subtitle: str, timer: TimerPanel | None) -> pygame.Rect:
    """The card's top bar: the team's token, `subtitle` (with %(team)s for its name), the card title and the timer;
    returns the area below."""
    m, colors = painter.metrics, painter.colors
    area = content_rect(painter)
    bar = pygame.Rect(area.x, area.y, area.width, m.px(96))
    game = scene.hour.game
    team = game.teams[game.current]
    radius = m.px(24)
    draw_token(painter.surface, team.shape, (bar.x + radius + m.px(4), bar.centery), radius, team_color(colors, team),
               colors.ink, max(2, m.px(3)))
    timer_w = int(bar.width * 0.38) if timer is not None else 0
    text = pygame.Rect(bar.x + 2 * radius + m.px(20), bar.y, bar.width - timer_w - 2 * radius - m.px(36), bar.height)
    painter.text(subtitle % {"team": painter.shortened(team.name, text.width // 2, m.small)},
                 pygame.Rect(text.x, text.y, text.width, text.height * 2 // 5), m.small, colors.muted_ink,
                 valign="bottom", max_lines=1)
    painter.text(title, pygame.Rect(text.x, text.y + text.height * 2 // 5, text.width, text.height * 3 // 5), m.heading,
                 colors.ink, bold=True, max_lines=1)
    if timer is not None:
        timer.layout(pygame.Rect(bar.right - timer_w, bar.y, timer_w, bar.height), painter)
        timer.draw_static(painter, scene._("Team talk"))
    return pygame.Rect(area.x, bar.bottom + m.px(16), area.width, area.bottom - bar.bottom - m.px(16))


class CardScene(TimedScene, MenuScene):
    """What the card scenes share: the hour, the timer panel, S to skip and Esc back to the board."""

    def __init__(self, app, hour: BoardHour) -> None:
        super().__init__(app)
        self.group = ButtonGroup(unfocused=True)
        self.hour = hour
        self.timer = TimerPanel(app, hour.timer)
        self.skip_button = Button("", self.skip)
        self.board_button = Button("", self.back)

    def skip(self) -> None:
        """Put the card away; a second press in the same frame finds no card and does nothing."""
        if self.hour.dispatch(SkipCard()).accepted:
            self.app.stack.pop()

    def handle(self, event: pygame.event.Event) -> bool:
        if shortcut(event, "s"):
            self.skip()
            return True
        return super().handle(event)

    def bottom_buttons(self, painter: Painter, area: pygame.Rect) -> pygame.Rect:
        """Skip and Board, small, bottom left; returns the area above them."""
        m = painter.metrics
        h = m.px(56)
        self.skip_button.label = self._("Skip the card")
        self.board_button.label = self._("Board")
        w = min(m.px(260), area.width // 4)
        self.skip_button.rect = pygame.Rect(area.x, area.bottom - h, w, h)
        self.board_button.rect = pygame.Rect(self.skip_button.rect.right + m.px(16), area.bottom - h, w, h)
        return pygame.Rect(area.x, area.y, area.width, area.height - h - m.px(16))


class BoardDilemmaScene(CardScene):
    """One step of the dilemma card (the start, or where the team's last answer led): the story on the left,
    options A-D on the right, chosen by the teacher."""

    name = "board-dilemma"

    def __init__(self, app, hour: BoardHour) -> None:
        super().__init__(app, hour)
        self.scenario = hour.scenario
        self.node = hour.node or self.scenario.start
        self.choices = [Button("", lambda c=c: self.choose(c), key_hint=ANSWER_LETTERS[i], bold=False)
                        for i, c in enumerate(self.node.choices)]
        self.group.buttons = [*self.choices, *self.timer.buttons, self.skip_button, self.board_button]

    def choose(self, choice) -> None:
        """The team's answer; a second press in the same frame finds the card answered and does nothing."""
        outcome = self.hour.dispatch(AnswerCard(choice.id))
        if not outcome.accepted:
            return
        answer = outcome.value
        self.app.sounds.play({"ladder": "ladder", "snake": "snake"}.get(answer.move.slide or "", "choice"))
        self.app.replace("board-feedback", self.hour, self.scenario, self.node, choice, answer)

    def handle(self, event: pygame.event.Event) -> bool:
        index = answer_index(event, len(self.node.choices))
        if index is not None:
            self.group.focus = index
            self.choose(self.node.choices[index])
            return True
        return super().handle(event)

    def draw(self, painter: Painter) -> None:
        m, tr = painter.metrics, self.session.tr
        steps = len(self.hour.game.steps)
        subtitle = tr.gettext("%(team)s · dilemma card") if not steps else \
            tr.gettext("%(team)s · dilemma card, step %(step)s") % {"team": "%(team)s", "step": steps + 1}
        area = card_top(painter, self, tr.scenario_title(self.scenario), subtitle, self.timer)
        area = self.bottom_buttons(painter, area)
        gap = m.px(24)
        story = pygame.Rect(area.x, area.y, int(area.width * 0.46), area.height)
        painter.panel(story)
        pad = m.px(24)
        column = pygame.Rect(story.right + gap, area.y, area.right - story.right - gap, area.height)
        story_box, column = picture_beside_choices(painter, self.app.pictures, self.scenario,
                                                   story.inflate(-2 * pad, -2 * pad),
                                                   tr.story(self.scenario, self.node), m.body, column,
                                                   lambda box, roomy: self._place(painter, box, roomy),
                                                   self._spare(painter))
        painter.text(tr.story(self.scenario, self.node), story_box, m.body)
        size, _ = self._place(painter, column)
        for i, button in enumerate(self.group.buttons):
            button.draw(painter, focused=i == self.group.focus, hovered=i == self.group.hover,
                        size=size if button in self.choices else m.small, align="left" if button in self.choices
                        else "center")

    def _spare(self, painter: Painter) -> pygame.Rect:
        """The free end of the bottom row, right of Skip and Board: the picture's place when nothing else has room."""
        row = self.board_button.rect
        left = row.right + painter.metrics.px(32)
        return pygame.Rect(left, row.y, content_rect(painter).right - left, row.height)

    def _place(self, painter: Painter, column: pygame.Rect, roomy: bool = False) -> tuple[int, bool]:
        """Lay out the options in `column`; returns their one type size and whether all fit (with air when
        `roomy`)."""
        m, tr = painter.metrics, self.session.tr
        each = (column.height - m.px(14) * (len(self.choices) - 1)) // len(self.choices)
        for i, (button, choice) in enumerate(zip(self.choices, self.node.choices)):
            button.label = tr.choice_text(self.scenario, self.node, choice)
            button.rect = pygame.Rect(column.x, column.y + i * (each + m.px(14)), column.width, each)
        air = m.px(20) if roomy else 0
        blocks = [painter.fitter.fit(b.label, b.label_rect(painter).width, b.label_rect(painter).height - air,
                                     m.font(26), m.min_text) for b in self.choices]
        return min(block.size for block in blocks), all(block.fits for block in blocks)


MOVE_SENTENCES = {
    "ladder": N_("%(team)s climbs the ladder to square %(square)s!"),
    "snake": N_("%(team)s slides down the snake to square %(square)s."),
    "stay": N_("%(team)s stays on square %(square)s."),
}


class BoardFeedbackScene(MenuScene):
    """What the answer meant, why, and where it led: the next step of the story (the same team decides it), or the
    story's end and the move on the board, then questions that fit what the class saw, for everyone to talk about.
    An ending's own text comes on a second page rather than being squeezed under the feedback."""

    name = "board-feedback"

    def __init__(self, app, hour: BoardHour, scenario, node, choice, answer: CardAnswer) -> None:
        super().__init__(app)
        self.hour, self.scenario, self.node, self.choice, self.answer = hour, scenario, node, choice, answer
        self.move = answer.move
        self.page = 0
        self.pages = 2 if answer.ending is not None else 1
        self.group.buttons = [Button("", self.advance)]

    def advance(self) -> None:
        """Continue: the ending's page, then the next step of the card or the board."""
        if self.page + 1 < self.pages:
            self.page += 1
        elif self.answer.goes_on:
            self.app.replace("board-dilemma", self.hour)
        else:
            self.back()

    def draw(self, painter: Painter) -> None:
        m, colors, tr = painter.metrics, painter.colors, self.session.tr
        game = self.hour.game
        team = game.teams[self.move.team]
        slide = self.move.slide or "stay"
        name = painter.shortened(team.name, m.width * 2 // 5, m.heading, True)
        if self.answer.goes_on:
            slide = "stay"
            sentence = tr.gettext("The story goes on: %(team)s decides the next step.") % {"team": name}
        else:
            sentence = tr.gettext(MOVE_SENTENCES[slide]) % {"team": name, "square": tr.format_number(self.move.end)}
        area = content_rect(painter)
        bar = pygame.Rect(area.x, area.y, area.width, m.px(96))
        icon = pygame.Rect(bar.x, bar.y + m.px(4), bar.height - m.px(8), bar.height - m.px(8))
        painter.move_icon(slide, icon)
        color = {"ladder": colors.good, "snake": colors.poor}.get(slide, colors.ink)
        painter.text(sentence, pygame.Rect(icon.right + m.px(20), bar.y, bar.right - icon.right - m.px(20), bar.height),
                     m.heading, color, bold=True, valign="middle", max_lines=2)
        [button] = self.group.buttons
        button.label = tr.gettext("Continue")
        h = m.px(72)
        button.rect = pygame.Rect(area.right - min(m.px(360), area.width // 3), area.bottom - h,
                                  min(m.px(360), area.width // 3), h)
        rest = pygame.Rect(area.x, bar.bottom + m.px(16), area.width, button.rect.y - m.px(16) - bar.bottom - m.px(16))
        main = pygame.Rect(rest.x, rest.y, int(rest.width * (1.0 if self.answer.goes_on else 0.55)), rest.height)
        side = pygame.Rect(main.right + m.px(24), rest.y, rest.right - main.right - m.px(24), rest.height)
        pad = m.px(24)
        painter.panel(main)
        inner = main.inflate(-2 * pad, -2 * pad)
        if not self.answer.goes_on:
            talk_panel(painter, side, tr.gettext("Talk about it"), tr.discussion(self.scenario, self.answer.seen, TALK_MOST),
                       m.body, m.small)
        if self.page == 1:
            ending = self.answer.ending
            head = pygame.Rect(inner.x, inner.y, inner.width, m.px(56))
            painter.text(tr.gettext("How the story ends"), head, m.small, colors.muted_ink, bold=True, max_lines=1)
            painter.text(tr.story(self.scenario, ending), pygame.Rect(inner.x, head.bottom, inner.width,
                                                                      inner.bottom - head.bottom), m.body)
            button.draw(painter, focused=True, hovered=self.group.hover == 0, align="center")
            return
        chosen = pygame.Rect(inner.x, inner.y, inner.width, m.px(112))
        painter.text(tr.gettext("The team chose: %(choice)s") % {
            "choice": tr.choice_text(self.scenario, self.node, self.choice)}, chosen, m.small, colors.muted_ink,
            max_lines=4)
        effects = self._effects_line()
        effects_h = m.px(64) if effects else 0
        body = pygame.Rect(inner.x, chosen.bottom + m.px(10), inner.width, inner.bottom - chosen.bottom - m.px(10) - effects_h)
        painter.text(tr.feedback(self.scenario, self.node, self.choice), body, m.body)
        if effects:
            painter.text(effects, pygame.Rect(inner.x, inner.bottom - effects_h, inner.width, effects_h), m.small,
                         colors.ink, bold=True, valign="bottom", max_lines=2)
        button.draw(painter, focused=True, hovered=self.group.hover == 0, align="center")

    def _effects_line(self) -> str:
        tr, values = self.session.tr, self.session.library.values
        parts = []
        for value_id, amount in sorted(self.choice.effects.items(), key=lambda item: -abs(item[1])):
            if value_id in values and amount:
                sign = "+" if amount > 0 else "–"
                parts.append(f"{tr.value_name(values[value_id])} {sign}{abs(amount)}")
        return " · ".join(parts)


class TaskCardScene(CardScene):
    """A task the team does aloud; the teacher judges it right (two squares on) or not yet (stay)."""

    name = "task-card"

    def __init__(self, app, hour: BoardHour) -> None:
        super().__init__(app, hour)
        self.card = hour.task
        self.right = Button("", lambda: self.judge(True), key_hint="1")
        self.not_yet = Button("", lambda: self.judge(False), key_hint="2")
        self.key_button = Button("", self.toggle_key, key_hint="K")
        self.key_shown = False  # the answer key stays off the projector until the teacher asks for it
        self.group.buttons = [self.right, self.not_yet, *self.timer.buttons, self.skip_button, self.board_button,
                              self.key_button]

    def toggle_key(self) -> None:
        self.key_shown = not self.key_shown

    def judge(self, right: bool) -> None:
        if self.hour.dispatch(JudgeTask(right)).accepted:
            self.app.sounds.play("ladder" if right else "choice")
            self.app.stack.pop()

    def handle(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_1, pygame.K_KP1, pygame.K_2, pygame.K_KP2):
            self.judge(event.key in (pygame.K_1, pygame.K_KP1))
            return True
        if shortcut(event, "k"):
            self.toggle_key()
            return True
        return super().handle(event)

    def draw(self, painter: Painter) -> None:
        m, colors, tr = painter.metrics, painter.colors, self.session.tr
        subtitle = tr.gettext("%(team)s · task card")
        area = card_top(painter, self, tr.gettext(TASK_KIND_LABELS.get(self.card.kind, "Name it")), subtitle,
                        self.timer)
        area = self.bottom_buttons(painter, area)
        self.key_button.label = tr.gettext("Hide the answer key") if self.key_shown else tr.gettext(
            "Show the answer key")
        self.key_button.rect = self.board_button.rect.move(self.board_button.rect.width + m.px(16), 0)
        self.key_button.rect.width = min(m.px(440), area.right - self.key_button.rect.x)
        h = m.px(84)
        self.right.label, self.not_yet.label = tr.gettext("Right"), tr.gettext("Not yet")
        bw = min(m.px(380), (area.width - m.px(24)) // 2)
        self.not_yet.rect = pygame.Rect(area.right - bw, area.bottom - h, bw, h)
        self.right.rect = pygame.Rect(self.not_yet.rect.x - m.px(24) - bw, area.bottom - h, bw, h)
        self.right.fill = None
        body = pygame.Rect(area.x, area.y, area.width, area.height - h - m.px(20))
        note_h = int(body.height * 0.3) if self.key_shown else 0
        card = pygame.Rect(body.x, body.y, body.width, body.height - (note_h + m.px(16) if note_h else 0))
        painter.panel(card, edge=colors.focus)
        pad = m.px(28)
        icon = pygame.Rect(card.x + pad, card.y + pad, m.px(96), m.px(96))
        draw_task_icon(painter, self.card.kind, icon)
        text = pygame.Rect(icon.right + pad, card.y + pad, card.right - icon.right - 2 * pad, card.height - 2 * pad)
        painter.text(tr.task_text(self.card), text, m.heading, colors.ink, valign="middle")
        if self.key_shown:
            note = pygame.Rect(body.x, card.bottom + m.px(16), body.width, note_h)
            painter.panel(note, fill=colors.background)
            inner = note.inflate(-2 * m.px(20), -2 * m.px(12))
            painter.text(tr.gettext("For the teacher: %(note)s") % {"note": tr.task_note(self.card)}, inner, m.small,
                         colors.muted_ink, valign="middle")
        for i, button in enumerate(self.group.buttons):
            button.draw(painter, focused=i == self.group.focus, hovered=i == self.group.hover,
                        size=m.body if button in (self.right, self.not_yet) else m.small, align="center")
