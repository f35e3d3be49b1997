"""The team-talk timer, stepped with tick(dt): counts down, pauses, adjusts, and rings exactly once."""

from __future__ import annotations

import pytest

from play_for_integrity.core.team_timer import TeamTimer


def test_a_new_timer_waits_at_a_minute():
    timer = TeamTimer()
    assert (timer.duration, timer.remaining, timer.running, timer.finished) == (60, 60.0, False, False)
    assert timer.label() == "1:00"
    assert timer.tick(5) is False and timer.remaining == 60


def test_it_counts_down_and_rings_exactly_once():
    timer = TeamTimer(20)
    timer.start()
    rings = [timer.tick(0.25) for _ in range(100)]
    assert rings.count(True) == 1 and rings.index(True) == 79
    assert timer.finished and not timer.running and timer.remaining == 0 and timer.label() == "0:00"


def test_a_long_tick_rings_once_and_stops_at_zero():
    timer = TeamTimer(15)
    timer.start()
    assert timer.tick(100) is True and timer.remaining == 0
    assert timer.tick(1) is False


def test_pause_and_toggle_hold_the_time():
    timer = TeamTimer(30)
    timer.toggle()
    timer.tick(10)
    timer.pause()
    timer.tick(10)
    assert timer.remaining == 20 and not timer.running
    timer.toggle()
    assert timer.running
    timer.tick(5)
    timer.toggle()
    assert timer.remaining == 15 and not timer.running


def test_reset_gives_the_full_time_stopped():
    timer = TeamTimer(30)
    timer.start()
    timer.tick(40)
    timer.reset()
    assert (timer.remaining, timer.running, timer.finished) == (30, False, False)


def test_starting_after_the_end_runs_a_fresh_countdown():
    timer = TeamTimer(15)
    timer.start()
    timer.tick(15)
    timer.start()
    assert timer.running and timer.remaining == 15 and not timer.finished
    assert timer.tick(15) is True


@pytest.mark.parametrize("delta,duration", [(15, 75), (-15, 45), (-100, 15), (1000, 600)])
def test_adjusting_a_stopped_timer_moves_its_time_too(delta, duration):
    timer = TeamTimer(60)
    timer.adjust(delta)
    assert timer.duration == duration and timer.remaining == duration


def test_adjusting_a_running_timer_changes_the_time_left_at_once():
    timer = TeamTimer(60)
    timer.start()
    timer.tick(10)
    timer.adjust(15)
    assert timer.duration == 75 and timer.remaining == 65 and timer.label() == "1:05"
    timer.adjust(-15)
    assert timer.duration == 60 and timer.remaining == 50
    timer.reset()
    assert timer.remaining == 60


def test_shortening_a_running_timer_leaves_it_a_second():
    timer = TeamTimer(60)
    timer.start()
    timer.tick(50)
    timer.adjust(-45)
    assert timer.duration == 15 and timer.remaining == 1.0 and timer.running
    assert timer.tick(1) is True


def test_it_warns_once_twenty_seconds_before_the_end():
    timer = TeamTimer(60)
    timer.start()
    warnings = []
    for _ in range(240):
        timer.tick(0.25)
        warnings.append(timer.take_warning())
    assert warnings.count(True) == 1 and warnings.index(True) == 159  # at 40 s, with 20 s left
    assert timer.finished and not timer.warning


def test_lengthening_past_the_warning_warns_again():
    timer = TeamTimer(60)
    timer.start()
    timer.tick(45)
    assert timer.take_warning() and timer.warning
    timer.adjust(30)
    assert not timer.warning
    timer.tick(30)
    assert timer.take_warning()


def test_a_timer_of_twenty_seconds_or_less_does_not_warn():
    timer = TeamTimer(15)
    timer.start()
    timer.tick(14)
    assert not timer.take_warning()


def test_it_can_be_extended_to_ten_times_its_default():
    timer = TeamTimer()
    for _ in range(100):
        timer.adjust(60)
    assert timer.duration == 10 * 60


def test_adjusting_a_paused_timer_shifts_the_time_left():
    timer = TeamTimer(60)
    timer.start()
    timer.tick(30)
    timer.pause()
    timer.adjust(15)
    assert timer.remaining == 45
    timer.adjust(-60)
    assert timer.duration == 15 and timer.remaining == 0
    timer.start()
    assert timer.tick(0.1) is True


@pytest.mark.parametrize("seconds,label", [(65, "1:05"), (9, "0:09"), (0.2, "0:01"), (59.5, "1:00"), (600, "10:00")])
def test_the_label_counts_whole_seconds_up(seconds, label):
    timer = TeamTimer(600)
    timer.remaining = seconds
    assert timer.label() == label


def test_the_duration_is_kept_within_bounds():
    assert TeamTimer(1).duration == 15 and TeamTimer(5000).duration == 600


def test_frame_sized_steps_ring_on_the_last_frame_despite_rounding():
    timer = TeamTimer(60)
    timer.start()
    rings = [timer.tick(1 / 60) for _ in range(3601)]
    assert rings.index(True) == 3599 and rings.count(True) == 1
