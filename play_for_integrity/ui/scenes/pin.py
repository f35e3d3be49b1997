"""The teacher PIN: set it the first time (typed twice), then ask for it; three wrong tries mean a short wait."""

from __future__ import annotations

import math

import pygame

from play_for_integrity.play.teacher import PIN_MESSAGES, PINS_DIFFER, WAIT, EnterPin, SetPin
from play_for_integrity.results.pin import PIN_PATTERN
from play_for_integrity.ui.form import Form
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scene_kit import FormScene, bottom_row, header
from play_for_integrity.ui.text_field import TextField, ascii_digit, label_height
from play_for_integrity.ui.widgets import Button, ButtonGroup

PIN_MAX = 8
KEYPAD = "123456789"


class PinScene(FormScene):
    """Typed with the keyboard or an on-screen keypad (for a whiteboard); Esc goes back."""

    name = "pin"

    def __init__(self, app) -> None:
        super().__init__(app)
        self.setting = not self.session.teacher.has_pin
        self.pin = TextField(max_length=PIN_MAX, allowed=ascii_digit, masked=True)
        self.again = TextField(max_length=PIN_MAX, allowed=ascii_digit, masked=True)
        fields = [self.pin, self.again] if self.setting else [self.pin]
        self.erase = Button("", self.erase_digit, icon=erase_icon)
        self.ok = Button("", self.submit)
        self.keys = [Button(d, lambda d=d: self.type_digit(d)) for d in KEYPAD]
        self.keys += [self.erase, Button("0", lambda: self.type_digit("0")), self.ok]
        self.back_button = Button("", self.back)
        self.use_form(Form(fields, ButtonGroup([*self.keys, self.back_button]), on_submit=self.submit))
        self.message: tuple[str, bool] | None = None  # (text, True when it is a message id to translate)

    # -- lifecycle -------------------------------------------------------------------------------
    def back(self) -> None:
        self.app.stack.pop()

    @property
    def waiting(self) -> bool:
        return self.session.teacher.wait > 0

    # -- input -----------------------------------------------------------------------------------
    def handle(self, event: pygame.event.Event) -> bool:
        if self.waiting and event.type in (pygame.TEXTINPUT, pygame.TEXTEDITING):
            return False
        return super().handle(event)

    def update(self, dt: float) -> bool:
        if not self.waiting:
            return False
        teacher = self.session.teacher
        shown = math.ceil(teacher.wait)
        teacher.tick(dt)
        if not self.waiting:
            self.message = None
            return True
        return math.ceil(teacher.wait) != shown

    def type_digit(self, digit: str) -> None:
        field = self.form.last_field
        if field is not None and not self.waiting:
            field.insert(digit)

    def erase_digit(self) -> None:
        if self.form.last_field is not None:
            self.form.last_field.backspace()

    def submit(self) -> None:
        if self.waiting:
            return
        if self.setting:
            if PIN_PATTERN.fullmatch(self.pin.text) and self.form.focused_field is self.pin and not self.again.text:
                self.form.focus_field(self.again)  # Enter after the first PIN moves on to typing it again
                return
            outcome = self.session.teacher.dispatch(SetPin(self.pin.text, self.again.text))
            if not outcome.accepted and outcome.reason == PINS_DIFFER:
                self.pin.clear()
                self.again.clear()
        else:
            outcome = self.session.teacher.dispatch(EnterPin(self.pin.text))
            if not outcome.accepted:
                self.pin.clear()
        if outcome.accepted:
            self.app.replace("teacher-sessions")
        elif outcome.reason == WAIT:
            self.message = None  # the countdown is written at draw time
        elif outcome.reason in PIN_MESSAGES:
            self.message = (outcome.reason, True)
            self.form.focus_field(self.pin)
        else:
            self.message = (outcome.reason, False)

    # -- drawing ---------------------------------------------------------------------------------
    def _texts(self) -> tuple[str, str]:
        tr = self.session.tr
        if self.setting:
            return (tr.gettext("Set a teacher PIN"),
                    tr.gettext("Choose a PIN of 4 to 8 digits. Pupils cannot open the class results without it.")
                    + "\n" + tr.gettext("Forgot the PIN? On this computer, run this command to set a new one "
                                        "(the results are kept): play-for-integrity results pin --reset"))
        return (tr.gettext("Enter the teacher PIN"),
                tr.gettext("The class results are for the teacher. Type the PIN with the keyboard or the keypad."))

    def _message_text(self) -> str:
        tr = self.session.tr
        if self.waiting:
            seconds = math.ceil(self.session.teacher.wait)
            return tr.ngettext("Too many wrong tries. Wait %(seconds)s second, then try again.",
                               "Too many wrong tries. Wait %(seconds)s seconds, then try again.",
                               seconds) % {"seconds": tr.format_number(seconds)}
        if self.message is None:
            return ""
        text, is_msgid = self.message
        return tr.gettext(text) if is_msgid else text

    def draw(self, painter: Painter) -> None:
        m, colors = painter.metrics, painter.colors
        title, explanation = self._texts()
        area = header(painter, title)
        self.back_button.label = self._("Back")
        rest = bottom_row(painter, area, [self.back_button])
        gap = m.px(24)
        if self.setting:  # the explanation is long: it gets the whole width above the fields and the keypad
            intro = pygame.Rect(rest.x, rest.y, rest.width, m.px(160))
            painter.panel(intro)
            painter.text(explanation, intro.inflate(-2 * m.px(24), -2 * m.px(16)), m.small, colors.ink,
                         valign="middle")
            rest = pygame.Rect(rest.x, intro.bottom + m.px(16), rest.width, rest.bottom - intro.bottom - m.px(16))
            explanation = ""
        pad_w = min(m.px(400), int(rest.width * 0.42))
        left = pygame.Rect(rest.x, rest.y, rest.width - pad_w - gap, rest.height)
        self._draw_form(painter, left, explanation)
        self._draw_keypad(painter, pygame.Rect(left.right + gap, rest.y, pad_w, rest.height))
        back = len(self.keys)
        self.back_button.draw(painter, focused=self.form.group.focus == back, hovered=self.form.group.hover == back,
                              align="center")

    def _draw_form(self, painter: Painter, panel: pygame.Rect, explanation: str) -> None:
        m, colors = painter.metrics, painter.colors
        painter.panel(panel)
        inner = panel.inflate(-2 * m.px(24), -2 * m.px(20))
        field_h = label_height(m) + m.px(6) + m.px(54)
        fields = self.form.fields
        y = inner.y
        if explanation:
            text_box = pygame.Rect(inner.x, inner.y, inner.width, m.px(130))
            painter.text(explanation, text_box, m.body, colors.ink)
            y = text_box.bottom + m.px(12)
        self.pin.label = self._("New PIN (4 to 8 digits)") if self.setting else self._("PIN")
        self.again.label = self._("The same PIN again")
        for field in fields:
            field.rect = pygame.Rect(inner.x, y, min(inner.width, m.px(400)), field_h)
            y += field_h + m.px(12)
        self.form.draw_fields(painter, m.heading)
        message = self._message_text()
        if message:
            box = pygame.Rect(inner.x, y, inner.width, inner.bottom - y)
            painter.text(message, box, m.small, colors.poor, bold=True, valign="middle")

    def _draw_keypad(self, painter: Painter, pad: pygame.Rect) -> None:
        m = painter.metrics
        gap = m.px(12)
        key_w = (pad.width - 2 * gap) // 3
        key_h = min(m.px(100), (pad.height - 3 * gap) // 4)
        top = pad.y + (pad.height - (4 * key_h + 3 * gap)) // 2
        self.ok.label = self._("OK")
        for i, button in enumerate(self.keys):
            row, col = divmod(i, 3)
            button.rect = pygame.Rect(pad.x + col * (key_w + gap), top + row * (key_h + gap), key_w, key_h)
            focus, hover = self.form.group.focus == i, self.form.group.hover == i
            button.draw(painter, focused=focus, hovered=hover, size=m.heading, align="center")


def erase_icon(painter: Painter, rect: pygame.Rect, ink) -> None:
    """A backspace key drawn with shapes: the font has no ⌫, and no word is needed."""
    w, h = min(rect.width, rect.height * 2) // 2, rect.height * 2 // 5
    cx, cy = rect.centerx, rect.centery
    left = cx - w // 2
    tip = h // 2
    points = [(left, cy), (left + tip, cy - h // 2), (left + w, cy - h // 2), (left + w, cy + h // 2),
              (left + tip, cy + h // 2)]
    width = max(2, painter.metrics.px(3))
    pygame.draw.polygon(painter.surface, ink, points, width)
    x_mid, arm = left + tip + (w - tip) // 2, h // 5
    pygame.draw.line(painter.surface, ink, (x_mid - arm, cy - arm), (x_mid + arm, cy + arm), width)
    pygame.draw.line(painter.surface, ink, (x_mid - arm, cy + arm), (x_mid + arm, cy - arm), width)
