"""The `results` subcommands: list, export, merge, check, delete, backup, pin and demo."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any

from play_for_integrity.results.db_faults import fault_error
from play_for_integrity.results.errors import ResultsError
from play_for_integrity.results.output_guard import check_output
from play_for_integrity.results.records import to_local
from play_for_integrity.results.store import DB_NAME, ResultsStore
from play_for_integrity.user_data import user_data_dir

if TYPE_CHECKING:
    from play_for_integrity.results.export_texts import ExportTexts

PROG = "play-for-integrity"
FORMATS = ("xlsx", "csv", "json")


def register(sub: argparse._SubParsersAction) -> None:
    results = sub.add_parser("results", help="list, export, merge, check, back up and delete class results",
                             description="Class results recorded on this computer.")
    data = argparse.ArgumentParser(add_help=False)
    data.add_argument("--data-dir", type=Path, default=None, metavar="PATH",
                      help="the folder holding results.sqlite3 (default: the user data folder)")
    actions = results.add_subparsers(dest="results_command", metavar="ACTION", required=True)

    listing = actions.add_parser("list", parents=[data], help="list the recorded sessions, newest first")
    listing.add_argument("--page", type=_positive, default=None, metavar="N",
                         help="show page N (from 1) of --per-page sessions (default: the first, the newest)")
    listing.add_argument("--per-page", type=_positive, default=50, metavar="COUNT", help="sessions a page (default 50)")
    listing.add_argument("--all", action="store_true", help="show every session, however many")
    listing.set_defaults(handler=run_list)

    check = actions.add_parser("check", parents=[data], help="check the whole results database for damage now",
                               description="Read the whole results database and check it (SQLite's quick_check). "
                                           "A damaged database is set aside, never deleted, and a new one is "
                                           "started. The game checks by itself after it was not closed cleanly.")
    check.set_defaults(handler=run_check)

    export = actions.add_parser("export", parents=[data], help="export sessions as XLSX, CSV or JSON")
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--session", metavar="ID", help="a session id (or its first characters, see 'results list')")
    which.add_argument("--all", action="store_true", help="every session")
    export.add_argument("--format", required=True, choices=FORMATS)
    export.add_argument("--out", required=True, type=Path, metavar="PATH",
                        help="the file to write (never a file in the data folder)")
    export.add_argument("--force", action="store_true", help="replace an existing file without asking")
    export.add_argument("--lang", default=None, metavar="LANG",
                        help="language of headers and sheet names, e.g. kk, ru, en (default: the session's)")
    export.add_argument("--table", default="answers", choices=("answers", "overview"),
                        help="CSV only: one row per answer (default) or one row per participant")
    export.set_defaults(handler=run_export)

    merge = actions.add_parser("merge", parents=[data], help="add JSON exports from other computers",
                               description="Add JSON exports from other computers, file by file: a file that is "
                                           "refused (the reason is shown) changes nothing, the others are merged. "
                                           "Merging a file again adds nothing.")
    merge.add_argument("files", nargs="+", type=Path, metavar="FILE_OR_FOLDER",
                       help="JSON exports, or folders: every .json file in them and their subfolders")
    merge.set_defaults(handler=run_merge)

    delete = actions.add_parser("delete", parents=[data], help="delete a session and all its answers")
    delete.add_argument("--session", required=True, metavar="ID")
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    delete.set_defaults(handler=run_delete)

    backup = actions.add_parser("backup", parents=[data], help="copy the results database to a file")
    backup.add_argument("--out", required=True, type=Path, metavar="PATH")
    backup.set_defaults(handler=run_backup)

    pin = actions.add_parser("pin", parents=[data], help="say whether a teacher PIN is set, or reset a forgotten one",
                             description="The teacher PIN keeps pupils at the game's screens out of the class "
                                         "results. It does not protect the files: anyone signed in to this "
                                         "computer's user account can read them, or reset the PIN with this "
                                         "command. A teacher who forgot the PIN resets it here; the results are kept.")
    pin.add_argument("--reset", action="store_true",
                     help="remove the PIN; the game then asks for a new one when the teacher view is opened")
    pin.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    pin.set_defaults(handler=run_pin)

    demo = actions.add_parser("demo", parents=[data], help="record a demo class to try the results features")
    demo.add_argument("--class", dest="class_name", required=True, metavar="NAME", help="class name, e.g. 7Б")
    demo.add_argument("--band", default=None, help="age band id (default: the first band with scenarios)")
    demo.add_argument("--mode", default="solo", choices=("solo", "board", "vote"))
    demo.add_argument("--pupils", type=int, default=24)
    demo.add_argument("--lang", default="ru", metavar="LANG")
    demo.add_argument("--seed", type=int, default=2024)
    demo.set_defaults(handler=run_demo)


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number from 1, not {text!r}")
    return number


def _friendly(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Turn problems a teacher can fix into one line on stderr and exit code 1, never a traceback."""
    @wraps(handler)
    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except ResultsError as err:
            print(f"{PROG}: {err}", file=sys.stderr)
            return 1
        except sqlite3.Error as err:  # a lock or a full disk met after opening: say which, never a traceback
            print(f"{PROG}: {fault_error(user_data_dir(args.data_dir) / DB_NAME, err, 'use')}", file=sys.stderr)
            return 1
    return run


