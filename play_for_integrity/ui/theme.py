"""Colours and sizes: one calm palette (Okabe-Ito hues, safe with colour-blindness) and a high-contrast one."""

from __future__ import annotations

from dataclasses import dataclass

PROJECTED_BODY = 0.04
"""Body text on a projected screen, as a share of the window height: readable from a classroom's back row."""
SOLO_BODY = 0.026
"""Body text on a screen a pupil reads alone, 60 cm from a monitor."""
PROJECTED_TIMER = 0.10
"""The team-talk timer's digits on a projected card."""

Color = tuple[int, int, int]


@dataclass(frozen=True)
class Palette:
    background: Color
    panel: Color
    panel_edge: Color
    ink: Color
    muted_ink: Color
    accent: Color
    accent_ink: Color
    focus: Color
    good: Color  # ladder, better choices: bluish green
    poor: Color  # snake, poorer choices: vermillion
    neutral: Color
    button: Color
    button_hover: Color
    series: tuple[Color, ...]


CALM = Palette(
    background=(246, 242, 233), panel=(255, 253, 248), panel_edge=(214, 205, 188), ink=(28, 36, 48),
    muted_ink=(84, 92, 104), accent=(0, 114, 178), accent_ink=(255, 255, 255), focus=(190, 120, 0),
    good=(0, 125, 92), poor=(186, 76, 0), neutral=(120, 128, 140), button=(226, 236, 244), button_hover=(200, 222, 240),
    series=((0, 114, 178), (230, 159, 0), (0, 158, 115), (204, 121, 167), (86, 180, 233), (213, 94, 0)),
)

HIGH_CONTRAST = Palette(
    background=(0, 0, 0), panel=(16, 16, 16), panel_edge=(255, 255, 255), ink=(255, 255, 255),
    muted_ink=(235, 235, 235), accent=(255, 255, 0), accent_ink=(0, 0, 0), focus=(0, 255, 255),
    good=(120, 255, 170), poor=(255, 150, 90), neutral=(200, 200, 200), button=(0, 0, 0), button_hover=(40, 40, 40),
    series=((255, 255, 0), (0, 255, 255), (255, 200, 120), (170, 170, 255), (255, 100, 100), (255, 140, 200)),
)


def palette(high_contrast: bool) -> Palette:
    return HIGH_CONTRAST if high_contrast else CALM


MIN_WINDOW = (800, 600)
"""The smallest window the screens are made to fit (an old 800x600 monitor or projector); below it the game shows a
'make the window larger' notice instead of a clipped screen."""


@dataclass(frozen=True)
class Metrics:
    """Sizes in pixels for one window size, from relative units (1.0 = a 1024x768 window)."""

    width: int
    height: int
    unit: float
    text_scale: float
    projected: bool = False
    """A screen the whole class reads on the projector: no text below `floor`, headings above it."""

    @classmethod
    def for_size(cls, width: int, height: int, text_scale: float = 1.0, projected: bool = False) -> Metrics:
        return cls(width, height, min(width / 1024, height / 768), text_scale, projected)

    @property
    def floor(self) -> int:
        """The smallest type size any text may have on this screen: 4 % of the height projected, else 20 px at
        1024x768 (2.6 %), scaled; in a window narrower than 4:3, of the height of its largest 4:3 area."""
        if self.projected:
            return round(PROJECTED_BODY * self.room_height)
        return max(14, round(20 * self.unit))

    @property
    def timer_digits(self) -> int:
        """The team-talk timer's digits: 10 % of the height (of the largest 4:3 area) projected."""
        return round(PROJECTED_TIMER * self.room_height) if self.projected else self.font(40)

    @property
    def room_height(self) -> int:
        """The height of the largest 4:3 area in the window (the window's height unless it is narrower than 4:3):
        what the type minimums are shares of, so a tall narrow window keeps text that fits its width."""
        return min(self.height, round(768 * self.unit))

    def px(self, value: float) -> int:
        """A length given in 1024x768 pixels, scaled to this window."""
        return max(1, round(value * self.unit))

    def font(self, value: float) -> int:
        """A type size given in 1024x768 pixels, scaled to this window and the chosen text size."""
        return max(8, round(value * self.unit * self.text_scale))

    @property
    def margin(self) -> int:
        return self.px(32)

    @property
    def body(self) -> int:
        return max(self.font(28), self.floor)

    @property
    def small(self) -> int:
        return max(self.font(22), self.floor)

    @property
    def heading(self) -> int:
        return max(self.font(40), round(self.floor * 1.25))

    @property
    def title(self) -> int:
        return max(self.font(64), round(self.floor * 1.6))

    @property
    def min_text(self) -> int:
        """Text is never shrunk below this: on a projected screen still readable from the back of a classroom."""
        return self.floor

    def line(self, size: int) -> int:
        """The height of one line of text at `size` (font height, as the fitter measures it), for boxes that hold
        one line at the projected sizes."""
        return round(size * 1.37) + 2


def ink_on(fill: Color, dark: Color = (28, 36, 48), light: Color = (255, 255, 255)) -> Color:
    """Dark or light text, whichever reads better on `fill` (WCAG relative luminance)."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(v) for v in fill)
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return dark if luminance > 0.18 else light
