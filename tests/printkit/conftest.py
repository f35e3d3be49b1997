"""One band printed fully once for the whole test run (the 6-10 kit in Kazakh on A4), kept in memory."""

from __future__ import annotations

import pytest

pytest.importorskip("reportlab")
pytest.importorskip("pypdf")

from play_for_integrity.content.library import Library, load_library  # noqa: E402
from play_for_integrity.printkit.kit import Kit, KitOptions, build_kit  # noqa: E402

BAND, LANG = "6-10", "kk"


@pytest.fixture(scope="session")
def library() -> Library:
    return load_library()


@pytest.fixture(scope="session")
def kk_kit(library: Library) -> Kit:
    kit = build_kit(library, KitOptions(BAND, LANG))
    assert not kit.problems, "\n".join(map(str, kit.problems))
    return kit
