"""The versioned schema: a fresh store is at the latest version, and version-1 data survives the migrations."""

from __future__ import annotations

import sqlite3

import pytest

from play_for_integrity.results.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, migrate, schema_version
from play_for_integrity.results.store import DB_NAME, ResultsStore

SID = "11111111-1111-4111-8111-111111111111"
PID = "22222222-2222-4222-8222-222222222222"
AID = "33333333-3333-4333-8333-333333333333"


def make_version_1(path):
    """A database as the first release would have left it, with one session, pupil, answer and profile."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=1)
    conn.execute("INSERT INTO session VALUES (?, '2025-01-10T05:00:00.000+00:00', NULL, '5В', 'solo', '11-14', "
                 "'kk', '[\"found-wallet\"]')", (SID,))
    conn.execute("INSERT INTO participant VALUES (?, ?, 'Дияр', '2025-01-10T05:10:00.000+00:00')", (PID, SID))
    conn.execute("INSERT INTO answer VALUES (?, ?, ?, 'found-wallet', 'start', 'tell-mum', '{\"honesty\": 2}', "
                 "'ladder', 11.5, '2025-01-10T05:05:00.000+00:00')", (AID, SID, PID))
    conn.execute("INSERT INTO profile VALUES (?, 'honesty', 2)", (PID,))
    conn.close()


def test_fresh_store_is_at_the_latest_version_and_marked_as_ours(store):
    conn = store.connection
    assert schema_version(conn) == SCHEMA_VERSION == len(MIGRATIONS)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_version_1_database_is_migrated_to_the_latest(tmp_path):
    make_version_1(tmp_path / DB_NAME)
    with ResultsStore.open(tmp_path) as store:
        assert store.open_report is None
        assert schema_version(store.connection) == SCHEMA_VERSION


def test_version_1_answers_keep_their_data_and_count_as_one_vote(tmp_path):
    make_version_1(tmp_path / DB_NAME)
    with ResultsStore.open(tmp_path) as store:
        data = store.session(SID)
    assert data.class_name == "5В" and data.playlist == ("found-wallet",)
    assert [p.nickname for p in data.participants] == ["Дияр"]
    assert data.participants[0].profile == {"honesty": 2}
    (answer,) = data.answers
    assert (answer.uuid, answer.choice_id, answer.effects, answer.seconds, answer.votes) == (
        AID, "tell-mum", {"honesty": 2}, 11.5, 1)


def test_version_1_database_gains_the_settings_table(tmp_path):
    make_version_1(tmp_path / DB_NAME)
    with ResultsStore.open(tmp_path) as store:
        store.set_pin("2468")
        assert store.check_pin("2468")


def test_migrate_does_nothing_when_already_current(store):
    assert migrate(store.connection) == SCHEMA_VERSION
    assert schema_version(store.connection) == SCHEMA_VERSION


def test_failed_migration_leaves_the_old_version(tmp_path, monkeypatch):
    path = tmp_path / DB_NAME
    make_version_1(path)
    import play_for_integrity.results.schema as schema

    monkeypatch.setattr(schema, "MIGRATIONS", (*MIGRATIONS[:2], ("CREATE TABLE broken (",)))
    conn = sqlite3.connect(path, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError):
        schema.migrate(conn, target=3)
    assert schema_version(conn) == 1
    assert "votes" not in [row[1] for row in conn.execute("PRAGMA table_info(answer)")]
    conn.close()
