"""The application tests play small fixture content (tests/play/fixtures/content), never the shipped scenarios."""

from __future__ import annotations

from pathlib import Path

import pytest

from play_for_integrity.content.library import Library, load_library
from play_for_integrity.core.settings import Settings
from play_for_integrity.play.session import GameSession

CONTENT = Path(__file__).parent / "fixtures" / "content"
BAND = "7-9"


class SteppedTime:
    """A clock the test moves by hand, so answer times are exact."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="session")
def library() -> Library:
    loaded = load_library(CONTENT)
    assert not loaded.skipped, loaded.skipped
    return loaded


@pytest.fixture
def session(library, tmp_path) -> GameSession:
    made = GameSession(Settings(language="ru"), library, tmp_path)
    made.seed = 3
    return made
