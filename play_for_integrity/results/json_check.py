"""Check a JSON results export completely (the rules of export.schema.json plus cross-references) before merging."""

from __future__ import annotations

import math
import re
from datetime import date
from itertools import chain
from operator import itemgetter
from typing import Any

from play_for_integrity.content.model import BOARD_MOVES, EFFECT_MAX, EFFECT_MIN
from play_for_integrity.results.export_json import FORMAT, VERSION
from play_for_integrity.results.records import (MODES, SECONDS_MAX, TOTAL_LIMIT, VOTES_MAX, YEARS, from_iso,
                                                within_years)
from play_for_integrity.results.text_rules import UNSAFE, unsafe_character

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.ASCII)
TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})", re.ASCII)
SESSION_KEYS = {"uuid", "class_name", "mode", "band", "language", "playlist", "started_at", "ended_at",
                "participants", "answers"}
PARTICIPANT_KEYS = {"uuid", "nickname", "finished_at", "profile"}
ANSWER_KEYS = {"uuid", "participant", "scenario", "node", "choice", "effects", "board", "seconds", "votes",
               "answered_at"}
MAX_REPORTED = 5
# The checks a whole session's answers or participants pass together (a column at a time, in C where it can be):
# many UUIDs or store-form times joined by line feeds, each exactly 36 or 29 characters long.
UUIDS = re.compile(r"(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\n)*", re.ASCII)
STORE_TIMES = re.compile(r"(?:(?:19|2\d)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:"
                         r"[0-5]\d\.\d{3}\+00:00\n)*", re.ASCII)
ANSWER_COLUMNS = ("uuid", "participant", "scenario", "node", "choice", "effects", "board", "seconds", "votes",
                  "answered_at")
PARTICIPANT_COLUMNS = ("uuid", "nickname", "finished_at", "profile")
_answer_row = itemgetter(*ANSWER_COLUMNS)
_participant_row = itemgetter(*PARTICIPANT_COLUMNS)
_BOARD_MOVES = frozenset(BOARD_MOVES)


