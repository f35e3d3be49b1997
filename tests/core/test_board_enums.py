"""Phases and square kinds are enums that still behave as their text, so screens comparing with text keep working."""

from __future__ import annotations

import json

import pytest

from play_for_integrity.core.board import SQUARE_KINDS, build_board
from play_for_integrity.core.board_enums import Phase, SquareKind
from tests.core.board_helpers import new_game, small_board


@pytest.mark.parametrize("member", [*Phase, *SquareKind])
def test_a_member_equals_hashes_prints_and_dumps_as_its_text(member):
    text = member.value
    assert member == text and text == member and isinstance(member, str)
    assert text in {member} and member in {text} and {text: 1}[member] == 1
    assert str(member) == f"{member}" == text and json.dumps(member) == json.dumps(text)
    assert type(member)(text) is member


def test_the_game_reports_its_phase_as_a_phase_equal_to_the_old_text():
    game = new_game()
    assert game.phase is Phase.ROLL and game.phase == "roll" and game.phase in ("roll",)
    assert Phase.DILEMMA.shows_card and Phase.TASK.shows_card
    assert not Phase.ROLL.shows_card and not Phase.OVER.shows_card


def test_square_kinds_come_back_as_enums_whether_given_as_text_or_built():
    board = small_board()  # built from text
    assert board.kind(0) is SquareKind.START and board.kind(5) is SquareKind.TASK and board.kind(2) == "dilemma"
    assert all(isinstance(kind, SquareKind) for kind in board.kinds + build_board(30, 1).kinds)
    assert SQUARE_KINDS == ("start", "plain", "dilemma", "task", "finish") == SquareKind.texts()


def test_an_unknown_kind_is_still_refused_by_name():
    kinds = list(small_board().kinds)
    kinds[1] = "portal"
    with pytest.raises(ValueError, match="kinds must be 24 of"):
        type(small_board())(24, tuple(kinds), {2: 9, 15: 22}, {10: 3, 20: 13}, 20)
