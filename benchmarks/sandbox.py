"""A run's temporary folder: home, data, cache and temp folder of the benchmarks and of every child they start.

Entering it points HOME, the XDG folders, TMPDIR and PLAY_FOR_INTEGRITY_DATA (so platformdirs and the game's
user-data folder) into one temporary folder; leaving it restores them and deletes the folder, so a run leaves
nothing behind and never touches the user's own data.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "play-for-integrity"
FIXED_ENV = {"SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", "PYGAME_HIDE_SUPPORT_PROMPT": "1"}


@dataclass
class Config:
    """What a benchmark step needs: the run's temporary folder and whether to use the reduced (--quick) sizes."""

    root: Path
    quick: bool = False
    _serial: itertools.count = field(default_factory=lambda: itertools.count(1), repr=False)

    def folder(self, name: str) -> Path:
        """A new empty folder in the run's temporary folder."""
        path = self.root / "work" / f"{name}-{next(self._serial)}"
        path.mkdir(parents=True)
        return path

    def compiled_catalogs(self) -> list[Path]:
        """The translation cache files (compiled catalogs) written anywhere in the run's temporary folder."""
        from play_for_integrity.i18n.catalog_loader import CACHE_SUFFIX

        return sorted(self.root.rglob(f"*{CACHE_SUFFIX}"))

    def clear_catalog_caches(self) -> None:
        """Delete every compiled catalog cached in the run's folder, wherever the game chose to keep them."""
        for path in self.compiled_catalogs():
            path.unlink(missing_ok=True)

    @property
    def shared(self) -> Path:
        """Where data reused by several benchmarks of the run (the class stores) is kept."""
        path = self.root / "shared"
        path.mkdir(exist_ok=True)
        return path


WHERE_IT_WRITES = """
import json, tempfile, platformdirs
from play_for_integrity.user_data import user_data_dir
from play_for_integrity.i18n.catalog_loader import default_cache_dir
app = "play-for-integrity"
print(json.dumps([str(p) for p in (platformdirs.user_data_dir(app), platformdirs.user_cache_dir(app),
                                   platformdirs.user_config_dir(app), user_data_dir(), default_cache_dir(),
                                   tempfile.gettempdir())]))
"""


def paths_outside(config: Config) -> list[str]:
    """The folders a child of this run would write user data, caches or temp files to, that lie outside its folder."""
    done = subprocess.run([sys.executable, "-c", WHERE_IT_WRITES], capture_output=True, text=True, timeout=60,
                          check=True)
    return [path for path in json.loads(done.stdout.strip().splitlines()[-1])
            if not Path(path).resolve().is_relative_to(config.root)]


def user_folders() -> list[Path]:
    """The real user folders the game would write to, read before the sandbox hides them."""
    import platformdirs

    return [Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))]


def snapshot(folders: list[Path]) -> set[tuple[str, int]]:
    """(path, mtime) of every file in `folders`, to tell afterwards whether a run wrote there."""
    seen = set()
    for folder in folders:
        if folder.is_dir():
            for path in folder.rglob("*"):
                try:
                    seen.add((str(path), path.stat().st_mtime_ns))
                except OSError:
                    continue
    return seen


class Sandbox:
    """Context manager: yields a Config whose root is the run's temporary folder, removed on exit."""

    def __init__(self, quick: bool = False, parent: Path | None = None) -> None:
        self.quick = quick
        self.parent = parent
        self._saved_env: dict[str, str | None] = {}
        self._saved_tempdir: str | None = None
        self.root: Path | None = None

    def __enter__(self) -> Config:
        self.root = Path(tempfile.mkdtemp(prefix="pfi-bench-", dir=self.parent)).resolve()
        folders = {name: self.root / name for name in ("home", "data", "cache", "config", "state", "tmp")}
        for folder in folders.values():
            folder.mkdir()
        python_path = os.pathsep.join(p for p in (str(REPO_ROOT), os.environ.get("PYTHONPATH")) if p)
        env = {"HOME": folders["home"], "XDG_DATA_HOME": folders["data"], "XDG_CACHE_HOME": folders["cache"],
               "XDG_CONFIG_HOME": folders["config"], "XDG_STATE_HOME": folders["state"], "TMPDIR": folders["tmp"],
               "TEMP": folders["tmp"], "TMP": folders["tmp"], "PLAY_FOR_INTEGRITY_DATA": folders["data"] / APP_NAME,
               "PYTHONPATH": python_path, "PYTHONPYCACHEPREFIX": self.root / "pycache", **FIXED_ENV}
        for name, value in env.items():
            self._saved_env[name] = os.environ.get(name)
            os.environ[name] = str(value)
        # Children run from compiled bytecode, as an installed game does (pip compiles it at install), kept in the
        # run's folder: a PYTHONDONTWRITEBYTECODE in the caller's environment would make every child compile the
        # game and its libraries from source (~25 ms a start here), which no pupil's computer pays.
        self._saved_env["PYTHONDONTWRITEBYTECODE"] = os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        self._saved_tempdir = tempfile.tempdir
        tempfile.tempdir = str(folders["tmp"])
        return Config(self.root, self.quick)

    def __exit__(self, *exc: object) -> None:
        for name, value in self._saved_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        tempfile.tempdir = self._saved_tempdir
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)
