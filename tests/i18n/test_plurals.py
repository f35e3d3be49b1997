"""Plural forms: Russian three, Kazakh two, from the .po header, in ngettext and npgettext."""

from __future__ import annotations

import pytest

from play_for_integrity.i18n import load_translator
from play_for_integrity.i18n.extraction import read_catalog
from play_for_integrity.i18n.languages import NPLURALS, PLURAL_FORMS, TRANSLATED_LANGUAGES, po_path
from play_for_integrity import paths
from tests.i18n.helpers import write_po

RU = '''msgid "%(n)d point"
msgid_plural "%(n)d points"
msgstr[0] "%(n)d балл"
msgstr[1] "%(n)d балла"
msgstr[2] "%(n)d баллов"

msgctxt "board"
msgid "{count} team"
msgid_plural "{count} teams"
msgstr[0] "{count} команда"
msgstr[1] "{count} команды"
msgstr[2] "{count} команд"

msgid "%(n)d vote"
msgid_plural "%(n)d votes"
msgstr[0] "%(n)d голос"
msgstr[1] ""
msgstr[2] "%(n)d голосов"
'''

KK = '''msgid "%(n)d point"
msgid_plural "%(n)d points"
msgstr[0] "%(n)d ұпай (бір)"
msgstr[1] "%(n)d ұпай"
'''


@pytest.fixture
def ru(tmp_path):
    write_po(tmp_path, "ru", RU)
    return load_translator("ru", tmp_path)


@pytest.mark.parametrize(("n", "expected"), [(1, "1 балл"), (2, "2 балла"), (5, "5 баллов"), (21, "21 балл"),
                                             (22, "22 балла"), (25, "25 баллов"), (11, "11 баллов"),
                                             (0, "0 баллов"), (12, "12 баллов"), (104, "104 балла")])
def test_russian_uses_three_forms(ru, n, expected):
    assert ru.ngettext("%(n)d point", "%(n)d points", n) % {"n": n} == expected


@pytest.mark.parametrize(("n", "expected"), [(1, "1 команда"), (3, "3 команды"), (11, "11 команд")])
def test_russian_plural_with_context(ru, n, expected):
    assert ru.npgettext("board", "{count} team", "{count} teams", n).format(count=n) == expected


def test_a_plural_with_an_empty_form_falls_back_to_english(ru):
    assert ru.ngettext("%(n)d vote", "%(n)d votes", 2) == "%(n)d votes"


@pytest.mark.parametrize(("n", "expected"), [(1, "1 ұпай (бір)"), (2, "2 ұпай"), (5, "5 ұпай"), (21, "21 ұпай")])
def test_kazakh_uses_two_forms(tmp_path, n, expected):
    write_po(tmp_path, "kk", KK)
    kk = load_translator("kk", tmp_path)
    assert kk.ngettext("%(n)d point", "%(n)d points", n) % {"n": n} == expected


def test_english_plural_without_a_catalog(tmp_path):
    en = load_translator("en", tmp_path)
    assert (en.ngettext("%(n)d point", "%(n)d points", 1), en.ngettext("%(n)d point", "%(n)d points", 21)) == (
        "%(n)d point", "%(n)d points")


@pytest.mark.parametrize("lang", TRANSLATED_LANGUAGES)
def test_the_shipped_catalog_header_has_the_right_plural_forms(lang):
    catalog = read_catalog(po_path(paths.locale_dir(), lang), lang)
    assert catalog.num_plurals == NPLURALS[lang]
    assert f"nplurals={catalog.num_plurals}; plural={catalog.plural_expr};" == PLURAL_FORMS[lang]
