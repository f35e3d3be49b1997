"""Bar charts: bar lengths proportional to the values, one label size, labels placed by length, no overflow."""

from __future__ import annotations

import pygame
import pytest

from play_for_integrity.ui.charts import BarRow, bar_chart, diverging_bar, stacked_bar
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.theme import palette

RED, GREEN, BLUE = (200, 30, 30), (30, 160, 60), (30, 60, 200)


@pytest.fixture
def painter(make_app):
    app = make_app()
    app.surface.fill((255, 255, 255))
    return Painter(app.surface, app.metrics, palette(False), app.fitter)


def rows(values, label="Option", colors=(RED, GREEN, BLUE)):
    return [BarRow(f"{label} {i}", v, str(v), colors[i % len(colors)]) for i, v in enumerate(values)]


def test_bar_lengths_are_proportional_to_the_values(painter):
    layout = bar_chart(painter, pygame.Rect(40, 40, 900, 500), rows([3, 6, 12]))
    widths = [bar.width for bar in layout.bars]
    assert widths[2] == layout.full_length
    assert widths[1] == pytest.approx(widths[2] / 2, abs=1) and widths[0] == pytest.approx(widths[2] / 4, abs=1)


def test_max_value_sets_the_scale(painter):
    layout = bar_chart(painter, pygame.Rect(40, 40, 900, 500), rows([5, 10]), max_value=20)
    assert layout.bars[1].width == pytest.approx(layout.full_length / 2, abs=1)


def test_a_zero_value_has_no_bar_length(painter):
    layout = bar_chart(painter, pygame.Rect(40, 40, 900, 500), rows([0, 4]))
    assert layout.bars[0].width == 0 and layout.bars[1].width == layout.full_length


def test_each_bar_is_drawn_in_its_colour(painter):
    layout = bar_chart(painter, pygame.Rect(40, 40, 900, 500), rows([2, 3, 4]))
    for bar, color in zip(layout.bars, (RED, GREEN, BLUE)):
        assert tuple(painter.surface.get_at(bar.center))[:3] == color


def test_bars_and_texts_stay_inside_the_rect(painter):
    rect = pygame.Rect(100, 80, 600, 300)
    layout = bar_chart(painter, rect, rows([1, 100, 7, 42]))
    for bar, label in zip(layout.bars, layout.labels):
        assert rect.contains(label) and rect.left <= bar.left and bar.right <= rect.right
        assert rect.top <= bar.top and bar.bottom <= rect.bottom
    assert painter.overflows == []


def test_short_labels_go_beside_and_long_ones_above_the_bars(painter):
    rect = pygame.Rect(40, 40, 900, 500)
    beside = bar_chart(painter, rect, rows([1, 2], label="Honesty"))
    assert not beside.labels_above and beside.bars[0].left > beside.labels[0].right
    long_text = "Tell the teacher, even though your best friend asked you to keep quiet about it"
    above = bar_chart(painter, rect, rows([1, 2], label=long_text))
    assert above.labels_above and above.bars[0].top >= above.labels[0].bottom


def test_every_label_gets_the_same_type_size(painter, monkeypatch):
    sizes = {}
    original = Painter.text

    def spy(self, text, rect, size, *args, **kwargs):
        block = original(self, text, rect, size, *args, **kwargs)
        sizes[text] = block.size
        return block

    monkeypatch.setattr(Painter, "text", spy)
    texts = ["Short", "A much longer option that needs more room than the others do in this row " * 2, "Mid-length one"]
    chart_rows = [BarRow(t, i + 1, f"{i + 1}", RED) for i, t in enumerate(texts)]
    layout = bar_chart(painter, pygame.Rect(40, 40, 700, 330), chart_rows)
    assert {sizes[t] for t in texts} == {layout.label_size}


def test_very_long_labels_are_cut_never_overflowing(painter):
    text = "Ask a grown-up you trust what to do, and explain why you think the gift is not fair to the others. " * 3
    layout = bar_chart(painter, pygame.Rect(40, 40, 500, 200), rows([1, 2, 3, 4], label=text))
    assert painter.overflows == []
    assert len(layout.bars) == 4


def test_an_empty_chart_draws_nothing(painter):
    before = pygame.image.tobytes(painter.surface, "RGB")
    assert bar_chart(painter, pygame.Rect(0, 0, 300, 300), []).bars == []
    assert pygame.image.tobytes(painter.surface, "RGB") == before


def test_diverging_bars_grow_from_the_middle(painter):
    rect = pygame.Rect(100, 100, 200, 40)
    right = diverging_bar(painter, rect, 3, 6, "+3")
    left = diverging_bar(painter, rect, -6, 6, "–6")
    assert right.left == rect.centerx and right.width == pytest.approx(rect.width / 4, abs=1)
    assert left.right == rect.centerx and left.width == rect.width // 2
    assert diverging_bar(painter, rect, 0, 6, "0").width == 0


def test_stacked_parts_share_the_width_by_their_values(painter):
    rect = pygame.Rect(50, 50, 600, 40)
    boxes = stacked_bar(painter, rect, [(1, RED, "A"), (2, GREEN, "B"), (3, BLUE, "C")])
    assert [b.width for b in boxes] == [100, 200, 300]
    assert boxes[0].left == rect.left and boxes[-1].right == rect.right
