"""The declared text limits agree with what fits: content at every limit fits every screen that shows it."""

from __future__ import annotations

import random
import re

import pytest

from play_for_integrity import paths
from play_for_integrity.content.declaration import CHOICE, NODE, SCENARIO, TASK
from play_for_integrity.content.model import Choice, Provenance, Scenario, StoryNode
from play_for_integrity.content.task_cards import TaskCard
from play_for_integrity.ui import scene_registry
from play_for_integrity.ui.scenario_shots import card_hour
from play_for_integrity.ui.text_fit import misfits

WORDS = ("the pupil sees a friend take money from the class fund and must decide what to do about it now "
         "nobody else was there when it happened").split()


def limit(ctype, name: str) -> int:
    return ctype.field(name).limit()


def filled(length: int, rng: random.Random) -> str:
    """Ordinary words up to exactly `length` characters."""
    text = ""
    while len(text) < length:
        text += rng.choice(WORDS) + " "
    return text[:length - 1].rstrip() + "."


def at_limits(seed: int) -> Scenario:
    rng = random.Random(seed)
    moves = (("ladder", 2), ("stay", 0), ("snake", -2), ("stay", 1))
    choices = tuple(Choice(f"c{i}", filled(limit(CHOICE, "text"), rng), {"honesty": effect}, board,
                           filled(limit(CHOICE, "feedback"), rng)) for i, (board, effect) in enumerate(moves))
    node = StoryNode("start", filled(limit(NODE, "story"), rng), choices)
    questions = SCENARIO.field("discussion").kind
    return Scenario("at-limits", "6-10", ("homework",), filled(limit(SCENARIO, "title"), rng), "x", {"start": node},
                    tuple(filled(limit(SCENARIO, "discussion"), rng) for _ in range(questions.max_items)),
                    Provenance("a", "b", "c", "draft"))


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
def test_a_scenario_at_every_limit_fits_every_screen_in_english(seed):
    assert misfits(["en"], scenarios=[at_limits(seed)]) == []


def test_a_task_card_at_its_limits_fits(make_app):
    app = make_app("en")
    rng = random.Random(3)
    card = TaskCard("at-limits", "all", "discuss", filled(limit(TASK, "text"), rng), filled(limit(TASK, "teacher"), rng))
    app.session.library.tasks[card.id] = card
    app.stack.push(scene_registry.make(app, "task-card", card_hour(app, [], [card.id], "task")))
    app.stack.apply()
    assert app.render().overflows == []


def test_the_authoring_guide_states_the_declared_limits():
    guide = (paths.teacher_guide_dir() / "authoring.md").read_text(encoding="utf-8")
    rows = {m.group(1): m.group(2) for m in re.finditer(r"^\| `([^`]+)` \|.*\| ([^|]+) \|$", guide, re.M)}
    assert rows["title"].strip() == f"{limit(SCENARIO, 'title')} chars"
    assert rows["nodes.<id>.story"].strip() == f"{limit(NODE, 'story')} chars"
    assert rows["choices: text"].strip() == f"{limit(CHOICE, 'text')} chars"
    assert rows["choices: feedback"].strip() == f"{limit(CHOICE, 'feedback')} chars"
    questions = SCENARIO.field("discussion").kind
    assert rows["discussion"].strip() == f"1-{questions.max_items} questions, {limit(SCENARIO, 'discussion')} chars each"
