"""Loading .po files: English fallback per string and per file, fuzzy ignored, no stale .mo, caching."""

from __future__ import annotations

import logging

import platformdirs

from play_for_integrity.i18n import LANGUAGES, catalog_notices, get_translator, load_translator, reload
from play_for_integrity.i18n.catalog_loader import default_cache_dir, load_catalog
from play_for_integrity.i18n.languages import po_path
from play_for_integrity.i18n.registry import use_data_dir
from play_for_integrity.user_data import ENV_VAR
from tests.i18n.helpers import po_header, write_po

HEADER_LINES = po_header("kk").count("\n")
BODY = '''msgid "Play"
msgstr "Ойнау"

#, fuzzy
msgid "Quit"
msgstr "Шығу"

msgid "Settings"
msgstr ""

msgctxt "button"
msgid "Back"
msgstr "Артқа"
'''


def test_languages_are_named_in_their_own_language_in_picker_order():
    assert list(LANGUAGES.items()) == [("kk", "Қазақша"), ("ru", "Русский"), ("en", "English")]


def test_a_translated_string_is_shown_translated(tmp_path):
    write_po(tmp_path, "kk", BODY)
    assert load_translator("kk", tmp_path).gettext("Play") == "Ойнау"


def test_a_context_selects_its_own_translation(tmp_path):
    write_po(tmp_path, "kk", BODY)
    tr = load_translator("kk", tmp_path)
    assert tr.pgettext("button", "Back") == "Артқа"
    assert tr.gettext("Back") == "Back"


def test_a_missing_string_falls_back_to_english(tmp_path):
    write_po(tmp_path, "kk", BODY)
    assert load_translator("kk", tmp_path).gettext("Settings") == "Settings"


def test_a_missing_string_is_logged_once(tmp_path, caplog):
    write_po(tmp_path, "kk", BODY)
    tr = load_translator("kk", tmp_path)
    with caplog.at_level(logging.INFO, logger="play_for_integrity.i18n.missing"):
        tr.gettext("Settings")
        tr.gettext("Settings")
    assert [r.getMessage() for r in caplog.records].count(
        "no kk translation for 'Settings': showing the English text") == 1
    assert tr.missing == {(None, "Settings")}


def test_english_never_logs_missing_strings(caplog):
    with caplog.at_level(logging.INFO, logger="play_for_integrity.i18n.missing"):
        assert get_translator("en").pgettext("x/title", "A title") == "A title"
    assert not caplog.records


def test_a_fuzzy_translation_is_not_used(tmp_path):
    write_po(tmp_path, "kk", BODY)
    assert load_translator("kk", tmp_path).gettext("Quit") == "Quit"


def test_an_empty_message_id_gives_an_empty_text_not_the_header(tmp_path):
    write_po(tmp_path, "kk", BODY)
    assert load_translator("kk", tmp_path).gettext("") == ""


def test_a_missing_po_file_falls_back_to_english_with_one_clear_warning(tmp_path, caplog):
    with caplog.at_level(logging.WARNING):
        tr = load_translator("ru", tmp_path)
        assert tr.gettext("Play") == "Play"
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert str(po_path(tmp_path, "ru")) in warnings[0] and "i18n update" in warnings[0]
    assert tr.problem == warnings[0] and not tr.has_catalog


def test_a_broken_po_file_falls_back_to_english_with_one_warning(tmp_path, caplog):
    path = write_po(tmp_path, "kk", 'msgid "Play"\nmsgstr "Ойнау\n\nthis is not a po file\n')
    with caplog.at_level(logging.WARNING):
        tr = load_translator("kk", tmp_path)
    assert tr.gettext("Play") == "Play"
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and warnings[0] == tr.problem
    assert warnings[0] == (f"{path}:{HEADER_LINES + 2}: this line's text has no closing quote (\"): add it "
                           "(1 more: run 'play-for-integrity i18n check' to see them); Kazakh texts are shown in "
                           "English until the file is fixed")


def test_an_unclosed_quote_never_loads_a_text_with_a_letter_missing(tmp_path):
    write_po(tmp_path, "kk", 'msgid "Play"\nmsgstr "Ойнау\n\nmsgid "Quit"\nmsgstr "Шығу"\n')
    tr = load_translator("kk", tmp_path)
    assert tr.gettext("Play") == "Play" and tr.gettext("Quit") == "Quit" and not tr.has_catalog


