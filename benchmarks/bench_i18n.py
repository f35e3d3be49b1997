"""Load a 2,000-message catalog (cold, and from the user-data cache) and switch languages."""

from __future__ import annotations

from benchmarks.timing import best_of

import io
import os
import tempfile
import time
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from play_for_integrity.i18n import get_translator, load_translator, reload
from play_for_integrity.i18n.languages import po_path

COUNT = 2000
PLURALS_EVERY = 20


def _catalog(lang: str, scale: int = COUNT) -> Catalog:
    """A catalog shaped like the game's: mostly content strings with contexts and comments, some plurals."""
    catalog = Catalog(locale=lang, project="bench", charset="utf-8", fuzzy=False)
    word = "сөз" if lang == "kk" else "слово"
    forms = catalog.num_plurals
    for i in range(scale):
        english = f"Story text number {i}: Dias finds a wallet by the swings and has to decide what to do next."
        where = [(f"scenarios/6-10/s{i // 20}.yaml", i % 200 + 1)]
        if i % PLURALS_EVERY == 0:
            catalog.add((f"%(n)d point {i}", f"%(n)d points {i}"), tuple(f"%(n)d {word}{k} {i}" for k in range(forms)),
                        locations=where)
        else:
            catalog.add(english, f"{word} {i}: " + english[::-1], context=f"s{i // 20}/node{i % 20}/story",
                        locations=where, auto_comments=["Story of step “start”; max 700 characters (English)."])
    return catalog


def _write(locale_dir: Path, lang: str) -> list[tuple[str, str]]:
    catalog = _catalog(lang)
    path = po_path(locale_dir, lang)
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    write_po(buffer, catalog)
    path.write_bytes(buffer.getvalue())
    return [(m.context, m.id) for m in catalog if m.id and isinstance(m.id, str)]



def run() -> list[tuple[str, float, str]]:
    saved = os.environ.get("PLAY_FOR_INTEGRITY_DATA")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["PLAY_FOR_INTEGRITY_DATA"] = str(Path(tmp) / "user-data")
        try:
            locale_dir = Path(tmp) / "locale"
            strings = _write(locale_dir, "ru")
            _write(locale_dir, "kk")
            size_kib = po_path(locale_dir, "ru").stat().st_size / 1024

            cold = best_of(5, lambda: load_translator("ru", locale_dir, use_cache=False))
            start = time.perf_counter()
            load_translator("kk", locale_dir)  # the first start: compile and write the cache
            first = time.perf_counter() - start
            warm = best_of(5, lambda: load_translator("kk", locale_dir))

            reload()
            get_translator("ru", locale_dir)
            get_translator("kk", locale_dir)
            langs = ("ru", "kk")
            switches = 1000
            start = time.perf_counter()
            for i in range(switches):
                get_translator(langs[i % 2], locale_dir)
            switch = (time.perf_counter() - start) / switches

            def switch_and_translate() -> None:
                for lang in langs:
                    tr = get_translator(lang, locale_dir)
                    for context, msgid in strings:
                        tr.content(context, msgid)
            retranslate = best_of(5, switch_and_translate) / len(langs)
            reload()
        finally:
            if saved is None:
                os.environ.pop("PLAY_FOR_INTEGRITY_DATA", None)
            else:
                os.environ["PLAY_FOR_INTEGRITY_DATA"] = saved
    return [
        (f"i18n: load {COUNT:,} msgs from .po, no cache ({size_kib:.0f} KiB) (s)", cold, "<= 0.100 s, once per language"),
        ("i18n: first load, compile + write cache (s)", first, "<= 0.100 s, once per .po edit"),
        (f"i18n: load {COUNT:,} msgs via the checked cache (s)", warm, "<= 0.020 s"),
        ("i18n: switch language, translators cached (s)", switch, "<= 0.001 s"),
        (f"i18n: switch + re-translate all {COUNT:,} strings (s)", retranslate, "<= 0.010 s (of the 0.100 s switch)"),
    ]


if __name__ == "__main__":
    rows = run()
    width = max(len(name) for name, _figure, _target in rows)
    print(f"{'benchmark':<{width}}  {'seconds':>10}  target")
    for name, figure, target in rows:
        print(f"{name:<{width}}  {figure:>10.5f}  {target}")
