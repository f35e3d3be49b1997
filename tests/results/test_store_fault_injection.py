"""Faults injected while classes play (seeded): held locks, a full disk, SIGKILL mid-write, two writers at once.

Afterwards every answer the game confirmed is in the store (the journal replayed), nothing is in the journal
twice, and no healthy file was set aside.
"""

from __future__ import annotations

import errno
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import play_for_integrity.results.journal as journal_module
import play_for_integrity.results.store_open as store_open
from play_for_integrity.content.library import load_library
from play_for_integrity.play.actions import Advance, Choose
from play_for_integrity.play.results_sink import ResultsSink
from play_for_integrity.play.solo import SoloGame, choose_playlist
from play_for_integrity.results.journal import JOURNAL_NAME
from play_for_integrity.results.store import DB_NAME, ResultsStore

REPO = Path(__file__).resolve().parents[2]
CONTENT = REPO / "tests" / "play" / "fixtures" / "content"
BAND = "7-9"
SEEDS = (11, 2024, 90210)


class FullDisk:
    """The connection of the store, except that every write fails as on a full disk."""

    def __init__(self, conn):
        self.conn = conn

    def __getattr__(self, name):
        return getattr(self.conn, name)

    def execute(self, sql, *args):
        if sql.split()[0].upper() in ("BEGIN", "INSERT", "UPDATE", "DELETE"):
            raise sqlite3.OperationalError("database or disk is full")
        return self.conn.execute(sql, *args)


class Faults:
    """Turns faults on and off at random between the pupils' answers."""

    def __init__(self, folder: Path, sink: ResultsSink, rng: random.Random, monkeypatch):
        self.folder, self.sink, self.rng, self.monkeypatch = folder, sink, rng, monkeypatch
        self.lock: sqlite3.Connection | None = None
        self.full = False
        self.real_open = os.open

    def step(self) -> None:
        roll = self.rng.random()
        if roll < 0.2:
            self._toggle_lock()
        elif roll < 0.35:
            self._toggle_full()

    def _toggle_lock(self) -> None:
        if self.lock is None:
            self.lock = sqlite3.connect(self.folder / DB_NAME, isolation_level=None)
            self.lock.execute("BEGIN IMMEDIATE")  # held longer than the busy timeout
        else:
            self.lock.execute("ROLLBACK")
            self.lock.close()
            self.lock = None

    def _toggle_full(self) -> None:
        """A full disk: the database and the journal beside it both refuse to grow."""
        store = self.sink.store
        self.full = not self.full
        store._conn = FullDisk(store._conn) if self.full else store._conn.conn

        def no_space(path, *args, **kwargs):
            if JOURNAL_NAME in str(path):
                raise OSError(errno.ENOSPC, "No space left on device")
            return self.real_open(path, *args, **kwargs)
        self.monkeypatch.setattr(journal_module.os, "open", no_space if self.full else self.real_open)

    def stop(self) -> None:
        if self.lock is not None:
            self._toggle_lock()
        if self.full:
            self._toggle_full()


def assert_nothing_set_aside(folder: Path) -> None:
    assert not [p.name for p in folder.iterdir() if "damaged" in p.name]


