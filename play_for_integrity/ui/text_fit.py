"""The text-fit check: every screen, and every scenario and task card on every screen it appears on, fits its
boxes in every language at 1024x768, and the solo journey's screens at 800x600 too. Run by `i18n check`, by
`validate` for the files it checks, and by tests.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from play_for_integrity.ui.theme import MIN_WINDOW

SIZE = (1024, 768)
"""Every screen fits this window: a common classroom projector."""
SOLO_SIZE = MIN_WINDOW
"""The solo journey's screens (and the teacher's, outside the Hour) fit this smaller window too: an old monitor."""


@dataclass(frozen=True)
class Misfit:
    """A text that does not fit its box even at the smallest type size, on one screen in one language."""

    lang: str
    where: str
    text: str
    size: int
    line: int = 0
    scenario: str = ""  # for a scenario's screens: its id, the mode ("solo", "board", "class vote") and the step
    screen: str = ""
    step: str = ""
    window: tuple[int, int] = SIZE

    def __str__(self) -> str:
        return (f"{self.lang} {self.window[0]}x{self.window[1]} {self.where}: does not fit its box even at "
                f"{self.size}px: {self.text[:70]!r}")


def required_size(metrics) -> int:
    """The smallest type size a screen may draw: 4 % of the window height on a projected screen, 2.6 % on one a
    pupil reads alone (of the largest 4:3 area's height, in a window narrower than 4:3)."""
    from play_for_integrity.ui.theme import PROJECTED_BODY, SOLO_BODY

    return round((PROJECTED_BODY if metrics.projected else SOLO_BODY) * metrics.room_height)


def measure(app) -> tuple[list, int, Any]:
    """Draw the top scene afresh: the texts that overflow, the smallest type size drawn (both layers) and the
    screen's metrics."""
    top = app.stack.top
    drawn: list = []
    draw = top.draw
    top.draw = lambda painter: (drawn.append(painter), draw(painter))[1]
    try:
        app.invalidate()
        painter = app.render()
    finally:
        del top.draw
    sizes = [p.smallest for p in (*drawn, painter) if p.smallest]
    return painter.overflows, min(sizes, default=0), painter.metrics


def text_heights(langs: Iterable[str], size: tuple[int, int] = SIZE,
                 solo_only: bool = False) -> list[tuple[str, str, int, int, bool]]:
    """(language, screen, smallest type size drawn, the screen's minimum, projected) for every screen (or the solo
    journey's only): the report of how large the smallest text of each screen is."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    import pygame

    from play_for_integrity.ui.app import App
    from play_for_integrity.ui.launch import build_session

    rows = []
    pygame.init()
    try:
        for lang in langs:
            app = App(build_session(language=lang, persist=False), size=size, headless=True)
            for where, _line, make in _screens(app, with_scenarios=False, solo_only=solo_only):
                app.stack.reset(make())
                app.stack.apply()
                _, smallest, metrics = measure(app)
                rows.append((lang, where, smallest, required_size(metrics), metrics.projected))
    finally:
        pygame.quit()
    return rows


def _screens(app, with_scenarios: bool = True, solo_only: bool = False) -> Iterator[tuple[str, int, Any]]:
    """Every screenshot's scene, every screen of every scenario (unless not `with_scenarios`) and task card, and the
    asking screens; or, `solo_only`, those of the solo journey and of the teacher outside the Hour."""
    from play_for_integrity.ui import screenshot
    from play_for_integrity.ui.scenario_shots import scenario_shots

    for name in screenshot.SOLO_SCENES if solo_only else screenshot.SCENES:
        if name != "too-small":
            yield name, 0, lambda name=name: screenshot.build_scene(app, name)
    for scenario in list(app.session.library.scenarios.values()) if with_scenarios else ():
        for shot in scenario_shots(scenario):
            if shot.screen == "solo" or not solo_only:
                yield f"{scenario.id} {shot.screen} {shot.label}", shot.line, lambda shot=shot: shot.build(app)
    if not solo_only:
        yield from _task_cards(app)
        yield from _messages(app)
    yield from _teacher_messages(app)


def _task_cards(app) -> Iterator[tuple[str, int, Any]]:
    from play_for_integrity.ui import scene_registry
    from play_for_integrity.ui.scenario_shots import card_hour

    for task in app.session.library.tasks.values():
        def card(task=task):
            scene = scene_registry.make(app, "task-card", card_hour(app, [], [task.id], "task"))
            scene.key_shown = True  # the answer key must fit too, when the teacher shows it
            return scene
        yield f"task card {task.id}", task.line, card


def _messages(app) -> Iterator[tuple[str, int, Any]]:
    """The Hour's questions that ask before something is ended or left, and its screens showing a typing mistake."""
    from play_for_integrity.ui import scene_registry
    from play_for_integrity.ui.screenshot_hour import demo_board, demo_vote

    def asked(open_question):
        def make():
            pushed = []
            app.stack.push = pushed.append  # catch the question the action would push
            try:
                open_question()
            finally:
                del app.stack.push
            return pushed[-1]
        return make

    def on_board():
        return scene_registry.make(app, "board", demo_board(app))
    yield "ask: end the game", 0, asked(lambda: on_board().ask_end())
    yield "ask: leave the board", 0, asked(lambda: on_board().back())

    def start_new():
        demo_board(app)
        scene_registry.make(app, "hour-start").new("board")
    yield "ask: start a new game", 0, asked(start_new)

    def end_vote():
        scene_registry.make(app, "vote", demo_vote(app)[0]).ask_end()
    yield "ask: end the vote", 0, asked(end_vote)

    def vote_problem(counts: tuple[int, ...], class_size: int | None):
        def make():
            hour = demo_vote(app)[0]
            hour.vote.class_size = class_size
            scene = scene_registry.make(app, "vote", hour)
            for field, count in zip(scene.fields, counts):
                field.text = str(count)
            scene.show_result()
            return scene
        return make
    yield "vote: no votes typed", 0, vote_problem((), None)
    yield "vote: more votes than pupils", 0, vote_problem((21, 3), 22)
    yield "vote: more votes than a class", 0, vote_problem((99, 99), None)

    def same_names():
        scene = scene_registry.make(app, "hour-setup", "board")
        for field in scene.team_fields[:2]:
            field.text = "Сұңқарлар"
        scene.start()
        return scene
    yield "setup: two teams with one name", 0, same_names

    def look_alike_names():
        scene = scene_registry.make(app, "hour-setup", "board")
        scene.team_fields[0].text, scene.team_fields[1].text = "Сұңқарлар", "Сұңқaрлaр"  # Latin a
        scene.start()
        return scene
    yield "setup: two team names that look the same", 0, look_alike_names

    def no_pupils():
        scene = scene_registry.make(app, "hour-setup", "vote")
        scene.size_field.text = "0"
        scene.start()
        return scene
    yield "setup: a class of 0 pupils", 0, no_pupils


def _teacher_messages(app) -> Iterator[tuple[str, int, Any]]:
    """The screens showing a teacher's typing mistake outside the Hour."""
    from play_for_integrity.ui import scene_registry
    from play_for_integrity.ui.screenshot import _demo_store

    def pins_differ():
        _demo_store(app.session, filled=False)
        scene = scene_registry.make(app, "pin")
        scene.setting = True
        scene.pin.text, scene.again.text = "1234", "4321"
        scene.submit()
        return scene
    yield "PIN: the two PINs differ", 0, pins_differ


def misfits(langs: Iterable[str], scenarios: Iterable | None = None, with_scenarios: bool = True,
            size: tuple[int, int] = SIZE, solo_only: bool = False) -> list[Misfit]:
    """Every text that does not fit, drawing each screen in each language at `size`: all screens (those of the
    scenarios only `with_scenarios`), or the given scenarios' screens; `solo_only`, the solo journey's only."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    import pygame

    from play_for_integrity.ui.app import App
    from play_for_integrity.ui.launch import build_session
    from play_for_integrity.ui.scenario_shots import scenario_shots

    if size[0] < MIN_WINDOW[0] or size[1] < MIN_WINDOW[1]:
        raise ValueError(f"{size[0]}x{size[1]} is below the smallest window the game draws its screens in "
                         f"({MIN_WINDOW[0]}x{MIN_WINDOW[1]}): there is nothing to check")
    found: list[Misfit] = []
    pygame.init()
    try:
        for lang in langs:
            session = build_session(language=lang, persist=False)
            app = App(session, size=size, headless=True)
            if scenarios is None:
                listed = ((where, line, make, ()) for where, line, make in _screens(app, with_scenarios, solo_only))
            else:
                listed = ((f"{s.id} {shot.screen} {shot.label}", shot.line,
                           lambda shot=shot, s=s: (session.library.scenarios.__setitem__(s.id, s), shot.build(app))[1],
                           (s.id, shot.screen, shot.label))
                          for s in scenarios for shot in scenario_shots(s) if shot.screen == "solo" or not solo_only)
            for where, line, make, about in listed:
                app.stack.reset(make())
                app.stack.apply()
                overflows, smallest, metrics = measure(app)
                for overflow in overflows:
                    found.append(Misfit(lang, where, overflow.text, overflow.size, line, *about, window=size))
                if smallest and smallest < required_size(metrics):
                    found.append(Misfit(lang, where, f"text drawn at {smallest}px, below this screen's minimum of "
                                        f"{required_size(metrics)}px", smallest, line, *about, window=size))
    finally:
        pygame.quit()
    return found


def every_misfit(langs: Iterable[str], scenarios: Iterable | None = None, with_scenarios: bool = True) -> list[Misfit]:
    """`misfits` at 1024x768 for every screen, then at 800x600 for the solo journey's screens (a text already
    named at 1024x768 is not named again)."""
    langs, scenarios = list(langs), None if scenarios is None else list(scenarios)
    found = misfits(langs, scenarios, with_scenarios)
    named = {(m.lang, m.where, m.text) for m in found}
    return found + [m for m in misfits(langs, scenarios, with_scenarios, size=SOLO_SIZE, solo_only=True)
                    if (m.lang, m.where, m.text) not in named]


def check_catalog_fits(translators: Mapping[str, Any], with_scenarios: bool = True) -> list[str]:
    """`i18n check` hook: one line per text that does not fit its box even at the minimum type size."""
    return [str(misfit) for misfit in every_misfit(translators, with_scenarios=with_scenarios)]


def scenario_misfit_problems(scenarios: Iterable) -> list:
    """`validate`'s fit check: each text of these scenarios that does not fit a screen, in English and in each
    language that translates the scenario, as a Problem at the text's place in its file."""
    from play_for_integrity.i18n import TRANSLATED_LANGUAGES, get_translator
    from play_for_integrity.ui.fit_places import problem_for

    scenarios = list(scenarios)
    found = []
    for lang in ("en", *TRANSLATED_LANGUAGES):
        tr = get_translator(lang)
        wanted = [s for s in scenarios if lang == "en" or tr.scenario_title(s) != s.title]
        if not wanted:
            continue
        by_id = {s.id: s for s in wanted}
        for misfit in every_misfit([lang], scenarios=wanted):
            found.append(problem_for(by_id[misfit.scenario], misfit, tr))
    return found


if __name__ == "__main__":  # python -m play_for_integrity.ui.text_fit [WIDTHxHEIGHT]: each screen's smallest text
    import sys

    shape = tuple(int(v) for v in (sys.argv[1] if len(sys.argv) > 1 else "1024x768").split("x"))
    below = shape[0] < SIZE[0] or shape[1] < SIZE[1]  # only the solo journey must fit a window below 1024x768
    for lang, where, smallest, minimum, projected in text_heights(("kk", "ru", "en"), shape, below):  # type: ignore
        mark = "projected" if projected else "solo"
        flag = "" if not smallest or smallest >= minimum else "  TOO SMALL"
        print(f"{lang} {where:<40} {smallest:>3}px  min {minimum}px ({mark}){flag}")
