"""A store's exports are made straight from its stored answer rows: byte for byte what reading every answer first
gives, whatever the rows hold (hand edits, shared times, odd time zones), with the same warnings."""

from __future__ import annotations

import dataclasses
import sqlite3
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from play_for_integrity.results import csv_rows, stored_rows, xlsx_sheet
from play_for_integrity.results.export_csv import write_csv
from play_for_integrity.results.export_json import write_json
from play_for_integrity.results.export_source import ExportSource
from play_for_integrity.results.export_texts import ExportTexts
from play_for_integrity.results.export_xlsx import write_xlsx
from play_for_integrity.results.session_reader import ANSWER_COLUMNS, answer_rows
from play_for_integrity.results.store import DB_NAME, ResultsStore
from tests.results.conftest import at, record_class, record_vote, time_zone
from tests.results.test_export_streaming import TEXTS
from tests.results.test_store_damaged_rows import ROW_DAMAGE, edit

ZONES = {
    "UTC+5": "XST-5",
    "UTC+5:30, no whole hours": "IST-5:30",
    "clocks changed within an hour": "XST-5XDT-6,M3.5.0/2:30,M10.5.0/3:30",
}
HAND_EDITS = {
    **{damage: (statement,) for damage, statement in ROW_DAMAGE.items()},
    "an answer id a spreadsheet would run": (
        "UPDATE answer SET uuid = '=1+2;\"x\"' || rowid WHERE choice_id = 'keep'",),
    "an answer of nobody in the session": ("UPDATE answer SET participant_uuid = 'nobody' WHERE choice_id = 'keep'",),
    "a time not in the store's own form": (
        "UPDATE answer SET answered_at = '2025-03-03T09:00:31+05:00' WHERE choice_id = 'keep'",),
    "a time before 1900": ("UPDATE answer SET answered_at = '1899-12-31T23:59:59.500+00:00' WHERE choice_id = 'keep'",),
    "whole seconds": ("UPDATE answer SET seconds = 7 WHERE choice_id = 'keep'",),
    "an unknown scenario": ("UPDATE answer SET scenario_id = 'lost-story' WHERE choice_id = 'keep'",),
    "shared times in seq order": ("UPDATE answer SET answered_at = (SELECT min(answered_at) FROM answer a "
                                  "WHERE a.session_uuid = answer.session_uuid), seq = 100 - rowid",),
}


@pytest.fixture(autouse=True)
def _short_width_sample(monkeypatch):
    """Column widths measured on the first row only, so a sheet's later rows are written the quick way here too."""
    monkeypatch.setattr(xlsx_sheet, "WIDTH_SAMPLE_ROWS", 1)


@pytest.fixture
def folder(tmp_path) -> Path:
    """Two classes, one pupil who left early, and answers around the night the clocks of the last zone change."""
    data = tmp_path / "data"
    with ResultsStore.open(data) as store:
        record_class(store)
        record_vote(store)
        sid = store.start_session("8В", "solo", "11-14", "kk", ["found-wallet"], started_at=at(0))
        pid = store.add_participant(sid, "Дана")
        night = datetime(2025, 3, 29, 21, 0, tzinfo=timezone.utc)  # 02:00 there; the clocks change at 02:30
        for minutes in (5, 35, 65, 95):
            store.record_answer(sid, pid, "found-wallet", "start", "tell-mum", {"honesty": 2}, "ladder", 3.5,
                                answered_at=night + timedelta(minutes=minutes))
    return data


