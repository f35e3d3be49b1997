"""`i18n check`'s rules: placeholders kept, no Latin look-alikes inside Cyrillic words, plural header, fit hook."""

from __future__ import annotations

from pathlib import Path

from play_for_integrity.i18n.checks import catalog_problems, fit_problems, mixed_words, placeholder_problems
from play_for_integrity.i18n.extraction import read_catalog
from tests.i18n.helpers import write_po


def test_a_latin_c_in_a_kazakh_word_is_found_with_the_fix():
    found = mixed_words("Cалем, достар!")
    assert [(w.word, w.latin, w.suggestion) for w in found] == [("Cалем", "C", "Салем")]
    assert "U+0043" in str(found[0]) and "U+0421" in str(found[0])


def test_clean_cyrillic_and_latin_words_pass():
    assert mixed_words("Сәлем, достар! Ұлттық бірыңғай тестілеу, iPhone, Wi-Fi, ҰБТ-ға, SMS-ке") == []


def test_a_lowercase_look_alike_inside_a_russian_word_is_found():
    assert [w.suggestion for w in mixed_words("честнoсть")] == ["честность"]


def test_a_latin_letter_without_a_look_alike_is_still_reported():
    found = mixed_words("Sәлем")
    assert len(found) == 1 and found[0].suggestion is None


def test_kept_named_placeholders_pass():
    assert placeholder_problems("%(name)s has %(n)d points", "%(n)d ұпай: %(name)s") == []


def test_a_renamed_placeholder_is_reported():
    assert placeholder_problems("%(name)s won", "%(nam)s жеңді") == [
        "placeholders differ: the English has %(name)s, the translation has %(nam)s"]


def test_a_dropped_positional_placeholder_is_reported():
    assert placeholder_problems("Score: %s", "Счёт") != []


def test_a_literal_percent_sign_is_not_a_placeholder():
    assert placeholder_problems("100%% sure", "Уверен на 100%%") == []


def test_brace_placeholders_must_match():
    assert placeholder_problems("{team} wins", "{team} жеңді") == []
    assert placeholder_problems("{team} wins", "{команда} побеждает") != []


def test_each_plural_form_is_checked():
    assert placeholder_problems(("%(n)d point", "%(n)d points"), ("%(n)d балл", "%(n)d балла", "баллов")) == [
        "placeholders differ: the English has %(n)d, form 2 has none"]


def test_content_strings_are_not_checked_for_percent_directives():
    assert placeholder_problems("Only 10 % of the class", "Только 10 % класса", python_format=False) == []


def test_catalog_problems_give_file_and_line(tmp_path):
    path = write_po(tmp_path, "kk", 'msgid "Hello"\nmsgstr "Cалем"\n\n#, python-format\n'
                                    'msgid "%(n)d points"\nmsgstr "%(m)d ұпай"\n')
    problems = catalog_problems(read_catalog(path, "kk"), "kk", Path("kk.po"))
    assert problems[0].startswith("kk.po:10: 'Cалем' mixes")
    assert problems[1] == "kk.po:14: placeholders differ: the English has %(n)d, the translation has %(m)d"


def test_a_wrong_plural_forms_header_is_reported(tmp_path):
    path = write_po(tmp_path, "ru", "", plural_forms="nplurals=2; plural=(n != 1);")
    problems = catalog_problems(read_catalog(path, "ru"), "ru", Path("ru.po"))
    assert len(problems) == 1 and "nplurals=3" in problems[0]


def test_without_the_ui_package_the_fit_check_is_skipped_with_a_note(monkeypatch):
    monkeypatch.setattr("play_for_integrity.i18n.checks.FIT_HOOK", "play_for_integrity.no_such_ui.text_fit")
    problems, note = fit_problems({})
    assert problems == [] and "needs the ui package" in note


def test_the_fit_hook_gets_the_translators_and_its_problems_are_reported(monkeypatch, tmp_path):
    (tmp_path / "fake_fit.py").write_text(
        "def check_catalog_fits(translators):\n    return [f'{lang}: too long' for lang in sorted(translators)]\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr("play_for_integrity.i18n.checks.FIT_HOOK", "fake_fit")
    assert fit_problems({"kk": object(), "ru": object()}) == (["kk: too long", "ru: too long"], None)


def test_a_translation_with_a_character_the_font_lacks_is_named(tmp_path):
    from babel.messages.catalog import Catalog
    catalog = Catalog(locale="ru")
    catalog.add("Play", "Играть 😀", lineno=7)
    catalog.add("Stop", "Стоп", lineno=9)
    problems = [p for p in catalog_problems(catalog, "ru", tmp_path / "messages.po") if "font" in p]
    assert len(problems) == 1 and "U+1F600" in problems[0] and "messages.po" in problems[0]