class Checker:
    """Walks the document and collects every problem as `where: what`."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.seen_uuids: set[str] = set()
        self._fine: set[str] = set()  # texts already found fine: a file repeats its ids thousands of times
        self._days: set[str] = set()  # days (2025-03-01) found on the calendar
        # The last session's answers as columns in ANSWER_COLUMNS' order, when they passed the column checks (their
        # times then in the store's own form), for the merger to use as they are; else None.
        self.checked_answers: list[tuple] | None = None

    def fail(self, where: str, what: str) -> None:
        self.problems.append(f"{where}: {what}")

    def keys(self, obj: Any, required: set[str], where: str, optional: set[str] = frozenset()) -> bool:
        if not isinstance(obj, dict):
            self.fail(where, f"expected an object, found {type(obj).__name__}")
            return False
        for key in sorted(required - obj.keys()):
            self.fail(where, f"'{key}' is missing")
        for key in sorted(obj.keys() - required - optional):
            self.fail(where, f"unexpected field {key!r:.60}")
        return required <= obj.keys()

    def text(self, value: Any, where: str, low: int = 1, high: int = 100) -> None:
        if not isinstance(value, str) or not low <= len(value) <= high:
            self.fail(where, f"expected text of {low} to {high} characters, found {value!r:.60}")
        elif unsafe_character(value):
            self.fail(where, f"the text {value!r:.60} holds the control or invalid character {unsafe_character(value)}"
                      " (a line break, for example), which could hide a formula in a spreadsheet")

    def integer(self, value: Any, where: str, low: float = -math.inf, high: float = math.inf) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.fail(where, f"expected a whole number from {low} to {high}, found {value!r:.60}")

    def uuid(self, value: Any, where: str, unique: bool = True) -> None:
        if not isinstance(value, str) or not UUID.fullmatch(value):
            self.fail(where, f"expected a UUID, found {value!r:.60}")
        elif unique:
            if value in self.seen_uuids:
                self.fail(where, f"the UUID {value} appears twice in the file")
            self.seen_uuids.add(value)

    def time(self, value: Any, where: str, nullable: bool = False) -> None:
        if value is None and nullable:
            return
        try:
            if not isinstance(value, str) or not TIME.fullmatch(value):
                raise ValueError
            moment = from_iso(value)
        except ValueError:
            self.fail(where, f"expected a date and time such as 2025-03-01T08:15:02+00:00, found {value!r:.60}")
            return
        if not within_years(moment):
            self.fail(where, f"the time {value} is not between the years {YEARS[0]} and {YEARS[1]}")

    def grades(self, value: Any, where: str, low: float = -math.inf, high: float = math.inf) -> None:
        if not isinstance(value, dict):
            self.fail(where, "expected an object of value id: number")
            return
        for key, grade in value.items():
            self.text(key, f"{where} key")
            shown = key if isinstance(key, str) and not unsafe_character(key) else repr(key)
            self.integer(grade, f"{where}.{shown:.40}", low, high)

    def session(self, s: Any, where: str) -> None:
        self.checked_answers = None
        if not self.keys(s, SESSION_KEYS, where):
            return
        self.uuid(s["uuid"], f"{where}.uuid")
        self.text(s["class_name"], f"{where}.class_name", high=40)
        if s["mode"] not in MODES:
            self.fail(f"{where}.mode", f"expected one of {', '.join(MODES)}, found {s['mode']!r:.60}")
        self.text(s["band"], f"{where}.band")
        self.text(s["language"], f"{where}.language", low=2, high=20)
        if isinstance(s["playlist"], list):
            for i, item in enumerate(s["playlist"]):
                self.text(item, f"{where}.playlist[{i}]")
        else:
            self.fail(f"{where}.playlist", "expected a list of scenario ids")
        self.time(s["started_at"], f"{where}.started_at")
        self.time(s["ended_at"], f"{where}.ended_at", nullable=True)
        people = self.listed(s["participants"], f"{where}.participants")
        members = fine_members = self._fine_people(people)
        if members is None:  # a closer look, one participant at a time, to say what is wrong
            members = set()
            for i, p in enumerate(people):
                self.participant(p, f"{where}.participants[{i}]")
                if isinstance(p, dict) and isinstance(p.get("uuid"), str):
                    members.add(p["uuid"])
            fine_members = {uuid for uuid in members if UUID.fullmatch(uuid)}
        answers = self.listed(s["answers"], f"{where}.answers")
        if not self._fine_answers(answers, fine_members):
            for i, a in enumerate(answers):
                if not self._fine_answer(a, fine_members):
                    self.answer(a, f"{where}.answers[{i}]", members)

    # -- a session's answers and participants checked a column at a time: True only when every rule holds ----

    def _fine_answers(self, answers: list, members: set[str]) -> bool:
        """True when every answer passes every rule of `answer` (their UUIDs are remembered); False: look closer."""
        columns = _columns(answers, _answer_row, len(ANSWER_COLUMNS))
        if columns is None:
            return False
        uuids, pids, scenarios, nodes, choices, effects, boards, seconds, votes, times = columns
        try:
            fine = (self._fine_uuids(uuids) and members.issuperset(pids) and self._fine_ids(scenarios)
                    and self._fine_ids(nodes) and self._fine_ids(choices) and _BOARD_MOVES.issuperset(boards)
                    and self._fine_grades(effects, EFFECT_MIN, EFFECT_MAX)
                    and _within(seconds, _NUMBERS, 0, SECONDS_MAX) and _within(votes, _WHOLE, 1, VOTES_MAX)
                    and self._fine_times(times))
        except TypeError:  # an object or a list where a text or a number belongs
            return False
        if fine:
            self.seen_uuids.update(uuids)
            self.checked_answers = columns
        return fine

    def _fine_people(self, people: list) -> set[str] | None:
        """The participants' UUIDs when each passes every rule of `participant` (then remembered), else None."""
        columns = _columns(people, _participant_row, len(PARTICIPANT_COLUMNS))
        if columns is None:
            return None
        uuids, names, finished, profiles = columns
        try:
            fine = (self._fine_uuids(uuids) and _fine_names(names)
                    and self._fine_times([moment for moment in finished if moment is not None])
                    and self._fine_grades(profiles, -TOTAL_LIMIT, TOTAL_LIMIT))
        except TypeError:
            return None
        if not fine:
            return None
        self.seen_uuids.update(uuids)
        return set(uuids)

    def _fine_uuids(self, values: tuple) -> bool:
        """True when every value is a UUID that appears once in the file so far."""
        return (set(map(len, values)) == {36} and UUIDS.fullmatch("\n".join(values) + "\n") is not None
                and len(set(values)) == len(values) and self.seen_uuids.isdisjoint(values))

    def _fine_ids(self, values: tuple) -> bool:
        """True when every value is a text of 1 to 100 safe characters (an id: a file repeats a few hundred)."""
        return self._fine.issuperset(values) or all(map(self._fine_text, set(values)))

    def _fine_grades(self, grades: tuple, low: int, high: int) -> bool:
        """True when every item is an object of id: whole number from `low` to `high`."""
        if set(map(type, grades)) != {dict}:
            return False
        numbers = list(chain.from_iterable(map(dict.values, grades)))
        if numbers and not _within(numbers, _WHOLE, low, high):
            return False
        return self._fine_ids(set(chain.from_iterable(grades)))  # JSON's keys are always text

    def _fine_times(self, values: list | tuple) -> bool:
        """True when every value is a time in the store's own form (UTC, milliseconds), on a real day in YEARS."""
        if not values:
            return True
        return _in_store_form(values) and all(map(self._real_day, {moment[:10] for moment in values}))

    def _real_day(self, day: str) -> bool:
        if day not in self._days:
            try:
                date.fromisoformat(day)  # the calendar's own check (no 30 February)
            except ValueError:
                return False
            self._days.add(day)
        return True

    def _known_fine(self, key: Any, fine: bool) -> bool:
        if fine:
            self._fine.add(key)
        return fine

    def _fine_text(self, value: Any) -> bool:
        return type(value) is str and (value in self._fine or self._known_fine(
            value, 1 <= len(value) <= 100 and not unsafe_character(value)))

    def _fine_effects(self, effects: Any) -> bool:
        return type(effects) is dict and all(
            type(grade) is int and EFFECT_MIN <= grade <= EFFECT_MAX and self._fine_text(value_id)
            for value_id, grade in effects.items())

    def _fine_answer(self, a: Any, members: set[str]) -> bool:
        """True when the answer passes every rule of `answer` (checked the short way); False means: look closer."""
        if type(a) is not dict or a.keys() != ANSWER_KEYS:
            return False
        uuid, seconds, votes, moment = a["uuid"], a["seconds"], a["votes"], a["answered_at"]
        fine = (type(uuid) is str and uuid not in self.seen_uuids and UUID.fullmatch(uuid) is not None
                and type(a["participant"]) is str and a["participant"] in members
                and self._fine_text(a["scenario"]) and self._fine_text(a["node"]) and self._fine_text(a["choice"])
                and a["board"] in BOARD_MOVES and self._fine_effects(a["effects"])
                and type(seconds) in (int, float) and 0 <= seconds <= SECONDS_MAX
                and type(votes) is int and 1 <= votes <= VOTES_MAX
                and type(moment) is str and len(moment) == 29 and moment.endswith("+00:00")
                and TIME.fullmatch(moment) is not None and "1900" <= moment[:4] <= "2999")
        if fine:
            try:
                from_iso(moment)  # the calendar's own check (no 30 February)
            except ValueError:
                return False
            self.seen_uuids.add(uuid)
        return fine

    def listed(self, value: Any, where: str) -> list:
        if isinstance(value, list):
            return value
        self.fail(where, "expected a list")
        return []

    def participant(self, p: Any, where: str) -> None:
        if not self.keys(p, PARTICIPANT_KEYS, where):
            return
        self.uuid(p["uuid"], f"{where}.uuid")
        self.text(p["nickname"], f"{where}.nickname", high=40)
        self.time(p["finished_at"], f"{where}.finished_at", nullable=True)
        self.grades(p["profile"], f"{where}.profile", -TOTAL_LIMIT, TOTAL_LIMIT)

    def answer(self, a: Any, where: str, members: set[str]) -> None:
        if not self.keys(a, ANSWER_KEYS, where):
            return
        self.uuid(a["uuid"], f"{where}.uuid")
        self.uuid(a["participant"], f"{where}.participant", unique=False)
        if isinstance(a["participant"], str) and a["participant"] not in members:
            self.fail(f"{where}.participant", "is not a participant of this session")
        for key in ("scenario", "node", "choice"):
            self.text(a[key], f"{where}.{key}")
        self.grades(a["effects"], f"{where}.effects", EFFECT_MIN, EFFECT_MAX)
        if a["board"] not in BOARD_MOVES:
            self.fail(f"{where}.board", f"expected one of {', '.join(BOARD_MOVES)}, found {a['board']!r:.60}")
        seconds = a["seconds"]
        if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or not 0 <= seconds <= SECONDS_MAX:
            self.fail(f"{where}.seconds", f"expected a number from 0 to {SECONDS_MAX:.0f}, found {seconds!r:.60}")
        self.integer(a["votes"], f"{where}.votes", 1, VOTES_MAX)
        self.time(a["answered_at"], f"{where}.answered_at")


