"""Settings survive a restart; a damaged file is set aside, never silently lost; no file stops the start."""

from __future__ import annotations

import json
import os
import threading
from dataclasses import fields

import pytest

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


WRONG_TYPES = [[], {}, None, "yes", 5, 2.5, True, "x" * 30]


@pytest.mark.parametrize("item", fields(Settings), ids=lambda item: item.name)
def test_every_field_of_the_wrong_type_takes_its_default_and_the_others_are_kept(tmp_path, item):
    default = getattr(Settings(), item.name)
    for wrong in (value for value in WRONG_TYPES if type(value) is not type(default)):
        kept = {"high_contrast": True, "sound": False, "window_width": 1024}
        (tmp_path / "settings.json").write_text(json.dumps({**kept, item.name: wrong}), encoding="utf-8")
        settings, notice = load_settings(tmp_path)
        assert notice is None and getattr(settings, item.name) == default, wrong
        assert all(getattr(settings, name) == value for name, value in kept.items() if name != item.name)


@pytest.mark.parametrize("raw", [{"text_size": []}, {"language": 5}, {"sound": "yes"}, {"window_width": True},
                                 {"last_class": "7\x00B"}, {"window_height": 1e400}])
def test_wrong_values_named_in_the_issue_start_the_game_with_defaults(tmp_path, raw):
    (tmp_path / "settings.json").write_text(json.dumps({"fullscreen": True, **raw}), encoding="utf-8")
    settings, notice = load_settings(tmp_path)
    [(name, _)] = raw.items()
    assert notice is None and settings.fullscreen and getattr(settings, name) == getattr(Settings(), name)


@pytest.mark.parametrize(("content", "reason"), [
    (b"[1, 2]", "not a JSON object"), (b'"kk"', "not a JSON object"), (b"null", "not a JSON object"),
    (b"[" * 30_000 + b"]" * 30_000, "nested too deeply"),
    (b'{"a": ' * 5_000 + b"1" + b"}" * 5_000, "nested too deeply"),
    (b"[" * 100_000 + b"]" * 100_000, "over the limit"), (b"\xff\xfe{}", "utf-8"), (b"{not json", "Expecting"),
])
def test_a_file_that_is_no_settings_object_is_set_aside_with_a_notice(tmp_path, content, reason):
    (tmp_path / "settings.json").write_bytes(content)
    settings, notice = load_settings(tmp_path)
    assert settings == Settings() and reason in notice and str(tmp_path / "settings.json") in notice
    assert not (tmp_path / "settings.json").exists() and len(list(tmp_path.glob("settings.damaged-*.json"))) == 1


def test_a_byte_order_mark_from_notepad_is_accepted(tmp_path):
    (tmp_path / "settings.json").write_bytes(b'\xef\xbb\xbf{"language": "ru"}')
    assert load_settings(tmp_path) == (Settings(language="ru"), None)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_in_place_of_the_file_is_set_aside_without_waiting(tmp_path):
    os.mkfifo(tmp_path / "settings.json")
    found = []
    reader = threading.Thread(target=lambda: found.append(load_settings(tmp_path)), daemon=True)
    reader.start()
    reader.join(10)  # reading a pipe would wait for a writer forever
    [(settings, notice)] = found
    assert settings == Settings() and "not a regular file: it is a named pipe" in notice


def test_a_folder_in_place_of_the_file_is_set_aside(tmp_path):
    (tmp_path / "settings.json").mkdir()
    settings, notice = load_settings(tmp_path)
    assert settings == Settings() and "not a regular file: it is a folder" in notice
    assert save_settings(Settings(language="en"), tmp_path) is None
