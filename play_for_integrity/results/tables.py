"""The rows the XLSX and CSV exports write, one session at a time: participants' overview and answers.

Each column has a kind (a time, a text or a number), so a writer formats a whole column one way, never by guessing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NamedTuple, TypeVar

from play_for_integrity.results import headers as h
from play_for_integrity.results.analysis import participant_profiles
from play_for_integrity.results.export_texts import ExportTexts
from play_for_integrity.results.records import Answer, SessionData, to_local

T = TypeVar("T")
Cell = str | int | float | datetime | None
TIME, TEXT, NUMBER = "time", "text", "number"
Column = tuple[str, str]  # (translated header, kind)
_HOUR = timedelta(hours=1)


@dataclass(frozen=True)
class Table:
    """A plain titled grid (header strings already translated, datetimes naive local times)."""

    title: str
    headers: list[str]
    rows: Iterable[list[Cell]]


def local_time(moment: datetime | None) -> datetime | None:
    """The computer's local wall-clock time without a zone, as spreadsheets want it (stored times are UTC)."""
    return to_local(moment).replace(tzinfo=None) if moment is not None else None


class LocalClock:
    """local_time() for a whole export: the zone's offset is looked up once per hour of UTC, not once per answer."""

    def __init__(self) -> None:
        self._offsets: dict[int, timedelta | None] = {}

    def _offset(self, hour: datetime) -> timedelta | None:
        """The offset of the whole hour from `hour`, or None when the zone changes its offset within it."""
        first, last = to_local(hour).utcoffset(), to_local(hour + _HOUR - timedelta(microseconds=1)).utcoffset()
        return first if first == last else None

    def _hour_offset(self, moment: datetime) -> timedelta | None:
        key = moment.toordinal() * 24 + moment.hour
        try:
            return self._offsets[key]
        except KeyError:
            offset = self._offsets[key] = self._offset(moment.replace(minute=0, second=0, microsecond=0))
            return offset

    def hour_start(self, moment: datetime) -> datetime | None:
        """The local start of UTC `moment`'s hour, when every moment of that hour moves by whole hours (then a
        local time is that hour and the UTC minutes and seconds); None when it does not (a zone 5:30 ahead of UTC,
        an hour in which the clocks change)."""
        offset = self._hour_offset(moment)
        if offset is None or offset % _HOUR:
            return None
        try:
            return (moment.replace(minute=0, second=0, microsecond=0) + offset).replace(tzinfo=None)
        except OverflowError:
            return None

    def hour_text(self, moment: datetime) -> str | None:
        """'YYYY-MM-DD HH' of hour_start(moment), as a local time's text begins; None as there."""
        local = self.hour_start(moment)
        return local.isoformat(" ", "hours") if local is not None and local.year >= 1000 else None

    def __call__(self, moment: datetime | None) -> datetime | None:
        if moment is None:
            return None
        offset = self._hour_offset(moment)
        if offset is None:
            return local_time(moment)
        try:
            return (moment + offset).replace(tzinfo=None)
        except OverflowError:  # the first or last day a datetime can hold: shown in UTC, as to_local does
            return moment.replace(tzinfo=None)


def overview_columns(values: Sequence[str], texts: ExportTexts) -> list[Column]:
    """One row per participant: their session's details, then the final (or running) profile."""
    tr = texts.translate
    return [(tr(h.STARTED), TIME), (tr(h.ENDED), TIME), (tr(h.CLASS), TEXT), (tr(h.MODE), TEXT),
            (tr(h.AGE_BAND), TEXT), (tr(h.LANGUAGE), TEXT), (tr(h.PARTICIPANT), TEXT), (tr(h.FINISHED), TIME),
            (tr(h.ANSWER_COUNT), NUMBER), *((texts.value_names.get(v, v), NUMBER) for v in values),
            (tr(h.SESSION_ID), TEXT), (tr(h.PARTICIPANT_ID), TEXT)]


def overview_rows(session: SessionData, values: Sequence[str], clock: LocalClock,
                  answered: Mapping[str, int] | None = None) -> Iterator[list[Cell]]:
    """`answered`, when given, counts each participant's answers (then the session's own answers need only be those
    of the participants who left early, whose profiles are added up from them)."""
    answered = Counter(answer.participant_uuid for answer in session.answers) if answered is None else answered
    started, ended = clock(session.started_at), clock(session.ended_at)
    for participant, profile in participant_profiles(session):
        yield [started, ended, session.class_name, session.mode, session.band, session.language, participant.nickname,
               clock(participant.finished_at), answered.get(participant.uuid, 0),
               *(profile.get(v, 0) for v in values), session.uuid, participant.uuid]


def answer_columns(values: Sequence[str], texts: ExportTexts, with_scenario: bool = True) -> list[Column]:
    """Every answer; the scenario columns appear only in the all-answers table (a scenario's sheet has no need).

    Each id column (scenario, choice, board move) has the words a teacher reads beside it, in the export's
    language. A value the choice does not touch is left blank (None), which is not the same as a grade of 0.
    """
    tr = texts.translate
    scenario = [(tr(h.SCENARIO), TEXT), (tr(h.SCENARIO_ID), TEXT)] if with_scenario else []
    return [(tr(h.ANSWERED_AT), TIME), (tr(h.CLASS), TEXT), (tr(h.PARTICIPANT), TEXT), *scenario,
            (tr(h.STORY_STEP), TEXT), (tr(h.CHOICE), TEXT), (tr(h.CHOICE_ID), TEXT), (tr(h.BOARD_MOVE), TEXT),
            (tr(h.BOARD_MOVE_ID), TEXT), (tr(h.VOTES), NUMBER), (tr(h.SECONDS), NUMBER),
            *((texts.value_names.get(v, v), NUMBER) for v in values),
            (tr(h.SESSION_ID), TEXT), (tr(h.PARTICIPANT_ID), TEXT), (tr(h.ANSWER_ID), TEXT)]


