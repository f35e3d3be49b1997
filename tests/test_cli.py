"""The command line: validate's exit codes and messages, the scenario list, and an installed wheel."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from play_for_integrity import paths
from play_for_integrity.cli import main

REPO = Path(__file__).resolve().parents[1]
BROKEN = REPO / "tests" / "content" / "fixtures" / "broken"


def test_validate_shipped_content_exits_0(capsys):
    assert main(["validate", "--no-fit"]) == 0
    assert "0 with problems" in capsys.readouterr().out


@pytest.mark.parametrize("band", ["6-10", "11-14", "15-18"])
def test_every_shipped_scenario_fits_the_screens_it_appears_on(band, capsys):
    """validate draws each scenario on its solo, board and vote screens in every language (one band a test, so the
    three run side by side)."""
    assert main(["validate", str(paths.scenarios_dir() / band)]) == 0
    out = capsys.readouterr().out
    assert "0 with problems" in out and "16 scenario files checked" in out


def test_validate_broken_files_exits_1_with_line_and_column(capsys):
    assert main(["validate", "--no-fit", str(BROKEN / "unknown-field.yaml"), str(BROKEN / "unknown-band.yaml")]) == 1
    out = capsys.readouterr().out
    assert "unknown-field.yaml:6:1: unknown field 'titel' in the scenario" in out
    assert "hint: did you mean 'title'?" in out
    assert "unknown-band.yaml:5:7: the band '6-11' is not known" in out
    assert "2 scenario files checked: 0 valid, 2 with problems" in out


def test_validate_a_folder_checks_every_file_in_it(capsys):
    assert main(["validate", "--no-fit", str(BROKEN)]) == 1
    out = capsys.readouterr().out
    assert f"{len(list(BROKEN.glob('*.yaml')))} scenario files checked: 0 valid" in out


def test_validate_missing_path_exits_1(capsys, tmp_path):
    assert main(["validate", str(tmp_path / "nope.yaml")]) == 1
    assert "no such file or folder" in capsys.readouterr().err


def test_scenarios_lists_every_band(capsys):
    assert main(["scenarios"]) == 0
    out = capsys.readouterr().out
    for band in ("Ages 6–10", "Ages 11–14", "Ages 15–18"):
        assert band in out
    assert "found-wallet" in out


def test_module_entry_point_runs_the_same_command_line():
    done = subprocess.run([sys.executable, "-m", "play_for_integrity", "--version"], capture_output=True, text=True,
                          cwd=REPO, check=False)
    assert done.returncode == 0 and "play-for-integrity" in done.stdout


@pytest.fixture(scope="module")
def built_wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "-q", "-w", str(out)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"could not build a wheel here (no build backend reachable?): {done.stderr[-300:]}")
    return next(out.glob("*.whl"))


def test_wheel_carries_the_data_folders(built_wheel: Path):
    names = set(zipfile.ZipFile(built_wheel).namelist())
    for required in ("scenarios/bands.yaml", "scenarios/schema/scenario.schema.json", "scenarios/6-10/found-wallet.yaml",
                     "teacher_guide/authoring.md", "assets/pictures/pictures.yaml", "assets/pictures/girl.svg",
                     "assets/pictures/LICENSE.txt"):
        assert f"play_for_integrity/_data/{required}" in names


def test_installed_wheel_validates_from_another_directory(built_wheel: Path, tmp_path: Path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(built_wheel)],
                   check=True, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target)}
    env.pop("PLAY_FOR_INTEGRITY_CONTENT", None)
    done = subprocess.run([sys.executable, "-m", "play_for_integrity", "validate", "--no-fit"], cwd=elsewhere, env=env,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 with problems" in done.stdout
    bad = elsewhere / "bad.yaml"
    shutil.copy(BROKEN / "unknown-field.yaml", bad)
    done = subprocess.run([sys.executable, "-m", "play_for_integrity", "validate", "bad.yaml"], cwd=elsewhere, env=env,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 1 and "bad.yaml:6:1: unknown field 'titel'" in done.stdout


def test_play_with_an_unknown_playlist_id_names_it_and_exits_1(capsys):
    assert main(["play", "--playlist", "found-walet,copied-homework"]) == 1
    err = capsys.readouterr().err
    assert "unknown scenario id 'found-walet' (did you mean 'found-wallet'?)" in err
