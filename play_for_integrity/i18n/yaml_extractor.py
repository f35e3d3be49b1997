"""A Babel extractor for the content YAML: scenarios, task cards and the bands/values/topics catalogs.

Each text is yielded as pgettext(context, English text) with its line and a translator comment
naming what it is, its scenario or task card and band, and its length limit. Files it does not
understand and files that do not parse are skipped with a warning.

Registered as the `babel.extractors` entry point `play_for_integrity_yaml`; babel.cfg names it by
its dotted path, so it also works without installing the package.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from typing import IO, Any

import yaml

from play_for_integrity.content import model, task_cards
from play_for_integrity.content.problems import ContentError, display_path
from play_for_integrity.content.yaml_source import load_bytes
from play_for_integrity.i18n import content_keys as keys

log = logging.getLogger(__name__)

TAG_STR = "tag:yaml.org,2002:str"
CONTEXT_FUNCTION = "pgettext"


@dataclass(frozen=True)
class ContentMessage:
    """One translatable content text: where it is, its context, and what the translator should know."""

    line: int
    context: str
    text: str
    comments: tuple[str, ...]


class NotContent(Exception):
    """The file is YAML, but not a scenario, task or catalog file the extractor knows."""


def _fields(node: yaml.Node | None) -> dict[str, yaml.Node]:
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {k.value: v for k, v in node.value if isinstance(k, yaml.ScalarNode) and isinstance(k.value, str)}


def _text(node: yaml.Node | None) -> str | None:
    """The text of a plain string scalar, stripped as the content loader strips it; None otherwise."""
    if isinstance(node, yaml.ScalarNode) and node.tag == TAG_STR and node.value.strip():
        return node.value.strip()
    return None


def _scalar(node: yaml.Node | None) -> str | None:
    return node.value if isinstance(node, yaml.ScalarNode) and str(node.value).strip() else None


def _items(node: yaml.Node | None) -> list[yaml.Node]:
    return list(node.value) if isinstance(node, yaml.SequenceNode) else []


def _message(node: yaml.Node | None, context: str, what: str, limit: int, about: str) -> Iterator[ContentMessage]:
    text = _text(node)
    if text is not None and node is not None:
        comments = (f"{what}; max {limit} characters (English).", about)
        yield ContentMessage(node.start_mark.line + 1, context, text, comments)


def _scenario_messages(fields: dict[str, yaml.Node]) -> Iterator[ContentMessage]:
    sid = _scalar(fields.get("id"))
    if sid is None:
        raise NotContent("a scenario without an 'id', so its strings would have no stable context")
    title = _text(fields.get("title")) or sid
    band = _scalar(fields.get("band")) or "?"
    about = f"Scenario “{title}” ({sid}), age band {band}."
    for name, node in fields.items():
        if name == "title":
            yield from _message(node, keys.title_key(sid), "Scenario title", model.TITLE_MAX, about)
        elif name == "objective":
            yield from _message(node, keys.objective_key(sid), "Learning objective (for the teacher)",
                                model.OBJECTIVE_MAX, about)
        elif name == "nodes":
            for node_id, story_node in _fields(node).items():
                yield from _node_messages(sid, node_id, _fields(story_node), about)
        elif name == "discussion":
            for number, item in enumerate(_items(node), 1):
                yield from _message(item, keys.discussion_key(sid, number), f"Discussion question {number}",
                                    model.QUESTION_MAX, about)


def _node_messages(sid: str, node_id: str, fields: dict[str, yaml.Node], about: str) -> Iterator[ContentMessage]:
    for name, node in fields.items():
        if name == "story":
            yield from _message(node, keys.story_key(sid, node_id), f"Story of step “{node_id}”",
                                model.STORY_MAX, about)
        elif name == "choices":
            for item in _items(node):
                choice = _fields(item)
                cid = _scalar(choice.get("id"))
                if cid is None:
                    continue
                yield from _message(choice.get("text"), keys.choice_text_key(sid, node_id, cid),
                                    f"Choice “{cid}” at step “{node_id}”", model.CHOICE_MAX, about)
                yield from _message(choice.get("feedback"), keys.feedback_key(sid, node_id, cid),
                                    f"Feedback after choice “{cid}” at step “{node_id}”",
                                    model.FEEDBACK_MAX, about)


# What the team does for each kind of task card, so translators can picture the card.
_TASK_KIND_NOTES = {
    "name": "the team names or lists things aloud",
    "act": "the team acts out a short scene",
    "discuss": "the team discusses a quick case and agrees on an answer",
    "draw": "the team draws or designs something, such as a poster",
}


def _task_messages(fields: dict[str, yaml.Node]) -> Iterator[ContentMessage]:
    band = _scalar(fields.get("band")) or "?"
    audience = "for every age band" if band == task_cards.ALL_BANDS else f"age band {band}"
    for item in _items(fields.get("cards")):
        card = _fields(item)
        card_id = _scalar(card.get("id"))
        if card_id is None:
            continue
        kind = _scalar(card.get("kind")) or "?"
        about = f"Task card “{card_id}” ({_TASK_KIND_NOTES.get(kind, f'kind {kind}')}), {audience}."
        yield from _message(card.get("text"), keys.task_key(card_id, "text"),
                            "Task card, read aloud to the class", task_cards.TEXT_MAX, about)
        yield from _message(card.get("teacher"), keys.task_key(card_id, "teacher"),
                            "When the teacher judges the task right (shown small to the teacher)",
                            task_cards.TEACHER_MAX, about)


_CATALOG_FIELDS: dict[str, tuple[str, Any, dict[str, tuple[str, int]]]] = {
    "bands": ("band", keys.band_key, {
        "name": ("Age band name", model.NAME_MAX),
        "grades": ("School grades of an age band", model.NAME_MAX),
        "description": ("Age band description", model.DESCRIPTION_MAX),
    }),
    "values": ("value", keys.value_key, {
        "name": ("Integrity value name", model.NAME_MAX),
        "description": ("Integrity value description", model.DESCRIPTION_MAX),
    }),
    "topics": ("topic", keys.topic_key, {
        "name": ("Topic of scenarios", model.NAME_MAX),
    }),
}


def _catalog_messages(section: str, node: yaml.Node) -> Iterator[ContentMessage]:
    kind, key_of, wanted = _CATALOG_FIELDS[section]
    for item in _items(node):
        fields = _fields(item)
        entry_id = _scalar(fields.get("id"))
        if entry_id is None:
            continue
        for name, value in fields.items():
            if name in wanted:
                what, limit = wanted[name]
                yield from _message(value, key_of(entry_id, name), what, limit, f"The {kind} with id “{entry_id}”.")


def content_messages(root: yaml.Node) -> list[ContentMessage]:
    """Every translatable text of a composed content file, in document order."""
    fields = _fields(root)
    if "nodes" in fields:
        return list(_scenario_messages(fields))
    if "cards" in fields:
        return list(_task_messages(fields))
    sections = [name for name in fields if name in _CATALOG_FIELDS]
    if not sections:
        raise NotContent("neither a scenario (no 'nodes'), a task file (no 'cards') nor a bands/values/topics file")
    return [message for name in sections for message in _catalog_messages(name, fields[name])]


def extract_yaml(fileobj: IO[bytes], keywords: Collection[str] | Mapping[str, Any], comment_tags: Collection[str],
                 options: Mapping[str, Any]) -> Iterator[tuple[int, str, tuple[str, str], list[str]]]:
    """Babel's extractor protocol: yield (line, 'pgettext', (context, text), translator comments)."""
    name = display_path(getattr(fileobj, "name", "<content file>"))
    if CONTEXT_FUNCTION not in keywords:
        log.warning("%s: skipped: the keyword '%s' is switched off, and content strings need their context",
                    name, CONTEXT_FUNCTION)
        return
    try:
        root = load_bytes(fileobj.read(), name)
        messages = content_messages(root)
    except ContentError as err:
        log.warning("%s: skipped, no strings extracted: %s", name, err.problems[0])
        return
    except NotContent as err:
        log.warning("%s: skipped, no strings extracted: %s", name, err)
        return
    for message in messages:
        yield message.line, CONTEXT_FUNCTION, (message.context, message.text), list(message.comments)
