"""Exports are written as the sessions are read, one at a time, and say the same as before they streamed."""

from __future__ import annotations

import itertools
import json
import uuid
from pathlib import Path

import openpyxl
import pytest

from play_for_integrity.results import export_csv, xlsx_sheet
from play_for_integrity.results.export_csv import write_csv
from play_for_integrity.results.export_json import SCHEMA_FILE, export_document, write_json
from play_for_integrity.results.export_source import ExportSource
from play_for_integrity.results.export_texts import ExportTexts
from play_for_integrity.results.export_xlsx import write_xlsx
from play_for_integrity.results.store import ResultsStore
from tests.results.conftest import at, record_class, record_vote, russian, time_zone

FIXTURES = Path(__file__).parent / "fixtures"
TEXTS = ExportTexts(russian, {"honesty": "Честность", "fairness": "Справедливость"}, {"found-wallet": "Кошелёк"},
                    {("found-wallet", "start", "tell-mum"): "Рассказать маме"})


@pytest.fixture
def fixed(monkeypatch):
    """UUIDs counted from 1 and local time UTC+5, as when the files in fixtures/ were written (before streaming)."""
    counter = itertools.count(1)
    monkeypatch.setattr(uuid, "uuid4", lambda: uuid.UUID(int=next(counter), version=4))
    with time_zone(monkeypatch, "XST-5"):
        yield


@pytest.fixture
def two_classes(tmp_path, fixed):
    with ResultsStore.open(tmp_path / "data") as store:
        record_class(store)
        record_vote(store)
        yield store


def written(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


@pytest.mark.parametrize("from_store", [True, False], ids=["read-from-the-store", "sessions-in-memory"])
def test_csv_is_the_same_as_before_streaming(two_classes, tmp_path, from_store):
    store = two_classes
    sessions = store.export_source() if from_store else [store.session(s.uuid) for s in reversed(store.sessions())]
    answers = write_csv(sessions, tmp_path / "answers.csv", "ru", texts=TEXTS)
    overview = write_csv(sessions, tmp_path / "overview.csv", "en", table="overview")
    assert written(answers) == written(FIXTURES / "before-streaming-answers-ru.csv")
    assert written(overview) == written(FIXTURES / "before-streaming-overview-en.csv")


def test_json_read_from_the_store_is_the_whole_document(two_classes, tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    store = two_classes
    document = export_document([store.session(s.uuid) for s in reversed(store.sessions())])
    streamed = json.loads(written(write_json(store.export_source(), tmp_path / "all.json")))
    jsonschema.validate(streamed, json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))
    assert {**streamed, "exported_at": None} == {**document, "exported_at": None}


def test_an_empty_json_export_is_valid(tmp_path):
    assert json.loads(written(write_json([], tmp_path / "none.json")))["sessions"] == []


def test_rows_are_written_before_the_next_session_is_read(two_classes, tmp_path, monkeypatch):
    store = two_classes
    written_rows: list[int] = []
    lines = export_csv._Lines.__call__
    monkeypatch.setattr(export_csv._Lines, "__call__", lambda self, parts: written_rows.append(1) or lines(self, parts))
    seen_when_read: list[int] = []
    source = store.export_source()

    def watched():
        for session in source.sessions():
            seen_when_read.append(len(written_rows))
            yield session

    write_csv(ExportSource(watched, source.session_count, source.answer_count, source.met), tmp_path / "a.csv")
    # Without a catalog of values, a first pass finds the value columns; the writing pass comes last.
    assert seen_when_read[-2:] == [0, 4], "the first session's 4 answers were written before the second was read"


def test_a_full_sheet_goes_on_in_a_new_sheet_with_a_note(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_sheet, "ROW_LIMIT", 6)  # a header, 4 rows and the note
    with ResultsStore.open(tmp_path / "data") as store:
        sid = store.start_session("7Б", "solo", "11-14", "ru", ["found-wallet"], started_at=at(0))
        pid = store.add_participant(sid, "Аружан")
        for n in range(10):
            store.record_answer(sid, pid, "found-wallet", "start", f"choice-{n}", {"honesty": 1}, "stay", 1.0,
                                answered_at=at(n))
        book = openpyxl.load_workbook(write_xlsx(store.export_source(), tmp_path / "all.xlsx",
                                                 scenario_titles={"found-wallet": "Кошелёк"}))
    assert book.sheetnames == ["Overview", "Кошелёк", "Кошелёк (2)", "Кошелёк (3)"]
    sheets = [[list(row) for row in book[name].iter_rows(values_only=True)] for name in book.sheetnames[1:]]
    assert sheets[0][-1][0] == "Continued on the sheet Кошелёк (2)"
    assert sheets[1][-1][0] == "Continued on the sheet Кошелёк (3)"
    choices = [row[5] for sheet in sheets for row in sheet[1:] if row[5]]
    assert choices == [f"choice-{n}" for n in range(10)], "every answer once, in order, headers on each sheet"
    assert all(sheet[0] == sheets[0][0] for sheet in sheets)
    assert book["Кошелёк"].auto_filter.ref == "A1:N5", "the filter covers the answers, not the note"


def test_xlsx_is_the_same_with_xlsxwriters_own_calls(two_classes, tmp_path, monkeypatch):
    """The rows written as XML at once read back as XlsxWriter's own per-cell writing gives them."""
    fast = openpyxl.load_workbook(write_xlsx(two_classes.export_source(), tmp_path / "fast.xlsx", texts=TEXTS))
    monkeypatch.setattr(xlsx_sheet, "usable", lambda sheet: False)
    plain = openpyxl.load_workbook(write_xlsx(two_classes.export_source(), tmp_path / "plain.xlsx", texts=TEXTS))
    assert fast.sheetnames == plain.sheetnames == ["Обзор", "Кошелёк", "Сценарий teacher-gift"]
    for name in fast.sheetnames:
        assert list(fast[name].values) == list(plain[name].values)
        assert fast[name].auto_filter.ref == plain[name].auto_filter.ref
