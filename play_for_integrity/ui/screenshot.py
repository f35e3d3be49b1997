"""Render any scene with demo state through the dummy video driver, for screenshots and layout tests."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

SCENES = ("title", "language", "band", "dilemma", "feedback", "ending", "summary", "settings", "notices",
          "confirm-leave", "preview-error", "too-small")


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
    from play_for_integrity.ui.scenes.settings import SettingsScene
    from play_for_integrity.ui.scenes.summary import SummaryScene
    from play_for_integrity.ui.scenes.title import TitleScene

    session = app.session
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
