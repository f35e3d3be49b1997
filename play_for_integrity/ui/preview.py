"""Author preview: open the game on one scenario file and reload it whenever the file changes."""

from __future__ import annotations

import time
from pathlib import Path

import pygame

from play_for_integrity.content.library import catalog_folder_for
from play_for_integrity.content.catalogs import load_catalogs
from play_for_integrity.content.model import Scenario
from play_for_integrity.content.problems import ContentError, Problem, display_path
from play_for_integrity.content.scenario_parser import parse_scenario
from play_for_integrity import paths
from play_for_integrity.core.journey import Journey
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scenes.common import MenuScene, bottom_row, header
from play_for_integrity.ui.widgets import Button

CHECK_EVERY = 0.4


class ScenarioWatcher:
    """Re-reads a scenario file when its modification time or size changes."""

    def __init__(self, path: Path):
        self.path = path
        self.catalogs = load_catalogs(catalog_folder_for(path))
        self._stamp: tuple[float, int] | None = None
        self._checked = 0.0

    def _current_stamp(self) -> tuple[float, int] | None:
        try:
            stat = self.path.stat()
        except OSError:
            return None
        return stat.st_mtime, stat.st_size

    def load(self) -> Scenario | list[Problem]:
        self._stamp = self._current_stamp()
        shown = display_path(self.path)
        try:
            return parse_scenario(self.path.read_bytes(), shown, self.catalogs, paths.assets_dir())
        except ContentError as err:
            return err.problems
        except OSError as err:
            return [Problem(shown, 1, 1, f"cannot read the file: {err.strerror or err}", "check the path")]

    def changed(self, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        if now - self._checked < CHECK_EVERY:
            return False
        self._checked = now
        return self._current_stamp() != self._stamp


def show_result(app, result: Scenario | list[Problem]) -> None:
    """Start the scenario from its first node, or show why the file cannot be used."""
    from play_for_integrity.ui.scenes.dilemma import DilemmaScene
    if isinstance(result, Scenario):
        app.session.library.scenarios[result.id] = result
        app.session.journey = Journey([result])
        app.stack.reset(DilemmaScene(app))
    else:
        app.stack.reset(PreviewErrorScene(app, result))


class PreviewErrorScene(MenuScene):
    """The validation messages of a broken edit, shown in the game instead of closing it."""

    name = "preview-error"

    def __init__(self, app, problems: list[Problem]) -> None:
        super().__init__(app)
        self.problems = problems
        self.group.buttons = [Button("", app.quit)]

    def back(self) -> None:
        self.app.quit()

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
        text = "\n".join(str(p) for p in self.problems[:12])
        if len(self.problems) > 12:
            text += "\n…"
        pad = m.px(20)
        painter.text(text, panel.inflate(-2 * pad, -2 * pad), m.small)
        self.group.draw(painter, align="center")
