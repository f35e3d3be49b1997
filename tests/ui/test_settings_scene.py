"""The settings screen switches the team-talk timer off and on, and the choice is kept for the next run."""

from __future__ import annotations

from play_for_integrity.core.settings import load_settings
from play_for_integrity.ui.scenes.settings import SettingsScene

from .conftest import click


def test_the_team_talk_timer_can_be_switched_off_and_stays_off(make_app):
    app = make_app("en")
    app.stack.push(SettingsScene(app))
    app.stack.apply()
    app.render()
    scene = app.stack.top
    click(app, scene.timer[1].rect.center)  # Off
    assert app.session.settings.team_timer is False
    assert load_settings(app.session.data_dir)[0].team_timer is False
    app.render()
    assert scene.timer[1].selected and not scene.timer[0].selected
    click(app, scene.timer[0].rect.center)  # On
    assert load_settings(app.session.data_dir)[0].team_timer is True