class AnswerRow(NamedTuple):
    """One answer's row in parts; the parts a participant or a choice decides are shared tuples, made once, so a
    writer can format each of them once too."""

    scenario_id: str
    time: datetime | None
    person: tuple[Cell, ...]  # class, nickname
    choice: tuple[Cell, ...]  # [scenario title, scenario id,] story step, choice text, choice id, move, move id
    votes: int
    seconds: float
    grades: tuple[Cell, ...]  # one cell per value column
    owner: tuple[Cell, ...]  # session id, participant id
    uuid: str

    def parts(self) -> list[Cell | tuple[Cell, ...]]:
        return [self.time, self.person, self.choice, self.votes, self.seconds, self.grades, self.owner, self.uuid]

    def cells(self) -> list[Cell]:
        return [self.time, *self.person, *self.choice, self.votes, self.seconds, *self.grades, *self.owner, self.uuid]


class AnswerRows:
    """Turns a session's answers into rows of `answer_columns` (with or without the scenario columns).

    The cells a choice decides (titles, texts, board move, grades) are made once per choice, not once per answer.
    """

    def __init__(self, values: Sequence[str], texts: ExportTexts, clock: LocalClock, with_scenario: bool = True):
        self.values = list(values)
        self.texts = texts
        self.clock = clock
        self.with_scenario = with_scenario
        self._choices: dict[tuple[str, str, str, str], tuple[Cell, ...]] = {}
        self._grades: dict[int, tuple[Mapping[str, int], tuple[Cell, ...]]] = {}

    def positions(self) -> tuple[int, int, int, int, int, int]:
        """Where a row's cells start (0-based): the choice's cells, votes, seconds, the first value's grade, the
        participant's ids and the answer's id — after the time, the class and the nickname."""
        choice = 3
        votes = choice + (7 if self.with_scenario else 5)
        grades = votes + 2
        owner = grades + len(self.values)
        return choice, votes, votes + 1, grades, owner, owner + 2

    def choice(self, scenario_id: str, node_id: str, choice_id: str, board: str) -> tuple[Cell, ...]:
        """The cells a choice decides: [scenario title, scenario id,] story step, choice text and id, board move."""
        key = (scenario_id, node_id, choice_id, board)
        cells = self._choices.get(key)
        if cells is None:
            texts = self.texts
            scenario = (texts.scenario_titles.get(scenario_id), scenario_id) if self.with_scenario else ()
            cells = (*scenario, node_id, texts.choice_texts.get((scenario_id, node_id, choice_id)), choice_id,
                     texts.move_name(board), board)
            self._choices[key] = _bounded(self._choices, cells)
        return cells

    def graded(self, effects: Mapping[str, int]) -> tuple[Cell, ...]:
        """A grade cell for each value column: blank (None) where the choice does not touch the value."""
        found = self._grades.get(id(effects))
        if found is None or found[0] is not effects:  # kept with its mapping, so its id cannot be reused meanwhile
            found = self._grades[id(effects)] = _bounded(self._grades,
                                                         (effects, tuple(effects.get(v) for v in self.values)))
        return found[1]

    @staticmethod
    def people(session: SessionData) -> dict[str, tuple[tuple[Cell, ...], tuple[Cell, ...]]]:
        """Each participant's id -> (class and nickname, session id and participant id): their parts of a row."""
        return {p.uuid: ((session.class_name, p.nickname), (session.uuid, p.uuid)) for p in session.participants}

    def row(self, session: SessionData, people: Mapping[str, tuple[tuple[Cell, ...], tuple[Cell, ...]]],
            a: Answer) -> AnswerRow:
        """The row of answer `a` of `session`; `people` is AnswerRows.people(session)."""
        person, owner = people.get(a.participant_uuid) or ((session.class_name, ""), (session.uuid, a.participant_uuid))
        return AnswerRow(a.scenario_id, self.clock(a.answered_at), person,
                         self.choice(a.scenario_id, a.node_id, a.choice_id, a.board), a.votes, a.seconds,
                         self.graded(a.effects), owner, a.uuid)

    def rows(self, session: SessionData) -> Iterator[AnswerRow]:
        """One AnswerRow for each answer of `session`, in the order they were given."""
        people = self.people(session)
        return (self.row(session, people, a) for a in session.answers)


def _bounded(cache: dict, item: T) -> T:
    """`item`, after emptying `cache` when it grew past a few thousand entries (content edited over the years)."""
    if len(cache) > 4096:
        cache.clear()
    return item


def scenario_sheet_title(scenario_id: str, texts: ExportTexts) -> str:
    """A scenario's sheet: its (translated) title when known, else 'Scenario <id>'."""
    return texts.scenario_titles.get(scenario_id) or texts.translate(h.SCENARIO_SHEET).replace("{id}", scenario_id)
