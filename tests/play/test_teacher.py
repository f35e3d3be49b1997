"""The teacher view's rules without a screen: the PIN gate, its wait, and what needs the PIN first."""

from __future__ import annotations

import pytest

from play_for_integrity.play.teacher import (LONGEST_WAIT, PIN_EMPTY, PIN_TOO_SHORT, PIN_WRONG, PINS_DIFFER,
                                             TRIES_BEFORE_WAIT, WAIT, AddDemoClass, DeleteSession, EnterPin, SetPin)
from play_for_integrity.results.errors import ResultsError

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


def test_a_trivial_pin_is_refused_with_its_own_message(desk):
    from play_for_integrity.play.teacher import PIN_MESSAGES, PIN_TOO_EASY

    for pin in ("0000", "1234", "4321", "777777", "98765"):
        assert desk.dispatch(SetPin(pin, pin)).reason == PIN_TOO_EASY
    assert not desk.has_pin and not desk.unlocked and PIN_TOO_EASY in PIN_MESSAGES


@pytest.mark.parametrize("pin_set", [False, True])
def test_nothing_of_the_results_is_read_before_the_pin(session, library, pin_set):
    from play_for_integrity.play.teacher import LOCKED
    from play_for_integrity.results.demo_class import fill_demo_class
    from play_for_integrity.results.errors import ResultsError

    store = session.results.open()
    sid = fill_demo_class(store, library, "Demo", language="en", pupils=3)
    if pin_set:
        store.set_pin("2468")
    desk = session.teacher
    data = store.session(sid)
    for read in (desk.sessions, lambda: desk.session(sid), lambda: desk.report(sid),
                 lambda: desk.export(data, "csv", session.tr)):
        with pytest.raises(ResultsError, match=LOCKED):
            read()


def restarted(session, clock):
    """The teacher view of a new run of the game on the same computer."""
    from play_for_integrity.play.teacher import TeacherDesk

    return TeacherDesk(session.results, session.library, session.data_dir, clock=clock)


def test_the_wait_after_wrong_pins_survives_a_restart(session):
    from play_for_integrity.play.teacher import WAIT_SECONDS

    session.results.open().set_pin("2468")
    now = [1_000_000.0]
    desk = restarted(session, lambda: now[0])
    for _ in range(TRIES_BEFORE_WAIT):
        desk.dispatch(EnterPin("1111"))
    assert desk.wait == WAIT_SECONDS
    now[0] += 10
    again = restarted(session, lambda: now[0])
    assert again.has_pin and again.wait == WAIT_SECONDS - 10
    assert again.dispatch(EnterPin("2468")).reason == WAIT
    now[0] += WAIT_SECONDS
    later = restarted(session, lambda: now[0])
    for _ in range(TRIES_BEFORE_WAIT - 1):
        assert later.dispatch(EnterPin("1111")).reason == PIN_WRONG
    assert later.dispatch(EnterPin("1111")).reason == WAIT
    assert later.wait == 2 * WAIT_SECONDS, "the count went on across the restarts, so the wait grew"


def test_a_clock_set_back_cannot_stretch_the_wait(session):
    store = session.results.open()
    store.set_pin("2468")
    store.set_pin_wait(TRIES_BEFORE_WAIT, 10.0 ** 12)  # written by a clock set far ahead, or tampered
    desk = restarted(session, lambda: 1_000_000.0)
    assert desk.open_problem() is None and desk.wait == LONGEST_WAIT


def test_the_right_pin_clears_the_stored_count(session):
    store = session.results.open()
    store.set_pin("2468")
    desk = restarted(session, lambda: 5_000.0)
    assert desk.dispatch(EnterPin("1111")).reason == PIN_WRONG
    assert store.pin_wait()[0] == 1
    assert desk.dispatch(EnterPin("2468")).accepted and store.pin_wait()[0] == 0


