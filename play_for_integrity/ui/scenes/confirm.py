"""Leaving a journey half-way asks first, so a stray Esc never throws a pupil's game away."""

from __future__ import annotations

from play_for_integrity.i18n import N_
from play_for_integrity.ui.scenes.ask import AskScene


class ConfirmLeaveScene(AskScene):
    name = "confirm-leave"

    def __init__(self, app) -> None:
        super().__init__(app, N_("Leave this game? Your answers so far are saved."), N_("Keep playing"), N_("Leave"),
                         self.leave)

    def leave(self) -> None:
        from play_for_integrity.ui.scenes.title import TitleScene
        self.session.journey = None
        self.app.stack.reset(TitleScene(self.app))
