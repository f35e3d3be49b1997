"""CSV lines of the answers table made straight from a store's answer rows, a year's million of them in seconds.

Each line is what export_csv's _Lines makes of the answer's AnswerRow, put together from pieces made once: a
pupil's (class and nickname; session and pupil ids), a choice's with its votes, the seconds, a set of grades, and
the local hour of the time, to which the stored minutes and seconds are added. A row whose fields are not in the
common form goes the long way (see stored_rows).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import chain, repeat
from operator import getitem
from typing import TYPE_CHECKING

from play_for_integrity.results import stored_rows as sr
from play_for_integrity.results.records import Answer, SessionData
from play_for_integrity.results.tables import AnswerRows

if TYPE_CHECKING:
    from play_for_integrity.results.export_csv import _Lines

People = dict[str, tuple[str, str]]  # participant id -> (class and nickname, session and participant ids) as CSV


class StoredLines:
    """Writes the answers of each session as the CSV lines of `answer_columns` (with the scenario columns)."""

    def __init__(self, lines: _Lines, answers: AnswerRows, decode: Callable[[str, tuple], Answer | None],
                 check: frozenset[str] | None = None) -> None:
        self.lines, self.answers, self.decode = lines, answers, decode
        self.check = check  # the value columns, when every answer's values must be checked (see sr.OtherValue)
        (self.choice_col, self.votes_col, self.seconds_col, self.grades_col, self.owner_col,
         self.uuid_col) = answers.positions()
        self._choices: dict[tuple, str] = {}  # (scenario, node, choice, board, votes) -> their cells
        self._seconds: dict[float, str] = {}
        self._grades: dict[str, str] = {}  # the effects as stored -> a cell for each value column
        self._hours: dict[str, str] = {}  # UTC hour (STORED_TIME[:HOUR]) -> the local 'YYYY-MM-DD HH'

    def session(self, session: SessionData, rows: Sequence[tuple]) -> str:
        """The lines of `session`'s answers from their stored rows, in order."""
        part, ids = self.lines.part, self._ids
        people = {p.uuid: (part(1, (session.class_name, p.nickname)), ids(self.owner_col, session.uuid, p.uuid))
                  for p in session.participants}
        found = self._columns(people, rows)
        return self._lines(session, people, rows, learn=True) if found is None else found

    def _columns(self, people: People, rows: Sequence[tuple]) -> str | None:
        """The lines of a session whose rows are all in the common form, put together a column at a time (no Python
        step per answer); None when a row is not (then the rows go one by one)."""
        columns = sr.common_columns(rows)
        if columns is None:
            return None
        uuids, pids, scenarios, nodes, choices, effects, boards, seconds, times, votes, _ = columns
        hours, keys = sr.hours_of(times), list(zip(scenarios, nodes, choices, boards, votes))
        persons, owners = ({pid: found[k] for pid, found in people.items()} for k in (0, 1))
        for learnt in (False, True):
            if not all(self._hour(times[hours.index(hour)]) for hour in sr.missing(hours, self._hours)):
                return None
            try:
                return "".join(chain.from_iterable(zip(
                    map(self._hours.__getitem__, hours), map(getitem, times, repeat(sr.MINUTES_PART)),
                    map(persons.__getitem__, pids), map(self._choices.__getitem__, keys),
                    map(self._seconds.__getitem__, seconds), map(self._grades.__getitem__, effects),
                    map(owners.__getitem__, pids), repeat(self.lines.separator), uuids, repeat("\r\n"))))
            except KeyError:  # a piece not made yet (or forgotten when its memory filled up)
                if learnt or not (people.keys() >= set(pids)
                                  and all(map(self._choice, sr.missing(keys, self._choices)))
                                  and all(map(self._second, sr.missing(seconds, self._seconds)))
                                  and all(map(self._graded, sr.missing(effects, self._grades)))):
                    return None
        return None

    def _ids(self, col: int, *ids: str) -> str:
        """Id cells from column `col` on: as they are when plain (no id repeats, so none is remembered)."""
        if all(sr.PLAIN_ID.fullmatch(value) for value in ids):
            return "".join(self.lines.separator + value for value in ids)
        return self.lines.part(col, ids)

    def _lines(self, session: SessionData, people: People, rows: Sequence[tuple], learn: bool) -> str:
        sep, hours, choices, seconds_, grades_ = self.lines.separator, self._hours, self._choices, self._seconds, \
            self._grades
        quick = sr.TIME_AND_ID.fullmatch
        out = []
        for row in rows:
            uuid, pid, scenario, node, choice, effects, board, seconds, at, votes, _ = row
            try:
                person, owner = people[pid]
                line = (f"{hours[at[:sr.HOUR]]}{at[sr.HOUR:19]}{person}{choices[scenario, node, choice, board, votes]}"
                        f"{seconds_[seconds]}{grades_[effects]}{owner}{sep}{uuid}\r\n")
            except (KeyError, TypeError):  # a piece not made yet, or a field of the wrong kind
                line = None
            if line is None or type(votes) is not int or type(uuid) is not str or not quick(at + uuid):
                learnt = learn and self._learn(people, row)
                line = self._lines(session, people, [row], learn=False) if learnt else self._long(session, row)
            out.append(line)
        return "".join(out)

    def _learn(self, people: People, row: tuple) -> bool:
        """Make the pieces `row` needs, checking its fields; False when it must go the long way."""
        uuid, pid, scenario, node, choice, effects, board, seconds, at, votes, _ = row
        if pid not in people or type(uuid) is not str or not sr.PLAIN_ID.fullmatch(uuid):
            return False
        return (((scenario, node, choice, board, votes) in self._choices or self._choice((scenario, node, choice,
                                                                                          board, votes)))
                and (seconds in self._seconds or self._second(seconds))
                and (effects in self._grades or self._graded(effects))
                and sr.stored_moment(at) is not None and (at[:sr.HOUR] in self._hours or self._hour(at)))

    def _choice(self, key: tuple) -> bool:
        """Make the cells of a choice and its votes (scenario, node, choice, board, votes); False when they are not
        what the store allows."""
        scenario, node, choice, board, votes = key
        if not sr.choice_ok(scenario, node, choice, board, votes):
            return False
        lines = self.lines
        sr.remember(self._choices, key, lines.part(self.choice_col, self.answers.choice(scenario, node, choice, board))
                    + lines.part(self.votes_col, (votes,)))
        return True

    def _second(self, seconds: object) -> bool:
        if not sr.seconds_ok(seconds):
            return False
        sr.remember(self._seconds, seconds, self.lines.part(self.seconds_col, (float(seconds),)))
        return True

    def _graded(self, effects: object) -> bool:
        """Make the grade cells of effects as stored; False when they are damaged (OtherValue: see sr.check_values)."""
        graded = sr.effects_of(effects)
        if graded is None:
            return False
        sr.check_values(graded, self.check)
        sr.remember(self._grades, effects, self.lines.part(self.grades_col, self.answers.graded(graded)))
        return True

    def _hour(self, at: str) -> bool:
        """Make the local hour of time `at` (its hour in UTC is the key); False when it has none in whole hours."""
        hour = sr.local_hour(self.answers.clock, at)
        if hour is None:
            return False
        sr.remember(self._hours, at[:sr.HOUR], hour)
        return True

    def _long(self, session: SessionData, row: tuple) -> str:
        """The line of a row decoded and written as any answer is ('' for a damaged row, left out with a warning)."""
        answer = self.decode(session.uuid, row)
        if answer is None:
            return ""
        sr.check_values(answer.effects, self.check)
        return self.lines(self.answers.row(session, AnswerRows.people(session), answer).parts())
