"""The teacher view: the PIN (first use, wrong, right, the wait), the sessions list, one session, export, delete."""

from __future__ import annotations

import csv
import json

import openpyxl
import pygame
import pytest

from play_for_integrity.core.clock import SteppedClock
from play_for_integrity.results.merge import merge_files
from play_for_integrity.results.store import ResultsStore
from play_for_integrity.ui.painter import Painter
from play_for_integrity.play import teacher_export
from play_for_integrity.ui.scenes.pin import PinScene
from play_for_integrity.ui.scenes.teacher_delete import DeleteSessionScene
from play_for_integrity.ui.scenes.teacher_message import TeacherMessageScene
from play_for_integrity.ui.scenes.teacher_session import TeacherSessionScene
from play_for_integrity.ui.scenes.teacher_sessions import TeacherSessionsScene
from play_for_integrity.ui.scenes.title import TitleScene
from tests.results.conftest import at, record_class, record_vote

from .conftest import click, key, spy_on_texts

PIN = "2468"


def type_text(app, text: str) -> None:
    app.handle(pygame.event.Event(pygame.TEXTINPUT, text=text))
    app.stack.apply()


def drawn_texts(app, monkeypatch) -> list[str]:
    """Every text the top scene draws in one full render."""
    original = Painter.text
    texts = spy_on_texts(monkeypatch)
    app.invalidate()
    painter = app.render()
    monkeypatch.setattr(Painter, "text", original)
    assert painter.overflows == []
    return texts


@pytest.fixture
def app(make_app):
    made = make_app()
    made.push("title")
    made.stack.apply()
    made.render()
    return made


@pytest.fixture
def store(app):
    opened = ResultsStore.open(app.session.data_dir)
    yield opened
    opened.close()


@pytest.fixture
def with_pin(store):
    store.set_pin(PIN)
    return store


def open_view(app) -> None:
    app.stack.top.open_teacher()
    app.stack.apply()
    app.render()


def enter_pin(app, pin: str = PIN) -> None:
    type_text(app, pin)
    key(app, pygame.K_RETURN)
    app.render()


def in_stack(app, kind) -> bool:
    return any(isinstance(scene, kind) for scene in app.stack.scenes)


# -- the PIN -------------------------------------------------------------------------------------------
def test_first_use_sets_the_pin_typed_twice(app, store):
    open_view(app)
    assert isinstance(app.stack.top, PinScene) and app.stack.top.setting
    enter_pin(app)
    assert isinstance(app.stack.top, PinScene), "the PIN must be typed a second time"
    enter_pin(app)
    assert isinstance(app.stack.top, TeacherSessionsScene)
    assert store.check_pin(PIN)


def test_two_different_pins_are_refused(app, store):
    open_view(app)
    enter_pin(app, "2468")
    enter_pin(app, "1357")
    scene = app.stack.top
    assert isinstance(scene, PinScene) and not store.has_pin()
    assert scene.pin.text == scene.again.text == "" and scene.form.focused_field is scene.pin


@pytest.mark.parametrize("pin", ["12", "135792468"])
def test_a_new_pin_has_4_to_8_digits(app, store, pin):
    open_view(app)
    type_text(app, pin)
    key(app, pygame.K_TAB)
    type_text(app, pin)
    key(app, pygame.K_RETURN)
    if len(pin) > 8:  # the field stops at 8 digits, so the two fields hold the same 8-digit PIN
        assert store.check_pin(pin[:8])
    else:
        assert isinstance(app.stack.top, PinScene) and not store.has_pin()


def test_an_easy_pin_is_refused_with_a_translated_reason(make_app):
    app = make_app("ru")
    app.push("title")
    app.stack.apply()
    open_view(app)
    for pin in ("1111", "1234"):
        type_text(app, pin)
        key(app, pygame.K_TAB)
        type_text(app, pin)
        key(app, pygame.K_RETURN)
        scene = app.stack.top
        assert isinstance(scene, PinScene) and not app.session.results.open().has_pin()
        assert scene.message is not None and scene.message[1], "the reason is a message id, shown translated"
        assert scene._message_text() != scene.message[0], "shown in Russian, not English"
        scene.pin.clear()
        scene.again.clear()
        scene.form.focus_field(scene.pin)


