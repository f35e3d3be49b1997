"""The Integrity Hour in the window: setup with typed team names, rolling, cards, undo, resume, ending, results."""

from __future__ import annotations

import pygame
import pytest

from play_for_integrity.core.board_save import SAVE_FILE, load_saved_game
from play_for_integrity.core.clock import SteppedClock
from play_for_integrity.play.actions import SkipCard
from play_for_integrity.results.store import ResultsStore
from play_for_integrity.ui.scenes.board import BoardScene
from play_for_integrity.ui.scenes.hour_cards import BoardDilemmaScene, BoardFeedbackScene
from play_for_integrity.ui.scenes.task_card import TaskCardScene
from play_for_integrity.ui.scenes.hour_end import BoardEndScene
from play_for_integrity.ui.scenes.hour_setup import HourSetupScene
from play_for_integrity.ui.scenes.hour_start import HourStartScene
from play_for_integrity.ui.scenes.title import TitleScene
from play_for_integrity.ui.screenshot_hour import demo_board

from .conftest import click, key

KAZAKH_TEAMS = ("Сұңқарлар", "Барыстар", "Тұлпарлар")


def type_text(app, text: str) -> None:
    app.handle(pygame.event.Event(pygame.TEXTINPUT, text=text))
    app.stack.apply()


def settle(app, seconds: float = 6.0) -> None:
    """Let animations and the card delay run, as the loop would, in fixed steps."""
    clock = SteppedClock()
    for _ in range(int(seconds * 60)):
        app.step(1 / 60, clock)


def start_board(app, names=KAZAKH_TEAMS) -> BoardScene:
    app.stack.push(TitleScene(app))
    app.stack.apply()
    app.render()
    click(app, app.stack.top.hour.rect.center)
    assert isinstance(app.stack.top, HourStartScene)
    app.render()
    key(app, pygame.K_1)  # team board game
    setup = app.stack.top
    assert isinstance(setup, HourSetupScene)
    app.render()
    type_text(app, "7Б")
    setup.minutes = 45  # the longest board: room for every kind of square before a team finishes
    setup.remove_team()  # four teams by default: keep three
    for field, name in zip(setup.team_fields, names):
        setup.form.focus_field(field)
        type_text(app, name)
    key(app, pygame.K_RETURN)
    board = app.stack.top
    assert isinstance(board, BoardScene)
    app.render()
    return board


def answer(app, code: int) -> None:
    """The teacher turns the dilemma card to its options' page, the class sees it, then the team's letter."""
    card = app.stack.top
    while not card.on_choices:
        key(app, pygame.K_PAGEDOWN)
    app.render()
    key(app, code)


def play_until(app, phase: str, limit: int = 200) -> None:
    """Roll (and skip other cards) until the current team lands on a card of `phase`."""
    for _ in range(limit):
        top = app.stack.top
        game = top.hour.game if hasattr(top, "hour") else None
        if isinstance(top, (BoardDilemmaScene, TaskCardScene)):
            if game.phase == phase:
                return
            key(app, pygame.K_s)  # skip the card
            settle(app, 0.2)
            continue
        assert isinstance(top, BoardScene), top
        key(app, pygame.K_SPACE)
        settle(app)
    pytest.fail(f"no {phase} card came up")


def test_setup_takes_kazakh_team_names_and_starts_a_saved_game(make_app):
    app = make_app("kk")
    board = start_board(app)
    game = board.hour.game
    assert [t.name for t in game.teams] == list(KAZAKH_TEAMS)
    assert game.meta["class_name"] == "7Б"
    assert len({(t.color, t.shape) for t in game.teams}) == 3
    assert (app.session.data_dir / SAVE_FILE).exists()


