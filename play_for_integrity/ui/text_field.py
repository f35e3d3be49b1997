"""A one-line text box for names and PINs: typed through the OS keyboard layout (Kazakh and Russian too)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import pygame

from play_for_integrity.ui.painter import Painter, Snapshot
from play_for_integrity.ui.theme import Metrics

EDIT_KEYS = (pygame.K_BACKSPACE, pygame.K_DELETE, pygame.K_LEFT, pygame.K_RIGHT, pygame.K_HOME, pygame.K_END)
WORD_MODS = pygame.KMOD_CTRL | pygame.KMOD_ALT | pygame.KMOD_META


def ascii_digit(char: str) -> bool:
    """0-9 only: str.isdigit() would also let in superscripts and other scripts' digits."""
    return "0" <= char <= "9"


def _typable(char: str) -> bool:
    """Letters, digits, punctuation and spaces; no control or formatting characters."""
    return unicodedata.category(char)[0] != "C"


def label_height(metrics: Metrics) -> int:
    """Height of the label band drawn above a field's box."""
    return metrics.px(40)


class TextField:
    """Single-line editable text with a caret; `handle` edits it, `draw` shows it with its label above.

    `label` and `placeholder` are set by the scene in the current language before each draw.
    `allowed` is asked about each typed character (e.g. `ascii_digit` for a PIN).
    """

    def __init__(self, label: str = "", text: str = "", max_length: int = 24,
                 allowed: Callable[[str], bool] | None = None, masked: bool = False, placeholder: str = ""):
        self.label = label
        self.placeholder = placeholder
        self.max_length = max_length
        self.allowed = allowed
        self.masked = masked
        self.rect = pygame.Rect(0, 0, 0, 0)
        self.box = pygame.Rect(0, 0, 0, 0)
        self.focused = False
        self.composition = ""  # text an input method is still composing (shown, not yet inserted)
        self._text = ""
        self.caret = 0
        self.text = text
        self._ime_rect: tuple[int, int, int, int] | None = None
        self._picture = Snapshot()  # the focused field as last drawn on the dynamic layer
        self.drawn: tuple[int, int | None] | None = None  # (pass id, size) of the last static drawing

    # -- content ---------------------------------------------------------------------------------
    @property
    def text(self) -> str:
        return self._text

    @text.setter
    def text(self, value: str) -> None:
        self._text = self._clean(value)[:self.max_length]
        self.caret = len(self._text)

    def _clean(self, typed: str) -> str:
        return "".join(c for c in typed if _typable(c) and (self.allowed is None or self.allowed(c)))

    def insert(self, typed: str) -> bool:
        """Insert at the caret what is allowed and still fits; True when the text changed."""
        room = self.max_length - len(self._text)
        accepted = self._clean(typed)[:max(0, room)]
        if not accepted:
            return False
        self._text = self._text[:self.caret] + accepted + self._text[self.caret:]
        self.caret += len(accepted)
        return True

    def backspace(self) -> bool:
        """Delete the character before the caret (an on-screen keypad's erase key); True when one went."""
        if self.caret == 0:
            return False
        self._edit(pygame.K_BACKSPACE, False)
        return True

    def clear(self) -> None:
        self.text = ""

    # -- focus -----------------------------------------------------------------------------------
    def focus(self) -> None:
        """Take the keyboard: text input (and any input method) goes to this field, caret at the end."""
        self.focused = True
        self.caret = len(self._text)
        self._ime_rect = None
        pygame.key.start_text_input()
        if self.box.width:
            self._place_ime(self.box)

    def blur(self) -> None:
        self.focused = False
        self.composition = ""
        pygame.key.stop_text_input()

    def _place_ime(self, box: pygame.Rect) -> None:
        if tuple(box) != self._ime_rect:
            self._ime_rect = tuple(box)
            pygame.key.set_text_input_rect(box)

    # -- input -----------------------------------------------------------------------------------
    def handle(self, event: pygame.event.Event) -> bool:
        """Edit on typing and editing keys; True when the event was used (the scene must not act on it too)."""
        if event.type == pygame.MOUSEBUTTONUP and event.button == 1 and self.rect.collidepoint(event.pos):
            if self.focused:
                self.caret = len(self._text)
            else:
                self.focus()
            return True
        if not self.focused:
            return False
        if event.type == pygame.TEXTINPUT:
            self.composition = ""
            self.insert(event.text)
            return True
        if event.type == pygame.TEXTEDITING:
            self.composition = self._clean(event.text)[:self.max_length]
            return True
        if event.type != pygame.KEYDOWN:
            return False
        if event.key in EDIT_KEYS:
            self._edit(event.key, bool(event.mod & WORD_MODS))
            return True
        # The character itself arrives as TEXTINPUT; the key press must not also work as a shortcut.
        if event.mod & (pygame.KMOD_CTRL | pygame.KMOD_ALT | pygame.KMOD_META):
            return False
        char = getattr(event, "unicode", "") or (chr(event.key) if 32 <= event.key < 127 else "")
        return bool(char) and _typable(char)

    def _edit(self, key: int, whole_word: bool) -> None:
        text, caret = self._text, self.caret
        if key == pygame.K_BACKSPACE and caret > 0:
            start = self._word_start(caret) if whole_word else caret - 1
            self._text, self.caret = text[:start] + text[caret:], start
        elif key == pygame.K_DELETE and caret < len(text):
            self._text = text[:caret] + text[caret + 1:]
        elif key == pygame.K_LEFT:
            self.caret = self._word_start(caret) if whole_word else max(0, caret - 1)
        elif key == pygame.K_RIGHT:
            self.caret = min(len(text), caret + 1)
        elif key == pygame.K_HOME:
            self.caret = 0
        elif key == pygame.K_END:
            self.caret = len(text)

    def _word_start(self, caret: int) -> int:
        i = caret
        while i > 0 and self._text[i - 1] == " ":
            i -= 1
        while i > 0 and self._text[i - 1] != " ":
            i -= 1
        return i

    # -- drawing ---------------------------------------------------------------------------------
    def draw(self, painter: Painter, size: int | None = None) -> None:
        """The label above, the box with its focus ring, the text (or dots, or the placeholder) and the caret.

        On the cached static layer the field is drawn without its focus; `draw_focus` adds it on top.
        """
        m, colors = painter.metrics, painter.colors
        if painter.layer == "static":
            self.drawn = (painter.pass_id, size)
        top = self.rect.y
        if self.label:
            band = pygame.Rect(self.rect.x, self.rect.y, self.rect.width, label_height(m))
            if painter.layer != "dynamic":
                painter.text(self.label, band, m.small, colors.ink, bold=True, valign="bottom", max_lines=1)
            top = band.bottom + m.px(6)
        self.box = pygame.Rect(self.rect.x, top, self.rect.width, self.rect.bottom - top)
        focused = self.focused and painter.layer != "static"
        painter.panel(self.box, colors.panel, colors.accent if focused else colors.panel_edge, radius=m.px(10),
                      width=m.px(3))
        if focused:
            painter.focus_ring(self.box)
            self._place_ime(self.box)
        inner = self.box.inflate(-2 * m.px(14), -2 * m.px(4))
        size = self._fitting_size(painter, size or m.body, inner.height)
        if not self._text and not self.composition:
            if self.placeholder:
                painter.text(self.placeholder, inner, min(size, m.small), colors.muted_ink, valign="middle",
                             max_lines=1)
            if focused:
                self._draw_caret(painter, inner, inner.x, size)
            return
        self._draw_content(painter, inner, size, focused)

    def draw_focus(self, painter: Painter, static_pass: int) -> None:
        """Redraw a focused field over the cached layer, as the static pass laid it out: drawn when its text, caret
        or composition changes, else its last picture blitted (a frame after a focus move elsewhere stays cheap)."""
        if self.focused and self.drawn is not None and self.drawn[0] == static_pass:
            self._place_ime(self.box)
            size = self.drawn[1]
            key = (self._text, self.caret, self.composition, self.masked, self.placeholder, size, tuple(self.rect))
            self._picture.draw(painter, painter.focus_ring_rect(self.box), key, lambda: self.draw(painter, size))

    def _fitting_size(self, painter: Painter, size: int, height: int) -> int:
        fonts = painter.fitter.fonts
        while size > painter.metrics.min_text and fonts.get(size).get_height() > height:
            size -= 1
        return size

    def _draw_content(self, painter: Painter, inner: pygame.Rect, size: int, focused: bool) -> None:
        """The text scrolled so the caret stays visible, clipped to the box."""
        colors = painter.colors
        font = painter.fitter.fonts.get(size)
        dot = max(3, size // 5)
        step = dot * 3
        if self.masked:
            caret_x = self.caret * step
            width = len(self._text) * step
        else:
            caret_x = font.size(self._text[:self.caret])[0]
            width = font.size(self._text + self.composition)[0]
        shift = max(0, caret_x + dot - inner.width) if width > inner.width else 0
        x0 = inner.x - shift
        old_clip = painter.surface.get_clip()
        painter.surface.set_clip(inner.clip(old_clip) if old_clip else inner)
        try:
            if self.masked:
                for i in range(len(self._text)):
                    pygame.draw.circle(painter.surface, colors.ink, (x0 + i * step + step // 2, inner.centery), dot)
            else:
                before = self._text[:self.caret]
                after = self._text[self.caret:]
                y = inner.centery - font.get_height() // 2
                x = x0
                for part, color in ((before, colors.ink), (self.composition, colors.accent), (after, colors.ink)):
                    if part:
                        image = painter.fitter.image(part, size, False, color)
                        painter.surface.blit(image, (x, y))
                        if color == colors.accent:
                            pygame.draw.line(painter.surface, color, (x, y + font.get_ascent() + 2),
                                             (x + image.get_width(), y + font.get_ascent() + 2), 2)
                        x += image.get_width()
            if focused:
                self._draw_caret(painter, inner, x0 + caret_x, size)
        finally:
            painter.surface.set_clip(old_clip)

    def _draw_caret(self, painter: Painter, inner: pygame.Rect, x: int, size: int) -> None:
        height = painter.fitter.fonts.get(size).get_height()
        top = inner.centery - height // 2
        pygame.draw.rect(painter.surface, painter.colors.accent, (x, top, max(2, painter.metrics.px(3)), height))
