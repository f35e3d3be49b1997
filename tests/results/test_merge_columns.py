"""The checks a session's answers and participants pass a column at a time say exactly what the one-by-one checks
say: a value the close look refuses is never let through the quick one, and the messages are the same."""

from __future__ import annotations

import copy
import json
import math

import pytest

from play_for_integrity.results import json_check
from play_for_integrity.results.export_json import write_json
from play_for_integrity.results.store import ResultsStore
from tests.results.conftest import record_class


@pytest.fixture(scope="module")
def session(tmp_path_factory) -> dict:
    """A valid exported session of a small class (two pupils, four answers, times in the store's form)."""
    folder = tmp_path_factory.mktemp("columns")
    with ResultsStore.open(folder / "pc") as other:
        sid = record_class(other)
        path = write_json([other.session(sid)], folder / "pc.json")
    return json.loads(path.read_text(encoding="utf-8"))["sessions"][0]


def problems(s: dict, quick: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], set[str]]:
    """The problems a fresh checker finds in `s` (with or without the column checks), and the UUIDs it kept."""
    with monkeypatch.context() as patch:
        if not quick:
            patch.setattr(json_check.Checker, "_fine_answers", lambda self, answers, members: False)
            patch.setattr(json_check.Checker, "_fine_people", lambda self, people: None)
        checker = json_check.Checker()
        checker.session(copy.deepcopy(s), "sessions[0]")
    return checker.problems, checker.seen_uuids


NAN, INF = float("nan"), float("inf")
OTHER = "0b7e2d42-5f3c-4a7e-9d0e-2f1c3b4a5d6e"
TRICKY = [True, False, None, 0, 1, -1, 1.0, 2 ** 70, -(2 ** 70), NAN, INF, -INF, "", "x" * 41, "x" * 101, "a\nb",
          "ok\u202e", "\ud800", [], {}, ["stay"], OTHER, OTHER.upper(), OTHER + "\n" + OTHER,
          "2024-02-29T10:00:00.000+00:00", "2023-02-29T10:00:00.000+00:00", "2024-04-31T10:00:00.000+00:00",
          "2024-01-01T24:00:00.000+00:00", "2024-01-01T10:60:00.000+00:00", "1899-12-31T23:59:59.999+00:00",
          "3000-01-01T00:00:00.000+00:00", "2024-01-01T10:00:00Z", "2024-01-01T10:00:00.000+05:00",
          "2024-01-01T10:00:00.000+00:00\n", "２０24-01-01T10:00:00.000+00:00", "ladder", "snake ", "honesty"]
ANSWER_FIELDS = sorted(json_check.ANSWER_KEYS)
PARTICIPANT_FIELDS = sorted(json_check.PARTICIPANT_KEYS)


def test_a_valid_session_passes_the_column_checks(session, monkeypatch):
    calls: list[object] = []
    fine_answers, fine_people = json_check.Checker._fine_answers, json_check.Checker._fine_people
    monkeypatch.setattr(json_check.Checker, "_fine_answers", lambda *a: calls.append(fine_answers(*a)) or calls[-1])
    monkeypatch.setattr(json_check.Checker, "_fine_people", lambda *a: calls.append(fine_people(*a)) or calls[-1])
    checker = json_check.Checker()
    checker.session(copy.deepcopy(session), "sessions[0]")
    assert checker.problems == []
    assert calls[0] == {p["uuid"] for p in session["participants"]} and calls[1] is True
    kept = {session["uuid"]} | {p["uuid"] for p in session["participants"]} | {a["uuid"] for a in session["answers"]}
    assert checker.seen_uuids == kept


@pytest.mark.parametrize(("part", "field"), [("answers", field) for field in ANSWER_FIELDS]
                         + [("participants", field) for field in PARTICIPANT_FIELDS])
def test_any_odd_value_in_an_answer_or_a_participant_is_judged_as_the_close_look_judges_it(session, monkeypatch,
                                                                                           part, field):
    for value in TRICKY:
        changed = copy.deepcopy(session)
        changed[part][1][field] = value
        quick, slow = problems(changed, True, monkeypatch), problems(changed, False, monkeypatch)
        assert quick == slow, f"{part}: {field} = {value!r}"


@pytest.mark.parametrize("where", ["answers/2/effects", "participants/0/profile"])
def test_any_odd_grade_is_judged_as_the_close_look_judges_it(session, monkeypatch, where):
    kind, index, field = where.split("/")
    for value in TRICKY + [2, 3, -3, 1_000_000, 1_000_001]:
        for key in ("honesty", "", "x" * 101, "a\tb"):
            changed = copy.deepcopy(session)
            changed[kind][int(index)][field][key] = value
            quick, slow = problems(changed, True, monkeypatch), problems(changed, False, monkeypatch)
            assert quick == slow, f"{where}[{key!r}] = {value!r}"


def shapes(session: dict) -> dict[str, object]:
    """Changes to the shape of a session: missing and extra fields, repeated UUIDs, things that are not objects."""
    first_answer, first_person = session["answers"][0], session["participants"][0]
    return {
        "an answer without its votes": ("answers", 1, {k: v for k, v in first_answer.items() if k != "votes"}),
        "an answer with an extra field": ("answers", 1, {**first_answer, "uuid": OTHER, "note": "x"}),
        "an answer twice": ("answers", 1, first_answer),
        "an answer with a participant's UUID": ("answers", 1, {**first_answer, "uuid": first_person["uuid"]}),
        "an answer that is a list": ("answers", 1, list(first_answer.values())),
        "an answer that is text": ("answers", 1, "answer"),
        "a participant twice": ("participants", 1, first_person),
        "a participant without a profile": ("participants", 1, {k: v for k, v in first_person.items()
                                                                if k != "profile"}),
        "a participant that is a list": ("participants", 1, list(first_person.values())),
        "a participant with an extra field": ("participants", 1, {**first_person, "uuid": OTHER, "age": 12}),
    }


SHAPES = ("an answer without its votes", "an answer with an extra field", "an answer twice",
          "an answer with a participant's UUID", "an answer that is a list", "an answer that is text",
          "a participant twice", "a participant without a profile", "a participant that is a list",
          "a participant with an extra field")


@pytest.mark.parametrize("name", SHAPES)
def test_odd_shapes_are_judged_as_the_close_look_judges_them(session, monkeypatch, name):
    kind, index, item = shapes(session)[name]
    changed = copy.deepcopy(session)
    changed[kind][index] = copy.deepcopy(item)
    quick, slow = problems(changed, True, monkeypatch), problems(changed, False, monkeypatch)
    assert quick == slow and quick[0], name


def test_a_uuid_met_in_an_earlier_session_is_refused_by_the_column_checks(session):
    checker = json_check.Checker()
    checker.session(copy.deepcopy(session), "sessions[0]")
    again = copy.deepcopy(session)
    again["uuid"] = OTHER
    checker.session(again, "sessions[1]")
    assert any("sessions[1].participants[0].uuid" in problem and "appears twice" in problem
               for problem in checker.problems)
    assert any("sessions[1].answers[0].uuid" in problem for problem in checker.problems)


def test_nan_hidden_behind_a_larger_number_is_still_refused(session):
    changed = copy.deepcopy(session)
    changed["answers"][0]["seconds"], changed["answers"][1]["seconds"] = 5.0, NAN  # max() steps over the NaN
    checker = json_check.Checker()
    checker.session(changed, "sessions[0]")
    assert [p for p in checker.problems if "answers[1].seconds" in p], checker.problems
    assert math.isnan(changed["answers"][1]["seconds"])
