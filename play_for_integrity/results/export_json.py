"""The complete session data as JSON for merging and other tools; the format is described by export.schema.json.

The file is written as the sessions are read, one session at a time, with one participant or answer per line,
so a year of answers takes no more memory than one lesson and the file is easy to compare line by line.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from json.encoder import encode_basestring as quoted
from pathlib import Path
from typing import IO, Any

from play_for_integrity import __version__
from play_for_integrity.results.atomic_file import output_path, replacing
from play_for_integrity.results.export_source import ExportSource, as_source
from play_for_integrity.results.progress import Progress
from play_for_integrity.results.records import Answer, Participant, SessionData, to_iso, utc_now

FORMAT = "play-for-integrity-results"
VERSION = 1
SCHEMA_FILE = Path(__file__).with_name("export.schema.json")
_ANSWER = '{"uuid": %s, "participant": %s, %s, "seconds": %s, "votes": %d, "answered_at": %s}'
_CHOICE = '"scenario": %s, "node": %s, "choice": %s, "effects": %s, "board": %s'
CACHE_LIMIT = 4096  # remembered choices: a year of answers repeats a few hundred


def _time(moment: Any) -> str | None:
    return to_iso(moment) if moment else None


def _participant(p: Participant) -> dict[str, Any]:
    return {"uuid": p.uuid, "nickname": p.nickname, "finished_at": _time(p.finished_at), "profile": dict(p.profile)}


def _answer(a: Answer) -> dict[str, Any]:
    return {"uuid": a.uuid, "participant": a.participant_uuid, "scenario": a.scenario_id, "node": a.node_id,
            "choice": a.choice_id, "effects": dict(a.effects), "board": a.board, "seconds": a.seconds,
            "votes": a.votes, "answered_at": to_iso(a.answered_at)}


def _session_fields(s: SessionData) -> dict[str, Any]:
    return {"uuid": s.uuid, "class_name": s.class_name, "mode": s.mode, "band": s.band, "language": s.language,
            "playlist": list(s.playlist), "started_at": to_iso(s.started_at), "ended_at": _time(s.ended_at)}


def session_to_dict(s: SessionData) -> dict[str, Any]:
    return {**_session_fields(s), "participants": [_participant(p) for p in s.participants],
            "answers": [_answer(a) for a in s.answers]}


def _document_fields() -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION, "exported_at": to_iso(utc_now()), "app_version": __version__}


def export_document(sessions: Sequence[SessionData]) -> dict[str, Any]:
    """The whole export as one object (for a few sessions; write_json streams any number)."""
    return {**_document_fields(), "sessions": [session_to_dict(s) for s in sessions]}


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _listed(lines: Iterable[str]) -> str:
    """A JSON list with one item per line, inside a session of the export."""
    text = ",\n   ".join(lines)
    return f"[\n   {text}\n  ]" if text else "[]"


class _Lines:
    """Writes one session as lines of JSON; an answer's line is filled in directly, the hot path of a big export."""

    def __init__(self, handle: IO[str]) -> None:
        self.handle = handle
        self._choices: dict[tuple, tuple[Mapping[str, int], str]] = {}

    def choice(self, a: Answer) -> str:
        """The fields a choice decides, as JSON; made once per choice (and effects) met."""
        key = (a.scenario_id, a.node_id, a.choice_id, a.board, id(a.effects))
        found = self._choices.get(key)
        if found is None or found[0] is not a.effects:  # kept with its effects, so their id stays their own
            if len(self._choices) > CACHE_LIMIT:
                self._choices.clear()
            text = _CHOICE % (quoted(a.scenario_id), quoted(a.node_id), quoted(a.choice_id), _dumps(dict(a.effects)),
                              quoted(a.board))
            found = self._choices[key] = (a.effects, text)
        return found[1]

    def answer(self, a: Answer) -> str:
        return _ANSWER % (quoted(a.uuid), quoted(a.participant_uuid), self.choice(a), float.__repr__(a.seconds),
                          a.votes, quoted(to_iso(a.answered_at)))

    def session(self, s: SessionData) -> None:
        head = _dumps(_session_fields(s))[:-1]  # the fields, leaving the object open for its lists
        people = _listed(_dumps(_participant(p)) for p in s.participants)
        self.handle.write(f'{head}, "participants": {people}, "answers": {_listed(map(self.answer, s.answers))}}}')


def write_json(sessions: Sequence[SessionData] | ExportSource, out: str | Path,
               progress: Progress | None = None) -> Path:
    """Write the export (UTF-8, Cyrillic kept readable), replacing `out` only once complete."""
    path = output_path(out)
    source = as_source(sessions)
    head = json.dumps({**_document_fields(), "sessions": []}, ensure_ascii=False, indent=1)
    with replacing(path) as temp, temp.open("w", encoding="utf-8", newline="\n") as handle, \
            progress or Progress.off() as shown:
        handle.write(head[:head.rindex("[]")] + "[")
        lines, written = _Lines(handle), 0
        for session in source.sessions():
            handle.write(",\n  " if written else "\n  ")
            lines.session(session)
            written += 1
            shown.done(len(session.answers))
        handle.write("\n ]\n}\n" if written else "]\n}\n")
    return path
