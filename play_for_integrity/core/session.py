"""The one game session that every scene shares: settings, content, language and the running journey."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from play_for_integrity.content.library import Library
from play_for_integrity.core.journey import Answer, Journey, draw_playlist
from play_for_integrity.core.settings import Settings, save_settings
from play_for_integrity.i18n import Translator, get_translator

log = logging.getLogger(__name__)

PLAYLIST_LENGTH = 3


@dataclass
class GameSession:
    """State shared by the scenes; passed to each of them, never kept in module globals."""

    settings: Settings
    library: Library
    data_dir: Path
    notices: list[str] = field(default_factory=list)
    band: str | None = None
    journey: Journey | None = None
    teacher_playlist: list[str] = field(default_factory=list)
    on_answer: Callable[[GameSession, Answer], None] | None = None
    seed: int | None = None
    player_name: str = ""  # the pupil's nickname for this solo game; "" lets the recorder use the PC's name
    class_name: str = ""  # the class typed before a solo game; "" is stored as "(no class)"
    pin_failures: int = 0  # wrong teacher PINs in a row since the game started
    pin_wait: float = 0.0  # seconds left before the teacher PIN may be tried again

    @property
    def tr(self) -> Translator:
        return get_translator(self.settings.language)

    def set_language(self, lang: str) -> None:
        self.settings.language = lang
        self.settings.language_chosen = True
        self.save()

    def remember_class(self, class_name: str) -> None:
        """Offer `class_name` again next time (solo game and Integrity Hour alike)."""
        if self.settings.last_class != class_name:
            self.settings.last_class = class_name
            self.save()

    def save(self) -> None:
        problem = save_settings(self.settings, self.data_dir)
        if problem and problem not in self.notices:
            self.notices.append(problem)

    def start_journey(self, band: str) -> Journey:
        """A journey over the teacher's playlist for this band, or scenarios drawn within the band."""
        self.band = band
        in_band = self.library.by_band(band)
        chosen = [self.library.scenarios[s] for s in self.teacher_playlist
                  if s in self.library.scenarios and self.library.scenarios[s].band == band]
        playlist = chosen or draw_playlist(in_band, PLAYLIST_LENGTH, self.seed)
        if not playlist:
            raise LookupError(f"no scenarios for band {band}")
        self.journey = Journey(playlist)
        return self.journey

    def record(self, answer: Answer) -> None:
        """Hand a confirmed answer to the results store (if one is attached); never lose the game over it."""
        if self.on_answer is None:
            return
        try:
            self.on_answer(self, answer)
        except Exception as err:  # a full disk must not end the pupil's game
            log.exception("could not record an answer")
            message = f"an answer could not be saved: {err}"
            if message not in self.notices:
                self.notices.append(message)
