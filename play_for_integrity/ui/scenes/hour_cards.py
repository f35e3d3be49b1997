"""The dilemma cards of the board game: a dilemma the team talks over (A-D), and its feedback for the class.

Cards are projected for the class: no text below 4 % of the window height, so long texts are paged (PageDown/→,
PageUp/←, a "1 / 3" count and Next) instead of shrunk. On a card: T starts or pauses the team-talk timer, + and -
change it, S skips the card, Esc goes back to the board (the card waits there), F1 lists the keys. The options'
page opens with nothing focused: an answer or a verdict takes its own key or a click, and Enter presses a button
only after an arrow key or Tab has put the focus ring on it.
"""

from __future__ import annotations

import pygame

from play_for_integrity.i18n import N_
from play_for_integrity.play.actions import AnswerCard
from play_for_integrity.play.board import BoardHour, CardAnswer
from play_for_integrity.ui.card_kit import PAGE_KEYS, CardScene, card_top
from play_for_integrity.ui.card_pager import Pager
from play_for_integrity.ui.keys import ANSWER_LETTERS, answer_index
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.picture_art import scenario_picture
from play_for_integrity.ui.scene_kit import TALK_MOST, MenuScene, content_rect, talk_panel
from play_for_integrity.ui.text_layout import split_pages
from play_for_integrity.ui.widgets import Button



