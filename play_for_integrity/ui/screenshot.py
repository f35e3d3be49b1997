"""Render any scene with demo state through the dummy video driver, for screenshots and layout tests."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from play_for_integrity.ui.screenshot_hour import HOUR_SCENES, build_hour_scene

SCENES = ("title", "language", "band", "dilemma", "feedback", "ending", "summary", "settings", "notices",
          "confirm-leave", "preview-error", "too-small", "player", "pin-set", "pin-enter", "pin-wait",
          "teacher-empty", "teacher-sessions", "teacher-choices", "teacher-profiles", "teacher-split",
          "teacher-export", "teacher-delete")
SCENES += HOUR_SCENES
TEACHER_TABS = {"teacher-choices": 0, "teacher-profiles": 1, "teacher-split": 2, "teacher-export": 3}


def _demo_journey(session, finish: bool = False):
    """A journey over a branching band's scenarios; optionally played to the end with mixed choices."""
    band = "11-14" if session.library.by_band("11-14") else next(iter(session.library.bands))
    session.seed = 7
    journey = session.start_journey(band)
    if finish:
        turn = 0
        while not journey.finished:
            if journey.awaiting_choice:
                choices = journey.node.choices
                journey.choose(choices[turn % len(choices)].id, 12.0)
                turn += 1
            journey.advance()
    return journey


def _go_to_ending(session) -> None:
    journey = _demo_journey(session)
    for index, scenario in enumerate(journey.playlist):
        for node in scenario.nodes.values():
            if node.is_ending:
                journey.scenario_index, journey.node_id = index, node.id
                return
    raise LookupError("no scenario of the demo band has an ending node")


def _demo_store(session, filled: bool = True, pin: str | None = None):
    """The results store in the session's (temporary) data folder with demo classes of each mode."""
    from play_for_integrity.results.demo_class import fill_demo_class
    from play_for_integrity.results.store import ResultsStore

    store = ResultsStore.open(session.data_dir)
    if filled and not store.sessions():
        lang = session.settings.language
        bands = [b for b in session.library.bands if session.library.by_band(b)]
        for seed, (class_name, mode, band) in enumerate((("10А", "vote", "15-18"), ("3Б", "board", "6-10"),
                                                          ("7Б", "solo", "11-14"))):
            fill_demo_class(store, session.library, class_name, band=band if band in bands else bands[0], mode=mode,
                            language=lang, seed=seed)
    if pin is not None and not store.has_pin():
        store.set_pin(pin)
    return store


def _teacher_scene(app, name: str):
    """A scene of the teacher view, over demo classes (nothing is written outside the temp data folder)."""
    from play_for_integrity.ui.scenes.pin import PinScene
    from play_for_integrity.ui.scenes.teacher_delete import DeleteSessionScene
    from play_for_integrity.ui.scenes.teacher_export import export_folders, file_stem
    from play_for_integrity.ui.scenes.teacher_session import TeacherSessionScene
    from play_for_integrity.ui.scenes.teacher_sessions import TeacherSessionsScene

    session = app.session
    if name == "pin-set":
        return PinScene(app, _demo_store(session, filled=False), setting=True)
    if name in ("pin-enter", "pin-wait"):
        scene = PinScene(app, _demo_store(session, filled=False, pin="2468"), setting=False)
        if name == "pin-wait":
            session.pin_failures, session.pin_wait = 3, 30.0
        return scene
    store = _demo_store(session, filled=name != "teacher-empty")
    if name in ("teacher-empty", "teacher-sessions"):
        return TeacherSessionsScene(app, store)
    newest = store.sessions()[0].uuid
    if name == "teacher-delete":
        return DeleteSessionScene(app, store, store.session(newest))
    scene = TeacherSessionScene(app, store, newest, tab=TEACHER_TABS[name])
    if name == "teacher-export":
        folder = export_folders(session.data_dir)[0]
        scene.export_result = (True, str(folder / f"{file_stem(scene.data.class_name, scene.data)}.xlsx"))
    return scene


def build_scene(app, name: str):
    """The named scene with the demo state it needs."""
    from play_for_integrity.content.problems import Problem
    from play_for_integrity.ui.preview import PreviewErrorScene
    from play_for_integrity.ui.scenes.band import BandScene
    from play_for_integrity.ui.scenes.confirm import ConfirmLeaveScene
    from play_for_integrity.ui.scenes.dilemma import DilemmaScene
    from play_for_integrity.ui.scenes.feedback import FeedbackScene
    from play_for_integrity.ui.scenes.language import LanguageScene
    from play_for_integrity.ui.scenes.notices import NoticeScene
    from play_for_integrity.ui.scenes.player import PlayerScene
    from play_for_integrity.ui.scenes.settings import SettingsScene
    from play_for_integrity.ui.scenes.summary import SummaryScene
    from play_for_integrity.ui.scenes.title import TitleScene

    session = app.session
    if name in HOUR_SCENES:
        return build_hour_scene(app, name)
    simple: dict[str, Callable] = {"title": TitleScene, "language": LanguageScene, "band": BandScene,
                                   "settings": SettingsScene, "notices": NoticeScene, "too-small": TitleScene}
    if name in simple:
        if name == "notices" and not session.notices:
            session.notices.append("scenarios/6-10/example.yaml was skipped: line 14: unknown field 'titel' in the "
                                   "scenario. Run 'play-for-integrity validate' to see every problem.")
        return simple[name](app)
    if name == "dilemma":
        _demo_journey(session)
        return DilemmaScene(app)
    if name == "confirm-leave":
        _demo_journey(session)
        return ConfirmLeaveScene(app)
    if name == "feedback":
        journey = _demo_journey(session)
        journey.choose(journey.node.choices[0].id, 9.5)
        return FeedbackScene(app)
    if name == "ending":
        _go_to_ending(session)
        return DilemmaScene(app)
    if name == "summary":
        _demo_journey(session, finish=True)
        return SummaryScene(app)
    if name == "player":
        return PlayerScene(app, _demo_journey(session).playlist[0].band)
    if name.startswith(("pin-", "teacher-")):
        return _teacher_scene(app, name)
    if name == "preview-error":
        return PreviewErrorScene(app, [
            Problem("scenarios/6-10/my-story.yaml", 14, 5, "unknown field 'titel' in the scenario", "did you mean 'title'?"),
            Problem("scenarios/6-10/my-story.yaml", 31, 15, "next: the node 'end2' is not known", "did you mean 'end'?")])
    raise ValueError(f"unknown scene {name!r}; choose one of: {', '.join(SCENES)}, all")


def render(name: str, lang: str, size: tuple[int, int], high_contrast: bool = False):
    """Render one scene; returns (App, Painter) so callers can save the surface or inspect overflows."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    import pygame

    from play_for_integrity.ui.app import App
    from play_for_integrity.ui.launch import build_session

    session = build_session(language=lang, persist=False)
    session.settings.high_contrast = high_contrast
    if name == "too-small":
        size = (800, 500)
    pygame.init()
    app = App(session, size=size, headless=True)
    app.stack.push(build_scene(app, name))
    app.stack.apply()
    painter = app.render()
    return app, painter


def save(name: str, lang: str, size: tuple[int, int], out: Path, high_contrast: bool = False) -> list:
    import pygame
    app, painter = render(name, lang, size, high_contrast)
    out.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(app.surface, str(out))
    return painter.overflows
