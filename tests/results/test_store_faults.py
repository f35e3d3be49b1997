"""A lock or a full disk is not damage: the healthy store stays where it is and the teacher is told what to do."""

from __future__ import annotations

import errno
import shutil
import sqlite3

import pytest

import play_for_integrity.results.db_health as db_health
import play_for_integrity.results.store_open as store_open
from play_for_integrity.cli import main
from play_for_integrity.play.results_sink import ResultsSink
from play_for_integrity.results.db_faults import IN_USE
from play_for_integrity.results.errors import ResultsError, StoreBusy
from play_for_integrity.results.store import DB_NAME, ResultsStore
from tests.results.conftest import record_class


@pytest.fixture(autouse=True)
def short_busy_timeout(monkeypatch):
    monkeypatch.setattr(store_open, "BUSY_TIMEOUT", 0.3)


@pytest.fixture
def healthy(tmp_path, monkeypatch):
    """A store with a class, in the rollback-journal mode of a network folder (where a writer blocks readers)."""
    monkeypatch.setattr(store_open, "choose_journal_mode", lambda folder: "DELETE")
    folder = tmp_path / "data"
    with ResultsStore.open(folder) as store:
        sid = record_class(store)
    return folder, sid


def set_aside_files(folder):
    return sorted(p.name for p in folder.iterdir() if "damaged" in p.name)


def still_there(folder, sid):
    with ResultsStore.open(folder) as store:
        assert store.open_report is None
        return len(store.session(sid).answers) == 4


def test_a_store_locked_longer_than_the_wait_is_reported_not_moved(healthy, capsys):
    folder, sid = healthy
    other = sqlite3.connect(folder / DB_NAME, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program writing for a long time
    try:
        with pytest.raises(StoreBusy, match=IN_USE):
            ResultsStore.open(folder)
        assert main(["results", "list", "--data-dir", str(folder)]) == 1
        assert "in use by another program: close it and try again" in capsys.readouterr().err
        notices: list[str] = []
        sink = ResultsSink(folder, notices.append)
        assert sink.open() is None and IN_USE in notices[0]
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert set_aside_files(folder) == []
    assert still_there(folder, sid)
    assert sink.open() is not None, "the sink tries again once the other program is done"


@pytest.mark.parametrize("where", ["inspect", "connect", "prepare"])
def test_a_full_disk_at_start_up_is_reported_not_moved(healthy, monkeypatch, where):
    folder, sid = healthy

    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    if where == "inspect":
        monkeypatch.setattr(db_health, "_inspect", full)
    elif where == "connect":
        monkeypatch.setattr(store_open.sqlite3, "connect", full)
    else:
        monkeypatch.setattr(store_open, "migrate", full)
    with pytest.raises(ResultsError, match="disk is full"):
        ResultsStore.open(folder)
    monkeypatch.undo()
    assert set_aside_files(folder) == []
    assert still_there(folder, sid)


def test_no_space_for_the_write_test_is_reported_as_a_full_disk(healthy, monkeypatch):
    folder, sid = healthy

    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_open.tempfile, "TemporaryFile", no_space)
    with pytest.raises(ResultsError, match="disk is full"):
        ResultsStore.open(folder)
    monkeypatch.undo()
    assert set_aside_files(folder) == [] and still_there(folder, sid)


def test_a_damaged_store_goes_aside_with_its_wal_so_the_copy_still_opens(tmp_path):
    live, crashed = tmp_path / "live", tmp_path / "crashed"
    live.mkdir()
    crashed.mkdir()
    writer = sqlite3.connect(live / DB_NAME, isolation_level=None)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")  # everything stays in the -wal file
    writer.execute("CREATE TABLE recipes (name TEXT)")  # a foreign database: it must go aside
    writer.execute("INSERT INTO recipes VALUES ('plov')")
    for name in (DB_NAME, DB_NAME + "-wal"):  # the files as a power cut leaves them
        shutil.copy(live / name, crashed / name)
    writer.close()
    with ResultsStore.open(crashed) as store:
        moved = store.open_report.moved_to
    assert (moved.parent / (moved.name + "-wal")).exists()
    copy = sqlite3.connect(moved)
    assert copy.execute("SELECT name FROM recipes").fetchall() == [("plov",)]
    copy.close()
