"""Settings survive a restart; a damaged file is set aside, never silently lost."""

from __future__ import annotations

import json

from play_for_integrity.core.settings import Settings, load_settings, save_settings


def test_settings_round_trip(tmp_path):
    save_settings(Settings(language="ru", fullscreen=True, text_size="larger", sound=False, high_contrast=True), tmp_path)
    loaded, notice = load_settings(tmp_path)
    assert notice is None
    assert (loaded.language, loaded.fullscreen, loaded.text_size, loaded.sound, loaded.high_contrast) == (
        "ru", True, "larger", False, True)


def test_missing_file_gives_defaults_without_a_notice(tmp_path):
    assert load_settings(tmp_path) == (Settings(), None)


def test_damaged_file_is_kept_aside_and_named(tmp_path):
    (tmp_path / "settings.json").write_text("{not json", encoding="utf-8")
    settings, notice = load_settings(tmp_path)
    assert settings == Settings()
    kept = list(tmp_path.glob("settings.damaged-*.json"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == "{not json"
    assert str(kept[0]) in notice


def test_absurd_values_fall_back_to_defaults(tmp_path):
    (tmp_path / "settings.json").write_text(json.dumps(
        {"language": "xx", "text_size": "huge", "window_width": 99999, "sound": "loud", "unknown": 1}), encoding="utf-8")
    settings, _ = load_settings(tmp_path)
    assert (settings.language, settings.text_size, settings.window_width, settings.sound) == ("kk", "normal", 1280, True)


def test_read_only_folder_reports_instead_of_raising(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert "could not be saved" in save_settings(Settings(), blocker / "sub")
