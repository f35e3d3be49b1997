"""Every sentence a teacher reads is translated when shown: notices, "(no class)", the preview's hints.

The catalogs may not have the new sentences yet, so a stand-in translator marks what went through gettext.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from play_for_integrity.content.problems import Problem
from play_for_integrity.play.notices import Notice, shown
from play_for_integrity.results.game_recorder import NO_CLASS
from play_for_integrity.ui.fonts import FontBook
from play_for_integrity.ui.launch import skipped_notices
from play_for_integrity.ui.screenshot_hour import demo_board


def marked(message: str) -> str:
    return f"[ru] {message}"


@pytest.fixture
def app(make_app, monkeypatch):
    made = make_app("ru")
    monkeypatch.setattr(made.session.tr, "gettext", marked)
    return made



def show(app, name: str, *args) -> None:
    app.push(name, *args)
    app.stack.apply()
    app.render()


def test_a_notice_is_english_text_that_is_translated_when_shown(app):
    notice = Notice("the card “%(card)s” was skipped", card="x1")
    assert notice == "the card “x1” was skipped" and notice in ["the card “x1” was skipped"]
    assert shown(app.session.tr, notice) == "[ru] the card “x1” was skipped"
    assert shown(app.session.tr, "plain text") == "plain text"
    broken = SimpleNamespace(gettext=lambda message: "%(nothing)s")
    assert shown(broken, notice) == notice, "a translation with a wrong placeholder falls back to English"


def test_a_skipped_file_notice_keeps_file_line_and_message_as_parameters(app, drawn):
    problems = [Problem("x", 14, 5, "unknown field 'titel'")] * 3
    [notice] = skipped_notices(SimpleNamespace(skipped={"scenarios/a.yaml": problems},
                                               catalogs=SimpleNamespace(problems=[])))
    assert notice.params == {"file": "scenarios/a.yaml", "line": 14, "message": "unknown field 'titel'", "count": 3}
    app.session.notify(notice)
    show(app, "notices")
    assert any(text.startswith("• [ru] scenarios/a.yaml was skipped: line 14: unknown field 'titel'") for text in drawn)


def test_a_removed_card_is_named_or_called_a_card(app):
    hour = demo_board(app, stop="dilemma")
    del app.session.library.scenarios[hour.game.card]
    show(app, "board", app.session.resume_board(hour.game))
    app.stack.top.open_card()
    named = [n for n in app.session.notices if "no longer in the content" in n]
    assert named and "None" not in named[0]
    assert shown(app.session.tr, named[0]).startswith("[ru] ")


def test_a_card_without_an_id_is_called_a_card(app, monkeypatch):
    from play_for_integrity.play.board import BoardHour
    hour = demo_board(app, stop="task")
    monkeypatch.setattr(BoardHour, "task", property(lambda self: None))
    monkeypatch.setattr(BoardHour, "missing_card", property(lambda self: None))
    show(app, "board", hour)
    app.stack.top.open_card()
    assert any("a card of the saved game" in n for n in app.session.notices)
    assert not any("None" in n for n in app.session.notices)


def test_no_class_is_translated_in_the_teacher_view(app, drawn):
    from play_for_integrity.ui.screenshot import _demo_store
    store = _demo_store(app.session, filled=False)
    sid = store.start_session(NO_CLASS, "vote", "6-10", "ru", [])
    store.add_participant(sid, NO_CLASS)
    show(app, "teacher-sessions")
    assert f"[ru] {NO_CLASS}" in drawn and NO_CLASS not in drawn


def test_the_preview_hint_and_a_missing_file_are_translated(app, drawn):
    show(app, "preview-error", [Problem("s.yaml", 3, 1, "unknown field", "did you mean 'title'?")])
    assert any("[ru] hint: did you mean 'title'?" in text for text in drawn)


def test_a_missing_font_is_a_translated_notice(app, tmp_path):
    reports: list[str] = []
    FontBook(tmp_path, report=reports.append).get(20)
    assert reports and isinstance(reports[0], Notice)
    assert shown(app.session.tr, reports[0]).startswith("[ru] The font file")
