"""Network folders are recognised so that the store avoids WAL there."""

from __future__ import annotations

from pathlib import Path

import pytest

from play_for_integrity.results.disk_kind import choose_journal_mode, is_network_folder, is_unc_path, linux_fs_type

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
/dev/sdb1 /home ext4 rw,relatime 0 0
//school-server/pupils /home/teacher/Class\\040results cifs rw,vers=3.0 0 0
server:/export /mnt/lab nfs4 rw 0 0
sshfs#me@host: /mnt/remote fuse.sshfs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize("folder, expected", [
    ("/home/teacher/data", "ext4"),
    ("/home/teacher/Class results/7B", "cifs"),
    ("/mnt/lab/results", "nfs4"),
    ("/mnt/labs", "ext4"),  # a sibling whose name only starts like the mount point
    ("/tmp", "tmpfs"),
])
def test_the_innermost_mount_gives_the_type(folder, expected):
    assert linux_fs_type(Path(folder), MOUNTS) == expected


@pytest.mark.parametrize("folder, network", [
    ("/home/teacher/data", False),
    ("/home/teacher/Class results/7B", True),
    ("/mnt/lab/results", True),
    ("/mnt/remote/x", True),
])
def test_network_file_systems_are_detected_on_linux(folder, network):
    assert is_network_folder(Path(folder), platform="linux", mounts_text=MOUNTS) is network


@pytest.mark.parametrize("path, unc", [
    ("\\\\school-server\\share\\results", True),
    ("//school-server/share/results", True),
    ("C:\\Users\\teacher\\AppData", False),
    ("/home/teacher", False),
])
def test_unc_paths_are_network_paths(path, unc):
    assert is_unc_path(path) is unc


def test_unc_folder_counts_as_network_on_windows():
    assert is_network_folder(Path("\\\\school-server\\share\\results"), platform="win32")


def test_local_temp_folder_gets_wal(tmp_path):
    assert choose_journal_mode(tmp_path) == "WAL"
