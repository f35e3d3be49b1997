"""The teams of a board game: names the teacher typed, and tokens told apart by both colour and shape."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

TOKEN_SHAPES = ("circle", "square", "triangle", "diamond", "star", "hexagon")
MAX_TEAMS, MIN_TEAMS = 6, 2
TEAM_NAME_MAX = 24
COLOR_COUNT = 6

# Latin letters drawn like Cyrillic ones (after casefold): "Бaрыс" typed with a Latin a is "Барыс" on the board.
_LOOK_ALIKES = str.maketrans({"a": "а", "b": "в", "c": "с", "e": "е", "h": "н", "i": "і", "j": "ј", "k": "к",
                              "m": "м", "o": "о", "p": "р", "s": "ѕ", "t": "т", "x": "х", "y": "у", "ё": "е"})


@dataclass(frozen=True)
class Team:
    """A team as the teacher named it, with a token that differs from the others in colour and shape."""

    name: str
    color: int
    shape: str


def default_teams(count: int) -> list[Team]:
    """`count` unnamed teams, each with its own colour and its own shape."""
    if not MIN_TEAMS <= count <= MAX_TEAMS:
        raise ValueError(f"a game has {MIN_TEAMS} to {MAX_TEAMS} teams, not {count}")
    return [Team("", i, TOKEN_SHAPES[i]) for i in range(count)]


def team_name_key(name: str) -> str:
    """What a name looks like on the board: case, spaces and Latin/Cyrillic look-alike letters ignored."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return "".join(c for c in folded if not c.isspace()).translate(_LOOK_ALIKES)


def check_teams(teams: Sequence[Team]) -> list[Team]:
    """The teams with names trimmed; ValueError naming the problem when they cannot play together."""
    if not MIN_TEAMS <= len(teams) <= MAX_TEAMS:
        raise ValueError(f"a game needs {MIN_TEAMS} to {MAX_TEAMS} teams, not {len(teams)}")
    cleaned: list[Team] = []
    for number, team in enumerate(teams, start=1):
        if not isinstance(team, Team) or not isinstance(team.name, str):
            raise ValueError(f"team {number} is not a Team with a name")
        name = team.name.strip()
        if not name:
            raise ValueError(f"team {number} needs a name")
        if len(name) > TEAM_NAME_MAX:
            raise ValueError(f"the name of team {number} is longer than {TEAM_NAME_MAX} characters")
        if any(unicodedata.category(c) == "Cc" for c in name):
            raise ValueError(f"the name of team {number} contains a control character")
        if isinstance(team.color, bool) or not isinstance(team.color, int) or not 0 <= team.color < COLOR_COUNT:
            raise ValueError(f"team {name!r} has colour {team.color!r}; use 0..{COLOR_COUNT - 1}")
        if team.shape not in TOKEN_SHAPES:
            raise ValueError(f"team {name!r} has shape {team.shape!r}; use one of {', '.join(TOKEN_SHAPES)}")
        for other in cleaned:
            if team_name_key(other.name) == team_name_key(name):
                raise ValueError(f"two teams are called {name!r} (or look the same as {other.name!r}): give each "
                                 "team its own name")
            if (other.color, other.shape) == (team.color, team.shape):
                raise ValueError(f"teams {other.name!r} and {name!r} have the same token: change a colour or a shape")
        cleaned.append(replace(team, name=name))
    return cleaned
