"""Pure summaries for the teacher view: choice distributions, profiles, and where the class split most."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from play_for_integrity.results.records import Answer, Participant, SessionData

NodeKey = tuple[str, str]  # (scenario id, node id)


@dataclass(frozen=True)
class ChoiceSplit:
    """How the answers at one story node were spread over its choices (vote counts included)."""

    scenario_id: str
    node_id: str
    counts: dict[str, int]
    total: int
    split: float  # 0 = everyone chose the same, 1 = evenly spread over every option


def split_score(counts: Mapping[str, int], options: int | None = None) -> float:
    """Normalised Shannon entropy of `counts` over `options` choices (default: the choices that were picked)."""
    total = sum(counts.values())
    k = max(options or 0, len(counts))
    if total <= 0 or k < 2:
        return 0.0
    entropy = -sum((n / total) * math.log(n / total) for n in counts.values() if n > 0)
    return max(0.0, entropy / math.log(k))  # max() also turns -0.0 into 0.0


def choice_counts(sessions: Iterable[SessionData]) -> dict[NodeKey, dict[str, int]]:
    """(scenario, node) -> choice id -> how many pupils chose it, in the order first seen."""
    counts: dict[NodeKey, dict[str, int]] = {}
    for session in sessions:
        for answer in session.answers:
            at_node = counts.setdefault((answer.scenario_id, answer.node_id), {})
            at_node[answer.choice_id] = at_node.get(answer.choice_id, 0) + answer.votes
    return counts


def choice_distribution(sessions: Iterable[SessionData],
                        options: Mapping[NodeKey, int] | None = None) -> list[ChoiceSplit]:
    """One ChoiceSplit per (scenario, node), in the order first answered."""
    options = options or {}
    return [ChoiceSplit(scenario_id=key[0], node_id=key[1], counts=dict(counts), total=sum(counts.values()),
                        split=split_score(counts, options.get(key)))
            for key, counts in choice_counts(sessions).items()]


def where_class_split(sessions: Iterable[SessionData], options: Mapping[NodeKey, int] | None = None,
                      min_answers: int = 2) -> list[ChoiceSplit]:
    """Nodes with at least `min_answers` answers, the most divided first: good starting points for discussion."""
    splits = [s for s in choice_distribution(sessions, options) if s.total >= min_answers]
    return sorted(splits, key=lambda s: (-s.split, -s.total, s.scenario_id, s.node_id))


def options_per_node(scenarios: Iterable) -> dict[NodeKey, int]:
    """How many choices each node offers, from content Scenario objects (for an exact split score)."""
    return {(s.id, node.id): len(node.choices) for s in scenarios for node in s.nodes.values() if node.choices}


def running_profile(answers: Iterable[Answer]) -> dict[str, int]:
    """Value totals from answers; at a node answered more than once (a class vote) the most-voted choice counts."""
    chosen: dict[NodeKey, Answer] = {}
    for answer in answers:
        key = (answer.scenario_id, answer.node_id)
        if key not in chosen or answer.votes > chosen[key].votes:
            chosen[key] = answer
    totals: dict[str, int] = {}
    for answer in chosen.values():
        for value_id, grade in answer.effects.items():
            totals[value_id] = totals.get(value_id, 0) + grade
    return totals


def participant_profiles(session: SessionData) -> list[tuple[Participant, dict[str, int]]]:
    """Each participant with the final profile the game stored, or one added up from answers if they left early."""
    by_participant: dict[str, list[Answer]] = {}
    for answer in session.answers:
        by_participant.setdefault(answer.participant_uuid, []).append(answer)
    return [(p, dict(p.profile) if p.finished_at is not None else running_profile(by_participant.get(p.uuid, [])))
            for p in session.participants]


def class_average(session: SessionData) -> dict[str, float]:
    """The mean of every participant's profile, per value; in a class vote, the class's own profile (its first
    participant), which pupils answering with cards are a part of, not one more member beside them."""
    profiles = [profile for _, profile in participant_profiles(session)]
    if not profiles:
        return {}
    if session.mode == "vote":
        return {v: float(score) for v, score in profiles[0].items()}
    values = list(dict.fromkeys(v for profile in profiles for v in profile))
    return {v: sum(profile.get(v, 0) for profile in profiles) / len(profiles) for v in values}
