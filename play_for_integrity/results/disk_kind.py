"""Is a folder on a network share? SQLite's WAL mode needs shared memory that network file systems lack."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path, PureWindowsPath

# File system types (as in /proc/mounts) where WAL is unsafe: its -shm file is memory-mapped and locked
# across processes, which network and VM-shared file systems do not do reliably.
NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p", "v9fs", "drvfs",
    "afs", "ncpfs", "coda", "davfs", "fuse.davfs2", "ceph", "fuse.ceph", "glusterfs", "fuse.glusterfs",
    "lustre", "gpfs", "ocfs2", "fuse.rclone", "fuse.s3fs", "vboxsf", "vmhgfs", "fuse.vmhgfs-fuse",
})

_OCTAL_ESCAPE = re.compile(r"\\([0-7]{3})")
_WINDOWS_DRIVE_REMOTE = 4  # GetDriveTypeW: DRIVE_REMOTE


def _unescape_mount_path(field: str) -> str:
    """/proc/mounts writes a space in a mount point as \\040."""
    return _OCTAL_ESCAPE.sub(lambda m: chr(int(m.group(1), 8)), field)


def linux_fs_type(folder: Path, mounts_text: str) -> str | None:
    """The file system type of the mount holding `folder`, from the text of /proc/mounts."""
    target = str(folder)
    best_point, best_type = "", None
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, fs_type = _unescape_mount_path(fields[1]), fields[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best_point):
            best_point, best_type = point, fs_type
    return best_type


def is_unc_path(folder: str | os.PathLike[str]) -> bool:
    r"""A Windows network path such as \\server\share\folder (or //server/share)."""
    text = os.fspath(folder)
    return text.startswith(("\\\\", "//")) and bool(PureWindowsPath(text).drive)


def _windows_drive_is_remote(folder: Path) -> bool:
    r"""A mapped network drive (Z: -> \\server\share) looks local by its path; ask Windows."""
    drive = PureWindowsPath(folder).drive
    if not drive or is_unc_path(drive):
        return False
    try:
        import ctypes

        return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == _WINDOWS_DRIVE_REMOTE  # type: ignore[attr-defined]
    except (ImportError, AttributeError, OSError):
        return False


def is_network_folder(folder: Path, *, platform: str | None = None, mounts_text: str | None = None) -> bool:
    """True when `folder` lies on a network or VM-shared file system (unknown counts as local)."""
    platform = platform or sys.platform
    if is_unc_path(folder):
        return True
    if platform.startswith("win"):
        return _windows_drive_is_remote(folder)
    if platform.startswith("linux"):
        if mounts_text is None:
            try:
                mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
            except OSError:
                return False
        fs_type = linux_fs_type(Path(os.path.realpath(folder)), mounts_text)
        return fs_type in NETWORK_FS_TYPES
    return False


def choose_journal_mode(folder: Path) -> str:
    """WAL on a local disk (readers never block the writer); the classic rollback journal on a share."""
    return "DELETE" if is_network_folder(folder) else "WAL"
