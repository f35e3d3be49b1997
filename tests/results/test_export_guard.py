"""`results export --out` never overwrites the class results, and replaces another file only when told to."""

from __future__ import annotations

import io

import pytest

from play_for_integrity.cli import main
from play_for_integrity.results.journal import JOURNAL_NAME
from play_for_integrity.results.store import DB_NAME, ResultsStore
from tests.results.conftest import record_class


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def data(tmp_path):
    folder = tmp_path / "data"
    with ResultsStore.open(folder) as store:
        record_class(store)
    return folder


def export(data, out, *extra):
    return main(["results", "export", "--all", "--format", "csv", "--out", str(out), "--data-dir", str(data),
                 *extra])


def sessions_in(folder):
    with ResultsStore.open(folder) as store:
        return len(store.sessions())


@pytest.mark.parametrize("name", [DB_NAME, DB_NAME + "-wal", JOURNAL_NAME, "settings.json"])
def test_files_of_the_data_folder_are_never_overwritten(data, capsys, name):
    target = data / name
    if name == "settings.json":
        target.write_text("{}", encoding="utf-8")
    before = target.read_bytes() if target.exists() else None
    assert export(data, target, "--force") == 1
    assert "data folder" in capsys.readouterr().err
    assert (target.read_bytes() if target.exists() else None) == before
    assert sessions_in(data) == 1


def test_a_link_to_the_database_is_the_database(data, tmp_path, capsys):
    link = tmp_path / "results.csv"
    link.symlink_to(data / DB_NAME)
    assert export(data, link, "--force") == 1
    assert "data folder" in capsys.readouterr().err and sessions_in(data) == 1


def test_an_existing_file_needs_force_without_a_terminal(data, tmp_path, capsys):
    out = tmp_path / "class.csv"
    out.write_text("keep me", encoding="utf-8")
    assert export(data, out) == 1
    assert "--force" in capsys.readouterr().err and out.read_text(encoding="utf-8") == "keep me"
    assert export(data, out, "--force") == 0 and out.read_text(encoding="utf-8") != "keep me"


def test_on_a_terminal_the_teacher_is_asked(data, tmp_path, monkeypatch):
    out = tmp_path / "class.csv"
    out.write_text("keep me", encoding="utf-8")
    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    assert export(data, out) == 1 and out.read_text(encoding="utf-8") == "keep me"
    monkeypatch.setattr("sys.stdin", Terminal("y\n"))
    assert export(data, out) == 0 and out.read_text(encoding="utf-8") != "keep me"


def test_a_new_file_is_written_without_a_question(data, tmp_path):
    assert export(data, tmp_path / "new.csv") == 0 and (tmp_path / "new.csv").is_file()
