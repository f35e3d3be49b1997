"""The XLSX export read back with openpyxl equals what was stored."""

from __future__ import annotations

from datetime import datetime

import openpyxl
import pytest

from play_for_integrity.results.export_xlsx import write_xlsx
from play_for_integrity.results.headers import sheet_name
from play_for_integrity.results.tables import local_time
from tests.results.conftest import russian, time_zone


@pytest.fixture
def astana_clock(monkeypatch):
    """Local time UTC+5, so the test sees that stored UTC times are shown as local wall-clock times."""
    with time_zone(monkeypatch, "XST-5"):
        yield


@pytest.fixture
def workbook(store, class_session, tmp_path):
    out = write_xlsx([store.session(class_session)], tmp_path / "class.xlsx", russian,
                     value_names={"honesty": "Честность", "fairness": "Справедливость"},
                     scenario_titles={"found-wallet": "Кошелёк у качелей"})
    return openpyxl.load_workbook(out)


def rows(sheet):
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def test_sheet_names_are_translated_and_cyrillic(workbook):
    assert workbook.sheetnames == ["Обзор", "Кошелёк у качелей", "Сценарий teacher-gift"]


def test_overview_has_one_row_per_participant_with_profile(workbook):
    table = rows(workbook["Обзор"])
    header = table[0]
    assert header[:3] == ["Начало", "Конец", "Класс"]
    honesty, fairness = header.index("Честность"), header.index("Справедливость")
    aru = next(row for row in table[1:] if row[header.index("Участник")] == "Аружан")
    assert (aru[honesty], aru[fairness]) == (2, 2)


def test_scenario_sheet_holds_its_answers(store, class_session, workbook):
    table = rows(workbook["Кошелёк у качелей"])
    header = table[0]
    stored = [a for a in store.session(class_session).answers if a.scenario_id == "found-wallet"]
    assert len(table) - 1 == len(stored)
    choices = [row[header.index("Choice id")] for row in table[1:]]
    assert choices == [a.choice_id for a in stored]
    assert [row[header.index("Секунд на решение")] for row in table[1:]] == [a.seconds for a in stored]


def test_effects_and_seconds_stay_numbers(workbook):
    sheet = workbook["Кошелёк у качелей"]
    header = [c.value for c in sheet[1]]
    cell = sheet.cell(row=3, column=header.index("Честность") + 1)
    assert cell.value == -2 and cell.data_type == "n"


def test_times_are_real_date_cells_in_local_time(store, class_session, tmp_path, astana_clock):
    out = write_xlsx([store.session(class_session)], tmp_path / "t.xlsx")
    sheet = openpyxl.load_workbook(out)["Scenario found-wallet"]
    cell = sheet["A2"]
    assert cell.is_date and "yy" in cell.number_format
    assert cell.value == datetime(2025, 3, 3, 9, 0, 30)
    assert cell.value == local_time(store.session(class_session).answers[0].answered_at)


def test_header_row_is_frozen_on_every_sheet(workbook):
    assert all(sheet.freeze_panes == "A2" for sheet in workbook.worksheets)


def test_formula_like_text_is_neutralised(workbook):
    sheet = workbook["Обзор"]
    values = [c.value for row in sheet.iter_rows() for c in row]
    assert "'=HYPERLINK(\"x\")" in values
    assert not any(isinstance(v, str) and v.startswith("=") for v in values)
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)


def test_empty_export_still_has_an_overview(tmp_path):
    book = openpyxl.load_workbook(write_xlsx([], tmp_path / "empty.xlsx"))
    assert book.sheetnames == ["Overview"]


@pytest.mark.parametrize("wanted, expected", [
    ("Кошелёк: [новый]?", "Кошелёк_ _новый__"),
    ("a/b\\c*d", "a_b_c_d"),
    ("'quoted'", "quoted"),
    ("Очень длинное название сценария про подарок", "Очень длинное название сценария"),
    ("", "Sheet"),
    ("History", "History_"),
])
def test_sheet_names_are_made_valid(wanted, expected):
    name = sheet_name(wanted, set())
    assert name == expected[:31]
    assert len(name) <= 31


def test_sheet_names_are_unique_ignoring_case():
    taken: set[str] = set()
    names = [sheet_name(n, taken) for n in ("Обзор", "обзор", "ОБЗОР", "x" * 40, "x" * 40)]
    assert len({n.lower() for n in names}) == 5
    assert all(len(n) <= 31 for n in names)
