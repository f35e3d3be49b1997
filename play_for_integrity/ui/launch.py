"""Start the game: build the session from settings and content, open the window, run the loop."""

from __future__ import annotations

import shutil
import sys
import tempfile
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from play_for_integrity.core.settings import load_settings
from play_for_integrity.i18n import LANGUAGES, N_, catalog_notices
from play_for_integrity.lazy_log import get_logger
from play_for_integrity.play.notices import Notice
from play_for_integrity.i18n.registry import use_data_dir
from play_for_integrity.play.instance_lock import InstanceLock, acquire
from play_for_integrity.play.session import GameSession, Later
from play_for_integrity.user_data import ensure_user_data_dir, user_data_dir

if TYPE_CHECKING:
    from play_for_integrity.content.library import Library
    from play_for_integrity.ui.app import App

log = get_logger(__name__)


def _visible(text: str) -> str:
    """`text` safe to print (content.problems.visible), imported only when a message needs it: not on the way to
    the first frame, which the Problem class would delay."""
    from play_for_integrity.content.problems import visible

    return visible(text)


def skipped_notices(library) -> list[str]:
    """One notice per skipped content file, naming the file, the line, the first problem and the fix; the sentence
    around them is translated when shown, the validator's own message is not."""
    notices: list[str] = []
    for path, problems in library.skipped.items():
        first = problems[0]
        if len(problems) > 1:
            notices.append(Notice(N_("%(file)s was skipped: line %(line)s: %(message)s (problems in this file: "
                                     "%(count)s). Run “play-for-integrity validate” to see every problem."),
                                  file=_visible(str(path)), line=first.line, message=first.message,
                                  count=len(problems)))
        else:
            notices.append(Notice(N_("%(file)s was skipped: line %(line)s: %(message)s. Run “play-for-integrity "
                                     "validate” to see every problem."),
                                  file=_visible(str(path)), line=first.line, message=first.message))
    for problem in library.catalogs.problems:
        notices.append(f"{problem.location()}: {problem.message}")
    return notices


def _content(notices: list[str]) -> Callable[[], Library]:
    """Reading the scenarios; their problems become notices where they belong (before the catalogs' ones)."""
    at = len(notices)  # after the data folder's and the settings' notices, as when read at once

    def load() -> Library:
        from play_for_integrity.content.library import load_library

        library = load_library()
        notices[at:at] = skipped_notices(library)
        return library
    return load


def _later_catalogs(notices: list[str], first: str, load: Callable[[], Library]) -> Callable[[], Library]:
    """`load`, then the catalogs of the languages other than `first`: the title needs only its own language's
    catalog, and the others' notices (a missing or broken catalog) join the title's list once it is up."""
    def load_all() -> Library:
        library = load()
        notices.extend(problem for problem in catalog_notices([lang for lang in LANGUAGES if lang != first])
                       if problem not in notices)
        return library
    return load_all


def build_session(data_dir: str | Path | None = None, language: str | None = None,
                  persist: bool = True, content_later: bool = False) -> GameSession:
    """The shared session: settings from the user data folder, every valid scenario, notices for the rest.

    With `persist` False (screenshots, the text-fit check) the session writes nothing the teacher keeps: its data
    folder is a temporary one and the class results are not recorded. A temporary folder (also the one used when
    the data folder cannot be) is removed when the session ends, at the latest when the program exits.
    With `content_later` the scenarios are read when first needed (GameSession.preload), so the title comes first.
    """
    notices: list[str] = []
    temporary = not persist
    try:
        folder = ensure_user_data_dir(data_dir) if persist else Path(tempfile.mkdtemp(prefix="pfi-"))
    except OSError as err:
        folder, temporary = Path(tempfile.mkdtemp(prefix="pfi-")), True
        notices.append(f"the data folder {user_data_dir(data_dir)} cannot be used ({err.strerror or err}); "
                       f"this session keeps its data in {folder} until the game closes")
    if persist:
        use_data_dir(data_dir)  # translation caches go with a chosen data folder, not into the per-user one
    settings, notice = load_settings(folder)
    if notice:
        notices.append(notice)
    if language:
        settings.language = language
    content = _content(notices)
    if content_later:
        notices.extend(catalog_notices([settings.language]))
        library = Later(_later_catalogs(notices, settings.language, content))
    else:
        library = content()
        notices.extend(catalog_notices())
    session = GameSession(settings, library, folder, notices)
    if temporary:
        weakref.finalize(session, shutil.rmtree, folder, ignore_errors=True)
    return session


def _lock_data_folder(data_dir: str | Path | None) -> tuple[InstanceLock | None, str | None]:
    """The lock of the data folder, or the sentence that refuses a second game on it."""
    try:
        folder = ensure_user_data_dir(data_dir)
        lock = acquire(folder)
    except OSError as err:  # an unusable folder: build_session says so and uses a temporary one, which needs no lock
        log.warning("cannot lock the data folder %s: %s", user_data_dir(data_dir), err)
        return None, None
    if lock is None:
        return None, (f"Play for Integrity is already running for the data folder {_visible(str(folder))}: "
                      "use that window, or start with --data-dir OTHER_FOLDER")
    return lock, None


@contextmanager
def holding_data_folder(data_dir: str | Path | None) -> Iterator[str | None]:
    """Hold the data folder while the block runs (one game per folder); yields why not when a game already holds it.

    Take it before build_session: a refused start must not read (or set aside) any file of the running game.
    """
    lock, refusal = _lock_data_folder(data_dir)
    try:
        yield refusal
    finally:
        if lock is not None:
            lock.release()


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
    return _visible("play-for-integrity: unknown scenario id " + ", ".join(lines)
                   + "; 'play-for-integrity scenarios' lists them")


def run_game(data_dir: str | Path | None = None, language: str | None = None, playlist: list[str] | None = None) -> int:
    """Start the game on the data folder, unless another running game holds it."""
    with holding_data_folder(data_dir) as refusal:
        if refusal:
            print(refusal, file=sys.stderr)
            return 1
        session = build_session(data_dir, language, content_later=True)
        if playlist:
            problem = check_playlist(session, playlist)
            if problem:
                print(problem, file=sys.stderr)
                return 1
            session.teacher_playlist = playlist
        return run_window(session, lambda app: (app.push("title"), app.after_first_frame(session.preload)))


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
