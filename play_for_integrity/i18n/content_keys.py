"""The msgctxt of every content string, from content/declaration.py: stable ids, so translations survive edits.

Scenario S, node N, choice C:  S/title, S/objective, S/discussion/1 (1-based), S/N/story, S/N/C/text, S/N/C/feedback.
Catalogs: band/<id>/name|grades|description, value/<id>/name|description, topic/<id>/name.
Task cards: task/<id>/text|teacher.
"""

from __future__ import annotations

from play_for_integrity.content.declaration import BAND, CHOICE, NODE, SCENARIO, TASK, TOPIC, VALUE

SEPARATOR = "/"

BAND_FIELDS = BAND.translated
VALUE_FIELDS = VALUE.translated
TOPIC_FIELDS = TOPIC.translated
TASK_FIELDS = TASK.translated


def scenario_key(scenario_id: str, *parts: object) -> str:
    """`scenario_key("found-wallet", "start", "keep", "text")` -> 'found-wallet/start/keep/text'."""
    return SEPARATOR.join(str(part) for part in (scenario_id, *parts))


def title_key(scenario_id: str) -> str:
    return SCENARIO.context("title", scenario=scenario_id)


def objective_key(scenario_id: str) -> str:
    return SCENARIO.context("objective", scenario=scenario_id)


def discussion_key(scenario_id: str, number: int) -> str:
    """The discussion question `number`, counted from 1 as a teacher reads them."""
    if number < 1:
        raise ValueError(f"discussion questions are numbered from 1, not {number}")
    return SCENARIO.context("discussion", scenario=scenario_id, number=number)


def story_key(scenario_id: str, node_id: str) -> str:
    return NODE.context("story", scenario=scenario_id, node=node_id)


def choice_text_key(scenario_id: str, node_id: str, choice_id: str) -> str:
    return CHOICE.context("text", scenario=scenario_id, node=node_id, choice=choice_id)


def feedback_key(scenario_id: str, node_id: str, choice_id: str) -> str:
    return CHOICE.context("feedback", scenario=scenario_id, node=node_id, choice=choice_id)


def band_key(band_id: str, field: str) -> str:
    return BAND.context(field, band=band_id)


def value_key(value_id: str, field: str) -> str:
    return VALUE.context(field, value=value_id)


def topic_key(topic_id: str, field: str = "name") -> str:
    return TOPIC.context(field, topic=topic_id)


def task_key(card_id: str, field: str) -> str:
    """`task_key("found-money", "teacher")` -> 'task/found-money/teacher'."""
    return TASK.context(field, task=card_id)
