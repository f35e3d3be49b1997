"""How complete each language is against the current sources (extracted now, not the last .pot)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.catalog import Catalog, Message

from play_for_integrity.i18n.catalog_loader import catalog_nplurals, has_translation
from play_for_integrity.i18n.checks import message_forms
from play_for_integrity.i18n.extraction import read_catalog
from play_for_integrity.i18n.languages import po_path
from play_for_integrity.i18n.po_syntax import PoSyntaxError

Key = tuple[str, str | None]


def message_key(message: Message) -> Key:
    """(msgid, msgctxt); a plural is known by its singular, as gettext knows it."""
    msgid = message.id[0] if isinstance(message.id, (list, tuple)) else message.id
    return msgid, message.context


@dataclass(frozen=True)
class FuzzyEntry:
    """A translation marked fuzzy: made from other English than the current msgid, so not shown yet."""

    key: Key
    po_line: int | None
    locations: list[tuple[str, int | None]]
    previous: str | None  # the English it was made from (`#| msgid`), when the .po says
    text: str


@dataclass
class LanguageStatus:
    """Counts for one language; `missing` includes the strings not yet in its .po at all (`new`)."""

    lang: str
    path: Path
    total: int = 0
    translated: int = 0
    fuzzy: int = 0
    missing: int = 0
    obsolete: int = 0
    new: int = 0
    problem: str | None = None
    syntax: bool = False  # `problem` lists syntax errors, one 'file:line: message' per line
    missing_keys: list[tuple[Key, list[tuple[str, int | None]]]] = field(default_factory=list)
    fuzzy_entries: list[FuzzyEntry] = field(default_factory=list)

    @property
    def out_of_date(self) -> bool:
        """The .po lacks current strings or holds strings the sources no longer have: run `i18n update`."""
        return self.new > 0 or self.obsolete > 0

    @property
    def complete(self) -> bool:
        return self.problem is None and self.translated == self.total

    @property
    def ok(self) -> bool:
        return self.complete and not self.out_of_date

    def percent(self, count: int) -> float:
        return 100.0 * count / self.total if self.total else 100.0


def language_status(template: Catalog, lang: str, locale_dir: Path) -> LanguageStatus:
    """Compare the .po of `lang` with `template` string by string."""
    path = po_path(locale_dir, lang)
    status = LanguageStatus(lang, path)
    wanted = {message_key(m): m for m in template if m.id}
    status.total = len(wanted)
    try:
        catalog = read_catalog(path, lang)
    except PoSyntaxError as err:
        status.problem, status.syntax = str(err), True
    except FileNotFoundError:
        status.problem = f"{path}: missing; run 'play-for-integrity i18n update' to create it"
    except Exception as err:  # noqa: BLE001 - any unreadable file is reported, not raised
        status.problem = f"{path}: cannot be read: {' '.join(str(err).split())}"
    if status.problem:
        status.missing = status.new = status.total
        return status
    nplurals = catalog_nplurals(catalog, lang)
    present = {message_key(m): m for m in catalog if m.id}
    for key, source in wanted.items():
        message = present.get(key)
        if message is not None and has_translation(message, nplurals):
            status.translated += 1
        elif message is not None and message.fuzzy and message.string and any(message.string):
            status.fuzzy += 1
            previous = message.previous_id[0] if message.previous_id else None
            status.fuzzy_entries.append(FuzzyEntry(key, message.lineno, list(source.locations), previous,
                                                   message_forms(message)[0]))
        else:
            status.missing += 1
            status.new += message is None
            status.missing_keys.append((key, list(source.locations)))
    status.obsolete = sum(1 for key in present if key not in wanted)
    return status
