"""Time the class results exports on 10,000 answers (targets: XLSX and CSV at most 1 s each)."""

from __future__ import annotations

import random
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from play_for_integrity.results.export_csv import write_csv
from play_for_integrity.results.export_xlsx import write_xlsx
from play_for_integrity.results.store import ResultsStore

ANSWERS = 10_000
SESSIONS = 10
PUPILS = 25
SCENARIOS = ("found-wallet", "copied-homework", "teacher-gift", "exam-leak", "team-captain")
VALUES = ("honesty", "fairness", "responsibility", "respect", "courage")
NAMES = ("Аружан", "Дияр", "Мадина К.", "Алихан", "Томирис", "Ерасыл", "Камила", "=cmd")


def fill(store: ResultsStore, rng: random.Random) -> None:
    """SESSIONS x PUPILS pupils answering until ANSWERS answers are stored (one transaction per session)."""
    per_pupil = ANSWERS // (SESSIONS * PUPILS)
    start = datetime(2025, 3, 3, 4, 0, tzinfo=timezone.utc)
    for s in range(SESSIONS):
        with store.batch():
            sid = store.start_session(f"{7 + s % 4}Б", "solo", "11-14", "ru", list(SCENARIOS),
                                      started_at=start + timedelta(days=s))
            for p in range(PUPILS):
                pid = store.add_participant(sid, f"{rng.choice(NAMES)} {p}")
                for n in range(per_pupil):
                    effects = {v: rng.randint(-2, 2) for v in rng.sample(VALUES, 2)}
                    store.record_answer(sid, pid, SCENARIOS[n % len(SCENARIOS)], f"node-{n // 5}",
                                        rng.choice(("a", "b", "c")), effects, rng.choice(("ladder", "stay", "snake")),
                                        round(rng.uniform(3, 60), 1),
                                        answered_at=start + timedelta(days=s, seconds=15 * n + p))
                store.finish_participant(pid, {v: rng.randint(-5, 10) for v in VALUES})
            store.end_session(sid)


def _timed(action) -> float:
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


def run() -> list[tuple[str, float, str]]:
    """(name, seconds, target) for each measured step."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        with ResultsStore.open(root / "data") as store:
            fill(store, random.Random(1))
            sessions: list = []
            load = _timed(lambda: sessions.extend(store.session(s.uuid) for s in store.sessions()))
        count = sum(len(s.answers) for s in sessions)
        xlsx = _timed(lambda: write_xlsx(sessions, root / "results.xlsx"))
        csv = _timed(lambda: write_csv(sessions, root / "results.csv", "ru"))
    return [
        (f"results: load {count:,} answers from SQLite", load, "<= 1 s"),
        (f"results: export {count:,} answers to XLSX", xlsx, "<= 1 s"),
        (f"results: export {count:,} answers to CSV", csv, "<= 1 s"),
    ]


def main() -> None:
    rows = run()
    width = max(len(name) for name, _, _ in rows)
    print(f"{'benchmark':<{width}}  {'seconds':>8}  target")
    for name, seconds, target in rows:
        print(f"{name:<{width}}  {seconds:>8.3f}  {target}")


if __name__ == "__main__":
    main()
