"""Whatever a hand edit or another tool left in the store, listing and exporting go on, naming what was left out."""

from __future__ import annotations

import sqlite3

import pytest

from play_for_integrity.cli import main
from play_for_integrity.results.store import DB_NAME, ResultsStore
from tests.results.conftest import record_class, record_vote, time_zone


@pytest.fixture
def almaty(monkeypatch):
    """The computer's clock set to Asia/Almaty (UTC+5), as in most of Kazakhstan's schools."""
    with time_zone(monkeypatch, "Asia/Almaty"):
        yield


@pytest.fixture
def data(tmp_path):
    folder = tmp_path / "data"
    with ResultsStore.open(folder) as store:
        damaged, healthy = record_class(store), record_vote(store)
    return folder, damaged, healthy


def edit(folder, *statements, loose: bool = False):
    """Change the database behind the game's back, as a hand edit in a database browser would."""
    conn = sqlite3.connect(folder / DB_NAME, isolation_level=None)
    if loose:  # drop the NOT NULL rules (ignore_check_constraints drops the CHECKs), so anything can go anywhere
        conn.execute("PRAGMA writable_schema = ON")
        for table in ("session", "participant", "answer", "profile"):
            conn.execute("UPDATE sqlite_master SET sql = replace(sql, 'NOT NULL', '') WHERE name = ?", (table,))
        conn.execute("PRAGMA writable_schema = OFF")
        conn.close()
        conn = sqlite3.connect(folder / DB_NAME, isolation_level=None)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    for statement in statements:
        conn.execute(statement)
    conn.close()


def run(*argv):
    return main(["results", *[str(a) for a in argv]])


SESSION_DAMAGE = {
    "an unknown mode": ("UPDATE session SET mode = 'quiz' WHERE class_name = '7Б'",),
    "a start that is no time": ("UPDATE session SET started_at = 'soon' WHERE class_name = '7Б'",),
    "a NULL class": ("UPDATE session SET class_name = NULL WHERE class_name = '7Б'",),
    "a blob for the band": ("UPDATE session SET band = x'00ff' WHERE class_name = '7Б'",),
}
ROW_DAMAGE = {
    "effects that are not JSON": "UPDATE answer SET effects = '{oops' WHERE choice_id = 'keep'",
    "text where the seconds belong": "UPDATE answer SET seconds = 'slow' WHERE choice_id = 'keep'",
    "NULL votes": "UPDATE answer SET votes = NULL WHERE choice_id = 'keep'",
    "an unknown board move": "UPDATE answer SET board = 'rocket' WHERE choice_id = 'keep'",
    "an answer time that is no time": "UPDATE answer SET answered_at = 'yesterday' WHERE choice_id = 'keep'",
    "a text profile total": "UPDATE profile SET total = 'lots' WHERE value_id = 'courage'",
    "a NULL nickname": "UPDATE participant SET nickname = NULL WHERE nickname = 'Аружан'",
}


@pytest.mark.parametrize("damage", SESSION_DAMAGE)
def test_a_damaged_session_is_left_out_of_list_and_export_with_a_warning(data, tmp_path, capsys, damage):
    folder, damaged, healthy = data
    edit(folder, *SESSION_DAMAGE[damage], loose=True)
    assert run("list", "--data-dir", folder) == 0
    out, err = capsys.readouterr()
    assert healthy[:8] in out and damaged[:8] not in out
    assert damaged in err and "Traceback" not in err
    for fmt in ("csv", "xlsx", "json"):
        assert run("export", "--all", "--format", fmt, "--out", tmp_path / f"all.{fmt}", "--data-dir", folder) == 0
        assert damaged in capsys.readouterr().err
    assert run("delete", "--session", damaged[:8], "--yes", "--data-dir", folder) == 0, "it can still be deleted"


@pytest.mark.parametrize("damage", ROW_DAMAGE)
def test_a_damaged_row_is_left_out_and_the_rest_exported(data, tmp_path, capsys, damage):
    folder, damaged, _ = data
    edit(folder, ROW_DAMAGE[damage], loose=True)
    assert run("list", "--data-dir", folder) == 0
    assert damaged[:8] in capsys.readouterr().out
    for fmt in ("csv", "xlsx", "json"):
        out = tmp_path / f"class.{fmt}"
        assert run("export", "--session", damaged[:8], "--format", fmt, "--out", out, "--data-dir", folder) == 0
        err = capsys.readouterr().err
        assert f"session {damaged}" in err and "left out" in err and out.is_file()


def test_a_session_whose_playlist_is_not_json_is_listed_but_not_exported(data, tmp_path, capsys):
    folder, damaged, healthy = data
    edit(folder, f"UPDATE session SET playlist = '[oops' WHERE uuid = '{damaged}'")
    assert run("list", "--data-dir", folder) == 0
    assert damaged[:8] in capsys.readouterr().out
    assert run("export", "--all", "--format", "csv", "--out", tmp_path / "all.csv", "--data-dir", folder) == 0
    assert damaged in capsys.readouterr().err
    assert run("export", "--session", damaged[:8], "--format", "csv", "--out", tmp_path / "one.csv",
               "--data-dir", folder) == 1
    err = capsys.readouterr().err
    assert damaged in err and "damaged" in err and "Traceback" not in err


def test_broken_utf8_is_shown_with_a_replacement_mark(data, capsys):
    folder, damaged, _ = data
    edit(folder, "UPDATE participant SET nickname = CAST(x'ff41' AS TEXT) WHERE nickname = 'Аружан'")
    with ResultsStore.open(folder) as store:
        assert "\ufffdA" in [p.nickname for p in store.session(damaged).participants]


def test_a_broken_rule_is_not_damage_to_the_file(data):
    folder, damaged, _ = data
    edit(folder, "UPDATE answer SET board = 'rocket' WHERE choice_id = 'keep'")
    with ResultsStore.open(folder) as store:
        assert store.open_report is None
        assert len(store.session(damaged).answers) == 3 and store.take_warnings()


def test_a_time_in_the_year_9999_survives_utc_plus_5(data, tmp_path, capsys, almaty):
    folder, damaged, _ = data
    edge = "9999-12-31T23:59:59.000+00:00"
    edit(folder, f"UPDATE session SET started_at = '{edge}', ended_at = '{edge}' WHERE uuid = '{damaged}'",
         f"UPDATE answer SET answered_at = '{edge}'", "UPDATE participant SET finished_at = '0001-01-01T00:00:00Z'")
    assert run("list", "--data-dir", folder) == 0
    assert damaged[:8] in capsys.readouterr().out
    for fmt in ("xlsx", "csv", "json"):
        assert run("export", "--all", "--format", fmt, "--out", tmp_path / f"all.{fmt}", "--data-dir", folder) == 0
    with ResultsStore.open(folder) as store:
        for summary in store.sessions():  # what the teacher view shows: local times
            summary.started_at.astimezone()
            recorded = store.session(summary.uuid)
            [a.answered_at.astimezone() for a in recorded.answers]
            [p.finished_at.astimezone() for p in recorded.participants if p.finished_at]


def test_the_integrity_check_does_not_count_a_broken_rule_as_damage(data):
    from play_for_integrity.results.db_health import _inspect

    folder, _, _ = data
    edit(folder, "UPDATE answer SET board = 'rocket' WHERE choice_id = 'keep'")
    conn = sqlite3.connect(folder / DB_NAME)  # a writable connection's check reports the CHECK rule too
    try:
        assert "CHECK" in conn.execute("PRAGMA quick_check").fetchone()[0]
        assert _inspect(conn) is None
    finally:
        conn.close()
