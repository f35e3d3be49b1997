"""Class results stores shaped like a school's (1,500 pupils with Cyrillic nicknames, classes of 25, 10 answers a
pupil on average), built once per run in its temporary folder and shared by every benchmark that needs one.

One store grows session by session (rows inserted with executemany, one transaction per size, through the
ResultsStore's own connection); each size the run needs is copied out as it is reached, so 10k, 100k, 300k,
3,000 sessions and 1M answers cost one 1M-answer build.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.sandbox import Config
from play_for_integrity.results.records import to_iso

if TYPE_CHECKING:
    from play_for_integrity.results.store import ResultsStore

PUPILS = 1500
CLASS_SIZE = 25
ANSWERS_PER_SESSION = 250  # 25 pupils x 10 answers: deviations from 10 cancel out within each pair of pupils
FULL = {"10k": 40, "100k": 400, "300k": 1200, "3000-sessions": 3000, "1m": 4000}
QUICK = {"10k": 4, "100k": 6, "300k": 8, "3000-sessions": 10, "1m": 12}
BUILD_BUDGET_SECONDS = 900
FIRST_NAMES = ("Аружан", "Дияр", "Мадина", "Нұрислам", "Айару", "Алихан", "Томирис", "Ерасыл", "Камила", "Арсен",
               "Жансая", "Даниял", "Айша", "Санжар", "Әмина", "Тимур", "Әйгерім", "Нұрсұлтан", "Дана", "Ислам",
               "Артём", "Ксения", "Бекзат", "Алия", "Полина", "Ернар", "Іңкәр", "Максим", "Балжан", "Ұлжан",
               "Асылжан", "Гүлнұр", "Дмитрий", "Екатерина", "Өмірзақ", "Қуаныш", "Шұғыла", "Ғалым", "Зарина", "Мирас",
               "Софья", "Иван", "Анастасия", "Рауан", "Ақбота", "Бауыржан", "Виктория", "Нұрай", "Темірлан", "Луиза")
INITIALS = "АБВГДЕЖЗИКЛМНОПРСТУФХШЭЮЯӘҒҚҢӨҰ"
LANGUAGES = ("ru", "ru", "kk", "kk", "en")

_runs: dict[Path, _Builder] = {}


def sessions(config: Config, size: str) -> int:
    """How many sessions the named size ("10k", "100k", "300k", "3000-sessions", "1m") has in this run."""
    return (QUICK if config.quick else FULL)[size]


def describe(count: int) -> str:
    return f"{count:,} sessions, {count * ANSWERS_PER_SESSION:,} answers"


def plan(config: Config, sizes: list[str]) -> None:
    """Say which sizes the run will ask for, so one growing build serves them all."""
    builder = _builder(config)
    builder.planned.update(sessions(config, size) for size in sizes)


def store_dir(config: Config, size: str) -> Path:
    """The data folder holding a results.sqlite3 of the named size (built on first use, then reused)."""
    return _builder(config).folder_for(sessions(config, size))


def _builder(config: Config) -> _Builder:
    if config.root not in _runs:
        _runs.clear()  # a new run: the stores of an earlier one went with its temporary folder
        _runs[config.root] = _Builder(config)
    return _runs[config.root]


def _nickname(pupil: int) -> str:
    return f"{FIRST_NAMES[pupil % len(FIRST_NAMES)]} {INITIALS[pupil // len(FIRST_NAMES) % len(INITIALS)]}."


class _Builder:
    """The growing store and the sizes copied out of it so far."""

    def __init__(self, config: Config) -> None:
        from play_for_integrity.content.library import load_library

        self.config = config
        self.planned: set[int] = set()
        self.ready: dict[int, Path] = {}
        self.rng = random.Random(2025)
        self.done = 0
        self.folder = config.shared / "growing"
        self.store: ResultsStore | None = None
        self.handed_over = False
        self.seq_column: bool | None = None
        library = load_library()
        self.values = list(library.values)
        self.bands = [(band, library.by_band(band)) for band in library.bands if library.by_band(band)]
        self.clock = datetime(2024, 9, 2, 3, 30, tzinfo=timezone.utc)

    def folder_for(self, count: int) -> Path:
        if count in self.ready:
            return self.ready[count]
        self.planned.add(count)
        if count < self.done or self.handed_over:  # the growing store passed it or was handed over: build alone
            alone = _Builder(self.config)
            alone.folder = self.config.shared / f"alone-{count}"
            alone.planned = {count}
            self.ready[count] = alone.folder_for(count)
            return self.ready[count]
        began = time.perf_counter()
        for target in sorted(n for n in self.planned if n >= self.done and n not in self.ready):
            self._grow(target, began)
            self.ready[target] = self._copy_out(target)
        return self.ready[count]

    def _open(self) -> ResultsStore:
        from play_for_integrity.results.store import ResultsStore

        if self.store is None:
            self.store = ResultsStore.open(self.folder)
            self.store.connection.execute("PRAGMA synchronous = OFF")  # a benchmark fixture, not pupils' answers
        return self.store

    def _grow(self, target: int, began: float) -> None:
        store = self._open()
        with store.batch():
            while self.done < target:
                if time.perf_counter() - began > BUILD_BUDGET_SECONDS:
                    raise TimeoutError(f"building a store of {describe(target)} took more than "
                                       f"{BUILD_BUDGET_SECONDS} s")
                self._add_sessions(store.connection, min(50, target - self.done))

    def _copy_out(self, count: int) -> Path:
        store = self._open()
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        target = self.config.shared / f"store-{count}"
        target.mkdir(exist_ok=True)
        if count == max(self.planned):  # nothing bigger is planned: hand over the growing file itself
            store.close()
            self.store = None
            self.handed_over = True
            for path in self.folder.iterdir():
                path.rename(target / path.name)
        else:
            shutil.copyfile(store.path, target / store.path.name)
        return target

    def _add_sessions(self, conn: sqlite3.Connection, count: int) -> None:
        session_rows, people, answers, profiles = [], [], [], []
        for _ in range(count):
            self._session(session_rows, people, answers, profiles)
        conn.executemany("INSERT INTO session (uuid, started_at, ended_at, class_name, mode, band, language, "
                         "playlist) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", session_rows)
        conn.executemany("INSERT INTO participant (uuid, session_uuid, nickname, finished_at) VALUES (?, ?, ?, ?)",
                         people)
        seq = ", seq" if self._has_seq(conn) else ""  # the order of a pupil's answers, where the schema keeps it
        conn.executemany(f"INSERT INTO answer (uuid, session_uuid, participant_uuid, scenario_id, node_id, choice_id, "
                         f"effects, board, seconds, answered_at, votes{seq}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1"
                         f"{', ?' if seq else ''})", answers if seq else (row[:-1] for row in answers))
        conn.executemany("INSERT INTO profile (participant_uuid, value_id, total) VALUES (?, ?, ?)", profiles)

    def _has_seq(self, conn: sqlite3.Connection) -> bool:
        if self.seq_column is None:
            self.seq_column = any(row[1] == "seq" for row in conn.execute("PRAGMA table_info(answer)"))
        return self.seq_column

    def _uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _session(self, session_rows: list, people: list, answers: list, profiles: list) -> None:
        """One lesson: a class of 25 pupils each answering the band's dilemmas, 10 answers a pupil on average."""
        rng, index = self.rng, self.done
        school_class = index % (PUPILS // CLASS_SIZE)
        band, scenarios = self.bands[school_class % len(self.bands)]
        self.clock += timedelta(hours=rng.choice((1, 1, 2, 20, 68)))
        sid, start = self._uuid(), self.clock
        spread = [rng.randint(-2, 2) for _ in range(CLASS_SIZE // 2)]
        counts = [10 + d for d in spread] + [10 - d for d in spread] + [10] * (CLASS_SIZE % 2)
        finished = start
        for seat, answered in enumerate(counts):
            pid = self._uuid()
            totals = dict.fromkeys(self.values, 0)
            moment = start + timedelta(seconds=rng.randint(0, 90))
            for n in range(answered):
                scenario = scenarios[n % len(scenarios)]
                node = rng.choice([node for node in scenario.nodes.values() if node.choices])
                choice = rng.choice(node.choices)
                for value, grade in choice.effects.items():
                    totals[value] = totals.get(value, 0) + grade
                seconds = round(rng.uniform(4, 60), 1)
                moment += timedelta(seconds=seconds)
                effects = json.dumps(choice.effects, ensure_ascii=False)
                answers.append((self._uuid(), sid, pid, scenario.id, node.id, choice.id, effects, choice.board, seconds,
                                to_iso(moment), n + 1))
            finished = max(finished, moment)
            people.append((pid, sid, _nickname(school_class * CLASS_SIZE + seat), to_iso(moment)))
            profiles.extend((pid, value, total) for value, total in totals.items())
        grade = 1 + school_class % 11
        session_rows.append((sid, to_iso(start), to_iso(finished + timedelta(minutes=2)),
                             f"{grade}{INITIALS[school_class // 11]}", "solo", band, LANGUAGES[index % len(LANGUAGES)],
                             json.dumps([s.id for s in scenarios])))
        self.done += 1
