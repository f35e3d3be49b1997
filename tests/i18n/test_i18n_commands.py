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
