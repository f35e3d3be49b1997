"""Extract every translatable string (Python interface and YAML content) and keep the .po files in step.

The same mapping as babel.cfg, so `play-for-integrity i18n extract` and
`pybabel extract -F babel.cfg -o locale/messages.pot .` give the same template.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from babel import Locale
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po, write_po
from babel.util import LOCALTZ

import play_for_integrity
from play_for_integrity import paths
from play_for_integrity.safe_files import write_atomic
from play_for_integrity.i18n.languages import ENGLISH_NAMES, TEMPLATE_NAME, TRANSLATED_LANGUAGES, po_path
from play_for_integrity.i18n.po_syntax import read_po_file

PROJECT = "Play for Integrity"
COPYRIGHT_HOLDER = "Play for Integrity team"
COMMENT_TAGS = ("TRANSLATORS:",)
YAML_METHOD = "play_for_integrity.i18n.yaml_extractor:extract_yaml"
CONTENT_SUFFIXES = (".yaml", ".yml")
FORMAT_FLAGS = ("python-format", "python-brace-format")
WIDTH = 76
HEADER_COMMENT = """\
# Translations template for PROJECT.
# Copyright (C) YEAR ORGANIZATION
# This file is distributed under the same license as the PROJECT project.
# Edit it with Poedit (or any .po editor); key terms: locale/GLOSSARY.md.
# Regenerate with: play-for-integrity i18n update
#"""


@dataclass(frozen=True)
class SourceTree:
    """A folder to extract from, the name its files get in the .pot, and which extractor reads what."""

    folder: Path
    prefix: str
    method_map: tuple[tuple[str, str], ...]


def content_tree(scenarios_dir: Path) -> SourceTree:
    """A scenarios folder, its files named scenarios/... as in a run from the repository root."""
    return SourceTree(scenarios_dir, "scenarios", (("**.yaml", YAML_METHOD), ("**.yml", YAML_METHOD)))


def source_trees(scenarios_dir: Path | None = None) -> list[SourceTree]:
    """The game's Python package and its scenarios folder (the shipped one unless given)."""
    package_dir = Path(play_for_integrity.__file__).resolve().parent
    return [SourceTree(package_dir, "play_for_integrity", (("**.py", "python"),)),
            content_tree(scenarios_dir or paths.scenarios_dir())]


def new_template() -> Catalog:
    return Catalog(project=PROJECT, version=play_for_integrity.__version__, copyright_holder=COPYRIGHT_HOLDER,
                   charset="utf-8", header_comment=HEADER_COMMENT)


def is_content_message(message: Message) -> bool:
    """True for a scenario or catalog text (every source reference is a YAML content file)."""
    locations = list(message.locations)
    return bool(locations) and all(str(path).endswith(CONTENT_SUFFIXES) for path, _line in locations)


def mark_content_formats(catalog: Catalog) -> None:
    """Content texts are never %-formatted: '10 % of' must not be taken for a Python format directive.

    Babel flags any text that looks like one as python-format (and msgfmt then demands the same
    directives in the translation); for content strings that flag becomes no-python-format.
    """
    for message in catalog:
        if message.id and is_content_message(message):
            if "python-format" in message.flags:
                message.flags.add("no-python-format")
            message.flags.difference_update(FORMAT_FLAGS)


def extract_template(trees: Iterable[SourceTree] | None = None) -> Catalog:
    """The message template of the current sources, in memory."""
    catalog = new_template()
    for tree in trees if trees is not None else source_trees():
        if not tree.folder.is_dir():
            continue
        for filename, line, message, comments, context in extract_from_dir(
                str(tree.folder), list(tree.method_map), keywords=DEFAULT_KEYWORDS, comment_tags=COMMENT_TAGS,
                strip_comment_tags=False):
            location = f"{tree.prefix}/{Path(filename).as_posix()}"
            catalog.add(message, None, [(location, line)], auto_comments=comments, context=context)
    mark_content_formats(catalog)
    return catalog


def write_catalog(catalog: Catalog, path: Path) -> None:
    """Write a .po/.pot the way pybabel does (keeping `#| msgid` lines), through a temporary file."""
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=WIDTH, include_previous=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, buffer.getvalue())