def test_an_empty_team_name_becomes_a_numbered_team_and_duplicates_are_refused(make_app):
    app = make_app("en")
    app.stack.push(HourSetupScene(app, "board"))
    app.stack.apply()
    app.render()
    setup = app.stack.top
    setup.team_fields[0].text = "Eagles"
    setup.team_fields[1].text = "eagles"
    setup.start()
    app.stack.apply()
    assert app.stack.top is setup and "eagles" in setup.problem
    setup.team_fields[1].text = ""
    setup.start()
    app.stack.apply()
    assert [t.name for t in app.stack.top.hour.game.teams] == ["Eagles", "Team 2", "Team 3", "Team 4"]


def test_rolling_animates_the_token_over_the_cached_board(make_app):
    app = make_app()
    board = start_board(app, ("A", "B", "C"))
    game = board.hour.game
    key(app, pygame.K_SPACE)
    assert game.turns == 1 and board.anim is not None
    clock = SteppedClock()
    app.step(1 / 60, clock)  # the first frame after the roll draws the board once, with "rolled N"
    passes = app._passes
    frames = 0
    while board.anim is not None and frames < 600:
        app.step(1 / 60, clock)
        frames += 1
        if board.anim is not None:
            assert app._passes == passes, "while the token moves, the board is not drawn again"
    assert frames > 10, "the move is shown, not jumped"
    assert board.anim is None


def _token_colour_at(surface, point) -> tuple:
    return tuple(surface.get_at((round(point[0]), round(point[1]))))[:3]


def test_tokens_at_rest_are_on_the_cached_layer_and_leave_it_while_they_move(make_app):
    """At rest the tokens and the die are part of the cached board (a focus change is one blit plus the focus);
    while a token moves they are drawn over it every frame, so no token is left behind at its start."""
    from play_for_integrity.ui.board_view import team_color

    app = make_app()
    board = start_board(app, ("A", "B", "C"))
    game = board.hour.game
    colours = [tuple(team_color(_palette(app), team))[:3]
               for team in game.teams]
    start = board.view.token_spots(list(game.positions))
    assert [_token_colour_at(app._static, spot) for spot, _ in start] == colours
    passes = app._passes
    key(app, pygame.K_TAB)
    app.step(1 / 60, SteppedClock())
    assert app._passes == passes, "a focus change does not draw the board again"
    assert [_token_colour_at(app.surface, spot) for spot, _ in start] == colours

    mover = game.current
    board.group.focus = 0  # back on "Roll the dice"
    key(app, pygame.K_SPACE)
    clock = SteppedClock()
    for _ in range(5):
        app.step(1 / 60, clock)
    assert board.anim is not None
    assert _token_colour_at(app._static, start[mover][0]) != colours[mover], "the moving token left the cache"
    (x, y), _ = board.view.token_spots(board._shown_positions())[mover]
    assert _token_colour_at(app.surface, (x, y)) == colours[mover], "and is drawn where it is on its way"
    while board.anim is not None:
        app.step(1 / 60, clock)
    app.step(1 / 60, clock)
    end = board.view.token_spots(list(game.positions))
    assert _token_colour_at(app._static, end[mover][0]) == colours[mover], "cached again where it stopped"


def _palette(app):
    from play_for_integrity.ui.theme import palette

    return palette(app.session.settings.high_contrast)


