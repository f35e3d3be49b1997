"""Content loads with the cycle collector paused, and leaves it as it found it, also after a failure."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from play_for_integrity.content import library
from play_for_integrity.gc_pause import collector_paused

from .helpers import FIXTURES


@pytest.fixture
def collector_restored():
    was_on = gc.isenabled()
    yield
    gc.enable() if was_on else gc.disable()


@pytest.mark.parametrize("on_before", [True, False])
def test_the_collector_is_off_inside_and_as_before_afterwards(on_before: bool, collector_restored):
    gc.enable() if on_before else gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled() is on_before


def test_the_collector_comes_back_after_an_error(collector_restored):
    gc.enable()
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("a file could not be read")
    assert gc.isenabled()


def test_a_library_is_loaded_with_the_collector_off(monkeypatch: pytest.MonkeyPatch, collector_restored):
    seen: list[bool] = []
    parse = library.parse_scenario

    def watched(*args, **kwargs):
        seen.append(gc.isenabled())
        return parse(*args, **kwargs)

    monkeypatch.setattr(library, "parse_scenario", watched)
    gc.enable()
    loaded = library.load_library(FIXTURES, sorted((FIXTURES / "valid").glob("*.yaml")))
    assert loaded.scenarios and seen and not any(seen)
    assert gc.isenabled()


def test_a_library_that_fails_to_load_gives_the_collector_back(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                               collector_restored):
    def broken(*_args, **_kwargs):
        raise MemoryError

    monkeypatch.setattr(library, "parse_scenario", broken)
    gc.enable()
    with pytest.raises(MemoryError):
        library.load_library(FIXTURES, sorted((FIXTURES / "valid").glob("*.yaml"))[:1])
    assert gc.isenabled()
