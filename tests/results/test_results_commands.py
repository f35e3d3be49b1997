"""The `results` subcommands, run through the real command line with --data-dir."""

from __future__ import annotations

import io
import json

import openpyxl
import pytest

from play_for_integrity.cli import main
from play_for_integrity.results.store import DB_NAME, ResultsStore
from tests.results.conftest import at


@pytest.fixture
def data(tmp_path):
    return tmp_path / "data"


def run(*argv):
    return main(["results", *[str(a) for a in argv]])


@pytest.fixture
def demo(data, capsys):
    assert run("demo", "--class", "7Б", "--data-dir", data) == 0
    capsys.readouterr()
    with ResultsStore.open(data) as store:
        return store.sessions()[0]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_demo_then_list_shows_the_class(data, demo, capsys):
    assert run("list", "--data-dir", data) == 0
    out = capsys.readouterr().out
    assert demo.uuid[:8] in out and "7Б" in out and "24" in out


def test_list_of_an_empty_store_says_so(data, capsys):
    assert run("list", "--data-dir", data) == 0
    assert "No sessions" in capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "json"])
def test_export_writes_the_file(data, demo, tmp_path, fmt, capsys):
    out = tmp_path / f"class.{fmt}"
    assert run("export", "--session", demo.uuid[:8], "--format", fmt, "--out", out, "--data-dir", data) == 0
    assert out.is_file()
    assert f"({demo.answers} answers)" in capsys.readouterr().out


def test_export_all_to_xlsx_has_a_sheet_per_scenario(data, demo, tmp_path):
    out = tmp_path / "all.xlsx"
    assert run("export", "--all", "--format", "xlsx", "--out", out, "--lang", "en", "--data-dir", data) == 0
    with ResultsStore.open(data) as store:
        scenarios = {a.scenario_id for a in store.session(demo.uuid).answers}
    assert len(openpyxl.load_workbook(out).sheetnames) == 1 + len(scenarios)


def test_export_of_an_unknown_session_is_a_clear_error(data, demo, tmp_path, capsys):
    assert run("export", "--session", "ffffffff", "--format", "json", "--out", tmp_path / "x.json",
               "--data-dir", data) == 1
    err = capsys.readouterr().err
    assert err.startswith("play-for-integrity: there is no session") and "Traceback" not in err


def test_export_into_a_missing_folder_is_a_clear_error(data, demo, tmp_path, capsys):
    assert run("export", "--all", "--format", "csv", "--out", tmp_path / "no" / "x.csv", "--data-dir", data) == 1
    assert "does not exist" in capsys.readouterr().err


def test_export_in_an_unknown_language_is_a_clear_error(data, demo, tmp_path, capsys):
    assert run("export", "--all", "--format", "csv", "--out", tmp_path / "x.csv", "--lang", "xx",
               "--data-dir", data) == 1
    assert "unknown language" in capsys.readouterr().err


def test_merge_brings_a_session_to_another_computer(data, demo, tmp_path, capsys):
    out = tmp_path / "class.json"
    run("export", "--all", "--format", "json", "--out", out, "--data-dir", data)
    assert run("merge", out, "--data-dir", tmp_path / "teacher") == 0
    assert "added 1 sessions" in capsys.readouterr().out
    with ResultsStore.open(tmp_path / "teacher") as teacher:
        assert teacher.session(demo.uuid).participants


def test_merge_of_a_bad_file_names_it(data, tmp_path, capsys):
    bad = tmp_path / "broken.json"
    bad.write_text('{"format": "play-for-integrity-results", "version": 1, "sessions": [', encoding="utf-8")
    assert run("merge", bad, "--data-dir", data) == 1
    err = capsys.readouterr().err
    assert "broken.json" in err and "not complete JSON" in err


def test_delete_with_yes_removes_the_session(data, demo, capsys):
    assert run("delete", "--session", demo.uuid, "--yes", "--data-dir", data) == 0
    with ResultsStore.open(data) as store:
        assert store.sessions() == []