def test_a_dilemma_answer_is_scored_recorded_and_can_be_undone(make_app):
    app = make_app()
    start_board(app, ("A", "B", "C"))
    play_until(app, "dilemma")
    card = app.stack.top
    hour = card.hour
    team = hour.game.current
    chosen = [(card.node.id, card.node.choices[1].id)]
    answer(app, pygame.K_b)
    assert isinstance(app.stack.top, BoardFeedbackScene)
    while app.stack.top.answer.goes_on:  # a branching card: the same team decides each next step
        assert hour.game.current == team and hour.game.dilemmas_done[team] == 0
        key(app, pygame.K_RETURN)
        settle(app)
        node = app.stack.top.node
        chosen.append((node.id, node.choices[0].id))
        answer(app, pygame.K_a)
    assert hour.game.dilemmas_done[team] == 1
    store = ResultsStore.open(app.session.data_dir)
    data = store.session(hour.recorder.session_id)
    assert data.mode == "board" and [p.nickname for p in data.participants] == ["A", "B", "C"]
    assert [(a.node_id, a.choice_id, data.participant(a.participant_uuid).nickname) for a in data.answers] == \
        [(node, choice, hour.game.teams[team].name) for node, choice in chosen]
    while app.stack.top.page + 1 < app.stack.top.pages:  # the ending's page
        key(app, pygame.K_RETURN)
    key(app, pygame.K_RETURN)  # continue to the board
    settle(app)
    assert isinstance(app.stack.top, BoardScene)
    key(app, pygame.K_u)
    assert hour.game.phase == "dilemma" and hour.game.dilemmas_done[team] == 0
    assert len(store.session(hour.recorder.session_id).answers) == len(chosen) - 1


def test_a_task_judged_right_moves_the_team_two_squares(make_app):
    app = make_app()
    start_board(app, ("A", "B", "C"))
    play_until(app, "task")
    hour = app.stack.top.hour
    team = hour.game.current
    square = hour.game.positions[team]
    key(app, pygame.K_1)  # right
    assert hour.game.positions[team] == min(square + 2, hour.game.board.finish)
    assert hour.game.tasks_right[team] == 1


def test_quitting_and_starting_again_resumes_the_same_turn(make_app):
    app = make_app()
    board = start_board(app, ("A", "B", "C"))
    for _ in range(3):
        if board.hour.game.phase != "roll":
            board.hour.dispatch(SkipCard())
        board.primary()
        settle(app)
        app.stack.top is not board and key(app, pygame.K_ESCAPE)  # leave any card open on the board
    saved = board.hour.game
    state = (saved.turns, list(saved.positions), saved.current, saved.phase)
    second = make_app()  # a new window on the same data folder, as after a crash
    second.stack.push(HourStartScene(second))
    second.stack.apply()
    second.render()
    key(second, pygame.K_0)
    resumed = second.stack.top
    assert isinstance(resumed, BoardScene)
    game = resumed.hour.game
    assert (game.turns, list(game.positions), game.current, game.phase) == state
    assert resumed.hour.recorder.session_id == board.hour.recorder.session_id


def test_ending_early_shows_both_winners_and_stores_the_profiles(make_app):
    app = make_app()
    start_board(app, ("A", "B", "C"))
    play_until(app, "dilemma")
    answer(app, pygame.K_a)
    while app.stack.top.page + 1 < app.stack.top.pages:  # the feedback's pages, then back to the board
        key(app, pygame.K_RETURN)
    key(app, pygame.K_RETURN)
    settle(app)
    key(app, pygame.K_e)
    key(app, pygame.K_RIGHT)
    key(app, pygame.K_RETURN)  # "End the game"
    end = app.stack.top
    assert isinstance(end, BoardEndScene)
    assert end.game.ended_early
    game, _ = load_saved_game(app.session.data_dir)
    assert game is None, "a finished game is not offered for resuming"
    store = ResultsStore.open(app.session.data_dir)
    [summary] = store.sessions()
    data = store.session(summary.uuid)
    assert data.ended_at is not None
    assert {p.nickname: p.profile for p in data.participants}[end.game.teams[0].name] == end.game.profiles[0]


def test_the_timer_counts_down_on_the_dynamic_layer_and_chimes(make_app):
    app = make_app()
    app.stack.push(BoardDilemmaScene(app, demo_board(app, stop="dilemma")))
    app.stack.apply()
    app.render()
    played = []
    app.sounds.play = played.append
    key(app, pygame.K_t)
    app.render()
    passes = app._passes
    settle(app, 59.5)
    assert app._passes == passes, "the digits change without drawing the card again"
    assert app.stack.top.timer.timer.label() == "0:01"
    settle(app, 1.0)
    assert played == ["warning", "timer"], "two ticks 20 s before the end, the bell at the end"
    panel = app.stack.top.timer
    assert not panel.timer.running and panel.ending, "the end moves, not only changes colour"
    settle(app, 3.5)
    assert not panel.ending and not panel.running
    assert app._passes == passes + 1, "the card is drawn again once, for the play symbol; the bounce is dynamic"


