"""A big CSV or JSON export is shared with a second process (export_parts): the file is byte for byte what one
process writes, with the same warnings, and whatever happens to the second process nothing is lost or left behind."""

from __future__ import annotations

import dataclasses
import os
import subprocess
from pathlib import Path

import pytest

from play_for_integrity.results import csv_rows, export_parts
from play_for_integrity.results.errors import ResultsError
from play_for_integrity.results.export_csv import write_csv
from play_for_integrity.results.export_json import write_json
from play_for_integrity.results.store import ResultsStore
from tests.results.conftest import time_zone
from tests.results import test_export_stored_rows as stored_rows_tests
from tests.results.test_export_streaming import TEXTS
from tests.results.test_store_damaged_rows import ROW_DAMAGE, edit

EVERY_VALUE, OTHER_VALUES = stored_rows_tests.EVERY_VALUE, stored_rows_tests.OTHER_VALUES
folder = stored_rows_tests.folder  # the fixture: three sessions, with a pupil who left early
# Every header and board move translated (here: quoted), so a word the second process did not get would show
QUOTED = dataclasses.replace(EVERY_VALUE, translate=lambda message: f"«{message}»")

CHANGES = {
    "as recorded": (),
    "effects that are not JSON": (ROW_DAMAGE["effects that are not JSON"],),
    "a NULL nickname": (ROW_DAMAGE["a NULL nickname"],),
    # Дана's answers, in the session the second process writes: it meets the value with no column
    "a value without a column in the second part": OTHER_VALUES["a pupil who left early"],
}


class Counted:
    """A Progress that adds up what it is told."""

    def __init__(self) -> None:
        self.total = 0

    def done(self, amount: int = 1) -> None:
        self.total += amount

    def restart(self) -> None:
        self.total = 0

    def __enter__(self) -> Counted:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


@pytest.fixture
def finished(monkeypatch) -> list[export_parts.Rest]:
    """What each shared export's finish() said (so a test knows the second process wrote its part)."""
    seen: list[export_parts.Rest] = []
    finish = export_parts.Shared.finish
    monkeypatch.setattr(export_parts.Shared, "finish", lambda self: seen.append(finish(self)) or seen[-1])
    return seen


def _exports(folder: Path, out: Path, shared: bool, monkeypatch, texts=TEXTS) -> tuple:
    """CSV (Russian texts) and JSON of every session, and the warnings; `shared` lets any export use two processes."""
    monkeypatch.setattr(export_parts, "SHARED_FROM", 1 if shared else 10 ** 12)
    out.mkdir()
    with ResultsStore.open(folder) as store:
        csv = write_csv(store.export_source(), out / "a.csv", "ru", texts=texts).read_bytes()
        json = [line for line in write_json(store.export_source(), out / "a.json").read_text("utf-8").splitlines()
                if '"exported_at"' not in line]
        warnings = store.take_warnings()
    assert sorted(p.name for p in out.iterdir()) == ["a.csv", "a.json"]  # no part file left beside them
    return csv, json, warnings


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_a_shared_export_is_what_one_process_writes(folder, tmp_path, monkeypatch, finished, change):
    edit(folder, *change, loose=True)
    with time_zone(monkeypatch, "XST-5"):
        alone = _exports(folder, tmp_path / "alone", False, monkeypatch, QUOTED)
        assert finished and all(rest == export_parts.Rest() for rest in finished)  # nothing was shared
        finished.clear()
        shared = _exports(folder, tmp_path / "shared", True, monkeypatch, QUOTED)
    assert finished and all(rest.part is not None and rest.written for rest in finished)  # the second process's
    for what, made, expected in zip(("CSV", "JSON", "warnings"), shared, alone):
        assert made == expected, what


def test_the_value_met_in_the_second_part_gets_its_column(folder, tmp_path, monkeypatch):
    edit(folder, *OTHER_VALUES["a pupil who left early"], loose=True)
    csv = _exports(folder, tmp_path / "shared", True, monkeypatch, EVERY_VALUE)[0].decode("utf-8-sig")
    assert "bravery" in csv.splitlines()[0]


