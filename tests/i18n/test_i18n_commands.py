"""`play-for-integrity i18n status|check|extract|update` on a temporary content folder."""

from __future__ import annotations

import shutil

import pytest
from babel.messages.pofile import read_po

from play_for_integrity.cli import main
from play_for_integrity.i18n.extraction import read_catalog, write_catalog
from play_for_integrity.i18n.languages import po_path
from tests.i18n.helpers import FIXTURE_CONTENT


@pytest.fixture
def content(tmp_path, monkeypatch):
    """A content root with the fixture scenarios and an empty locale folder, used as the shipped one."""
    shutil.copytree(FIXTURE_CONTENT / "scenarios", tmp_path / "scenarios")
    (tmp_path / "locale").mkdir()
    monkeypatch.setenv("PLAY_FOR_INTEGRITY_CONTENT", str(tmp_path))
    monkeypatch.setattr("play_for_integrity.i18n.checks.FIT_HOOK", "play_for_integrity.no_such_ui.text_fit")
    return tmp_path


def _translate_everything(locale_dir, lang):
    path = po_path(locale_dir, lang)
    catalog = read_catalog(path, lang)
    for message in catalog:
        if message.id and isinstance(message.id, tuple):
            message.string = tuple(f"[{lang}] {message.id[1]}" for _ in range(catalog.num_plurals))
        elif message.id:
            message.string = f"[{lang}] {message.id}"
    write_catalog(catalog, path)


def test_extract_writes_the_template(content, capsys):
    assert main(["i18n", "extract"]) == 0
    with open(content / "locale" / "messages.pot", "rb") as fileobj:
        template = read_po(fileobj)
    assert template.get("The spelling test", context="spelling-test/title") is not None
    assert "written to" in capsys.readouterr().out


def test_update_creates_both_catalogs_with_their_plural_forms(content):
    assert main(["i18n", "update"]) == 0
    assert read_catalog(po_path(content / "locale", "ru"), "ru").num_plurals == 3
    assert read_catalog(po_path(content / "locale", "kk"), "kk").num_plurals == 2


def test_update_keeps_existing_translations(content):
    main(["i18n", "update"])
    _translate_everything(content / "locale", "kk")
    main(["i18n", "update"])
    catalog = read_catalog(po_path(content / "locale", "kk"), "kk")
    assert catalog.get("Honesty", context="value/honesty/name").string == "[kk] Honesty"


def test_status_fails_while_a_language_is_incomplete(content, capsys):
    main(["i18n", "update"])
    _translate_everything(content / "locale", "kk")
    assert main(["i18n", "status"]) == 1
    out = capsys.readouterr().out
    assert "ru" in out and "missing" in out


def test_status_passes_when_everything_is_translated(content, capsys):
    main(["i18n", "update"])
    _translate_everything(content / "locale", "kk")
    _translate_everything(content / "locale", "ru")
    assert main(["i18n", "status"]) == 0
    assert "100.0 %" in capsys.readouterr().out


def test_status_sees_a_new_source_string_without_an_update(content, capsys):
    main(["i18n", "update"])
    _translate_everything(content / "locale", "kk")
    _translate_everything(content / "locale", "ru")
    values = content / "scenarios" / "values.yaml"
    values.write_text(values.read_text(encoding="utf-8") + "  - id: respect\n    name: Respect\n"
                      "    description: Treating people with care.\n", encoding="utf-8")
    assert main(["i18n", "status"]) == 1
    assert "out of date" in capsys.readouterr().out


def test_status_counts_an_edited_source_string_as_obsolete_and_missing(content, capsys):
    main(["i18n", "update"])
    _translate_everything(content / "locale", "kk")
    _translate_everything(content / "locale", "ru")
    topics = content / "scenarios" / "topics.yaml"
    topics.write_text(topics.read_text(encoding="utf-8").replace("Tests and exams", "Tests"), encoding="utf-8")
    assert main(["i18n", "status", "--list"]) == 1
    out = capsys.readouterr().out
    assert "missing [kk] scenarios/topics.yaml:3: topic/exams/name | Tests" in out


def test_update_turns_an_edited_string_fuzzy_and_fuzzy_is_counted(content, capsys):
    main(["i18n", "update"])
    _translate_everything(content / "locale", "kk")
    topics = content / "scenarios" / "topics.yaml"
    topics.write_text(topics.read_text(encoding="utf-8").replace("Tests and exams", "Tests and exam"), encoding="utf-8")
    main(["i18n", "update"])
    message = read_catalog(po_path(content / "locale", "kk"), "kk").get("Tests and exam", context="topic/exams/name")
    assert message.fuzzy and message.string == "[kk] Tests and exams"


def test_check_reports_a_look_alike_letter_and_exits_1(content, capsys):
    main(["i18n", "update"])
    path = po_path(content / "locale", "kk")
    catalog = read_catalog(path, "kk")
    catalog.get("Honesty", context="value/honesty/name").string = "Шыншылдық"
    catalog.get("Courage", context="value/courage/name").string = "Бaтылдық"  # a Latin a
    write_catalog(catalog, path)
    assert main(["i18n", "check"]) == 1
    out = capsys.readouterr().out
    assert "'Бaтылдық' mixes the Latin letter a (U+0061)" in out and "'Батылдық'" in out
    assert "Шыншылдық" not in out


