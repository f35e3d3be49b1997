"""The synthesised sounds have the right shape, and SoundBank never lets audio trouble reach the game."""

from __future__ import annotations

import array
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from play_for_integrity.ui import sounds
from play_for_integrity.ui.sounds import SOUND_DURATIONS_MS, SOUND_NAMES, SoundBank, synthesize

RATE = 22050


def _zero_crossing_rate(samples) -> float:
    signs = [s > 0 for s in samples if s != 0]
    return sum(a != b for a, b in zip(signs, signs[1:])) / max(1, len(samples))


def _quarters(samples):
    n = len(samples) // 4
    return samples[:n], samples[-n:]


@pytest.fixture(scope="module")
def synthesized() -> dict:
    return {name: synthesize(name, RATE) for name in SOUND_NAMES}


@pytest.fixture
def fresh_mixer():
    """Each SoundBank test starts with the mixer closed, and leaves it closed."""
    import pygame

    pygame.mixer.quit()
    yield pygame.mixer
    pygame.mixer.quit()


def test_the_seven_sounds_exist():
    assert set(SOUND_NAMES) == {"choice", "ladder", "snake", "finish", "timer", "dice", "warning"}


@pytest.mark.parametrize("name", SOUND_NAMES)
def test_each_shipped_file_is_what_its_recipe_makes(name, synthesized):
    import wave

    with wave.open(str(sounds.sound_file(name)), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, sounds.SAMPLE_RATE)
        shipped = array.array("h", wav.readframes(wav.getnframes()))
    if sys.byteorder == "big":
        shipped.byteswap()
    made = synthesized[name]
    assert len(shipped) == len(made), f"run: python -m play_for_integrity.ui.sounds ({name}.wav is out of date)"
    assert max(abs(a - b) for a, b in zip(shipped, made)) <= 1, f"{name}.wav is out of date"


