"""The board game's closed sets of names (square kinds, game phases) as enums that still equal their plain text."""

from __future__ import annotations

from enum import Enum


class TextEnum(str, Enum):
    """An enum whose members compare, hash, print and format as their text, so `phase == "roll"` keeps working."""

    __hash__ = str.__hash__  # Enum hashes the member name; a set or dict must find "roll" and ROLL alike
    __format__ = str.__format__

    def __str__(self) -> str:
        """The plain text, as in saved games and messages."""
        return str(self.value)

    @classmethod
    def texts(cls) -> tuple[str, ...]:
        """Every member's text, in declaration order (for messages that list what is allowed)."""
        return tuple(str(member.value) for member in cls)


class SquareKind(TextEnum):
    """What a square of the board does when a token lands on it."""

    START = "start"
    PLAIN = "plain"
    DILEMMA = "dilemma"
    TASK = "task"
    FINISH = "finish"


class Phase(TextEnum):
    """What the game waits for: a roll, an answer to a dilemma card, a verdict on a task card, or nothing (over)."""

    ROLL = "roll"
    DILEMMA = "dilemma"
    TASK = "task"
    OVER = "over"

    @property
    def shows_card(self) -> bool:
        """A card is on show and waits for the team (a dilemma or a task)."""
        return self in (Phase.DILEMMA, Phase.TASK)
