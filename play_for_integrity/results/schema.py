"""The database layout as an ordered list of migrations; PRAGMA user_version says how many have run."""

from __future__ import annotations

import sqlite3

# "PFI1": PRAGMA application_id marks a database as ours, so a foreign one is never migrated.
APPLICATION_ID = 0x50464931

# Migration N (1-based) brings the schema from version N-1 to N. Append only: never edit a shipped step.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: sessions, participants, answers and final profiles.
    (
        """CREATE TABLE session (
            uuid TEXT PRIMARY KEY,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            class_name TEXT NOT NULL,
            mode TEXT NOT NULL CHECK (mode IN ('solo', 'board', 'vote')),
            band TEXT NOT NULL,
            language TEXT NOT NULL,
            playlist TEXT NOT NULL DEFAULT '[]'
        )""",
        """CREATE TABLE participant (
            uuid TEXT PRIMARY KEY,
            session_uuid TEXT NOT NULL REFERENCES session(uuid) ON DELETE CASCADE,
            nickname TEXT NOT NULL,
            finished_at TEXT
        )""",
        """CREATE TABLE answer (
            uuid TEXT PRIMARY KEY,
            session_uuid TEXT NOT NULL REFERENCES session(uuid) ON DELETE CASCADE,
            participant_uuid TEXT NOT NULL REFERENCES participant(uuid) ON DELETE CASCADE,
            scenario_id TEXT NOT NULL,
            node_id TEXT NOT NULL,
            choice_id TEXT NOT NULL,
            effects TEXT NOT NULL,
            board TEXT NOT NULL CHECK (board IN ('ladder', 'stay', 'snake')),
            seconds REAL NOT NULL,
            answered_at TEXT NOT NULL
        )""",
        """CREATE TABLE profile (
            participant_uuid TEXT NOT NULL REFERENCES participant(uuid) ON DELETE CASCADE,
            value_id TEXT NOT NULL,
            total INTEGER NOT NULL,
            PRIMARY KEY (participant_uuid, value_id)
        )""",
    ),
    # 2: whole-class vote counts per answer, and a settings table (teacher PIN).
    (
        "ALTER TABLE answer ADD COLUMN votes INTEGER NOT NULL DEFAULT 1 CHECK (votes >= 1)",
        "CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ),
    # 3: indexes for the per-session reads and the cascading delete.
    (
        "CREATE INDEX participant_by_session ON participant(session_uuid)",
        "CREATE INDEX answer_by_session ON answer(session_uuid, answered_at)",
        "CREATE INDEX answer_by_participant ON answer(participant_uuid)",
    ),
    # 4: the order each participant's answers were recorded in, which an undo follows (clocks can go back).
    (
        "ALTER TABLE answer ADD COLUMN seq INTEGER",
        "UPDATE answer SET seq = rowid",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Run the missing migrations up to `target` in one transaction; returns the version reached.

    The connection must be in autocommit mode (isolation_level=None) so that BEGIN/COMMIT here are the only ones.
    """
    current = schema_version(conn)
    if current >= target:
        return current
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = schema_version(conn)  # another process may have migrated while we waited for the lock
        for version in range(current + 1, target + 1):
            for statement in MIGRATIONS[version - 1]:
                conn.execute(statement)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {max(current, target)}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return max(current, target)
