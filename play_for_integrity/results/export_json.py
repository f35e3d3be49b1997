"""The complete session data as JSON for merging and other tools; the format is described by export.schema.json.

The file is written as the sessions are read, one session at a time, with one participant or answer per line,
so a year of answers takes no more memory than one lesson and the file is easy to compare line by line.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from json.encoder import encode_basestring as quoted
from pathlib import Path
from typing import IO, Any

from play_for_integrity import __version__
from play_for_integrity.results import stored_rows as sr
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


def _participant_line(p: Participant) -> str:
    """_participant(p) as JSON, as json.dumps writes it (a hundred thousand of them in a school's year)."""
    if not all(type(value) is str and type(total) is int for value, total in p.profile.items()):
        return _dumps(_participant(p))  # not what the store holds: let json say it
    profile = ", ".join(f"{quoted(value)}: {int.__repr__(total)}" for value, total in p.profile.items())
    finished = "null" if p.finished_at is None else quoted(to_iso(p.finished_at))
    return (f'{{"uuid": {quoted(p.uuid)}, "nickname": {quoted(p.nickname)}, "finished_at": {finished}, '
            f'"profile": {{{profile}}}}}')


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


_ENCODER = json.JSONEncoder(ensure_ascii=False)  # made once: json.dumps makes one at every call with options


def _dumps(value: Any) -> str:
    return _ENCODER.encode(value)


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
            found = self._choices[key] = (a.effects, _choice(a.scenario_id, a.node_id, a.choice_id, a.effects,
                                                             a.board))
        return found[1]

    def answer(self, a: Answer) -> str:
        return _ANSWER % (quoted(a.uuid), quoted(a.participant_uuid), self.choice(a), float.__repr__(a.seconds),
                          a.votes, quoted(to_iso(a.answered_at)))

    def session(self, s: SessionData, answers: Iterable[str] | None = None) -> None:
        """Write session `s`; its answers' lines are `answers` when given (made from stored rows)."""
        head = _dumps(_session_fields(s))[:-1]  # the fields, leaving the object open for its lists
        people = _listed(map(_participant_line, s.participants))
        answers = map(self.answer, s.answers) if answers is None else answers
        # Written apart: the answers are plain ASCII, which Cyrillic names beside them would make twice as wide.
        self.handle.write(f'{head}, "participants": {people}, "answers": ')
        text = ",\n   ".join(answers)  # then written as _listed writes it, without copying it once more
        if text:
            self.handle.write("[\n   ")
            self.handle.write(text)
            self.handle.write("\n  ]}")
        else:
            self.handle.write("[]}")


def _choice(scenario_id: str, node_id: str, choice_id: str, effects: Mapping[str, int], board: str) -> str:
    return _CHOICE % (quoted(scenario_id), quoted(node_id), quoted(choice_id), _dumps(dict(effects)), quoted(board))


class _QuotedIds(dict):
    """Participant ids -> the ids as JSON strings: a session's own made once; any other quoted when met."""

    def __missing__(self, key: Any) -> str:
        return quoted(key)  # TypeError for what is not text, as quoting it in place would raise


class _StoredLines:
    """An answer's line made straight from its stored row, as _Lines.answer makes it of the Answer the row holds.

    The parts a choice decides and the seconds are made once (the fields checked then); the ids are quoted, and
    the time, kept in the store in the very form the export writes, is copied. A row not in that common form goes
    the long way (see stored_rows).
    """

    def __init__(self, lines: _Lines, decode: Callable[[str, tuple], Answer | None]) -> None:
        self.lines, self.decode = lines, decode
        self._choices: dict[tuple, str] = {}  # (scenario, node, choice, effects as stored, board) -> their fields
        self._seconds: dict[float, str] = {}
        self._hours: set[str] = set()  # UTC hours (STORED_TIME[:HOUR]) seen to be real ones

    def answers(self, sid: str, rows: Sequence[tuple], learn: bool = True,
                people: _QuotedIds | None = None) -> list[str]:
        """The lines of a session's stored rows; `people` has its participants' ids quoted, made once."""
        choices, seconds_, hours, stored_time = self._choices, self._seconds, self._hours, sr.STORED_TIME.fullmatch
        people = _QuotedIds() if people is None else people
        out = []
        for row in rows:
            uuid, pid, scenario, node, choice, effects, board, seconds, at, votes, _ = row
            try:
                line = (f'{{"uuid": {quoted(uuid)}, "participant": {people[pid]}, '
                        f'{choices[scenario, node, choice, effects, board]}, "seconds": {seconds_[seconds]}, '
                        f'"votes": {votes}, "answered_at": "{at}"}}')
            except (KeyError, TypeError):  # a piece not made yet, or a field of the wrong kind
                line = None
            if (line is None or type(votes) is not int or votes < 1 or type(at) is not str or at[:sr.HOUR] not in hours
                    or not stored_time(at)):
                if learn and self._learn(row):
                    out.extend(self.answers(sid, [row], False, people))
                    continue
                answer = self.decode(sid, row)
                if answer is None:
                    continue
                line = self.lines.answer(answer)
            out.append(line)
        return out

    def _learn(self, row: tuple) -> bool:
        """Make the pieces `row` needs, checking its fields; False when it must go the long way."""
        uuid, pid, scenario, node, choice, effects, board, seconds, at, votes, _ = row
        if not sr.all_text(uuid, pid) or type(votes) is not int or votes < 1 or sr.stored_moment(at) is None:
            return False
        key = (scenario, node, choice, effects, board)
        if key not in self._choices:
            graded = sr.effects_of(effects)
            if graded is None or not sr.choice_ok(scenario, node, choice, board, votes):
                return False
            sr.remember(self._choices, key, _choice(scenario, node, choice, graded, board))
        if seconds not in self._seconds:
            if not sr.seconds_ok(seconds):
                return False
            sr.remember(self._seconds, seconds, float.__repr__(float(seconds)))
        if len(self._hours) >= sr.CACHE_LIMIT:
            self._hours.clear()
        self._hours.add(at[:sr.HOUR])
        return True


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
        if source.stored is not None:
            stored = _StoredLines(lines, source.decode)
            for session, rows in source.stored(True):
                handle.write(",\n  " if written else "\n  ")
                people = _QuotedIds((p.uuid, quoted(p.uuid)) for p in session.participants)
                lines.session(session, stored.answers(session.uuid, rows, people=people))
                written += 1
                shown.done(len(rows))
        else:
            for session in source.sessions():
                handle.write(",\n  " if written else "\n  ")
                lines.session(session)
                written += 1
                shown.done(len(session.answers))
        handle.write("\n ]\n}\n" if written else "]\n}\n")
    return path
