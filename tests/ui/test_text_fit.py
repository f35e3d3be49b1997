"""The `i18n check` fit hook finds a translation too long for its box, and passes the shipped texts.

The shipped scenarios' screens are checked in every language by `validate` (tests/test_cli.py); here, the screens
that are not a scenario's, and one scenario's screens with an overlong story.
"""

from __future__ import annotations

from play_for_integrity.content.library import load_library
from play_for_integrity.i18n import get_translator
from play_for_integrity.i18n.translator import Translator
from play_for_integrity.ui import scenario_shots
from play_for_integrity.ui.text_fit import check_catalog_fits, misfits


def test_shipped_english_fits_every_box_outside_the_scenarios():
    assert check_catalog_fits({"en": get_translator("en")}, with_scenarios=False) == []


def test_an_overlong_story_is_reported_with_its_place(monkeypatch):
    monkeypatch.setattr(Translator, "story", lambda self, scenario, node: "очень длинный текст " * 200)
    wallet = load_library().scenarios["found-wallet"]
    problems = [str(m) for m in misfits(["en"], scenarios=[wallet])]
    assert problems and all("does not fit its box" in p for p in problems)
    assert any("found-wallet solo start" in p for p in problems)


def test_the_catalog_check_draws_the_scenarios_screens_too(monkeypatch):
    monkeypatch.setattr(Translator, "story", lambda self, scenario, node: "очень длинный текст " * 200)
    every = scenario_shots.scenario_shots  # one scenario's screens are enough to see them checked
    monkeypatch.setattr(scenario_shots, "scenario_shots", lambda s: every(s) if s.id == "found-wallet" else iter(()))
    assert any("found-wallet solo start" in p for p in check_catalog_fits({"en": get_translator("en")}))
