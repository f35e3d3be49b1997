"""The code points every shipped font can draw, read once per process from the fonts' cmap tables."""

from __future__ import annotations

import functools
from pathlib import Path

from play_for_integrity import paths

FONT_SUFFIXES = (".ttf", ".otf")


def game_fonts_dir() -> Path:
    return paths.assets_dir() / "fonts"


@functools.lru_cache(maxsize=4)
def covered_code_points(fonts_dir: Path | None = None) -> frozenset[int] | None:
    """Code points in the cmap of every font in `fonts_dir` (the game's fonts by default); None if unknown."""
    folder = fonts_dir or game_fonts_dir()
    fonts = sorted(p for p in folder.glob("*") if p.suffix.lower() in FONT_SUFFIXES and p.is_file())
    if not fonts:
        return None
    try:
        from fontTools.ttLib import TTFont  # lazily: only validation needs it
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
