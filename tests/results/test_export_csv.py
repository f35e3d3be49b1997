"""The CSV export: BOM for Excel, `;` where the decimal mark is a comma, Cyrillic intact, no formulas."""

from __future__ import annotations

import csv

import pytest

from play_for_integrity.results.errors import ResultsError
from play_for_integrity.results.export_csv import csv_dialect, write_csv
from tests.results.conftest import russian


def read_back(path, separator):
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig")
    return raw, list(csv.reader(text.splitlines(), delimiter=separator))


@pytest.mark.parametrize("language, separator, mark", [("ru", ";", ","), ("kk", ";", ","), ("en", ",", ".")])
def test_separator_follows_the_decimal_mark(language, separator, mark):
    assert csv_dialect(language) == (separator, mark)


def test_file_starts_with_a_bom(store, class_session, tmp_path):
    out = write_csv([store.session(class_session)], tmp_path / "a.csv", "ru")
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize("language, separator", [("ru", ";"), ("kk", ";"), ("en", ",")])
def test_rows_read_back_with_the_language_separator(store, class_session, tmp_path, language, separator):
    out = write_csv([store.session(class_session)], tmp_path / "a.csv", language)
    _, table = read_back(out, separator)
    assert len(table) == 1 + len(store.session(class_session).answers)
    assert all(len(row) == len(table[0]) for row in table)


def test_cyrillic_and_translated_headers_survive(store, class_session, tmp_path):
    out = write_csv([store.session(class_session)], tmp_path / "a.csv", "ru", russian,
                    value_names={"honesty": "Честность"})
    _, table = read_back(out, ";")
    header = table[0]
    assert header[:3] == ["Время ответа", "Класс", "Участник"]
    assert "Честность" in header
    assert table[1][1:3] == ["7Б", "Аружан"]


def test_numbers_use_the_language_decimal_mark(store, class_session, tmp_path):
    out = write_csv([store.session(class_session)], tmp_path / "a.csv", "ru")
    _, table = read_back(out, ";")
    seconds = [row[table[0].index("Seconds to decide")] for row in table[1:]]
    assert seconds == ["12,5", "7,25", "20", "9"]
    honesty = [row[table[0].index("honesty")] for row in table[1:]]
    assert honesty == ["2", "-2", "2", ""]  # the last choice does not touch honesty


def test_english_numbers_use_a_point(store, class_session, tmp_path):
    out = write_csv([store.session(class_session)], tmp_path / "a.csv", "en")
    _, table = read_back(out, ",")
    assert table[1][table[0].index("Seconds to decide")] == "12.5"


def test_dates_are_written_in_one_iso_like_form(store, class_session, tmp_path):
    from datetime import datetime

    out = write_csv([store.session(class_session)], tmp_path / "a.csv", "en")
    _, table = read_back(out, ",")
    stamps = [row[0] for row in table[1:]]
    assert all(datetime.strptime(s, "%Y-%m-%d %H:%M:%S") for s in stamps)


def test_formula_like_text_is_neutralised(store, class_session, tmp_path):
    out = write_csv([store.session(class_session)], tmp_path / "a.csv", "en")
    _, table = read_back(out, ",")
    names = {row[2] for row in table[1:]}
    assert "'=HYPERLINK(\"x\")" in names
    assert not any(cell.startswith(("=", "+", "@")) for row in table for cell in row)


def test_overview_table_has_one_row_per_participant(store, class_session, tmp_path):
    out = write_csv([store.session(class_session)], tmp_path / "p.csv", "kk", table="overview")
    _, table = read_back(out, ";")
    assert [row[table[0].index("Participant")] for row in table[1:]] == ["Аружан", "'=HYPERLINK(\"x\")"]


def test_unknown_language_is_refused(store, class_session, tmp_path):
    with pytest.raises(ResultsError, match="unknown language"):
        write_csv([store.session(class_session)], tmp_path / "a.csv", "xx")
    assert not (tmp_path / "a.csv").exists()


def test_missing_output_folder_is_reported(store, class_session, tmp_path):
    with pytest.raises(ResultsError, match="does not exist"):
        write_csv([store.session(class_session)], tmp_path / "nowhere" / "a.csv", "en")
