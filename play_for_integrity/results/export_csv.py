"""Write results as CSV that Excel opens correctly: UTF-8 with a BOM, `;` where the decimal mark is a comma.

Rows are written as the sessions are read, one session at a time, so a year of answers needs no more memory
than one lesson.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from babel.core import UnknownLocaleError
from babel.numbers import get_decimal_symbol

from play_for_integrity.results import headers as h
from play_for_integrity.results.atomic_file import output_path, replacing
from play_for_integrity.results.cell_safety import neutralise
from play_for_integrity.results.csv_rows import StoredLines
from play_for_integrity.results.errors import ResultsError
from play_for_integrity.results.export_parts import Rest, Shared, csv_settings
from play_for_integrity.results.export_source import ExportSource, as_source
from play_for_integrity.results.export_texts import ExportTexts
from play_for_integrity.results.progress import Progress
from play_for_integrity.results.records import SessionData
from play_for_integrity.results.stored_rows import OtherValue
from play_for_integrity.results.tables import (NUMBER, TIME, AnswerRows, Cell, Column, LocalClock, Table,
                                               answer_columns, overview_columns, overview_rows)

CSV_TABLES = ("answers", "overview")
DATE_FORMAT = "%Y-%m-%d %H:%M:%S"  # ISO-like local time, which Excel reads as a date in every locale
CACHE_LIMIT = 4096  # remembered cell texts per column (answer ids never repeat: the memory starts again)
BOM = "\N{BYTE ORDER MARK}".encode("utf-8").decode("latin-1")  # as wire text (see wire)


def wire(text: str) -> str:
    """`text` as its UTF-8 bytes, one character per byte (the file is written as Latin-1, so byte for byte).

    Lines are joined and written as such text: one byte a character, which joins and writes a year of answers at
    memory speed, where Cyrillic names would make every line two bytes a character and then need encoding.
    """
    return text if text.isascii() else text.encode("utf-8").decode("latin-1")


def decimal_mark(language: str) -> str:
    """The decimal separator of a language or locale (`ru`, `kk`, `en_GB`...)."""
    try:
        return get_decimal_symbol(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError) as err:
        raise ResultsError(f"unknown language '{language}': use a language code such as kk, ru or en") from err


def csv_dialect(language: str) -> tuple[str, str]:
    """(field separator, decimal mark): Excel splits on `;` in locales whose decimal mark is a comma."""
    mark = decimal_mark(language)
    return (";" if mark == "," else ","), mark


def _time_text(value: datetime | None) -> str:
    if value is None:
        return ""
    return value.isoformat(" ", "seconds") if value.year >= 1000 else value.strftime(DATE_FORMAT)


def _number_text(value: Cell, mark: str) -> str:
    if isinstance(value, float):
        return format(value, ".3f").rstrip("0").rstrip(".").replace(".", mark)
    return str(int(value))  # an int, or a bool as 0/1


class _Lines:
    """Rows as CSV lines (quoted as the csv module's QUOTE_MINIMAL would), as wire text; each column formatted by its
    kind.

    A text or number met before (names, choices, grades) is looked up, and a part shared by many rows (see
    AnswerRow) is formatted once.
    """

    def __init__(self, columns: Sequence[Column], separator: str, mark: str) -> None:
        self.separator = separator
        self.mark = mark
        self.column_specs = [(title, kind) for title, kind in columns]  # as given
        typed = all(kind for _, kind in columns)
        self.columns = [({}, self._maker(kind if typed else "")) for _, kind in columns]
        self._shared: dict[int, tuple[tuple, str]] = {}
        self._special = re.compile(f'[{re.escape(separator)}"\r\n]')

    def field(self, text: str) -> str:
        """`text` as one CSV field (wire text), after the separator that comes before it."""
        if self._special.search(text):
            text = '"' + text.replace('"', '""') + '"'
        return self.separator + wire(text)

    def _maker(self, kind: str) -> Callable[[dict, Cell], str]:
        mark = self.mark
        shown = (_time_text if kind == TIME else (lambda value: _number_text(value, mark)) if kind == NUMBER
                 else neutralise if kind
                 else lambda value: (_time_text(value) if isinstance(value, datetime) else neutralise(value)
                                     if isinstance(value, str) else _number_text(value, mark)))
        if kind == TIME:
            return lambda seen, value: self.separator + wire(shown(value))  # every answer has its own time
        def make(seen: dict, value: Cell) -> str:
            if len(seen) > CACHE_LIMIT:
                seen.clear()
            found = seen[value] = self.separator if value is None else self.field(shown(value))
            return found
        return make

    def _cell(self, col: int, value: Cell) -> str:
        seen, make = self.columns[col]
        return seen[value] if value in seen else make(seen, value)

    def part(self, col: int, cells: Sequence[Cell]) -> str:
        """Cells from column `col` on, each after its separator, as a piece of a line."""
        return "".join(self._cell(col + i, v) for i, v in enumerate(cells))

    def __call__(self, parts: Sequence[Cell | tuple[Cell, ...]]) -> str:
        out, col, shared = [], 0, self._shared
        for part in parts:
            if type(part) is tuple:
                found = shared.get(id(part))
                if found is None or found[0] is not part:  # kept with its part, so the id cannot be reused
                    if len(shared) > CACHE_LIMIT:
                        shared.clear()
                    found = shared[id(part)] = (part, self.part(col, part))
                out.append(found[1])
                col += len(part)
            else:
                seen, make = self.columns[col]
                out.append(seen[part] if part in seen else make(seen, part))
                col += 1
        return "".join(out)[len(self.separator):] + "\r\n"


def write_table_csv(table: Table, out: str | Path, language: str = "en") -> Path:
    """Write one plain table; every text cell is neutralised, numbers keep the language's decimal mark."""
    return _write_rows(Path(out), language, [(title, "") for title in table.headers],
                       lambda lines, temp: ["".join(map(lines, table.rows))])


def _write_rows(out: Path, language: str, columns: Sequence[Column],
                texts_of: Callable[[_Lines, Path], Iterable[str | Rest]]) -> Path:
    """Write the header, then each piece of text `texts_of` makes with the lines of `columns` (a session's rows);
    it is also given the temporary file the export is written to, and may give the second process's part of a
    shared export (a Rest) to copy in."""
    path = output_path(out)
    separator, mark = csv_dialect(language)
    lines = _Lines(columns, separator, mark)
    with replacing(path) as temp:
        # Latin-1 writes wire text byte for byte: the file is UTF-8 with a BOM. A character wire text cannot hold
        # (one that was not made wire text) stops the export rather than being written wrong.
        with temp.open("w", encoding="latin-1", newline="") as handle:
            header = "".join(lines.field(neutralise(title)) for title, _ in columns)
            handle.write(BOM + header[len(separator):] + "\r\n")
            for text in texts_of(lines, temp):
                if type(text) is str:
                    handle.write(text)
                else:
                    text.copy_into(handle)
    return path


def _sessions_text(source: ExportSource, table: str, values: list[str], texts: ExportTexts, progress: Progress,
                   check: frozenset[str] | None = None) -> Callable[[_Lines, Path], Iterator[str | Rest]]:
    """The rows of each session in turn, as text: a store's answers straight from their stored rows (a big store's
    shared with a second process, see export_parts)."""
    def texts_of(lines: _Lines, temp: Path) -> Iterator[str | Rest]:
        clock = LocalClock()
        answers = AnswerRows(values, texts, clock)
        if table == "answers" and source.stored is not None:
            settings = csv_settings(lines.column_specs, lines.separator, lines.mark, values, texts, check)
            with Shared(source, progress, "csv", temp, settings) as shared:
                stored = StoredLines(lines, answers, source.decode, check)
                yield from _stored_lines(shared.here, stored, progress, shared.poll)
                rest = shared.finish()
                if rest.source is not None:
                    yield from _stored_lines(rest.source, stored, progress)
                yield rest  # the second process's part, copied in as it is
            return
        for session in source.sessions():
            rows = ((row.parts() for row in answers.rows(session)) if table == "answers"
                    else overview_rows(session, values, clock))
            yield "".join(map(lines, rows))
            progress.done(len(session.answers))
    return texts_of


def _stored_lines(source: ExportSource, stored: StoredLines, progress: Progress | Any,
                  poll: Callable[[], None] | None = None) -> Iterator[str]:
    """The lines of each session's answers, made from their stored rows."""
    for session, rows in source.stored(False):
        yield stored.session(session, rows)
        progress.done(len(rows))
        if poll is not None:
            poll()


def stored_texts(source: ExportSource, settings: dict[str, Any], progress: Any) -> Iterator[str]:
    """The answers' lines of a store's sessions as `settings` (export_parts.csv_settings) make them: the second
    process's part of a shared export."""
    lines = _Lines(settings["columns"], settings["separator"], settings["mark"])
    answers = AnswerRows(settings["values"], settings["texts"], LocalClock())
    yield from _stored_lines(source, StoredLines(lines, answers, source.decode, settings["check"]), progress)


def write_csv(sessions: Sequence[SessionData] | ExportSource, out: str | Path, language: str = "en",
              translate: h.Translate = h.identity, value_names: Mapping[str, str] | None = None,
              table: str = "answers", *, texts: ExportTexts | None = None, progress: Progress | None = None) -> Path:
    """All answers in one flat table, or the participants' overview; `texts`, when given, overrides the rest."""
    if table not in CSV_TABLES:
        raise ResultsError(f"unknown CSV table '{table}': choose one of {', '.join(CSV_TABLES)}")
    source = as_source(sessions)
    texts = texts or ExportTexts(translate, value_names or {})
    if table == "answers":
        values, check = source.value_columns(texts.value_names)
    else:  # a pupil's profile may be added up from answers: every value is looked for first
        values, check = source.values(texts.value_names), None
    with progress or Progress.off() as shown:
        try:
            return _write_table(source, Path(out), language, table, values, texts, shown, check)
        except OtherValue:  # an answer names a value that has no column: again, with every value
            shown.restart()
            return _write_table(source, Path(out), language, table, source.values(texts.value_names), texts, shown)


def _write_table(source: ExportSource, out: Path, language: str, table: str, values: list[str], texts: ExportTexts,
                 progress: Progress, check: frozenset[str] | None = None) -> Path:
    columns = answer_columns(values, texts) if table == "answers" else overview_columns(values, texts)
    return _write_rows(out, language, columns, _sessions_text(source, table, values, texts, progress, check))