def template_path(locale_dir: Path | None = None) -> Path:
    return (locale_dir if locale_dir is not None else paths.locale_dir()) / TEMPLATE_NAME


def read_catalog(path: Path, lang: str | None = None) -> Catalog:
    """A .po or .pot file; raises PoSyntaxError naming each bad line (or OSError) rather than dropping text."""
    return read_po_file(path, lang)


def _new_language_catalog(template: Catalog, lang: str) -> Catalog:
    """What `pybabel init` makes: the template's messages, untranslated, with the language's header."""
    buffer = io.BytesIO()
    write_po(buffer, template, width=WIDTH)
    buffer.seek(0)
    catalog = read_po(buffer, locale=lang)
    catalog.locale = Locale.parse(lang)
    catalog.revision_date = dt.datetime.now(LOCALTZ)
    catalog.fuzzy = False
    return catalog


def _set_team(catalog: Catalog, lang: str) -> None:
    if not catalog.last_translator or "FULL NAME" in catalog.last_translator:
        catalog.last_translator = f"{PROJECT} translators"
    if not catalog.language_team or "LL@li.org" in catalog.language_team:
        catalog.language_team = f"{ENGLISH_NAMES[lang]} ({PROJECT})"


def _update_matching_by_context(catalog: Catalog, template: Catalog) -> None:
    """Catalog.update, with fuzzy matches found by context (and Babel's own matching for texts without one).

    Catalog.update puts the template's own message objects into the catalog for new texts, so each language
    updates from its own copy: otherwise the translation set here for one language would reach the next.
    """
    template = copy.deepcopy(template)
    old = {(m.id, m.context): m for m in catalog if m.id}
    by_context = {m.context: m for m in catalog if m.id and m.context and m.string}
    plain = Catalog(locale=catalog.locale)
    plain_template = Catalog(locale=catalog.locale)
    for message in template:
        if message.id and not message.context:
            plain_template[message.id] = message
    for message in catalog:
        if message.id and not message.context:
            plain.add(message.id, message.string, flags=message.flags, previous_id=message.previous_id)
    plain.update(plain_template)  # Babel's closest-text matching, among the interface strings only
    catalog.update(template, no_fuzzy_matching=True)
    for message in catalog:
        if not message.id or message.string or (message.id, message.context) in old:
            continue
        if message.context:
            was = by_context.get(message.context)
        else:
            was = plain.get(message.id)
            was = was if was is not None and was.fuzzy and was.string else None
        if was is None:
            continue
        message.string = was.string
        message.flags.add("fuzzy")
        message.previous_id = was.previous_id if not message.context else (
            [was.id] if isinstance(was.id, str) else list(was.id))
        if message.context:  # its old text is now this one's fuzzy translation, not an obsolete entry
            catalog.obsolete.pop((was.id if isinstance(was.id, str) else was.id[0], was.context), None)


def update_language(template: Catalog, lang: str, locale_dir: Path | None = None) -> Path:
    """Bring locale/<lang>/LC_MESSAGES/messages.po in step with `template` (create it if missing).

    New strings arrive untranslated, changed ones fuzzy, removed ones as #~ obsolete. A changed text is matched to
    its old translation by its context (a scenario text keeps its context when its English changes), or, for an
    interface string without one, by Babel's closest-text matching among those alone: matching every new text against
    every old one took minutes once the curriculum grew to fifty stories.
    """
    path = po_path(locale_dir if locale_dir is not None else paths.locale_dir(), lang)
    if path.exists():
        catalog = read_catalog(path, lang)
        previous = {(m.id, m.context): m.previous_id for m in catalog if m.id and m.fuzzy and m.previous_id}
        _update_matching_by_context(catalog, template)
        for message in catalog:  # Babel forgets the English a still-fuzzy text was made from
            if message.fuzzy and not message.previous_id and (message.id, message.context) in previous:
                message.previous_id = previous[(message.id, message.context)]
    else:
        catalog = _new_language_catalog(template, lang)
    _set_team(catalog, lang)
    mark_content_formats(catalog)
    write_catalog(catalog, path)
    return path


def update_all(template: Catalog, locale_dir: Path | None = None,
               languages: Iterable[str] = TRANSLATED_LANGUAGES) -> list[Path]:
    return [update_language(template, lang, locale_dir) for lang in languages]
