"""The board's geometry, shared by the screen and the printed board: squares tile the board, the board fills its
area, and no token, ladder end or snake end ever sits on a square's number."""

from __future__ import annotations

import pytest

from play_for_integrity.core.board import build_board
from play_for_integrity.core.board_geometry import MAX_CELL_ASPECT, BoardGeometry, Box, token_outline
from play_for_integrity.core.board_game import TOKEN_SHAPES
from tests.core.board_helpers import small_board

AREAS = [Box(0, 0, 600, 620), Box(10, 20, 1100, 800), Box(0, 0, 300.5, 90.25), Box(5, 5, 1160, 790)]


def _inside(inner: Box, outer: Box, slack: float = 1e-6) -> bool:
    return (inner.x >= outer.x - slack and inner.y >= outer.y - slack and inner.right <= outer.right + slack
            and inner.bottom <= outer.bottom + slack)


def _disc_box(center, radius) -> Box:
    return Box(center[0] - radius, center[1] - radius, 2 * radius, 2 * radius)


@pytest.mark.parametrize("area", AREAS)
@pytest.mark.parametrize("minutes", (20, 30, 45))
def test_squares_tile_the_board_inside_the_area(area, minutes):
    geometry = BoardGeometry(build_board(minutes, 3), area)
    board = geometry.board
    assert _inside(geometry.box, area)
    total = sum(geometry.square_box(s).width * geometry.square_box(s).height for s in range(board.size))
    assert total == pytest.approx(geometry.box.width * geometry.box.height)
    boxes = [geometry.square_box(s) for s in range(board.size)]
    for i, a in enumerate(boxes):
        assert _inside(a, geometry.box)
        assert not any(a.inset(1e-6).overlaps(b) for b in boxes[i + 1:])


@pytest.mark.parametrize("area", AREAS)
def test_the_board_uses_the_area_it_is_given(area):
    geometry = BoardGeometry(build_board(45, 1), area)
    ratio = geometry.cell_height / geometry.cell_width
    assert 1 / MAX_CELL_ASPECT - 1e-9 <= ratio <= MAX_CELL_ASPECT + 1e-9
    # it fills the area's width or its height (it is only held back by the cells' aspect limit)
    assert geometry.box.width == pytest.approx(area.width) or geometry.box.height == pytest.approx(area.height)


def test_whole_cells_stay_whole_numbers():
    geometry = BoardGeometry(build_board(30, 2), Box(13, 17, 611, 577), whole=True)
    assert geometry.cell_width.is_integer() and geometry.cell_height.is_integer() and geometry.box.x.is_integer()


@pytest.mark.parametrize("area", AREAS)
def test_tokens_and_link_ends_keep_off_the_numbers(area):
    geometry = BoardGeometry(small_board(), area)
    board = geometry.board
    for square in range(board.size):
        number = geometry.number_box(square)
        assert _inside(number, geometry.square_box(square)) and not number.overlaps(geometry.mark_box(square))
        for teams in range(1, 7):
            for (x, y), radius in geometry.token_spots([square] * teams):
                reach = radius * 1.18  # the star, the largest of the shapes, reaches 1.18 radii out
                assert not _disc_box((x, y), reach).overlaps(number), (square, teams)
                assert _inside(_disc_box((x, y), reach), geometry.square_box(square)), (square, teams)
    for foot, top in board.ladders.items():
        ladder = geometry.ladder(foot, top)
        for square, end in ((foot, 0), (top, 1)):
            for rail in ladder.rails:
                x, y = rail[end]
                assert not geometry.number_box(square).overlaps(Box(x - 0.5, y - 0.5, 1, 1)), (foot, top)
    for head, tail in board.snakes.items():
        body = geometry.snake(head, tail)
        assert not _disc_box(body.head, body.head_radius).overlaps(geometry.number_box(head))
        end, radius = body.discs[-1]
        assert not _disc_box(end, radius).overlaps(geometry.number_box(tail))


def test_two_tokens_on_a_square_do_not_overlap():
    geometry = BoardGeometry(small_board(), Box(0, 0, 600, 400))
    for teams in range(2, 7):
        spots = geometry.token_spots([5] * teams)
        for i, ((ax, ay), ra) in enumerate(spots):
            for (bx, by), rb in spots[i + 1:]:
                assert ((ax - bx) ** 2 + (ay - by) ** 2) ** 0.5 >= ra + rb, teams


def test_a_snake_starts_at_its_head_and_ends_at_its_tail():
    geometry = BoardGeometry(small_board(), Box(0, 0, 600, 400))
    head, tail = geometry.center(10), geometry.center(3)
    assert geometry.snake_point(head, tail, 0) == pytest.approx(head)
    assert geometry.snake_point(head, tail, 1) == pytest.approx(tail)
    assert geometry.snake(10, 3).discs[0][0] == pytest.approx(head)


def test_every_team_shape_has_an_outline_and_an_unknown_one_is_refused():
    assert token_outline("circle", (0, 0), 1) is None
    assert all(token_outline(shape, (0, 0), 1) for shape in TOKEN_SHAPES if shape != "circle")
    with pytest.raises(ValueError):
        token_outline("blob", (0, 0), 1)
