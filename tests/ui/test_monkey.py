"""Monkey test: every registered scene, in every language, fed seeded random input for a few hundred frames.

Keys (Enter, Esc, Tab, Shift+Tab, arrows, digits, letters, F11, Ctrl+Z …), typed text (control characters and
lone surrogates too), mouse moves, clicks at random points and on buttons, the wheel, window sizes from 1x1 to
8000x8000 and focus changes arrive several to a frame. No exception may escape, and afterwards every answer a
controller accepted is in the class results store (minus what an accepted undo took back).
"""

from __future__ import annotations

import os
import random
from collections import defaultdict
from dataclasses import dataclass, field

import pygame
import pytest

from play_for_integrity.core.clock import SteppedClock
from play_for_integrity.play import teacher_export
from play_for_integrity.play.actions import AnswerCard, Choose, SubmitVotes, Undo, UndoVote
from play_for_integrity.play.board import BoardHour
from play_for_integrity.play.solo import SoloGame
from play_for_integrity.play.teacher import DeleteSession, TeacherDesk
from play_for_integrity.play.vote import VoteHour
from play_for_integrity.play.vote_cards import SubmitCards
from play_for_integrity.ui import scene_registry, screenshot

SEED = 11_2024
FRAMES = 200  # per scene and language: 28 scenes x 3 languages x 200 = about 17 000 frames, 40 000 events
RENDER_EVERY = 8
SIZES = [(1024, 768), (1280, 800), (1920, 1080), (800, 600), (1, 1), (320, 240), (3000, 700), (700, 2000)]
TEXTS = ["7", "25", "999", "Әйгерім", "Қ", " ", "«Барыс»", "\x00", "\x1b[2J", "\ud800", "Ш" * 30, "\t", "🙂"]
KEYS = [pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE, pygame.K_ESCAPE, pygame.K_TAB, pygame.K_UP, pygame.K_DOWN,
        pygame.K_LEFT, pygame.K_RIGHT, pygame.K_BACKSPACE, pygame.K_DELETE, pygame.K_HOME, pygame.K_END,
        pygame.K_PAGEUP, pygame.K_PAGEDOWN, pygame.K_PLUS, pygame.K_MINUS, pygame.K_F11, pygame.K_KP1, pygame.K_KP2,
        *range(pygame.K_0, pygame.K_9 + 1), *range(pygame.K_a, pygame.K_z + 1)]


@dataclass
class Ledger:
    """What the controllers accepted, as the class results store must now hold it."""

    solo: list[SoloGame] = field(default_factory=list)
    boards: dict[str, tuple[BoardHour, dict[int, list[str]]]] = field(default_factory=dict)  # by stored session
    votes: dict[int, tuple[VoteHour, list]] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)
    accepted: int = 0


@pytest.fixture
def ledger(monkeypatch, tmp_path):
    """Spies on every controller's dispatch; exports go to a temp folder, never the real Documents. Files are
    not forced to the disk (os.fsync): this test is about input, and thousands of saves must stay fast."""
    monkeypatch.setattr(teacher_export, "documents_dir", lambda: tmp_path / "documents")
    monkeypatch.setattr(os, "fsync", lambda fd: None)
    book = Ledger()
    originals = {cls: cls.dispatch for cls in (SoloGame, BoardHour, VoteHour, TeacherDesk)}

    def spy(cls):
        def dispatch(self, action):
            team = self.game.current if cls is BoardHour else None
            outcome = originals[cls](self, action)
            if outcome.accepted:
                book.accepted += 1
                note(self, cls, action, outcome, team)
            return outcome
        return dispatch

    def note(controller, cls, action, outcome, team) -> None:
        if cls is SoloGame and isinstance(action, Choose) and controller not in book.solo:
            book.solo.append(controller)
        elif cls is BoardHour:  # a resumed game is a new controller writing to the same stored session
            sid = controller.game.meta.get("results_session")
            answers = book.boards.setdefault(sid, (controller, defaultdict(list)))[1]
            book.boards[sid] = (controller, answers)
            if isinstance(action, AnswerCard):
                answers[team].append(action.choice_id)
            elif isinstance(action, Undo):  # the recorder keeps each team's first answers, as many as the game
                for index, done in enumerate(controller.game.dilemmas_done):
                    del answers[index][done:]
        elif cls is VoteHour:
            _, results = book.votes.setdefault(id(controller), (controller, []))
            if isinstance(action, SubmitVotes):
                results.append(outcome.value)
            elif isinstance(action, SubmitCards):  # read from answer cards: its pupils hold the answers, not the class
                results.append(None)
            elif isinstance(action, UndoVote):
                results.pop()
        elif cls is TeacherDesk and isinstance(action, DeleteSession):
            book.deleted.add(action.session_id)

    for cls in originals:
        monkeypatch.setattr(cls, "dispatch", spy(cls))
    return book


def targets(app) -> list[tuple[int, int]]:
    """The centres of the buttons and text boxes of the screen on top."""
    top = app.stack.top
    rects = [b.rect for b in getattr(getattr(top, "group", None), "buttons", [])]
    form = getattr(top, "form", None)
    rects += [f.rect for f in getattr(form, "fields", [])]
    return [r.center for r in rects if r.width > 0]


