"""Where the data folders (assets, scenarios, locale, teacher_guide) are, installed or not."""

from __future__ import annotations

import os
from pathlib import Path

DATA_FOLDERS = ("assets", "scenarios", "locale", "teacher_guide")

_PACKAGE_DIR = Path(__file__).resolve().parent
_INSTALLED_DATA = _PACKAGE_DIR / "_data"
_SOURCE_ROOT = _PACKAGE_DIR.parent


def data_root() -> Path:
    """The folder holding the data folders: inside the wheel once installed, else the repository."""
    override = os.environ.get("PLAY_FOR_INTEGRITY_CONTENT")
    if override:
        return Path(override).resolve()
    if (_INSTALLED_DATA / "scenarios").is_dir():
        return _INSTALLED_DATA
    return _SOURCE_ROOT


def data_dir(name: str) -> Path:
    """One of the shipped data folders, by name."""
    if name not in DATA_FOLDERS:
        raise ValueError(f"unknown data folder {name!r}; expected one of {', '.join(DATA_FOLDERS)}")
    return data_root() / name


def scenarios_dir() -> Path:
    return data_dir("scenarios")


def assets_dir() -> Path:
    return data_dir("assets")


def locale_dir() -> Path:
    return data_dir("locale")


def teacher_guide_dir() -> Path:
    return data_dir("teacher_guide")
