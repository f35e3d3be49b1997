"""Files named on the command line: only regular files are read, and never more than the size limit."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from play_for_integrity.cli import main
from play_for_integrity.content.problems import ContentError
from play_for_integrity.content.yaml_source import MAX_FILE_BYTES, UnfitFile, read_content_file, read_regular_file

from .helpers import VALID

needs_dev_zero = pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


def within(seconds: float, work):
    """`work()`'s result, failing (instead of hanging the test run) when it does not return in time."""
    found = []
    worker = threading.Thread(target=lambda: found.append(work()), daemon=True)
    worker.start()
    worker.join(seconds)
    assert found, f"still reading after {seconds} s"
    return found[0]


def validate(capsys, *paths: Path) -> tuple[int, str]:
    code = within(20, lambda: main(["validate", "--no-fit", *map(str, paths)]))
    return code, capsys.readouterr().out


@needs_dev_zero
def test_validate_refuses_dev_zero_and_a_link_to_it(tmp_path, capsys):
    (tmp_path / "zero.yaml").symlink_to("/dev/zero")
    code, out = validate(capsys, Path("/dev/zero"), tmp_path / "zero.yaml")
    assert code == 1 and out.count("not a regular file: it is a character device") == 2
    assert "/dev/zero:1:1: " in out and "zero.yaml:1:1: " in out


@needs_fifo
def test_validate_refuses_a_named_pipe_without_waiting_for_a_writer(tmp_path, capsys):
    os.mkfifo(tmp_path / "pipe.yaml")
    code, out = validate(capsys, tmp_path / "pipe.yaml")
    assert code == 1 and "pipe.yaml:1:1: not a regular file: it is a named pipe (FIFO)" in out


def test_validate_refuses_a_large_file_naming_its_size_and_the_limit(tmp_path, capsys):
    big = tmp_path / "big.yaml"
    big.write_bytes(b"# " + b"x" * (3 * 1024 * 1024))
    code, out = validate(capsys, big)
    assert code == 1 and f"big.yaml:1:1: the file is 3072 KiB, over the {MAX_FILE_BYTES // 1024} KiB limit" in out


def test_the_size_refused_is_the_file_size_and_the_limit_the_one_asked(tmp_path):
    big = tmp_path / "big.yaml"
    big.write_bytes(b"x" * 5000)
    with pytest.raises(UnfitFile) as caught:
        read_regular_file(big, 4096)
    assert (caught.value.size, caught.value.limit, caught.value.kind) == (5000, 4096, "")
    assert read_regular_file(big, 5000) == b"x" * 5000


def test_a_folder_is_not_a_content_file(tmp_path):
    with pytest.raises(ContentError) as caught:
        read_content_file(tmp_path, "here")
    [problem] = caught.value.problems
    assert str(problem) == ("here:1:1: not a regular file: it is a folder\n"
                            "    hint: give the path of a scenario or task file (.yaml)")


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need extra rights on Windows")
def test_a_regular_file_and_a_link_to_one_are_read(tmp_path):
    minimal = next(path for path in VALID if path.stem == "minimal")
    (tmp_path / "link.yaml").symlink_to(minimal)
    assert read_content_file(tmp_path / "link.yaml", "link.yaml") == minimal.read_bytes()
    assert main(["validate", "--no-fit", str(tmp_path / "link.yaml")]) == 0


class _Grown:
    """os.fstat with the size a file had before it grew (or the 0 that /proc files report)."""

    def __init__(self, size: int):
        self.size, self.real = size, os.fstat

    def __call__(self, fd: int) -> os.stat_result:
        info = list(self.real(fd))
        info[6] = self.size  # st_size
        return os.stat_result(info)


@pytest.mark.parametrize("told", [0, 10, 4999])
def test_a_file_larger_than_its_size_said_is_read_whole(tmp_path, monkeypatch, told: int):
    grown = tmp_path / "grown.yaml"
    grown.write_bytes(b"y" * 5000)
    monkeypatch.setattr(os, "fstat", _Grown(told))
    assert read_regular_file(grown, 5000) == b"y" * 5000


def test_a_file_that_grew_past_the_limit_is_still_refused(tmp_path, monkeypatch):
    grown = tmp_path / "grown.yaml"
    grown.write_bytes(b"y" * 5000)
    monkeypatch.setattr(os, "fstat", _Grown(100))
    with pytest.raises(UnfitFile) as caught:
        read_regular_file(grown, 4096)
    assert (caught.value.size, caught.value.limit) == (4097, 4096)  # what was read: the file said 100 bytes
