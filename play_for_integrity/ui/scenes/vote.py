"""The whole-class vote, projected for the class: the story (its title, picture and text, over as many pages as it
needs), then the options on a page of their own, each with a box where the teacher types how many chose it (or Answer
cards: the webcam reads the pupils' cards on "vote-scan"); Enter shows the split ("vote-result"). The end of a story
has its questions to talk about ("vote-talk"), paged the same way.

Keys: PageDown/→ and PageUp/← turn the story's pages (in a count box ← and → move the caret, PageUp still turns);
a digit typed on a story page opens the options with it in the box; Enter turns to the next page, and on the
options' page shows the result. S skips the story, E ends the vote, C opens Answer cards, T and +/- the timer.
"""

from __future__ import annotations

import pygame

from play_for_integrity.play.actions import Advance, SkipStory, SubmitVotes
from play_for_integrity.play.vote import VoteHour
from play_for_integrity.ui.camera import Webcam, opencv_problem
from play_for_integrity.ui.card_kit import PAGE_KEYS
from play_for_integrity.ui.card_pager import Pager
from play_for_integrity.ui.form import Form
from play_for_integrity.ui.keys import is_help, shortcut
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scene_kit import TALK_MOST, FormScene, MenuScene, header, talk_panel
from play_for_integrity.ui.text_field import TextField, ascii_digit
from play_for_integrity.ui.text_layout import split_pages
from play_for_integrity.ui.timer_panel import TimedScene, TimerPanel
from play_for_integrity.ui.vote_kit import ask_end_vote, count_problem, next_vote_scene, vote_title
from play_for_integrity.ui.vote_pages import (StoryPages, badge_radius, button_width, draw_option, draw_story,
                                              left_buttons, option_rows, story_pages)
from play_for_integrity.ui.widgets import Button, ButtonGroup


