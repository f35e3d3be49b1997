"""Every scene by name: screens name the next screen here instead of importing each other.

A scene's module is imported the first time the scene is shown, so the title comes up without loading the board
game or the results store. The screenshot command and the text-fit check list scenes from here too.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from play_for_integrity.ui.app import App
    from play_for_integrity.ui.scene_stack import Scene

PACKAGE = "play_for_integrity.ui.scenes"

SCENES: dict[str, str] = {
    "title": "title:TitleScene",
    "language": "language:LanguageScene",
    "band": "band:BandScene",
    "player": "player:PlayerScene",
    "dilemma": "dilemma:DilemmaScene",
    "feedback": "feedback:FeedbackScene",
    "summary": "summary:SummaryScene",
    "settings": "settings:SettingsScene",
    "notices": "notices:NoticeScene",
    "ask": "ask:AskScene",
    "hour-start": "hour_start:HourStartScene",
    "hour-setup": "hour_setup:HourSetupScene",
    "hour-stories": "hour_stories:HourStoriesScene",
    "board": "board:BoardScene",
    "board-dilemma": "hour_cards:BoardDilemmaScene",
    "board-feedback": "hour_cards:BoardFeedbackScene",
    "task-card": "task_card:TaskCardScene",
    "board-end": "hour_end:BoardEndScene",
    "board-menu": "board_menu:BoardMenuScene",
    "help": "help:HelpScene",
    "vote": "vote:VoteScene",
    "vote-scan": "vote_scan:VoteScanScene",
    "vote-cards-problem": "vote_cards_problem:CardsProblemScene",
    "vote-result": "vote_result:VoteResultScene",
    "vote-talk": "vote:VoteTalkScene",
    "vote-end": "vote_end:VoteEndScene",
    "pin": "pin:PinScene",
    "teacher-message": "teacher_message:TeacherMessageScene",
    "teacher-sessions": "teacher_sessions:TeacherSessionsScene",
    "teacher-session": "teacher_session:TeacherSessionScene",
    "teacher-delete": "teacher_delete:DeleteSessionScene",
    "pupil-names": "pupil_names:PupilNamesScene",
    "preview-error": "play_for_integrity.ui.preview:PreviewErrorScene",
}


def scene_class(name: str) -> type[Scene]:
    """The class registered as `name`; KeyError naming the known scenes for a name nobody registered."""
    try:
        target = SCENES[name]
    except KeyError:
        raise KeyError(f"no scene is called {name!r}; the scenes are {', '.join(SCENES)}") from None
    module, _, attribute = target.partition(":")
    if "." not in module:
        module = f"{PACKAGE}.{module}"
    return getattr(importlib.import_module(module), attribute)


def make(app: App, name: str, *args: Any, **kwargs: Any) -> Scene:
    """A new scene `name` for `app`, built with the given arguments."""
    return scene_class(name)(app, *args, **kwargs)
