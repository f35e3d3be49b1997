"""`play-for-integrity i18n status|check|extract|update`: tools for authors and translators."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from play_for_integrity import paths
from play_for_integrity.content.problems import display_path
from play_for_integrity.i18n.checks import catalog_problems, count_by_kind, fit_problems
from play_for_integrity.i18n.extraction import (extract_template, is_content_message, read_catalog, template_path,
                                                update_language, write_catalog)
from play_for_integrity.i18n.languages import ENGLISH_NAMES, LANGUAGES, TRANSLATED_LANGUAGES, po_path
from play_for_integrity.i18n.registry import load_translator
from play_for_integrity.i18n.po_syntax import PoSyntaxError
from play_for_integrity.i18n.status import LanguageStatus, language_status

UPDATE_HINT = "run 'play-for-integrity i18n update'"


def register(sub: argparse._SubParsersAction) -> None:
    i18n = sub.add_parser("i18n", help="translations: status, check, extract, update",
                          description="Tools for translators and authors: the Kazakh and Russian catalogs live in "
                                      "locale/<lang>/LC_MESSAGES/messages.po.")
    i18n.set_defaults(handler=lambda args: (i18n.print_help(), 2)[1])
    actions = i18n.add_subparsers(dest="i18n_command", metavar="ACTION")

    status = actions.add_parser("status", help="how much of each language is translated (exit 1 if incomplete)",
                                description="Compare each catalog with the strings in the current sources. "
                                            "Exit 1 when a language is incomplete or out of date.")
    status.add_argument("--list", action="store_true",
                        help="list every untranslated string with its file:line, and every fuzzy one with the "
                             "English it was made from")
    status.set_defaults(handler=run_status)

    check = actions.add_parser("check", help="check placeholders, mixed alphabets and text fit (exit 1 on problems)",
                               description="Check the kk and ru catalogs: placeholders kept, no Latin look-alike "
                                           "letters in Cyrillic words, Plural-Forms, and that texts fit on screen.")
    check.set_defaults(handler=run_check)

    extract = actions.add_parser("extract", help="write locale/messages.pot from the code and the scenarios")
    extract.add_argument("-o", "--output", type=Path, default=None, help="where to write (default: locale/messages.pot)")
    extract.set_defaults(handler=run_extract)

    update = actions.add_parser("update", help="extract, then bring the kk and ru .po files in step with the sources")
    update.set_defaults(handler=run_update)

    for parser in (status, check, extract, update):
        parser.add_argument("--locale-dir", type=Path, default=None,
                            help="the locale folder (default: the shipped one)")


def _locale_dir(args: argparse.Namespace) -> Path:
    return args.locale_dir if args.locale_dir is not None else paths.locale_dir()


def _percent(value: float) -> str:
    return f"{value:5.1f} %"


def run_status(args: argparse.Namespace) -> int:
    template = extract_template()
    locale_dir = _locale_dir(args)
    print(f"{len([m for m in template if m.id])} strings in the sources")
    print(f"{'language':<14}{'translated':>20}{'fuzzy':>8}{'missing':>9}{'obsolete':>10}")
    failed = False
    notes = []
    for lang in TRANSLATED_LANGUAGES:
        st = language_status(template, lang, locale_dir)
        name = f"{lang} {LANGUAGES[lang]}"
        done = f"{st.translated}/{st.total} ({_percent(st.percent(st.translated))})"
        print(f"{name:<14}{done:>20}{st.fuzzy:>8}{st.missing:>9}{st.obsolete:>10}")
        shown = display_path(st.path)
        if st.syntax:
            notes.extend(st.problem.splitlines())
        elif st.problem:
            notes.append(f"{lang}: {st.problem}")
        elif st.out_of_date:
            notes.append(f"{lang}: {shown} is out of date ({st.new} new string(s) not in it, {st.obsolete} no longer "
                         f"in the sources): {UPDATE_HINT}")
        if not st.problem and not st.complete:
            note = f"{lang}: incomplete: {st.missing} missing translation(s) in {shown}"
            if st.fuzzy:
                note += (f"; {st.fuzzy} fuzzy one(s) are not shown until a translator reviews them and removes "
                         "the fuzzy mark")
            notes.append(note)
        if args.list:
            for (msgid, context), locations in st.missing_keys:
                where = ", ".join(f"{path}:{line}" for path, line in locations) or "?"
                print(f"  missing [{lang}] {where}: {context + ' | ' if context else ''}{msgid[:70]}")
            for line in fuzzy_lines(st):
                print(line)
        failed |= not st.ok
    for note in notes:
        print(note)
    return 1 if failed else 0


def fuzzy_lines(st: LanguageStatus) -> list[str]:
    """Each fuzzy entry: where it is, the English now, the English it was made from (if known) and its text."""
    lines = []
    for entry in st.fuzzy_entries:
        msgid, context = entry.key
        used = ", ".join(f"{path}:{line}" for path, line in entry.locations)
        lines.append(f"  fuzzy [{st.lang}] {display_path(st.path)}:{entry.po_line or 1}"
                     f"{f' ({used})' if used else ''}{': ' + context if context else ''}")
        lines.append(f"      English now: {_one_line(msgid)}")
        if entry.previous is not None:
            lines.append(f"      made from:   {_one_line(entry.previous)}")
        lines.append(f"      fuzzy text:  {_one_line(entry.text)}")
    return lines


def _one_line(text: str) -> str:
    """A text on one line, a line break shown as \\n as in the .po."""
    return text.replace("\n", "\\n")


def run_check(args: argparse.Namespace) -> int:
    locale_dir = _locale_dir(args)
    problems: list[str] = []
    kinds: Counter[str] = Counter()  # problems that stop a catalog from being read at all
    for lang in TRANSLATED_LANGUAGES:
        path = po_path(locale_dir, lang)
        try:
            catalog = read_catalog(path, lang)
        except PoSyntaxError as err:
            problems += err.problems
            kinds["syntax"] += len(err.problems)
            continue
        except FileNotFoundError:
            problems.append(f"{display_path(path)}: missing; {UPDATE_HINT} to create it")
            kinds["missing file"] += 1
            continue
        except Exception as err:  # noqa: BLE001 - shown as a problem, not a traceback
            problems.append(f"{display_path(path)}: cannot be read: {' '.join(str(err).split())}")
            kinds["unreadable"] += 1
            continue
        found = catalog_problems(catalog, lang, Path(display_path(path)))
        problems += found
        kinds += count_by_kind(found)
    translators = {lang: load_translator(lang, locale_dir) for lang in LANGUAGES}
    fits, note = fit_problems(translators)
    problems += fits
    kinds["fit"] += len(fits)
    for problem in problems:
        print(problem)
    if note:
        print(note)
    if problems:
        summary = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()) if n)
        print(f"{len(problems)} problem(s): {summary}")
        return 1
    print(f"no problems in {', '.join(ENGLISH_NAMES[lang] for lang in TRANSLATED_LANGUAGES)}")
    return 0


def _extract_to(output: Path) -> int:
    template = extract_template()
    write_catalog(template, output)
    messages = [m for m in template if m.id]
    content = sum(1 for m in messages if is_content_message(m))
    print(f"{len(messages)} strings ({len(messages) - content} from the code, {content} from the content) "
          f"written to {display_path(output)}")
    return 0


def run_extract(args: argparse.Namespace) -> int:
    return _extract_to(args.output or template_path(_locale_dir(args)))


def run_update(args: argparse.Namespace) -> int:
    locale_dir = _locale_dir(args)
    _extract_to(template_path(locale_dir))
    template = read_catalog(template_path(locale_dir))
    failed = 0
    for lang in TRANSLATED_LANGUAGES:
        try:
            path = update_language(template, lang, locale_dir)
        except PoSyntaxError as err:
            failed += 1
            for problem in err.problems:
                print(problem, file=sys.stderr)
            print(f"{display_path(po_path(locale_dir, lang))}: not updated: fix the line(s) above first",
                  file=sys.stderr)
            continue
        except Exception as err:  # noqa: BLE001 - a broken .po is left untouched for a person to repair
            failed += 1
            path = po_path(locale_dir, lang)
            print(f"{display_path(path)}: not updated, it cannot be read: {' '.join(str(err).split())}",
                  file=sys.stderr)
            continue
        print(f"updated {display_path(path)}")
    return 1 if failed else 0
