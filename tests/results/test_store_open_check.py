"""The whole-file integrity check runs only when damage is suspected: after a killed game or an SQLite damage error."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import closing
from pathlib import Path

import pytest

from play_for_integrity.cli import main
from play_for_integrity.results.open_marker import MARKER_INFIX
from play_for_integrity.results.store import DB_NAME, ResultsStore
from tests.results.conftest import record_class

REPO = Path(__file__).resolve().parents[2]
ENDED = textwrap.dedent("""
    import sys
    from play_for_integrity.results.store import ResultsStore
    store = ResultsStore.open(sys.argv[1])
    store.start_session("7Б", "solo", "11-14", "ru", [])
""")  # a program that ends without closing the store, as a game window closed by its cross may
KILLED = textwrap.dedent("""
    import sys, time
    from play_for_integrity.results.store import ResultsStore
    store = ResultsStore.open(sys.argv[1])
    store.start_session("7Б", "solo", "11-14", "ru", [])
    print("open", flush=True)
    time.sleep(120)
""")


@pytest.fixture
def statements(monkeypatch) -> list[str]:
    """Every SQL statement run on a connection opened from now on (the store's and the health check's)."""
    seen: list[str] = []
    real = sqlite3.connect

    def traced(*args, **kwargs):
        conn = real(*args, **kwargs)
        conn.set_trace_callback(seen.append)
        return conn

    monkeypatch.setattr(sqlite3, "connect", traced)
    return seen


def whole_file_checks(seen: list[str]) -> int:
    """The checks of the whole file (SQLite also checks a table it just altered, which the trace shows as '-- ...')."""
    return sum(statement.strip() == "PRAGMA quick_check" for statement in seen)


def markers(folder: Path) -> list[Path]:
    return sorted(folder.glob(DB_NAME + MARKER_INFIX + "*"))


def kill_a_game_with_the_store_open(folder: Path) -> None:
    child = subprocess.Popen([sys.executable, "-c", KILLED, str(folder)], cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "open"
    finally:
        child.kill()
        child.wait(timeout=30)


def damage_pages(path: Path) -> None:
    """Overwrite the first pages of the answer table, as a failing disk would."""
    with closing(sqlite3.connect(path)) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'answer'").fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    data[(root - 1) * size: (root + 1) * size] = b"\xff" * (2 * size)
    path.write_bytes(bytes(data))


def fill(folder: Path) -> None:
    with ResultsStore.open(folder) as store:
        sid = store.start_session("7Б", "solo", "11-14", "ru", [])
        pid = store.add_participant(sid, "Аружан")
        for n in range(300):
            store.record_answer(sid, pid, "found-wallet", "start", f"choice-{n}", {"honesty": 1}, "stay", 1.0)


def test_a_store_closed_cleanly_opens_without_the_whole_file_check(tmp_path, statements):
    with ResultsStore.open(tmp_path) as store:
        record_class(store)
    with ResultsStore.open(tmp_path) as store:
        assert store.open_report is None and len(store.sessions()) == 1
    assert statements and whole_file_checks(statements) == 0
    assert markers(tmp_path) == [], "a clean close leaves no marker"


def test_a_store_open_in_another_program_is_not_taken_for_a_crash(tmp_path, statements):
    with ResultsStore.open(tmp_path) as first:
        with ResultsStore.open(tmp_path) as second:
            assert len(markers(tmp_path)) == 2 and second.open_report is None
        first.start_session("7Б", "solo", "11-14", "ru", [])
    assert whole_file_checks(statements) == 0 and markers(tmp_path) == []


def test_a_program_that_ends_without_closing_is_not_taken_for_a_crash(tmp_path, statements):
    subprocess.run([sys.executable, "-c", ENDED, str(tmp_path)], cwd=REPO, check=True, timeout=60)
    assert markers(tmp_path) == []
    with ResultsStore.open(tmp_path) as store:
        assert len(store.sessions()) == 1
    assert whole_file_checks(statements) == 0


def test_a_killed_game_makes_the_next_opening_check_once(tmp_path, statements):
    kill_a_game_with_the_store_open(tmp_path)
    assert len(markers(tmp_path)) == 1
    with ResultsStore.open(tmp_path) as store:
        assert store.open_report is None and len(store.sessions()) == 1
    assert whole_file_checks(statements) == 1
    with ResultsStore.open(tmp_path):
        pass
    assert whole_file_checks(statements) == 1, "checked once, not at every opening after the crash"
    assert markers(tmp_path) == []


def test_a_killed_game_with_a_damaged_store_has_it_set_aside(tmp_path):
    fill(tmp_path)
    kill_a_game_with_the_store_open(tmp_path)
    damage_pages(tmp_path / DB_NAME)
    with ResultsStore.open(tmp_path) as store:
        report = store.open_report
        assert report is not None and re.search("damage|integrity check", report.reason)
        assert store.sessions() == []
    assert report.moved_to.exists(), "set aside, never deleted"


def test_damage_met_while_reading_is_checked_at_the_next_opening(tmp_path, statements):
    fill(tmp_path)
    damage_pages(tmp_path / DB_NAME)  # behind a clean close: nothing to suspect yet
    with pytest.raises(sqlite3.DatabaseError, match="malformed"):
        with ResultsStore.open(tmp_path) as store:
            assert store.open_report is None
            store.connection.execute("SELECT * FROM answer").fetchall()
    assert whole_file_checks(statements) == 0
    with ResultsStore.open(tmp_path) as store:
        assert store.open_report is not None and store.open_report.moved_to.exists()
    assert whole_file_checks(statements) == 1


def test_the_check_command_checks_now_and_sets_a_damaged_store_aside(tmp_path, capsys):
    fill(tmp_path)
    assert main(["results", "check", "--data-dir", str(tmp_path)]) == 0
    assert "passed the integrity check" in capsys.readouterr().out
    damage_pages(tmp_path / DB_NAME)
    assert main(["results", "check", "--data-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and "moved to" in err
    assert [p for p in tmp_path.iterdir() if "damaged" in p.name]