def _sheets(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as book:
        return {name: book.read(name) for name in book.namelist() if name != "docProps/core.xml"}


def _exports(folder: Path, out: Path, quick: bool, texts: ExportTexts = TEXTS) -> tuple:
    """What each export writes, and the warnings given; `quick` False reads every answer first, as before."""
    out.mkdir()
    with ResultsStore.open(folder) as store:
        def source() -> ExportSource:
            made = store.export_source()
            return made if quick else dataclasses.replace(made, stored=None, stored_people=None)
        csv = write_csv(source(), out / "a.csv", "ru", texts=texts).read_bytes()
        overview = write_csv(source(), out / "o.csv", "en", table="overview").read_bytes()
        json = [line for line in write_json(source(), out / "a.json").read_text(encoding="utf-8").splitlines()
                if '"exported_at"' not in line]
        xlsx = _sheets(write_xlsx(source(), out / "a.xlsx", texts=texts))
        return csv, overview, json, xlsx, store.take_warnings()


def _same_either_way(folder: Path, tmp_path: Path, texts: ExportTexts = TEXTS) -> None:
    quick, slow = _exports(folder, tmp_path / "quick", True, texts), _exports(folder, tmp_path / "slow", False, texts)
    for what, made, expected in zip(("CSV", "overview CSV", "JSON", "XLSX", "warnings"), quick, slow):
        assert made == expected, what


@pytest.mark.parametrize("zone", ZONES.values(), ids=ZONES.keys())
def test_the_quick_way_writes_what_reading_every_answer_writes(folder, tmp_path, monkeypatch, zone):
    with time_zone(monkeypatch, zone):
        _same_either_way(folder, tmp_path)


@pytest.mark.parametrize("change", HAND_EDITS.values(), ids=HAND_EDITS.keys())
def test_a_hand_edited_row_is_written_as_reading_it_would(folder, tmp_path, monkeypatch, change):
    edit(folder, *change, loose=True)
    with time_zone(monkeypatch, "XST-5"):
        _same_either_way(folder, tmp_path)


# Every value the fixture's answers and profiles name has its column: the exports take the catalog on trust and
# check each answer as they write it, starting again with every value when one names another.
EVERY_VALUE = dataclasses.replace(TEXTS, value_names={v: v.title() for v in ("honesty", "responsibility", "fairness",
                                                                             "courage")})
OTHER_VALUES = {
    "none": (),
    "an answer": ("UPDATE answer SET effects = '{\"bravery\": 3}' WHERE choice_id = 'keep'",),
    "a damaged answer": ("UPDATE answer SET effects = '{\"bravery\": 3}', seconds = 'slow' WHERE choice_id = 'keep'",),
    "a profile": ("UPDATE profile SET value_id = 'bravery' WHERE value_id = 'courage'",),
    "a pupil who left early": ("UPDATE answer SET effects = '{\"bravery\": 3}' WHERE scenario_id = 'found-wallet' "
                               "AND choice_id = 'tell-mum' AND seconds = 3.5",),
}


@pytest.mark.parametrize("change", OTHER_VALUES.values(), ids=OTHER_VALUES.keys())
def test_a_value_without_a_column_met_on_the_way_is_written_as_before(folder, tmp_path, monkeypatch, change):
    edit(folder, *change, loose=True)
    with time_zone(monkeypatch, "XST-5"):
        _same_either_way(folder, tmp_path, EVERY_VALUE)


def test_pieces_forgotten_when_memory_is_full_are_made_again(folder, tmp_path, monkeypatch):
    monkeypatch.setattr(stored_rows, "CACHE_LIMIT", 1)
    with time_zone(monkeypatch, "XST-5"):
        _same_either_way(folder, tmp_path)


def test_answers_with_one_time_come_in_the_order_sqlite_sorts_them(folder):
    edit(folder, "UPDATE answer SET answered_at = '2025-03-03T04:00:30.000+00:00'",
         "UPDATE answer SET seq = CASE rowid % 4 WHEN 0 THEN NULL WHEN 1 THEN 'b' WHEN 2 THEN 3 ELSE 1.5 END",
         loose=True)
    conn = sqlite3.connect(folder / DB_NAME)
    try:
        for (sid,) in conn.execute("SELECT uuid FROM session"):
            sorted_by_sqlite = conn.execute(f"SELECT {ANSWER_COLUMNS} FROM answer WHERE session_uuid = ? "
                                            "ORDER BY answered_at, seq, rowid", (sid,)).fetchall()
            assert answer_rows(conn, sid) == sorted_by_sqlite
    finally:
        conn.close()


def test_each_session_is_written_before_the_next_is_read(folder, tmp_path, monkeypatch):
    events: list[str] = []
    session_lines = csv_rows.StoredLines.session
    monkeypatch.setattr(csv_rows.StoredLines, "session",
                        lambda self, session, rows: events.append("written") or session_lines(self, session, rows))
    with ResultsStore.open(folder) as store:
        source = store.export_source()

        def watched(with_profiles: bool):
            for item in source.stored(with_profiles):
                events.append("read")
                yield item
        write_csv(dataclasses.replace(source, stored=watched), tmp_path / "a.csv", texts=TEXTS)
    assert events == ["read", "written"] * 3

