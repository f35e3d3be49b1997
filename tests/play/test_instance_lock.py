"""One running game per data folder: a second start is refused, and a crashed game leaves no stale lock."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from play_for_integrity.play.instance_lock import LOCK_FILE, acquire

HOLDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from play_for_integrity.play.instance_lock import acquire
    lock = acquire(Path(sys.argv[1]))
    print("held" if lock else "refused", flush=True)
    time.sleep(60)
""")


def _holder(folder: Path) -> subprocess.Popen:
    """Another process holding the folder's lock (it says so on its first line)."""
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder)], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline().strip() == "held"
    return process


def test_a_second_process_is_refused_until_the_first_ends_even_by_a_crash(tmp_path):
    holder = _holder(tmp_path)
    try:
        assert acquire(tmp_path) is None
    finally:
        holder.kill()  # no clean exit: the system must drop the lock itself
        holder.wait()
    with acquire(tmp_path) as lock:
        assert lock is not None and lock.path == tmp_path / LOCK_FILE


def test_a_held_lock_refuses_within_one_process_and_is_free_after_release(tmp_path):
    first = acquire(tmp_path)
    assert first is not None and acquire(tmp_path) is None
    first.release()
    first.release()  # twice is harmless
    second = acquire(tmp_path)
    assert second is not None
    second.release()


def test_a_refused_start_writes_nothing(tmp_path):
    with acquire(tmp_path):
        lock_file = tmp_path / LOCK_FILE
        before = (lock_file.stat().st_mtime_ns, lock_file.read_bytes())
        assert acquire(tmp_path) is None
        assert (lock_file.stat().st_mtime_ns, lock_file.read_bytes()) == before
        assert sorted(p.name for p in tmp_path.iterdir()) == [LOCK_FILE]