def test_catalog_notices_name_each_broken_catalog_and_nothing_else(tmp_path):
    write_po(tmp_path, "kk", BODY)
    write_po(tmp_path, "ru", 'msgid "Play"\nmsgstr "Играть\n', plural_forms=None)
    notices = catalog_notices(locale_dir=tmp_path)
    assert len(notices) == 1 and notices[0].startswith(f"{po_path(tmp_path, 'ru')}:{HEADER_LINES + 2}: ")
    assert "Russian texts are shown in English" in notices[0]


def test_catalog_notices_are_empty_for_the_shipped_catalogs():
    assert catalog_notices() == []


def test_a_bad_plural_forms_header_falls_back_to_english(tmp_path):
    write_po(tmp_path, "kk", BODY, plural_forms="nplurals=2; plural=(n != 1 ? import os : 0);")
    tr = load_translator("kk", tmp_path)
    assert tr.gettext("Play") == "Play" and tr.problem


def test_a_compiled_mo_beside_the_po_is_never_read(tmp_path):
    path = write_po(tmp_path, "kk", BODY)
    path.with_suffix(".mo").write_bytes(b"\xde\x12\x04\x95 stale compiled catalog")
    assert load_translator("kk", tmp_path).gettext("Play") == "Ойнау"


def test_the_second_load_comes_from_the_cache(tmp_path):
    path = write_po(tmp_path, "kk", BODY)
    cache = default_cache_dir()
    assert not load_catalog(path, "kk", cache).from_cache
    loaded = load_catalog(path, "kk", cache)
    assert loaded.from_cache and loaded.translations.gettext("Play") == "Ойнау"


def test_an_edited_po_is_read_again_rather_than_the_cache(tmp_path):
    write_po(tmp_path, "kk", BODY)
    load_translator("kk", tmp_path)
    write_po(tmp_path, "kk", BODY.replace("Ойнау", "Ойынды бастау"))
    assert load_translator("kk", tmp_path).gettext("Play") == "Ойынды бастау"


def test_a_damaged_cache_file_is_rebuilt(tmp_path):
    path = write_po(tmp_path, "kk", BODY)
    load_translator("kk", tmp_path)
    for cached in default_cache_dir().iterdir():
        cached.write_bytes(cached.read_bytes()[:80])
    assert not load_catalog(path, "kk", default_cache_dir()).from_cache
    assert load_translator("kk", tmp_path).gettext("Play") == "Ойнау"


def test_get_translator_keeps_one_translator_per_language(tmp_path):
    write_po(tmp_path, "kk", BODY)
    assert get_translator("kk", tmp_path) is get_translator("kk", tmp_path)
    assert get_translator("kk", tmp_path).lang == "kk"


def test_reload_reads_the_po_again(tmp_path):
    write_po(tmp_path, "kk", BODY)
    before = get_translator("kk", tmp_path)
    write_po(tmp_path, "kk", BODY.replace("Ойнау", "Ойна"))
    reload()
    after = get_translator("kk", tmp_path)
    assert after is not before and after.gettext("Play") == "Ойна"


def test_an_unknown_language_is_refused_by_name():
    try:
        get_translator("de")
    except ValueError as err:
        assert "kk, ru, en" in str(err)
    else:
        raise AssertionError("expected a ValueError")


def test_the_cache_follows_a_chosen_data_folder_else_the_user_cache_folder(tmp_path, monkeypatch):
    assert default_cache_dir(tmp_path / "lab") == (tmp_path / "lab").resolve() / "cache" / "i18n"
    monkeypatch.delenv(ENV_VAR)
    monkeypatch.setattr(platformdirs, "user_cache_dir", lambda *args, **kwargs: str(tmp_path / "user-cache"))
    assert default_cache_dir() == tmp_path / "user-cache" / "i18n"


def test_use_data_dir_sends_the_compiled_catalogs_there(tmp_path):
    write_po(tmp_path / "locale", "kk", BODY)
    use_data_dir(tmp_path / "lab")
    try:
        load_translator("kk", tmp_path / "locale")
    finally:
        use_data_dir(None)
    assert [p.name for p in (tmp_path / "lab" / "cache" / "i18n").iterdir()] == ["kk.catalog"]
    load_translator("kk", tmp_path / "locale")
    assert (default_cache_dir() / "kk.catalog").is_file()


