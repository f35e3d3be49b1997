"""The class vote with answer cards, driven by synthetic camera frames: scanning lights the grid, closing gives the
split of the cards' letters and the flow of a typed vote; no OpenCV or no camera falls back to typed counts."""

from __future__ import annotations

import os
import sys

import pygame
import pytest

from play_for_integrity.play.actions import Finish
from play_for_integrity.ui import camera
from play_for_integrity.ui.camera import CameraFeed, StillFrames, why_not_opened
from play_for_integrity.ui.scenes.vote import VoteScene
from play_for_integrity.ui.scenes.vote_cards_problem import CardsProblemScene
from play_for_integrity.ui.scenes.vote_result import VoteResultScene
from play_for_integrity.ui.scenes.vote_scan import FRAMES_NEEDED, VoteScanScene
from play_for_integrity.ui.theme import palette
from tests.cards.helpers import cards_frame

from .conftest import key

TURNS = {"A": 0, "B": 1, "C": 2, "D": 3}  # quarter turns that bring each letter to the top


def frame(letters: dict[int, str]):
    """A clean frame with one card per pupil number, each held with its letter up."""
    return cards_frame(list(letters), [TURNS[letter] for letter in letters.values()])


def start_vote(app, class_size: str = "26") -> VoteScene:
    app.push("title")
    app.push("hour-setup", "vote")
    app.stack.apply()
    setup = app.stack.top
    setup.size_field.text = class_size
    setup.start()
    app.stack.apply()
    app.render()
    assert isinstance(app.stack.top, VoteScene)
    return app.stack.top


def open_cards(app, vote: VoteScene, source) -> VoteScanScene:
    vote.camera = source
    key(app, pygame.K_c)
    scan = app.stack.top
    assert isinstance(scan, VoteScanScene)
    return scan


def scan_frames(app, scan: VoteScanScene, count: int) -> None:
    for _ in range(count):
        scan.update(0.0)
    app.stack.apply()
    app.render()


def beside_number(cell: pygame.Rect) -> tuple[int, int]:
    """A point of a grid square away from its number and its round corners."""
    return cell.centerx, cell.y + 3


def letters_for(node, picks: dict[int, int]) -> dict[int, str]:
    """Card number -> letter of the option index picked (kept within this step's options)."""
    return {n: "ABCD"[i % len(node.choices)] for n, i in picks.items()}


def test_a_card_vote_runs_from_scanning_to_the_stored_and_exported_answers(make_app, drawn):
    app = make_app("en")
    vote = start_vote(app)
    hour, node = vote.hour, vote.node
    letters = letters_for(node, {3: 0, 5: 1, 8: 1, 11: 2, 20: 0})
    scan = open_cards(app, vote, StillFrames([frame(letters)]))
    scan_frames(app, scan, FRAMES_NEEDED - 1)
    assert scan.feed.answered() == [], "a card counts only after the same letter in several frames"
    drawn.clear()
    scan_frames(app, scan, 1)
    assert scan.feed.answered() == sorted(letters)
    assert "5 of 26 answered" in drawn
    good = palette(False).good
    for number in (3, 5, 8, 11, 20):
        assert tuple(app.surface.get_at(beside_number(scan.cells[number])))[:3] == good
    assert tuple(app.surface.get_at(beside_number(scan.cells[4])))[:3] != good
    key(app, pygame.K_RETURN)  # Close the vote has the focus
    result_scene = app.stack.top
    assert isinstance(result_scene, VoteResultScene)
    expected = {c.id: sum(1 for letter in letters.values() if letter == "ABCD"[i]) for i, c in enumerate(node.choices)}
    assert result_scene.result.counts == expected
    assert not scan.feed.opened, "the camera is released when the screen closes"
    app.render()
    hour.dispatch(Finish())
    store = app.session.results.open()
    data = store.session(store.sessions()[0].uuid)
    by_id = {p.uuid: p.nickname for p in data.participants}
    assert sorted((by_id[a.participant_uuid], a.choice_id) for a in data.answers) == sorted(
        (f"№ {n}", node.choices["ABCD".index(letter)].id) for n, letter in letters.items())
    app.session.teacher.unlocked = True
    exported = app.session.teacher.export(data, "csv", app.session.tr).read_text(encoding="utf-8-sig")
    assert all(f"№ {n}" in exported for n in letters)
    kept = [p for p in app.session.data_dir.rglob("*") if p.is_file()]
    assert kept and not [p for p in kept if p.suffix.lower() in (".png", ".jpg", ".jpeg", ".bmp", ".npy", ".raw")]
    assert not any(p.read_bytes()[:4] in (b"\x89PNG", b"\xff\xd8\xff\xe0", b"\xff\xd8\xff\xdb") for p in kept), \
        "no camera picture is ever stored"