class BoardDilemmaScene(CardScene):
    """One step of the dilemma card (the start, or where the team's last answer led), for the whole class: the story
    with its picture first (over as many pages as it needs), then the options A-D on a page of their own, chosen by
    the teacher. A-D answer only on the options' page (on a story page they turn to it)."""

    name = "board-dilemma"

    def __init__(self, app, hour: BoardHour) -> None:
        super().__init__(app, hour)
        self.scenario = hour.scenario
        self.node = hour.node or self.scenario.start
        self.choices = [Button("", lambda c=c: self.choose(c), key_hint=ANSWER_LETTERS[i], bold=False)
                        for i, c in enumerate(self.node.choices)]
        self.pager = Pager(app, 2)
        self.story_pages: list[str] = []
        self.choices_seen = False  # A-D answer only once the options have been on the screen
        self._arrange()

    @property
    def on_choices(self) -> bool:
        return self.pager.last

    def show_choices(self) -> None:
        """Turn to the options' page."""
        self.pager.turn(self.pager.count - 1 - self.pager.page)
        self._arrange()

    def _arrange(self) -> None:
        """The page's buttons, in focus order; when they change, a story page puts the focus on Next (Enter turns
        the page) and the options' page starts with nothing focused, so only an option's own key or a click answers."""
        pager = [self.pager.previous_button] if self.pager.page else []
        if self.on_choices:
            buttons = [*self.choices, *self.timer.buttons, self.skip_button, self.board_button, *pager]
        else:
            buttons = [*self.timer.buttons, self.skip_button, self.board_button, *pager, self.pager.next_button]
        if list(map(id, buttons)) != list(map(id, self.group.buttons)):
            self.group.buttons = buttons
            self.group.focus = -1 if self.on_choices else len(buttons) - 1
            self.group.hover = None

    def turn(self, step: int) -> None:
        if self.pager.turn(step):
            self._arrange()

    def choose(self, choice) -> None:
        """The team's answer; a second press in the same frame finds the card answered and does nothing."""
        if not self.on_choices:
            return
        outcome = self.hour.dispatch(AnswerCard(choice.id))
        if not outcome.accepted:
            return
        answer = outcome.value
        self.app.sounds.play({"ladder": "ladder", "snake": "snake"}.get(answer.move.slide or "", "choice"))
        self.app.replace("board-feedback", self.hour, self.scenario, self.node, choice, answer)

    def handle(self, event: pygame.event.Event) -> bool:
        index = answer_index(event, len(self.node.choices))
        if index is not None:
            if not self.on_choices:
                self.show_choices()  # the options come up; the key does not answer what nobody has seen
            elif self.choices_seen:
                self.group.focus = index
                self.choose(self.node.choices[index])
            return True
        if event.type == pygame.KEYDOWN and event.key in PAGE_KEYS and self.pager.count > 1:
            self.turn(PAGE_KEYS[event.key])
            return True
        return super().handle(event)

    def draw(self, painter: Painter) -> None:
        m, tr = painter.metrics, self.session.tr
        steps = len(self.hour.game.steps)
        subtitle = tr.gettext("%(team)s · dilemma card") if not steps else \
            tr.gettext("%(team)s · dilemma card, step %(step)s") % {"team": "%(team)s", "step": steps + 1}
        area = card_top(painter, self, self.timer)
        area, row = self.bottom_row(painter, area)
        story = self._story_layout(painter, area, subtitle % {"team": painter.shortened(
            self.hour.game.teams[self.hour.game.current].name, area.width // 3, m.small)})
        was_on_choices = self.on_choices
        self.pager.settle(len(self.story_pages) + 1)
        if was_on_choices:
            self.pager.page = self.pager.count - 1
        self._arrange()
        self.pager.layout(painter, row, with_next=not self.on_choices)
        self.pager.draw_label(painter)
        if self.on_choices:
            self.choices_seen = True
            self._place(painter, area)
        else:
            self._draw_story(painter, story)
        for i, button in enumerate(self.group.buttons):
            button.draw(painter, focused=i == self.group.focus, hovered=i == self.group.hover,
                        size=m.body if button in self.choices else m.small,
                        align="left" if button in self.choices else "center")

    def _story_layout(self, painter: Painter, area: pygame.Rect, subtitle: str) -> dict:
        """Where the card's name, the title, the picture and the story go, and the story cut into the pages it
        needs."""
        m, tr = painter.metrics, self.session.tr
        pad = m.px(24)
        inner = area.inflate(-2 * pad, -2 * pad)
        subtitle_box = pygame.Rect(inner.x, inner.y, inner.width, m.line(m.small))
        title = tr.scenario_title(self.scenario)
        title_block = painter.fitter.fit(title, inner.width, m.line(m.heading) * 2, m.heading, m.min_text, True, 2)
        title_box = pygame.Rect(inner.x, subtitle_box.bottom, inner.width, title_block.height)
        body = pygame.Rect(inner.x, title_box.bottom + m.px(12), inner.width, inner.bottom - title_box.bottom - m.px(12))
        picture = scenario_picture(self.scenario)
        picture_box = None
        if picture is not None:
            side = pygame.Rect(0, body.y, int(body.width * 0.4), body.height)
            side.right = body.right
            if self.app.pictures.scale(side, *picture) > 0:
                picture_box = side
                body.width -= side.width + m.px(24)
        self.story_pages = split_pages(painter.fitter, tr.story(self.scenario, self.node), body.width, body.height,
                                       m.body)
        return {"panel": area, "subtitle": (subtitle, subtitle_box), "title": (title, title_box), "picture": (picture, picture_box), "body": body}

    def _draw_story(self, painter: Painter, story: dict) -> None:
        m = painter.metrics
        painter.panel(story["panel"])
        subtitle, subtitle_box = story["subtitle"]
        painter.text(subtitle, subtitle_box, m.small, painter.colors.muted_ink, max_lines=1)
        title, title_box = story["title"]
        painter.text(title, title_box, m.heading, painter.colors.ink, bold=True, max_lines=2)
        picture, picture_box = story["picture"]
        if picture_box is not None:
            self.app.pictures.draw(painter, picture_box, *picture)
        painter.text(self.story_pages[min(self.pager.page, len(self.story_pages) - 1)], story["body"], m.body)

    def _place(self, painter: Painter, column: pygame.Rect) -> None:
        """Lay out the options down `column`, each as tall as its text needs at the body size, the spare height
        shared out."""
        m, tr = painter.metrics, self.session.tr
        gap = m.px(14)
        needs = []
        for button, choice in zip(self.choices, self.node.choices):
            button.label = tr.choice_text(self.scenario, self.node, choice)
            button.rect = pygame.Rect(column.x, column.y, column.width, column.height)
            label = button.label_rect(painter)
            block = painter.fitter.fit(button.label, label.width, 10_000, m.body, m.min_text)
            needs.append(block.height + (button.rect.height - label.height) + m.px(8))
        spare = max(0, column.height - gap * (len(needs) - 1) - sum(needs)) // max(1, len(needs))
        y = column.y
        for button, need in zip(self.choices, needs):
            button.rect = pygame.Rect(column.x, y, column.width, need + spare)
            y = button.rect.bottom + gap


MOVE_SENTENCES = {
    "ladder": N_("%(team)s climbs the ladder to square %(square)s!"),
    "snake": N_("%(team)s slides down the snake to square %(square)s."),
    "stay": N_("%(team)s stays on square %(square)s."),
}


class BoardFeedbackScene(MenuScene):
    """What the answer meant, why, and where it led: the next step of the story (the same team decides it), or the
    story's end and the move on the board, then questions that fit what the class saw, for everyone to talk about.
    Each part has pages of its own (the feedback, how the story ends, the talk), as many as its text needs."""

    name = "board-feedback"
    projected = True

    def __init__(self, app, hour: BoardHour, scenario, node, choice, answer: CardAnswer) -> None:
        super().__init__(app)
        self.hour, self.scenario, self.node, self.choice, self.answer = hour, scenario, node, choice, answer
        self.move = answer.move
        self.pager = Pager(app, 1 + (answer.ending is not None) + (not answer.goes_on))
        self.kinds: list[tuple[str, str]] = []  # (part, text) of each page, from the last drawing
        self.wanted = ""  # a part to show at the next drawing (screenshots and the fit check ask for one)
        self.continue_button = Button("", self.advance)
        self.group.buttons = [self.continue_button]

    @property
    def page(self) -> int:
        return self.pager.page

    @page.setter
    def page(self, value: int) -> None:
        self.pager.page = value

    @property
    def pages(self) -> int:
        return self.pager.count

    def show(self, part: str) -> None:
        """Open at the first page of `part` ("feedback", "ending" or "talk"); the last page if it has none."""
        self.wanted = part

    def advance(self) -> None:
        """Continue: the next page, then the next step of the card or the board."""
        if self.pager.next():
            self._arrange()
        elif self.answer.goes_on:
            self.app.replace("board-dilemma", self.hour)
        else:
            self.back()

    def _arrange(self) -> None:
        buttons = [self.continue_button] + ([self.pager.previous_button] if self.pager.page else [])
        if list(map(id, buttons)) != list(map(id, self.group.buttons)):
            self.group.buttons = buttons
            self.group.focus = 0

    def handle(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN and event.key in PAGE_KEYS and self.pager.count > 1:
            if self.pager.turn(PAGE_KEYS[event.key]):
                self._arrange()
            return True
        return super().handle(event)

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
        bar = pygame.Rect(area.x, area.y, area.width, max(m.px(96), 2 * m.line(m.heading)))
        icon_side = min(bar.height - m.px(8), m.px(96))
        icon = pygame.Rect(bar.x, bar.centery - icon_side // 2, icon_side, icon_side)
        painter.move_icon(slide, icon)
        color = {"ladder": colors.good, "snake": colors.poor}.get(slide, colors.ink)
        painter.text(sentence, pygame.Rect(icon.right + m.px(20), bar.y, bar.right - icon.right - m.px(20), bar.height),
                     m.heading, color, bold=True, valign="middle", max_lines=2)
        self.continue_button.label = tr.gettext("Continue") if self.pager.last else tr.gettext("Next") + " ›"
        font = painter.fitter.fonts.get(m.body, True)
        h = m.line(m.body) + m.px(24)
        width = max(font.size(tr.gettext("Continue"))[0], font.size(tr.gettext("Next") + " ›")[0]) + m.px(48)
        self.continue_button.rect = pygame.Rect(area.right - width, area.bottom - h, width, h)
        row = pygame.Rect(area.x, area.bottom - h, self.continue_button.rect.x - m.px(16) - area.x, h)
        main = pygame.Rect(area.x, bar.bottom + m.px(16), area.width, row.y - m.px(16) - bar.bottom - m.px(16))
        pad = m.px(24)
        inner = main.inflate(-2 * pad, -2 * pad)
        self.kinds = self._pages(painter, inner)
        if self.wanted:
            parts = [part for part, _ in self.kinds]
            self.pager.page = parts.index(self.wanted) if self.wanted in parts else len(parts) - 1
            self.wanted = ""
        self.pager.settle(len(self.kinds))
        self._arrange()
        self.continue_button.label = tr.gettext("Continue") if self.pager.last else tr.gettext("Next") + " ›"
        self.pager.layout(painter, row, with_next=False)
        self.pager.draw_label(painter)
        part, text = self.kinds[self.pager.page]
        first = [p for p, _ in self.kinds].index(part) == self.pager.page
        if part == "talk":
            talk_panel(painter, main, tr.gettext("Talk about it"), [], m.heading, m.body)
            painter.text(text, pygame.Rect(inner.x, inner.y + m.line(m.heading) + m.px(10), inner.width,
                                           inner.height - m.line(m.heading) - m.px(10)), m.body)
        else:
            painter.panel(main)
            top = inner.y
            if first:
                head = tr.gettext("How the story ends") if part == "ending" else self._chosen()
                size = m.small
                block = painter.fitter.fit(head, inner.width, 3 * m.line(size), size, m.min_text, part == "ending", 3)
                painter.text(head, pygame.Rect(inner.x, top, inner.width, block.height), size, colors.muted_ink,
                             bold=part == "ending", max_lines=3)
                top += block.height + m.px(10)
            effects = self._effects_line() if part == "feedback" and self._last_of(part) else ""
            effects_h = self._effects_height(painter, inner.width) if effects else 0
            painter.text(text, pygame.Rect(inner.x, top, inner.width, inner.bottom - top - effects_h), m.body)
            if effects:
                painter.text(effects, pygame.Rect(inner.x, inner.bottom - effects_h, inner.width, effects_h), m.small,
                             colors.ink, bold=True, valign="bottom", max_lines=3)
        for i, button in enumerate(self.group.buttons):
            button.draw(painter, focused=i == self.group.focus, hovered=i == self.group.hover,
                        size=m.body if button is self.continue_button else m.small, align="center")

    def _chosen(self) -> str:
        tr = self.session.tr
        return tr.gettext("The team chose: %(choice)s") % {"choice": tr.choice_text(self.scenario, self.node, self.choice)}

    def _effects_height(self, painter: Painter, width: int) -> int:
        """The room the effects line takes at the bottom of the feedback (up to three lines)."""
        m = painter.metrics
        block = painter.fitter.fit(self._effects_line(), width, 3 * m.line(m.small), m.small, m.min_text, True, 3)
        return block.height + m.px(8)

    def _last_of(self, part: str) -> bool:
        later = [p for p, _ in self.kinds[self.pager.page + 1:]]
        return part not in later

    def _pages(self, painter: Painter, inner: pygame.Rect) -> list[tuple[str, str]]:
        """Each page's part and text: the feedback (under what the team chose, the effects on its last page), how
        the story ends, the questions to talk about; each part cut into the pages its text needs."""
        m, tr = painter.metrics, self.session.tr
        fitter = painter.fitter

        def head_height(text: str, bold: bool) -> int:
            return fitter.fit(text, inner.width, 3 * m.line(m.small), m.small, m.min_text, bold, 3).height + m.px(10)

        pages: list[tuple[str, str]] = []
        effects_h = self._effects_height(painter, inner.width) if self._effects_line() else 0
        feedback = tr.feedback(self.scenario, self.node, self.choice)
        first_h = inner.height - head_height(self._chosen(), False) - effects_h
        parts = split_pages(fitter, feedback, inner.width, inner.height - effects_h, m.body, first_height=first_h)
        pages += [("feedback", part) for part in parts]
        if self.answer.ending is not None:
            ending = tr.story(self.scenario, self.answer.ending)
            head = head_height(tr.gettext("How the story ends"), True)
            pages += [("ending", part) for part in split_pages(fitter, ending, inner.width, inner.height, m.body,
                                                               first_height=inner.height - head)]
        if not self.answer.goes_on:
            questions = "\n".join(f"• {q}" for q in tr.discussion(self.scenario, self.answer.seen, TALK_MOST))
            talk_h = inner.height - m.line(m.heading) - m.px(10)
            pages += [("talk", part) for part in split_pages(fitter, questions, inner.width, talk_h, m.body)]
        return pages

    def _effects_line(self) -> str:
        tr, values = self.session.tr, self.session.library.values
        parts = []
        for value_id, amount in sorted(self.choice.effects.items(), key=lambda item: -abs(item[1])):
            if value_id in values and amount:
                sign = "+" if amount > 0 else "–"
                parts.append(f"{tr.value_name(values[value_id])} {sign}{abs(amount)}")
        return " · ".join(parts)
