"""Checks on translated catalogs: placeholders kept, no Latin look-alikes in Cyrillic words, plural header, fit."""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog, Message

from play_for_integrity.content.font_coverage import covered_code_points
from play_for_integrity.i18n.extraction import is_content_message
from play_for_integrity.i18n.languages import ENGLISH_NAMES, NPLURALS, PLURAL_FORMS

FIT_HOOK = "play_for_integrity.ui.text_fit"

_PERCENT = re.compile(r"%(?:\((?P<name>\w+)\))?[-#0 +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?(?P<type>[diouxXeEfFgGcrs%])")
_BRACE = re.compile(r"\{\{|\}\}|\{(?P<field>[^{}]*)\}")

# Latin letters that look like Cyrillic ones, and the Cyrillic letter meant (Kazakh і for i and I).
LOOKALIKES: dict[str, str] = {
    "a": "а", "c": "с", "e": "е", "i": "і", "o": "о", "p": "р", "x": "х", "y": "у",
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "K": "К", "M": "М", "O": "О", "P": "Р",
    "T": "Т", "X": "Х", "Y": "У",
}
_WORD = re.compile(r"[^\W\d_]+")


# -- placeholders ----------------------------------------------------------
def percent_placeholders(text: str) -> list[str]:
    """The %-directives of a python-format text, in order ('%%' is a literal percent sign, not counted)."""
    return [m.group(0) for m in _PERCENT.finditer(text) if m.group("type") != "%" or m.group("name")]


def brace_placeholders(text: str) -> list[str]:
    """The {fields} of a str.format text, in order ('{{' and '}}' are literal braces)."""
    return [m.group(0) for m in _BRACE.finditer(text) if m.group("field") is not None]


def _differs(expected: list[str], got: list[str]) -> bool:
    named = any(p.startswith("%(") for p in expected + got)
    if named or any(p.startswith("{") and p[1:2] not in ("}", "") for p in expected + got):
        return set(expected) != set(got)  # named ones may be reordered or repeated
    return expected != got


def placeholder_problems(msgid: str | tuple[str, ...], msgstr: str | tuple[str, ...], python_format: bool = True,
                         brace_format: bool = True) -> list[str]:
    """What is wrong with the placeholders of a translation; [] when it keeps exactly the source's ones."""
    ids = list(msgid) if isinstance(msgid, (list, tuple)) else [msgid]
    forms = list(msgstr) if isinstance(msgstr, (list, tuple)) else [msgstr]
    problems = []
    for kind, find, enabled in (("%", percent_placeholders, python_format), ("{}", brace_placeholders, brace_format)):
        if not enabled:
            continue
        source = [find(text) for text in ids]
        for index, form in enumerate(forms):
            if not form:
                continue
            got = find(form)
            candidates = [source[-1]] + ([source[0]] if index == 0 and len(source) > 1 else [])
            if all(_differs(expected, got) for expected in candidates):
                which = f"form {index}" if len(forms) > 1 else "the translation"
                problems.append(f"placeholders differ: the English has {' '.join(candidates[0]) or 'none'}, "
                                f"{which} has {' '.join(got) or 'none'}")
    return problems


# -- look-alike letters ----------------------------------------------------
def _is_cyrillic(char: str) -> bool:
    return "CYRILLIC" in unicodedata.name(char, "")


def _is_latin(char: str) -> bool:
    return "LATIN" in unicodedata.name(char, "")


@dataclass(frozen=True)
class MixedWord:
    """A word mixing Cyrillic letters with Latin ones, and the word with look-alikes replaced."""

    word: str
    latin: str
    suggestion: str | None

    def __str__(self) -> str:
        letters = ", ".join(f"{c} (U+{ord(c):04X})" for c in dict.fromkeys(self.latin))
        if self.suggestion:
            fixes = ", ".join(f"{LOOKALIKES[c]} (U+{ord(LOOKALIKES[c]):04X})"
                              for c in dict.fromkeys(self.latin) if c in LOOKALIKES)
            return (f"'{self.word}' mixes the Latin letter {letters} into a Cyrillic word: "
                    f"type the Cyrillic {fixes} instead: '{self.suggestion}'")
        return f"'{self.word}' mixes Latin {letters} with Cyrillic letters: retype the word in one alphabet"