def test_a_press_on_a_running_timer_shows_at_once(make_app, drawn):
    app = make_app()
    app.stack.push(BoardDilemmaScene(app, demo_board(app, stop="dilemma")))
    app.stack.apply()
    app.render()
    key(app, pygame.K_t)
    settle(app, 10.0)
    panel = app.stack.top.timer
    assert panel.timer.label() == "0:50"
    drawn.clear()
    key(app, pygame.K_PLUS)
    app.invalidate()
    app.render()
    assert panel.timer.label() == "1:05" and "1:05" in drawn
    assert drawn.count("+15") == 2, "the +15 button, and +15 beside the digits"
    settle(app, 2.0)
    drawn.clear()
    app.invalidate()
    app.render()
    assert drawn.count("+15") == 1 and "1:03" in drawn


def test_the_board_is_readable_with_six_teams_in_every_language(make_app):
    for lang in ("kk", "ru", "en"):
        app = make_app(lang, (1024, 768))
        hour = demo_board(app)
        assert len(hour.game.teams) == 6
        app.stack.push(BoardScene(app, hour))
        app.stack.apply()
        assert app.render().overflows == []


def test_a_resumed_game_whose_card_was_removed_skips_it_with_a_notice(make_app):
    app = make_app()
    hour = demo_board(app, stop="dilemma")
    del app.session.library.scenarios[hour.game.card]
    resumed = app.session.resume_board(hour.game)
    app.stack.push(BoardScene(app, resumed))
    app.stack.apply()
    app.render()
    key(app, pygame.K_SPACE)
    assert resumed.game.phase == "roll"
    assert any("no longer in the content" in n for n in app.session.notices)


def test_a_board_game_appears_in_the_exports_and_the_teacher_view_with_its_teams(make_app, tmp_path):
    import csv

    from play_for_integrity.results.export_csv import write_csv

    app = make_app("kk")
    start_board(app)
    play_until(app, "dilemma")
    answer(app, pygame.K_c)
    store = ResultsStore.open(app.session.data_dir)
    data = store.session(store.sessions()[0].uuid)
    out = write_csv([data], tmp_path / "class.csv", language="kk")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        cells = {cell for row in csv.reader(handle, delimiter=";") for cell in row}
    assert cells & set(KAZAKH_TEAMS), "the team that answered is named in the export"
    app.session.teacher.unlocked = True
    app.push("teacher-sessions")
    app.stack.apply()
    painter = app.render()
    assert painter.overflows == []
    assert [s.mode for s in app.stack.top.summaries] == ["board"]


def test_the_class_typed_for_an_hour_is_offered_again(make_app):
    app = make_app("kk")
    start_board(app)
    assert app.session.settings.last_class == "7Б"
    again = HourSetupScene(app, "vote")
    assert again.class_field.text == "7Б"


def test_a_timer_switched_off_in_the_settings_is_not_on_the_card(make_app, drawn):
    app = make_app()
    app.session.settings.team_timer = False
    app.stack.push(BoardDilemmaScene(app, demo_board(app, stop="dilemma")))
    app.stack.apply()
    drawn.clear()
    app.render()
    card = app.stack.top
    assert not card.timer.buttons and not any(b in card.group.buttons for b in (card.timer.toggle, card.timer.more))
    assert "1:00" not in drawn
    key(app, pygame.K_t)
    settle(app, 2.0)
    assert not card.timer.timer.running and card.timer.timer.label() == "1:00"
    assert not app.render().overflows
