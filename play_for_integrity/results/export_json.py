"""The complete session data as JSON for merging and other tools; the format is described by export.schema.json.

The file is written as the sessions are read, one session at a time, with one participant or answer per line,
so a year of answers takes no more memory than one lesson and the file is easy to compare line by line.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from play_for_integrity import __version__
from play_for_integrity.results.atomic_file import output_path, replacing
from play_for_integrity.results.export_parts import Shared
from play_for_integrity.results.export_source import ExportSource, as_source
from play_for_integrity.results.json_stored import SEPARATOR, QuotedIds, StoredLines
from play_for_integrity.results.json_text import (ANSWER, answer_fields, choice_fields, dumps, participant_fields,
                                                  participant_line, quoted, time_or_null)
from play_for_integrity.results.progress import Progress
from play_for_integrity.results.records import Answer, SessionData, to_iso, utc_now

FORMAT = "play-for-integrity-results"
VERSION = 1
SCHEMA_FILE = Path(__file__).with_name("export.schema.json")
CACHE_LIMIT = 4096  # remembered choices: a year of answers repeats a few hundred


def _session_fields(s: SessionData) -> dict[str, Any]:
    return {"uuid": s.uuid, "class_name": s.class_name, "mode": s.mode, "band": s.band, "language": s.language,
            "playlist": list(s.playlist), "started_at": to_iso(s.started_at), "ended_at": time_or_null(s.ended_at)}


def session_to_dict(s: SessionData) -> dict[str, Any]:
    return {**_session_fields(s), "participants": [participant_fields(p) for p in s.participants],
            "answers": [answer_fields(a) for a in s.answers]}


def _document_fields() -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION, "exported_at": to_iso(utc_now()), "app_version": __version__}


def export_document(sessions: Sequence[SessionData]) -> dict[str, Any]:
    """The whole export as one object (for a few sessions; write_json streams any number)."""
    return {**_document_fields(), "sessions": [session_to_dict(s) for s in sessions]}


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
            found = self._choices[key] = (a.effects, choice_fields(a.scenario_id, a.node_id, a.choice_id, a.effects,
                                                                   a.board))
        return found[1]

    def answer(self, a: Answer) -> str:
        return ANSWER % (quoted(a.uuid), quoted(a.participant_uuid), self.choice(a), float.__repr__(a.seconds),
                         a.votes, quoted(to_iso(a.answered_at)))

    def session(self, s: SessionData, people: str | None = None, answers: str | None = None) -> None:
        """Write session `s`; its participants' and answers' lines joined are `people` and `answers` when given
        (made from stored rows)."""
        head = dumps(_session_fields(s))[:-1]  # the fields, leaving the object open for its lists
        if people is None:
            people = SEPARATOR.join(map(participant_line, s.participants))
        if answers is None:
            answers = SEPARATOR.join(map(self.answer, s.answers))
        # Written apart: the answers are plain ASCII, which Cyrillic names beside them would make twice as wide.
        self.handle.write(f'{head}, "participants": {_listed(people)}, "answers": ')
        if answers:
            self.handle.write("[\n   ")
            self.handle.write(answers)
            self.handle.write("\n  ]}")
        else:
            self.handle.write("[]}")


def _listed(text: str) -> str:
    """A JSON list of lines joined by SEPARATOR, inside a session of the export."""
    return f"[\n   {text}\n  ]" if text else "[]"


def _write_stored(source: ExportSource, lines: _Lines, shown: Progress, temp: Path) -> int:
    """Write every session of a store from its stored rows (a big store's shared with a second process, see
    export_parts); returns how many were written."""
    with Shared(source, shown, "json", temp) as shared:
        written = stored_sessions(shared.here, lines.handle, shown, poll=shared.poll, lines=lines)
        rest = shared.finish()
        if rest.source is not None:
            written += stored_sessions(rest.source, lines.handle, shown, lead=",\n  " if written else "\n  ",
                                       lines=lines)
        elif rest.written:
            lines.handle.write(",\n  " if written else "\n  ")
            rest.copy_into(lines.handle)
            written += rest.written
    return written


def stored_sessions(source: ExportSource, handle: IO[str], shown: Progress | Any, lead: str = "\n  ",
                    poll: Callable[[], None] | None = None, lines: _Lines | None = None) -> int:
    """Write the sessions of a store from their stored rows, separated by commas, the first after `lead`; returns
    how many were written."""
    lines = lines or _Lines(handle)
    stored, written = StoredLines(lines.answer, source.decode), 0
    for session, people_rows, rows in source.stored_people():
        lines.handle.write(",\n  " if written else lead)
        found = stored.people(people_rows)
        if found is None:  # a row not in the common form: the participants as any reading of them gives them
            participants = source.participants(session.uuid, people_rows)
            people, ids = None, QuotedIds((p.uuid, quoted(p.uuid)) for p in participants)
            session = replace(session, participants=participants)
        else:
            people, ids = found
        lines.session(session, people, stored.answers(session.uuid, rows, ids))
        written += 1
        shown.done(len(rows))
        if poll is not None:
            poll()
    return written


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
        if source.stored_people is not None:
            written = _write_stored(source, lines, shown, temp)
        else:
            for session in source.sessions():
                handle.write(",\n  " if written else "\n  ")
                lines.session(session)
                written += 1
                shown.done(len(session.answers))
        handle.write("\n ]\n}\n" if written else "]\n}\n")
    return path
