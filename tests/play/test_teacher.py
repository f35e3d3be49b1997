"""The teacher view's rules without a screen: the PIN gate, its wait, and what needs the PIN first."""

from __future__ import annotations

import pytest

from play_for_integrity.play.teacher import (LONGEST_WAIT, PIN_EMPTY, PIN_TOO_SHORT, PIN_WRONG, PINS_DIFFER,
                                             TRIES_BEFORE_WAIT, WAIT, AddDemoClass, DeleteSession, EnterPin, SetPin)

from .conftest import BAND


@pytest.fixture
def desk(session):
    return session.teacher


def test_the_first_pin_is_set_typed_twice(desk, session):
    assert not desk.has_pin
    assert desk.dispatch(SetPin("12", "12")).reason == PIN_TOO_SHORT
    assert desk.dispatch(SetPin("2468", "2469")).reason == PINS_DIFFER
    assert desk.dispatch(SetPin("2468", "2468")).accepted and desk.has_pin and desk.unlocked
    assert session.results.open().check_pin("2468")


def test_wrong_pins_lead_to_a_growing_wait(session):
    session.results.open().set_pin("2468")
    desk = session.teacher
    assert desk.dispatch(EnterPin("")).reason == PIN_EMPTY
    for _ in range(TRIES_BEFORE_WAIT - 1):
        assert desk.dispatch(EnterPin("1111")).reason == PIN_WRONG
    assert desk.dispatch(EnterPin("1111")).reason == WAIT and desk.wait > 0
    assert desk.dispatch(EnterPin("2468")).reason == WAIT, "while waiting even the right PIN is not tried"
    first_wait = desk.wait
    desk.tick(first_wait)
    for _ in range(TRIES_BEFORE_WAIT):
        desk.dispatch(EnterPin("1111"))
    assert first_wait < desk.wait <= LONGEST_WAIT
    desk.tick(LONGEST_WAIT)
    assert desk.dispatch(EnterPin("2468")).accepted and desk.failures == 0


def test_changing_the_results_needs_the_pin(session, library):
    session.results.open().set_pin("2468")
    desk = session.teacher
    refused = desk.dispatch(AddDemoClass("Demo", "en"))
    assert not refused.accepted and "PIN" in refused.reason
    assert desk.dispatch(EnterPin("2468")).accepted
    assert desk.dispatch(AddDemoClass("Demo", "en")).accepted
    [summary] = desk.sessions()
    assert summary.band == BAND
    report = desk.report(summary.uuid)
    assert report.data.class_name == "Demo" and report.profiles
    assert desk.dispatch(DeleteSession(summary.uuid)).accepted and desk.sessions() == []


def test_a_store_that_cannot_open_is_explained(session, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    session.results.data_dir = blocker
    problem = session.teacher.open_problem()
    assert problem and str(blocker) in problem
