"""Shared helpers for the i18n tests: write small .po files and normalise .pot text for comparison."""

from __future__ import annotations

import re
from pathlib import Path

from play_for_integrity.i18n.languages import PLURAL_FORMS, po_path

FIXTURES = Path(__file__).parent / "fixtures"
FIXTURE_CONTENT = FIXTURES / "content"
REPO = Path(__file__).resolve().parents[2]

# Header lines that change with the date, the year, the Babel version or the game's version.
_VOLATILE = re.compile(r'^("POT-Creation-Date:|"PO-Revision-Date:|"Generated-By:|"Project-Id-Version:|# Copyright \(C\))')


def po_header(lang: str, plural_forms: str | None = None) -> str:
    return (
        'msgid ""\nmsgstr ""\n'
        '"Project-Id-Version: test\\n"\n'
        f'"Language: {lang}\\n"\n'
        '"MIME-Version: 1.0\\n"\n'
        '"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Content-Transfer-Encoding: 8bit\\n"\n'
        f'"Plural-Forms: {plural_forms or PLURAL_FORMS[lang]}\\n"\n\n'
    )


def write_po(locale_dir: Path, lang: str, body: str, plural_forms: str | None = None) -> Path:
    """Write locale_dir/<lang>/LC_MESSAGES/messages.po: a standard header, then `body` (raw .po entries)."""
    path = po_path(locale_dir, lang)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(po_header(lang, plural_forms) + body, encoding="utf-8")
    return path


def normalise_pot(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not _VOLATILE.match(line)) + "\n"
