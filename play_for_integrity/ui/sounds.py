"""Short friendly game sounds, synthesised in code and shipped as WAV files, played through an optional mixer.

The files in assets/sounds are this module's output (`python -m play_for_integrity.ui.sounds` writes them again),
so a first play loads a file in about a millisecond instead of synthesising for 100-200 ms on the UI thread; a
missing or unreadable file is synthesised as before.
"""

from __future__ import annotations

import array
import io
import logging
import math
import random
import sys
import wave
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FULL_SCALE = 32767

# How long each sound lasts, in milliseconds.
SOUND_DURATIONS_MS: dict[str, int] = {
    "choice": 80,
    "ladder": 500,
    "snake": 500,
    "finish": 900,
    "timer": 700,
    "dice": 300,
    "warning": 260,
}
SOUND_NAMES: tuple[str, ...] = tuple(SOUND_DURATIONS_MS)

# Loudest sample of each sound as a fraction of full scale (all well under half).
_PEAKS = {"choice": 0.30, "ladder": 0.38, "snake": 0.35, "finish": 0.42, "timer": 0.38, "dice": 0.36,
          "warning": 0.26}
SAMPLE_RATE = 22050  # of the shipped files

C5, E5, G5, C6, E6 = 523.25, 659.26, 783.99, 1046.50, 1318.51


def _ramp(i: int, length: int) -> float:
    """Raised-cosine ramp from 0 to 1 over `length` samples: a fade with no click."""
    if i >= length:
        return 1.0
    return 0.5 - 0.5 * math.cos(math.pi * i / length)


def _add_tone(
    buf: list[float],
    sr: int,
    start_s: float,
    length_s: float,
    freq: float,
    *,
    end_freq: float | None = None,
    amp: float = 1.0,
    attack_s: float = 0.01,
    release_s: float = 0.04,
    decay_s: float | None = None,
    partials: Sequence[tuple[float, float]] = ((1.0, 1.0),),
    vibrato: tuple[float, float] = (0.0, 0.0),
) -> None:
    """Mix one enveloped note into `buf`; the pitch glides exponentially to `end_freq` if given."""
    first = int(start_s * sr)
    count = min(int(length_s * sr), len(buf) - first)
    attack, release = max(1, int(attack_s * sr)), max(1, int(release_s * sr))
    ratio = (end_freq or freq) / freq
    vib_rate, vib_depth = vibrato
    usable = [(mult, weight) for mult, weight in partials if freq * max(1.0, ratio) * mult < 0.45 * sr]
    phase = 0.0
    for i in range(count):
        t = i / sr
        f = freq * ratio ** (i / count)
        if vib_depth:
            f *= 1.0 + vib_depth * math.sin(2 * math.pi * vib_rate * t)
        phase += 2 * math.pi * f / sr
        env = _ramp(i, attack) * _ramp(count - 1 - i, release)
        if decay_s:
            env *= math.exp(-t / decay_s)
        value = sum(weight * math.sin(mult * phase) for mult, weight in usable)
        buf[first + i] += amp * env * value


def _choice(buf: list[float], sr: int) -> None:
    _add_tone(buf, sr, 0.0, 0.080, 880.0, end_freq=1175.0, attack_s=0.004, release_s=0.045,
              decay_s=0.04, partials=((1, 1.0), (2, 0.15)))


def _ladder(buf: list[float], sr: int) -> None:
    for n, freq in enumerate((C5, E5, G5, C6)):
        last = n == 3
        _add_tone(buf, sr, n * 0.125, 0.125, freq, attack_s=0.008,
                  release_s=0.06 if last else 0.03, partials=((1, 1.0), (2, 0.2)))


def _snake(buf: list[float], sr: int) -> None:
    # A slide whistle going down: comic, not scary.
    _add_tone(buf, sr, 0.0, 0.500, 700.0, end_freq=200.0, attack_s=0.025, release_s=0.12,
              partials=((1, 1.0), (3, 0.12)), vibrato=(6.0, 0.025))


def _finish(buf: list[float], sr: int) -> None:
    brass = ((1, 1.0), (2, 0.35), (3, 0.15))
    for n, freq in enumerate((C5, E5, G5)):
        _add_tone(buf, sr, n * 0.13, 0.13, freq, attack_s=0.01, release_s=0.03, partials=brass)
    for freq in (C5, E5, G5, C6):
        _add_tone(buf, sr, 0.39, 0.51, freq, amp=0.5, attack_s=0.015, release_s=0.22,
                  decay_s=0.6, partials=brass)


def _timer(buf: list[float], sr: int) -> None:
    # Two soft bell strikes, ding then dong; the higher partials die away faster.
    bell = ((1, 1.0), (2.0, 0.35), (2.76, 0.18), (5.4, 0.06))
    _add_tone(buf, sr, 0.0, 0.30, E6, attack_s=0.005, release_s=0.05, decay_s=0.12, partials=bell)
    _add_tone(buf, sr, 0.22, 0.48, C6, attack_s=0.005, release_s=0.12, decay_s=0.16, partials=bell)


def _warning(buf: list[float], sr: int) -> None:
    # Two quiet wooden ticks: time is running short, without the bell that means time is up.
    wood = ((1, 1.0), (2.9, 0.25))
    for start in (0.0, 0.14):
        _add_tone(buf, sr, start, 0.11, G5, attack_s=0.002, release_s=0.04, decay_s=0.035, partials=wood)


