"""The CSV export puts a session's lines together a column at a time when all its rows are in the common form, and
goes row by row (with the same result) for a session that has a row that is not; the file is UTF-8 byte for byte."""

from __future__ import annotations

from play_for_integrity.results import csv_rows
from play_for_integrity.results.export_csv import wire, write_csv
from play_for_integrity.results.store import ResultsStore
from tests.results.conftest import record_class, record_vote
from tests.results.test_export_streaming import TEXTS
from tests.results.test_store_damaged_rows import edit


def _sessions_row_by_row(folder, tmp_path, monkeypatch) -> tuple[list[str], bytes, bytes]:
    """The sessions written row by row, the export, and the export with every session written row by row."""
    row_by_row: list[str] = []
    lines = csv_rows.StoredLines._lines

    def counted(self, session, people, rows, learn):
        if learn:
            row_by_row.append(session.uuid)
        return lines(self, session, people, rows, learn)
    monkeypatch.setattr(csv_rows.StoredLines, "_lines", counted)
    with ResultsStore.open(folder) as store:
        made = write_csv(store.export_source(), tmp_path / "a.csv", "ru", texts=TEXTS).read_bytes()
        written = list(row_by_row)
        monkeypatch.setattr(csv_rows.StoredLines, "_columns", lambda self, people, rows: None)
        slow = write_csv(store.export_source(), tmp_path / "b.csv", "ru", texts=TEXTS).read_bytes()
        assert len(row_by_row) == len(written) + 2, "the second export went row by row"
    return written, made, slow


def test_sessions_in_the_common_form_are_written_a_column_at_a_time(tmp_path, monkeypatch):
    with ResultsStore.open(tmp_path / "data") as store:
        record_class(store)
        record_vote(store)
    row_by_row, made, slow = _sessions_row_by_row(tmp_path / "data", tmp_path, monkeypatch)
    assert row_by_row == []
    assert made == slow


def test_a_session_with_a_row_in_another_form_is_written_row_by_row_and_the_same(tmp_path, monkeypatch):
    with ResultsStore.open(tmp_path / "data") as store:
        odd = record_class(store)
        record_vote(store)
    edit(tmp_path / "data", "UPDATE answer SET answered_at = '2025-03-03T09:00:31+05:00' WHERE choice_id = 'confess'",
         loose=True)
    row_by_row, made, slow = _sessions_row_by_row(tmp_path / "data", tmp_path, monkeypatch)
    assert row_by_row == [odd]
    assert made == slow


def test_the_file_is_utf8_with_a_bom_whatever_the_text(tmp_path):
    with ResultsStore.open(tmp_path / "data") as store:
        record_class(store)
        out = write_csv(store.export_source(), tmp_path / "a.csv", "ru", texts=TEXTS)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and not raw.startswith(b"\xef\xbb\xbf\xef\xbb\xbf")
    assert "Аружан".encode("utf-8") in raw and "7Б".encode("utf-8") in raw


def test_wire_text_is_the_utf8_bytes_one_character_each():
    assert wire("plain id-1") == "plain id-1"
    assert wire("Әй €").encode("latin-1") == "Әй €".encode("utf-8")