def _open(args: argparse.Namespace) -> ResultsStore:
    store = ResultsStore.open(args.data_dir)
    if store.open_report is not None:
        print(f"{PROG}: the old results database could not be used ({store.open_report.reason}); it was moved to "
              f"{store.open_report.moved_to} and a new one was started", file=sys.stderr)
    if store.journal.waiting:
        print(f"{PROG}: some answers the game kept in {store.journal.path} could not be saved yet "
              f"({store.kept_reason or 'the results are busy'}); they are saved the next time", file=sys.stderr)
    return store


def _print_warnings(store: ResultsStore) -> None:
    for warning in store.take_warnings():
        print(f"{PROG}: warning: {warning}", file=sys.stderr)


def translator_for(language: str) -> Any | None:
    """The i18n layer's Translator for `language`, or None while that layer is missing (English headers then)."""
    try:
        # play_for_integrity.i18n is the lead's layer; without it the exports keep the English message ids.
        from play_for_integrity.i18n import get_translator
    except ImportError:
        return None
    try:
        return get_translator(language)
    except ValueError as err:  # a language the game has no catalog for
        raise ResultsError(str(err)) from err


def _export_texts(language: str) -> ExportTexts:
    """Headers, value names, scenario titles and option texts in the export language."""
    from play_for_integrity.content.library import load_library
    from play_for_integrity.results.export_texts import export_texts

    return export_texts(load_library(), translator_for(language))