def test_the_right_pin_opens_the_sessions(app, with_pin):
    open_view(app)
    assert isinstance(app.stack.top, PinScene) and not app.stack.top.setting
    enter_pin(app)
    assert isinstance(app.stack.top, TeacherSessionsScene)


def test_the_keypad_types_into_the_pin_field(app, with_pin):
    open_view(app)
    scene = app.stack.top
    for digit in PIN:
        click(app, scene.keys["123456789 0".index(digit)].rect.center)  # the space is the erase key
    click(app, scene.ok.rect.center)
    assert isinstance(app.stack.top, TeacherSessionsScene)


def test_a_wrong_pin_says_so_and_keeps_the_view_closed(app, with_pin):
    open_view(app)
    enter_pin(app, "1111")
    scene = app.stack.top
    assert isinstance(scene, PinScene) and scene.pin.text == "" and scene._message_text()
    assert app.session.teacher.failures == 1 and app.session.teacher.wait == 0


def test_three_wrong_pins_mean_a_wait_counted_by_the_game_clock(app, with_pin):
    open_view(app)
    for wrong in ("1111", "2222", "3333"):
        enter_pin(app, wrong)
    assert app.session.teacher.wait > 0
    enter_pin(app)
    assert isinstance(app.stack.top, PinScene), "while waiting even the right PIN is not tried"
    clock = SteppedClock(step=1.0, max_steps=100)
    app.step(app.session.teacher.wait - 1, clock)
    assert app.session.teacher.wait > 0
    app.step(1.5, clock)
    assert app.session.teacher.wait == 0
    enter_pin(app)
    assert isinstance(app.stack.top, TeacherSessionsScene) and app.session.teacher.failures == 0


def test_the_wait_is_not_undone_by_leaving_and_coming_back(app, with_pin):
    open_view(app)
    for wrong in ("1111", "2222", "3333"):
        enter_pin(app, wrong)
    key(app, pygame.K_ESCAPE)
    assert isinstance(app.stack.top, TitleScene)
    open_view(app)
    enter_pin(app)
    assert isinstance(app.stack.top, PinScene) and app.session.teacher.wait > 0


def test_pupils_cannot_reach_the_sessions_without_the_pin(app, with_pin):
    open_view(app)
    key(app, pygame.K_RETURN)
    for _ in range(len(app.stack.top.form.group.buttons) + 1):
        key(app, pygame.K_TAB)
        if app.stack.top.form.group.focus >= 0 and app.stack.top.form.group.buttons[app.stack.top.form.group.focus] \
                is app.stack.top.back_button:
            continue
        key(app, pygame.K_RETURN)
        app.render()
    assert not in_stack(app, TeacherSessionsScene)
    key(app, pygame.K_ESCAPE)
    assert isinstance(app.stack.top, TitleScene) and not in_stack(app, TeacherSessionsScene)


