"""A progress bar for long exports and merges: on a terminal only, so logs and pipes get the result alone."""

from __future__ import annotations

import io
import os
import select
import struct

try:
    import fcntl
    import termios
except ImportError:  # Windows
    fcntl = termios = None

import pytest

from play_for_integrity.cli import main
from play_for_integrity.results import progress
from play_for_integrity.results.progress import Progress
from play_for_integrity.results.store import ResultsStore
from tests.results.conftest import record_class


def test_no_bar_when_stderr_is_not_a_terminal():
    stream = io.StringIO()
    with Progress.on_terminal(100, "export CSV", "answers", stream) as shown:
        assert not shown.shown
        shown.done(100)
    assert stream.getvalue() == ""


@pytest.mark.skipif(not hasattr(os, "openpty") or termios is None, reason="needs a pseudo-terminal")
def test_a_bar_on_a_terminal(monkeypatch):
    monkeypatch.setattr(progress, "DELAY", 0)  # in use it waits a second, so a quick command shows nothing
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))  # a terminal 80 columns wide
    with os.fdopen(slave, "w", encoding="utf-8") as terminal, os.fdopen(master, "rb", buffering=0) as screen:
        with Progress.on_terminal(250, "export CSV", "answers", terminal) as shown:
            assert shown.shown
            shown.done(250)
        terminal.flush()
        drawn = b""
        while select.select([screen], [], [], 1.0)[0]:
            chunk = os.read(master, 65536)
            drawn += chunk
            if not chunk or b"/250" in drawn:
                break
    assert b"export CSV" in drawn and b"/250" in drawn


def test_commands_draw_no_bar_into_a_captured_stderr(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(progress, "DELAY", 0)
    data = tmp_path / "data"
    with ResultsStore.open(data) as store:
        record_class(store)
    out = tmp_path / "all.json"
    assert main(["results", "export", "--all", "--format", "json", "--out", str(out), "--data-dir", str(data)]) == 0
    assert main(["results", "merge", str(out), "--data-dir", str(tmp_path / "teacher")]) == 0
    assert capsys.readouterr().err == ""


def test_merging_a_folder_reports_every_file(tmp_path, capsys):
    data, folder = tmp_path / "data", tmp_path / "collected"
    folder.mkdir()
    with ResultsStore.open(data) as store:
        record_class(store)
    good = folder / "pc-01.json"
    assert main(["results", "export", "--all", "--format", "json", "--out", str(good), "--data-dir", str(data)]) == 0
    (folder / "pc-02.json").write_text('{"format": "play-for-integrity-results", "version": 1, "sessions": [',
                                       encoding="utf-8")
    capsys.readouterr()
    assert main(["results", "merge", str(folder), "--data-dir", str(tmp_path / "teacher")]) == 1
    out, err = capsys.readouterr()
    assert f"{good}: added 1 sessions, 4 answers" in out and "Merged 1 of 2 files" in out and "1 refused" in out
    assert "refused" in err and "pc-02.json: not complete JSON" in err
    assert main(["results", "merge", str(folder), "--data-dir", str(tmp_path / "teacher")]) == 1
    assert f"{good}: already present" in capsys.readouterr().out
    with ResultsStore.open(tmp_path / "teacher") as teacher:
        assert len(teacher.sessions()) == 1
