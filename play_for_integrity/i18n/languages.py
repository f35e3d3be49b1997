"""The game's languages: their own names, Babel locales, plural forms and where their catalogs live."""

from __future__ import annotations

from pathlib import Path

# Each language in its own name, in the order the language picker shows them.
LANGUAGES: dict[str, str] = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
DEFAULT_LANGUAGE = "kk"
SOURCE_LANGUAGE = "en"
TRANSLATED_LANGUAGES: tuple[str, ...] = tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)

# Babel locales for numbers and dates (never the C library's setlocale: kk_KZ maps to a legacy codepage there).
BABEL_LOCALES: dict[str, str] = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en"}
ENGLISH_NAMES: dict[str, str] = {"kk": "Kazakh", "ru": "Russian", "en": "English"}

# What every .po header must say (GNU gettext conventions, the same as Babel's and Poedit's).
PLURAL_FORMS: dict[str, str] = {
    "kk": "nplurals=2; plural=(n != 1);",
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "en": "nplurals=2; plural=(n != 1);",
}
NPLURALS: dict[str, int] = {"kk": 2, "ru": 3, "en": 2}

DOMAIN = "messages"
TEMPLATE_NAME = f"{DOMAIN}.pot"


def N_(message: str) -> str:
    """Mark `message` for extraction without translating it (for tables of labels translated when drawn)."""
    return message


def resolve_language(code: str | None) -> str:
    """A known language code for `code` ('ru', 'ru_RU', 'RU-ru', 'kk-KZ'...), else DEFAULT_LANGUAGE."""
    if code:
        base = code.replace("-", "_").split("_", 1)[0].strip().lower()
        if base in LANGUAGES:
            return base
    return DEFAULT_LANGUAGE


def check_language(lang: str) -> str:
    """`lang` itself when it is one of LANGUAGES; a ValueError naming the choices otherwise."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    return lang


def po_path(locale_dir: Path, lang: str, domain: str = DOMAIN) -> Path:
    """Where the catalog of `lang` lives: locale/<lang>/LC_MESSAGES/<domain>.po."""
    return locale_dir / lang / "LC_MESSAGES" / f"{domain}.po"
