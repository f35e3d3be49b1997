"""The class vote read from answer cards: the action that hands the cards' letters to the vote, and their counting."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import ClassVar

from play_for_integrity.cards.markers import LETTERS
from play_for_integrity.content.model import StoryNode
from play_for_integrity.play.actions import Action


@dataclass(frozen=True)
class SubmitCards(Action):
    """Class vote: the letter each pupil's card showed when the teacher closed the vote (card number -> A-D)."""

    kind: ClassVar[str] = "submit_cards"
    answers: dict[int, str] = field(default_factory=dict)
    follow: str | None = None


def card_choices(node: StoryNode, answers: Mapping[int, str]) -> dict[int, str]:
    """Card number -> choice id; a letter this step has no option for (D on a three-option step) is left out."""
    by_letter = {letter: choice.id for letter, choice in zip(LETTERS, node.choices)}
    return {number: by_letter[letter] for number, letter in sorted(answers.items()) if letter in by_letter}


def card_counts(node: StoryNode, chosen: Mapping[int, str]) -> dict[str, int]:
    """How many pupils chose each option, from card number -> choice id."""
    counts = {choice.id: 0 for choice in node.choices}
    for choice_id in chosen.values():
        counts[choice_id] += 1
    return counts
