"""Fixtures for the results tests: a store in a temp folder and a small class with Cyrillic and tricky names."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone

import pytest

from play_for_integrity.results.store import ResultsStore

START = datetime(2025, 3, 3, 4, 0, 0, tzinfo=timezone.utc)  # 09:00 in Astana

# What the i18n layer would give for Russian; enough to check that headers and sheet names are translated.
RUSSIAN = {
    "Overview": "Обзор", "Answers": "Ответы", "Scenario {id}": "Сценарий {id}", "Started": "Начало",
    "Ended": "Конец", "Class": "Класс", "Participant": "Участник", "Answered at": "Время ответа",
    "Choice": "Выбор", "Votes": "Голоса", "Seconds to decide": "Секунд на решение",
}


def russian(message: str) -> str:
    return RUSSIAN.get(message, message)


def at(seconds: int) -> datetime:
    return START + timedelta(seconds=seconds)


@pytest.fixture
def store(tmp_path):
    opened = ResultsStore.open(tmp_path / "data")
    yield opened
    opened.close()


def record_class(store: ResultsStore) -> str:
    """A finished solo session of two pupils over two scenarios, one with a formula-like nickname."""
    sid = store.start_session("7Б", "solo", "11-14", "ru", ["found-wallet", "teacher-gift"], started_at=at(0))
    aru = store.add_participant(sid, "Аружан")
    tricky = store.add_participant(sid, "=HYPERLINK(\"x\")")
    store.record_answer(sid, aru, "found-wallet", "start", "tell-mum", {"honesty": 2, "responsibility": 2},
                        "ladder", 12.5, answered_at=at(30))
    store.record_answer(sid, tricky, "found-wallet", "start", "keep", {"honesty": -2, "fairness": -1},
                        "snake", 7.25, answered_at=at(31))
    store.record_answer(sid, tricky, "found-wallet", "next-day", "confess", {"honesty": 2, "courage": 2},
                        "ladder", 20.0, answered_at=at(60))
    store.record_answer(sid, aru, "teacher-gift", "start", "card-instead", {"fairness": 2},
                        "ladder", 9.0, answered_at=at(90))
    store.finish_participant(aru, {"honesty": 2, "responsibility": 2, "fairness": 2}, finished_at=at(120))
    store.finish_participant(tricky, {"honesty": 0, "fairness": -1, "courage": 2}, finished_at=at(121))
    store.end_session(sid, ended_at=at(180))
    return sid


def record_vote(store: ResultsStore) -> str:
    """A whole-class vote: one participant (the class), one answer per choice with its vote count."""
    sid = store.start_session("9А", "vote", "15-18", "kk", ["found-wallet"], started_at=at(1000))
    whole = store.add_participant(sid, "9А")
    store.record_answer(sid, whole, "found-wallet", "start", "tell-mum", {"honesty": 2}, "ladder", 40, 18,
                        answered_at=at(1040))
    store.record_answer(sid, whole, "found-wallet", "start", "keep", {"honesty": -2}, "snake", 40, 6,
                        answered_at=at(1040))
    store.end_session(sid, ended_at=at(1100))
    return sid


@pytest.fixture
def class_session(store) -> str:
    return record_class(store)


@pytest.fixture
def vote_session(store) -> str:
    return record_vote(store)


@contextmanager
def time_zone(monkeypatch, zone: str) -> Iterator[None]:
    """Local time in `zone` (a TZ string such as "Asia/Almaty" or "XST-5") for the block, then as before."""
    if not hasattr(time, "tzset"):
        pytest.skip("needs time.tzset")
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        yield
    finally:
        monkeypatch.undo()
        time.tzset()
