"""No answer, undo or verdict comes from a key the user did not aim at it: options start unfocused, Enter on an
unfocused screen does nothing, and two presses in one frame act once."""

from __future__ import annotations

import pygame
import pytest

from play_for_integrity.ui.screenshot_hour import demo_board

from .conftest import click, key


def press_all(app, *codes: int) -> None:
    """Several key presses arriving in one frame, before the frame applies any scene change."""
    for code in codes:
        app.handle(pygame.event.Event(pygame.KEYDOWN, key=code, mod=0, unicode=""))
    app.stack.apply()


def hover(app, pos) -> None:
    app.handle(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))


def show(app, name: str, *args):
    app.push(name, *args)
    app.stack.apply()
    app.render()
    return app.stack.top


def on_solo_dilemma(app):
    app.session.start_solo("6-10")
    return show(app, "dilemma")


def on_card(app, phase: str, options: bool = False):
    """A card of `phase` over the board, as the board opens it; a dilemma card turned to its options' page (drawn)
    when `options`."""
    hour = demo_board(app, stop=phase)
    app.push("board", hour)
    scene = show(app, "board-dilemma" if phase == "dilemma" else "task-card", hour)
    if options and phase == "dilemma":
        key(app, pygame.K_PAGEDOWN)
        while not scene.on_choices:
            key(app, pygame.K_PAGEDOWN)
        app.render()
    return hour, scene


def test_a_dilemma_opens_with_no_choice_focused_and_enter_does_nothing(make_app):
    app = make_app()
    scene = on_solo_dilemma(app)
    assert scene.group.focus == -1
    press_all(app, pygame.K_RETURN, pygame.K_SPACE, pygame.K_KP_ENTER)
    assert app.stack.top is scene and not app.session.solo.view.answers


def test_hovering_a_choice_does_not_aim_enter_at_it(make_app):
    app = make_app()
    scene = on_solo_dilemma(app)
    hover(app, scene.group.buttons[1].rect.center)
    key(app, pygame.K_RETURN)
    assert app.stack.top is scene and not app.session.solo.view.answers
    assert scene.group.focus == -1 and scene.group.hover == 1


def test_an_arrow_shows_the_focus_and_then_enter_chooses(make_app):
    app = make_app()
    scene = on_solo_dilemma(app)
    key(app, pygame.K_UP)  # from no focus, Up starts at the last choice
    assert scene.group.focus == len(scene.group.buttons) - 1
    key(app, pygame.K_RETURN)
    assert app.session.solo.view.answers[-1].choice_id == scene.view.node.choices[-1].id


def test_the_keypad_numbers_choose_too(make_app):
    app = make_app()
    scene = on_solo_dilemma(app)
    key(app, pygame.K_KP2)
    assert app.session.solo.view.answers[-1].choice_id == scene.view.node.choices[1].id


def test_an_ending_keeps_continue_on_enter(make_app):
    from play_for_integrity.ui.screenshot import SHOTS
    app = make_app()
    app.stack.push(SHOTS["ending"][1](app))
    app.stack.apply()
    app.render()
    key(app, pygame.K_RETURN)
    assert app.stack.top.name in ("dilemma", "summary") and app.session.solo.view.number >= 1


@pytest.mark.parametrize("phase", ["dilemma", "task"])
def test_a_card_opens_unfocused_and_enter_records_nothing(make_app, phase):
    app = make_app()
    hour, scene = on_card(app, phase)
    done = sum(hour.game.dilemmas_done)
    position = list(hour.game.positions)
    press_all(app, pygame.K_RETURN, pygame.K_SPACE)
    assert app.stack.top is scene and hour.game.phase == phase
    assert sum(hour.game.dilemmas_done) == done and list(hour.game.positions) == position
    hover(app, scene.group.buttons[0].rect.center)
    key(app, pygame.K_RETURN)
    assert app.stack.top is scene and hour.game.phase == phase


