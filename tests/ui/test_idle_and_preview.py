"""The loop draws only when something changed; the author preview reloads a scenario when it is saved."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pygame
import pytest

from play_for_integrity import paths
from play_for_integrity.core.clock import SteppedClock
from play_for_integrity.i18n.languages import po_path
from play_for_integrity.play.actions import Advance, Choose
from play_for_integrity.ui.preview import PreviewErrorScene, ScenarioWatcher, show_result
from play_for_integrity.ui.scenes.title import TitleScene


def _title_frames(app, monkeypatch, steps: int = 30) -> int:
    """How many frames the title draws in `steps` passes of the loop."""
    app.stack.push(TitleScene(app))
    renders = []
    original = app.render
    monkeypatch.setattr(app, "render", lambda: renders.append(1) or original())
    clock = SteppedClock()
    for _ in range(steps):
        app.step(1 / 30, clock)
    return len(renders)


def test_a_static_screen_is_not_redrawn(make_app, monkeypatch):
    assert _title_frames(make_app(), monkeypatch) == 1


def test_start_up_work_done_after_the_first_frame_is_shown_in_the_next_one(make_app, monkeypatch):
    """Notices found once the title is up (a skipped scenario, another language's broken catalog) appear without
    waiting for the mouse to move: one more frame is drawn, then the screen rests again."""
    app = make_app()
    app.after_first_frame(lambda: app.session.notices.append("locale/ru/LC_MESSAGES/messages.po: broken"))
    assert _title_frames(app, monkeypatch) == 2
    assert app.stack.top.notices.rect.width > 0, "the title shows its notices button"


def test_input_causes_one_redraw(make_app, monkeypatch):
    app = make_app()
    app.stack.push(TitleScene(app))
    clock = SteppedClock()
    app.step(1 / 30, clock)
    renders = []
    original = app.render
    monkeypatch.setattr(app, "render", lambda: renders.append(1) or original())
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_DOWN, mod=0, unicode=""))
    for _ in range(5):
        app.step(1 / 30, clock)
    assert len(renders) == 1 and app.stack.top.group.focus == 1


def test_preview_shows_problems_then_the_fixed_scenario(make_app, tmp_path):
    source = paths.scenarios_dir() / "6-10" / "found-wallet.yaml"
    path = tmp_path / "found-wallet.yaml"
    shutil.copy(source, path)
    app = make_app()
    watcher = ScenarioWatcher(path)
    show_result(app, watcher.load())
    app.stack.apply()
    assert app.stack.top.name == "dilemma"
    path.write_text(source.read_text(encoding="utf-8").replace("board: ladder", "board: up", 1), encoding="utf-8")
    assert watcher.changed(now=1e9)
    show_result(app, watcher.load())
    app.stack.apply()
    assert isinstance(app.stack.top, PreviewErrorScene)
    assert "the board move 'up' is not known" in str(app.stack.top.problems[0])
    app.render()
    path.write_text(source.read_text(encoding="utf-8").replace("The wallet by the swings", "The wallet in the sand"),
                    encoding="utf-8")
    assert watcher.changed(now=2e9)
    show_result(app, watcher.load())
    app.stack.apply()
    assert app.stack.top.name == "dilemma"
    assert app.session.solo.view.scenario.title == "The wallet in the sand"


def test_watcher_does_not_report_an_unchanged_file(tmp_path):
    path = tmp_path / "s.yaml"
    shutil.copy(paths.scenarios_dir() / "6-10" / "found-wallet.yaml", path)
    watcher = ScenarioWatcher(path)
    watcher.load()
    assert not watcher.changed(now=1e9)


WALLET = Path(__file__).parent / "fixtures" / "found-wallet.yaml"  # a fixed story: its ids and texts are quoted below


def _save(path, text: str, when: float) -> None:
    """Write `text` and give the file its own modification time, as a later save would."""
    path.write_text(text, encoding="utf-8")
    os.utime(path, (when, when))


def _reload(app, watcher, now: float) -> None:
    assert watcher.changed(now=now)
    show_result(app, watcher.load())
    app.stack.apply()


@pytest.fixture
def wallet(tmp_path):
    path = tmp_path / "found-wallet.yaml"
    shutil.copy(WALLET, path)
    return path


def test_a_reload_keeps_the_node_on_show(make_app, wallet):
    app = make_app()
    watcher = ScenarioWatcher(wallet)
    show_result(app, watcher.load())
    app.session.solo.dispatch(Choose("keep"))
    app.session.solo.dispatch(Advance())
    _save(wallet, WALLET.read_text(encoding="utf-8").replace("Next morning Dias", "Next day Dias"), 1e6)
    _reload(app, watcher, 1e9)
    assert app.stack.top.name == "dilemma"
    view = app.session.solo.view
    assert view.node.id == "next-day" and view.node.story.startswith("Next day Dias")


def test_a_reload_keeps_the_feedback_on_show(make_app, wallet):
    app = make_app()
    watcher = ScenarioWatcher(wallet)
    show_result(app, watcher.load())
    app.session.solo.dispatch(Choose("tell-mum"))
    _save(wallet, WALLET.read_text(encoding="utf-8").replace("A grown-up you trust", "An adult you trust"), 1e6)
    _reload(app, watcher, 1e9)
    assert app.stack.top.name == "feedback"
    assert app.session.solo.view.chosen.feedback.startswith("An adult you trust")
    app.render()


def test_a_reload_starts_again_when_the_node_on_show_is_gone(make_app, wallet):
    app = make_app()
    watcher = ScenarioWatcher(wallet)
    show_result(app, watcher.load())
    app.session.solo.dispatch(Choose("keep"))
    app.session.solo.dispatch(Advance())
    _save(wallet, WALLET.read_text(encoding="utf-8").replace("next-day", "morning"), 1e6)
    _reload(app, watcher, 1e9)
    assert app.stack.top.name == "dilemma" and app.session.solo.view.node.id == "start"


def test_the_step_survives_a_broken_save_in_between(make_app, wallet):
    app = make_app()
    watcher = ScenarioWatcher(wallet)
    show_result(app, watcher.load())
    app.session.solo.dispatch(Choose("keep"))
    app.session.solo.dispatch(Advance())
    _save(wallet, WALLET.read_text(encoding="utf-8").replace("board: ladder", "board: up", 1), 1e6)
    _reload(app, watcher, 1e9)
    assert isinstance(app.stack.top, PreviewErrorScene)
    _save(wallet, WALLET.read_text(encoding="utf-8"), 2e6)
    _reload(app, watcher, 2e9)
    assert app.session.solo.view.node.id == "next-day"


def test_the_preview_records_no_class_results(make_app, wallet):
    app = make_app()
    show_result(app, ScenarioWatcher(wallet).load())
    assert not app.session.solo.sink.enabled


@pytest.fixture
def own_locale(tmp_path, monkeypatch):
    """A content root whose locale folder may be edited: the shipped scenarios and assets, a copy of locale/."""
    root = tmp_path / "content"
    root.mkdir()
    for name in ("scenarios", "assets"):
        (root / name).symlink_to(paths.data_dir(name), target_is_directory=True)
    shutil.copytree(paths.locale_dir(), root / "locale")
    monkeypatch.setenv("PLAY_FOR_INTEGRITY_CONTENT", str(root))
    return root / "locale"


def test_an_edited_po_shows_its_new_text_after_a_reload(make_app, wallet, own_locale):
    app = make_app("ru")
    watcher = ScenarioWatcher(wallet)
    show_result(app, watcher.load())
    scenario = app.session.solo.view.scenario
    assert app.session.tr.scenario_title(scenario) == "Кошелёк у качелей"
    po = po_path(own_locale, "ru")
    _save(po, po.read_text(encoding="utf-8").replace('msgstr "Кошелёк у качелей"', 'msgstr "Кошелёк в песке"'), 1e6)
    _reload(app, watcher, 1e9)
    assert app.stack.top.name == "dilemma"
    assert app.session.tr.scenario_title(app.session.solo.view.scenario) == "Кошелёк в песке"


def test_a_broken_po_is_shown_with_its_line_then_the_fixed_text(make_app, wallet, own_locale):
    app = make_app("ru")
    watcher = ScenarioWatcher(wallet)
    show_result(app, watcher.load())
    app.session.solo.dispatch(Choose("keep"))
    app.session.solo.dispatch(Advance())
    po = po_path(own_locale, "ru")
    good = po.read_text(encoding="utf-8")
    _save(po, good.replace('msgstr "Кошелёк у качелей"', 'msgstr "Кошелёк у качелей'), 1e6)
    _reload(app, watcher, 1e9)
    assert isinstance(app.stack.top, PreviewErrorScene)
    line = good.split("\n").index('msgstr "Кошелёк у качелей"') + 1
    assert f"messages.po:{line}: this line's text has no closing quote" in str(app.stack.top.problems[0])
    app.render()
    _save(po, good, 2e6)
    _reload(app, watcher, 2e9)
    assert app.stack.top.name == "dilemma" and app.session.solo.view.node.id == "next-day"
    assert app.session.tr.scenario_title(app.session.solo.view.scenario) == "Кошелёк у качелей"


def test_a_po_edit_is_noticed_by_the_watcher(wallet, own_locale):
    watcher = ScenarioWatcher(wallet)
    watcher.load()
    po = po_path(own_locale, "kk")
    _save(po, po.read_text(encoding="utf-8") + "\n", 1e6)
    assert watcher.changed(now=1e9)
