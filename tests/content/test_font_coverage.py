"""The fonts' coverage: read by fontTools once, then from the cache while the fonts are unchanged."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from fontTools.ttLib import TTFont

from play_for_integrity import paths
from play_for_integrity.content import font_coverage
from play_for_integrity.user_data import cache_dir


@pytest.fixture
def fonts(tmp_path, monkeypatch):
    """A copy of the game's fonts, fontTools' reads counted, and no coverage remembered in this process."""
    folder = tmp_path / "fonts"
    shutil.copytree(paths.assets_dir() / "fonts", folder)
    reads = []
    real = font_coverage._read_fonts
    monkeypatch.setattr(font_coverage, "_read_fonts", lambda found: reads.append(len(found)) or real(found))
    font_coverage.covered_code_points.cache_clear()
    yield folder, reads
    font_coverage.covered_code_points.cache_clear()


def test_the_coverage_is_what_fonttools_reads_from_every_font(fonts):
    folder, _ = fonts
    expected = None
    for path in sorted(folder.glob("*.ttf")):
        with TTFont(str(path), lazy=True) as font:
            cmap = frozenset(font.getBestCmap())
        expected = cmap if expected is None else expected & cmap
    assert font_coverage.covered_code_points(folder) == expected
    assert ord("Қ") in expected and ord("ә") in expected


def test_unchanged_fonts_are_not_read_again_and_a_changed_font_is(fonts):
    folder, reads = fonts
    first = font_coverage.covered_code_points(folder)
    font_coverage.covered_code_points.cache_clear()
    assert font_coverage.covered_code_points(folder) == first and len(reads) == 1  # from the cache
    font = next(folder.glob("*.ttf"))
    info = font.stat()
    os.utime(font, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000))
    font_coverage.covered_code_points.cache_clear()
    assert font_coverage.covered_code_points(folder) == first and len(reads) == 2  # the changed font read again


def test_a_damaged_cache_is_read_past_and_written_again(fonts):
    folder, reads = fonts
    first = font_coverage.covered_code_points(folder)
    cache = cache_dir() / "fonts" / "coverage.marshal"
    cache.write_bytes(b"\x00 not marshal data")
    font_coverage.covered_code_points.cache_clear()
    assert font_coverage.covered_code_points(folder) == first and len(reads) == 2
    font_coverage.covered_code_points.cache_clear()
    assert font_coverage.covered_code_points(folder) == first and len(reads) == 2


def test_a_damaged_font_switches_the_check_off(tmp_path):
    (tmp_path / "broken.ttf").write_bytes(b"this is not a font at all" * 10)
    assert font_coverage.covered_code_points(tmp_path) is None


def test_validate_does_not_import_fonttools_once_the_coverage_is_cached(tmp_path):
    """The first check of a text that needs the fonts reads them; later runs take the cache."""
    code = ("import sys; from play_for_integrity.content.font_coverage import covered_code_points; "
            "covered_code_points(); print('fontTools' in sys.modules)")
    env = {**os.environ, "PLAY_FOR_INTEGRITY_DATA": str(tmp_path / "data")}
    runs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
            .stdout.strip() for _ in range(2)]
    assert runs == ["True", "False"]