@_friendly
def run_list(args: argparse.Namespace) -> int:
    with _open(args) as store:
        if args.all:
            rows, total = store.iter_sessions(), store.session_count()
        else:  # a page reads only its own sessions: a school's years of results cost what one page costs
            rows, total = store.sessions_page((args.page or 1) - 1, args.per_page)
        printed = 0
        for s in rows:
            if not printed:
                print(f"{'ID':<8}  {'Started':<16}  {'Class':<12} {'Mode':<5} {'Band':<6} {'Lang':<4} {'People':>6} "
                      f"{'Answers':>7}")
            started = to_local(s.started_at).strftime("%Y-%m-%d %H:%M")
            running = "" if s.ended_at else "  (not ended)"
            print(f"{s.uuid[:8]:<8}  {started:<16}  {s.class_name:<12} {s.mode:<5} {s.band:<6} {s.language:<4} "
                  f"{s.participants:>6} {s.answers:>7}{running}")
            printed += 1
        if not total:
            print(f"No sessions recorded yet in {store.path}")
        elif not args.all and (args.page is not None or total > args.per_page):
            pages = -(-total // args.per_page)
            print(f"Page {min(args.page or 1, pages)} of {pages} ({total} sessions in all): "
                  "--page N shows another, --all every session")
        _print_warnings(store)
    return 0


@_friendly
def run_export(args: argparse.Namespace) -> int:
    from play_for_integrity.results.export_csv import decimal_mark, write_csv
    from play_for_integrity.results.export_json import write_json
    from play_for_integrity.results.export_xlsx import write_xlsx
    from play_for_integrity.results.progress import Progress

    with _open(args) as store:
        check_output(args.out, store.path.parent, args.force, _confirmed)
        source = store.export_source(store.resolve_session_id(args.session) if args.session else None)
        if not source.session_count:
            raise ResultsError(f"there are no sessions to export in {store.path}")
        first = next(source.sessions(), None) if source.session_count == 1 else None
        language = args.lang or (first.language if first is not None else "en")
        decimal_mark(language)  # an unknown language is reported before anything is written
        with Progress.on_terminal(source.answer_count, f"export {args.format.upper()}", "answers") as progress:
            if args.format == "json":
                out = write_json(source, args.out, progress=progress)
            elif args.format == "xlsx":
                out = write_xlsx(source, args.out, texts=_export_texts(language), progress=progress)
            else:
                out = write_csv(source, args.out, language, table=args.table, texts=_export_texts(language),
                                progress=progress)
        _print_warnings(store)
    count, answers = source.session_count, source.answer_count
    print(f"Exported {count} session{'s' if count != 1 else ''} ({answers} answers) to {out}")
    return 0


@_friendly
def run_merge(args: argparse.Namespace) -> int:
    from play_for_integrity.results.merge import MERGED, REFUSED, export_files, merge_file, total_bytes
    from play_for_integrity.results.merge_rows import Counts
    from play_for_integrity.results.progress import Progress

    files = export_files(args.files)
    if not files:
        raise ResultsError(f"no results exports (*.json) in {', '.join(map(str, args.files))}")
    totals, refused = Counts(), 0
    with _open(args) as store, Progress.on_terminal(total_bytes(files), "merge", "B") as progress:
        for path in files:
            result = merge_file(store, path, progress)
            totals.add(result.counts)
            if result.status == REFUSED:
                refused += 1
                print(f"{PROG}: refused {result.reason}", file=sys.stderr)
            else:
                counts = result.counts
                done = (f"added {counts.sessions_added} sessions, {counts.answers_added} answers"
                        if result.status == MERGED else "already present")
                print(f"{path}: {done}" + (f"; {len(counts.conflicts)} conflicts" if counts.conflicts else ""))
    print(f"Merged {len(files) - refused} of {len(files)} file{'s' if len(files) != 1 else ''}: "
          f"added {totals.sessions_added} sessions, {totals.participants_added} participants, "
          f"{totals.answers_added} answers; {totals.completed} completed, {totals.unchanged} already here"
          + (f"; {refused} refused" if refused else ""))
    for conflict in totals.conflicts:
        print(f"{PROG}: conflict: {conflict}", file=sys.stderr)
    if totals.skipped:
        print(f"{PROG}: {totals.skipped} record(s) were not imported because of these conflicts", file=sys.stderr)
    return 1 if refused else 0


@_friendly
def run_check(args: argparse.Namespace) -> int:
    with ResultsStore.open(args.data_dir, check=True) as store:
        report = store.open_report
    if report is None:
        print(f"The class results in {store.path} passed the integrity check.")
        return 0
    print(f"{PROG}: the class results were damaged ({report.reason}); they were moved to {report.moved_to} "
          f"and a new, empty store was started", file=sys.stderr)
    return 1


@_friendly
def run_delete(args: argparse.Namespace) -> int:
    with _open(args) as store:
        sid = store.resolve_session_id(args.session)
        try:
            summary = store.session_summary(sid)
            what = (f"session {sid[:8]} ({summary.class_name}, {to_local(summary.started_at):%Y-%m-%d %H:%M}) "
                    f"with {summary.answers} answers")
        except ResultsError:  # a damaged session can still be deleted
            what = f"the damaged session {sid[:8]}"
        if not args.yes and not _confirmed(f"Delete {what}? [y/N] ", "not deleting without confirmation: add --yes "
                                                                     "to delete without being asked"):
            print("Nothing deleted.")
            return 0
        store.delete_session(sid)
    print(f"Deleted {what}.")
    return 0


@_friendly
def run_backup(args: argparse.Namespace) -> int:
    with _open(args) as store:
        check_output(args.out, store.path.parent, force=True)
        out = store.backup(args.out)
    print(f"Backed up the results to {out}")
    return 0


def _confirmed(question: str, refusal: str) -> bool:
    """Ask on the terminal; without one, refuse with `refusal` (which names --yes) instead of guessing."""
    if not sys.stdin or not sys.stdin.isatty():
        raise ResultsError(refusal)
    try:
        reply = input(question)
    except EOFError:
        reply = ""
    return reply.strip().lower() in ("y", "yes")


@_friendly
def run_pin(args: argparse.Namespace) -> int:
    with _open(args) as store:
        if not store.has_pin():
            print(f"No teacher PIN is set in {store.path}: the game asks for a new one when the teacher view is opened.")
            return 0
        if not args.reset:
            print(f"A teacher PIN is set. If it is forgotten, run '{PROG} results pin --reset' on this computer; "
                  "the results are kept.")
            return 0
        if not args.yes and not _confirmed(
                "Remove the teacher PIN? Until a new one is set, anyone at this computer can open the class results "
                "in the game. The results are kept. [y/N] ",
                "not resetting the PIN without confirmation: add --yes to reset it without being asked"):
            print("The teacher PIN was not changed.")
            return 0
        store.clear_pin()
    print(f"The teacher PIN was removed from {store.path} (and any wait after wrong tries was cleared). "
          "The class results are kept. The next person to open the teacher view in the game is asked to set a "
          "new PIN, so open it now and set one.")
    return 0


@_friendly
def run_demo(args: argparse.Namespace) -> int:
    from play_for_integrity.content.library import load_library
    from play_for_integrity.results.demo_class import fill_demo_class

    library = load_library()
    with _open(args) as store:
        try:
            sid = fill_demo_class(store, library, args.class_name, band=args.band, mode=args.mode,
                                  language=args.lang, pupils=args.pupils, seed=args.seed)
        except ValueError as err:  # e.g. a class name longer than the store accepts
            raise ResultsError(str(err)) from err
        summary = store.session_summary(sid)
    print(f"Recorded demo session {sid[:8]} for class {summary.class_name}: "
          f"{summary.participants} participants, {summary.answers} answers")
    return 0
