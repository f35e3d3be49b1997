"""Read a language's .po file into a gettext translations object; a shipped .mo is never read.

The .po is parsed with Babel (its comments left out: the game needs only the translations) and compiled in memory,
straight into the dictionary gettext would read from a .mo. The compiled catalog is cached (in the chosen data
folder, else the per-user cache folder) with the SHA-256 of the .po's bytes, so a cache entry can only ever match
the very text it was built from: editing the .po (or `pybabel update`) is all a translator needs to do. As Python
does for its bytecode, the entry also notes the .po's size and modification time: while they are unchanged the .po
is not read at all (the game's first frame waits for its language's catalog); when they differ, the .po is read and
its SHA-256 decides. The cache holds the catalog's dictionary as `marshal` data, which loads in a fraction of the
time parsing a .mo takes.
"""

from __future__ import annotations

import gettext
import marshal
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from play_for_integrity.i18n.languages import ENGLISH_NAMES, NPLURALS, PLURAL_FORMS
from play_for_integrity.lazy_log import get_logger
from play_for_integrity.safe_files import write_atomic
from play_for_integrity.user_data import cache_dir

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog, Message

    from play_for_integrity.i18n.po_syntax import PoSyntaxError

log = get_logger(__name__)

CACHE_FORMAT = b"pfi-catalog-4"  # bump when compile_catalog, the .po reader or the cached form changes
CACHE_SUFFIX = ".catalog"  # a cached catalog: <lang>.catalog in the cache folder


@dataclass
class LoadedCatalog:
    """The outcome of loading one .po: translations, or None and a problem to show in the log."""

    path: Path
    translations: gettext.GNUTranslations | None
    problem: str | None = None
    from_cache: bool = False


def has_translation(message: Message, nplurals: int) -> bool:
    """True when `message` would be shown: not fuzzy, and every form (all `nplurals` of a plural) written."""
    if not message.id or message.fuzzy:
        return False
    if isinstance(message.string, (list, tuple)):
        forms = list(message.string)
        return len(forms) >= nplurals and all(form.strip() for form in forms[:nplurals])
    return bool(message.string and message.string.strip())


def catalog_nplurals(catalog: Catalog, lang: str) -> int:
    try:
        return int(catalog.num_plurals)
    except (TypeError, ValueError):
        return NPLURALS[lang]


def _header(catalog: Catalog, lang: str) -> dict[str, str]:
    """The compiled catalog's headers, keyed as gettext keeps them (lower case)."""
    plural_forms = catalog.plural_forms if catalog.plural_forms else PLURAL_FORMS[lang]
    return {"content-type": "text/plain; charset=UTF-8", "language": lang, "plural-forms": plural_forms}


def compile_catalog(catalog: Catalog, lang: str) -> CachedTranslations:
    """Gettext translations of the shown messages of `catalog` (fuzzy and incomplete ones left out).

    The dictionary is the one `gettext.GNUTranslations` builds from a .mo file, made directly: a message in a
    context is keyed "context\x04msgid", and each plural form i of a plural message is keyed (msgid, i)."""
    nplurals = catalog_nplurals(catalog, lang)
    info = _header(catalog, lang)
    entries: dict = {"": "".join(f"{key.title()}: {value}\n" for key, value in info.items())}
    for message in catalog:
        if not has_translation(message, nplurals):
            continue
        prefix = f"{message.context}\x04" if message.context else ""
        if isinstance(message.id, (list, tuple)):
            key = prefix + message.id[0]
            for index, form in enumerate(list(message.string)[:nplurals]):
                entries[(key, index)] = form
        else:
            entries[prefix + message.id] = message.string
    return CachedTranslations(entries, info)


def default_cache_dir(data_dir: str | os.PathLike[str] | None = None) -> Path:
    """Where compiled catalogs are kept: beside the chosen data folder's files (`data_dir`, a --data-dir, or
    $PLAY_FOR_INTEGRITY_DATA), else in the per-user cache folder."""
    return cache_dir(data_dir) / "i18n"


def _digest(po_bytes: bytes) -> bytes:
    import hashlib  # only when the .po changed (or its cache is missing): not on an ordinary start

    return hashlib.sha256(CACHE_FORMAT + b"\x00" + po_bytes).hexdigest().encode("ascii")


def _stamp(path: Path) -> bytes | None:
    """The .po's size and modification time (ns), as a cache entry notes them; None when it cannot be read."""
    try:
        info = path.stat()
    except OSError:
        return None
    return f"{info.st_size}:{info.st_mtime_ns}".encode("ascii")


