"""CSV lines of the answers table made straight from a store's answer rows, a year's million of them in seconds.

Each line is what export_csv's _Lines makes of the answer's AnswerRow, put together from pieces made once: a
pupil's (class and nickname; session and pupil ids), a choice's with its votes, the seconds, a set of grades, and
the local hour of the time, to which the stored minutes and seconds are added. A row whose fields are not in the
common form goes the long way (see stored_rows).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
        return self._lines(session, people, rows, learn=True)

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
        lines, answers = self.lines, self.answers
        if (scenario, node, choice, board, votes) not in self._choices:
            if not sr.choice_ok(scenario, node, choice, board, votes):
                return False
            sr.remember(self._choices, (scenario, node, choice, board, votes),
                        lines.part(self.choice_col, answers.choice(scenario, node, choice, board))
                        + lines.part(self.votes_col, (votes,)))
        if seconds not in self._seconds:
            if not sr.seconds_ok(seconds):
                return False
            sr.remember(self._seconds, seconds, lines.part(self.seconds_col, (float(seconds),)))
        if effects not in self._grades:
            graded = sr.effects_of(effects)
            if graded is None:
                return False
            sr.check_values(graded, self.check)
            sr.remember(self._grades, effects, lines.part(self.grades_col, answers.graded(graded)))
        if sr.stored_moment(at) is None:
            return False
        if at[:sr.HOUR] not in self._hours:
            hour = sr.local_hour(answers.clock, at)
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
