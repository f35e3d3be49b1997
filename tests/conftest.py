"""Test-wide set-up: no window, no sound device, and user data in a temporary folder."""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _user_data_in_tmp(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Every test gets its own empty user-data directory, never the real one."""
    monkeypatch.setenv("PLAY_FOR_INTEGRITY_DATA", str(tmp_path_factory.mktemp("user-data")))
