"""The shipped curriculum keeps its promises: 16+ stories a band on every theme, real trade-offs, no length tell,
branching, notes and questions for the teacher, a picture, a reading level a band can read."""

from __future__ import annotations

import re

import pytest

from play_for_integrity.content import curriculum_rules as rules
from play_for_integrity.content.library import load_library
from play_for_integrity.content.model import Choice, Provenance, Scenario, StoryNode

LIBRARY = load_library()
BANDS = sorted(LIBRARY.bands)
THEMES = [t.id for t in LIBRARY.topics.values() if t.is_theme]


def test_every_shipped_scenario_loads():
    assert not LIBRARY.skipped, LIBRARY.skipped


@pytest.mark.parametrize("band", BANDS)
def test_each_band_meets_every_curriculum_rule(band):
    report = rules.check_band(band, LIBRARY.by_band(band), THEMES)
    assert not report.problems, "\n".join(report.problems)


def test_the_themes_are_the_ten_of_the_curriculum():
    assert sorted(THEMES) == sorted(["gifts", "extortion", "conflict-of-interest", "academic-integrity", "nepotism",
                                     "abuse-of-power", "solicitation", "reporting", "codes-of-conduct",
                                     "public-services"])


def test_every_value_serves_the_adal_azamat_programme_and_care_competes():
    values = LIBRARY.values
    assert "care" in values and len(values) <= 6, "small enough for a seven-year-old"
    assert all(v.programme for v in values.values())


def test_each_character_name_is_unique_within_its_band():
    for band in BANDS:
        owner: dict[str, str] = {}
        for scenario in LIBRARY.by_band(band):
            for name in rules.names_in(scenario):
                assert owner.setdefault(name, scenario.id) == scenario.id, f"{name} in {owner[name]} and {scenario.id}"


def test_no_text_says_term_where_kazakh_schools_have_quarters():
    for scenario in LIBRARY.scenarios.values():
        text = " ".join([*rules.english_texts(scenario), scenario.objective, scenario.teacher_note])
        assert " term" not in text.lower().replace("long-term", "").replace("terms", ""), scenario.id


def test_choices_are_in_the_first_person():
    for scenario in LIBRARY.scenarios.values():
        for node in scenario.nodes.values():
            for choice in node.choices:
                assert re.search(r"\b(I|I'm|I'll|I’m|I’ll|my|me|We|we|our|us)\b", choice.text), f"{scenario.id}/{node.id}/{choice.id}"


# The rules themselves, on made-up decisions, so that a rule that stops working is noticed.

def _choice(cid: str, text: str, **effects: int) -> Choice:
    return Choice(cid, text, effects, "stay", "f", None, 1)


def _scenario(*choices: Choice, band: str = "11-14", story: str = "A story.", **fields) -> Scenario:
    node = StoryNode("start", story, choices, 1)
    return Scenario("s", band, ("gifts",), "T", "Pupils can", {"start": node}, ("a", "b", "c"),
                    Provenance("a", "b", "c", "draft"), **fields)


def test_a_trade_off_needs_close_totals_and_each_choice_winning_somewhere():
    real = _scenario(_choice("a", "I aaa", fairness=2, care=-1), _choice("b", "I bbb", care=2, fairness=-1))
    near_miss = _scenario(_choice("a", "I aaa", honesty=2, fairness=1), _choice("b", "I bbb", honesty=2))
    far = _scenario(_choice("a", "I aaa", honesty=2, fairness=2), _choice("b", "I bbb", care=1))
    assert [rules.Decision(s, s.start).is_trade_off for s in (real, near_miss, far)] == [True, False, False]


def test_the_best_choice_being_the_longest_and_a_long_choice_are_caught():
    tell = _scenario(_choice("a", "I do the long and proper thing", honesty=2), _choice("b", "I do it", honesty=-1))
    decision = rules.Decision(tell, tell.start)
    assert decision.top_is_longest and decision.length_ratio > rules.LENGTH_RATIO
    assert any("times the shortest" in p for p in rules.check_scenario(tell))


def test_a_story_that_ends_at_its_first_answer_must_say_it_is_single_step():
    story = _scenario(_choice("a", "I go", care=1), _choice("b", "I stay", honesty=1))
    assert any("ends the story at the first step" in p for p in rules.check_scenario(story))
    single = _scenario(_choice("a", "I go", care=1), _choice("b", "I stay", honesty=1), shape="single-step")
    assert not any("first step" in p for p in rules.check_scenario(single))


def test_feedback_that_makes_corruption_sound_normal_is_refused_unless_it_quotes_to_answer_it():
    says = Choice("a", "I go", {"care": 1}, "stay", "Everyone does it, so it was fine.", None, 3)
    quotes = Choice("b", "I stay", {"honesty": 1}, "stay", "\"Everyone does it\" is not a reason.", None, 4)
    found = rules.check_scenario(_scenario(says, quotes))
    assert [p for p in found if "sound normal" in p] and not [p for p in found if "feedback of 'b'" in p]


def test_a_hard_story_for_seven_year_olds_is_caught_by_words_and_grade():
    long_words = " ".join(["Institutional responsibility necessitates considerable deliberation."] * 14)
    found = rules.check_scenario(_scenario(_choice("a", "I go", care=1), _choice("b", "I stay", honesty=1),
                                           band="6-10", story=long_words))
    assert any("words; at most 60" in p for p in found) and any("reading grade" in p for p in found)
    assert rules.reading_grade(["The cat sat on the mat. It was fun."]) < 3


def test_the_longest_path_counts_decisions_not_endings():
    end = StoryNode("end", "The end.", (), 3)
    second = StoryNode("second", "Then.", (Choice("x", "I x", {}, "stay", "f", "end", 2),
                                           Choice("y", "I y", {}, "stay", "f", None, 2)), 2)
    first = StoryNode("start", "Now.", (Choice("a", "I a", {}, "stay", "f", "second", 1),
                                        Choice("b", "I b", {}, "stay", "f", "end", 1)), 1)
    story = Scenario("s", "15-18", ("gifts",), "T", "Pupils can", {"start": first, "second": second, "end": end},
                     ("a",), Provenance("a", "b", "c", "d"))
    assert rules.longest_path(story) == 2
