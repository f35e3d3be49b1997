"""The actions a player or teacher can take, as plain serialisable records (for the UI, tests, replays, the CLI)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, ClassVar


@dataclass(frozen=True)
class Action:
    """Base of every action; `kind` names it in its dictionary form."""

    kind: ClassVar[str] = ""

    def to_dict(self) -> dict[str, Any]:
        return {"action": self.kind, **asdict(self)}


@dataclass(frozen=True)
class Choose(Action):
    """Solo journey: confirm a choice at the current step."""

    kind: ClassVar[str] = "choose"
    choice_id: str


@dataclass(frozen=True)
class Advance(Action):
    """Solo journey and class vote: leave the feedback (or an ending) for the next step or story."""

    kind: ClassVar[str] = "advance"


@dataclass(frozen=True)
class Roll(Action):
    """Board game: roll the die for the team whose turn it is."""

    kind: ClassVar[str] = "roll"


@dataclass(frozen=True)
class AnswerCard(Action):
    """Board game: the team's answer to the dilemma card on show."""

    kind: ClassVar[str] = "answer"
    choice_id: str


@dataclass(frozen=True)
class JudgeTask(Action):
    """Board game: the teacher's verdict on the task card on show."""

    kind: ClassVar[str] = "judge"
    right: bool


@dataclass(frozen=True)
class SkipCard(Action):
    """Board game: put the card on show away unplayed; the next team plays."""

    kind: ClassVar[str] = "skip_card"


@dataclass(frozen=True)
class Undo(Action):
    """Board game: take back the last action (its stored answer is withdrawn)."""

    kind: ClassVar[str] = "undo"


@dataclass(frozen=True)
class EndGame(Action):
    """Board game: stop now (the lesson is over); the rankings stand."""

    kind: ClassVar[str] = "end_game"


@dataclass(frozen=True)
class SubmitVotes(Action):
    """Class vote: how many pupils chose each option; `follow` picks among tied leaders."""

    kind: ClassVar[str] = "submit_votes"
    counts: dict[str, int] = field(default_factory=dict)
    follow: str | None = None


@dataclass(frozen=True)
class UndoVote(Action):
    """Class vote: take back the votes on show (a count was wrong); the story waits for the corrected counts."""

    kind: ClassVar[str] = "undo_vote"


@dataclass(frozen=True)
class Follow(Action):
    """Class vote: on a tie, the teacher picks which leading option the story follows."""

    kind: ClassVar[str] = "follow"
    choice_id: str


@dataclass(frozen=True)
class SkipStory(Action):
    """Class vote: leave the current story without a vote."""

    kind: ClassVar[str] = "skip_story"


@dataclass(frozen=True)
class Finish(Action):
    """Any mode: the game is over; store the final profiles and close the stored session."""

    kind: ClassVar[str] = "finish"


ACTIONS: dict[str, type[Action]] = {cls.kind: cls for cls in (Choose, Advance, Roll, AnswerCard, JudgeTask, SkipCard,
                                                               Undo, EndGame, SubmitVotes, UndoVote, Follow, SkipStory,
                                                               Finish)}


def action_from_dict(data: Any) -> Action:
    """The action a dictionary describes; ValueError naming the problem when it describes none."""
    if not isinstance(data, dict) or data.get("action") not in ACTIONS:
        raise ValueError(f"not an action: {data!r}; known actions are {', '.join(ACTIONS)}")
    cls = ACTIONS[data["action"]]
    names = {f.name for f in fields(cls)}
    extra = set(data) - names - {"action"}
    if extra:
        raise ValueError(f"the action {cls.kind!r} has no field {', '.join(sorted(extra))}")
    try:
        return cls(**{k: v for k, v in data.items() if k != "action"})
    except TypeError as err:
        raise ValueError(f"the action {cls.kind!r} is incomplete: {err}") from err


@dataclass(frozen=True)
class Outcome:
    """What an action did: accepted or refused (with the reason), and what it produced (a move, an answer …)."""

    accepted: bool
    reason: str = ""
    value: Any = None

    @classmethod
    def refused(cls, reason: str) -> Outcome:
        return cls(False, reason)

    @classmethod
    def done(cls, value: Any = None) -> Outcome:
        return cls(True, "", value)
