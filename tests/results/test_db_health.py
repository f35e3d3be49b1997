"""A damaged or foreign database is moved aside with its side files, reported, and a clean store started."""

from __future__ import annotations

import re
import sqlite3

import pytest

from play_for_integrity.results.db_health import move_aside, problem_with
from play_for_integrity.results.schema import APPLICATION_ID, SCHEMA_VERSION
from play_for_integrity.results.store import DB_NAME, ResultsStore

ASIDE_NAME = re.compile(r"results\.damaged-\d{8}-\d{6}(-\d+)?\.sqlite3")


def test_garbage_file_is_moved_aside_and_reported(tmp_path):
    (tmp_path / DB_NAME).write_bytes(b"this is not a database at all\n" * 100)
    with ResultsStore.open(tmp_path) as store:
        report = store.open_report
        assert store.sessions() == []
    assert report is not None and "not an SQLite database" in report.reason
    assert ASIDE_NAME.fullmatch(report.moved_to.name)
    assert report.moved_to.read_bytes().startswith(b"this is not a database")


def test_foreign_sqlite_database_is_moved_aside(tmp_path):
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    with ResultsStore.open(tmp_path) as store:
        assert "another program" in store.open_report.reason
        assert store.connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    moved = sqlite3.connect(store.open_report.moved_to)
    assert moved.execute("SELECT name FROM sqlite_master").fetchone()[0] == "recipes"
    moved.close()


def test_database_from_a_newer_version_is_moved_aside(tmp_path):
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with ResultsStore.open(tmp_path) as store:
        assert "newer version" in store.open_report.reason


def test_corrupted_pages_fail_the_check_and_are_moved_aside(tmp_path):
    with ResultsStore.open(tmp_path) as store:
        sid = store.start_session("7Б", "solo", "11-14", "ru", [])
        pid = store.add_participant(sid, "Аружан")
        for n in range(300):
            store.record_answer(sid, pid, "found-wallet", "start", f"choice-{n}", {"honesty": 1}, "stay", 1.0)
    data = bytearray((tmp_path / DB_NAME).read_bytes())
    page = 4096
    data[2 * page: 4 * page] = b"\xff" * (2 * page)
    (tmp_path / DB_NAME).write_bytes(bytes(data))
    with ResultsStore.open(tmp_path, check=True) as store:
        assert re.search("damage|integrity check", store.open_report.reason)
        assert store.sessions() == []


def test_side_files_move_with_the_database(tmp_path):
    (tmp_path / DB_NAME).write_bytes(b"garbage")
    (tmp_path / (DB_NAME + "-wal")).write_bytes(b"wal")
    (tmp_path / (DB_NAME + "-shm")).write_bytes(b"shm")
    report = move_aside(tmp_path / DB_NAME, "test")
    assert (tmp_path / (report.moved_to.name + "-wal")).read_bytes() == b"wal"
    assert (tmp_path / (report.moved_to.name + "-shm")).read_bytes() == b"shm"
    assert not (tmp_path / (DB_NAME + "-wal")).exists()


def test_moving_aside_twice_in_one_second_keeps_both(tmp_path):
    from datetime import datetime

    moment = datetime(2025, 3, 3, 9, 0, 0)
    (tmp_path / DB_NAME).write_bytes(b"first")
    first = move_aside(tmp_path / DB_NAME, "test", now=moment).moved_to
    (tmp_path / DB_NAME).write_bytes(b"second")
    second = move_aside(tmp_path / DB_NAME, "test", now=moment).moved_to
    assert first != second
    assert (first.read_bytes(), second.read_bytes()) == (b"first", b"second")


@pytest.mark.parametrize("content", [None, b""])
def test_missing_or_empty_file_is_fine(tmp_path, content):
    if content is not None:
        (tmp_path / DB_NAME).write_bytes(content)
    assert problem_with(tmp_path / DB_NAME) is None


def test_healthy_store_is_kept(tmp_path):
    with ResultsStore.open(tmp_path) as store:
        sid = store.start_session("7Б", "solo", "11-14", "ru", [])
    with ResultsStore.open(tmp_path) as store:
        assert store.open_report is None
        assert [s.uuid for s in store.sessions()] == [sid]
