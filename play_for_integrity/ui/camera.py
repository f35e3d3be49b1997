"""The webcam of the card vote: frames read and scanned off the UI thread, the newest handed to the screen.

A CameraFeed reads frames from a source (the webcam, or synthetic photos in tests and screenshots), feeds each to
the VoteScanner, and keeps only the newest picture, mirrored and shrunk for the screen, with the cards it read. No
frame is ever written anywhere. Without OpenCV, or when the camera cannot be opened, `error` holds the message id
to show, and the vote goes on with typed counts.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from play_for_integrity.cards.scan import CameraUnavailable, VoteScanner, read_cards, require_opencv
from play_for_integrity.i18n import N_

log = logging.getLogger(__name__)

NO_OPENCV = N_("Reading answer cards needs OpenCV, which is not installed on this computer. To install it, run: "
               "pip install \".[camera]\"")
NO_CAMERA = N_("No camera was found. Connect a webcam or check its cable, then try again.")
CAMERA_BUSY = N_("The camera is in use by another program. Close that program (a video call, the camera app), "
                 "then try again.")
CAMERA_DENIED = N_("This computer does not let the game use the camera. Allow camera access in the system's privacy "
                   "settings, then try again.")
CAMERA_STOPPED = N_("The camera stopped sending pictures. Check its cable, then try again.")

PREVIEW_WIDTH = 960       # pixels of the picture handed to the screen (a projector shows no more in its corner)
FAILED_READS = 40         # reads in a row without a picture before the camera counts as busy or stopped
READ_PAUSE = 0.025        # seconds between failed reads, so a camera that answers at once is not spun on


class Capture(Protocol):
    """What a CameraFeed reads: cv2.VideoCapture's read() and release()."""

    def read(self) -> tuple[bool, Any]: ...
    def release(self) -> None: ...


class CameraError(RuntimeError):
    """The camera cannot be used; `message` is the message id the screen shows."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def opencv_problem() -> str | None:
    """NO_OPENCV when OpenCV (the `camera` extra) is missing, else None."""
    try:
        require_opencv()
    except CameraUnavailable:
        return NO_OPENCV
    return None


@dataclass(frozen=True)
class Webcam:
    """The PC's camera number `index`, read on a background thread."""

    index: int = 0
    threaded: bool = True

    def open(self) -> Capture:
        """The opened camera at 1280x720 where it offers that; CameraError saying why it cannot be opened."""
        cv2 = require_opencv()
        capture = cv2.VideoCapture(self.index)
        if not capture.isOpened():
            capture.release()
            raise CameraError(why_not_opened(self.index))
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, 1280)
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, 720)
        return capture


def why_not_opened(index: int, platform: str = sys.platform, dev: str = "/dev") -> str:
    """Which message fits a camera that would not open: on Linux the device file tells; elsewhere, none found."""
    if platform.startswith("linux"):
        device = os.path.join(dev, f"video{index}")
        if not os.path.exists(device):
            return NO_CAMERA
        if not os.access(device, os.R_OK | os.W_OK):
            return CAMERA_DENIED
        return CAMERA_BUSY
    if platform == "darwin":
        return CAMERA_DENIED  # macOS opens a present camera only once the user has allowed it
    return NO_CAMERA


class StillFrames:
    """Frames from memory, one per read, the last repeated: synthetic photos for tests and screenshots."""

    threaded = False

    def __init__(self, frames: Sequence[Any], fail: str | None = None) -> None:
        self.frames = list(frames)
        self.fail = fail  # a message id: the camera "cannot be opened" with it
        self.read_count = 0
        self.released = False

    def open(self) -> Capture:
        if self.fail is not None:
            raise CameraError(self.fail)
        return self

    def read(self) -> tuple[bool, Any]:
        if not self.frames:
            return False, None
        frame = self.frames[min(self.read_count, len(self.frames) - 1)]
        self.read_count += 1
        return True, frame

    def release(self) -> None:
        self.released = True


@dataclass(frozen=True)
class Snapshot:
    """The newest picture for the screen: BGR bytes already mirrored, its size, and each card read in it as its
    pupil number with its outline in 0..1 of the picture (mirrored too). No letter: the screen must not show it."""

    pixels: bytes
    size: tuple[int, int]
    cards: tuple[tuple[int, tuple[tuple[float, float], ...]], ...]
    serial: int


