"""Player settings (language, fullscreen, text size, sound, contrast, the team-talk timer), kept between runs."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from play_for_integrity.lazy_log import get_logger
from play_for_integrity.safe_files import read_regular_file
from play_for_integrity.safe_files import set_aside, write_atomic

log = get_logger(__name__)

SETTINGS_FILE = "settings.json"
TEXT_SIZES = {"normal": 1.0, "large": 1.15, "larger": 1.3}
LANGUAGE_CODES = ("kk", "ru", "en")
CLASS_NAME_MAX = 24
MAX_SETTINGS_BYTES = 64 * 1024  # a real settings file is under 1 KiB
CLASS_SIZE_MAX = 99


@dataclass
class Settings:
    language: str = "kk"
    fullscreen: bool = False
    hour_fullscreen: bool = True  # the Integrity Hour's screens fill the projector; F11 during an Hour changes it
    text_size: str = "normal"
    sound: bool = True
    high_contrast: bool = False
    team_timer: bool = True  # off: the Hour's cards and votes show no timer at all (WCAG 2.2.1, turn off)
    window_width: int = 1280
    window_height: int = 800
    language_chosen: bool = False
    last_class: str = ""  # the class typed before the last solo game, offered again next time
    class_size: int = 0  # pupils in the class of the last class vote (0: not given), offered again next time

    @property
    def text_scale(self) -> float:
        return TEXT_SIZES.get(self.text_size, 1.0)

    def cleaned(self) -> Settings:
        """The same settings with every field of the wrong type or out of range put back to its default."""
        default = Settings()
        for item in fields(self):
            if not _fits(getattr(self, item.name), getattr(default, item.name)):
                setattr(self, item.name, getattr(default, item.name))
        if self.language not in LANGUAGE_CODES:
            self.language = default.language
        if self.text_size not in TEXT_SIZES:
            self.text_size = default.text_size
        if len(self.last_class) > CLASS_NAME_MAX:
            self.last_class = default.last_class
        for name in ("window_width", "window_height"):
            if not 320 <= getattr(self, name) <= 7680:
                setattr(self, name, getattr(default, name))
        if not 0 <= self.class_size <= CLASS_SIZE_MAX:
            self.class_size = default.class_size
        return self


def _fits(value: object, default: object) -> bool:
    """True when `value` has the type of the field's `default` (a bool is no number; a text has no control
    character, which the screens cannot draw)."""
    if isinstance(default, float) and type(value) is int:
        return True
    if type(value) is not type(default):
        return False
    return not isinstance(value, str) or not any(unicodedata.category(char) == "Cc" for char in value)


def load_settings(folder: Path) -> tuple[Settings, str | None]:
    """Settings from `folder`, and a notice when a damaged file had to be set aside; never raises.

    A field of the wrong type or out of range takes its default and the others are kept; a file that is not a
    JSON object (or is too large, too deep, or not a file at all) is set aside and every field takes its default.
    """
    path = folder / SETTINGS_FILE
    try:
        raw = json.loads(read_regular_file(path, MAX_SETTINGS_BYTES).decode("utf-8-sig"))
        if not isinstance(raw, dict):
            raise ValueError("not a JSON object")
    except FileNotFoundError:
        return Settings(), None
    except (OSError, ValueError, RecursionError) as err:  # json recurses once per nesting level
        reason = "nested too deeply" if isinstance(err, RecursionError) else str(err)
        try:
            aside = set_aside(path)
        except OSError:
            aside = path
        log.warning("settings file %s could not be read (%s); using defaults", path, reason)
        return Settings(), (f"{path}: could not be read ({reason}); default settings are used, "
                            f"the old file is kept as {aside}")
    known = {item.name for item in fields(Settings)}
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