class VoteScene(TimedScene, FormScene):
    """The story's pages, then the options, each with a box for the number of votes; Enter shows the result.

    `counts` fills the boxes again when the teacher came back from the split to correct them; then, or `at_options`
    (back from Answer cards), the options' page opens first. `camera` is where Answer cards reads from (tests swap it
    for synthetic frames). The count boxes keep the keyboard focus while a story page is on show (its own buttons
    have a focus ring of their own), so a digit typed there lands in the box that had it.
    """

    name = "vote"
    projected = True

    def __init__(self, app, hour: VoteHour, counts: dict[str, int] | None = None, at_options: bool = False) -> None:
        self.hour = hour
        self.scenario, self.node = hour.vote.scenario, hour.vote.node
        self.timer = TimerPanel(app, hour.timer)
        self.fields = [TextField(max_length=3, allowed=ascii_digit, placeholder="0",
                                 text=str((counts or {}).get(c.id, "") or "")) for c in self.node.choices]
        self.show_button = Button("", self.show_result)
        self.skip_button = Button("", self.skip)
        self.end_button = Button("", self.ask_end)
        self.cards_button = Button("", self.use_cards)
        super().__init__(app, Form(self.fields, ButtonGroup([*self.timer.buttons, self.skip_button, self.end_button,
                                                             self.cards_button, self.show_button]),
                                   on_submit=self.show_result))
        self.pager = Pager(app, 2)
        self.story_group = ButtonGroup([*self.timer.buttons, self.skip_button, self.end_button,
                                        self.pager.next_button])
        self.story_group.focus = len(self.story_group.buttons) - 1  # Enter turns the page
        self.story: StoryPages | None = None  # as the last drawing laid it out
        self.problem = ""
        self.camera = Webcam()
        self._rows: list[pygame.Rect] = []  # one per option, laid out by each drawing of the options' page
        self.form.focus(0)
        if counts is not None or at_options:
            self.show_options()

    @property
    def on_options(self) -> bool:
        """The options' page (the last) is on show."""
        return self.pager.last

    def show_options(self) -> None:
        """Turn to the options' page."""
        self.pager.turn(self.pager.count - 1 - self.pager.page)

    def counts(self) -> dict[str, int]:
        return {c.id: int(f.text or 0) for c, f in zip(self.node.choices, self.fields)}

    def show_result(self) -> None:
        counts = self.counts()
        problem = count_problem(self.session.tr, counts, self.hour.vote.class_size)
        if problem is not None:  # nothing is recorded: the teacher corrects the counts first
            self.problem = problem
            self.show_options()
            self.app.invalidate()
            return
        outcome = self.hour.dispatch(SubmitVotes(counts))
        if not outcome.accepted:
            self.problem = outcome.reason
            self.app.invalidate()
            return
        self.form.release()
        self.app.sounds.play("choice")
        self.app.replace("vote-result", self.hour, outcome.value)

    def use_cards(self) -> None:
        """Read the pupils' answer cards with the camera instead; without OpenCV, say how to get it."""
        missing = opencv_problem()
        if missing is not None:
            self.app.push("vote-cards-problem", missing)
            return
        self.form.release()
        self.app.replace("vote-scan", self.hour, self.camera)

    def skip(self) -> None:
        if self.hour.dispatch(SkipStory()).accepted:
            self.form.release()
            next_vote_scene(self.app, self.hour)

    def ask_end(self) -> None:
        ask_end_vote(self.app, self.hour)

    def back(self) -> None:
        ask_end_vote(self.app, self.hour)

    # -- keys ------------------------------------------------------------------------------------
    @property
    def focus_only(self) -> bool:
        return self.form.focus_only if self.on_options else self.story_group.focus_only

    def begin_event(self) -> None:
        self.form.focus_only = self.story_group.focus_only = False

    def handle(self, event: pygame.event.Event) -> bool:
        # the count boxes take digits only, so letters (and the timer's T, + and -) are free for shortcuts
        if shortcut(event, "s"):
            self.skip()
            return True
        if shortcut(event, "e"):
            self.ask_end()
            return True
        if shortcut(event, "c"):
            self.use_cards()
            return True
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_PAGEDOWN, pygame.K_PAGEUP):
            self.pager.turn(PAGE_KEYS[event.key])
            return True
        if self.on_options:
            typed = [field.text for field in self.fields]
            used = super().handle(event)
            if self.problem and typed != [field.text for field in self.fields]:
                self.problem = ""  # the teacher is correcting the counts
                self.app.invalidate()
            return used
        return self._handle_story(event)

    def _handle_story(self, event: pygame.event.Event) -> bool:
        """A story page: → and ← turn, a digit opens the options with it typed, the rest goes to its buttons."""
        if event.type == pygame.TEXTINPUT and any(map(ascii_digit, event.text)):
            self.show_options()
            if self.form.focused_field is None:
                self.form.focus_field(self.form.last_field or self.fields[0])
            return self.form.handle(event)
        if self.timer.handle(event):
            return True
        if event.type != pygame.KEYDOWN:
            return self.story_group.handle(event)
        if event.key in (pygame.K_LEFT, pygame.K_RIGHT):
            self.pager.turn(PAGE_KEYS[event.key])
            return True
        if event.key == pygame.K_ESCAPE:
            self.back()
            return True
        if is_help(event):
            self.app.push("help", self.name)
            return True
        if event.key in (pygame.K_UP, pygame.K_DOWN, pygame.K_TAB, pygame.K_RETURN, pygame.K_KP_ENTER,
                         pygame.K_SPACE):
            return self.story_group.handle(event)
        return False  # a digit's key press: its character comes as TEXTINPUT

    # -- drawing ---------------------------------------------------------------------------------
    def draw(self, painter: Painter) -> None:
        m, tr = painter.metrics, self.session.tr
        area = vote_title(self, painter, self.timer)
        row_h = m.line(m.small) + m.px(20)
        row = pygame.Rect(area.x, area.bottom - row_h, area.width, row_h)
        body = pygame.Rect(area.x, area.y, area.width, row.y - m.px(16) - area.y)
        self.story = story_pages(painter, self.app.pictures, self.scenario, tr.scenario_title(self.scenario),
                                 tr.story(self.scenario, self.node), body)
        was_on_options = self.on_options
        self.pager.settle(len(self.story.pages) + 1)
        if was_on_options:
            self.pager.page = self.pager.count - 1
        self.show_button.label = tr.gettext("Show the result")
        self.skip_button.label = tr.gettext("Skip the story")
        self.end_button.label = tr.gettext("End the vote")
        # TRANSLATORS: a button on the class vote: the webcam reads the pupils' A-D cards instead of typed counts.
        self.cards_button.label = tr.gettext("Answer cards")
        if self.on_options:
            width = button_width(painter, self.show_button, m.body) + m.px(16)
            rest = pygame.Rect(row.x, row.y, row.right - width - m.px(16) - row.x, row_h)
            if self.problem:  # in place of the other buttons (their keys still work) until the counts change
                note = painter.fitter.fit(self.problem, rest.width, 3 * m.line(m.small), m.small, m.min_text, True, 3)
                rest.height = max(row_h, note.height + m.px(8))
                rest.bottom = row.bottom
                body.height = rest.y - m.px(16) - body.y
                painter.text(self.problem, rest, m.small, painter.colors.poor, bold=True, valign="middle", max_lines=3)
                for button in (self.skip_button, self.end_button, self.cards_button, self.pager.previous_button):
                    button.rect = pygame.Rect(0, 0, 0, 0)
                self.pager.label_rect = pygame.Rect(0, 0, 0, 0)
                shown, pager_shown = [], False
            else:
                rest = self.pager.layout(painter, rest, with_next=False)
                shown = left_buttons(painter, rest, [self.skip_button, self.end_button, self.cards_button],
                                     [self.skip_button, self.end_button])
                pager_shown = True
            self.show_button.rect = pygame.Rect(row.right - width, row.y, width, row_h)
            self._arrange_options(shown, pager_shown)
            self._draw_options(painter, body)
            group = self.form.group
        else:
            rest = self.pager.layout(painter, row, with_next=True)
            shown = left_buttons(painter, rest, [self.skip_button, self.end_button],
                                 [self.skip_button, self.end_button])
            self._arrange_story(shown)
            draw_story(painter, self.app.pictures, self.story, self.pager.page)
            group = self.story_group
        if self.pager.label_rect.width:
            self.pager.draw_label(painter)
        for i, button in enumerate(group.buttons):
            button.draw(painter, focused=i == group.focus, hovered=i == group.hover,
                        size=m.body if button is self.show_button else m.small, align="center")

    def _arrange_options(self, shown: list[Button], pager_shown: bool) -> None:
        """The options' page's buttons in focus order (those the row has room for); the focus stays where it was."""
        pager = [self.pager.previous_button] if pager_shown else []
        buttons = [*self.timer.buttons, *shown, *pager, self.show_button]
        group = self.form.group
        if list(map(id, buttons)) == list(map(id, group.buttons)):
            return
        focused = group.buttons[group.focus] if 0 <= group.focus < len(group.buttons) else None
        group.buttons = buttons
        group.hover = None
        if self.form.focused_field is None and self.form.index >= 0:
            self.form.focus(len(self.fields) + (buttons.index(focused) if focused in buttons else len(buttons) - 1))

    def _arrange_story(self, shown: list[Button]) -> None:
        """A story page's buttons in focus order; Next keeps the focus ring when they change (Enter turns)."""
        pager = [self.pager.previous_button] if self.pager.page else []
        buttons = [*self.timer.buttons, *shown, *pager, self.pager.next_button]
        group = self.story_group
        if list(map(id, buttons)) != list(map(id, group.buttons)):
            group.buttons = buttons
            group.focus = len(buttons) - 1
            group.hover = None

    def _draw_options(self, painter: Painter, body: pygame.Rect) -> None:
        """Each option's row: its letter, its text and its count box, large; a problem with the counts below."""
        m, tr = painter.metrics, self.session.tr
        digits = painter.fitter.fonts.get(m.heading, True).size("000")[0]
        count_w = max(m.px(96), digits + 2 * m.px(14) + m.px(16))
        field_h = m.line(m.heading) + m.px(8)
        radius = badge_radius(painter)
        text_w = body.width - 2 * radius - m.px(24) - count_w - m.px(24) - m.px(12)
        texts = [tr.choice_text(self.scenario, self.node, c) for c in self.node.choices]
        self._rows, _ = option_rows(painter, body, texts, text_w, field_h + 2 * m.px(4))
        for i, (field, text, row) in enumerate(zip(self.fields, texts, self._rows)):
            field.rect = pygame.Rect(row.right - count_w - m.px(12), row.centery - field_h // 2, count_w, field_h)
            draw_option(painter, row, i, text, field.rect.x - m.px(24))
        self.form.draw_fields(painter, m.heading)

    def draw_dynamic(self, painter: Painter, static_pass: int) -> None:
        if self.on_options:
            self.form.draw_focus(painter, static_pass)
        else:
            self.story_group.draw_focus(painter, static_pass)
        self.timer.draw_digits(painter)


class VoteTalkScene(MenuScene):
    """The end of a story, for the whole class: its ending (if it has one), then the questions to talk about, each
    over the pages its text needs; Continue (Enter) turns to the next page, then goes on."""

    name = "vote-talk"
    projected = True

    def __init__(self, app, hour: VoteHour, after_vote: bool = False) -> None:
        super().__init__(app)
        self.hour = hour
        self.after_vote = after_vote
        self.scenario = hour.vote.scenario
        self.node = hour.vote.node
        self.pager = Pager(app, 1)
        self.parts: list[tuple[str, str]] = []  # (part, text) of each page, from the last drawing
        self.wanted = ""  # a part to open at the next drawing ("ending" or "talk"; screenshots ask for one)
        self.continue_button = Button("", self.advance)
        self.group.buttons = [self.continue_button]

    def show(self, part: str) -> None:
        """Open at the first page of `part` ("ending" or "talk"); the last page if there is none."""
        self.wanted = part

    def back(self) -> None:
        self.proceed()

    def advance(self) -> None:
        """Continue: the next page, then the next story."""
        if not self.pager.next():
            self.proceed()

    def proceed(self) -> None:
        if self.hour.dispatch(Advance()).accepted:
            next_vote_scene(self.app, self.hour)

    def handle(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN and event.key in PAGE_KEYS and self.pager.count > 1:
            self.pager.turn(PAGE_KEYS[event.key])
            return True
        return super().handle(event)

    def draw(self, painter: Painter) -> None:
        m, tr = painter.metrics, self.session.tr
        area = header(painter, tr.scenario_title(self.scenario))
        row_h = m.line(m.body) + m.px(24)
        labels = (tr.gettext("Continue"), tr.gettext("Next") + " ›")
        font = painter.fitter.fonts.get(m.body, True)
        width = max(font.size(label)[0] for label in labels) + m.px(48)
        self.continue_button.rect = pygame.Rect(area.right - width, area.bottom - row_h, width, row_h)
        main = pygame.Rect(area.x, area.y, area.width, area.height - row_h - m.px(16))
        inner = main.inflate(-2 * m.px(24), -2 * m.px(24))
        self.parts = self._pages(painter, inner)
        if self.wanted:
            kinds = [part for part, _ in self.parts]
            self.pager.page = kinds.index(self.wanted) if self.wanted in kinds else len(kinds) - 1
            self.wanted = ""
        self.pager.settle(len(self.parts))
        self.continue_button.label = labels[0] if self.pager.last else labels[1]
        self.pager.layout(painter, pygame.Rect(area.x, area.bottom - row_h, self.continue_button.rect.x - m.px(16)
                                               - area.x, row_h), with_next=False)
        buttons = [self.continue_button] + ([self.pager.previous_button] if self.pager.page else [])
        if list(map(id, buttons)) != list(map(id, self.group.buttons)):
            self.group.buttons, self.group.focus, self.group.hover = buttons, 0, None
        self.pager.draw_label(painter)
        part, text = self.parts[self.pager.page]
        first = [p for p, _ in self.parts].index(part) == self.pager.page
        head = m.line(m.heading) + m.px(10)
        if part == "talk":
            talk_panel(painter, main, tr.gettext("Talk about it"), [], m.heading, m.body)
            painter.text(text, pygame.Rect(inner.x, inner.y + head, inner.width, inner.height - head), m.body)
        else:
            painter.panel(main)
            top = inner.y
            if first:
                painter.text(tr.gettext("How the story ends"), pygame.Rect(inner.x, top, inner.width, head),
                             m.heading, painter.colors.ink, bold=True, max_lines=1)
                top += head
            painter.text(text, pygame.Rect(inner.x, top, inner.width, inner.bottom - top), m.body)
        for i, button in enumerate(self.group.buttons):
            button.draw(painter, focused=i == self.group.focus, hovered=i == self.group.hover,
                        size=m.body if button is self.continue_button else m.small, align="center")

    def _pages(self, painter: Painter, inner: pygame.Rect) -> list[tuple[str, str]]:
        """Each page's part and text: how the story ends (when it has an ending), then the questions."""
        m, tr, fitter = painter.metrics, self.session.tr, painter.fitter
        head = m.line(m.heading) + m.px(10)
        pages: list[tuple[str, str]] = []
        if self.node.is_ending and not self.after_vote:
            ending = tr.story(self.scenario, self.node)
            pages += [("ending", part) for part in split_pages(fitter, ending, inner.width, inner.height, m.body,
                                                               first_height=inner.height - head)]
        asked = tr.discussion(self.scenario, self.hour.vote.seen, TALK_MOST)
        questions = "\n".join(f"• {q}" for q in asked)
        pages += [("talk", part) for part in split_pages(fitter, questions, inner.width, inner.height - head, m.body)]
        return pages
