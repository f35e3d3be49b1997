"""Numbers, percentages and dates in each language's own way (Babel, never setlocale)."""

from __future__ import annotations

import datetime as dt

import pytest

from play_for_integrity.i18n import get_translator

NBSP = "\u00a0"
NNBSP = "\u202f"  # CLDR's narrow no-break space; the shipped Noto Sans has it


@pytest.mark.parametrize(("lang", "expected"), [("kk", f"12{NBSP}500"), ("ru", f"12{NBSP}500"), ("en", "12,500")])
def test_format_number_groups_thousands(lang, expected):
    assert get_translator(lang).format_number(12500) == expected


@pytest.mark.parametrize(("lang", "expected"), [("kk", "3,46"), ("ru", "3,46"), ("en", "3.46")])
def test_format_decimal_uses_the_language_decimal_sign(lang, expected):
    assert get_translator(lang).format_decimal(3.456, 2) == expected


def test_format_decimal_keeps_trailing_zeros():
    assert get_translator("ru").format_decimal(2, 1) == "2,0"


@pytest.mark.parametrize(("lang", "expected"), [("kk", "26%"), ("ru", f"26{NBSP}%"), ("en", "26%")])
def test_format_percent(lang, expected):
    assert get_translator(lang).format_percent(0.256) == expected


def test_format_percent_with_digits():
    assert get_translator("ru").format_percent(0.256, 1) == f"25,6{NBSP}%"


@pytest.mark.parametrize(("lang", "expected"), [("kk", f"2025{NNBSP}ж. 8 наурыз"), ("ru", f"8 марта 2025{NNBSP}г."),
                                                ("en", "March 8, 2025")])
def test_format_date(lang, expected):
    assert get_translator(lang).format_date(dt.date(2025, 3, 8)) == expected


@pytest.mark.parametrize(("lang", "expected"), [("kk", f"2025{NNBSP}ж. 8 наурыз, 14:05"),
                                                ("ru", f"8 марта 2025{NNBSP}г., 14:05"),
                                                ("en", f"March 8, 2025, 2:05{NNBSP}PM")])
def test_format_datetime(lang, expected):
    assert get_translator(lang).format_datetime(dt.datetime(2025, 3, 8, 14, 5)) == expected


@pytest.mark.parametrize(("lang", "expected"), [("kk", ","), ("ru", ","), ("en", ".")])
def test_decimal_symbol(lang, expected):
    assert get_translator(lang).decimal_symbol == expected
