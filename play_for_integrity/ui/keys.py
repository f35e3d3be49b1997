"""Letter shortcuts that work on any keyboard layout: matched by key position as well as by Latin letter."""

from __future__ import annotations

import pygame

ANSWER_LETTERS = "ABCD"


def is_letter(event: pygame.event.Event, letter: str) -> bool:
    """True for a key press of `letter` (a-z): by its Latin key code, or by the key's place on the keyboard,
    so T still works while a teacher types in Kazakh or Russian (where that key gives Е)."""
    if event.type != pygame.KEYDOWN:
        return False
    if event.mod & (pygame.KMOD_ALT | pygame.KMOD_META):
        return False
    scancode = getattr(pygame, f"KSCAN_{letter.upper()}")
    return event.key == ord(letter.lower()) or getattr(event, "scancode", None) == scancode


def shortcut(event: pygame.event.Event, letter: str) -> bool:
    """A one-letter shortcut such as S or T: the letter pressed without Ctrl (Ctrl+letter means something else)."""
    return is_letter(event, letter) and not event.mod & pygame.KMOD_CTRL


def answer_index(event: pygame.event.Event, count: int) -> int | None:
    """The option chosen with A-D or 1-4 (main keys or keypad), or None."""
    if event.type != pygame.KEYDOWN or event.mod & (pygame.KMOD_CTRL | pygame.KMOD_ALT | pygame.KMOD_META):
        return None
    for i in range(count):
        if event.key in (pygame.K_1 + i, pygame.K_KP1 + i) or is_letter(event, ANSWER_LETTERS[i]):
            return i
    return None


def is_plus(event: pygame.event.Event) -> bool:
    return event.type == pygame.KEYDOWN and event.key in (pygame.K_PLUS, pygame.K_EQUALS, pygame.K_KP_PLUS)


def is_minus(event: pygame.event.Event) -> bool:
    return event.type == pygame.KEYDOWN and event.key in (pygame.K_MINUS, pygame.K_KP_MINUS)


def is_undo(event: pygame.event.Event) -> bool:
    ctrl_z = is_letter_with_ctrl(event, "z")
    return ctrl_z or (is_letter(event, "u") and not event.mod & pygame.KMOD_CTRL)


def is_letter_with_ctrl(event: pygame.event.Event, letter: str) -> bool:
    return (event.type == pygame.KEYDOWN and bool(event.mod & pygame.KMOD_CTRL)
            and (event.key == ord(letter) or getattr(event, "scancode", None) == getattr(pygame, f"KSCAN_{letter.upper()}")))


def is_help(event: pygame.event.Event, typing: bool = False) -> bool:
    """F1, or ? (as typed, on any layout) where no text field takes the key: the screen's list of keys."""
    if event.type != pygame.KEYDOWN:
        return False
    if event.key == pygame.K_F1:
        return True
    return not typing and (getattr(event, "unicode", "") == "?" or event.key == pygame.K_QUESTION)