def test_a_store_that_cannot_open_shows_why(app, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    app.session.results.data_dir = blocker
    open_view(app)
    assert isinstance(app.stack.top, TeacherMessageScene)
    assert any(str(blocker) in text for text in drawn_texts(app, monkeypatch))
    key(app, pygame.K_ESCAPE)
    assert isinstance(app.stack.top, TitleScene)


# -- the sessions list ---------------------------------------------------------------------------------
def to_sessions(app) -> TeacherSessionsScene:
    open_view(app)
    if app.stack.top.setting:
        enter_pin(app)
    enter_pin(app)
    assert isinstance(app.stack.top, TeacherSessionsScene)
    return app.stack.top


def test_the_list_shows_every_stored_session_newest_first(app, with_pin, monkeypatch):
    record_class(with_pin)
    record_vote(with_pin)
    scene = to_sessions(app)
    assert [s.uuid for s in scene.summaries] == [s.uuid for s in with_pin.sessions()]
    assert scene.summaries[0].started_at > scene.summaries[1].started_at
    texts = drawn_texts(app, monkeypatch)
    assert "7Б" in texts and "9А" in texts and "Class vote" in texts


def test_a_long_list_is_paged(app, with_pin):
    for n in range(14):
        with_pin.start_session(f"{n + 1}А", "solo", "6-10", "ru", [], started_at=at(n * 60))
    scene = to_sessions(app)
    first_page = [s.uuid for s in scene._page_items()]
    assert 1 <= len(first_page) < 14
    key(app, pygame.K_PAGEDOWN)
    app.render()
    second_page = [s.uuid for s in scene._page_items()]
    assert second_page and not set(first_page) & set(second_page)
    key(app, pygame.K_PAGEUP)
    app.render()
    click(app, scene.next.rect.center)
    assert [s.uuid for s in scene._page_items()] == second_page


def test_an_empty_store_offers_a_demo_class(app, with_pin):
    scene = to_sessions(app)
    assert scene.summaries == [] and scene.group.buttons[scene.group.focus] is scene.demo
    key(app, pygame.K_RETURN)
    assert len(scene.summaries) == 1 and len(with_pin.sessions()) == 1


def test_switching_language_redraws_the_list(app, with_pin):
    record_class(with_pin)
    to_sessions(app)
    english = pygame.image.tobytes(app.render().surface, "RGB")
    app.set_language("ru")
    assert pygame.image.tobytes(app.render().surface, "RGB") != english


# -- one session ---------------------------------------------------------------------------------------
def to_session(app, store) -> TeacherSessionScene:
    to_sessions(app)
    key(app, pygame.K_RETURN)  # the newest session's row has the focus
    app.render()
    assert isinstance(app.stack.top, TeacherSessionScene)
    return app.stack.top


def test_a_row_opens_its_session_and_every_section_draws(app, with_pin, monkeypatch):
    sid = record_class(with_pin)
    scene = to_session(app, with_pin)
    assert scene.data.uuid == sid
    for tab, number in enumerate((pygame.K_1, pygame.K_2, pygame.K_3, pygame.K_4, pygame.K_5)):
        key(app, number)
        assert scene.tab == tab
        drawn_texts(app, monkeypatch)  # no overflow in any section


def test_the_choices_section_counts_what_the_store_holds(app, with_pin):
    record_vote(with_pin)
    scene = to_session(app, with_pin)
    stored = scene.data.answers
    for step in scene.steps:
        expected = sum(a.votes for a in stored if (a.scenario_id, a.node_id) == (step.scenario_id, step.node_id))
        assert step.total == expected == sum(option.count for option in step.options)


def test_choices_of_a_scenario_missing_from_the_library_show_their_ids(app, with_pin, monkeypatch):
    sid = with_pin.start_session("5В", "solo", "6-10", "en", ["gone-story"])
    pid = with_pin.add_participant(sid, "Дана")
    with_pin.record_answer(sid, pid, "gone-story", "start", "old-choice", {"honesty": 1}, "ladder", 3.0)
    to_session(app, with_pin)
    texts = drawn_texts(app, monkeypatch)
    assert "gone-story" in texts and any("old-choice" in text for text in texts)


def test_page_keys_move_through_the_story_steps(app, with_pin):
    record_class(with_pin)
    scene = to_session(app, with_pin)
    assert len(scene.steps) > 1
    key(app, pygame.K_PAGEDOWN)
    assert scene.page[0] == 1
    key(app, pygame.K_PAGEDOWN)
    key(app, pygame.K_PAGEDOWN)
    assert scene.page[0] == len(scene.steps) - 1


@pytest.fixture
def documents(tmp_path, monkeypatch):
    folder = tmp_path / "Documents"
    monkeypatch.setattr(teacher_export, "documents_dir", lambda: folder)
    return folder / teacher_export.FOLDER_NAME


def export(app, scene, fmt: str):
    key(app, pygame.K_5)
    app.render()
    click(app, scene.exports[teacher_export.FORMATS.index(fmt)].rect.center)
    written, text = scene.export_result
    assert written, text
    return text


def test_export_buttons_write_files_that_equal_the_store(app, with_pin, documents, tmp_path):
    sid = record_class(with_pin)
    scene = to_session(app, with_pin)
    stored = with_pin.session(sid)
    paths = {fmt: export(app, scene, fmt) for fmt in teacher_export.FORMATS}
    assert all(path.startswith(str(documents)) for path in paths.values())
    with ResultsStore.open(tmp_path / "other-pc") as other:
        merge_files(other, [paths["json"]])
        assert other.session(sid) == stored
    assert json.loads(open(paths["json"], encoding="utf-8").read())["sessions"][0]["class_name"] == "7Б"
    with open(paths["csv"], encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle, delimiter=","))
    assert len(table) - 1 == len(stored.answers)
    book = openpyxl.load_workbook(paths["xlsx"])
    overview = list(book.worksheets[0].iter_rows(values_only=True))
    assert len(overview) - 1 == len(stored.participants)
    assert sum(sheet.max_row - 1 for sheet in book.worksheets[1:]) == len(stored.answers)


