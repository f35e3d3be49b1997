"""Write results as CSV that Excel opens correctly: UTF-8 with a BOM, `;` where the decimal mark is a comma."""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path

from babel.core import UnknownLocaleError
from babel.numbers import get_decimal_symbol

from play_for_integrity.results import headers as h
from play_for_integrity.results.atomic_file import output_path, replacing
from play_for_integrity.results.cell_safety import neutralise
from play_for_integrity.results.errors import ResultsError
from play_for_integrity.results.export_texts import ExportTexts
from play_for_integrity.results.records import SessionData
from play_for_integrity.results.tables import Cell, Table, answers_table, overview_table

CSV_TABLES = ("answers", "overview")
DATE_FORMAT = "%Y-%m-%d %H:%M:%S"  # ISO-like local time, which Excel reads as a date in every locale


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


def _cell_text(value: Cell, mark: str) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime(DATE_FORMAT)
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return format(value, ".3f").rstrip("0").rstrip(".").replace(".", mark)
    return neutralise(value)


def write_table_csv(table: Table, out: str | Path, language: str = "en") -> Path:
    """Write one table; every text cell is neutralised, numbers keep the language's decimal mark."""
    path = output_path(out)
    separator, mark = csv_dialect(language)
    with replacing(path) as temp:
        with temp.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=separator, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
            writer.writerow([neutralise(title) for title in table.headers])
            writer.writerows([_cell_text(value, mark) for value in row] for row in table.rows)
    return path


def write_csv(sessions: Sequence[SessionData], out: str | Path, language: str = "en",
              translate: h.Translate = h.identity, value_names: Mapping[str, str] | None = None,
              table: str = "answers", *, texts: ExportTexts | None = None) -> Path:
    """All answers in one flat table, or the participants' overview; `texts`, when given, overrides the rest."""
    if table not in CSV_TABLES:
        raise ResultsError(f"unknown CSV table '{table}': choose one of {', '.join(CSV_TABLES)}")
    texts = texts or ExportTexts(translate, value_names or {})
    grid = answers_table(sessions, None, texts) if table == "answers" else overview_table(sessions, texts)
    return write_table_csv(grid, out, language)