def test_the_projected_scanning_screen_never_draws_a_cards_letter(make_app, drawn):
    app = make_app("en")
    vote = start_vote(app)
    scan = open_cards(app, vote, StillFrames([frame({2: "A", 6: "B", 9: "C", 14: "D"})]))
    drawn.clear()
    scan_frames(app, scan, FRAMES_NEEDED + 1)
    app.invalidate()
    app.render()
    assert scan.feed.answered() == [2, 6, 9, 14]
    assert not {"A", "B", "C", "D"} & set(drawn)
    assert not any(text.startswith(("A.", "B.", "C.", "D.")) for text in drawn)


def test_a_changed_answer_counts_once_as_the_last_letter(make_app):
    app = make_app("en")
    vote = start_vote(app)
    node = vote.node
    first, last = letters_for(node, {5: 0}), letters_for(node, {5: 1})
    scan = open_cards(app, vote, StillFrames([frame(first)] * FRAMES_NEEDED + [frame(last)] * FRAMES_NEEDED))
    scan_frames(app, scan, FRAMES_NEEDED)
    assert scan.feed.answers() == {5: first[5]}
    scan_frames(app, scan, FRAMES_NEEDED)
    assert scan.feed.answers() == {5: last[5]}
    scan.close_vote()
    app.stack.apply()
    result = app.stack.top.result
    assert result.total == 1 and result.counts[node.choices[1].id] == 1


def test_closing_before_any_card_is_read_explains_and_keeps_scanning(make_app):
    app = make_app("en")
    vote = start_vote(app)
    scan = open_cards(app, vote, StillFrames([frame({1: "A"})]))
    scan.close_vote()
    app.stack.apply()
    assert app.stack.top is scan and "No card" in scan.problem and vote.hour.vote.awaiting_vote
    assert app.render().overflows == []


def test_without_opencv_the_vote_says_how_to_enable_cards_and_goes_on_with_typed_counts(make_app, monkeypatch,
                                                                                          drawn):
    monkeypatch.setitem(sys.modules, "cv2", None)  # import cv2 now fails
    app = make_app("en")
    vote = start_vote(app)
    key(app, pygame.K_c)
    problem = app.stack.top
    assert isinstance(problem, CardsProblemScene) and problem.message == camera.NO_OPENCV
    app.render()
    assert any('pip install ".[camera]"' in text for text in drawn)
    assert len(problem.group.buttons) == 1, "trying again cannot help until OpenCV is installed"
    key(app, pygame.K_ESCAPE)
    assert app.stack.top is vote
    vote.fields[0].text = "3"
    vote.show_result()
    app.stack.apply()
    assert isinstance(app.stack.top, VoteResultScene)


@pytest.mark.parametrize("message", [camera.NO_CAMERA, camera.CAMERA_BUSY, camera.CAMERA_DENIED])
def test_a_camera_that_will_not_open_is_explained_and_the_vote_goes_on_with_typed_counts(make_app, message):
    app = make_app("ru")
    vote = start_vote(app)
    source = StillFrames([], fail=message)
    open_cards(app, vote, source)
    scan_frames(app, app.stack.top, 1)
    problem = app.stack.top
    assert isinstance(problem, CardsProblemScene) and problem.message == message
    assert app.render().overflows == []
    key(app, pygame.K_ESCAPE)
    typed = app.stack.top
    assert isinstance(typed, VoteScene) and typed.hour is vote.hour and typed.hour.vote.awaiting_vote


