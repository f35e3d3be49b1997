"""`screenshot --scenario`: every screen one scenario appears on, from its id or from any file."""

from __future__ import annotations

import shutil

import pygame

from play_for_integrity import paths
from play_for_integrity.cli import main


def test_a_scenario_id_gives_its_solo_board_and_vote_screens(tmp_path, capsys):
    assert main(["screenshot", "--scenario", "found-wallet", "--lang", "kk", "--out", str(tmp_path)]) == 0
    shots = sorted(p.name for p in tmp_path.glob("*.png"))
    assert any("-solo-start-kk-" in name for name in shots)
    assert any("-board-card-start-kk-" in name for name in shots)
    assert any("-class-vote-start-kk-" in name for name in shots)
    assert len(shots) == len(capsys.readouterr().out.splitlines())
    image = pygame.image.load(str(tmp_path / next(n for n in shots if "-board-card-start-" in n)))
    assert image.get_size() == (1024, 768)


def test_a_file_outside_the_library_is_shown_too(tmp_path, capsys):
    draft = tmp_path / "scenarios" / "6-10" / "my-draft.yaml"
    draft.parent.mkdir(parents=True)
    for name in ("bands.yaml", "values.yaml", "topics.yaml"):
        shutil.copy(paths.scenarios_dir() / name, tmp_path / "scenarios" / name)
    source = (paths.scenarios_dir() / "6-10" / "found-wallet.yaml").read_text(encoding="utf-8")
    draft.write_text(source.replace("id: found-wallet", "id: my-draft"), encoding="utf-8")
    out = tmp_path / "shots"
    assert main(["screenshot", "--scenario", str(draft), "--size", "1920x1080", "--out", str(out)]) == 0
    assert any(p.name.startswith("my-draft-board-card-start-en-1920x1080") for p in out.glob("*.png"))


def test_a_broken_file_is_explained_not_drawn(tmp_path, capsys):
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: x\ntitle: [\n", encoding="utf-8")
    assert main(["screenshot", "--scenario", str(broken), "--out", str(tmp_path / "shots")]) == 1
    err = capsys.readouterr().err
    assert "broken.yaml:" in err and not (tmp_path / "shots").exists()
    assert main(["screenshot", "--scenario", "no-such-id", "--out", str(tmp_path)]) == 1
    assert "no scenario 'no-such-id'" in capsys.readouterr().err
