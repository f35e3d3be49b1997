"""Start the game: build the session from settings and content, open the window, run the loop."""

from __future__ import annotations

import logging
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from play_for_integrity.content.library import load_library
from play_for_integrity.core.settings import load_settings
from play_for_integrity.i18n import catalog_notices
from play_for_integrity.play.session import GameSession
from play_for_integrity.user_data import ensure_user_data_dir, user_data_dir

if TYPE_CHECKING:
    from play_for_integrity.ui.app import App

log = logging.getLogger(__name__)


def skipped_notices(library) -> list[str]:
    """One line per skipped content file, naming the file, the first problem and the fix."""
    notices = []
    for path, problems in library.skipped.items():
        first = problems[0]
        more = f" (+{len(problems) - 1} more)" if len(problems) > 1 else ""
        notices.append(f"{path} was skipped: line {first.line}: {first.message}{more}. "
                       "Run 'play-for-integrity validate' to see every problem.")
    for problem in library.catalogs.problems:
        notices.append(f"{problem.location()}: {problem.message}")
    return notices


def build_session(data_dir: str | Path | None = None, language: str | None = None,
                  persist: bool = True) -> GameSession:
    """The shared session: settings from the user data folder, every valid scenario, notices for the rest.

    With `persist` False (screenshots, the text-fit check) the session writes nothing the teacher keeps: its data
    folder is a temporary one and the class results are not recorded.
    """
    notices: list[str] = []
    try:
        folder = ensure_user_data_dir(data_dir) if persist else Path(tempfile.mkdtemp(prefix="pfi-"))
    except OSError as err:
        folder = Path(tempfile.mkdtemp(prefix="pfi-"))
        notices.append(f"the data folder {user_data_dir(data_dir)} cannot be used ({err.strerror or err}); "
                       f"this session keeps its data in {folder} until the game closes")
    settings, notice = load_settings(folder)
    if notice:
        notices.append(notice)
    if language:
        settings.language = language
    library = load_library()
    notices.extend(skipped_notices(library))
    notices.extend(catalog_notices())
    return GameSession(settings, library, folder, notices)


def check_playlist(session: GameSession, playlist: list[str]) -> str | None:
    """A message naming the unknown scenario ids of a teacher's playlist, with the closest known ones."""
    import difflib

    unknown = [sid for sid in playlist if sid not in session.library.scenarios]
    if not unknown:
        return None
    lines = []
    for sid in unknown:
        close = difflib.get_close_matches(sid, session.library.scenarios, n=1)
        lines.append(f"'{sid}'" + (f" (did you mean '{close[0]}'?)" if close else ""))
    return ("play-for-integrity: unknown scenario id " + ", ".join(lines)
            + "; 'play-for-integrity scenarios' lists them")


def run_game(data_dir: str | Path | None = None, language: str | None = None, playlist: list[str] | None = None) -> int:
    session = build_session(data_dir, language)
    if playlist:
        problem = check_playlist(session, playlist)
        if problem:
            print(problem, file=sys.stderr)
            return 1
        session.teacher_playlist = playlist
    return run_window(session, lambda app: app.push("title"))


def run_window(session: GameSession, start: Callable[[App], None]) -> int:
    """Open the window, let `start` put the first scene up, run the loop; a crash becomes one sentence."""
    import pygame

    from play_for_integrity.ui.app import App, crash_report

    try:
        pygame.init()
        app = App(session)
        start(app)
        app.run(None)
    except KeyboardInterrupt:
        return 130
    except Exception:  # the player sees a sentence and where the details are, never a traceback
        print(crash_report(session.data_dir))
        return 1
    finally:
        pygame.quit()
    return 0
