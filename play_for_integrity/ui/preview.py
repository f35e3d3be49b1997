"""Author preview: open the game on one scenario file and reload it whenever the file or a translation changes.

A reload keeps the step on show (the node, and the feedback of the choice just made) when the edited file
still has it, so an author can polish one step without clicking through the story each time.
"""

from __future__ import annotations

import time
from pathlib import Path

import pygame

from play_for_integrity import paths
from play_for_integrity.content.catalogs import load_catalogs
from play_for_integrity.content.library import catalog_folder_for
from play_for_integrity.content.model import Scenario
from play_for_integrity.content.problems import ContentError, Problem, display_path
from play_for_integrity.content.scenario_parser import parse_scenario
from play_for_integrity.i18n import N_, TRANSLATED_LANGUAGES, reload
from play_for_integrity.i18n.languages import po_path
from play_for_integrity.play.notices import Notice, shown
from play_for_integrity.play.results_sink import ResultsSink
from play_for_integrity.play.solo import SoloGame
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scene_kit import MenuScene, bottom_row, header
from play_for_integrity.ui.widgets import Button

CHECK_EVERY = 0.4
Stamp = tuple[float, int] | None


def _stamp(path: Path) -> Stamp:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime, stat.st_size


class ScenarioWatcher:
    """Re-reads a scenario file when it, or the .po file of a translated language, changes (time or size)."""

    def __init__(self, path: Path, locale_dir: Path | None = None):
        self.path = path
        self.catalogs = load_catalogs(catalog_folder_for(path))
        folder = locale_dir if locale_dir is not None else paths.locale_dir()
        self.po_files = {lang: po_path(folder, lang) for lang in TRANSLATED_LANGUAGES}
        self._stamps: dict[Path, Stamp] = {}
        self._checked = 0.0

    def _current(self) -> dict[Path, Stamp]:
        return {file: _stamp(file) for file in (self.path, *self.po_files.values())}

    def load(self) -> Scenario | list[Problem]:
        """The scenario read again (or its problems); a changed .po drops that language's loaded translations."""
        current = self._current()
        if self._stamps:
            for lang, file in self.po_files.items():
                if current[file] != self._stamps.get(file):
                    reload(lang)
        self._stamps = current
        where = display_path(self.path)
        try:
            return parse_scenario(self.path.read_bytes(), where, self.catalogs, paths.assets_dir())
        except ContentError as err:
            return err.problems
        except OSError as err:
            return [Problem(where, 1, 1, Notice(N_("cannot read the file: %(error)s"), error=str(err.strerror or err)),
                            Notice(N_("check the path and that the file is saved")))]

    def changed(self, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        if now - self._checked < CHECK_EVERY:
            return False
        self._checked = now
        return self._current() != self._stamps


def _preview_game(app, scenario: Scenario) -> tuple[SoloGame, str]:
    """A solo game of `scenario` that records nothing, at the step the old one showed if it still exists."""
    session = app.session
    old = session.solo
    game = SoloGame(session.library, ResultsSink(session.data_dir, session.notify, enabled=False), scenario.band,
                    session.settings.language, [scenario])
    if old is None or old.view.finished or old.view.scenario is None or old.view.scenario.id != scenario.id:
        return game, "dilemma"
    node = scenario.nodes.get(old.journey.node_id or "")
    if node is None:
        return game, "dilemma"
    game.journey.node_id = node.id
    pending = old.journey.pending
    if pending is not None and pending.id in {c.id for c in node.choices}:
        game.journey.pending = node.choice(pending.id)
        return game, "feedback"
    return game, "dilemma"


def show_result(app, result: Scenario | list[Problem]) -> None:
    """Show the scenario at the step on show before (else its first node), or why the files cannot be used."""
    problem = app.session.tr.problem
    if isinstance(result, Scenario) and problem:
        result = [problem]  # a broken .po of the language on show: say so rather than show English silently
    if isinstance(result, Scenario):
        app.session.library.scenarios[result.id] = result
        app.session.solo, scene = _preview_game(app, result)
        app.reset(scene)
    else:
        app.reset("preview-error", result)


class PreviewErrorScene(MenuScene):
    """The validation messages of a broken edit (scenario or translation), shown in the game instead of closing it."""

    name = "preview-error"

    def __init__(self, app, problems: list[Problem] | list[str]) -> None:
        super().__init__(app)
        self.problems = problems
        self.group.buttons = [Button("", app.quit)]

    def back(self) -> None:
        self.app.quit()

    def _line(self, problem: Problem | str) -> str:
        """One problem as the author reads it: its place and message, then the hint in the language on show."""
        tr = self.session.tr
        if not isinstance(problem, Problem):
            return shown(tr, problem)
        line = f"{problem.location()}: {shown(tr, problem.message)}"
        if problem.hint:
            line += "\n    " + tr.gettext("hint: %(hint)s") % {"hint": shown(tr, problem.hint)}
        return line

    def draw(self, painter: Painter) -> None:
        m, tr = painter.metrics, self.session.tr
        area = header(painter, tr.gettext("This scenario file has problems"))
        [button] = self.group.buttons
        button.label = tr.gettext("Close preview")
        rest = bottom_row(painter, area, [button])
        hint_box = pygame.Rect(rest.x, rest.bottom - m.px(60), rest.width, m.px(60))
        painter.text(tr.gettext("Fix the file and save it: the preview reloads by itself."), hint_box, m.small,
                     painter.colors.muted_ink, valign="middle")
        panel = pygame.Rect(rest.x, rest.y, rest.width, rest.height - hint_box.height - m.px(12))
        painter.panel(panel)
        text = "\n".join(self._line(p) for p in self.problems[:12])
        if len(self.problems) > 12:
            more = len(self.problems) - 12
            text += "\n" + tr.ngettext("… and %(count)s more problem", "… and %(count)s more problems", more) % {
                "count": tr.format_number(more)}
        pad = m.px(20)
        painter.text(text, panel.inflate(-2 * pad, -2 * pad), m.small)
        self.group.draw(painter, align="center")