def test_a_year_9999_session_shows_in_utc_plus_5(session, library, monkeypatch):
    import time

    from play_for_integrity.results.demo_class import fill_demo_class

    if not hasattr(time, "tzset"):
        pytest.skip("needs time.tzset")
    store = session.results.open()
    sid = fill_demo_class(store, library, "Demo", language="en", pupils=3)
    store.connection.execute("UPDATE session SET started_at = '9999-12-31T23:59:59.000+00:00'")
    store.set_pin("2468")
    desk = session.teacher
    assert desk.dispatch(EnterPin("2468")).accepted
    monkeypatch.setenv("TZ", "Asia/Almaty")
    time.tzset()
    try:
        [summary] = desk.sessions()
        summary.started_at.astimezone()  # what the sessions list draws
        assert desk.report(sid).data.uuid == sid
    finally:
        monkeypatch.undo()
        time.tzset()


def test_the_teacher_views_export_shows_option_texts_next_to_their_ids(session, library, tmp_path, monkeypatch):
    import csv

    from play_for_integrity.play import teacher_export
    from play_for_integrity.results.demo_class import fill_demo_class

    monkeypatch.setattr(teacher_export, "documents_dir", lambda: tmp_path / "Documents")
    store = session.results.open()
    sid = fill_demo_class(store, library, "Demo", language="ru", pupils=2)
    store.set_pin("2468")
    desk, tr = session.teacher, session.tr
    assert desk.dispatch(EnterPin("2468")).accepted
    out = desk.export(desk.session(sid), "csv", tr)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        header, *rows = list(csv.reader(handle, delimiter=";"))
    texts = {(s.id, n.id, c.id): tr.choice_text(s, n, c)
             for s in library.scenarios.values() for n in s.nodes.values() for c in n.choices}
    for row in rows:
        key = (row[header.index(tr.gettext("Scenario id"))], row[header.index(tr.gettext("Story step"))],
               row[header.index(tr.gettext("Choice id"))])
        assert row[header.index(tr.gettext("Choice"))] == texts[key]


def _sessions_at(store, count: int) -> list[str]:
    """`count` sessions an hour apart, oldest first."""
    from datetime import datetime, timedelta, timezone

    start = datetime(2025, 3, 3, 4, tzinfo=timezone.utc)
    return [store.start_session(f"{n % 11 + 1}А", "solo", BAND, "ru", [], started_at=start + timedelta(hours=n))
            for n in range(count)]


def test_the_session_list_is_read_a_page_at_a_time(session):
    store = session.results.open()
    store.set_pin("2468")
    ids = _sessions_at(store, 12)
    desk = session.teacher
    assert desk.dispatch(EnterPin("2468")).accepted
    first, total = desk.sessions_page(0, 5)
    assert total == 12 and [s.uuid for s in first] == ids[::-1][:5], "newest first"
    last, _ = desk.sessions_page(2, 5)
    assert [s.uuid for s in last] == ids[::-1][10:]
    assert desk.sessions_page(99, 5)[0] == last, "a page past the end is the last page"
    pages = [s.uuid for page in range(3) for s in desk.sessions_page(page, 5)[0]]
    assert pages == [s.uuid for s in desk.sessions()], "the pages together are the whole list"


def test_a_page_reads_only_its_rows_with_counts_from_sql(session, monkeypatch):
    store = session.results.open()
    store.set_pin("2468")
    sid = _sessions_at(store, 30)[-1]
    pid = store.add_participant(sid, "Аружан")
    store.record_answer(sid, pid, "s", "start", "a", {"honesty": 1}, "ladder", 3.0)
    assert session.teacher.dispatch(EnterPin("2468")).accepted
    seen: list[str] = []
    store.connection.set_trace_callback(seen.append)
    [newest], total = session.teacher.sessions_page(0, 1)
    assert total == 30 and (newest.participants, newest.answers) == (1, 1)
    assert any("LIMIT" in sql for sql in seen) and not any("FROM answer WHERE session_uuid" in sql for sql in seen)


def test_the_page_needs_the_pin(session):
    with pytest.raises(ResultsError):
        session.teacher.sessions_page(0, 5)


def test_damage_met_by_the_teacher_view_closes_the_store_to_check_it(session):
    import sqlite3

    store = session.results.open()
    session.teacher.unlocked = True

    def damaged(_store):
        raise sqlite3.DatabaseError("database disk image is malformed")

    with pytest.raises(ResultsError, match="looks damaged"):
        session.teacher._read(damaged)
    assert session.results.store is None and store.damage_suspected, "reopened (and checked) at the next use"