def test_delete_without_a_terminal_or_yes_refuses(data, demo, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    assert run("delete", "--session", demo.uuid, "--data-dir", data) == 1
    assert "--yes" in capsys.readouterr().err
    with ResultsStore.open(data) as store:
        assert len(store.sessions()) == 1


def test_delete_asks_and_deletes_on_yes(data, demo, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", Terminal("y\n"))
    assert run("delete", "--session", demo.uuid[:8], "--data-dir", data) == 0
    assert f"with {demo.answers} answers? [y/N]" in capsys.readouterr().out
    with ResultsStore.open(data) as store:
        assert store.sessions() == []


def test_delete_keeps_the_session_unless_the_answer_is_yes(data, demo, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", Terminal("\n"))
    assert run("delete", "--session", demo.uuid, "--data-dir", data) == 0
    assert "Nothing deleted" in capsys.readouterr().out
    with ResultsStore.open(data) as store:
        assert len(store.sessions()) == 1


def test_backup_writes_a_database_copy(data, demo, tmp_path):
    (tmp_path / "restore").mkdir()
    assert run("backup", "--out", tmp_path / "restore" / DB_NAME, "--data-dir", data) == 0
    with ResultsStore.open(tmp_path / "restore") as copy:
        assert [s.uuid for s in copy.sessions()] == [demo.uuid]


def test_damaged_database_is_reported_when_a_command_starts(data, capsys):
    data.mkdir()
    (data / DB_NAME).write_bytes(b"garbage" * 50)
    assert run("list", "--data-dir", data) == 0
    err = capsys.readouterr().err
    assert "moved to" in err and ".damaged-" in err


def test_data_dir_that_is_a_file_is_a_clear_error(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert run("list", "--data-dir", blocker) == 1
    err = capsys.readouterr().err
    assert err.startswith("play-for-integrity: ") and "Traceback" not in err


def test_json_export_from_the_cli_is_a_complete_document(data, demo, tmp_path):
    out = tmp_path / "e.json"
    run("export", "--session", demo.uuid, "--format", "json", "--out", out, "--data-dir", data)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert len(document["sessions"][0]["answers"]) == demo.answers


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_exports_show_the_words_next_to_the_ids(data, demo, tmp_path, fmt):
    """A teacher reads the scenario title, the option's text and the board move in the export's language."""
    import csv

    from play_for_integrity.content.library import load_library
    from play_for_integrity.i18n import get_translator

    out = tmp_path / f"class.{fmt}"
    assert run("export", "--all", "--format", fmt, "--out", out, "--lang", "ru", "--data-dir", data) == 0
    if fmt == "csv":
        with out.open(encoding="utf-8-sig", newline="") as handle:
            table = list(csv.reader(handle, delimiter=";"))
    else:
        sheet = openpyxl.load_workbook(out).worksheets[1]  # the first scenario's answers
        table = [list(row) for row in sheet.iter_rows(values_only=True)]
    header, rows = table[0], table[1:]
    tr, library = get_translator("ru"), load_library()
    scenario_id, choice_id, move_id = (tr.gettext(name) for name in ("Scenario id", "Choice id", "Board move id"))
    for row in rows:
        scenario = library.scenarios[row[header.index(scenario_id)]] if scenario_id in header else next(
            s for s in library.scenarios.values() if any(c.id == row[header.index(choice_id)]
                                                         for n in s.nodes.values() for c in n.choices))
        node = scenario.nodes[row[header.index(tr.gettext("Story step"))]]
        choice = node.choice(row[header.index(choice_id)])
        assert row[header.index(tr.gettext("Choice"))] == tr.choice_text(scenario, node, choice)
        assert row[header.index(tr.gettext("Board move"))] == tr.gettext(choice.board.capitalize())
        assert row[header.index(move_id)] == choice.board
        if scenario_id in header:
            assert row[header.index(tr.gettext("Scenario"))] == tr.scenario_title(scenario)


def test_a_long_list_shows_the_newest_page_and_says_how_to_see_more(tmp_path, capsys):
    folder = tmp_path / "data"
    with ResultsStore.open(folder) as store:
        for n in range(7):
            store.start_session(f"{n + 1}А", "solo", "6-10", "ru", [], started_at=at(n * 60))
    assert run("list", "--per-page", "3", "--data-dir", folder) == 0
    out = capsys.readouterr().out
    assert "7А" in out and "1А" not in out and "Page 1 of 3 (7 sessions in all)" in out
    assert run("list", "--per-page", "3", "--all", "--data-dir", folder) == 0
    out = capsys.readouterr().out
    assert "7А" in out and "1А" in out and "Page" not in out
