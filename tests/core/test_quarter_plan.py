"""The year plan shares a band's stories over four quarters, on mixed themes, each story once."""

from __future__ import annotations

from datetime import date

import pytest

from play_for_integrity.content.library import load_library
from play_for_integrity.core.quarter_plan import QUARTERS, VOTE_STORIES, plan_year, quarter_of

LIBRARY = load_library()
THEMES = [t.id for t in LIBRARY.topics.values() if t.is_theme]


@pytest.mark.parametrize("band", sorted(LIBRARY.bands))
def test_every_story_of_the_band_is_planned_once_and_quarters_are_even(band):
    stories = LIBRARY.by_band(band)
    quarters = plan_year(stories, THEMES)
    planned = [s.id for q in quarters for s in q.stories]
    assert sorted(planned) == sorted(s.id for s in stories) and len(quarters) == QUARTERS
    sizes = [len(q.stories) for q in quarters]
    assert max(sizes) - min(sizes) <= 1


@pytest.mark.parametrize("band", sorted(LIBRARY.bands))
def test_a_quarter_mixes_themes_and_its_vote_takes_its_deepest_stories(band):
    for quarter in plan_year(LIBRARY.by_band(band), THEMES):
        main = [next(t for t in s.topics if t in THEMES) for s in quarter.stories]
        assert len(set(main)) >= len(main) - 1, f"quarter {quarter.number} repeats a theme: {main}"
        depth = {s.id: sum(1 for n in s.nodes.values() if n.choices) for s in quarter.stories}
        vote = [s.id for s in quarter.vote]
        assert len(vote) == VOTE_STORIES and set(vote) <= set(depth)
        assert min(depth[s] for s in vote) >= max([depth[s] for s in depth if s not in vote], default=0)


@pytest.mark.parametrize(("day", "quarter"), [(date(2026, 9, 1), 1), (date(2026, 10, 30), 1), (date(2026, 12, 1), 2),
                                              (date(2027, 3, 10), 3), (date(2027, 5, 20), 4), (date(2027, 7, 1), None)])
def test_the_quarter_of_a_date(day, quarter):
    assert quarter_of(day) == quarter
