"""The stepped clock hands out whole fixed steps and never snowballs after a stall."""

from play_for_integrity.core.clock import SteppedClock


def test_steps_accumulate_fractions():
    clock = SteppedClock(step=0.1)
    assert [clock.tick(0.05), clock.tick(0.05), clock.tick(0.25)] == [0, 1, 2]
    assert abs(clock.time - 0.3) < 1e-9


def test_a_long_stall_is_capped():
    clock = SteppedClock(step=0.1, max_steps=5)
    assert clock.tick(10.0) == 5
    assert clock.tick(0.0) == 0
