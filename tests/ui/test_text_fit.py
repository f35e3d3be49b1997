"""The `i18n check` fit hook finds a translation too long for its box, and passes the shipped texts."""

from __future__ import annotations

from play_for_integrity.i18n import get_translator
from play_for_integrity.i18n.translator import Translator
from play_for_integrity.ui.text_fit import check_catalog_fits


def test_shipped_english_fits_every_box():
    assert check_catalog_fits({"en": get_translator("en")}) == []


def test_an_overlong_story_is_reported_with_its_place(monkeypatch):
    monkeypatch.setattr(Translator, "story", lambda self, scenario, node: "очень длинный текст " * 200)
    problems = check_catalog_fits({"en": get_translator("en")})
    assert problems and all("does not fit its box" in p for p in problems)
    assert any("found-wallet solo start" in p for p in problems)
