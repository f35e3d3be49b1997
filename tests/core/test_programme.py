"""Each value serves the "Adal azamat" programme; a class's scores read against it add up the values that serve it."""

from __future__ import annotations

from play_for_integrity.content.declaration import PROGRAMME_VALUES
from play_for_integrity.content.model import Value
from play_for_integrity.core.programme import PROGRAMME_NAMES, programme_totals


def test_the_programme_has_its_six_values_named():
    assert tuple(PROGRAMME_NAMES) == PROGRAMME_VALUES and len(PROGRAMME_VALUES) == 6


def test_a_score_counts_for_every_programme_value_its_value_serves_in_programme_order():
    values = {"honesty": Value("honesty", "Honesty", "", ("justice-responsibility", "law-order")),
              "care": Value("care", "Care", "", ("unity-solidarity",)),
              "fairness": Value("fairness", "Fairness", "", ("justice-responsibility",))}
    totals = programme_totals({"honesty": 2.5, "care": -1.0, "fairness": 1.0, "unknown": 9.0}, values)
    assert list(totals) == ["unity-solidarity", "justice-responsibility", "law-order"]
    assert totals["justice-responsibility"] == (3.5, ("honesty", "fairness"))
    assert totals["unity-solidarity"] == (-1.0, ("care",)) and totals["law-order"] == (2.5, ("honesty",))
