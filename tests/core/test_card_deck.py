"""Seeded dice and decks: exact replays, every card once per pass, never the same card twice in a row."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from play_for_integrity.core.card_deck import deal, roll_dice

decks = st.lists(st.text(min_size=1, max_size=5), min_size=1, max_size=8, unique=True)


def test_dice_are_fair_sided_and_repeatable():
    rolls = [roll_dice(42, turn) for turn in range(600)]
    assert set(rolls) == {1, 2, 3, 4, 5, 6}
    assert all(60 <= n <= 140 for n in Counter(rolls).values())
    assert rolls == [roll_dice(42, turn) for turn in range(600)]
    assert rolls != [roll_dice(43, turn) for turn in range(600)]


@settings(max_examples=200, deadline=None)
@given(decks, st.integers(), st.integers(min_value=1, max_value=4))
def test_each_pass_deals_every_card_once_and_never_repeats_back_to_back(deck, seed, passes):
    dealt = [deal(deck, seed, "dilemma", i) for i in range(len(deck) * passes)]
    for p in range(passes):
        assert sorted(dealt[p * len(deck):(p + 1) * len(deck)]) == sorted(deck)
    if len(deck) > 1:
        assert all(a != b for a, b in zip(dealt, dealt[1:]))


def test_the_order_depends_on_the_seed_and_the_deck_kind():
    deck = [f"card-{i}" for i in range(10)]
    order = [deal(deck, 1, "dilemma", i) for i in range(10)]
    assert order == [deal(deck, 1, "dilemma", i) for i in range(10)]
    assert order != [deal(deck, 2, "dilemma", i) for i in range(10)]
    assert order != [deal(deck, 1, "task", i) for i in range(10)]


def test_a_new_pass_is_shuffled_anew():
    deck = [f"card-{i}" for i in range(10)]
    first = [deal(deck, 1, "task", i) for i in range(10)]
    second = [deal(deck, 1, "task", i) for i in range(10, 20)]
    assert first != second


def test_dealing_from_nothing_is_refused():
    with pytest.raises(ValueError):
        deal([], 1, "task", 0)
    with pytest.raises(ValueError):
        deal(["a"], 1, "task", -1)