class CameraFeed:
    """Reads `source` on a thread (or one frame per `pump()` when the source is not threaded) into `scanner`."""

    def __init__(self, source, scanner: VoteScanner, clock: Callable[[], float] = time.monotonic) -> None:
        self.source = source
        self.scanner = scanner
        self.clock = clock
        self.error: str | None = None
        self.opened = False
        self.seen: set[int] = set()  # every number read in any frame, answered or not
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._capture: Capture | None = None
        self._thread: threading.Thread | None = None
        self._snapshot: Snapshot | None = None
        self._serial = 0
        self._failures = 0
        self._had_frame = False

    # -- life ------------------------------------------------------------------------------------
    def start(self) -> None:
        """Open the source: on a background thread for a webcam (opening can take seconds), at once otherwise."""
        if self._thread is not None or self.opened or self.error is not None:
            return  # started already
        if getattr(self.source, "threaded", True):
            self._thread = threading.Thread(target=self._run, name="camera", daemon=True)
            self._thread.start()
        else:
            self._open()

    def _open(self) -> bool:
        try:
            capture = self.source.open()
        except CameraError as err:
            self.error = err.message
            return False
        except CameraUnavailable:
            self.error = NO_OPENCV
            return False
        except Exception:  # noqa: BLE001 - a driver's own failure must not end the lesson
            log.exception("camera: could not be opened")
            self.error = NO_CAMERA
            return False
        with self._lock:
            if self._stop.is_set():
                capture.release()
                return False
            self._capture = capture
            self.opened = True
        return True

    def _run(self) -> None:
        """The camera thread: it opens the camera, reads until told to stop, and releases it (never the UI thread,
        which would have to wait for a read in progress)."""
        if not self._open():
            return
        try:
            while not self._stop.is_set() and self.error is None:
                if not self.step():
                    time.sleep(READ_PAUSE)
        finally:
            self._release()

    def pump(self) -> None:
        """One frame for a source that is not threaded (tests, screenshots); nothing for a threaded one."""
        if self._thread is None and self.opened and self.error is None and not self._stop.is_set():
            self.step()

    def close(self) -> None:
        """Stop reading and release the camera (the screen is closing); safe to call twice."""
        self._stop.set()
        thread = self._thread
        if thread is None:
            self._release()
        elif thread is not threading.current_thread():
            thread.join(timeout=0.5)  # a read ends within a frame; a camera still opening is released by its thread
        self.opened = False

    def _release(self) -> None:
        with self._lock:
            capture, self._capture = self._capture, None
            self.opened = False
        if capture is not None:
            try:
                capture.release()
            except Exception:  # noqa: BLE001 - a driver's failure at closing must not end the lesson
                log.exception("camera: could not be released")

    # -- frames ----------------------------------------------------------------------------------
    def step(self) -> bool:
        """Read and scan one frame; False when none came (too many in a row set `error`)."""
        capture = self._capture
        if capture is None:
            return False
        ok, frame = capture.read()
        if not ok or frame is None:
            self._failures += 1
            if self._failures >= FAILED_READS:
                self.error = CAMERA_STOPPED if self._had_frame else CAMERA_BUSY
            return False
        self._failures, self._had_frame = 0, True
        scanner = self.scanner
        readings = read_cards(frame, scanner.numbers, scanner.mirrored)  # the slow part, outside the lock
        with self._lock:
            if self._stop.is_set() or scanner.closed:
                return False
            scanner.feed_readings(readings)
            self.seen.update(r.number for r in readings)
        self._publish(frame, readings)
        return True

    def _publish(self, frame, readings) -> None:
        """Mirror and shrink the frame for the screen; keep the cards' outlines as shares of the picture."""
        cv2 = require_opencv()
        height, width = frame.shape[:2]
        scale = min(1.0, PREVIEW_WIDTH / width)
        shown = cv2.flip(frame, 1)
        if scale < 1.0:
            shown = cv2.resize(shown, (round(width * scale), round(height * scale)), interpolation=cv2.INTER_AREA)
        if shown.ndim == 2:
            shown = cv2.cvtColor(shown, cv2.COLOR_GRAY2BGR)
        cards = tuple((r.number, tuple(((width - 1 - x) / width, y / height) for x, y in r.corners))
                      for r in readings)
        self._serial += 1
        self._snapshot = Snapshot(shown.tobytes(), (shown.shape[1], shown.shape[0]), cards, self._serial)

    def latest(self) -> Snapshot | None:
        return self._snapshot

    # -- answers ---------------------------------------------------------------------------------
    def answered(self) -> list[int]:
        """The numbers that have an answer (no letters: safe to project)."""
        with self._lock:
            return self.scanner.answered()

    def seen_numbers(self) -> list[int]:
        """Every number read in some frame so far, answered or not."""
        with self._lock:
            return sorted(self.seen)

    def answers(self) -> dict[int, str]:
        """Each answered number's letter, for closing the vote only."""
        with self._lock:
            return self.scanner.answers()
