"""Read a YAML mapping by its declared content type: required and unknown fields, kinds and limits."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any, NamedTuple

import yaml

from play_for_integrity.content.fields import (
    AssetPath,
    ContentType,
    Field,
    Id,
    Kind,
    ListOf,
    MapOf,
    Nested,
    OneOf,
    Text,
    Whole,
)
from play_for_integrity.content.node_reader import NodeReader


class Item(NamedTuple):
    """One item of a list: its node, and its value (None when it has a problem)."""

    node: yaml.Node
    value: Any


class Entry(NamedTuple):  # a tuple: made for every entry of every map, it costs half a frozen dataclass
    """One `key: value` entry of a map; key and value are None when they have a problem."""

    key_node: yaml.Node
    key: Any
    node: yaml.Node
    value: Any

    @property
    def name(self) -> str:
        """The key as written, even when it is not a valid id."""
        return str(self.key_node.value)


@dataclass
class Record:
    """The fields of one mapping as read by its content type.

    A present field's value is None when it has a problem. A list of plain values reads as [Item], a map
    as [Entry]; a nested content type stays a node (a list of them, a list of nodes) for its builder to read.
    """

    type: ContentType
    label: str
    node: yaml.Node
    nodes: dict[str, yaml.Node] = field(default_factory=dict)
    values: dict[str, Any] = field(default_factory=dict)

    def get(self, name: str) -> Any:
        return self.values.get(name)

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    def complete(self) -> bool:
        """Every required field is present and read without a problem."""
        return all(self.values.get(name) is not None for name in self.type.required)


class RecordReader(NodeReader):
    """A NodeReader that also reads whole mappings, lists and maps by their declaration."""

    def record(self, node: yaml.Node, ctype: ContentType, /, **address: object) -> Record | None:
        """The fields of `node` as a `ctype`; `address` fills the type's label, e.g. node='start'."""
        label = ctype.label.format(**address)
        fields = self.mapping(node, label)
        if fields is None:
            return None
        record = Record(ctype, label, node)
        if ctype.named_label and "id" in fields:  # the id first, so that messages can name the content by it
            own_id = self._read(record, ctype.field("id"), fields["id"][1])
            if own_id is not None:
                record.label = ctype.named_label.format(**{**address, ctype.name: own_id})
        if not (ctype.names.issuperset(fields) and fields.keys() >= ctype.required_names):  # else nothing to say
            self.check_fields(node, fields, record.label, ctype.required, ctype.optional)
        values = record.values
        for declared in ctype.fields:
            name = declared.name
            if name in fields and name not in values:
                self._read(record, declared, fields[name][1])
        return record

    def _read(self, record: Record, declared: Field, node: yaml.Node) -> Any:
        record.nodes[declared.name] = node
        value = self.value(declared.kind, node, declared.label.format(owner=record.label), record.label)
        record.values[declared.name] = value
        return value

    def value(self, kind: Kind, node: yaml.Node, what: str, owner: str) -> Any:
        """The value of `node` read as `kind`; `what` names it in messages, `owner` names what holds it."""
        kind_type = type(kind)
        if kind_type is Id:
            return self.identifier(node, what)
        if kind_type is Text:
            return self.text(node, what, kind.max_length, line_breaks=kind.line_breaks)
        if kind_type is Whole:
            return self.integer(node, what, kind.low, kind.high)
        if kind_type is OneOf:
            return self.choice_of(node, what, kind.values)
        if kind_type is ListOf:
            return self._list(kind, node, what, owner)
        if kind_type is MapOf:
            return self._map(kind, node, what, owner)
        if kind_type is AssetPath:
            return self.asset_path(node, what, kind)
        if kind_type is Nested:
            return node  # its builder reads it as a record (and checks it is one)
        raise TypeError(f"no reader for the kind {kind!r}")  # a new kind added to fields.py but not here

    def _list(self, kind: ListOf, node: yaml.Node, what: str, owner: str) -> list[Any] | None:
        items = self.sequence(node, what, kind.min_items, kind.max_items)
        if items is None or isinstance(kind.item, Nested):
            return items
        found: list[Item] = []
        seen: set[Any] = set()
        for item in items:
            value = self.value(kind.item, item, f"a {kind.item_name}", owner)
            if kind.unique and value is not None and value in seen:
                self.report(item, f"the {kind.item_name} '{value}' is listed twice for {owner}",
                            f"list each {kind.item_name} once")
                value = None
            seen.add(value)
            found.append(Item(item, value))
        return found

    def _map(self, kind: MapOf, node: yaml.Node, what: str, owner: str) -> list[Entry] | None:
        fields = self.mapping(node, what)
        if fields is None:
            return None
        count, entry = len(fields), kind.entry_name
        if count < kind.min_items:
            needed = f"one {entry}" if kind.min_items == 1 else f"{kind.min_items} {entry}s"
            self.report(node, f"{what} is empty" if not count else f"{what} has {count} {entry}s; it needs {needed}",
                        f"add at least {needed}")
            return None
        if kind.max_items is not None and count > kind.max_items:
            self.report(node, f"{owner} has {count} {entry}s; the limit is {kind.max_items}",
                        kind.too_many_hint or f"remove some {entry}s")
            return None
        entries = []
        for name, (key, value) in fields.items():
            read_key = self.value(kind.key, key, kind.key_label, owner)
            read_value = (value if isinstance(kind.value, Nested) else
                          self.value(kind.value, value, kind.value_label.format(key=name), owner))
            entries.append(Entry(key, read_key, value, read_value))
        return entries

    def asset_path(self, node: yaml.Node, what: str, kind: AssetPath) -> str | None:
        """A relative path inside the assets folder with one of the kind's suffixes (existence is the caller's)."""
        path = self.text(node, what, kind.max_length, drawn=False)
        if path is None:
            return None
        rel = PurePosixPath(path.replace("\\", "/"))
        if rel.is_absolute() or ".." in rel.parts or ":" in path:
            self.report(node, f"{what} path '{path}' leaves the assets folder",
                        "give a path inside assets/, relative to it, such as 'images/wallet.png'")
            return None
        if rel.suffix.lower() not in kind.suffixes:
            names = [s.lstrip(".").upper() for s in kind.suffixes]
            self.report(node, f"{what} '{path}' is not a {', '.join(names[:-1])} or {names[-1]} file",
                        f"use a {' or '.join(kind.suffixes)} file")
            return None
        return str(rel)
