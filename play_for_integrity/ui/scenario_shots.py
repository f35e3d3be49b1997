"""Every screen one scenario appears on, in every mode: the solo steps and feedback, the board card and its
feedback, the class vote and its result. Used by `screenshot --scenario`, the text-fit check and `validate`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from play_for_integrity.content.model import Scenario
from play_for_integrity.play.actions import AnswerCard, Choose, SubmitVotes
from play_for_integrity.play.solo import SoloGame
from play_for_integrity.play.vote import VoteHour
from play_for_integrity.ui import scene_registry


@dataclass(frozen=True)
class ScenarioShot:
    """One screen of a scenario: a label for people, the screen's kind, the source line it shows, how to build it."""

    label: str
    screen: str  # "solo", "board" or "class vote": the mode whose screen this is
    line: int
    build: Callable[[object], object]


def _solo(app, scenario: Scenario, node_id: str, choice_id: str | None = None):
    session = app.session
    session.results.enabled = False
    game = SoloGame(session.library, session.results, scenario.band, session.settings.language, [scenario])
    game.journey.node_id = node_id
    session.solo = game
    if choice_id is None:
        return scene_registry.make(app, "dilemma")
    game.dispatch(Choose(choice_id))
    return scene_registry.make(app, "feedback")


def card_hour(app, dilemmas: list[str], tasks: list[str], stop: str):
    """A two-team game played until a card of kind `stop` is on show; with one card in the deck, that card."""
    from play_for_integrity.core.board import build_board
    from play_for_integrity.core.board_game import TOKEN_SHAPES, BoardGame, Team
    session = app.session
    session.results.enabled = False
    teams = [Team(name, i, TOKEN_SHAPES[i]) for i, name in enumerate(("Сұңқарлар", "Барыстар"))]
    for seed in range(11, 61):  # the first seeded board whose dice bring a team to a `stop` card
        game = BoardGame(build_board(30, seed), teams, dilemmas, tasks, seed, {"class_name": "7Б"})
        while game.phase == "roll" and not game.is_over:  # rolled by the rules alone: no save after every roll
            game.roll()
        if game.phase == stop:
            break
    else:
        raise RuntimeError(f"no demo board game reached a {stop} square")
    return session.resume_board(game, saves=False)


def path_to(scenario: Scenario, node_id: str) -> list[tuple[str, str]]:
    """The (node, choice) answers that lead from the start to `node_id`, by the fewest steps."""
    paths: dict[str, list[tuple[str, str]]] = {scenario.start.id: []}
    queue = [scenario.start.id]
    while queue:
        here = queue.pop(0)
        for choice in scenario.nodes[here].choices:
            if choice.next and choice.next not in paths:
                paths[choice.next] = [*paths[here], (here, choice.id)]
                queue.append(choice.next)
    return paths[node_id]


def _board_card(app, scenario: Scenario, node_id: str, choice_id: str | None = None, part: str = ""):
    """The board game's card at step `node_id` (the team's answers lead it there): its story, or its options'
    page when `part` is "choices"; or the feedback on a choice, at its `part` ("feedback", "ending" or "talk")."""
    hour = card_hour(app, [scenario.id], [], "dilemma")
    for _, earlier in path_to(scenario, node_id):
        hour.dispatch(AnswerCard(earlier))
    if choice_id is None:
        scene = scene_registry.make(app, "board-dilemma", hour)
        if part == "choices":
            scene.show_choices()
        return scene
    node = scenario.nodes[node_id]
    answer = hour.dispatch(AnswerCard(choice_id)).value
    scene = scene_registry.make(app, "board-feedback", hour, scenario, node, node.choice(choice_id), answer)
    scene.show(part or "feedback")
    return scene


def _vote(app, scenario: Scenario, node_id: str, option: int | None = None, part: str = ""):
    """The class vote at step `node_id`: its story's first page, its options' page (counts typed) when `part` is
    "options", or the split with the feedback on option `option`."""
    session = app.session
    session.results.enabled = False
    hour = session.vote = VoteHour([scenario], session.results, "5А", scenario.band, session.settings.language)
    hour.vote.node_id = node_id
    if option is None:
        scene = scene_registry.make(app, "vote", hour, None, part == "options")
        for field in scene.fields if part == "options" else ():
            field.text = "28"
        return scene
    choices = scenario.nodes[node_id].choices
    result = hour.dispatch(SubmitVotes({c.id: 1 for c in choices})).value
    scene = scene_registry.make(app, "vote-result", hour, result)
    scene.select(option)
    return scene