def random_event(rng: random.Random, app) -> pygame.event.Event:
    w, h = app.surface.get_size()
    roll = rng.random()
    if roll < 0.45:
        code = rng.choice(KEYS)
        mod = rng.choice([0, 0, 0, pygame.KMOD_LSHIFT, pygame.KMOD_LCTRL])
        if code == pygame.K_z and rng.random() < 0.5:
            mod = pygame.KMOD_LCTRL
        char = chr(code) if 32 <= code < 127 and not mod & pygame.KMOD_CTRL else ""
        kind = pygame.KEYDOWN if rng.random() < 0.85 else pygame.KEYUP
        return pygame.event.Event(kind, key=code, mod=mod, unicode=char, scancode=0)
    if roll < 0.55:
        kind = pygame.TEXTINPUT if rng.random() < 0.85 else pygame.TEXTEDITING
        return pygame.event.Event(kind, text=rng.choice(TEXTS), start=0, length=1)
    spots = targets(app)
    pos = rng.choice(spots) if spots and rng.random() < 0.6 else (rng.randrange(-5, w + 5), rng.randrange(-5, h + 5))
    if roll < 0.68:
        return pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(1, 1), buttons=(0, 0, 0))
    if roll < 0.88:
        kind = pygame.MOUSEBUTTONUP if rng.random() < 0.7 else pygame.MOUSEBUTTONDOWN
        return pygame.event.Event(kind, pos=pos, button=rng.choice([1, 1, 1, 3]))
    if roll < 0.92:
        return pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=rng.choice([-1, 1]), flipped=False)
    if roll < 0.995:
        return pygame.event.Event(rng.choice([pygame.WINDOWFOCUSLOST, pygame.WINDOWFOCUSGAINED, pygame.WINDOWEXPOSED,
                                              pygame.WINDOWRESTORED, pygame.WINDOWLEAVE]))
    size = rng.choice(SIZES)
    pygame.display.set_mode(size, pygame.RESIZABLE)
    return pygame.event.Event(pygame.VIDEORESIZE, size=size, w=size[0], h=size[1])


def first_shots() -> list[str]:
    """One screenshot per registered scene: the way to build it with demo state."""
    shots = {}
    for shot, (scene, _) in screenshot.SHOTS.items():
        shots.setdefault(scene, shot)
    assert set(shots) == set(scene_registry.SCENES)
    return list(shots.values())


def run_scene(app, rng: random.Random, shot: str) -> None:
    app.stack.reset(scene_registry.make(app, "title"))
    app.stack.apply()
    app.stack.push(screenshot.build_scene(app, shot))
    app.stack.apply()
    clock = SteppedClock()
    for frame in range(FRAMES):
        for _ in range(rng.randint(1, 4)):
            app.handle(random_event(rng, app))
        pygame.event.clear()
        top = app.stack.top
        for _ in range(clock.tick(rng.choice([0.0, 1 / 30, 0.5]))):
            if top is not None:
                top.update(clock.step)
        app.stack.apply()
        app.running = True  # Quit and Close preview are fine; the monkey goes on
        if app.stack.top is None:
            app.stack.reset(scene_registry.make(app, "title"))
            app.stack.apply()
        if frame % RENDER_EVERY == 0:
            app.render()


def absurd_sizes(app) -> None:
    """The largest and smallest windows, drawn once each."""
    for size in ((8000, 8000), (1, 1), (1024, 768)):
        pygame.display.set_mode(size, pygame.RESIZABLE)
        app.handle(pygame.event.Event(pygame.VIDEORESIZE, size=size, w=size[0], h=size[1]))
        app.render()


def check_store(app, book: Ledger) -> None:
    store = app.session.results.open()
    assert store is not None

    def stored(sid: str | None, pid: str | None) -> list:
        if sid is None or pid is None:
            return []
        return [a for a in store.session(sid).answers if a.participant_uuid == pid]

    for game in book.solo:
        recorder = game.recorder
        if recorder.session_id in book.deleted:
            continue
        answers = stored(recorder.session_id, recorder.participant_id)
        assert [(a.scenario_id, a.node_id, a.choice_id) for a in answers] == [
            (a.scenario_id, a.node_id, a.choice_id) for a in game.journey.answers]
    for sid, (hour, answers) in book.boards.items():
        if sid is None or sid in book.deleted:
            continue
        for team in range(len(hour.game.teams)):
            pid = hour.game.meta.get(f"results_team_{team}")
            assert [a.choice_id for a in stored(sid, pid)] == answers[team], f"team {team}"
    for hour, results in book.votes.values():
        recorder = hour.recorder
        if recorder is None or recorder.sid in book.deleted:
            continue
        expected = sorted((r.node_id, c, n) for r in results if r is not None for c, n in r.counts.items() if n)
        assert sorted((a.node_id, a.choice_id, a.votes) for a in stored(recorder.sid, recorder.pid)) == expected


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_random_input_never_crashes_and_loses_no_answer(make_app, ledger, lang):
    rng = random.Random(f"{SEED}-{lang}")
    app = make_app(lang)
    for index, shot in enumerate(first_shots()):
        run_scene(app, rng, shot)
        if index == 0:
            absurd_sizes(app)
    check_store(app, ledger)
    assert ledger.accepted > 0, "the monkey answered something"


def test_the_ledger_follows_a_vote_read_from_cards_and_taken_back(make_app, ledger):
    """A card vote stores its pupils' answers, not the class's: the ledger keeps a place for it, so fixing its
    counts (UndoVote) takes back that vote and not an earlier one (the monkey once reached this in CI)."""
    app = make_app("ru")
    hour = app.session.start_vote("6-10", "2Б", 30)
    letters = {1: "A", 2: "B", 3: "B"}
    assert hour.dispatch(SubmitCards(letters)).accepted
    assert hour.dispatch(UndoVote()).accepted
    assert ledger.votes[id(hour)][1] == []