def mixed_words(text: str) -> list[MixedWord]:
    """Words written partly in Latin letters inside Cyrillic text, such as 'Cалем' with a Latin C."""
    found = []
    for word in _WORD.findall(text):
        latin = "".join(c for c in word if _is_latin(c))
        if latin and any(_is_cyrillic(c) for c in word):
            fixable = all(c in LOOKALIKES for c in latin)
            suggestion = "".join(LOOKALIKES.get(c, c) for c in word) if fixable else None
            found.append(MixedWord(word, latin, suggestion))
    return found


# -- whole catalogs --------------------------------------------------------
def message_forms(message: Message) -> list[str]:
    """The translation of `message` as a list: one text, or each plural form."""
    return list(message.string) if isinstance(message.string, (list, tuple)) else [message.string or ""]


def header_problems(catalog: Catalog, lang: str, path: Path) -> list[str]:
    problems = []
    if catalog.num_plurals != NPLURALS[lang]:
        problems.append(f"{path}:1: the header says {catalog.plural_forms!r}, but {ENGLISH_NAMES[lang]} needs "
                        f"'Plural-Forms: {PLURAL_FORMS[lang]}'")
    if catalog.locale is None or str(catalog.locale).split("_")[0] != lang:
        problems.append(f"{path}:1: the header says 'Language: {catalog.locale}', expected 'Language: {lang}'")
    return problems


def catalog_problems(catalog: Catalog, lang: str, path: Path) -> list[str]:
    """Every problem in one language's catalog, each as 'file:line: message'."""
    problems = header_problems(catalog, lang, path)
    for message in catalog:
        if not message.id or not any(message_forms(message)):
            continue
        where = f"{path}:{message.lineno or 1}"
        if not message.fuzzy:
            content = is_content_message(message)
            python_format = "python-format" in message.flags or (
                not content and "no-python-format" not in message.flags and "%(" in str(message.id))
            for problem in placeholder_problems(message.id, tuple(message_forms(message)), python_format,
                                                brace_format=not content):
                problems.append(f"{where}: {problem}")
        for form in message_forms(message):
            for word in mixed_words(form):
                problems.append(f"{where}: {word}")
            problems.extend(f"{where}: {problem}" for problem in undrawable(form))
    return problems


def undrawable(text: str) -> list[str]:
    """One line per character of `text` that the game's font cannot draw (it would show as a box)."""
    covered = covered_code_points()
    if covered is None:
        return []
    missing = dict.fromkeys(c for c in text if c not in "\n" and ord(c) not in covered)
    return [f"the character U+{ord(c):04X} ({c}) is not in the game's font and would show as a box: "
            "use another character or a word" for c in missing]


def fit_problems(translators: Mapping[str, Any]) -> tuple[list[str], str | None]:
    """Run the ui's check_catalog_fits(translators) when the ui package has it: (problems, note if skipped)."""
    try:
        hook = importlib.import_module(FIT_HOOK)
    except ModuleNotFoundError as err:
        if err.name and FIT_HOOK.startswith(err.name):
            return [], f"fit check skipped: it needs the ui package ({FIT_HOOK}.check_catalog_fits)"
        return [f"fit check could not start: {err}"], None
    except Exception as err:  # noqa: BLE001 - reported, never a traceback
        return [f"fit check could not start: {FIT_HOOK}: {type(err).__name__}: {err}"], None
    check = getattr(hook, "check_catalog_fits", None)
    if check is None:
        return [f"fit check could not start: {FIT_HOOK} has no check_catalog_fits(translators)"], None
    try:
        return [str(p) for p in check(translators)], None
    except Exception as err:  # noqa: BLE001
        return [f"fit check failed: {type(err).__name__}: {err}"], None


def count_by_kind(problems: list[str]) -> Counter[str]:
    """How many problems of each kind, for the summary line."""
    kinds: Counter[str] = Counter()
    for problem in problems:
        kinds["placeholders" if "placeholders differ" in problem else
              "mixed alphabets" if "mixes" in problem else
              "header" if "the header says" in problem else
              "font" if "not in the game's font" in problem else "fit"] += 1
    return kinds