def test_a_letter_on_a_story_page_shows_the_options_and_answers_nothing(make_app):
    app = make_app()
    hour, scene = on_card(app, "dilemma")
    store = app.session.results.open()
    assert not scene.on_choices
    press_all(app, pygame.K_a, pygame.K_b)  # the options were never on the screen: neither key answers
    assert scene.on_choices and app.stack.top is scene
    assert not store.session(hour.recorder.session_id).answers
    app.render()
    key(app, pygame.K_c)
    assert store.session(hour.recorder.session_id).answers[-1].choice_id == scene.node.choices[2].id


def test_enter_on_a_story_page_turns_to_the_options_and_then_answers_nothing(make_app):
    app = make_app()
    hour, scene = on_card(app, "dilemma")
    for _ in range(5):
        key(app, pygame.K_RETURN)
        app.render()
    assert scene.on_choices and scene.group.focus == -1 and hour.game.phase == "dilemma"


def test_two_answers_in_one_frame_on_a_dilemma_card_answer_once(make_app):
    app = make_app()
    hour, scene = on_card(app, "dilemma", options=True)
    store = app.session.results.open()
    before = len(store.session(hour.recorder.session_id).answers)
    press_all(app, pygame.K_a, pygame.K_b)
    answers = store.session(hour.recorder.session_id).answers
    assert len(answers) == before + 1 and answers[-1].choice_id == scene.node.choices[0].id
    assert app.stack.top.name == "board-feedback"


def test_two_verdicts_in_one_frame_on_a_task_card_judge_once(make_app):
    app = make_app()
    hour, _ = on_card(app, "task")
    team = hour.game.current
    start = hour.game.positions[team]
    press_all(app, pygame.K_1, pygame.K_1, pygame.K_2)
    assert hour.game.positions[team] == min(start + 2, hour.game.board.finish)
    assert hour.game.phase != "task" or hour.game.current != team
    assert app.stack.top.name == "board"


@pytest.mark.parametrize("phase", ["dilemma", "task"])
def test_a_second_press_on_a_card_that_already_acted_is_refused(make_app, phase):
    app = make_app()
    hour, scene = on_card(app, phase, options=True)
    if phase == "dilemma":
        store = app.session.results.open()
        before = len(store.session(hour.recorder.session_id).answers)
        scene.choose(scene.node.choices[0])
        scene.choose(scene.node.choices[1])  # the same scene, before the frame ends: no crash, no second answer
        answers = store.session(hour.recorder.session_id).answers
        assert len(answers) == before + 1 and answers[-1].choice_id == scene.node.choices[0].id
    else:
        team, start = hour.game.current, hour.game.positions[hour.game.current]
        scene.judge(True)
        scene.judge(True)
        assert hour.game.positions[team] == min(start + 2, hour.game.board.finish)


def test_after_undo_enter_does_not_undo_again(make_app):
    app = make_app()
    hour = demo_board(app)
    scene = show(app, "board", hour)
    turns = hour.game.turns
    click(app, scene.undo_button.rect.center)
    assert hour.game.turns < turns or hour.game.phase != "roll"
    undone = hour.game.turns, hour.game.phase, list(hour.game.positions)
    assert scene.group.focus == 0
    key(app, pygame.K_TAB)
    key(app, pygame.K_RETURN)  # Undo by the keyboard: the focus goes back to the roll button
    assert scene.group.focus == 0
    again = hour.game.turns, hour.game.phase, list(hour.game.positions)
    assert again != undone
    hover(app, scene.undo_button.rect.center)
    assert scene.group.focus == 0, "hovering Undo does not aim Enter at it"


def test_a_doubled_enter_does_not_skip_the_profile(make_app):
    from play_for_integrity.ui.screenshot import demo_solo
    app = make_app()
    demo_solo(app.session, finish=True)
    scene = show(app, "summary")
    press_all(app, pygame.K_RETURN)
    key(app, pygame.K_SPACE)
    assert app.stack.top is scene
