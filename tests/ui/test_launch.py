"""Starting the game: notices for bad content and catalogs, one game per data folder, nothing left behind."""

from __future__ import annotations

import gc
import shutil
import tempfile
from pathlib import Path

import platformdirs
import pytest

from play_for_integrity import paths
from play_for_integrity.cli import main
from play_for_integrity.i18n import reload
from play_for_integrity.i18n.registry import use_data_dir
from play_for_integrity.play.instance_lock import acquire
from play_for_integrity.ui import launch
from play_for_integrity.ui.launch import build_session
from play_for_integrity.user_data import ENV_VAR


def test_a_broken_catalog_is_a_notice_naming_the_file_and_line(tmp_path, monkeypatch):
    shutil.copytree(paths.locale_dir(), tmp_path / "locale")
    po = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "messages.po"
    lines = po.read_text(encoding="utf-8").splitlines()
    broken = next(i for i, line in enumerate(lines) if line.startswith('msgstr "') and len(line) > 12)
    lines[broken] = lines[broken].rstrip('"')  # a translator's missing closing quote
    po.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(paths, "locale_dir", lambda: tmp_path / "locale")
    reload()
    try:
        session = build_session(language="en", persist=False)
    finally:
        monkeypatch.undo()
        reload()
    [notice] = [n for n in session.notices if "messages.po" in n]
    assert f"messages.po:{broken + 1}:" in notice and "quote" in notice


@pytest.fixture(autouse=True)
def _default_translation_cache():
    """A run with --data-dir moves the translation cache for the rest of the process: put it back after each test."""
    yield
    use_data_dir(None)


@pytest.fixture
def default_folders(tmp_path, monkeypatch):
    """The per-user data and cache folders pointed at temp folders, and no $PLAY_FOR_INTEGRITY_DATA."""
    folders = {"data": tmp_path / "user-data", "cache": tmp_path / "user-cache"}
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *args, **kwargs: str(folders["data"]))
    monkeypatch.setattr(platformdirs, "user_cache_dir", lambda *args, **kwargs: str(folders["cache"]))
    reload()
    yield folders
    reload()


def _no_window(monkeypatch) -> list:
    opened: list = []
    monkeypatch.setattr(launch, "run_window", lambda session, start: opened.append(session) or 0)
    return opened


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_with_a_data_dir_translation_caches_go_there_and_nothing_into_the_user_folders(tmp_path, default_folders,
                                                                                      monkeypatch):
    opened = _no_window(monkeypatch)
    chosen = tmp_path / "lab"
    assert main(["play", "--data-dir", str(chosen)]) == 0 and opened
    opened[0].preload()  # what the game does once its first frame is up: the other languages' catalogs too
    assert not default_folders["data"].exists() and not default_folders["cache"].exists()
    assert {p.name for p in (chosen / "cache" / "i18n").iterdir()} >= {"kk.catalog", "ru.catalog"}


def test_without_a_data_dir_translation_caches_go_to_the_user_cache_folder(default_folders, monkeypatch):
    opened = _no_window(monkeypatch)
    assert main(["play"]) == 0
    opened[0].preload()
    assert {p.name for p in (default_folders["cache"] / "i18n").iterdir()} >= {"kk.catalog", "ru.catalog"}
    assert not (default_folders["data"] / "cache").exists()


@pytest.mark.parametrize("command", [["play"], ["play", "--scenario", "found-wallet"]], ids=["game", "preview"])
def test_a_second_game_on_a_data_folder_is_refused_and_touches_nothing(tmp_path, monkeypatch, capsys, command):
    opened = _no_window(monkeypatch)
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "settings.json").write_text("{damaged", encoding="utf-8")  # the first game's file, as it was
    with acquire(folder):
        before = _files(folder)
        assert main([*command, "--data-dir", str(folder)]) == 1
        assert _files(folder) == before and not opened
    [line] = capsys.readouterr().err.splitlines()
    assert line == (f"Play for Integrity is already running for the data folder {folder}: use that window, "
                    "or start with --data-dir OTHER_FOLDER")


def test_the_game_holds_its_data_folder_while_the_window_is_open(tmp_path, monkeypatch):
    held = []
    monkeypatch.setattr(launch, "run_window", lambda session, start: held.append(acquire(session.data_dir)) or 0)
    assert launch.run_game(tmp_path) == 0
    assert held == [None]  # refused while the window was open
    with acquire(tmp_path) as lock:
        assert lock is not None  # and free once it closed


def test_a_temporary_session_folder_is_removed_when_the_session_ends(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    session = build_session(language="en", persist=False)
    assert session.data_dir.parent == tmp_path and session.data_dir.is_dir()
    del session
    gc.collect()
    assert list(tmp_path.iterdir()) == []


def test_the_fall_back_folder_of_an_unusable_data_folder_is_removed_too(tmp_path, monkeypatch):
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    session = build_session(blocker / "data", language="en")
    assert session.data_dir.parent == temp and any("cannot be used" in notice for notice in session.notices)
    del session
    gc.collect()
    assert list(temp.iterdir()) == []


def test_the_game_reads_only_its_own_language_before_the_first_frame_and_the_others_notices_after(
        tmp_path, monkeypatch):
    """A broken catalog of another language is not read before the title is up, and its notice joins the title's
    list once the content is read (after the first frame)."""
    from play_for_integrity.i18n import registry

    locale = tmp_path / "locale"
    shutil.copytree(paths.locale_dir(), locale)
    (locale / "ru" / "LC_MESSAGES" / "messages.po").write_text('msgid "Play"\nmsgstr "Играть\n', encoding="utf-8")
    monkeypatch.setattr(paths, "locale_dir", lambda: locale)
    registry.reload()
    opened = _no_window(monkeypatch)
    try:
        assert main(["play", "--data-dir", str(tmp_path / "lab")]) == 0
        session = opened[0]
        assert session.tr.lang == "kk" and not any("ru" in str(n) and "messages.po" in str(n) for n in session.notices)
        session.preload()
        assert any("messages.po" in str(n) for n in session.notices), session.notices
    finally:
        registry.reload()
