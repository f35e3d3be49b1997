"""The msgctxt of every content string: stable ids, so translations survive edits to other strings.

Scenario S, node N, choice C:  S/title, S/objective, S/discussion/1 (1-based), S/N/story, S/N/C/text, S/N/C/feedback.
Catalogs: band/<id>/name|grades|description, value/<id>/name|description, topic/<id>/name.
Task cards: task/<id>/text|teacher.
"""

from __future__ import annotations

SEPARATOR = "/"

BAND_FIELDS = ("name", "grades", "description")
VALUE_FIELDS = ("name", "description")
TOPIC_FIELDS = ("name",)
TASK_FIELDS = ("text", "teacher")


def _join(*parts: object) -> str:
    return SEPARATOR.join(str(part) for part in parts)


def scenario_key(scenario_id: str, *parts: object) -> str:
    """`scenario_key("found-wallet", "start", "keep", "text")` -> 'found-wallet/start/keep/text'."""
    return _join(scenario_id, *parts)


def title_key(scenario_id: str) -> str:
    return scenario_key(scenario_id, "title")


def objective_key(scenario_id: str) -> str:
    return scenario_key(scenario_id, "objective")


def discussion_key(scenario_id: str, number: int) -> str:
    """The discussion question `number`, counted from 1 as a teacher reads them."""
    if number < 1:
        raise ValueError(f"discussion questions are numbered from 1, not {number}")
    return scenario_key(scenario_id, "discussion", number)


def story_key(scenario_id: str, node_id: str) -> str:
    return scenario_key(scenario_id, node_id, "story")


def choice_text_key(scenario_id: str, node_id: str, choice_id: str) -> str:
    return scenario_key(scenario_id, node_id, choice_id, "text")


def feedback_key(scenario_id: str, node_id: str, choice_id: str) -> str:
    return scenario_key(scenario_id, node_id, choice_id, "feedback")


def _catalog_key(kind: str, fields: tuple[str, ...], entry_id: str, field: str) -> str:
    if field not in fields:
        raise ValueError(f"a {kind} has no translatable field {field!r}; expected one of {', '.join(fields)}")
    return _join(kind, entry_id, field)


def band_key(band_id: str, field: str) -> str:
    return _catalog_key("band", BAND_FIELDS, band_id, field)


def value_key(value_id: str, field: str) -> str:
    return _catalog_key("value", VALUE_FIELDS, value_id, field)


def topic_key(topic_id: str, field: str = "name") -> str:
    return _catalog_key("topic", TOPIC_FIELDS, topic_id, field)


def task_key(card_id: str, field: str) -> str:
    """`task_key("found-money", "teacher")` -> 'task/found-money/teacher'."""
    return _catalog_key("task", TASK_FIELDS, card_id, field)
