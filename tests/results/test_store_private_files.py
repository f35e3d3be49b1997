"""The class results name pupils: on POSIX the data folder and the files the game writes in it are the user's only."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

import play_for_integrity.results.store_open as store_open
from play_for_integrity import user_data
from play_for_integrity.play import teacher_export
from play_for_integrity.results.journal import JOURNAL_NAME
from play_for_integrity.results.store import DB_NAME, ResultsStore
from tests.results.conftest import record_class

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX (Windows: AppData is per user)")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(autouse=True)
def usual_umask():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_a_new_store_is_private(tmp_path):
    folder = tmp_path / "new" / "data"
    with ResultsStore.open(folder) as store:
        record_class(store)
        assert mode(folder) == 0o700
        for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm"):
            assert mode(folder / name) == 0o600, name


def test_an_older_store_file_is_made_private(tmp_path):
    tmp_path.joinpath(DB_NAME).touch(mode=0o644)
    os.chmod(tmp_path / DB_NAME, 0o644)
    ResultsStore.open(tmp_path).close()
    assert mode(tmp_path / DB_NAME) == 0o600


def test_the_journal_is_private(tmp_path, monkeypatch):
    monkeypatch.setattr(store_open, "BUSY_TIMEOUT", 0.1)
    with ResultsStore.open(tmp_path) as store:
        sid = store.start_session("7Б", "solo", "11-14", "ru", [])
        other = sqlite3.connect(tmp_path / DB_NAME, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        store.add_participant(sid, "Аружан")
        assert mode(tmp_path / JOURNAL_NAME) == 0o600
        other.execute("ROLLBACK")
        other.close()


def test_the_data_folder_is_created_private(tmp_path, monkeypatch):
    monkeypatch.delenv(user_data.ENV_VAR)
    default = tmp_path / "home" / "play-for-integrity"
    import platformdirs

    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *a, **k: str(default))
    assert user_data.ensure_user_data_dir() == default and mode(default) == 0o700
    os.chmod(default, 0o755)  # made by an older version
    user_data.ensure_user_data_dir()
    assert mode(default) == 0o700
    chosen = tmp_path / "lab-share"
    chosen.mkdir(mode=0o755)
    os.chmod(chosen, 0o755)
    user_data.ensure_user_data_dir(chosen)
    assert mode(chosen) == 0o755, "a folder the teacher chose for the lab keeps its sharing"


def test_the_teacher_views_fallback_export_is_private_and_documents_keep_the_umask(tmp_path, monkeypatch):
    from play_for_integrity.i18n import get_translator
    from play_for_integrity.results.demo_class import fill_demo_class
    from play_for_integrity.content.library import load_library
    from tests.play.conftest import CONTENT

    library = load_library(CONTENT)
    data_dir = tmp_path / "data"
    with ResultsStore.open(data_dir) as store:
        session = store.session(fill_demo_class(store, library, "7Б", language="en", pupils=2))
    documents = tmp_path / "Documents"
    monkeypatch.setattr(teacher_export, "documents_dir", lambda: documents)
    tr = get_translator("en")
    in_documents = teacher_export.export_session(session, "csv", tr, library, data_dir)
    assert in_documents.parent.parent == documents and mode(in_documents) == 0o644
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setattr(teacher_export, "documents_dir", lambda: blocker)
    fallback = teacher_export.export_session(session, "csv", tr, library, data_dir)
    assert fallback.parent == data_dir / "exports"
    assert mode(fallback.parent) == 0o700 and mode(fallback) == 0o600
