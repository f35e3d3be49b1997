"""The loop draws only when something changed; the author preview reloads a scenario when it is saved."""

from __future__ import annotations

import shutil

import pygame

from play_for_integrity import paths
from play_for_integrity.core.clock import SteppedClock
from play_for_integrity.ui.preview import PreviewErrorScene, ScenarioWatcher, show_result
from play_for_integrity.ui.scenes.title import TitleScene


def test_a_static_screen_is_not_redrawn(make_app, monkeypatch):
    app = make_app()
    app.stack.push(TitleScene(app))
    renders = []
    original = app.render
    monkeypatch.setattr(app, "render", lambda: renders.append(1) or original())
    clock = SteppedClock()
    for _ in range(30):
        app.step(1 / 30, clock)
    assert len(renders) == 1


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
    assert app.session.journey.scenario.title == "The wallet in the sand"


def test_watcher_does_not_report_an_unchanged_file(tmp_path):
    path = tmp_path / "s.yaml"
    shutil.copy(paths.scenarios_dir() / "6-10" / "found-wallet.yaml", path)
    watcher = ScenarioWatcher(path)
    watcher.load()
    assert not watcher.changed(now=1e9)
