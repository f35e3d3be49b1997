"""`validate` draws each scenario on its screens and names each text that does not fit: file:line:col, screen, language."""

from __future__ import annotations

from play_for_integrity import paths
from play_for_integrity.cli import main
from play_for_integrity.i18n.translator import Translator

WALLET = paths.scenarios_dir() / "6-10" / "found-wallet.yaml"


def long_russian_story(monkeypatch):
    original = Translator.story

    def story(self, scenario, node):
        text = original(self, scenario, node)
        return "очень длинный рассказ " * 40 if self.lang == "ru" and node.id == "start" else text

    monkeypatch.setattr(Translator, "story", story)


def test_a_translation_too_long_for_a_screen_is_named_at_its_english_source(monkeypatch, capsys):
    long_russian_story(monkeypatch)
    assert main(["validate", str(WALLET)]) == 1
    out = capsys.readouterr().out
    lines = WALLET.read_text(encoding="utf-8").splitlines()
    story_line = next(i for i, line in enumerate(lines, 1) if line.strip().startswith("story:"))
    expected = {f":{story_line + offset}:" for offset in (0, 1)}  # the text starts on the story line or the next
    reported = [line for line in out.splitlines() if "does not fit" in line]
    assert reported and all(" in ru at 1024×768" in line for line in reported)
    assert any(line.startswith(str(WALLET)) or "found-wallet.yaml:" in line for line in reported)
    assert all(any(mark in line for mark in expected) for line in reported), reported
    assert any("solo screen (start)" in line for line in reported)
    # the projected screens page a long story instead of shrinking it: only the solo screen runs out of room
    assert not any("class-vote screen" in line or "board game screen" in line for line in reported), reported
    assert "too long for a screen" in out


def test_no_fit_skips_the_drawing(monkeypatch, capsys):
    long_russian_story(monkeypatch)
    assert main(["validate", "--no-fit", str(WALLET)]) == 0
    assert "does not fit" not in capsys.readouterr().out
