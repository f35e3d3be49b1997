"""Colours and sizes: one calm palette (Okabe-Ito hues, safe with colour-blindness) and a high-contrast one."""

from __future__ import annotations

from dataclasses import dataclass

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


MIN_WINDOW = (960, 600)
"""Below this the game shows a 'make the window larger' notice instead of a clipped screen."""


@dataclass(frozen=True)
class Metrics:
    """Sizes in pixels for one window size, from relative units (1.0 = a 1024x768 window)."""

    width: int
    height: int
    unit: float
    text_scale: float

    @classmethod
    def for_size(cls, width: int, height: int, text_scale: float = 1.0) -> Metrics:
        return cls(width, height, min(width / 1024, height / 768), text_scale)

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
        return self.font(28)

    @property
    def small(self) -> int:
        return self.font(22)

    @property
    def heading(self) -> int:
        return self.font(40)

    @property
    def title(self) -> int:
        return self.font(64)

    @property
    def min_text(self) -> int:
        """Text is never shrunk below this: still readable from the back of a classroom."""
        return max(14, round(20 * self.unit))


def ink_on(fill: Color, dark: Color = (28, 36, 48), light: Color = (255, 255, 255)) -> Color:
    """Dark or light text, whichever reads better on `fill` (WCAG relative luminance)."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(v) for v in fill)
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return dark if luminance > 0.18 else light
