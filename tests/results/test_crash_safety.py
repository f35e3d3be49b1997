"""A game killed mid-session (power cut, task manager) keeps every answer it had confirmed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from play_for_integrity.results.store import ResultsStore

REPO = Path(__file__).resolve().parents[2]

# The child prints each answer id only after record_answer returned, i.e. after the answer was confirmed.
CHILD = textwrap.dedent("""
    import sys
    import play_for_integrity.results.store_open as store_open
    from play_for_integrity.results.store import ResultsStore
    if sys.argv[2] == "DELETE":
        store_open.choose_journal_mode = lambda folder: "DELETE"
    store = ResultsStore.open(sys.argv[1])
    assert store.journal_mode == sys.argv[2]
    sid = store.start_session("7Б", "solo", "11-14", "ru", ["found-wallet"])
    pid = store.add_participant(sid, "Аружан")
    print(sid, flush=True)
    n = 0
    while True:
        n += 1
        aid = store.record_answer(sid, pid, "found-wallet", "start", "tell-mum", {"honesty": 2}, "ladder", n / 10)
        print(aid, flush=True)
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("journal", ["WAL", "DELETE"])
def test_sigkill_mid_session_keeps_every_confirmed_answer(tmp_path, journal):
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path), journal], stdout=subprocess.PIPE,
                             text=True, env=env, cwd=REPO)
    try:
        sid = child.stdout.readline().strip()
        confirmed = [child.stdout.readline().strip() for _ in range(40)]
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    with ResultsStore.open(tmp_path) as store:
        assert store.open_report is None
        stored = {a.uuid for a in store.session(sid).answers}
    assert set(confirmed) <= stored
