"""A Babel extractor for the content YAML: scenarios, task cards and the bands/values/topics catalogs.

It walks the content declaration: each translated field is yielded as pgettext(context, English text)
with its line and a translator comment naming what it is, its scenario or task card and band, and its
length limit, all as declared. Files it does not understand and files that do not parse are skipped
with a warning.

Registered as the `babel.extractors` entry point `play_for_integrity_yaml`; babel.cfg names it by
its dotted path, so it also works without installing the package.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from typing import IO, Any

import yaml

from play_for_integrity.content.declaration import CATALOG_FILE_TYPES, SCENARIO, TASK_FILE
from play_for_integrity.content.fields import ContentType, Field, ListOf, MapOf, Nested, OneOf, Text
from play_for_integrity.content.problems import ContentError, display_path
from play_for_integrity.content.task_cards import ALL_BANDS
from play_for_integrity.content.yaml_source import load_bytes

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


def _message(node: yaml.Node | None, field: Field, address: dict[str, object], about: str) -> Iterator[ContentMessage]:
    text = _text(node)
    if text is not None and node is not None and field.translation is not None:
        what = field.translation.note.format(**address)
        comments = (f"{what}; max {field.limit()} characters (English).", about)
        yield ContentMessage(node.start_mark.line + 1, field.translation.context.format(**address), text, comments)


def _facts(ctype: ContentType, fields: dict[str, yaml.Node], address: dict[str, object]) -> dict[str, object]:
    """What a content type's translator comment may name: its plain fields, a fixed word by its meaning."""
    facts: dict[str, object] = {}
    for declared in ctype.fields:
        raw = _scalar(fields.get(declared.name))
        if isinstance(declared.kind, OneOf):
            facts[declared.name] = (raw and declared.kind.meaning(raw)) or f"{declared.name} {raw or '?'}"
        elif isinstance(declared.kind, Text):  # a missing text is named by the content's id
            facts[declared.name] = _text(fields.get(declared.name)) or address.get(ctype.name) or "?"
        elif not isinstance(declared.kind, (ListOf, MapOf, Nested)):
            facts[declared.name] = raw or "?"
    return facts


def _walk(ctype: ContentType, fields: dict[str, yaml.Node], address: dict[str, object],
          facts: dict[str, object]) -> Iterator[ContentMessage]:
    """The translated texts of one piece of content and of the content inside it, in document order."""
    facts = {**facts, **_facts(ctype, fields, address)}
    about = ctype.about.format(**{**facts, **address}) if ctype.about else str(facts.get("about", ""))
    facts["about"] = about
    for name, node in fields.items():
        declared = ctype.get(name)
        kind = declared.kind if declared is not None else None
        if declared is not None and declared.translation is not None:
            if isinstance(kind, ListOf):
                for number, item in enumerate(_items(node), 1):
                    yield from _message(item, declared, {**address, "number": number}, about)
            else:
                yield from _message(node, declared, address, about)
        elif isinstance(kind, Nested):
            yield from _walk(kind.type, _fields(node), address, facts)
        elif isinstance(kind, ListOf) and isinstance(kind.item, Nested):
            for item in _items(node):
                inner = _fields(item)
                yield from _within(kind.item.type, inner, _scalar(inner.get("id")), address, facts)
        elif isinstance(kind, MapOf) and isinstance(kind.value, Nested):
            for key, value in _fields(node).items():
                yield from _within(kind.value.type, _fields(value), key, address, facts)


def _within(ctype: ContentType, fields: dict[str, yaml.Node], own_id: str | None, address: dict[str, object],
            facts: dict[str, object]) -> Iterator[ContentMessage]:
    if own_id is not None:  # without an id its texts would have no stable context
        yield from _walk(ctype, fields, {**address, ctype.name: own_id}, facts)


def content_messages(root: yaml.Node) -> list[ContentMessage]:
    """Every translatable text of a composed content file, in document order."""
    fields = _fields(root)
    if "nodes" in fields:
        sid = _scalar(fields.get("id"))
        if sid is None:
            raise NotContent("a scenario without an 'id', so its strings would have no stable context")
        return list(_walk(SCENARIO, fields, {SCENARIO.name: sid}, {}))
    if "cards" in fields:
        band = _scalar(fields.get("band")) or "?"
        audience = "for every age band" if band == ALL_BANDS else f"age band {band}"
        return list(_walk(TASK_FILE, fields, {}, {"audience": audience}))
    by_list = {catalog.fields[0].name: catalog for catalog in CATALOG_FILE_TYPES}
    sections = [name for name in fields if name in by_list]
    if not sections:
        raise NotContent("neither a scenario (no 'nodes'), a task file (no 'cards') nor a bands/values/topics file")
    return [message for name in sections for message in _walk(by_list[name], {name: fields[name]}, {}, {})]


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
