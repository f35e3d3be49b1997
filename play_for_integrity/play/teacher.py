"""The teacher view as an application: the PIN gate, the recorded sessions, delete, demo class and export."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from play_for_integrity.content.library import Library
from play_for_integrity.core.pupil_names import PupilNames, load_names, save_names
from play_for_integrity.i18n import N_
from play_for_integrity.play.actions import Action, Outcome
from play_for_integrity.play.results_sink import ResultsSink
from play_for_integrity.results.db_faults import fault_error
from play_for_integrity.results.errors import ResultsError
from play_for_integrity.results.pin import PIN_PATTERN, is_trivial
from play_for_integrity.results.records import SessionData, SessionSummary

TRIES_BEFORE_WAIT = 3
WAIT_SECONDS = 30.0
LONGEST_WAIT = 300.0
DEMO_PUPILS = 24

# Message ids the PIN screen shows in the current language.
PIN_TOO_SHORT = N_("The PIN must have 4 to 8 digits.")
PIN_EMPTY = N_("Type the PIN first.")
PIN_WRONG = N_("That is not the teacher PIN. Try again.")
PIN_TOO_EASY = N_("This PIN is too easy to guess. Avoid one digit repeated (1111) and runs (1234, 4321).")
PINS_DIFFER = N_("The two PINs are not the same. Type the new PIN twice again.")
WAIT = "wait"  # too many wrong PINs: the screen shows the countdown
LOCKED = "the teacher PIN has not been entered"
PIN_MESSAGES = (PIN_EMPTY, PIN_TOO_SHORT, PIN_TOO_EASY, PIN_WRONG, PINS_DIFFER)  # what the PIN screen translates


@dataclass(frozen=True)
class EnterPin(Action):
    """The teacher types the PIN to open the class results."""

    kind = "enter_pin"
    pin: str


@dataclass(frozen=True)
class SetPin(Action):
    """The first teacher sets the PIN (typed twice, so both must agree)."""

    kind = "set_pin"
    pin: str
    again: str


@dataclass(frozen=True)
class DeleteSession(Action):
    """Delete one recorded session for good."""

    kind = "delete_session"
    session_id: str


@dataclass(frozen=True)
class AddDemoClass(Action):
    """Fill the store with an invented class, to try the view and the exports."""

    kind = "add_demo"
    class_name: str
    language: str


@dataclass(frozen=True)
class SessionReport:
    """A recorded session and its analysis, ready to draw."""

    data: SessionData
    splits: list
    profiles: list
    average: dict


class TeacherDesk:
    """The teacher's side of a run: nothing is read before the PIN; wrong PINs count across restarts."""

    def __init__(self, sink: ResultsSink, library: Library, data_dir: Path,
                 clock: Callable[[], float] = time.time):
        self.sink = sink
        self.library = library
        self.data_dir = data_dir
        self.clock = clock  # wall-clock, to resume a wait after a restart (which a monotonic clock cannot span)
        self.failures = 0
        self.wait = 0.0  # seconds left before the PIN may be tried again
        self.unlocked = False
        self._wait_loaded = False

    # -- reading ----------------------------------------------------------------------------------
    def open_problem(self) -> str | None:
        """None when the class results can be used; else why not, naming the file and the fix."""
        store = self.sink.open()
        if store is None:
            return self.sink.problem or "the class results are switched off in this run"
        try:
            store.has_pin()
            self._load_wait(store)
        except sqlite3.Error as err:
            return str(fault_error(store.path, err, "read"))
        return None

    @property
    def has_pin(self) -> bool:
        store = self.sink.open()
        if store is None:
            return False
        self._load_wait(store)
        return store.has_pin()

    def sessions(self) -> list[SessionSummary]:
        """Every recorded session, newest first; ResultsError (with the file and the fix) when it cannot be read."""
        return self._read(lambda store: store.sessions())

    def sessions_page(self, page: int, per_page: int) -> tuple[list[SessionSummary], int]:
        """(the sessions of page `page`, counted from 0, newest first; how many sessions there are in all).

        Only that page is read, with its counts from SQL: a school's years of results cost what one page costs.
        A page past the last gives the last page; ResultsError as `sessions()`.
        """
        return self._read(lambda store: store.sessions_page(page, per_page))

    def session(self, session_id: str) -> SessionData:
        return self._read(lambda store: store.session(session_id))

    def report(self, session_id: str) -> SessionReport:
        """One session with what the teacher view shows of it: profiles, the class average, where the class split."""
        from play_for_integrity.results.analysis import (class_average, options_per_node, participant_profiles,
                                                         where_class_split)
        data = self.session(session_id)
        splits = where_class_split([data], options_per_node(self.library.scenarios.values()))
        return SessionReport(data, splits, participant_profiles(data), class_average(data))

    def _read(self, read):
        """Read the results, only once the PIN was entered; damaged rows met become notices."""
        if not self.unlocked:
            raise ResultsError(LOCKED)
        self.sink.save_kept()
        result = self._call(read)
        for warning in self.sink.store.take_warnings() if self.sink.store else ():
            self.sink.notify(warning)
        return result

    def _call(self, read):
        store = self.sink.open()
        if store is None:
            raise ResultsError(self.sink.problem or "the class results cannot be opened")
        try:
            return read(store)
        except sqlite3.Error as err:
            self.sink.check_later(err)  # damage: the next use checks the file (and sets it aside if damaged)
            raise fault_error(store.path, err, "use") from err

    # -- the PIN gate -----------------------------------------------------------------------------
    def tick(self, dt: float) -> None:
        """Count down the wait after too many wrong PINs."""
        self.wait = max(0.0, self.wait - dt)

    # -- actions ----------------------------------------------------------------------------------
    def dispatch(self, action: Action) -> Outcome:
        """Carry out one action; the reason of a refusal is a message id or a sentence naming the fix."""
        try:
            if isinstance(action, EnterPin):
                return self._enter(action.pin)
            if isinstance(action, SetPin):
                return self._set(action.pin, action.again)
            if not self.unlocked:
                return Outcome.refused(LOCKED)
            if isinstance(action, DeleteSession):
                self._call(lambda store: store.delete_session(action.session_id))
                return Outcome.done()
            if isinstance(action, AddDemoClass):
                from play_for_integrity.results.demo_class import fill_demo_class
                self._call(lambda store: fill_demo_class(store, self.library, action.class_name,
                                                         language=action.language, pupils=DEMO_PUPILS))
                return Outcome.done()
        except (ResultsError, ValueError, PermissionError) as err:
            return Outcome.refused(str(err))
        return Outcome.refused(f"the teacher view has no action {action.kind!r}")

    def _load_wait(self, store) -> None:
        """Once per run, the wrong tries and wait an earlier run stored (never longer than LONGEST_WAIT)."""
        if self._wait_loaded:
            return
        self._wait_loaded = True
        failures, until = store.pin_wait()
        self.failures = max(self.failures, failures)
        self.wait = max(self.wait, min(LONGEST_WAIT, until - self.clock()))

    def _remember_wait(self) -> None:
        self._call(lambda store: store.set_pin_wait(self.failures, self.clock() + self.wait))

    def _enter(self, pin: str) -> Outcome:
        self._call(self._load_wait)
        if self.wait > 0:
            return Outcome.refused(WAIT)
        if not pin:
            return Outcome.refused(PIN_EMPTY)
        if self._call(lambda store: store.check_pin(pin)):
            if self.failures:
                self.failures = 0
                self._remember_wait()
            self.unlocked = True
            return Outcome.done()
        self.failures += 1
        if self.failures % TRIES_BEFORE_WAIT == 0:
            self.wait = min(LONGEST_WAIT, WAIT_SECONDS * (self.failures // TRIES_BEFORE_WAIT))
        self._remember_wait()
        return Outcome.refused(WAIT if self.wait > 0 else PIN_WRONG)

    def _set(self, pin: str, again: str) -> Outcome:
        if not PIN_PATTERN.fullmatch(pin):
            return Outcome.refused(PIN_TOO_SHORT)
        if is_trivial(pin):
            return Outcome.refused(PIN_TOO_EASY)
        if again != pin:
            return Outcome.refused(PINS_DIFFER)
        self._call(lambda store: store.set_pin(pin))
        self.unlocked = True
        return Outcome.done()

    # -- names for the answer-card numbers (on this PC only, never in the store or an export) ---------------------
    def pupil_names(self) -> PupilNames:
        """The teacher's names for card numbers, per class; a damaged file becomes a notice and an empty list."""
        if not self.unlocked:
            raise ResultsError(LOCKED)
        from play_for_integrity.user_data import user_data_dir
        names, problem = load_names(user_data_dir(self.data_dir))
        if problem:
            self.sink.notify(problem)
        return names

    def save_pupil_names(self, class_name: str, names: dict[int, str]) -> Outcome:
        """Keep `names` (card number -> name) as the list of `class_name`; refused with the reason when it cannot."""
        from play_for_integrity.user_data import user_data_dir
        if not self.unlocked:
            return Outcome.refused(LOCKED)
        kept = self.pupil_names()
        kept.set_class(class_name, names)
        problem = save_names(kept, user_data_dir(self.data_dir))
        return Outcome.refused(problem) if problem else Outcome.done()

    def export(self, data: SessionData, fmt: str, tr) -> Path:
        """Write one session in `fmt` with headers in the translator's language; ResultsError naming the fix."""
        from play_for_integrity.play.teacher_export import export_session
        if not self.unlocked:
            raise ResultsError(LOCKED)
        return export_session(data, fmt, tr, self.library, self.data_dir)
