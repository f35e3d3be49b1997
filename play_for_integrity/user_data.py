"""The per-user data directory (settings, class results), overridable for labs and tests, private to the user."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "play-for-integrity"
ENV_VAR = "PLAY_FOR_INTEGRITY_DATA"
# POSIX modes: the class results name pupils, so other accounts on the computer may not read them. On Windows
# os.chmod only sets the read-only flag; there the per-user folder (AppData) is already private to the user.
PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600


def user_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """`override` (a --data-dir option), else $PLAY_FOR_INTEGRITY_DATA, else the platform's user data folder.

    The folder is not created here: importing or asking has no side effects.
    """
    if override:
        return Path(override).expanduser().resolve()
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return Path(from_env).expanduser().resolve()
    import platformdirs  # only without a chosen folder (a lab's or the game's start with one skips it)

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Where the game keeps what it can always make again (compiled catalogs, the fonts' coverage): beside the chosen
    data folder's files (`override`, a --data-dir, or $PLAY_FOR_INTEGRITY_DATA), else the per-user cache folder."""
    if override or os.environ.get(ENV_VAR):
        return user_data_dir(override) / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def private_folder(folder: Path, tighten: bool = False) -> Path:
    """Create `folder` (and its parents) with the folder readable only by the user; `tighten` also makes an
    existing folder private (only for the game's own default folder: a chosen lab folder may be shared on purpose)."""
    folder = Path(folder)
    if not folder.is_dir():
        folder.parent.mkdir(parents=True, exist_ok=True)
        try:
            folder.mkdir(mode=PRIVATE_FOLDER)
        except FileExistsError:
            if not folder.is_dir():
                raise
            return folder
        tighten = True  # mkdir's mode is cut by the umask
    if tighten and os.name == "posix":
        try:
            os.chmod(folder, PRIVATE_FOLDER)
        except OSError:
            pass  # a file system without modes (FAT, some network shares): nothing to tighten
    return folder


def private_file(path: Path) -> None:
    """Make a file the game wrote readable only by the user (POSIX); harmless where modes do not exist."""
    if os.name == "posix":
        try:
            os.chmod(path, PRIVATE_FILE)
        except OSError:
            pass


def ensure_user_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The user data directory, created if needed, readable only by the user."""
    folder = user_data_dir(override)
    default = not override and not os.environ.get(ENV_VAR)
    return private_folder(folder, tighten=default)
