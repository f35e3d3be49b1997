"""The content declaration is complete and agrees with the model it fills."""

from __future__ import annotations

import dataclasses

import pytest

from play_for_integrity.content import model
from play_for_integrity.content.declaration import TYPES, declared
from play_for_integrity.content.fields import ListOf, MapOf, Nested, Text
from play_for_integrity.content.task_cards import TaskCard

MODELS = [model.Scenario, model.StoryNode, model.Choice, model.Provenance, model.Band, model.Value, model.Topic,
          TaskCard]


@pytest.mark.parametrize("cls", MODELS, ids=lambda c: c.__name__)
def test_every_declared_field_has_a_place_in_its_model(cls):
    ctype = declared(cls.declared_as)
    assert {f.name for f in ctype.fields} <= {f.name for f in dataclasses.fields(cls)}


@pytest.mark.parametrize("ctype", TYPES.values(), ids=lambda t: t.name)
def test_every_field_is_described_and_labelled(ctype):
    assert ctype.description and ctype.label
    for field in ctype.fields:
        assert field.description.strip() and field.label.strip(), field.name


@pytest.mark.parametrize("ctype", TYPES.values(), ids=lambda t: t.name)
def test_only_texts_are_translated_and_their_limit_is_known(ctype):
    for field in ctype.fields:
        if field.translation is not None:
            kind = field.kind.item if isinstance(field.kind, ListOf) else field.kind
            assert isinstance(kind, Text) and field.limit() == kind.max_length


def test_nested_types_are_declared_types():
    for ctype in TYPES.values():
        for field in ctype.fields:
            kind = field.kind
            inner = kind.item if isinstance(kind, ListOf) else kind.value if isinstance(kind, MapOf) else kind
            if isinstance(inner, Nested):
                assert TYPES[inner.type.name] is inner.type


def test_an_unknown_type_or_field_is_named():
    with pytest.raises(ValueError, match="no content type 'scene'"):
        declared("scene")
    with pytest.raises(KeyError, match="a choice has no field 'txt'"):
        declared("choice").field("txt")
