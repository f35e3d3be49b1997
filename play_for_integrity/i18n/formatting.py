"""Numbers, percentages and dates written the way each language writes them, through Babel's CLDR data."""

from __future__ import annotations

from typing import TYPE_CHECKING

from play_for_integrity.i18n.languages import BABEL_LOCALES, check_language

if TYPE_CHECKING:
    import datetime as dt
    from decimal import Decimal

    from babel import Locale

Number = "int | float | Decimal"  # for annotations only (decimal is imported for type checkers, not at run time)


def _with_fraction_digits(pattern: str, digits: int) -> str:
    """A CLDR number pattern such as '#,##0 %' given exactly `digits` digits after the decimal sign."""
    if digits < 0:
        raise ValueError(f"digits must be 0 or more, not {digits}")
    head, sep, tail = pattern.partition(";")  # a negative sub-pattern is not used by kk/ru/en
    last_zero = head.rfind("0")
    if last_zero < 0 or digits == 0:
        return pattern
    return head[: last_zero + 1] + "." + "0" * digits + head[last_zero + 1:] + sep + tail


class LocaleFormatter:
    """Formats values for one language; holds its Babel Locale, read on the first value formatted (Babel's import
    and its locale data would otherwise cost the game's first frame, which formats none)."""

    def __init__(self, lang: str):
        self._locale_name = BABEL_LOCALES[check_language(lang)]
        self._locale: Locale | None = None
        self._small_numbers: dict[int, str] = {}

    @property
    def locale(self) -> Locale:
        if self._locale is None:
            from babel import Locale

            self._locale = Locale.parse(self._locale_name)
        return self._locale

    @property
    def decimal_symbol(self) -> str:
        """',' in Kazakh and Russian, '.' in English."""
        from babel import numbers as babel_numbers
        return babel_numbers.get_decimal_symbol(self.locale)

    def format_number(self, n: Number) -> str:
        """A count or other number with the language's digit grouping: 12 500 (kk, ru), 12,500 (en)."""
        if type(n) is int and -1000 <= n <= 10000:  # scores, squares, counts: each written once, then looked up
            written = self._small_numbers.get(n)
            if written is None:
                from babel import numbers as babel_numbers
                written = self._small_numbers[n] = babel_numbers.format_decimal(n, locale=self.locale)
            return written
        from babel import numbers as babel_numbers
        return babel_numbers.format_decimal(n, locale=self.locale)

    def format_decimal(self, x: Number, digits: int = 1) -> str:
        """`x` rounded to exactly `digits` decimals: 3,5 (kk, ru), 3.5 (en)."""
        from babel import numbers as babel_numbers
        pattern = _with_fraction_digits("#,##0", digits)
        return babel_numbers.format_decimal(x, format=pattern, locale=self.locale)

    def format_percent(self, fraction: Number, digits: int = 0) -> str:
        """0.25 -> '25%' (kk, en) or '25 %' (ru, with a no-break space)."""
        from babel import numbers as babel_numbers
        pattern = _with_fraction_digits(self.locale.percent_formats[None].pattern, digits)
        return babel_numbers.format_percent(fraction, format=pattern, locale=self.locale)

    def format_date(self, date: dt.date, format: str = "long") -> str:
        """'2025 ж. 8 наурыз', '8 марта 2025 г.', 'March 8, 2025'; format is a Babel width or pattern."""
        from babel import dates as babel_dates
        return babel_dates.format_date(date, format=format, locale=self.locale)

    def format_time(self, time: dt.time | dt.datetime, format: str = "short") -> str:
        from babel import dates as babel_dates
        return babel_dates.format_time(time, format=format, locale=self.locale)

    def format_datetime(self, moment: dt.datetime, date_format: str = "long", time_format: str = "short") -> str:
        """The date and the time (without seconds) joined the way the language joins them."""
        from babel import dates as babel_dates
        joiner = babel_dates.get_datetime_format("medium", locale=self.locale).replace("'", "")
        return (joiner.replace("{1}", self.format_date(moment, date_format))
                      .replace("{0}", self.format_time(moment, time_format)))

    def format_list(self, items: list[str]) -> str:
        """Names joined as the language joins them: 'A, B and C', 'A, B и C', 'A, B және C'."""
        from babel import lists as babel_lists
        return babel_lists.format_list(list(items), locale=self.locale) if items else ""