_NUMBERS, _WHOLE = frozenset((int, float)), frozenset((int,))


def _columns(items: list, row: itemgetter, width: int) -> list[tuple] | None:
    """The items' fields as columns, when every item is an object of exactly the `width` fields `row` takes."""
    if not items or set(map(type, items)) != {dict} or set(map(len, items)) != {width}:
        return None
    try:
        return list(zip(*map(row, items)))
    except KeyError:
        return None


def _within(values: list | tuple, types: frozenset[type], low: float, high: float) -> bool:
    """True when every value is of `types` (never a bool) and from `low` to `high`; NaN is never within."""
    if not types.issuperset(map(type, values)) or not low <= min(values) or not max(values) <= high:
        return False
    total = sum(values)  # max and min step over a NaN when it is not first; the sum does not
    return total == total


def _in_store_form(times: list | tuple) -> bool:
    """True when every value is a time in the store's own form (2025-03-01T08:15:02.120+00:00) in YEARS, its
    fields in range (the calendar's day is not checked: 30 February passes)."""
    try:
        return set(map(len, times)) == {29} and STORE_TIMES.fullmatch("\n".join(times) + "\n") is not None
    except TypeError:
        return False


def _fine_names(names: tuple) -> bool:
    """True when every name is a text of 1 to 40 characters, none of them unsafe."""
    return (set(map(type, names)) == {str} and 1 <= min(map(len, names)) and max(map(len, names)) <= 40
            and UNSAFE.search("".join(names)) is None)


