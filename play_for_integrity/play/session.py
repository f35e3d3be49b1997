"""The one game session of a run: settings, content, language, notices, the results sink and the mode in play."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from play_for_integrity.core.settings import Settings, save_settings
from play_for_integrity.i18n import N_, Translator, get_translator
from play_for_integrity.lazy_log import get_logger

if TYPE_CHECKING:  # each mode is imported when it starts, so the title comes up without them
    from datetime import date

    from play_for_integrity.content.library import Library
    from play_for_integrity.core.board_game import BoardGame, Team
    from play_for_integrity.play.board import BoardHour
    from play_for_integrity.play.results_sink import ResultsSink
    from play_for_integrity.play.solo import SoloGame
    from play_for_integrity.play.teacher import TeacherDesk
    from play_for_integrity.play.vote import VoteHour

log = get_logger(__name__)


class Later:
    """A value made when first needed: a session given `Later(load_library)` shows its first screen before the
    content is read (the game calls `GameSession.preload` once that screen is up)."""

    def __init__(self, make: Callable[[], Any]) -> None:
        self.make = make


class _MadeOnFirstUse:
    """A session field that may hold a Later: reading it makes the value, once (see dataclasses' descriptor fields)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self._slot = f"_{name}"

    def __get__(self, session: Any, owner: type | None = None) -> Any:
        if session is None:
            raise AttributeError(self._slot)  # no default: the field must be given
        value = session.__dict__[self._slot]
        if isinstance(value, Later):
            value = session.__dict__[self._slot] = value.make()
        return value

    def __set__(self, session: Any, value: Any) -> None:
        session.__dict__[self._slot] = value

# TRANSLATORS: the name stored for a pupil who left the nickname empty: the pupils at this computer, numbered.
PUPIL_NAME = N_("Pupil %(number)s")


@dataclass
class GameSession:
    """State shared by the screens; passed to each of them, never kept in module globals."""

    settings: Settings
    library: Library = _MadeOnFirstUse()  # type: ignore[assignment]  # a Later(...) is read on first use
    data_dir: Path  # type: ignore[misc]
    notices: list[str] = field(default_factory=list)
    record_results: bool = True  # False for screenshots and checks: nothing is written to the class results
    teacher_playlist: list[str] = field(default_factory=list)
    seed: int | None = None
    band: str | None = None  # the age band played last in this run, offered first next time
    solo_games: int = 0  # solo games started in this run: numbers the pupils who leave the nickname empty
    solo: SoloGame | None = None
    board: BoardHour | None = None
    vote: VoteHour | None = None

    def __post_init__(self) -> None:
        self._results: ResultsSink | None = None
        self._teacher: TeacherDesk | None = None

    @property
    def results(self) -> ResultsSink:
        """The run's one results sink (made on first use; it opens the store only when something is recorded)."""
        if self._results is None:
            from play_for_integrity.play.results_sink import ResultsSink
            self._results = ResultsSink(self.data_dir, self.notify, enabled=self.record_results)
        return self._results

    @results.setter
    def results(self, sink: ResultsSink) -> None:
        self._results = sink

    def preload(self) -> None:
        """Make what was left for later (the content library) now, e.g. once the first screen is up."""
        self.library  # noqa: B018 - reading it makes it

    def today(self) -> date:
        """Today's date, which picks the school quarter a new Hour offers first."""
        from datetime import date

        return date.today()

    @property
    def teacher(self) -> TeacherDesk:
        """The teacher's side of this run (made on first use: one per run, so wrong PINs are counted across visits)."""
        if self._teacher is None:
            from play_for_integrity.play.teacher import TeacherDesk
            self._teacher = TeacherDesk(self.results, self.library, self.data_dir)
        return self._teacher

    @property
    def tr(self) -> Translator:
        return get_translator(self.settings.language)

    def notify(self, message: str) -> None:
        """Add a notice for the teacher (shown on the title screen), once."""
        if message not in self.notices:
            self.notices.append(message)

    def set_language(self, lang: str) -> None:
        self.settings.language = lang
        self.settings.language_chosen = True
        self.save()

    def remember_class(self, class_name: str) -> None:
        """Offer `class_name` again next time (solo game and Integrity Hour alike)."""
        if self.settings.last_class != class_name:
            self.settings.last_class = class_name
            self.save()

    def remember_class_size(self, size: int) -> None:
        """Offer `size` (0: not given) as the class size at the next class vote."""
        if self.settings.class_size != size:
            self.settings.class_size = size
            self.save()

    def save(self) -> None:
        problem = save_settings(self.settings, self.data_dir)
        if problem:
            self.notify(problem)

    # -- starting a mode ----------------------------------------------------------------------------
    def default_player(self) -> str:
        """The name the next solo game stores when the nickname is left empty: "Pupil 3", numbered in this run."""
        tr = self.tr
        return tr.gettext(PUPIL_NAME) % {"number": tr.format_number(self.solo_games + 1)}

    def start_solo(self, band: str, player: str = "", class_name: str = "") -> SoloGame:
        """A pupil's journey over the teacher's playlist for this band, or scenarios drawn within the band."""
        self.band = band
        from play_for_integrity.play.solo import SoloGame, choose_playlist, recently_played
        played = recently_played(self.results, player.strip(), band) if not self.teacher_playlist else []
        playlist = choose_playlist(self.library, band, self.teacher_playlist, self.seed, played)
        name = player.strip() or self.default_player()
        self.solo = SoloGame(self.library, self.results, band, self.settings.language, playlist, class_name, name)
        self.solo_games += 1
        return self.solo

    def start_board(self, class_name: str, band: str, minutes: int, teams: list[Team],
                    stories: Sequence[str] = ()) -> BoardHour:
        """A board game whose dilemma cards are `stories` (ids, e.g. a quarter's), or every story of the band."""
        from play_for_integrity.play.board import BoardHour
        self.board = BoardHour.new(self.library, self.results, self.data_dir, self.notify, class_name, band,
                                   self.settings.language, minutes, teams, seed=self.seed, stories=stories)
        return self.board

    def resume_board(self, game: BoardGame, saves: bool = True) -> BoardHour:
        from play_for_integrity.play.board import BoardHour
        self.board = BoardHour(game, self.library, self.results, self.data_dir, self.notify, saves=saves)
        return self.board

    def start_vote(self, band: str, class_name: str, class_size: int | None = None,
                   stories: Sequence[str] = ()) -> VoteHour:
        """A class vote over `stories` in their order (e.g. a quarter's), or over every scenario of the band in an
        order drawn by the seed; no total over `class_size`."""
        import random
        chosen = [self.library.scenarios[s] for s in stories
                  if s in self.library.scenarios and self.library.scenarios[s].band == band]
        scenarios = self.library.by_band(band)
        playlist = chosen or random.Random(self.seed).sample(scenarios, len(scenarios))
        from play_for_integrity.play.vote import VoteHour
        self.vote = VoteHour(playlist, self.results, class_name, band, self.settings.language, class_size=class_size)
        return self.vote

    def saved_board(self) -> BoardGame | None:
        """The unfinished board game saved on this PC, if any (a damaged save becomes a notice)."""
        from play_for_integrity.core.board_save import load_saved_game
        game, problem = load_saved_game(self.data_dir)
        if problem:
            self.notify(problem)
        return game if game is not None and not game.is_over else None