SECOND_PROCESS_ENDINGS = {
    "ends at once": "raise SystemExit(3)",
    "crashes": "import os; os._exit(70)",
    "writes nonsense": "import sys; sys.stdout.write('Hello'); sys.stdout.flush()",
    "says it failed": "from play_for_integrity.results import export_parts as e; e._say(__import__('sys').stdout.buffer,"
                      " (e.FAILED, 'the disk is full'))",
}


@pytest.mark.parametrize("program", SECOND_PROCESS_ENDINGS.values(), ids=SECOND_PROCESS_ENDINGS.keys())
def test_a_second_process_that_fails_leaves_its_sessions_to_this_one(folder, tmp_path, monkeypatch, finished,
                                                                      program):
    alone = _exports(folder, tmp_path / "alone", False, monkeypatch)
    finished.clear()
    monkeypatch.setattr(export_parts, "WORKER", program)
    assert _exports(folder, tmp_path / "shared", True, monkeypatch) == alone
    assert finished and all(rest.source is not None and rest.part is None for rest in finished)  # written here


def test_no_second_process_at_all_means_one_writes_everything(folder, tmp_path, monkeypatch, finished):
    alone = _exports(folder, tmp_path / "alone", False, monkeypatch)
    finished.clear()
    monkeypatch.setattr(export_parts.sys, "executable", str(tmp_path / "no-such-python"))
    assert _exports(folder, tmp_path / "shared", True, monkeypatch) == alone
    assert finished and all(rest.source is not None and rest.part is None for rest in finished)


def test_progress_counts_every_answer_once_from_both_processes(folder, monkeypatch, tmp_path):
    monkeypatch.setattr(export_parts, "SHARED_FROM", 1)
    with ResultsStore.open(folder) as store:
        source = store.export_source()
        for write in (lambda p: write_csv(source, tmp_path / "a.csv", texts=TEXTS, progress=p),
                      lambda p: write_json(source, tmp_path / "a.json", progress=p)):
            counted = Counted()
            write(counted)
            assert counted.total == source.answer_count > 0


def test_a_failure_here_stops_the_second_process_and_leaves_no_file(folder, tmp_path, monkeypatch):
    monkeypatch.setattr(export_parts, "SHARED_FROM", 1)
    started: list[subprocess.Popen] = []
    popen = subprocess.Popen
    monkeypatch.setattr(export_parts.subprocess, "Popen", lambda *a, **k: started.append(popen(*a, **k)) or started[-1])
    monkeypatch.setattr(csv_rows.StoredLines, "session", lambda *args: (_ for _ in ()).throw(OSError("disk full")))
    out = tmp_path / "out"
    out.mkdir()
    with ResultsStore.open(folder) as store, pytest.raises(ResultsError, match="disk full"):
        write_csv(store.export_source(), out / "a.csv", texts=TEXTS)
    assert list(out.iterdir()) == []
    assert started and all(process.poll() is not None for process in started)  # stopped, not left running


def test_the_split_is_by_answers_and_only_for_a_big_store(folder, monkeypatch):
    with ResultsStore.open(folder) as store:
        source = store.export_source()
        counts = source.session_answers()
        monkeypatch.setattr(export_parts, "SHARED_FROM", source.answer_count + 1)
        assert export_parts.split_at(source) is None  # too small to share
        monkeypatch.setattr(export_parts, "SHARED_FROM", source.answer_count)
        start = export_parts.split_at(source)
        assert start is not None and 0 < start < len(source.ids)
        before = [counts.get(sid, 0) for sid in source.ids[:start]]
        assert sum(before) >= source.answer_count / 2 > sum(before[:-1])  # the first session past half the answers
        monkeypatch.setattr(os, "cpu_count", lambda: 1)
        assert export_parts.split_at(source) is None  # one core: one process
