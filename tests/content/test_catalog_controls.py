"""NUL and control characters written as YAML escapes in bands, values and topics are refused at file:line:col."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from play_for_integrity import paths
from play_for_integrity.cli import main
from play_for_integrity.content.catalogs import load_catalogs

CASES = {  # file, text replaced, replacement, line:col of the problem, what the message says
    "band name ending in \\0": ("bands.yaml", "name: Ages 6–10", 'name: "Ages 6–10\\0"', "5:11", "U+0000 (NUL)"),
    "band name with \\x00": ("bands.yaml", "name: Ages 6–10", 'name: "Ages\\x00 6–10"', "5:11", "U+0000 (NUL)"),
    "band grades with escape": ("bands.yaml", "grades: Grades 1–4", 'grades: "Grades\\e[2J 1–4"', "8:13", "U+001B"),
    "band description with bell": ("bands.yaml", "description: Primary school.", 'description: "Primary\\a school.',
                                   "9:18", "U+0007"),
    "value name with NUL": ("values.yaml", "name: Honesty", 'name: "Honesty\\0"', "5:11", "U+0000 (NUL)"),
    "value description with backspace": ("values.yaml", "description: Telling the truth",
                                         'description: "Telling\\b the truth', "6:18", "U+0008"),
    "topic name with NUL": ("topics.yaml", "name: Gifts and bribery", 'name: "Gifts\\x00"', "6:11", "U+0000"),
    "topic name with C1 control": ("topics.yaml", "name: Gifts and bribery", 'name: "Gi\\x9bfts"', "6:11",
                                   "U+009B"),
    "topic id with NUL": ("topics.yaml", "id: gifts", 'id: "gi\\0fts"', "5:9", "is not a valid id"),
}


@pytest.fixture
def content(tmp_path: Path) -> Path:
    for name in ("bands.yaml", "values.yaml", "topics.yaml"):
        shutil.copy(paths.scenarios_dir() / name, tmp_path / name)
    return tmp_path


def _break(content: Path, file: str, old: str, new: str) -> None:
    path = content / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    if new.count('"') == 1:  # a quoted text cut at the first words: close the quote at the end of its line
        start = text.index(old)
        end = text.index("\n", start)
        text = text[:start] + new + text[start + len(old):end] + '"' + text[end:]
    else:
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(("file", "old", "new", "place", "said"), CASES.values(), ids=CASES.keys())
def test_a_control_character_in_a_catalog_is_refused_where_it_stands(content, file, old, new, place, said):
    _break(content, file, old, new)
    [problem] = load_catalogs(content).problems
    assert problem.location() == f"{content / file}:{place}" and said in problem.message
    assert "\x00" not in str(problem) and "\x1b" not in str(problem)


def test_validate_reports_a_nul_in_a_band_name_and_fails(content, capsys):
    _break(content, "bands.yaml", "name: Ages 6–10", 'name: "Ages 6–10\\0"')
    assert main(["validate", "--no-fit", str(content)]) == 1
    out = capsys.readouterr().out
    assert "bands.yaml:5:11: the character U+0000 (NUL) cannot be shown in the game" in out and "\x00" not in out


def test_a_fifo_in_place_of_a_catalog_is_refused_not_waited_on(tmp_path):
    import os
    import shutil
    import threading

    from play_for_integrity import paths
    from play_for_integrity.content.catalogs import load_catalogs

    for name in ("bands.yaml", "topics.yaml"):
        shutil.copy(paths.scenarios_dir() / name, tmp_path / name)
    os.mkfifo(tmp_path / "values.yaml")
    loaded = []
    worker = threading.Thread(target=lambda: loaded.append(load_catalogs(tmp_path)), daemon=True)
    worker.start()
    worker.join(10)
    assert loaded, "reading a FIFO must not wait for a writer"
    assert any("not a regular file" in p.message for p in loaded[0].problems)
