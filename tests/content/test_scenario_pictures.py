"""A scenario's picture names people and objects of the shipped picture library, checked at file:line:col."""

from __future__ import annotations

import pytest

from play_for_integrity import paths
from play_for_integrity.content.catalogs import load_catalogs
from play_for_integrity.content.problems import ContentError
from play_for_integrity.content.scenario_parser import parse_scenario

SOURCE = (paths.scenarios_dir() / "6-10" / "bus-seat-fee.yaml").read_text(encoding="utf-8")
CATALOGS = load_catalogs(paths.scenarios_dir())


def test_a_shipped_picture_reads_as_its_people_and_objects():
    scenario = parse_scenario(SOURCE.encode(), "bus.yaml", CATALOGS, paths.assets_dir())
    assert scenario.picture is not None and scenario.picture.people


def test_unknown_people_and_objects_are_refused_where_they_stand():
    text = SOURCE.replace("people: [", "people: [astronaut, ", 1).replace("objects: [bus", "objects: [rocket", 1)
    with pytest.raises(ContentError) as caught:
        parse_scenario(text.encode(), "bus.yaml", CATALOGS, paths.assets_dir())
    messages = [p.message for p in caught.value.problems]
    assert any("the person 'astronaut'" in m for m in messages) and any("the object 'rocket'" in m for m in messages)
    line = next(n for n, l in enumerate(text.splitlines(), 1) if "astronaut" in l)
    assert any(p.line == line for p in caught.value.problems)