def test_an_export_never_overwrites_an_earlier_one(app, with_pin, documents):
    record_class(with_pin)
    scene = to_session(app, with_pin)
    first = export(app, scene, "json")
    before = open(first, encoding="utf-8").read()
    second = export(app, scene, "json")
    assert second != first and second.endswith("-2.json")
    assert open(first, encoding="utf-8").read() == before


def test_export_falls_back_to_the_data_folder(app, with_pin, tmp_path, monkeypatch):
    record_class(with_pin)
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setattr(teacher_export, "documents_dir", lambda: blocker)
    scene = to_session(app, with_pin)
    path = export(app, scene, "csv")
    assert path.startswith(str(app.session.data_dir / teacher_export.FALLBACK_FOLDER))


def test_export_file_names_hold_the_class_and_date_without_unsafe_characters(with_pin):
    sid = with_pin.start_session('7/Б: "A"', "solo", "6-10", "ru", [], started_at=at(0))
    stem = teacher_export.file_stem(with_pin.session(sid).class_name, with_pin.session(sid))
    assert not set('/\\:"*?<>|') & set(stem) and "7" in stem and "Б" in stem
    assert stem.endswith(with_pin.session(sid).started_at.astimezone().strftime("%Y-%m-%d"))


def test_delete_asks_first_and_keeps_the_session_when_told(app, with_pin):
    sid = record_class(with_pin)
    scene = to_session(app, with_pin)
    scene.ask_delete()
    app.stack.apply()
    app.render()
    assert isinstance(app.stack.top, DeleteSessionScene)
    key(app, pygame.K_RETURN)  # "Keep it" has the focus
    assert app.stack.top is scene and [s.uuid for s in with_pin.sessions()] == [sid]


def test_delete_removes_the_session_only_after_confirming(app, with_pin):
    kept = record_class(with_pin)
    newest = record_vote(with_pin)
    scene = to_session(app, with_pin)
    assert scene.data.uuid == newest
    click(app, scene.delete.rect.center)
    app.render()
    assert isinstance(app.stack.top, DeleteSessionScene)
    assert {s.uuid for s in with_pin.sessions()} == {kept, newest}, "asking deletes nothing"
    click(app, app.stack.top.remove.rect.center)
    assert isinstance(app.stack.top, TeacherSessionsScene)
    assert [s.uuid for s in with_pin.sessions()] == [kept]
    assert [s.uuid for s in app.stack.top.summaries] == [kept]


def test_the_stories_section_reads_the_class_against_the_programme_then_shows_what_each_story_teaches(
        app, with_pin, monkeypatch):
    from play_for_integrity.core.programme import PROGRAMME_NAMES, programme_totals
    record_class(with_pin)
    scene = to_session(app, with_pin)
    key(app, pygame.K_4)
    texts = drawn_texts(app, monkeypatch)
    totals = programme_totals(scene.average, app.session.library.values)
    assert totals and all(any(text.startswith(PROGRAMME_NAMES[p]) for text in texts) for p in totals)
    stories = list(dict.fromkeys(a.scenario_id for a in scene.data.answers))
    assert scene.page_count[3] == 1 + len(stories)
    key(app, pygame.K_PAGEDOWN)
    first = app.session.library.scenarios[stories[0]]
    texts = drawn_texts(app, monkeypatch)
    assert first.objective in " ".join(texts) or any(t in first.objective for t in texts if len(t) > 20)
