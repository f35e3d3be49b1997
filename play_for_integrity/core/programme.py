"""The six values of the "Adal azamat" upbringing programme, and a class's scores read against them.

Each integrity value of scenarios/values.yaml names the programme values it serves; a teacher who reports against
the programme sees the class's average on each, added up from the values that serve it.
"""

from __future__ import annotations

from collections.abc import Mapping

from play_for_integrity.content.declaration import PROGRAMME_VALUES
from play_for_integrity.content.model import Value


def N_(message: str) -> str:  # marks a message for extraction; translated where it is shown
    return message


PROGRAMME_NAMES = {
    "independence-patriotism": N_("Independence and patriotism"),
    "unity-solidarity": N_("Unity and solidarity"),
    "justice-responsibility": N_("Justice and responsibility"),
    "law-order": N_("Law and order"),
    "diligence-professionalism": N_("Diligence and professionalism"),
    "creativity-innovation": N_("Creativity and innovation"),
}


def programme_totals(scores: Mapping[str, float], values: Mapping[str, Value]) -> dict[str, tuple[float, tuple[str, ...]]]:
    """For each programme value some scored value serves: (the sum of those values' scores, their ids)."""
    totals: dict[str, tuple[float, tuple[str, ...]]] = {}
    for value_id, score in scores.items():
        value = values.get(value_id)
        for served in value.programme if value else ():
            total, ids = totals.get(served, (0.0, ()))
            totals[served] = (total + score, (*ids, value_id))
    return {p: totals[p] for p in PROGRAMME_VALUES if p in totals}