def test_a_first_play_loads_the_shipped_file_without_synthesising(fresh_mixer, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("synthesised on the UI thread")

    monkeypatch.setattr(sounds, "synthesize", refuse)
    bank = SoundBank()
    for name in SOUND_NAMES:
        bank.play(name)
    assert set(bank._sounds) == set(SOUND_NAMES)


def test_the_game_reads_every_sound_once_its_first_frame_is_up(fresh_mixer, make_app):
    """After the first frame no sound waits for its file on its first play (the finish, at a game's end); a game
    with its sound off reads none."""
    from play_for_integrity.core.clock import SteppedClock
    from play_for_integrity.ui.scenes.title import TitleScene

    for enabled in (True, False):
        app = make_app()
        app.sounds = bank = SoundBank(enabled=enabled)
        app.stack.push(TitleScene(app))
        assert bank._sounds == {}
        app.step(1 / 30, SteppedClock())
        assert set(bank._sounds) == (set(SOUND_NAMES) if enabled else set())


def test_a_missing_file_is_synthesised_instead(fresh_mixer, monkeypatch, tmp_path):
    monkeypatch.setattr(sounds, "sound_file", lambda name: tmp_path / f"{name}.wav")
    bank = SoundBank()
    bank.play("dice")
    assert "dice" in bank._sounds


def test_importing_and_synthesizing_does_not_initialise_pygame():
    code = (
        "import sys; from play_for_integrity.ui.sounds import synthesize; synthesize('dice');"
        "pg = sys.modules.get('pygame'); print(pg is not None and pg.mixer.get_init() is not None)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize("name", SOUND_NAMES)
def test_duration_is_as_intended(synthesized, name):
    seconds = len(synthesized[name]) / RATE
    assert seconds == pytest.approx(SOUND_DURATIONS_MS[name] / 1000, rel=0.10)


@pytest.mark.parametrize("name", SOUND_NAMES)
def test_is_signed_16_bit_mono(synthesized, name):
    assert synthesized[name].typecode == "h"
    assert synthesized[name].itemsize == 2


@pytest.mark.parametrize("name", SOUND_NAMES)
def test_is_audible(synthesized, name):
    samples = synthesized[name]
    rms = (sum(s * s for s in samples) / len(samples)) ** 0.5
    assert max(abs(s) for s in samples) > 32767 * 0.15
    assert rms > 32767 * 0.02


@pytest.mark.parametrize("name", SOUND_NAMES)
def test_never_clips(synthesized, name):
    assert max(abs(s) for s in synthesized[name]) < 32767 * 0.6


@pytest.mark.parametrize("name", SOUND_NAMES)
def test_starts_and_ends_at_silence(synthesized, name):
    samples = synthesized[name]
    edge = RATE // 1000  # one millisecond
    assert max(abs(s) for s in samples[:edge]) < 32767 * 0.02
    assert max(abs(s) for s in samples[-edge:]) < 32767 * 0.02


@pytest.mark.parametrize("rate", [22050, 44100, 48000])
def test_other_sample_rates_keep_the_duration(rate):
    assert len(synthesize("ladder", rate)) == pytest.approx(0.5 * rate, rel=0.01)


def test_ladder_rises_in_pitch(synthesized):
    first, last = _quarters(synthesized["ladder"])
    assert _zero_crossing_rate(last) > 1.5 * _zero_crossing_rate(first)


def test_snake_falls_in_pitch(synthesized):
    first, last = _quarters(synthesized["snake"])
    assert _zero_crossing_rate(first) > 1.5 * _zero_crossing_rate(last)


def test_synthesis_is_deterministic():
    assert synthesize("dice") == synthesize("dice")


def test_unknown_name_is_a_programming_error():
    with pytest.raises(ValueError, match="unknown sound 'boing'"):
        synthesize("boing")
    with pytest.raises(ValueError):
        SoundBank().play("boing")
    with pytest.raises(ValueError):
        SoundBank(enabled=False).play("boing")


def test_disabled_bank_never_touches_the_mixer(fresh_mixer, monkeypatch):
    def forbidden(*args, **kwargs):
        raise AssertionError("the mixer was touched")

    for attr in ("init", "get_init", "Sound"):
        monkeypatch.setattr(fresh_mixer, attr, forbidden)
    bank = SoundBank(enabled=False)
    for name in SOUND_NAMES:
        bank.play(name)
    assert bank.enabled is False


def test_plays_through_the_dummy_audio_driver(fresh_mixer, monkeypatch, caplog):
    built = []
    real_sound = fresh_mixer.Sound

    def counting_sound(*args, **kwargs):
        built.append(kwargs)
        return real_sound(*args, **kwargs)

    monkeypatch.setattr(fresh_mixer, "Sound", counting_sound)
    bank = SoundBank()
    with caplog.at_level(logging.WARNING, logger=sounds.__name__):
        for name in SOUND_NAMES:
            bank.play(name)
        bank.play("choice")
    if fresh_mixer.get_init() is None:
        pytest.skip("no dummy audio driver here: the silent path is tested below")
    assert caplog.records == []
    assert len(built) == len(SOUND_NAMES)  # each sound is built once, then reused
    assert all(str(kwargs.get("file", "")).endswith(".wav") for kwargs in built)  # the shipped files
    assert fresh_mixer.get_init()[0] == 22050


@pytest.mark.parametrize(
    "mixer_settings", [(22050, -16, 2), (44100, -16, 1), (48000, 32, 2), (22050, 8, 1)]
)
@pytest.mark.parametrize("shipped", [True, False], ids=["file", "synthesised"])
def test_a_mixer_opened_elsewhere_is_matched(fresh_mixer, monkeypatch, mixer_settings, shipped, tmp_path):
    """Rate, sample format and channel count of an already open mixer are converted to."""
    if not shipped:
        monkeypatch.setattr(sounds, "sound_file", lambda name: tmp_path / f"{name}.wav")
    try:
        fresh_mixer.init(*mixer_settings, allowedchanges=0)
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"no audio driver: {exc}")
    built = []
    real_sound = fresh_mixer.Sound
    monkeypatch.setattr(fresh_mixer, "Sound", lambda **kw: built.append(real_sound(**kw)) or built[-1])
    SoundBank().play("finish")
    assert len(built) == 1
    assert built[0].get_length() == pytest.approx(0.9, rel=0.01)


def test_muting_and_unmuting(fresh_mixer, monkeypatch):
    played = []
    monkeypatch.setattr(SoundBank, "_sound", lambda self, name: played.append(name) or None)
    bank = SoundBank()
    bank.enabled = False
    bank.play("dice")
    bank.enabled = True
    bank.play("timer")
    assert played == ["timer"]


def test_no_audio_device_means_silence_and_one_warning(fresh_mixer, monkeypatch, caplog):
    import pygame

    attempts = []

    def failing_init(*args, **kwargs):
        attempts.append(kwargs)
        raise pygame.error("No available audio device")

    monkeypatch.setattr(fresh_mixer, "init", failing_init)
    bank = SoundBank()
    with caplog.at_level(logging.WARNING, logger=sounds.__name__):
        for _round in range(3):
            for name in SOUND_NAMES:
                bank.play(name)  # must not raise
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "No available audio device" in warnings[0].getMessage()
    assert len(attempts) == 1  # it does not retry on every click
