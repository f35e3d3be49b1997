"""The integrity profile at the end of a journey: per-value scores, a strength, one thing to think about."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from play_for_integrity.content.model import EFFECT_MAX, Scenario
from play_for_integrity.core.journey import Answer


@dataclass(frozen=True)
class Profile:
    """Scores per value as a share of the best possible (-1.0 .. 1.0) and what to say about them."""

    totals: dict[str, int]
    shares: dict[str, float]
    strength: str | None
    to_think_about: str | None
    hardest: Answer | None  # the choice that worked most against the values, for reflection


def build_profile(values: Sequence[str], answers: Iterable[Answer], scenarios: dict[str, Scenario]) -> Profile:
    answers = list(answers)
    totals = {v: 0 for v in values}
    touched = {v: 0 for v in values}
    for answer in answers:
        node = scenarios[answer.scenario_id].nodes[answer.node_id]
        for value in values:
            if any(value in c.effects for c in node.choices):
                touched[value] += 1
        for value, amount in answer.effects.items():
            if value in totals:
                totals[value] += amount
    shares = {v: (totals[v] / (touched[v] * EFFECT_MAX) if touched[v] else 0.0) for v in values}
    scored = [v for v in values if touched[v]]
    strength = max(scored, key=lambda v: shares[v]) if scored else None
    if strength is not None and shares[strength] <= 0:
        strength = None
    weakest = min(scored, key=lambda v: shares[v]) if scored else None
    to_think = weakest if weakest is not None and weakest != strength and shares[weakest] < 0.5 else None
    hardest = min(answers, key=lambda a: sum(a.effects.values()), default=None)
    if hardest is not None and sum(hardest.effects.values()) >= 0:
        hardest = None
    return Profile(totals, shares, strength, to_think, hardest)
