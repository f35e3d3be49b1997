"""The rows the XLSX and CSV exports write: an overview of participants and the answers per scenario."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from play_for_integrity.results import headers as h
from play_for_integrity.results.analysis import participant_profiles
from play_for_integrity.results.export_texts import ExportTexts
from play_for_integrity.results.records import SessionData, to_local

Cell = str | int | float | datetime | None


@dataclass(frozen=True)
class Table:
    """A titled grid; header strings are already translated, datetimes are naive local times."""

    title: str
    headers: list[str]
    rows: list[list[Cell]]


def local_time(moment: datetime | None) -> datetime | None:
    """The computer's local wall-clock time without a zone, as spreadsheets want it (stored times are UTC)."""
    return to_local(moment).replace(tzinfo=None) if moment is not None else None


def value_order(sessions: Sequence[SessionData], value_names: Mapping[str, str]) -> list[str]:
    """The known values in catalog order, then any other value met in the data."""
    seen = dict.fromkeys(value_names)
    for session in sessions:
        seen.update(dict.fromkeys(session.value_ids()))
    return list(seen)


def overview_table(sessions: Sequence[SessionData], texts: ExportTexts = ExportTexts()) -> Table:
    """One row per participant, with their session's details and final (or running) profile."""
    translate, value_names = texts.translate, texts.value_names
    values = value_order(sessions, value_names)
    headers = [translate(x) for x in (h.STARTED, h.ENDED, h.CLASS, h.MODE, h.AGE_BAND, h.LANGUAGE,
                                      h.PARTICIPANT, h.FINISHED, h.ANSWER_COUNT)]
    headers += [value_names.get(v, v) for v in values]
    headers += [translate(h.SESSION_ID), translate(h.PARTICIPANT_ID)]
    rows: list[list[Cell]] = []
    for session in sessions:
        answered: dict[str, int] = {}
        for answer in session.answers:
            answered[answer.participant_uuid] = answered.get(answer.participant_uuid, 0) + 1
        for participant, profile in participant_profiles(session):
            rows.append([local_time(session.started_at), local_time(session.ended_at), session.class_name,
                         session.mode, session.band, session.language, participant.nickname,
                         local_time(participant.finished_at), answered.get(participant.uuid, 0),
                         *(profile.get(v, 0) for v in values), session.uuid, participant.uuid])
    return Table(translate(h.OVERVIEW_SHEET), headers, rows)


def scenario_ids(sessions: Iterable[SessionData]) -> list[str]:
    """Scenario ids in playlist order, then any answered scenario not in a playlist."""
    found: dict[str, None] = {}
    for session in sessions:
        found.update(dict.fromkeys(session.playlist))
        found.update(dict.fromkeys(a.scenario_id for a in session.answers))
    return list(found)


def answers_table(sessions: Sequence[SessionData], scenario_id: str | None = None,
                  texts: ExportTexts = ExportTexts(), title: str | None = None) -> Table:
    """Every answer (or only those of `scenario_id`); the scenario columns appear only in the all-answers table.

    Each id column (scenario, choice, board move) has the words a teacher reads beside it, in the export's
    language. A value the choice does not touch is left blank (None), which is not the same as a grade of 0.
    """
    translate, value_names = texts.translate, texts.value_names
    values = value_order(sessions, value_names)
    with_scenario = scenario_id is None
    headers = [translate(x) for x in (h.ANSWERED_AT, h.CLASS, h.PARTICIPANT)]
    headers += [translate(h.SCENARIO), translate(h.SCENARIO_ID)] if with_scenario else []
    headers += [translate(x) for x in (h.STORY_STEP, h.CHOICE, h.CHOICE_ID, h.BOARD_MOVE, h.BOARD_MOVE_ID,
                                       h.VOTES, h.SECONDS)]
    headers += [value_names.get(v, v) for v in values]
    headers += [translate(x) for x in (h.SESSION_ID, h.PARTICIPANT_ID, h.ANSWER_ID)]
    rows: list[list[Cell]] = []
    for session in sessions:
        nicknames = {p.uuid: p.nickname for p in session.participants}
        for a in session.answers:
            if not with_scenario and a.scenario_id != scenario_id:
                continue
            scenario = [texts.scenario_titles.get(a.scenario_id), a.scenario_id] if with_scenario else []
            rows.append([local_time(a.answered_at), session.class_name, nicknames.get(a.participant_uuid, ""),
                         *scenario, a.node_id, texts.choice_texts.get((a.scenario_id, a.node_id, a.choice_id)),
                         a.choice_id, texts.move_name(a.board), a.board, a.votes, a.seconds,
                         *(a.effects.get(v) for v in values), session.uuid, a.participant_uuid, a.uuid])
    return Table(title or translate(h.ANSWERS_SHEET), headers, rows)


def scenario_tables(sessions: Sequence[SessionData], texts: ExportTexts = ExportTexts()) -> list[Table]:
    """One answers table per scenario, titled with the scenario's (translated) title when known."""
    return [answers_table(sessions, sid, texts, title=texts.scenario_titles.get(sid)
                          or texts.translate(h.SCENARIO_SHEET).replace("{id}", sid))
            for sid in scenario_ids(sessions)]