def test_try_again_opens_the_camera_again(make_app):
    app = make_app("en")
    vote = start_vote(app)
    source = StillFrames([], fail=camera.CAMERA_BUSY)
    open_cards(app, vote, source)
    scan_frames(app, app.stack.top, 1)
    source.fail = None
    source.frames = [frame({4: "A"})]
    problem = app.stack.top
    problem.group.buttons[1].action()
    app.stack.apply()
    assert isinstance(app.stack.top, VoteScanScene)
    scan_frames(app, app.stack.top, FRAMES_NEEDED)
    assert app.stack.top.feed.answered() == [4]


class Unplugged(StillFrames):
    """A camera that sends `frames`, then nothing."""

    def read(self):
        if self.read_count >= len(self.frames):
            return False, None
        return super().read()


def test_a_camera_that_stops_sending_pictures_is_explained(make_app):
    app = make_app("en")
    vote = start_vote(app)
    source = Unplugged([frame({4: "A"})])
    scan = open_cards(app, vote, source)
    scan_frames(app, scan, camera.FAILED_READS + 2)
    problem = app.stack.top
    assert isinstance(problem, CardsProblemScene) and problem.message == camera.CAMERA_STOPPED
    assert source.released


def test_typed_counts_from_the_scanning_screen_release_the_camera(make_app):
    app = make_app("en")
    vote = start_vote(app)
    source = StillFrames([frame({4: "A"})])
    scan = open_cards(app, vote, source)
    scan_frames(app, scan, 1)
    key(app, pygame.K_ESCAPE)
    assert isinstance(app.stack.top, VoteScene) and source.released


def test_why_a_camera_did_not_open(tmp_path):
    assert why_not_opened(0, "linux", str(tmp_path)) == camera.NO_CAMERA
    device = tmp_path / "video0"
    device.write_bytes(b"")
    assert why_not_opened(0, "linux", str(tmp_path)) == camera.CAMERA_BUSY
    if os.geteuid() != 0:  # root may open any device
        device.chmod(0)
        assert why_not_opened(0, "linux", str(tmp_path)) == camera.CAMERA_DENIED
    assert why_not_opened(0, "darwin") == camera.CAMERA_DENIED
    assert why_not_opened(0, "win32") == camera.NO_CAMERA


def test_a_threaded_feed_reads_off_the_ui_thread_and_releases_the_camera():
    from play_for_integrity.cards.scan import VoteScanner

    class Threaded(StillFrames):
        threaded = True

    source = Threaded([frame({7: "B"})])
    feed = CameraFeed(source, VoteScanner(range(1, 30)))
    feed.start()
    feed.pump()  # nothing: the thread reads
    for _ in range(400):
        if feed.answered():
            break
        pygame.time.wait(10)
    assert feed.answered() == [7] and feed.latest() is not None
    feed.close()
    assert source.released and not feed._thread.is_alive()


def test_leaving_the_scanning_screen_any_way_releases_the_camera(make_app):
    app = make_app("en")
    vote = start_vote(app)
    source = StillFrames([frame({4: "A"})])
    scan = open_cards(app, vote, source)
    scan_frames(app, scan, 1)
    app.reset("title")
    app.stack.apply()
    assert source.released and not scan.feed.opened


def test_the_teacher_view_shows_the_names_kept_for_the_card_numbers(make_app, drawn):
    from play_for_integrity.ui.screenshot_hour import demo_card_session

    app = make_app("en")
    sid = demo_card_session(app)
    app.push("teacher-session", sid, tab=1)
    app.stack.apply()
    drawn.clear()
    app.render()
    for _ in range(12):  # a few pupils a page
        key(app, pygame.K_PAGEDOWN)
        app.render()
    assert "№ 1 · Aruzhan" in drawn and "№ 4" in drawn, "a number without a name shows the number alone"


def test_names_are_typed_on_their_screen_and_kept_for_the_next_time(make_app):
    app = make_app("en")
    app.session.teacher.unlocked = True
    app.push("pupil-names", "7Б", 12)
    app.stack.apply()
    app.render()
    names = app.stack.top
    names.form.focus_field(names.fields[2])
    app.handle(pygame.event.Event(pygame.TEXTINPUT, text="Аружан"))
    key(app, pygame.K_ESCAPE)  # leaving saves
    assert app.stack.top is None or app.stack.top is not names
    assert app.session.teacher.pupil_names().of_class("7Б") == {3: "Аружан"}
