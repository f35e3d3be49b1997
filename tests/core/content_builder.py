"""Small dilemma scenarios built in code for the rule tests, so no rule test depends on the shipped content."""

from __future__ import annotations

from play_for_integrity.content.catalogs import Catalogs
from play_for_integrity.content.library import Library
from play_for_integrity.content.model import Choice, Provenance, Scenario, StoryNode, Value

PROVENANCE = Provenance("test", "test", "CC-BY-4.0", "draft")
VALUE_IDS = ("honesty", "fairness", "responsibility", "respect", "courage")


def choice(cid: str, board: str = "stay", next_node: str | None = None, **effects: int) -> Choice:
    """A choice whose text is its id, moving the token by `board`, scoring `effects`, leading to `next_node`."""
    return Choice(cid, cid, dict(effects), board, "feedback", next_node)


def scenario(sid: str, nodes: list[StoryNode], band: str = "11-14") -> Scenario:
    """A scenario of `band` whose story starts at the first of `nodes`."""
    return Scenario(sid, band, ("exams",), sid, "objective", {n.id: n for n in nodes}, (), PROVENANCE)


def wallet() -> Scenario:
    """A branching 6-10 dilemma shaped like the shipped ones: a follow-up node, an ending node, a plain end."""
    return scenario("wallet", [
        StoryNode("start", "A wallet in the sand.", (
            choice("keep", "snake", "next-day", honesty=-2, fairness=-1, respect=-1),
            choice("tell-mum", "ladder", "owner-found", honesty=2, responsibility=2),
            choice("leave-it", "stay", None, responsibility=-1))),
        StoryNode("next-day", "A note on the door.", (
            choice("confess", "ladder", None, honesty=2, courage=2, responsibility=1),
            choice("hide", "snake", None, honesty=-2, courage=-1, respect=-1))),
        StoryNode("owner-found", "The owner comes running."),
    ], band="6-10")


def two_choice(sid: str, band: str) -> Scenario:
    """A one-node dilemma of `band`: a ladder answer and a snake answer."""
    return scenario(sid, [StoryNode("start", "story", (choice("right", "ladder", None, honesty=2),
                                                        choice("wrong", "snake", None, honesty=-2)))], band)


def library() -> Library:
    """A content library with the five values, three 6-10 scenarios (wallet, homework, gift) and one 11-14 (exam)."""
    scenarios = [wallet(), two_choice("homework", "6-10"), two_choice("gift", "6-10"), two_choice("exam", "11-14")]
    values = {v: Value(v, v.title(), f"the value {v}") for v in VALUE_IDS}
    return Library(Catalogs(values=values), scenarios={s.id: s for s in scenarios})
