"""Seeded dice and card decks that give the same sequence on every computer and Python version."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence


def _number(*parts: object) -> int:
    """A stable 64-bit number for the given parts (sha256, so it never depends on PYTHONHASHSEED)."""
    digest = hashlib.sha256(":".join(map(str, parts)).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big")


def roll_dice(seed: int, turn: int) -> int:
    """The dice (1..6) of roll number `turn` in the game with `seed`."""
    return _number("dice", seed, turn) % 6 + 1


def shuffled_round(deck: Sequence[str], seed: int, kind: str, round_number: int, after: str | None) -> list[str]:
    """The deck in its order for one pass, never starting with `after` (the card dealt just before)."""
    order = sorted(deck, key=lambda card: (_number(kind, seed, round_number, card), card))
    if len(order) > 1 and order[0] == after:
        order[0], order[1] = order[1], order[0]
    return order


def deal(deck: Sequence[str], seed: int, kind: str, index: int) -> str:
    """Card number `index` (0-based) dealt from the deck: each pass shuffled anew, no card twice in a row."""
    if not deck:
        raise ValueError("cannot deal from an empty deck")
    if index < 0:
        raise ValueError("card numbers start at 0")
    passes, position = divmod(index, len(deck))
    last = None
    for round_number in range(passes + 1):
        order = shuffled_round(deck, seed, kind, round_number, last)
        last = order[-1]
    return order[position]
