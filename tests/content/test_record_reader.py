"""Fields read by their declaration: lists and maps keep their limits and name the place of each problem."""

from __future__ import annotations

import yaml

from play_for_integrity.content.declaration import SCENARIO, TASK
from play_for_integrity.content.record_reader import RecordReader


def read(text: str, ctype=SCENARIO):
    reader = RecordReader("x.yaml", text)
    record = reader.record(yaml.compose(text), ctype)
    return record, [f"{p.line}:{p.column}: {p.message}" for p in reader.problems]


def test_an_empty_map_and_a_map_over_its_limit_are_named():
    _, found = read("nodes: {}\n")
    assert "1:8: nodes is empty" in found
    many = "nodes:\n" + "".join(f"  n{i}: {{story: x}}\n" for i in range(41))
    _, found = read(many)
    assert "2:3: the scenario has 41 nodes; the limit is 40" in found


def test_a_list_item_listed_twice_is_named_with_its_owner():
    record, found = read("id: tell\nvalues: [courage, courage]\n", TASK)
    assert found[-1] == "2:19: the value 'courage' is listed twice for the task card 'tell'"
    assert [item.value for item in record["values"]] == ["courage", None]


def test_a_present_field_with_a_problem_reads_as_none_and_the_record_is_incomplete():
    record, found = read("id: Bad Id\n", TASK)
    assert record.get("id") is None and not record.complete()
    assert found[0] == "1:5: the task card id 'Bad Id' is not a valid id"
    assert "1:1: a task card is missing the field 'kind'" in found


def test_an_image_of_another_type_names_the_allowed_ones():
    _, found = read("image: images/card.gif\n")
    assert "1:8: the image 'images/card.gif' is not a PNG, JPG or JPEG file" in found
