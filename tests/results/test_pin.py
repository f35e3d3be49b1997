"""The teacher PIN: 4-8 digits, stored only as a salted hash."""

from __future__ import annotations

import pytest

from play_for_integrity.results.pin import hash_pin, pin_matches


def test_new_store_has_no_pin(store):
    assert not store.has_pin()


def test_pin_set_on_first_use_is_checked(store):
    store.set_pin("4071")
    assert store.has_pin()
    assert store.check_pin("4071")


def test_wrong_pin_is_refused(store):
    store.set_pin("4071")
    assert not store.check_pin("4072")


def test_pin_is_not_stored_in_clear(store):
    store.set_pin("40719")
    dump = "\n".join(store.connection.iterdump())
    assert "40719" not in dump
    assert "pbkdf2_sha256$" in dump


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "١٢٣٤", " 1234", ""])
def test_pin_must_be_4_to_8_ascii_digits(store, pin):
    with pytest.raises(ValueError, match="4 to 8 digits"):
        store.set_pin(pin)


def test_changing_the_pin_needs_the_current_one(store):
    store.set_pin("4071")
    with pytest.raises(PermissionError):
        store.set_pin("5830", current="9998")
    store.set_pin("5830", current="4071")
    assert store.check_pin("5830") and not store.check_pin("4071")


def test_cleared_pin_can_be_set_again(store):
    store.set_pin("4071")
    store.clear_pin()
    assert not store.has_pin()
    store.set_pin("7294")
    assert store.check_pin("7294")


def test_same_pin_gets_a_different_salt_each_time():
    assert hash_pin("1234") != hash_pin("1234")


def test_malformed_stored_hash_never_matches():
    assert not pin_matches("1234", "md5$abc")
    assert not pin_matches("1234", "pbkdf2_sha256$x$zz$00")


@pytest.mark.parametrize("pin", ["0000", "1111", "99999999", "1234", "4321", "0123", "98765", "12345678"])
def test_trivial_pins_are_refused(store, pin):
    with pytest.raises(ValueError, match="too easy to guess"):
        store.set_pin(pin)
    assert not store.has_pin()


@pytest.mark.parametrize("pin", ["2468", "4071", "1212", "9012", "13579"])
def test_other_pins_are_accepted(store, pin):
    store.set_pin(pin)
    assert store.check_pin(pin)


def test_the_wait_after_wrong_pins_is_kept_and_cleared_with_the_pin(store):
    store.set_pin("4071")
    store.set_pin_wait(3, 1_000_000.0)
    assert store.pin_wait() == (3, 1_000_000.0)
    store.clear_pin()
    assert store.pin_wait() == (0, 0.0)


def test_a_damaged_stored_wait_counts_as_none(store):
    store.set_setting("teacher_pin_failures", "many")
    assert store.pin_wait() == (0, 0.0)