def _dice(buf: list[float], sr: int) -> None:
    rng = random.Random(7)  # fixed seed: the same rattle every time
    t, gap = 0.004, 0.018
    while t < 0.26:
        _add_tone(buf, sr, t, 0.03, rng.uniform(700.0, 1500.0), amp=rng.uniform(0.5, 1.0),
                  attack_s=0.0015, release_s=0.01, decay_s=0.008, partials=((1, 1.0), (2.3, 0.4)))
        t += gap * rng.uniform(0.7, 1.3)
        gap *= 1.12  # the dice slow down as they settle


_RECIPES: dict[str, Callable[[list[float], int], None]] = {
    "choice": _choice, "ladder": _ladder, "snake": _snake,
    "finish": _finish, "timer": _timer, "dice": _dice, "warning": _warning,
}


def synthesize(name: str, sample_rate: int = SAMPLE_RATE) -> array.array:
    """The named sound as signed 16-bit mono samples at `sample_rate`."""
    if name not in _RECIPES:
        raise ValueError(f"unknown sound {name!r}; expected one of {', '.join(SOUND_NAMES)}")
    buf = [0.0] * round(SOUND_DURATIONS_MS[name] * sample_rate / 1000)
    _RECIPES[name](buf, sample_rate)
    loudest = max(abs(x) for x in buf) or 1.0
    scale = _PEAKS[name] * FULL_SCALE / loudest
    edge = max(1, int(0.003 * sample_rate))  # guarantees both ends sit at zero
    last = len(buf) - 1
    return array.array(
        "h", (round(x * scale * _ramp(i, edge) * _ramp(last - i, edge)) for i, x in enumerate(buf))
    )


def _wav_bytes(samples: array.array, sample_rate: int) -> bytes:
    """A 16-bit mono WAV in memory, for a mixer whose sample format is not plain signed 16-bit."""
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(sample_rate)
        data = array.array("h", samples)
        if sys.byteorder == "big":  # WAV is little-endian
            data.byteswap()
        wav.writeframes(data.tobytes())
    return out.getvalue()


class SoundBank:
    """Plays the game's sounds; mutable, and silent (with one logged warning) if there is no audio device."""

    def __init__(self, enabled: bool = True) -> None:
        self._enabled = enabled
        self._sounds: dict[str, Any] = {}
        self._mixer_ok: bool | None = None  # None: not tried yet

    @property
    def enabled(self) -> bool:
        return self._enabled

    @enabled.setter
    def enabled(self, value: bool) -> None:
        self._enabled = bool(value)
        if not self._enabled:
            for sound in self._sounds.values():
                sound.stop()

    def preload(self) -> None:
        """Read every sound now (the game calls this once its first frame is up), so that no later first play, such
        as the finish at the end of a game, waits for its file."""
        if self._enabled:
            for name in SOUND_NAMES:
                self._sound(name)

    def play(self, name: str) -> None:
        """Start the named sound; never raises for audio trouble, only for an unknown name."""
        if name not in SOUND_DURATIONS_MS:
            raise ValueError(f"unknown sound {name!r}; expected one of {', '.join(SOUND_NAMES)}")
        if not self._enabled:
            return
        sound = self._sound(name)
        if sound is None:
            return
        try:
            sound.play()
        except Exception as exc:  # noqa: BLE001 - sound is a nicety; the game goes on without it
            self._give_up(exc)

    def _sound(self, name: str) -> Any:
        if name in self._sounds:
            return self._sounds[name]
        if not self._start_mixer():
            return None
        try:
            import pygame

            shipped = sound_file(name)
            if shipped.is_file():
                try:
                    self._sounds[name] = sound = pygame.mixer.Sound(file=str(shipped))  # SDL converts the rate
                    return sound
                except (pygame.error, OSError) as exc:
                    log.warning("%s could not be read (%s); the sound is made again instead", shipped, exc)
            frequency, size, channels = pygame.mixer.get_init()
            samples = synthesize(name, frequency)
            if size == -16:
                if channels > 1:
                    samples = array.array("h", (s for s in samples for _ in range(channels)))
                sound = pygame.mixer.Sound(buffer=samples.tobytes())
            else:  # a mixer someone else opened in another format: let SDL convert
                sound = pygame.mixer.Sound(file=io.BytesIO(_wav_bytes(samples, frequency)))
        except Exception as exc:  # noqa: BLE001
            self._give_up(exc)
            return None
        self._sounds[name] = sound
        return sound

    def _start_mixer(self) -> bool:
        if self._mixer_ok is None:
            try:
                import pygame

                if not pygame.mixer.get_init():
                    pygame.mixer.init(frequency=22050, size=-16, channels=1)
                self._mixer_ok = bool(pygame.mixer.get_init())
                if not self._mixer_ok:
                    raise RuntimeError("the mixer did not start")
            except Exception as exc:  # noqa: BLE001
                self._give_up(exc)
        return bool(self._mixer_ok)

    def _give_up(self, exc: BaseException) -> None:
        if self._mixer_ok is not False:
            log.warning("Sound is off: the audio device could not be used (%s).", exc)
        self._mixer_ok = False
        self._sounds.clear()


def sound_file(name: str) -> Path:
    """Where the shipped WAV of the named sound is."""
    from play_for_integrity.paths import assets_dir
    return assets_dir() / "sounds" / f"{name}.wav"


def write_sound_files(folder: Path) -> list[Path]:
    """Write every sound as a WAV into `folder` (what assets/sounds holds); returns the files."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in SOUND_NAMES:
        path = folder / f"{name}.wav"
        path.write_bytes(_wav_bytes(synthesize(name, SAMPLE_RATE), SAMPLE_RATE))
        written.append(path)
    return written


if __name__ == "__main__":  # python -m play_for_integrity.ui.sounds [FOLDER]: write the shipped files again
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else sound_file("x").parent
    for written_path in write_sound_files(target):
        print(written_path)
