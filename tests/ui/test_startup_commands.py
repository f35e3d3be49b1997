"""`play --scenario` and `screenshot --scenario` refuse what validate refuses; screenshots leave no temp folder."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from play_for_integrity.cli import main
from play_for_integrity.content.yaml_source import MAX_FILE_BYTES
from play_for_integrity.ui import launch

REPO = Path(__file__).resolve().parents[2]


def _run(argv: list[str]) -> int:
    """main(argv), failing instead of hanging when it does not return within 30 s."""
    found: list[int] = []
    worker = threading.Thread(target=lambda: found.append(main(argv)), daemon=True)
    worker.start()
    worker.join(30)
    assert found, "main() did not return within 30 s (hung, or raised in the thread)"
    return found[0]


def _specials(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Paths that are no scenario file, with what the refusal says."""
    big = tmp_path / "big.yaml"
    big.write_bytes(b"#" * (MAX_FILE_BYTES + 1024))
    found = {"large": (big, f"over the {MAX_FILE_BYTES // 1024} KiB limit"),
             "folder": (tmp_path / "folder.yaml", "not a regular file: it is a folder")}
    (tmp_path / "folder.yaml").mkdir()
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.yaml")
        found["pipe"] = (tmp_path / "pipe.yaml", "not a regular file: it is a named pipe")
    if Path("/dev/zero").exists():
        (tmp_path / "zero.yaml").symlink_to("/dev/zero")
        found["link to /dev/zero"] = (tmp_path / "zero.yaml", "not a regular file: it is a character device")
    return found


def test_screenshot_and_play_refuse_a_path_that_is_no_scenario_file(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(launch, "run_window", lambda session, start: pytest.fail("the window must not open"))
    for name, (path, said) in _specials(tmp_path).items():
        for command in (["screenshot", "--scenario", str(path), "--out", str(tmp_path / "shots")],
                        ["play", "--scenario", str(path), "--data-dir", str(tmp_path / "data")]):
            assert _run(command) == 1, (name, command[0])
            err = capsys.readouterr().err
            assert "big.yaml" in err or path.name in err, (name, err)
            assert said in err, (name, command[0], err)
    assert not (tmp_path / "shots").exists()


def test_a_screenshot_run_leaves_nothing_in_the_temp_folder(tmp_path):
    temp = tmp_path / "temp"
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp), "TEMP": str(temp), "TMP": str(temp),
           "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    done = subprocess.run([sys.executable, "-m", "play_for_integrity", "screenshot", "--scene", "title",
                           "--out", str(tmp_path / "title.png")], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "title.png").is_file() and list(temp.iterdir()) == []
