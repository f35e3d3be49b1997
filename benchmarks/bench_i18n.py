"""Translations: load a 2,000-message catalog (no cache, first load writing the cache, from the cache) and switch.

2,000 messages is about twice the game's catalog. Reading a .po costs what Babel's parser costs, so the loads
without the cache (once per language and .po edit) are ratios to Babel's own read_po of the same file, in
alternating pairs: the strict line check, the compiling and the cache may add half (60 % with the cache written).
Every later start reads the checked cache, within 20 ms. A switch with the translators loaded must cost under 1 ms,
and re-translating every string after it 10 ms, so that a switch plus redraw stays far inside 0.1 s.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.figures import Figure, at_most
from benchmarks.sandbox import Config
from benchmarks.timing import median_time, paired

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog

PLURALS_EVERY = 20


def message_count(config: Config) -> int:
    return 200 if config.quick else 2000


def _catalog(lang: str, count: int) -> Catalog:
    """A catalog shaped like the game's: content strings with contexts and comments, and some plurals."""
    from babel.messages.catalog import Catalog

    catalog = Catalog(locale=lang, project="bench", charset="utf-8", fuzzy=False)
    word = "сөз" if lang == "kk" else "слово"
    for i in range(count):
        english = f"Story text number {i}: Dias finds a wallet by the swings and has to decide what to do next."
        where = [(f"scenarios/6-10/s{i // 20}.yaml", i % 200 + 1)]
        if i % PLURALS_EVERY == 0:
            forms = tuple(f"%(n)d {word}{k} {i}" for k in range(catalog.num_plurals))
            catalog.add((f"%(n)d point {i}", f"%(n)d points {i}"), forms, locations=where)
        else:
            catalog.add(english, f"{word} {i}: " + english[::-1], context=f"s{i // 20}/node{i % 20}/story",
                        locations=where, auto_comments=["Story of step “start”; max 700 characters (English)."])
    return catalog


def _write(locale_dir: Path, lang: str, count: int) -> list[tuple[str | None, str]]:
    """Write the catalog as the language's .po; returns its (context, message id) pairs."""
    from babel.messages.pofile import write_po

    from play_for_integrity.i18n.languages import po_path

    catalog = _catalog(lang, count)
    path = po_path(locale_dir, lang)
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    write_po(buffer, catalog)
    path.write_bytes(buffer.getvalue())
    return [(m.context, m.id) for m in catalog if m.id and isinstance(m.id, str)]


def loading(config: Config) -> list[Figure]:
    """Catalog loads from the .po without a cache and compiling into an empty cache, each against Babel's own
    read_po of the same file in alternating pairs; and the load from the cache."""
    from babel.messages.pofile import read_po

    from play_for_integrity.i18n import load_translator
    from play_for_integrity.i18n.languages import po_path

    count = message_count(config)
    locale_dir = config.folder("locale")
    _write(locale_dir, "ru", count)
    po_file = po_path(locale_dir, "ru")
    runs = 3 if config.quick else 7
    pairs = 3 if config.quick else 11

    def babel_read() -> None:  # the floor: the library made for the job, reading the same file
        with po_file.open("rb") as handle:
            read_po(handle, locale="ru")

    def first_load() -> None:
        config.clear_catalog_caches()  # wherever the game keeps them, it is in the run's temporary folder
        load_translator("ru", locale_dir)

    no_cache = paired(babel_read, lambda: load_translator("ru", locale_dir, use_cache=False), pairs=pairs)
    first = paired(babel_read, first_load, pairs=pairs)
    cached, _ = median_time(lambda: load_translator("ru", locale_dir), runs, warmup=1)
    return [
        Figure("i18n.load.no_cache", f"load {count:,} messages from the .po, no cache / Babel's read_po of it",
               no_cache.ratio, at_most(1.5, "x"), no_cache.describe(1000, "ms")),
        Figure("i18n.load.first", "first load: parse, compile and write the cache / Babel's read_po",
               first.ratio, at_most(1.6, "x"), first.describe(1000, "ms")),
        Figure("i18n.load.cached", f"load {count:,} messages through the checked cache", cached, at_most(0.02, "s")),
    ]


def switching(config: Config) -> list[Figure]:
    """Switching between two loaded languages, alone and with every string translated again."""
    from play_for_integrity.i18n import get_translator, reload

    count = message_count(config)
    locale_dir = config.folder("locale")
    strings = _write(locale_dir, "ru", count)
    _write(locale_dir, "kk", count)
    reload()
    langs = ("ru", "kk")
    for lang in langs:
        get_translator(lang, locale_dir)
    switches = 1000

    def switch_many() -> None:
        for i in range(switches):
            get_translator(langs[i % 2], locale_dir)

    def switch_and_translate() -> None:
        for lang in langs:
            tr = get_translator(lang, locale_dir)
            for context, msgid in strings:
                tr.content(context, msgid)

    runs = 3 if config.quick else 7
    switch, _ = median_time(switch_many, runs)
    retranslate, _ = median_time(switch_and_translate, runs)
    reload()
    return [
        Figure("i18n.switch.cached", "switch language, translators loaded (per switch)", switch / switches * 1000,
               at_most(1.0, "ms")),
        Figure("i18n.switch.retranslate", f"switch language and translate all {count:,} strings again",
               retranslate / len(langs) * 1000, at_most(10.0, "ms")),
    ]


STEPS = (loading, switching)
