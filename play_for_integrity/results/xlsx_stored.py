"""The XLSX export's answer rows made straight from a store's answer rows (see stored_rows), a year's million.

A session's rows are first sorted into the answers it keeps (in the common form, checked the quick way; else
decoded, and a damaged one left out with a warning), since its overview rows, written first, count each pupil's
answers. A kept row in the common form becomes the XML of its cells, put together from pieces made once: a
pupil's cells, a choice's (with the votes), the seconds, a set of grades, and the time's day number from its local
hour. The others, and the rows a new sheet measures its column widths on, are written as AnswerRows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from play_for_integrity.results import stored_rows as sr
from play_for_integrity.results.records import Answer, SessionData
from play_for_integrity.results.tables import AnswerRows
from play_for_integrity.results.xlsx_rows import EPOCH, FastRows, serial

Kept = tuple[tuple, Answer | None, str | None]  # a stored row and its Answer (decoded) or its cells' XML (quick)


class StoredAnswers:
    """Sorts and makes the answer rows of the scenario sheets (`answer_columns` without the scenario columns)."""

    def __init__(self, answers: AnswerRows, maker: FastRows, decode: Callable[[str, tuple], Answer | None],
                 check: frozenset[str] | None = None) -> None:
        self.answers, self.maker, self.decode = answers, maker, decode
        self.check = check  # the value columns, when every answer's values must be checked (see sr.OtherValue)
        (self.choice_col, self.votes_col, self.seconds_col, self.grades_col, self.owner_col,
         self.uuid_col) = answers.positions()
        self._choices: dict[tuple, str] = {}  # (scenario, node, choice, board, votes) -> their cells
        self._seconds: dict[float, str] = {}
        self._grades: dict[str, str] = {}  # the effects as stored -> a cell for each value touched
        self._hours: dict[str, tuple[int, int]] = {}  # UTC hour -> (days, seconds) of its local start after 1899-12-31

    def kept(self, session: SessionData, rows: Sequence[tuple]) -> list[Kept]:
        """The rows `session` keeps, in order; the damaged ones are left out (with a warning)."""
        cells = self.maker.cells
        ids, owner_col = self.maker.id_cell, self.owner_col
        people = {p.uuid: (cells(1, (session.class_name, p.nickname)),
                           ids(owner_col, session.uuid) + ids(owner_col + 1, p.uuid)) for p in session.participants}
        time_cell = self.maker.time_cell
        uuid_cell = f'<c r="{self.maker.letters[self.uuid_col]}\0" t="inlineStr"><is><t>'
        hours, choices, seconds_, grades_ = self._hours, self._choices, self._seconds, self._grades
        quick = sr.TIME_AND_ID.fullmatch
        out: list[Kept] = []
        for row in rows:
            uuid, pid, scenario, node, choice, effects, board, seconds, at, votes, _ = row
            try:
                person, owner = people[pid]
                days, base = hours[at[:sr.HOUR]]
                xml = (f"{person}{choices[scenario, node, choice, board, votes]}{seconds_[seconds]}{grades_[effects]}"
                       f"{owner}{uuid_cell}{uuid}</t></is></c>")
            except (KeyError, TypeError):  # a piece not made yet, or a field of the wrong kind
                xml = None
            if xml is None or type(votes) is not int or type(uuid) is not str or not quick(at + uuid):
                if xml is None and self._learn(people, row):
                    out.append(self._kept_learnt(people, row))
                    continue
                answer = self.decode(session.uuid, row)
                if answer is not None:
                    sr.check_values(answer.effects, self.check)
                    out.append((row, answer, None))
                continue
            day = serial(days, base + int(at[14:16]) * 60 + int(at[17:19]), int(at[20:23]) * 1000)
            out.append((row, None, time_cell(day) + xml))
        return out

    def _kept_learnt(self, people: dict, row: tuple) -> Kept:
        """What `kept` makes of a row in the common form once its pieces are made."""
        uuid, pid, scenario, node, choice, effects, board, seconds, at, votes, _ = row
        person, owner = people[pid]
        days, base = self._hours[at[:sr.HOUR]]
        xml = (f"{person}{self._choices[scenario, node, choice, board, votes]}{self._seconds[seconds]}"
               f"{self._grades[effects]}{owner}{self.maker.id_cell(self.uuid_col, uuid)}")
        day = serial(days, base + int(at[14:16]) * 60 + int(at[17:19]), int(at[20:23]) * 1000)
        return row, None, self.maker.time_cell(day) + xml

    def _learn(self, people: dict, row: tuple) -> bool:
        """Make the pieces `row` needs, checking its fields; False when it must go the long way."""
        uuid, pid, scenario, node, choice, effects, board, seconds, at, votes, _ = row
        if pid not in people or not sr.all_text(uuid) or not sr.PLAIN_ID.fullmatch(uuid):
            return False
        cells, answers = self.maker.cells, self.answers
        if (scenario, node, choice, board, votes) not in self._choices:
            if not sr.choice_ok(scenario, node, choice, board, votes):
                return False
            sr.remember(self._choices, (scenario, node, choice, board, votes),
                        cells(self.choice_col, (*answers.choice(scenario, node, choice, board), votes)))
        if seconds not in self._seconds:
            if not sr.seconds_ok(seconds):
                return False
            sr.remember(self._seconds, seconds, cells(self.seconds_col, (float(seconds),)))
        if effects not in self._grades:
            graded = sr.effects_of(effects)
            if graded is None:
                return False
            sr.check_values(graded, self.check)
            sr.remember(self._grades, effects, cells(self.grades_col, answers.graded(graded)))
        moment = sr.stored_moment(at)
        if moment is None:
            return False
        if at[:sr.HOUR] not in self._hours:
            local = answers.clock.hour_start(moment)
            if local is None or local.year <= 1900 or not self.maker.quick_dates():
                return False  # Excel's day numbers before 1900 are XlsxWriter's to reckon
            delta = local - EPOCH
            sr.remember(self._hours, at[:sr.HOUR], (delta.days, delta.seconds))
        return True

    def row_parts(self, session: SessionData, people: dict, kept: Kept) -> list:
        """The parts of a kept row as AnswerRows makes them (for a sheet measuring its columns, or writing cells)."""
        row, answer, _ = kept
        answer = answer or self.decode(session.uuid, row)
        assert answer is not None  # a row kept in the common form decodes
        return self.answers.row(session, people, answer).parts()
