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
        stamp: Stamp = tuple((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in fonts)
    except OSError:
        return None
    cache_file = cache_dir() / "fonts" / "coverage.marshal"
    cached = _read_cache(cache_file, str(folder), stamp)
    if cached is not None:
        return cached
    covered = _read_fonts(fonts)
    if covered is not None:
        _write_cache(cache_file, str(folder), stamp, covered)
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


def _read_cache(cache_file: Path, folder: str, stamp: Stamp) -> frozenset[int] | None:
    """The cached coverage of `folder` if its fonts are still those of `stamp`; None otherwise (or if unreadable)."""
    try:
        kept = marshal.loads(cache_file.read_bytes())
        entry = kept.get(folder) if isinstance(kept, dict) and kept.get("format") == CACHE_FORMAT else None
        if entry is not None and entry[0] == stamp:
            return frozenset(entry[1])
    except (OSError, ValueError, EOFError, TypeError, IndexError):
        pass  # no cache yet, or a damaged one: fontTools reads the fonts and the cache is written again
    return None


def _write_cache(cache_file: Path, folder: str, stamp: Stamp, covered: frozenset[int]) -> None:
    try:
        kept = marshal.loads(cache_file.read_bytes())
        if not isinstance(kept, dict) or kept.get("format") != CACHE_FORMAT:
            kept = {}
    except (OSError, ValueError, EOFError, TypeError):
        kept = {}
    kept["format"] = CACHE_FORMAT
    kept[folder] = (stamp, tuple(sorted(covered)))
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(cache_file, marshal.dumps(kept))
    except OSError:  # a read-only or full disk only costs time
        pass