@pytest.mark.parametrize("seed", SEEDS)
def test_every_confirmed_answer_survives_locks_and_full_disks(tmp_path, monkeypatch, seed):
    monkeypatch.setattr(store_open, "BUSY_TIMEOUT", 0.05)
    monkeypatch.setattr("play_for_integrity.results.store.QUICK_BUSY_MS", 10)
    rng = random.Random(seed)
    library = load_library(CONTENT)
    notices: list[str] = []
    sink = ResultsSink(tmp_path, notices.append)
    sink.open()
    faults = Faults(tmp_path, sink, rng, monkeypatch)
    confirmed: dict[str, list[str]] = {}
    for pupil in range(12):
        name = f"pupil-{seed}-{pupil}"
        game = SoloGame(library, sink, BAND, "ru", choose_playlist(library, BAND, seed=rng.randrange(10**6)),
                        "7Б", name)
        confirmed[name] = []
        while not game.view.finished:
            faults.step()
            if game.awaiting_choice:
                choice = rng.choice(game.view.node.choices).id
                if game.dispatch(Choose(choice)).accepted:
                    confirmed[name].append(choice)
            game.dispatch(Advance())
    faults.stop()
    sink.close()
    with ResultsStore.open(tmp_path) as store:
        assert store.open_report is None
        stored = {}
        for summary in store.sessions():
            data = store.session(summary.uuid)
            [participant] = data.participants
            stored[participant.nickname] = [a.choice_id for a in data.answers]
            assert data.ended_at is not None, "the end of each journey was kept too"
    assert stored == confirmed
    assert not (tmp_path / JOURNAL_NAME).exists()
    assert_nothing_set_aside(tmp_path)
    assert any("kept in" in notice for notice in notices), "the faults were met"
    assert any("kept in memory" in notice for notice in notices), "the full disk was met"


# The child records answers and prints each id once record_answer returned (the answer was confirmed).
WRITER = textwrap.dedent("""
    import sys
    import play_for_integrity.results.store_open as store_open
    from play_for_integrity.results.store import ResultsStore
    import play_for_integrity.results.store as store_module
    store_open.BUSY_TIMEOUT = float(sys.argv[3])
    store_module.QUICK_BUSY_MS = 10
    store = ResultsStore.open(sys.argv[1])
    sid = store.start_session("7Б", "solo", "11-14", "ru", ["found-wallet"])
    pid = store.add_participant(sid, sys.argv[2])
    print(sid, flush=True)
    for n in range(int(sys.argv[4])):
        print(store.record_answer(sid, pid, "found-wallet", "start", f"c{n}", {"honesty": 1}, "stay", 1.0),
              flush=True)
    print("done", flush=True)
""")


def writer(folder: Path, name: str, busy: float, count: int) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.Popen([sys.executable, "-c", WRITER, str(folder), name, str(busy), str(count)],
                            stdout=subprocess.PIPE, text=True, env=env, cwd=REPO)


def stored_answers(folder: Path) -> set[str]:
    with ResultsStore.open(folder) as store:
        assert store.open_report is None
        return {a.uuid for s in store.sessions() for a in store.session(s.uuid).answers}


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("seed", SEEDS)
def test_a_kill_mid_write_under_a_held_lock_loses_no_confirmed_answer(tmp_path, seed):
    rng = random.Random(seed)
    ResultsStore.open(tmp_path).close()
    child = writer(tmp_path, "Аружан", 0.02, 10**6)
    lock = None
    confirmed = []
    try:
        child.stdout.readline()  # the session id
        for step in range(rng.randrange(60, 200)):
            if step % 25 == rng.randrange(25):  # hold the lock for a while now and then
                if lock is None:
                    lock = sqlite3.connect(tmp_path / DB_NAME, isolation_level=None)
                    lock.execute("BEGIN IMMEDIATE")
                else:
                    lock.execute("ROLLBACK")
                    lock.close()
                    lock = None
            confirmed.append(child.stdout.readline().strip())
    finally:
        child.send_signal(signal.SIGKILL)  # wherever it is: in a transaction, in a journal write
        child.wait(timeout=30)
        child.stdout.close()
        if lock is not None:
            lock.execute("ROLLBACK")
            lock.close()
    assert child.returncode == -signal.SIGKILL
    assert set(confirmed) <= stored_answers(tmp_path)
    assert_nothing_set_aside(tmp_path)


def test_two_writers_at_once_lose_nothing(tmp_path):
    ResultsStore.open(tmp_path).close()
    children = [writer(tmp_path, name, 0.05, 150) for name in ("Аружан", "Тимур")]
    confirmed = []
    for child in children:
        lines = child.communicate(timeout=50)[0].split()
        assert lines[-1] == "done"
        confirmed += lines[1:-1]
    assert len(confirmed) == 300
    assert set(confirmed) <= stored_answers(tmp_path)
    assert not (tmp_path / JOURNAL_NAME).exists()
    assert_nothing_set_aside(tmp_path)
