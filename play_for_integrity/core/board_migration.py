"""Saved board games of older formats rewritten in the current layout, so a game saved before an update resumes."""

from __future__ import annotations

from typing import Any

from play_for_integrity.core.board_codec import Fields

# Format 1 kept one list per team field in the state (and in each undo step); format 2 keeps one record per team.
FORMAT_1_TEAM_LISTS = {"positions": "position", "profiles": "profile", "tasks_right": "tasks_right",
                       "tasks_done": "tasks_done", "dilemmas_done": "dilemmas_done"}


def from_format_1(data: dict[str, Any], new_format: int) -> dict[str, Any]:
    """A format-1 saved game as `new_format` data; the usual checks run on the result, so nothing is trusted here."""
    teams = data.get("teams")
    if not isinstance(teams, list):
        return data  # refused by the teams check before the state is read
    upgraded = dict(data, format=new_format)
    if "state" in data:
        upgraded["state"] = _state(data["state"], len(teams), "state")
    if isinstance(data.get("history"), list):
        upgraded["history"] = [_state(step, len(teams), f"history[{i}]") for i, step in enumerate(data["history"])]
    return upgraded


def _state(raw: Any, count: int, where: str) -> Any:
    """One format-1 state with its per-field team lists turned into a list of team records."""
    if not isinstance(raw, dict):
        return raw  # refused with its place named by the state check
    fields = Fields(raw, where)
    if "team_states" in raw:
        raise fields.fail("unknown fields ['team_states']: format 1 keeps one list per team field")
    lists = {old: fields.items(old, count) for old in FORMAT_1_TEAM_LISTS}
    state = {key: value for key, value in raw.items() if key not in FORMAT_1_TEAM_LISTS}
    state["team_states"] = [{new: lists[old][team] for old, new in FORMAT_1_TEAM_LISTS.items()}
                            for team in range(count)]
    return state