class CachedTranslations(gettext.GNUTranslations):
    """GNU translations made from a cached catalog dictionary and plural rule, without parsing a .mo."""

    def __init__(self, catalog: dict, info: dict[str, str]) -> None:
        super().__init__()  # no file: nothing to parse
        self._catalog = catalog
        self._info = info
        self._charset = info.get("content-type", "").partition("charset=")[2] or "UTF-8"  # compile_catalog's UTF-8
        forms = info.get("plural-forms")
        if forms:  # as gettext reads the header: "nplurals=N; plural=EXPR;"
            self.plural = gettext.c2py(forms.split(";")[1].split("plural=")[1])


def _cached_form(translations: gettext.GNUTranslations) -> bytes:
    """What the cache keeps of compiled translations: their dictionary and headers, as marshal data."""
    return marshal.dumps((translations._catalog, translations._info))


def _read_cache(cache_file: Path, *, stamp: bytes | None = None,
                digest: bytes | None = None) -> gettext.GNUTranslations | None:
    """The cached translations if the entry was made from a .po with this `stamp` (size and time), or with this
    `digest` (its SHA-256); None when it was not, or the entry is missing or damaged."""
    try:
        blob = cache_file.read_bytes()
    except OSError:
        return None
    head, _, data = blob.partition(b"\n")
    fields = head.split(b" ")
    if len(fields) != 3 or fields[0] != CACHE_FORMAT:
        return None
    if not ((stamp is not None and fields[1] == stamp) or (digest is not None and fields[2] == digest)):
        return None
    try:
        catalog, info = marshal.loads(data)
        return CachedTranslations(catalog, info)
    except Exception:  # a damaged cache file is simply rebuilt
        log.debug("ignoring the damaged translation cache %s", cache_file)
        return None


def _write_cache(cache_file: Path, stamp: bytes | None, digest: bytes, data: bytes) -> None:
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(cache_file, b" ".join((CACHE_FORMAT, stamp or b"-", digest)) + b"\n" + data)
    except OSError as err:  # a read-only or full disk only costs speed
        log.debug("cannot write the translation cache %s: %s", cache_file, err)


def _fallback_problem(path: Path, lang: str, what: str, fix: str) -> str:
    from play_for_integrity.content.problems import display_path  # only for a problem: not on an ordinary start

    return f"{display_path(path)}: {what}; {ENGLISH_NAMES.get(lang, lang)} texts are shown in English. Fix: {fix}"


def syntax_problem(err: PoSyntaxError, lang: str) -> str:
    """One notice for a .po with syntax errors: the first 'file:line: what: fix', and how to see the others."""
    more = len(err.problems) - 1
    others = f" ({more} more: run 'play-for-integrity i18n check' to see them)" if more > 0 else ""
    return (f"{err.problems[0]}{others}; {ENGLISH_NAMES.get(lang, lang)} texts are shown in English until "
            "the file is fixed")


def _warn(path: Path, problem: str) -> LoadedCatalog:
    log.warning("%s", problem)
    return LoadedCatalog(path, None, problem)


def load_catalog(path: Path, lang: str, cache_dir: Path | None = None) -> LoadedCatalog:
    """Translations for `lang` from the .po at `path`; on any trouble, None and one clear warning."""
    cache_file = (cache_dir / f"{lang}{CACHE_SUFFIX}") if cache_dir is not None else None
    stamp = _stamp(path)
    if cache_file is not None and stamp is not None:
        cached = _read_cache(cache_file, stamp=stamp)
        if cached is not None:
            return LoadedCatalog(path, cached, from_cache=True)
    try:
        po_bytes = path.read_bytes()
    except FileNotFoundError:
        return _warn(path, _fallback_problem(path, lang, "the translation file is missing",
                                             "restore it, or run 'play-for-integrity i18n update' to create it"))
    except OSError as err:
        return _warn(path, _fallback_problem(path, lang, f"the translation file cannot be read "
                                             f"({err.strerror or err})", "check that the file exists and may be read"))

    digest = _digest(po_bytes)
    if cache_file is not None:
        cached = _read_cache(cache_file, digest=digest)
        if cached is not None:  # the same text, touched or copied: note its new time, so the next start skips it
            _write_cache(cache_file, stamp, digest, _cached_form(cached))
            return LoadedCatalog(path, cached, from_cache=True)
    try:
        from play_for_integrity.content.problems import display_path  # only when the cache is stale
        from play_for_integrity.i18n.po_syntax import PoSyntaxError, parse_po
        catalog = parse_po(po_bytes, display_path(path), lang, comments=False)
        translations = compile_catalog(catalog, lang)
    except PoSyntaxError as err:
        return _warn(path, syntax_problem(err, lang))
    except Exception as err:  # a broken file must never stop the game: English is shown instead
        reason = " ".join(str(err).split()) or type(err).__name__
        return _warn(path, _fallback_problem(path, lang, f"the translation file is broken ({reason})",
                                             "open it in Poedit and save it again, or run "
                                             "'play-for-integrity i18n check' to find the faulty line"))
    if cache_file is not None:
        _write_cache(cache_file, stamp, digest, _cached_form(translations))
    return LoadedCatalog(path, translations)