def _vote_talk(app, scenario: Scenario, node_id: str, choice_id: str, part: str):
    """The class vote's talk at the end of a story: after the vote on `choice_id` at `node_id` when it ends the
    story there, else at the ending it leads to (its text, at `part` "ending", then the questions)."""
    session = app.session
    session.results.enabled = False
    hour = session.vote = VoteHour([scenario], session.results, "5А", scenario.band, session.settings.language)
    following = scenario.nodes[node_id].choice(choice_id).next
    hour.vote.node_id = following or node_id
    scene = scene_registry.make(app, "vote-talk", hour, following is None)
    scene.show(part)
    return scene


def _teach(app, scenario: Scenario, page: int):
    scene = scene_registry.make(app, "hour-stories", [scenario])
    scene.page = page  # a page it does not have is its last
    return scene


def scenario_shots(scenario: Scenario) -> Iterator[ScenarioShot]:
    """Each screen `scenario` is drawn on, with the line of the text it shows most of."""
    for node in scenario.nodes.values():
        yield ScenarioShot(f"{node.id}", "solo", node.line, lambda app, n=node.id: _solo(app, scenario, n))
        for choice in node.choices:
            yield ScenarioShot(f"{node.id}/{choice.id} feedback", "solo", choice.line,
                               lambda app, n=node.id, c=choice.id: _solo(app, scenario, n, c))
    yield ScenarioShot("what it teaches", "teacher", 1, lambda app: _teach(app, scenario, 0))
    if scenario.teacher_note:  # its own page where the objective leaves too little room (the same page if not)
        yield ScenarioShot("what it teaches, page 2", "teacher", 1, lambda app: _teach(app, scenario, 1))
    for node in scenario.nodes.values():
        if node.is_ending:
            continue
        yield ScenarioShot(f"card {node.id}", "board", node.line, lambda app, n=node.id: _board_card(app, scenario, n))
        yield ScenarioShot(f"card {node.id} choices", "board", node.choices[0].line if node.choices else node.line,
                           lambda app, n=node.id: _board_card(app, scenario, n, part="choices"))
        for choice in node.choices:
            yield ScenarioShot(f"feedback {node.id}/{choice.id}", "board", choice.line,
                               lambda app, n=node.id, c=choice.id: _board_card(app, scenario, n, c))
            ending = scenario.nodes.get(choice.next or "")
            if ending is not None and ending.is_ending:
                yield ScenarioShot(f"ending {node.id}/{choice.id}", "board", ending.line,
                                   lambda app, n=node.id, c=choice.id: _board_card(app, scenario, n, c, "ending"))
                yield ScenarioShot(f"talk {node.id}/{choice.id}", "board", choice.line,
                                   lambda app, n=node.id, c=choice.id: _board_card(app, scenario, n, c, "talk"))
    for node in scenario.nodes.values():
        if node.is_ending:
            continue
        yield ScenarioShot(f"{node.id}", "class vote", node.line, lambda app, n=node.id: _vote(app, scenario, n))
        yield ScenarioShot(f"{node.id} options", "class vote", node.choices[0].line if node.choices else node.line,
                           lambda app, n=node.id: _vote(app, scenario, n, part="options"))
        for index, choice in enumerate(node.choices):
            yield ScenarioShot(f"result {node.id} option {index + 1}", "class vote", choice.line,
                               lambda app, n=node.id, i=index: _vote(app, scenario, n, i))
            ending = scenario.nodes.get(choice.next or "")
            if ending is not None and ending.is_ending:
                yield ScenarioShot(f"ending {node.id}/{choice.id}", "class vote", ending.line,
                                   lambda app, n=node.id, c=choice.id: _vote_talk(app, scenario, n, c, "ending"))
            if choice.next is None or ending is not None and ending.is_ending:
                yield ScenarioShot(f"talk {node.id}/{choice.id}", "class vote", choice.line,
                                   lambda app, n=node.id, c=choice.id: _vote_talk(app, scenario, n, c, "talk"))


def build_scenario_shot(app, scenario: Scenario, label: str):
    """The scene of the shot labelled `label` (as `scenario_shots` names them)."""
    app.session.library.scenarios[scenario.id] = scenario
    for shot in scenario_shots(scenario):
        if shot.label == label:
            return shot.build(app)
    raise ValueError(f"scenario {scenario.id!r} has no screen {label!r}")
