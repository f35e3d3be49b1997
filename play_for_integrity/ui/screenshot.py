"""Render any scene with demo state through the dummy video driver, for screenshots and layout tests.

Each shot names the registered scene it shows (see scene_registry); a test checks that every registered scene
has at least one shot, so a new screen cannot be left out of the screenshots and the text-fit check.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from play_for_integrity.ui import scene_registry
from play_for_integrity.ui.screenshot_hour import HOUR_SHOTS, demo_card_session

Builder = Callable[..., object]
TEACHER_TABS = {"teacher-choices": 0, "teacher-profiles": 1, "teacher-split": 2, "teacher-stories": 3,
                "teacher-export": 4}



def demo_solo(session, finish: bool = False):
    """A solo game over a branching band's scenarios; optionally played to the end with mixed choices."""
    from play_for_integrity.play.actions import Advance, Choose

    band = "11-14" if session.library.by_band("11-14") else next(iter(session.library.bands))
    session.seed = 7
    game = session.start_solo(band, "Аружан", "7Б")
    turn = 0
    while finish and not game.view.finished:
        if game.awaiting_choice:
            choices = game.view.node.choices
            game.dispatch(Choose(choices[turn % len(choices)].id))
            turn += 1
        game.dispatch(Advance())
    return game


def _go_to_ending(session) -> None:
    journey = demo_solo(session).journey
    for index, scenario in enumerate(journey.playlist):
        for node in scenario.nodes.values():
            if node.is_ending:
                journey.scenario_index, journey.node_id = index, node.id
                return
    raise LookupError("no scenario of the demo band has an ending node")


def _demo_store(session, filled: bool = True, pin: str | None = None):
    """The session's results store (in its temporary data folder) with demo classes of each mode."""
    from play_for_integrity.results.demo_class import fill_demo_class

    store = session.results.open()
    if filled and not store.sessions():
        lang = session.settings.language
        bands = [b for b in session.library.bands if session.library.by_band(b)]
        for seed, (class_name, mode, band) in enumerate((("10А", "vote", "15-18"), ("3Б", "board", "6-10"),
                                                          ("7Б", "solo", "11-14"))):
            fill_demo_class(store, session.library, class_name, band=band if band in bands else bands[0], mode=mode,
                            language=lang, seed=seed)
    if pin is not None and not store.has_pin():
        store.set_pin(pin)
    session.teacher.unlocked = True
    return store


def _teacher(app, name: str):
    """A scene of the teacher view, over demo classes (nothing is written outside the temp data folder)."""
    from play_for_integrity.play.teacher_export import export_folders, file_stem

    session = app.session
    if name in ("pin-set", "pin-enter", "pin-wait"):
        _demo_store(session, filled=False, pin=None if name == "pin-set" else "2468")
        session.teacher.unlocked = False
        if name == "pin-wait":
            session.teacher.failures, session.teacher.wait = 3, 30.0
        return scene_registry.make(app, "pin")
    store = _demo_store(session, filled=name != "teacher-empty")
    if name in ("teacher-cards", "pupil-names"):  # a vote answered with cards, names kept for a few numbers
        sid = demo_card_session(app)
        if name == "pupil-names":
            return scene_registry.make(app, "pupil-names", store.session(sid).class_name, 24)
        return scene_registry.make(app, "teacher-session", sid, tab=TEACHER_TABS["teacher-profiles"])
    if name in ("teacher-empty", "teacher-sessions"):
        return scene_registry.make(app, "teacher-sessions")
    newest = store.sessions()[0].uuid
    if name == "teacher-delete":
        return scene_registry.make(app, "teacher-delete", store.session(newest))
    scene = scene_registry.make(app, "teacher-session", newest, tab=TEACHER_TABS[name])
    if name == "teacher-export":
        folder = export_folders(session.data_dir)[0]
        scene.export_result = (True, str(folder / f"{file_stem(scene.data.class_name, scene.data)}.xlsx"))
    return scene


def demo_notices(count: int = 1) -> list[str]:
    """Notices of skipped scenario files, as the launcher words them (translated when shown)."""
    from types import SimpleNamespace

    from play_for_integrity.content.problems import Problem
    from play_for_integrity.ui.launch import skipped_notices

    skipped = {f"scenarios/6-10/example-{i + 1}.yaml": [
        Problem("x", 14 + i, 5, "unknown field 'titel' in the scenario")] * (1 + i % 3) for i in range(count)}
    return skipped_notices(SimpleNamespace(skipped=skipped, catalogs=SimpleNamespace(problems=[])))


def _with_notice(app, name: str, count: int = 1):
    for notice in demo_notices(count):
        app.session.notify(notice)
    return scene_registry.make(app, name)


def _feedback(app):
    from play_for_integrity.play.actions import Choose
    game = demo_solo(app.session)
    game.dispatch(Choose(game.view.node.choices[0].id))
    return scene_registry.make(app, "feedback")