def test_check_passes_clean_catalogs(content, capsys):
    main(["i18n", "update"])
    assert main(["i18n", "check"]) == 0


def test_check_reports_a_missing_catalog(content, capsys):
    assert main(["i18n", "check"]) == 1
    assert "missing" in capsys.readouterr().out


def test_status_list_shows_a_fuzzy_text_with_the_english_it_was_made_from(content, capsys):
    main(["i18n", "update"])
    _translate_everything(content / "locale", "kk")
    topics = content / "scenarios" / "topics.yaml"
    topics.write_text(topics.read_text(encoding="utf-8").replace("Tests and exams", "Tests and exam"), encoding="utf-8")
    main(["i18n", "update"])
    capsys.readouterr()
    assert main(["i18n", "status", "--list"]) == 1
    lines = capsys.readouterr().out.splitlines()
    path = po_path(content / "locale", "kk")
    po_line = read_catalog(path, "kk").get("Tests and exam", context="topic/exams/name").lineno
    at = lines.index(f"  fuzzy [kk] {path}:{po_line} (scenarios/topics.yaml:3): topic/exams/name")
    assert lines[at + 1:at + 4] == ["      English now: Tests and exam", "      made from:   Tests and exams",
                                    "      fuzzy text:  [kk] Tests and exams"]


def test_status_list_leaves_out_made_from_when_the_po_does_not_say(content, capsys):
    main(["i18n", "update"])
    path = po_path(content / "locale", "kk")
    catalog = read_catalog(path, "kk")
    message = catalog.get("Honesty", context="value/honesty/name")
    message.string, message.flags = "Шыншылдық", {"fuzzy"}
    write_catalog(catalog, path)
    assert main(["i18n", "status", "--list"]) == 1
    out = capsys.readouterr().out
    assert "      English now: Honesty\n      fuzzy text:  Шыншылдық\n" in out


def test_status_without_list_shows_no_fuzzy_entries(content, capsys):
    main(["i18n", "update"])
    path = po_path(content / "locale", "kk")
    catalog = read_catalog(path, "kk")
    message = catalog.get("Honesty", context="value/honesty/name")
    message.string, message.flags = "Шыншылдық", {"fuzzy"}
    write_catalog(catalog, path)
    main(["i18n", "status"])
    assert "English now" not in capsys.readouterr().out


def _break_a_quote(path) -> int:
    """Remove the closing quote of the first translated msgstr; return its line number."""
    lines = path.read_text(encoding="utf-8").split("\n")
    number = next(i for i, line in enumerate(lines) if line.startswith('msgstr "[kk]'))
    lines[number] = lines[number][:-1]
    path.write_text("\n".join(lines), encoding="utf-8")
    return number + 1


def test_status_reports_a_syntax_error_with_file_and_line(content, capsys):
    main(["i18n", "update"])
    _translate_everything(content / "locale", "kk")
    _translate_everything(content / "locale", "ru")
    path = po_path(content / "locale", "kk")
    line = _break_a_quote(path)
    capsys.readouterr()
    assert main(["i18n", "status"]) == 1
    assert f"{path}:{line}: this line's text has no closing quote (\"): add it" in capsys.readouterr().out.splitlines()


def test_check_reports_a_syntax_error_with_file_and_line(content, capsys):
    main(["i18n", "update"])
    _translate_everything(content / "locale", "kk")
    path = po_path(content / "locale", "kk")
    line = _break_a_quote(path)
    capsys.readouterr()
    assert main(["i18n", "check"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert f"{path}:{line}: this line's text has no closing quote (\"): add it" in out
    assert out[-1] == "1 problem(s): 1 syntax"


def test_update_leaves_a_catalog_with_a_syntax_error_untouched(content, capsys):
    main(["i18n", "update"])
    _translate_everything(content / "locale", "kk")
    path = po_path(content / "locale", "kk")
    line = _break_a_quote(path)
    before = path.read_bytes()
    assert main(["i18n", "update"]) == 1
    assert path.read_bytes() == before
    assert f"{path}:{line}: this line's text has no closing quote" in capsys.readouterr().err


def test_a_changed_text_keeps_each_languages_own_translation_as_fuzzy(content, capsys):
    main(["i18n", "update"])
    for lang in ("kk", "ru"):
        path = po_path(content / "locale", lang)
        catalog = read_catalog(path, lang)
        catalog.get("Tests and exams", context="topic/exams/name").string = f"[{lang}] exams"
        write_catalog(catalog, path)
    topics = content / "scenarios" / "topics.yaml"
    topics.write_text(topics.read_text(encoding="utf-8").replace("Tests and exams", "Tests and exam"), encoding="utf-8")
    main(["i18n", "update"])
    for lang in ("kk", "ru"):
        message = read_catalog(po_path(content / "locale", lang), lang).get("Tests and exam", context="topic/exams/name")
        assert message.fuzzy and message.string == f"[{lang}] exams"
