"""Load the shipped Noto Sans (full Kazakh coverage) at any size, falling back once if it is missing."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pygame

from play_for_integrity import paths

log = logging.getLogger(__name__)

REGULAR = "NotoSans-Regular.ttf"
BOLD = "NotoSans-Bold.ttf"


class FontBook:
    """Fonts by (size, bold), cached; a missing font file is reported once and pygame's font used instead."""

    def __init__(self, folder: Path | None = None, report: Callable[[str], None] | None = None):
        self.folder = folder or paths.assets_dir() / "fonts"
        self._report = report
        self._fonts: dict[tuple[int, bool], pygame.font.Font] = {}
        self._missing: set[str] = set()

    def _path(self, bold: bool) -> Path | None:
        path = self.folder / (BOLD if bold else REGULAR)
        if path.is_file():
            return path
        if path.name not in self._missing:
            self._missing.add(path.name)
            message = (f"font file {path} is missing: Kazakh letters such as Қ, Ғ, Ң may look wrong; "
                       "reinstall the game to restore it")
            log.warning(message)
            if self._report:
                self._report(message)
        return None

    def get(self, size: int, bold: bool = False) -> pygame.font.Font:
        key = (size, bold)
        font = self._fonts.get(key)
        if font is None:
            path = self._path(bold)
            try:
                font = pygame.font.Font(str(path) if path else None, size)
            except (OSError, pygame.error) as err:
                log.warning("font %s could not be opened (%s); using the built-in font", path, err)
                font = pygame.font.Font(None, size)
            if bold and path is None:
                font.set_bold(True)
            self._fonts[key] = font
        return font
