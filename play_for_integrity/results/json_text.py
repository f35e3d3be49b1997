"""The JSON text of one participant or one answer of an export, written as json.dumps would write it, but faster.

Shared by the export of sessions in memory (export_json) and the one made from a store's rows (json_stored), so the
two write the same bytes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from json.encoder import encode_basestring as quoted
from typing import Any

from play_for_integrity.results.records import Answer, Participant, to_iso

ANSWER = '{"uuid": %s, "participant": %s, %s, "seconds": %s, "votes": %d, "answered_at": %s}'
_CHOICE = '"scenario": %s, "node": %s, "choice": %s, "effects": %s, "board": %s'
# What quoting a text changes (json's encode_basestring with ensure_ascii=False): a text without these is quoted
# by putting it between double quotes.
NEEDS_ESCAPE = re.compile(r'["\\\x00-\x1f]')

_ENCODER = json.JSONEncoder(ensure_ascii=False)  # made once: json.dumps makes one at every call with options

def dumps(value: Any) -> str:
    return _ENCODER.encode(value)


def time_or_null(moment: Any) -> str | None:
    return to_iso(moment) if moment else None


def participant_fields(p: Participant) -> dict[str, Any]:
    return {"uuid": p.uuid, "nickname": p.nickname, "finished_at": time_or_null(p.finished_at),
            "profile": dict(p.profile)}


def answer_fields(a: Answer) -> dict[str, Any]:
    return {"uuid": a.uuid, "participant": a.participant_uuid, "scenario": a.scenario_id, "node": a.node_id,
            "choice": a.choice_id, "effects": dict(a.effects), "board": a.board, "seconds": a.seconds,
            "votes": a.votes, "answered_at": to_iso(a.answered_at)}


def participant_line(p: Participant) -> str:
    """participant_fields(p) as JSON, as json.dumps writes it (a hundred thousand of them in a school's year)."""
    if not all(type(value) is str and type(total) is int for value, total in p.profile.items()):
        return dumps(participant_fields(p))  # not what the store holds: let json say it
    profile = ", ".join(f"{quoted(value)}: {int.__repr__(total)}" for value, total in p.profile.items())
    finished = "null" if p.finished_at is None else quoted(to_iso(p.finished_at))
    return (f'{{"uuid": {quoted(p.uuid)}, "nickname": {quoted(p.nickname)}, "finished_at": {finished}, '
            f'"profile": {{{profile}}}}}')


def choice_fields(scenario_id: str, node_id: str, choice_id: str, effects: Mapping[str, int], board: str) -> str:
    """The fields of an answer that its choice decides, as JSON."""
    return _CHOICE % (quoted(scenario_id), quoted(node_id), quoted(choice_id), dumps(dict(effects)), quoted(board))
