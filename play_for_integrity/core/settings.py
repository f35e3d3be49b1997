"""Player settings (language, fullscreen, text size, sound, contrast), kept between runs."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from play_for_integrity.safe_files import set_aside, write_atomic

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"
TEXT_SIZES = {"normal": 1.0, "large": 1.15, "larger": 1.3}
LANGUAGE_CODES = ("kk", "ru", "en")
CLASS_NAME_MAX = 24


@dataclass
class Settings:
    language: str = "kk"
    fullscreen: bool = False
    text_size: str = "normal"
    sound: bool = True
    high_contrast: bool = False
    window_width: int = 1280
    window_height: int = 800
    language_chosen: bool = False
    last_class: str = ""  # the class typed before the last solo game, offered again next time

    @property
    def text_scale(self) -> float:
        return TEXT_SIZES.get(self.text_size, 1.0)

    def cleaned(self) -> Settings:
        """The same settings with every out-of-range field put back to its default."""
        default = Settings()
        if self.language not in LANGUAGE_CODES:
            self.language = default.language
        if self.text_size not in TEXT_SIZES:
            self.text_size = default.text_size
        for name in ("fullscreen", "sound", "high_contrast", "language_chosen"):
            if not isinstance(getattr(self, name), bool):
                setattr(self, name, getattr(default, name))
        if not isinstance(self.last_class, str) or len(self.last_class) > CLASS_NAME_MAX:
            self.last_class = default.last_class
        for name in ("window_width", "window_height"):
            value = getattr(self, name)
            if not isinstance(value, int) or not 320 <= value <= 7680:
                setattr(self, name, getattr(default, name))
        return self


def load_settings(folder: Path) -> tuple[Settings, str | None]:
    """Settings from `folder`, and a notice when a damaged file had to be set aside."""
    path = folder / SETTINGS_FILE
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("not a JSON object")
    except FileNotFoundError:
        return Settings(), None
    except (OSError, ValueError) as err:
        try:
            aside = set_aside(path)
        except OSError:
            aside = path
        log.warning("settings file %s could not be read (%s); using defaults", path, err)
        return Settings(), f"{path}: could not be read ({err}); default settings are used, the old file is kept as {aside}"
    known = {f.name for f in fields(Settings)}
    return Settings(**{k: v for k, v in raw.items() if k in known}).cleaned(), None


def save_settings(settings: Settings, folder: Path) -> str | None:
    """Write the settings atomically; returns a message instead of raising when the folder is read-only."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(folder / SETTINGS_FILE, json.dumps(asdict(settings), indent=2, ensure_ascii=False))
    except OSError as err:
        log.warning("cannot save settings in %s: %s", folder, err)
        return f"settings could not be saved in {folder}: {err.strerror or err}"
    return None
