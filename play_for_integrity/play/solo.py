"""The solo journey as an application: a pupil's playlist, their choices recorded as they are confirmed."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from play_for_integrity.content.library import Library
from play_for_integrity.content.model import Choice, Scenario, StoryNode
from play_for_integrity.core.journey import Answer, Journey, draw_playlist
from play_for_integrity.core.profile import Profile, build_profile
from play_for_integrity.play.actions import Action, Advance, Choose, Finish, Outcome
from play_for_integrity.play.results_sink import ResultsSink
from play_for_integrity.results.game_recorder import GameRecorder

log = logging.getLogger(__name__)

RECENT_JOURNEYS = 5  # five journeys of three stories: a band's 16 stories before any repeats
PLAYLIST_LENGTH = 3


@dataclass(frozen=True)
class SoloView:
    """What the solo screens draw: the story step on show, the choice just made, where the pupil is."""

    scenario: Scenario | None
    node: StoryNode | None
    chosen: Choice | None
    number: int
    count: int
    finished: bool
    answers: tuple[Answer, ...]


def choose_playlist(library: Library, band: str, wanted: Sequence[str] = (), seed: int | None = None,
                    played: Sequence[str] = ()) -> list[Scenario]:
    """The teacher's playlist for this band when given, else scenarios drawn within the band, those the pupil
    played recently (`played`, newest first) left for last."""
    chosen = [library.scenarios[s] for s in wanted if s in library.scenarios and library.scenarios[s].band == band]
    return chosen or draw_playlist(library.by_band(band), PLAYLIST_LENGTH, seed, played)


def recently_played(sink: ResultsSink, player: str, band: str) -> list[str]:
    """The scenarios `player` met in their last few journeys in `band` (none when the store cannot be read)."""
    if not player:
        return []
    store = sink.open()
    if store is None:
        return []
    try:
        return store.recent_scenarios(player, band, RECENT_JOURNEYS)
    except Exception:  # noqa: BLE001 - a busy or damaged store only means the draw is not steered
        log.warning("could not read the pupil's recent journeys", exc_info=True)
        return []


class SoloGame:
    """One pupil's journey: Choose and Advance actions in, a SoloView out; answers reach the sink at once."""

    def __init__(self, library: Library, sink: ResultsSink, band: str, language: str, playlist: list[Scenario],
                 class_name: str = "", player: str = "", clock: Callable[[], float] = time.monotonic):
        if not playlist:
            raise LookupError(f"no scenarios for band {band}")
        self.library = library
        self.sink = sink
        self.band = band
        self.journey = Journey(playlist)
        self.recorder = GameRecorder(band, language, [s.id for s in playlist], class_name, player)
        self.clock = clock
        self.shown_at = clock()
        self.finished_recorded = False

    @property
    def view(self) -> SoloView:
        journey = self.journey
        done = journey.finished
        return SoloView(None if done else journey.scenario, None if done else journey.node, journey.pending,
                        min(journey.scenario_index + 1, len(journey.playlist)), len(journey.playlist), done,
                        tuple(journey.answers))

    @property
    def awaiting_choice(self) -> bool:
        return self.journey.awaiting_choice

    def profile(self) -> Profile:
        """The integrity profile of the answers so far (the summary screen's chart)."""
        return build_profile(list(self.library.values), self.journey.answers, self.library.scenarios)

    def shown(self) -> None:
        """The current step has just been put on screen: its answer time counts from now."""
        self.shown_at = self.clock()

    def dispatch(self, action: Action) -> Outcome:
        """Carry out one action; one that does not apply now (a second press in the same frame) is refused."""
        if isinstance(action, Choose):
            return self._choose(action.choice_id)
        if isinstance(action, Advance):
            return self._advance()
        if isinstance(action, Finish):
            return self._finish()
        return Outcome.refused(f"the solo journey has no action {action.kind!r}")

    def _choose(self, choice_id: str) -> Outcome:
        journey = self.journey
        if not journey.awaiting_choice:
            return Outcome.refused("no choice is expected now")
        if choice_id not in {c.id for c in journey.node.choices}:
            return Outcome.refused(f"{choice_id!r} is not a choice here")
        answer = journey.choose(choice_id, max(0.0, self.clock() - self.shown_at))
        self.sink.write("save the answer", lambda store: self.recorder.record(store, answer))
        return Outcome.done(answer)

    def _advance(self) -> Outcome:
        journey = self.journey
        if journey.finished:
            return Outcome.refused("the journey is over")
        if journey.pending is None and not journey.node.is_ending:
            return Outcome.refused("choose before moving on")
        journey.advance()
        self.shown()
        if journey.finished:
            self._finish()
        return Outcome.done()

    def _finish(self) -> Outcome:
        if not self.journey.finished or self.finished_recorded:
            return Outcome.refused("the journey is not over")
        self.finished_recorded = True
        totals = self.journey.totals()
        self.sink.write("save the final profile", lambda store: self.recorder.finish(store, totals))
        return Outcome.done()
