"""Formula neutralisation of exported text."""

from __future__ import annotations

import pytest

from play_for_integrity.results.cell_safety import neutralise


@pytest.mark.parametrize("text", ["=1+1", "+7 701", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_formula_starts_get_a_quote(text):
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("text", ["Аружан", "7Б", "", "a=b", "'already"])
def test_ordinary_text_is_unchanged(text):
    assert neutralise(text) == text


@pytest.mark.parametrize("text, expected", [
    ("x\n=2*21\ny", "x\n'=2*21\ny"),
    ("x\r\n+1\r-2", "x\r\n'+1\r'-2"),
    ("a\u2028@SUM(A1)", "a\u2028'@SUM(A1)"),
    ("=1\n=2", "'=1\n'=2"),
])
def test_every_line_of_a_cell_is_neutralised(text, expected):
    assert neutralise(text) == expected


def test_a_csv_opened_with_the_wrong_separator_shows_no_formula(tmp_path):
    """Excel with ',' as separator splits a ';' file on line breaks inside quoted cells too: every line counts."""
    import csv

    from play_for_integrity.results.export_csv import write_table_csv
    from play_for_integrity.results.tables import Table

    out = write_table_csv(Table("t", ["Participant"], [["x\n=2*21\ny"]]), tmp_path / "t.csv", "ru")
    text = out.read_text(encoding="utf-8-sig")
    cells = [cell for line in text.splitlines() for row in csv.reader([line.strip('"')]) for cell in row]
    assert "=2*21" not in cells and not any(cell.startswith("=") for cell in cells)


def test_names_are_stored_without_control_characters(store):
    sid = store.start_session("7\tБ\u202e", "solo", "11-14", "ru", [])
    pid = store.add_participant(sid, "x\n=2*21\ny")
    data = store.session(sid)
    assert data.class_name == "7 Б" and data.participant(pid).nickname == "x =2*21 y"


def test_a_name_of_control_characters_only_is_refused(store):
    sid = store.start_session("7Б", "solo", "11-14", "ru", [])
    with pytest.raises(ValueError, match="must not be empty"):
        store.add_participant(sid, "\n\t\x00")
