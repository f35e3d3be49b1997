"""The building blocks of the content declaration: kinds of value, fields and content types (plain data)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Union

ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}$"
ID_RULE = "lower-case letters a-z, digits, '-' and '_', starting with a letter or digit, at most 64 characters"


@dataclass(frozen=True)
class Id:
    """An id: lower-case letters, digits, '-' and '_' (numbers written bare are read as ids too)."""


@dataclass(frozen=True)
class Text:
    """A text shown to people; `line_breaks` where the screen may show several paragraphs."""

    max_length: int
    line_breaks: bool = False


@dataclass(frozen=True)
class AssetPath:
    """A path inside the assets folder, ending in one of `suffixes`."""

    max_length: int
    suffixes: tuple[str, ...]


@dataclass(frozen=True)
class Whole:
    """A whole number from `low` to `high`."""

    low: int
    high: int


@dataclass(frozen=True)
class OneOf:
    """One of a few fixed words; `meanings` says what each means, for editors and translators."""

    values: tuple[str, ...]
    meanings: tuple[tuple[str, str], ...] = ()

    def meaning(self, value: str) -> str | None:
        return dict(self.meanings).get(value)


@dataclass(frozen=True)
class ListOf:
    """A list of `item`s; messages call one item 'a <item_name>'."""

    item: Kind
    item_name: str
    min_items: int = 0
    max_items: int | None = None
    unique: bool = False


@dataclass(frozen=True)
class MapOf:
    """Entries `key: value`; `value_label` may name the entry's key as {key}."""

    key: Kind
    value: Kind
    key_label: str
    value_label: str
    entry_name: str
    min_items: int = 0
    max_items: int | None = None
    too_many_hint: str = ""


@dataclass(frozen=True)
class Nested:
    """A set of fields of another content type."""

    type: ContentType


Kind = Union[Id, Text, AssetPath, Whole, OneOf, ListOf, MapOf, Nested]
LEAF_KINDS = (Id, Text, AssetPath, Whole, OneOf)


@dataclass(frozen=True)
class Translation:
    """How a text reaches translators: its msgctxt template and what they are told it is."""

    context: str  # e.g. "{scenario}/{node}/{choice}/text"; {number} counts list items from 1
    note: str     # e.g. "Choice “{choice}” at step “{node}”"


@dataclass(frozen=True)
class Field:
    """One field of a content type: its name, kind, how messages name it, and what it is for."""

    name: str
    kind: Kind
    label: str        # in messages; {owner} is replaced by how the content it belongs to is named
    description: str  # for the JSON Schema (editor hover)
    required: bool = True
    translation: Translation | None = None

    def limit(self) -> int | None:
        """The length limit of the text (of each item, for a list of texts)."""
        kind = self.kind.item if isinstance(self.kind, ListOf) else self.kind
        return kind.max_length if isinstance(kind, (Text, AssetPath)) else None


@dataclass(frozen=True)
class ContentType:
    """A kind of content (a scenario, a choice, a task card ...): its fields in the order authors write them."""

    name: str           # also its part of a translation address: {scenario}, {node}, {task} ...
    description: str
    fields: tuple[Field, ...]
    label: str          # how messages name one; may use the address, e.g. "node '{node}'"
    named_label: str = ""  # when its own id is readable, e.g. "the task card '{task}'"
    about: str = ""        # the translator comment on the content a text belongs to

    def get(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)

    def field(self, name: str) -> Field:
        found = self.get(name)
        if found is None:
            raise KeyError(f"a {self.name} has no field {name!r}")
        return found

    # Worked out once per type (a cached_property fills the instance's __dict__ directly, so frozen is kept):
    # a 1,000-file folder reads these some 50,000 times.
    @functools.cached_property
    def required(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.required)

    @functools.cached_property
    def optional(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if not f.required)

    @functools.cached_property
    def names(self) -> frozenset[str]:
        """Every field name, required or optional."""
        return frozenset(f.name for f in self.fields)

    @functools.cached_property
    def required_names(self) -> frozenset[str]:
        return frozenset(self.required)

    @property
    def translated(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.translation is not None)

    def context(self, name: str, **address: object) -> str:
        """The msgctxt of the translated field `name` at `address` (ids by content type, and number)."""
        found = self.get(name)
        if found is None or found.translation is None:
            raise ValueError(f"a {self.name} has no translatable field {name!r}; "
                             f"expected one of {', '.join(self.translated)}")
        return found.translation.context.format(**address)
