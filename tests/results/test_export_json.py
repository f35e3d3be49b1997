"""The JSON export: complete, versioned, valid against export.schema.json, and checked the same way on merge."""

from __future__ import annotations

import copy
import json

import jsonschema
import pytest

from play_for_integrity.results.export_json import FORMAT, SCHEMA_FILE, VERSION, export_document, write_json
from play_for_integrity.results.json_check import export_problems


@pytest.fixture
def schema():
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


@pytest.fixture
def document(store, class_session, vote_session):
    return export_document([store.session(class_session), store.session(vote_session)])


def test_schema_is_a_valid_draft_07_schema(schema):
    jsonschema.Draft7Validator.check_schema(schema)


def test_export_validates_against_the_schema(schema, document):
    jsonschema.Draft7Validator(schema).validate(document)


def test_export_names_its_format_and_version(document):
    assert (document["format"], document["version"]) == (FORMAT, VERSION)


def test_export_file_keeps_cyrillic_readable(store, class_session, tmp_path):
    out = write_json([store.session(class_session)], tmp_path / "e.json")
    text = out.read_text(encoding="utf-8")
    assert "Аружан" in text and "7Б" in text


def test_export_holds_every_answer_and_profile(store, class_session, document):
    session = document["sessions"][0]
    stored = store.session(class_session)
    assert [a["uuid"] for a in session["answers"]] == [a.uuid for a in stored.answers]
    assert session["participants"][0]["profile"] == stored.participants[0].profile
    assert session["answers"][1]["effects"] == {"honesty": -2, "fairness": -1}


def test_vote_counts_are_exported(document):
    assert [a["votes"] for a in document["sessions"][1]["answers"]] == [18, 6]


def test_merge_check_accepts_what_the_export_writes(document):
    assert export_problems(document) == []


def tampered(document, change):
    bad = copy.deepcopy(document)
    change(bad)
    return bad


TAMPERINGS = {
    "effect out of range": lambda d: d["sessions"][0]["answers"][0]["effects"].update(honesty=5),
    "unknown board move": lambda d: d["sessions"][0]["answers"][0].update(board="rocket"),
    "zero votes": lambda d: d["sessions"][1]["answers"][0].update(votes=0),
    "bad uuid": lambda d: d["sessions"][0].update(uuid="not-a-uuid"),
    "missing field": lambda d: d["sessions"][0]["participants"][0].pop("nickname"),
    "extra field": lambda d: d["sessions"][0].update(teacher="Иванова"),
    "bad time": lambda d: d["sessions"][0].update(started_at="yesterday"),
    "unknown mode": lambda d: d["sessions"][0].update(mode="race"),
    "wrong format": lambda d: d.update(format="something-else"),
    "sessions not a list": lambda d: d.update(sessions={}),
}


@pytest.mark.parametrize("name", TAMPERINGS)
def test_schema_and_merge_check_both_reject_tampering(schema, document, name):
    bad = tampered(document, TAMPERINGS[name])
    assert not jsonschema.Draft7Validator(schema).is_valid(bad)
    assert export_problems(bad)


def test_merge_check_rejects_an_answer_of_a_stranger(document):
    bad = tampered(document, lambda d: d["sessions"][0]["answers"][0].update(
        participant=d["sessions"][1]["participants"][0]["uuid"]))
    assert any("not a participant of this session" in p for p in export_problems(bad))


def test_merge_check_rejects_a_uuid_used_twice(document):
    bad = tampered(document, lambda d: d["sessions"][1].update(uuid=d["sessions"][0]["uuid"]))
    assert any("appears twice" in p for p in export_problems(bad))


def test_newer_format_version_is_refused_with_advice(document):
    bad = tampered(document, lambda d: d.update(version=VERSION + 1))
    assert "newer version" in export_problems(bad)[0]