def _ending(app):
    _go_to_ending(app.session)
    return scene_registry.make(app, "dilemma")


def _preview_error(app):
    from play_for_integrity.content.problems import Problem
    return scene_registry.make(app, "preview-error", [
        Problem("scenarios/6-10/my-story.yaml", 14, 5, "unknown field 'titel' in the scenario", "did you mean 'title'?"),
        Problem("scenarios/6-10/my-story.yaml", 31, 15, "next: the node 'end2' is not known", "did you mean 'end'?")])


def _ask_leave(app):
    from play_for_integrity.i18n import N_
    demo_solo(app.session)
    return scene_registry.make(app, "ask", N_("Leave this game? Your answers so far are saved."), N_("Keep playing"),
                               N_("Leave"), lambda: None)


def _ask_quit(app):
    """What Esc on the title asks."""
    title = scene_registry.make(app, "title")
    asked = []
    app.push = lambda name, *args: asked.append(scene_registry.make(app, name, *args))
    try:
        title.back()
    finally:
        del app.push
    return asked[-1]


def _teacher_message(app):
    from play_for_integrity.ui.scene_kit import CANNOT_OPEN
    return scene_registry.make(app, "teacher-message", CANNOT_OPEN, "the results database /home/teacher/.local/share/"
                               "play-for-integrity/results.sqlite3 is in use by another program: close it and try again")


SHOTS: dict[str, tuple[str, Builder]] = {
    "title": ("title", lambda app: scene_registry.make(app, "title")),
    "language": ("language", lambda app: scene_registry.make(app, "language")),
    "band": ("band", lambda app: scene_registry.make(app, "band")),
    "dilemma": ("dilemma", lambda app: (demo_solo(app.session), scene_registry.make(app, "dilemma"))[1]),
    "feedback": ("feedback", _feedback),
    "ending": ("dilemma", _ending),
    "summary": ("summary", lambda app: (demo_solo(app.session, finish=True), scene_registry.make(app, "summary"))[1]),
    "settings": ("settings", lambda app: scene_registry.make(app, "settings")),
    "notices": ("notices", lambda app: _with_notice(app, "notices")),
    "notices-many": ("notices", lambda app: _with_notice(app, "notices", 14)),
    "confirm-leave": ("ask", _ask_leave),
    "confirm-quit": ("ask", _ask_quit),
    "preview-error": ("preview-error", _preview_error),
    "too-small": ("title", lambda app: scene_registry.make(app, "title")),
    "player": ("player", lambda app: scene_registry.make(app, "player", demo_solo(app.session).band)),
    **{name: ("pin", lambda app, name=name: _teacher(app, name)) for name in ("pin-set", "pin-enter", "pin-wait")},
    "teacher-message": ("teacher-message", _teacher_message),
    **{name: ("teacher-sessions", lambda app, name=name: _teacher(app, name))
       for name in ("teacher-empty", "teacher-sessions")},
    **{name: ("teacher-session", lambda app, name=name: _teacher(app, name)) for name in TEACHER_TABS},
    "teacher-delete": ("teacher-delete", lambda app: _teacher(app, "teacher-delete")),
    "teacher-cards": ("teacher-session", lambda app: _teacher(app, "teacher-cards")),
    "pupil-names": ("pupil-names", lambda app: _teacher(app, "pupil-names")),
    "help-solo": ("help", lambda app: (demo_solo(app.session), scene_registry.make(app, "help", "dilemma"))[1]),
    **HOUR_SHOTS,
}
SCENES = tuple(SHOTS)
SOLO_SCENES = tuple(name for name in SHOTS if name not in HOUR_SHOTS and name != "too-small")
"""The shots outside the Integrity Hour (a pupil's journey, settings, the teacher's results): these fit 800x600 too."""


def build_scene(app, name: str):
    """The named shot's scene with the demo state it needs."""
    if name not in SHOTS:
        raise ValueError(f"unknown scene {name!r}; choose one of: {', '.join(SCENES)}, all")
    return SHOTS[name][1](app)


def render(name: str, lang: str, size: tuple[int, int], high_contrast: bool = False, scenario=None):
    """Render one shot (of one scenario, when given); returns (App, Painter) to save the surface or read overflows."""
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
    if scenario is not None:
        from play_for_integrity.ui.scenario_shots import build_scenario_shot
        app.stack.push(build_scenario_shot(app, scenario, name))
    else:
        app.stack.push(build_scene(app, name))
    app.stack.apply()
    if hasattr(app.stack.top, "settle"):
        app.stack.top.settle()  # an end screen as it stands once its celebration is over
    painter = app.render()
    return app, painter


def save(name: str, lang: str, size: tuple[int, int], out: Path, high_contrast: bool = False, scenario=None) -> list:
    import pygame
    app, painter = render(name, lang, size, high_contrast, scenario)
    out.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(app.surface, str(out))
    return painter.overflows
