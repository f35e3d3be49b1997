"""The end-of-journey profile: shares per value, a strength and one thing to think about."""

from __future__ import annotations

from play_for_integrity.core.journey import Journey
from play_for_integrity.core.profile import build_profile
from tests.core.content_builder import library

LIBRARY = library()
VALUES = list(LIBRARY.values)


def profile_after(*choice_ids: str):
    journey = Journey([LIBRARY.scenarios["wallet"]])
    for choice_id in choice_ids:
        journey.choose(choice_id)
        journey.advance()
    return build_profile(VALUES, journey.answers, LIBRARY.scenarios)


def test_good_choice_names_a_strength_and_no_hardest_choice():
    profile = profile_after("tell-mum")
    assert profile.strength in ("honesty", "responsibility")
    assert profile.shares["honesty"] == 1.0 and profile.hardest is None


def test_poor_choices_name_something_to_think_about_and_the_hardest_choice():
    profile = profile_after("keep", "hide")
    assert profile.strength is None
    assert profile.to_think_about == "honesty"
    assert profile.hardest is not None and profile.hardest.choice_id in ("keep", "hide")
    assert profile.shares["honesty"] == -1.0


def test_values_not_touched_by_any_dilemma_score_zero():
    profile = profile_after("leave-it")
    assert profile.totals["responsibility"] == -1
    assert all(-1.0 <= share <= 1.0 for share in profile.shares.values())