def test_a_kept_translator_is_found_without_touching_the_disk(tmp_path, monkeypatch):
    """After the first look-up, get_translator is dictionary work: no stat of the .po or its folder (until reload)."""
    import os
    from pathlib import Path

    write_po(tmp_path, "kk", BODY)
    reload()
    first = [get_translator(lang, folder) for lang in ("kk", "ru") for folder in (tmp_path, None)]
    calls: list[str] = []
    for name in ("stat", "lstat", "open", "listdir", "scandir"):
        real = getattr(os, name)
        monkeypatch.setattr(os, name, lambda *args, _real=real, _name=name, **kwargs: calls.append(_name)
                            or _real(*args, **kwargs))
    monkeypatch.setattr(Path, "stat", lambda self, *args, **kwargs: calls.append("Path.stat") or os.stat(self))
    again = [get_translator(lang, folder) for _ in range(100) for lang in ("kk", "ru") for folder in (tmp_path, None)]
    assert calls == [] and again == first * 100
    monkeypatch.undo()
    write_po(tmp_path, "kk", BODY.replace("Ойнау", "Ойна"))
    assert get_translator("kk", tmp_path).gettext("Play") == "Ойнау", "a changed file waits for reload()"
    reload("kk")
    assert get_translator("kk", tmp_path).gettext("Play") == "Ойна"


def test_a_cached_catalog_translates_exactly_as_the_freshly_compiled_one(tmp_path):
    """The shipped Russian catalog, read once from the .po and once from the cache: every plural form, context
    and header the same (the cache keeps a dictionary and the plural rule, not a .mo)."""
    from play_for_integrity import paths

    po = paths.locale_dir() / "ru" / "LC_MESSAGES" / "messages.po"
    fresh = load_catalog(po, "ru", tmp_path)
    cached = load_catalog(po, "ru", tmp_path)
    assert not fresh.from_cache and cached.from_cache
    a, b = fresh.translations, cached.translations
    assert a._catalog == b._catalog and a.info() == b.info() and a.charset() == b.charset()
    for n in (0, 1, 2, 4, 5, 11, 21, 22, 25, 101, 111):
        assert a.plural(n) == b.plural(n)
        assert (b.ngettext("%(count)d notice for the teacher: show", "%(count)d notices for the teacher: show", n)
                == a.ngettext("%(count)d notice for the teacher: show", "%(count)d notices for the teacher: show", n))
    assert {b.plural(n) for n in (1, 2, 5)} == {0, 1, 2}


def test_an_unchanged_po_is_not_read_again_and_a_same_length_edit_is(tmp_path, monkeypatch):
    """While the .po's size and time are those the cache noted, the cache answers without reading the .po; an edit
    that keeps the length (a changed letter) changes the time, so the .po is read and its new text shown."""
    import os
    from pathlib import Path

    path = write_po(tmp_path, "kk", BODY)
    cache = tmp_path / "cache"
    load_catalog(path, "kk", cache)
    real_read = Path.read_bytes
    reads = []
    monkeypatch.setattr(Path, "read_bytes", lambda self: reads.append(self) or real_read(self))
    assert load_catalog(path, "kk", cache).translations.gettext("Play") == "Ойнау"
    assert path not in reads
    before = path.stat()
    path.write_bytes(path.read_bytes().replace("Ойнау".encode(), "Ойнай".encode()))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000))
    assert path.stat().st_size == before.st_size
    loaded = load_catalog(path, "kk", cache)
    assert not loaded.from_cache and loaded.translations.gettext("Play") == "Ойнай"


def test_a_touched_but_unchanged_po_is_served_from_the_cache_and_its_new_time_noted(tmp_path):
    import os

    path = write_po(tmp_path, "kk", BODY)
    cache = tmp_path / "cache"
    load_catalog(path, "kk", cache)
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 5_000_000_000))
    assert load_catalog(path, "kk", cache).from_cache  # same text: the SHA-256 matches
    header = next(cache.iterdir()).read_bytes().partition(b"\n")[0]
    assert str(path.stat().st_mtime_ns).encode() in header
