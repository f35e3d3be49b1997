"""The per-user data directory (settings, class results), overridable for labs and tests."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "play-for-integrity"
ENV_VAR = "PLAY_FOR_INTEGRITY_DATA"


def user_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """`override` (a --data-dir option), else $PLAY_FOR_INTEGRITY_DATA, else the platform's user data folder.

    The folder is not created here: importing or asking has no side effects.
    """
    if override:
        return Path(override).expanduser().resolve()
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def ensure_user_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The user data directory, created if needed."""
    folder = user_data_dir(override)
    folder.mkdir(parents=True, exist_ok=True)
    return folder
