"""Fill the store with a believable demo class, so a teacher can try the results view and exports at once."""

from __future__ import annotations

import math
import random
from datetime import datetime, timedelta

from play_for_integrity.content.library import Library
from play_for_integrity.content.model import Choice, Scenario, StoryNode
from play_for_integrity.results.errors import ResultsError
from play_for_integrity.results.records import MODES, utc_now
from play_for_integrity.results.store import ResultsStore

NICKNAMES = (
    "Аружан", "Дияр", "Мадина К.", "Нұрислам", "Айару", "Алихан", "Томирис", "Ерасыл", "Камила", "Арсен",
    "Жансая", "Даниял", "Айша", "Санжар", "Әмина", "Тимур", "Әйгерім", "Нұрсұлтан", "Дана", "Ислам",
    "Мадина С.", "Артём", "Ксения", "Бекзат", "Алия", "Полина", "Ернар", "Инкар", "Максим", "Балжан",
)
TEAM_NAMES = ("Барыс", "Қыран", "Тұлпар", "Арлан", "Сұңқар", "Бүркіт")
MAX_STEPS = 50  # a guard against a story that loops


def _pick(node: StoryNode, integrity: float, rng: random.Random) -> Choice:
    """Better choices are likelier; `integrity` (0..1) says how strongly this pupil leans to them."""
    weights = [math.exp(choice.score * (0.15 + 0.5 * integrity)) for choice in node.choices]
    return rng.choices(node.choices, weights=weights)[0]


def _demo_band(library: Library, band: str | None) -> tuple[str, list[Scenario]]:
    if band is not None:
        if band not in library.bands:
            raise ResultsError(f"unknown age band '{band}': choose one of {', '.join(library.bands)}")
        scenarios = library.by_band(band)
        if not scenarios:
            raise ResultsError(f"the age band '{band}' has no scenarios yet: choose another with --band")
        return band, scenarios
    for band_id in library.bands:
        if library.by_band(band_id):
            return band_id, library.by_band(band_id)
    raise ResultsError("there are no valid scenarios to play: run 'play-for-integrity validate' to see why")


def fill_demo_class(store: ResultsStore, library: Library, class_name: str, *, band: str | None = None,
                    mode: str = "solo", language: str = "ru", pupils: int = 24, seed: int = 2024) -> str:
    """Record a finished demo session (solo pupils, board teams or one class vote) and return its id."""
    if mode not in MODES:
        raise ResultsError(f"unknown mode '{mode}': choose one of {', '.join(MODES)}")
    if not 1 <= pupils <= len(NICKNAMES):
        raise ResultsError(f"a demo class has 1 to {len(NICKNAMES)} pupils, not {pupils}")
    band, scenarios = _demo_band(library, band)
    rng = random.Random(seed)
    clock = utc_now() - timedelta(minutes=45)
    values = list(library.values)
    with store.batch():
        sid = store.start_session(class_name, mode, band, language, [s.id for s in scenarios], started_at=clock)
        if mode == "vote":
            names = [class_name]
        elif mode == "board":
            names = list(TEAM_NAMES[:max(2, min(len(TEAM_NAMES), pupils // 5))])
        else:
            names = list(NICKNAMES[:pupils])
        players = [(store.add_participant(sid, name), rng.random(), dict.fromkeys(values, 0)) for name in names]
        for scenario in scenarios:
            for pid, integrity, profile in players:
                clock = _play(store, sid, pid, scenario, integrity, profile, rng, clock, pupils if mode == "vote" else 1)
        for pid, _, profile in players:
            store.finish_participant(pid, profile, finished_at=clock)
        store.end_session(sid, ended_at=clock + timedelta(seconds=30))
    return sid


def _play(store: ResultsStore, sid: str, pid: str, scenario: Scenario, integrity: float, profile: dict[str, int],
          rng: random.Random, clock: datetime, voters: int) -> datetime:
    """Record one play-through; with several voters each node gets one answer per choice with its vote count."""
    node = scenario.start
    for _ in range(MAX_STEPS):
        if node is None or node.is_ending:
            break
        tally = _vote(node, voters, rng) if voters > 1 else {_pick(node, integrity, rng).id: 1}
        seconds = round(min(90.0, max(3.0, rng.gauss(14 if voters == 1 else 40, 6))), 1)
        clock += timedelta(seconds=seconds)
        for choice_id, votes in tally.items():
            choice = node.choice(choice_id)
            store.record_answer(sid, pid, scenario.id, node.id, choice.id, choice.effects, choice.board,
                                seconds, votes, answered_at=clock)
        winner = node.choice(max(tally, key=tally.__getitem__))
        for value_id, grade in winner.effects.items():
            profile[value_id] = profile.get(value_id, 0) + grade
        node = scenario.nodes.get(winner.next) if winner.next else None
    return clock


def _vote(node: StoryNode, voters: int, rng: random.Random) -> dict[str, int]:
    """How many of `voters` pupils, each with their own leaning, pick each choice."""
    tally: dict[str, int] = {}
    for _ in range(voters):
        choice = _pick(node, rng.random(), rng)
        tally[choice.id] = tally.get(choice.id, 0) + 1
    return tally

