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


def _with_mo(catalog, lang: str):
    """The reference: GNU gettext reading the .mo Babel's own writer makes of `catalog`'s shown messages."""
    import gettext
    import io

    from babel.messages.mofile import write_mo

    from play_for_integrity.i18n.catalog_loader import _header, catalog_nplurals, has_translation

    nplurals = catalog_nplurals(catalog, lang)
    for message in list(catalog):
        if message.id and not has_translation(message, nplurals):
            del catalog[message.id, message.context]  # as the game shows them: no fuzzy or incomplete message
    catalog.header_comment = ""
    catalog.mime_headers = [(key.title(), value) for key, value in _header(catalog, lang).items()]
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def test_the_compiled_catalog_is_the_dictionary_gettext_reads_from_a_mo(tmp_path):
    """Every shown message of the shipped Russian and Kazakh catalogs, singular and plural, in a context or not,
    keyed and valued exactly as gettext's .mo reader would hold them (Babel's write_mo as the reference)."""
    from play_for_integrity import paths
    from play_for_integrity.i18n.catalog_loader import compile_catalog
    from play_for_integrity.i18n.po_syntax import read_po_file

    for lang in ("ru", "kk"):
        po = po_path(paths.locale_dir(), lang)
        ours = compile_catalog(read_po_file(po, lang), lang)
        reference = _with_mo(read_po_file(po, lang), lang)
        assert ours._catalog.keys() == reference._catalog.keys()
        assert ours._catalog == {**reference._catalog, "": ours._catalog[""]}  # the header text is written apart
        assert {key: value.lower() for key, value in ours.info().items()} == {
            key: value.lower() for key, value in reference.info().items() if key in ours.info()}
        assert any(isinstance(key, tuple) for key in ours._catalog)  # plurals were compared too
        assert any("\x04" in key for key in ours._catalog if isinstance(key, str))  # and contexts


def test_the_game_reads_the_same_translations_without_a_po_files_comments(tmp_path):
    """The game parses a .po without its comments, locations and obsolete entries (half the work): the same
    translations as from the whole catalog, fuzzy ones still left out."""
    from play_for_integrity.i18n.catalog_loader import compile_catalog
    from play_for_integrity.i18n.po_syntax import parse_po

    body = ('# a translator\'s note\n#. Story of step "start"\n#: scenarios/6-10/a.yaml:3\n'
            '#| msgid "Old play"\nmsgid "Play"\nmsgstr "Ойнау"\n\n'
            '#: scenarios/6-10/a.yaml:9\n#, fuzzy\nmsgid "Quit"\nmsgstr "Шығу"\n\n'
            '#. a comment before a context\nmsgctxt "button"\nmsgid "Back"\nmsgstr "Артқа"\n\n'
            '#, python-format\nmsgid "%(n)d point"\nmsgid_plural "%(n)d points"\nmsgstr[0] "%(n)d ұпай"\n'
            'msgstr[1] "%(n)d ұпай"\n\n'
            '#~ msgid "Gone"\n#~ msgstr "Жоқ"\n')
    data = (po_header("kk") + body).encode()
    whole = parse_po(data, "kk.po", "kk")
    lean = parse_po(data, "kk.po", "kk", comments=False)
    assert whole.get("Play").auto_comments and not lean.get("Play").auto_comments  # the comments were left out
    assert whole.get("Play").previous_id == ["Old play"] and whole.obsolete and not lean.obsolete
    assert lean.get("Quit").fuzzy
    assert compile_catalog(lean, "kk")._catalog == compile_catalog(whole, "kk")._catalog
    assert compile_catalog(lean, "kk").gettext("Quit") == "Quit"


def test_a_syntax_slip_after_comments_is_reported_at_the_same_line_without_them(tmp_path):
    from play_for_integrity.i18n.po_syntax import PoSyntaxError, parse_po

    data = (po_header("kk") + '#. note\n#: a.yaml:1\nmsgid "Play"\nmsgstr "Ойнау"\n\n'
            '# note\nmsgid "Play"\nmsgstr "Бастау"\n').encode()
    for comments in (True, False):
        try:
            parse_po(data, "kk.po", "kk", comments=comments)
        except PoSyntaxError as err:
            assert err.problems == [f"kk.po:{HEADER_LINES + 7}: this entry repeats the msgid (and msgctxt) of the "
                                    f"one at line {HEADER_LINES + 3}: keep one of them"]
        else:
            raise AssertionError("the repeated msgid was not reported")
