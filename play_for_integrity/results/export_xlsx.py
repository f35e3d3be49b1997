"""Write the class results as an Excel workbook: an overview sheet and one sheet of answers per scenario.

XlsxWriter's constant_memory mode keeps one row per sheet in memory, so the sessions are read one at a time and
each row goes to its sheet as it is made. A sheet that reaches Excel's row limit ends with a note naming the
sheet where its rows go on.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError

from play_for_integrity.results import headers as h
from play_for_integrity.results.atomic_file import output_path, replacing
from play_for_integrity.results.errors import ResultsError
from play_for_integrity.results.export_source import ExportSource, as_source
from play_for_integrity.results.export_texts import ExportTexts
from play_for_integrity.results.progress import Progress
from play_for_integrity.results.records import SessionData
from play_for_integrity.results.stored_rows import OtherValue
from play_for_integrity.results.tables import (AnswerRows, Column, LocalClock, answer_columns, overview_columns,
                                               overview_rows, scenario_sheet_title)
from play_for_integrity.results.xlsx_rows import FastRows
from play_for_integrity.results.xlsx_sheet import SheetWriter
from play_for_integrity.results.xlsx_stored import StoredAnswers
from play_for_integrity.results.xlsx_zip import quick_zip

DATE_FORMAT = "yyyy-mm-dd hh:mm:ss"
BOOK_OPTIONS = {"constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
                "strings_to_urls": False}


class _Book:
    """The workbook being written: its formats, the sheet names taken, and one SheetWriter per table."""

    def __init__(self, path: Path, texts: ExportTexts) -> None:
        self.book = xlsxwriter.Workbook(str(path), BOOK_OPTIONS)
        self.texts = texts
        self.formats = {"header": self.book.add_format({"bold": True, "bg_color": "#DDEBF7", "bottom": 1}),
                        "date": self.book.add_format({"num_format": DATE_FORMAT})}
        self.taken: set[str] = set()
        self.sheets: list[SheetWriter] = []

    def table(self, title: str, columns: Sequence[Column]) -> SheetWriter:
        note = self.texts.translate(h.CONTINUES)
        sheet = SheetWriter(self.book, title, columns, self.taken, self.formats, note)
        self.sheets.append(sheet)
        return sheet

    def close(self, path: Path) -> None:
        for sheet in self.sheets:
            sheet.close()
        try:
            with quick_zip():
                self.book.close()
        except FileCreateError as err:
            raise ResultsError(f"cannot write {path}: {err}") from err

    def discard(self) -> None:
        """After a failure: close anyway, so XlsxWriter removes its temporary files (the output is thrown away)."""
        try:
            with quick_zip():
                self.book.close()
        except Exception:  # noqa: BLE001 - the first failure is the one to report
            pass


def _fill(book: _Book, source: ExportSource, texts: ExportTexts, progress: Progress, values: list[str],
          check: frozenset[str] | None) -> None:
    """One pass over the sessions: participants to the overview, each answer to its scenario's sheet.

    `check`, when given, is what every stored answer's values are checked against (see stored_rows.OtherValue).
    """
    clock = LocalClock()
    overview = book.table(texts.translate(h.OVERVIEW_SHEET), overview_columns(values, texts))
    answers = AnswerRows(values, texts, clock, with_scenario=False)
    columns = answer_columns(values, texts, with_scenario=False)
    sheets: dict[str, SheetWriter] = {}

    def sheets_for(session: SessionData, answered: Iterable[str]) -> None:
        for scenario_id in dict.fromkeys([*session.playlist, *answered]):  # made in the order first met
            if scenario_id not in sheets:
                sheets[scenario_id] = book.table(scenario_sheet_title(scenario_id, texts), columns)

    if source.stored is not None and overview.fast is not None:
        maker = FastRows(overview.sheet, [kind for _, kind in columns], book.formats["date"])
        _fill_stored(source, overview, sheets, sheets_for, StoredAnswers(answers, maker, source.decode, check),
                     values, progress)
        return
    if check is not None:  # this way checks no answer: start again with every value looked for first
        raise OtherValue
    for session in source.sessions():
        for row in overview_rows(session, values, clock):
            overview.add(row)
        sheets_for(session, (a.scenario_id for a in session.answers))
        for row in answers.rows(session):
            sheets[row.scenario_id].add(row.parts())
        progress.done(len(session.answers))


def _fill_stored(source: ExportSource, overview: SheetWriter, sheets: dict[str, SheetWriter],
                 sheets_for: Callable[[SessionData, Iterable[str]], None], stored: StoredAnswers, values: list[str],
                 progress: Progress) -> None:
    """The same from a store's answer rows: each session's kept rows first, for the overview's counts."""
    for session, rows in source.stored(True):
        kept = stored.kept(session, rows)
        answered = Counter(row[1] for row, _, _ in kept)
        early = {p.uuid for p in session.participants if p.finished_at is None}  # profiles added up from answers
        running = tuple(answer or source.decode(session.uuid, row) for row, answer, _ in kept if row[1] in early)
        for row in overview_rows(replace(session, answers=running), values, stored.answers.clock, answered):
            overview.add(row)
        sheets_for(session, (row[2] for row, _, _ in kept))
        people = AnswerRows.people(session)
        for item in kept:
            row, answer, cells = item
            if cells is None:
                sheets[row[2]].add(stored.row_parts(session, people, item))
            else:
                sheets[row[2]].add_cells(cells, lambda item=item: stored.row_parts(session, people, item))
        progress.done(len(rows))


def write_xlsx(sessions: Sequence[SessionData] | ExportSource, out: str | Path, translate: h.Translate = h.identity,
               value_names: Mapping[str, str] | None = None,
               scenario_titles: Mapping[str, str] | None = None, *, texts: ExportTexts | None = None,
               progress: Progress | None = None) -> Path:
    """Write the workbook to `out` (replaced only once complete); `texts`, when given, overrides the rest."""
    path = output_path(out)
    texts = texts or ExportTexts(translate, value_names or {}, scenario_titles or {})
    source = as_source(sessions)
    with progress or Progress.off() as shown:
        try:
            return _write_book(path, source, texts, shown, *source.value_columns(texts.value_names))
        except OtherValue:  # an answer names a value that has no column: again, with every value
            shown.restart()
            return _write_book(path, source, texts, shown, source.values(texts.value_names), None)


def _write_book(path: Path, source: ExportSource, texts: ExportTexts, progress: Progress, values: list[str],
                check: frozenset[str] | None) -> Path:
    with replacing(path) as temp:
        book = _Book(temp, texts)
        try:
            _fill(book, source, texts, progress, values, check)
        except BaseException:
            book.discard()
            raise
        book.close(path)
    return path
