"""Colour maths for the palette tests: colour-vision-deficiency simulation, CIELAB distance, WCAG contrast.

The simulation applies the Machado, Oliveira and Fernandes (2009) matrices for full (severity 1.0)
protanopia, deuteranopia and tritanopia to linear sRGB.
"""

from __future__ import annotations

import math

Color = tuple[int, int, int]

DEFICIENCIES = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
    "typical": ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0)),
}


def linear(color: Color) -> tuple[float, float, float]:
    """sRGB 0-255 to linear light 0-1."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return tuple(channel(v) for v in color)  # type: ignore[return-value]


def simulate(color: Color, deficiency: str) -> tuple[float, float, float]:
    """The linear RGB a person with `deficiency` perceives for `color`."""
    rgb = linear(color)
    matrix = DEFICIENCIES[deficiency]
    return tuple(min(1.0, max(0.0, sum(matrix[i][j] * rgb[j] for j in range(3)))) for i in range(3))  # type: ignore


def lab(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    """Linear sRGB (D65) to CIELAB."""
    r, g, b = rgb
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116
    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def perceived_distance(a: Color, b: Color, deficiency: str) -> float:
    """CIE76 colour difference of `a` and `b` as seen with `deficiency` (about 2.3 is just noticeable)."""
    return math.dist(lab(simulate(a, deficiency)), lab(simulate(b, deficiency)))


def contrast_ratio(a: Color, b: Color) -> float:
    """The WCAG 2 contrast ratio, 1 to 21."""
    def luminance(color: Color) -> float:
        r, g, b = linear(color)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
