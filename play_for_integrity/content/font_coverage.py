"""The code points every shipped font can draw, read from the fonts' cmap tables by fontTools.

fontTools costs about 85 ms (its import, and glyph names for some 2,800 characters a font) against about 1.3 s for
checking 1,000 scenarios, so the result is kept in the cache folder with each font's name, size and modification
time, and read from there while the fonts are unchanged: `validate` asks fontTools only after a font changed.
"""

from __future__ import annotations

import functools
import marshal
from pathlib import Path

from play_for_integrity import paths
from play_for_integrity.safe_files import write_atomic
from play_for_integrity.user_data import cache_dir

FONT_SUFFIXES = (".ttf", ".otf")
CACHE_FORMAT = "pfi-font-coverage-1"
Stamp = tuple[tuple[str, int, int], ...]


def game_fonts_dir() -> Path:
    return paths.assets_dir() / "fonts"


@functools.lru_cache(maxsize=4)
def covered_code_points(fonts_dir: Path | None = None) -> frozenset[int] | None:
    """Code points in the cmap of every font in `fonts_dir` (the game's fonts by default); None if unknown."""
    folder = (fonts_dir or game_fonts_dir()).resolve()
    fonts = sorted(p for p in folder.glob("*") if p.suffix.lower() in FONT_SUFFIXES and p.is_file())
    if not fonts:
        return None
    try:
        stamp: Stamp = tuple((p.name, info.st_size, info.st_mtime_ns) for p in fonts for info in (p.stat(),))
    except OSError:
        return None
    cache_file = cache_dir() / "fonts" / "coverage.marshal"
    kept = _read_cache(cache_file)
    entry = kept.get(str(folder))
    if isinstance(entry, tuple) and len(entry) == 2 and entry[0] == stamp:
        return frozenset(entry[1])
    covered = _read_fonts(fonts)
    if covered is not None:
        kept[str(folder)] = (stamp, tuple(sorted(covered)))
        _write_cache(cache_file, kept)
    return covered


def _read_fonts(fonts: list[Path]) -> frozenset[int] | None:
    try:
        from fontTools.ttLib import TTFont  # lazily: only validation needs it, and only when a font changed
    except ImportError:
        return None
    covered: frozenset[int] | None = None
    for path in fonts:
        try:
            with TTFont(str(path), lazy=True) as font:
                cmap = frozenset(font.getBestCmap() or ())
        except Exception:  # noqa: BLE001 - a damaged font switches the check off; the ui tests catch the font
            return None
        covered = cmap if covered is None else covered & cmap
    return covered


def _read_cache(cache_file: Path) -> dict:
    """The kept coverage of each fonts folder, by its path: (the fonts' stamp, their code points); {} when there is
    no cache yet or it is damaged (fontTools reads the fonts and the cache is written again)."""
    try:
        kept = marshal.loads(cache_file.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return kept if isinstance(kept, dict) and kept.get("format") == CACHE_FORMAT else {}


def _write_cache(cache_file: Path, kept: dict) -> None:
    kept["format"] = CACHE_FORMAT
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(cache_file, marshal.dumps(kept))
    except OSError:  # a read-only or full disk only costs time
        pass
