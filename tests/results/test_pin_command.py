"""`results pin --reset`: a teacher who forgot the PIN removes it on this computer, after confirming; answers stay."""

from __future__ import annotations

import io

import pytest

from play_for_integrity.cli import main
from play_for_integrity.results.store import ResultsStore
from tests.results.conftest import record_class


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def data(tmp_path):
    folder = tmp_path / "data"
    with ResultsStore.open(folder) as store:
        store.set_pin("2468")
        record_class(store)
    return folder


def run(*argv) -> int:
    return main(["results", "pin", *[str(a) for a in argv]])


def pin_is_set(folder) -> bool:
    with ResultsStore.open(folder) as store:
        return store.has_pin()


def test_without_reset_it_only_says_whether_a_pin_is_set(data, capsys):
    assert run("--data-dir", data) == 0
    assert "--reset" in capsys.readouterr().out and pin_is_set(data)


def test_reset_with_yes_removes_the_pin_and_keeps_the_answers(data, capsys):
    with ResultsStore.open(data) as store:
        before = [store.session(s.uuid) for s in store.sessions()]
    assert run("--reset", "--yes", "--data-dir", data) == 0
    out = capsys.readouterr().out
    assert "The teacher PIN was removed" in out and str(data) in out and "results are kept" in out
    assert "set a new PIN" in out and not pin_is_set(data)
    with ResultsStore.open(data) as store:
        assert [store.session(s.uuid) for s in store.sessions()] == before


def test_reset_asks_on_a_terminal(data, monkeypatch):
    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    assert run("--reset", "--data-dir", data) == 0
    assert pin_is_set(data)
    monkeypatch.setattr("sys.stdin", Terminal("y\n"))
    assert run("--reset", "--data-dir", data) == 0
    assert not pin_is_set(data)


def test_reset_without_a_terminal_needs_yes(data, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    assert run("--reset", "--data-dir", data) == 1
    assert "--yes" in capsys.readouterr().err and pin_is_set(data)


def test_no_pin_set_is_reported_plainly(tmp_path, capsys):
    assert run("--reset", "--yes", "--data-dir", tmp_path / "empty") == 0
    assert "No teacher PIN" in capsys.readouterr().out


def test_reset_also_ends_a_wait_after_wrong_pins(data):
    with ResultsStore.open(data) as store:
        store.set_pin_wait(6, 10.0 ** 12)
    assert run("--reset", "--yes", "--data-dir", data) == 0
    with ResultsStore.open(data) as store:
        assert store.pin_wait() == (0, 0.0)


def test_the_help_says_what_the_pin_protects(capsys):
    with pytest.raises(SystemExit):
        main(["results", "pin", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "pupils at the game's screens" in out and "user account" in out
