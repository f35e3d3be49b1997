"""Formula neutralisation of exported text."""

from __future__ import annotations

import pytest

from play_for_integrity.results.cell_safety import neutralise


@pytest.mark.parametrize("text", ["=1+1", "+7 701", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_formula_starts_get_a_quote(text):
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("text", ["Аружан", "7Б", "", "a=b", "'already"])
def test_ordinary_text_is_unchanged(text):
    assert neutralise(text) == text
