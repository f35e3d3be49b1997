"""Load the shipped Noto Sans (full Kazakh coverage) at any size, falling back once if it is missing."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from pathlib import Path

import pygame

from play_for_integrity import paths
from play_for_integrity.i18n import N_
from play_for_integrity.lazy_log import get_logger
from play_for_integrity.play.notices import Notice

log = get_logger(__name__)

REGULAR = "NotoSans-Regular.ttf"
BOLD = "NotoSans-Bold.ttf"
FONT_SIGNATURES = (b"\x00\x01\x00\x00", b"true", b"OTTO", b"ttcf")  # TrueType, OpenType, collections


WARM_TEXT = ("0123456789 .,:;!?…–—-+%()«»“”\"'/№"
             "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
             "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяӘәҒғҚқҢңӨөҰұҮүҺһІі")
"""The letters the game's three languages write: measured once per expected font in idle frames, so that a screen's
first frame (an end screen's, say) does not load glyphs."""


class FontBook:
    """Fonts by (size, bold), cached; a missing or unreadable font file is reported once and pygame's font used."""

    def __init__(self, folder: Path | None = None, report: Callable[[str], None] | None = None):
        self.folder = folder or paths.assets_dir() / "fonts"
        self._report = report
        self._fonts: dict[tuple[int, bool], pygame.font.Font] = {}
        self._data: dict[Path, bytes] = {}  # each font file's bytes, read once
        self._unusable: set[str] = set()  # font files already reported as missing or unreadable
        self._expected: list[tuple[int, bool]] = []  # fonts to make ready in idle frames (see warm_one)
        self._ready: set[tuple[int, bool]] = set()

    def _tell(self, path: Path, problem: str | None) -> None:
        """Report the font file once: missing (`problem` None) or unreadable."""
        self._unusable.add(path.name)
        if problem is None:
            message = Notice(N_("The font file %(file)s is missing: Kazakh letters such as Қ, Ғ, Ң may look wrong. "
                                "Reinstall the game to restore it."), file=str(path))
        else:
            message = Notice(N_("The font file %(file)s cannot be read (%(error)s): Kazakh letters such as Қ, Ғ, Ң "
                                "may look wrong. Reinstall the game to restore it."), file=str(path), error=problem)
        log.warning(message)
        if self._report:
            self._report(message)

    def _path(self, bold: bool) -> Path | None:
        path = self.folder / (BOLD if bold else REGULAR)
        if path.name in self._unusable:
            return None
        if path.is_file():
            return path
        self._tell(path, None)
        return None

    def _open(self, path: Path | None, size: int) -> pygame.font.Font | None:
        if path is None:
            return None
        try:
            data = self._data.get(path)
            if data is None:
                data = path.read_bytes()
                if data[:4] not in FONT_SIGNATURES:  # pygame opens some garbage, then crashes when drawing it
                    raise ValueError("it is not a TrueType or OpenType font")
            # Every size reads the one copy in memory: from the file, FreeType's many small reads of each glyph
            # were a seek and a read of the disk each (a quarter of the title's first frame).
            font = pygame.font.Font(io.BytesIO(data), size)
            font.size("Қ")  # a font pygame opened but cannot use fails here, not in the middle of a frame
            self._data[path] = data
            return font
        except (OSError, ValueError, pygame.error) as err:  # an empty file is a ValueError, a damaged one an error
            self._tell(path, str(err))
            return None

    def get(self, size: int, bold: bool = False) -> pygame.font.Font:
        key = (size, bold)
        font = self._fonts.get(key)
        if font is None:
            font = self._open(self._path(bold), size)
            if font is None:
                font = pygame.font.Font(None, size)
                font.set_bold(bold)
            self._fonts[key] = font
        return font

    def expect(self, fonts: Iterable[tuple[int, bool]]) -> None:
        """Queue fonts, as (size, bold), that screens will need: idle frames open them and load their glyphs."""
        for key in fonts:
            if key not in self._ready and key not in self._expected:
                self._expected.append(key)

    def warm_one(self) -> bool:
        """Open one expected font and load the glyph of every letter in WARM_TEXT; False when none is waiting."""
        while self._expected:
            key = self._expected.pop(0)
            if key not in self._ready:
                self.get(*key).size(WARM_TEXT)
                self._ready.add(key)
                return True
        return False
