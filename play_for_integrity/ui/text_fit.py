"""`i18n check` hook: every screen and every scenario text fits its box in every language at 1024x768."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from typing import Any

SIZE = (1024, 768)


def _screens(app) -> Iterator[tuple[str, Any]]:
    """Every scene, plus the dilemma and feedback screens of every node and choice of every scenario."""
    from play_for_integrity.core.journey import Journey
    from play_for_integrity.ui import screenshot
    from play_for_integrity.ui.scenes.dilemma import DilemmaScene
    from play_for_integrity.ui.scenes.feedback import FeedbackScene

    for name in screenshot.SCENES:
        if name != "too-small":
            yield name, lambda name=name: screenshot.build_scene(app, name)
    for scenario in app.session.library.scenarios.values():
        for node in scenario.nodes.values():
            def at_node(node_id=node.id, scenario=scenario):
                app.session.journey = Journey([scenario], node_id=node_id)
                return DilemmaScene(app)
            yield f"{scenario.id}/{node.id}", at_node
            for choice in node.choices:
                def after(node_id=node.id, choice_id=choice.id, scenario=scenario):
                    app.session.journey = Journey([scenario], node_id=node_id)
                    app.session.journey.choose(choice_id)
                    return FeedbackScene(app)
                yield f"{scenario.id}/{node.id}/{choice.id} feedback", after
    yield from _hour_screens(app)


def _hour_screens(app) -> Iterator[tuple[str, Any]]:
    """The Integrity Hour cards of every scenario and task card, and the vote screens of every node and option."""
    from play_for_integrity.core.class_vote import ClassVote
    from play_for_integrity.ui.hour_state import VoteHour
    from play_for_integrity.ui.scenes import hour_cards, vote
    from play_for_integrity.ui.screenshot_hour import demo_board

    library = app.session.library
    board = demo_board(app, stop="dilemma")
    board.recorder = None
    tasks = demo_board(app, stop="task")
    tasks.recorder = None
    voting = VoteHour(app, list(library.scenarios.values())[:1], "5А", "")
    voting.recorder = None
    for scenario in library.scenarios.values():
        def card(scenario=scenario):
            board.game.card = scenario.id
            return hour_cards.BoardDilemmaScene(app, board)
        yield f"board card {scenario.id}", card
        for choice in scenario.start.choices:
            def answered(scenario=scenario, choice=choice):
                move = board.game.last_move
                return hour_cards.BoardFeedbackScene(app, board, scenario, scenario.start, choice, move)
            yield f"board feedback {scenario.id}/{choice.id}", answered
        for node in scenario.nodes.values():
            if node.is_ending:
                continue

            def at_node(scenario=scenario, node=node):
                voting.vote = ClassVote([scenario])
                voting.vote.node_id = node.id
                return vote.VoteScene(app, voting)
            yield f"vote {scenario.id}/{node.id}", at_node
            for index in range(len(node.choices)):
                def result(scenario=scenario, node=node, index=index):
                    voting.vote = ClassVote([scenario])
                    voting.vote.node_id = node.id
                    scene = vote.VoteResultScene(app, voting, voting.submit({c.id: 1 for c in node.choices}))
                    scene.select(index)
                    return scene
                yield f"vote result {scenario.id}/{node.id} option {index + 1}", result
    yield from _messages(app, board, voting)
    for task in library.tasks.values():
        def task_card(task=task):
            tasks.game.card = task.id
            return hour_cards.TaskCardScene(app, tasks)
        yield f"task card {task.id}", task_card


def _messages(app, board, voting) -> Iterator[tuple[str, Any]]:
    """The questions that ask before something is ended or left, and the screens showing a typing mistake."""
    from play_for_integrity.core.class_vote import ClassVote
    from play_for_integrity.ui.scenes import board as board_scene
    from play_for_integrity.ui.scenes import hour_setup, hour_start, pin, vote
    from play_for_integrity.ui.screenshot import _demo_store

    def asked(open_question):
        def make():
            pushed = []
            app.stack.push = pushed.append  # catch the question the action would push
            try:
                open_question()
            finally:
                del app.stack.push
            return pushed[-1]
        return make

    on_board = board_scene.BoardScene(app, board)
    yield "ask: end the game", asked(on_board.ask_end)
    yield "ask: leave the board", asked(on_board.back)
    start = hour_start.HourStartScene(app)
    start.saved = board.game
    yield "ask: start a new game", asked(lambda: start.new("board"))
    voting.vote = ClassVote(list(app.session.library.scenarios.values())[:1])
    yield "ask: end the vote", asked(lambda: vote.ask_end_vote(app, voting))

    def empty_vote():
        scene = vote.VoteScene(app, voting)
        scene.show_result()
        return scene
    yield "vote: no votes typed", empty_vote

    def same_names():
        scene = hour_setup.HourSetupScene(app, "board")
        for field in scene.team_fields[:2]:
            field.text = "Сұңқарлар"
        scene.start()
        return scene
    yield "setup: two teams with one name", same_names

    def pins_differ():
        scene = pin.PinScene(app, _demo_store(app.session, filled=False), setting=True)
        scene.pin.text, scene.again.text = "1234", "4321"
        scene.submit()
        return scene
    yield "PIN: the two PINs differ", pins_differ


def check_catalog_fits(translators: Mapping[str, Any]) -> list[str]:
    """One line per text that does not fit its box even at the minimum type size."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    import pygame

    from play_for_integrity.ui.app import App
    from play_for_integrity.ui.launch import build_session

    problems: list[str] = []
    pygame.init()
    try:
        for lang in translators:
            session = build_session(language=lang, persist=False)
            app = App(session, size=SIZE, headless=True)
            for where, make in _screens(app):
                app.stack.reset(make())
                app.stack.apply()
                for overflow in app.render().overflows:
                    problems.append(f"{lang} {SIZE[0]}x{SIZE[1]} {where}: does not fit its box even at "
                                    f"{overflow.size}px: {overflow.text[:70]!r}")
    finally:
        pygame.quit()
    return problems
