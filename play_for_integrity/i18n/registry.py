"""One Translator per language, loaded on first use and kept, so switching language costs nothing."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from play_for_integrity import paths
from play_for_integrity.i18n.catalog_loader import default_cache_dir, load_catalog
from play_for_integrity.i18n.languages import LANGUAGES, SOURCE_LANGUAGE, check_language, po_path
from play_for_integrity.i18n.translator import Translator

_translators: dict[tuple[str, Path], Translator] = {}  # by language and resolved locale folder
# By the arguments as given (and the content folder the environment names): after the first look-up, asking again
# is a dictionary look-up, with no file system access, until reload().
_asked: dict[tuple[str, Path | None, str | None], Translator] = {}
CONTENT_ENV = "PLAY_FOR_INTEGRITY_CONTENT"  # see paths.data_root()
_cache_dir: list[Path] = []  # set by use_data_dir(): the cache folder of the data folder chosen for this run


def use_data_dir(data_dir: str | os.PathLike[str] | None) -> None:
    """Keep compiled catalogs in the cache folder of `data_dir` (the run's --data-dir) from now on; None: default."""
    _cache_dir[:] = [default_cache_dir(data_dir)] if data_dir else []


def load_translator(lang: str, locale_dir: Path | None = None, *, use_cache: bool = True) -> Translator:
    """A fresh Translator for `lang` read from `locale_dir` (default: the shipped locale folder); not cached."""
    check_language(lang)
    if lang == SOURCE_LANGUAGE:
        return Translator(lang)
    folder = locale_dir if locale_dir is not None else paths.locale_dir()
    cache = (_cache_dir[0] if _cache_dir else default_cache_dir()) if use_cache else None
    loaded = load_catalog(po_path(folder, lang), lang, cache)
    return Translator(lang, loaded.translations, source=loaded.path, problem=loaded.problem)


def get_translator(lang: str, locale_dir: Path | None = None) -> Translator:
    """The Translator for `lang`, loaded once and then kept: a changed .po is read again only after reload()."""
    asked = (lang, locale_dir, os.environ.get(CONTENT_ENV) if locale_dir is None else None)
    translator = _asked.get(asked)
    if translator is None:
        check_language(lang)
        folder = (locale_dir if locale_dir is not None else paths.locale_dir()).resolve()
        translator = _translators.get((lang, folder))
        if translator is None:
            translator = _translators[(lang, folder)] = load_translator(lang, folder)
        _asked[asked] = translator
    return translator


def preload(languages: Iterable[str] = LANGUAGES, locale_dir: Path | None = None) -> None:
    """Load every language now (at start-up), so the first switch is as quick as the others."""
    for lang in languages:
        get_translator(lang, locale_dir)


def catalog_notices(languages: Iterable[str] = LANGUAGES, locale_dir: Path | None = None) -> list[str]:
    """For the title screen: why each language whose catalog is missing or broken is shown in English."""
    return [tr.problem for tr in (get_translator(lang, locale_dir) for lang in languages) if tr.problem]


def reload(lang: str | None = None) -> None:
    """Forget the loaded translators (all, or one language's): the next get_translator() re-reads the .po."""
    for kept in (_translators, _asked):
        for key in [key for key in kept if lang is None or key[0] == lang]:
            del kept[key]


clear_cache = reload
