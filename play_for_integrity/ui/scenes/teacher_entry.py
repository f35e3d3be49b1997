"""The way into the teacher view: open the class results store, then ask for (or set) the teacher PIN."""

from __future__ import annotations

import sqlite3

from play_for_integrity.i18n import N_
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scenes.common import MenuScene, bottom_row, header
from play_for_integrity.ui.widgets import Button

CANNOT_OPEN = N_("The class results cannot be opened")


def open_teacher_view(app) -> None:
    """Push the PIN screen over the current one; a store that cannot open shows why instead."""
    from play_for_integrity.results.errors import ResultsError
    from play_for_integrity.results.store import ResultsStore
    from play_for_integrity.ui.scenes.pin import PinScene

    try:
        store = ResultsStore.open(app.session.data_dir)
    except (ResultsError, OSError, sqlite3.Error) as err:
        app.stack.push(TeacherMessageScene(app, CANNOT_OPEN, str(err)))
        return
    try:
        has_pin = store.has_pin()
    except sqlite3.Error as err:
        store.close()
        app.stack.push(TeacherMessageScene(app, CANNOT_OPEN, f"the results database {store.path} reports: {err}"))
        return
    if store.open_report is not None:
        app.notice(f"the results database was damaged and has been moved to {store.open_report.moved_to} "
                   f"({store.open_report.reason}); a new one was started")
    app.stack.push(PinScene(app, store, setting=not has_pin))


class TeacherMessageScene(MenuScene):
    """A problem in the teacher view, in one sentence with its fix, and a way back."""

    name = "teacher-message"

    def __init__(self, app, title: str, detail: str) -> None:
        super().__init__(app)
        self.title = title  # a message id, translated when drawn
        self.detail = detail  # the results layer's message: names the file and the fix
        self.group.buttons = [Button("", self.back)]

    def draw(self, painter: Painter) -> None:
        m = painter.metrics
        area = header(painter, self._(self.title))
        [button] = self.group.buttons
        button.label = self._("Back")
        rest = bottom_row(painter, area, [button])
        painter.panel(rest)
        pad = m.px(24)
        painter.text(self.detail, rest.inflate(-2 * pad, -2 * pad), m.body)
        self.group.draw(painter, align="center")