def refusal(fields: dict[str, Any], checker: Checker, complete: bool = True) -> list[str] | None:
    """Why the whole file is refused for its top-level fields (missing keys, another format or a newer version), or
    None; lesser problems (an unexpected field, sessions that are not a list) are added to `checker`.

    With `complete=False` only the format and version met so far are judged, so that a file of another program or
    a newer version is refused before its sessions are read.
    """
    if not complete:
        fields = {"format": FORMAT, "version": VERSION, **fields}
    elif not checker.keys(fields, {"format", "version", "sessions"}, "file", {"exported_at", "app_version"}):
        return checker.problems
    if fields["format"] != FORMAT:
        return [f"file: 'format' is {fields['format']!r:.60}, not {FORMAT!r}: this is not a results export"]
    version = fields["version"]
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        return [f"file: 'version' must be a whole number, found {version!r:.60}"]
    if version > VERSION:
        return [f"file: it was written by a newer version of Play for Integrity (format version {version}); "
                "update this computer's copy of the game first"]
    if complete:
        checker.listed(fields["sessions"], "file.sessions")
    return None


def export_problems(document: Any) -> list[str]:
    """Every problem found in a parsed export (empty when it can be merged)."""
    checker = Checker()
    if not isinstance(document, dict):
        checker.keys(document, set(), "file")
        return checker.problems
    refused = refusal(document, checker)
    if refused is not None:
        return refused
    for i, session in enumerate(document["sessions"] if isinstance(document["sessions"], list) else ()):
        checker.session(session, f"sessions[{i}]")
    return checker.problems
