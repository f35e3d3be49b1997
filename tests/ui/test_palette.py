"""Both palettes stay distinguishable with colour-blindness and keep text readable on a projector."""

from __future__ import annotations

import itertools

import pytest

from play_for_integrity.ui.theme import CALM, HIGH_CONTRAST, Palette

from .colour_vision import DEFICIENCIES, contrast_ratio, perceived_distance

PALETTES = {"calm": CALM, "high-contrast": HIGH_CONTRAST}
SERIES_MIN_DISTANCE = 15.0  # team colours and chart series: clearly different side by side
GOOD_POOR_MIN_DISTANCE = 25.0  # ladder/snake, better/poorer: never confused


def test_the_simulation_merges_colours_that_colour_blind_people_confuse():
    # the check below is only meaningful if the simulation really takes the red-green axis away
    red, green = (200, 60, 40), (80, 140, 40)
    assert perceived_distance(red, green, "typical") > 40
    assert perceived_distance(red, green, "deuteranopia") < 12
    blue, teal = (90, 140, 230), (90, 170, 150)  # a blue-yellow confusion pair
    assert perceived_distance(blue, teal, "typical") > 40
    assert perceived_distance(blue, teal, "tritanopia") < 15


@pytest.mark.parametrize("deficiency", DEFICIENCIES)
@pytest.mark.parametrize("name", PALETTES)
def test_series_colours_differ_with_each_kind_of_colour_blindness(name, deficiency):
    series = PALETTES[name].series
    assert len(series) >= 6, "six teams need six colours"
    closest = min((perceived_distance(a, b, deficiency), i, j) for (i, a), (j, b) in itertools.combinations(enumerate(series), 2))
    assert closest[0] >= SERIES_MIN_DISTANCE, f"series colours {closest[1]} and {closest[2]} look alike: {closest[0]:.1f}"


@pytest.mark.parametrize("deficiency", DEFICIENCIES)
@pytest.mark.parametrize("name", PALETTES)
def test_good_and_poor_differ_with_each_kind_of_colour_blindness(name, deficiency):
    colors = PALETTES[name]
    assert perceived_distance(colors.good, colors.poor, deficiency) >= GOOD_POOR_MIN_DISTANCE


def _text_pairs(colors: Palette):
    for surface in ("background", "panel"):
        yield "ink", surface, 7.0
        yield "muted_ink", surface, 4.5
        yield "good", surface, 4.5  # the move labels are written in these colours
        yield "poor", surface, 4.5
        yield "accent", surface, 4.5
    yield "ink", "button", 7.0
    yield "ink", "button_hover", 7.0
    yield "accent_ink", "accent", 4.5


@pytest.mark.parametrize("name", PALETTES)
def test_text_colours_meet_wcag_contrast(name):
    colors = PALETTES[name]
    weak = [(fg, bg, round(contrast_ratio(getattr(colors, fg), getattr(colors, bg)), 2))
            for fg, bg, minimum in _text_pairs(colors) if contrast_ratio(getattr(colors, fg), getattr(colors, bg)) < minimum]
    assert weak == []


@pytest.mark.parametrize("name", PALETTES)
def test_focus_ring_stands_out_from_the_background(name):
    colors = PALETTES[name]
    # WCAG 1.4.11: a focus indicator needs 3:1 against what surrounds it
    assert contrast_ratio(colors.focus, colors.background) >= 3.0
    assert contrast_ratio(colors.focus, colors.panel) >= 3.0
