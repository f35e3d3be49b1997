"""The complete session data as JSON for merging and other tools; the format is described by export.schema.json."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from play_for_integrity import __version__
from play_for_integrity.results.atomic_file import output_path, replacing
from play_for_integrity.results.records import Answer, Participant, SessionData, to_iso, utc_now

FORMAT = "play-for-integrity-results"
VERSION = 1
SCHEMA_FILE = Path(__file__).with_name("export.schema.json")


def _participant(p: Participant) -> dict[str, Any]:
    return {"uuid": p.uuid, "nickname": p.nickname,
            "finished_at": to_iso(p.finished_at) if p.finished_at else None, "profile": dict(p.profile)}


def _answer(a: Answer) -> dict[str, Any]:
    return {"uuid": a.uuid, "participant": a.participant_uuid, "scenario": a.scenario_id, "node": a.node_id,
            "choice": a.choice_id, "effects": dict(a.effects), "board": a.board, "seconds": a.seconds,
            "votes": a.votes, "answered_at": to_iso(a.answered_at)}


def session_to_dict(s: SessionData) -> dict[str, Any]:
    return {"uuid": s.uuid, "class_name": s.class_name, "mode": s.mode, "band": s.band, "language": s.language,
            "playlist": list(s.playlist), "started_at": to_iso(s.started_at),
            "ended_at": to_iso(s.ended_at) if s.ended_at else None,
            "participants": [_participant(p) for p in s.participants],
            "answers": [_answer(a) for a in s.answers]}


def export_document(sessions: Sequence[SessionData]) -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION, "exported_at": to_iso(utc_now()),
            "app_version": __version__, "sessions": [session_to_dict(s) for s in sessions]}


def write_json(sessions: Sequence[SessionData], out: str | Path) -> Path:
    """Write the export (UTF-8, Cyrillic kept readable), replacing `out` only once complete."""
    path = output_path(out)
    text = json.dumps(export_document(sessions), ensure_ascii=False, indent=1)
    with replacing(path) as temp:
        temp.write_text(text + "\n", encoding="utf-8")
    return path
