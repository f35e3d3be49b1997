"""The snakes-and-ladders board of the team game: squares, ladders, snakes and a seeded layout."""

from __future__ import annotations

import random
from dataclasses import dataclass

from play_for_integrity.core.board_enums import SquareKind

SQUARE_KINDS = SquareKind.texts()
GAME_MINUTES = (20, 30, 45)

# Board sizes per game length, chosen with board_timing.estimate_minutes (4 teams, dilemma cards played through
# their branches; see its test).
BOARD_SIZES = {20: 20, 30: 30, 45: 42}
MIN_SIZE, MAX_SIZE = 20, 100
MIN_COLUMNS, MAX_COLUMNS = 5, 12
BOARD_ASPECT = 4 / 3  # columns / rows the drawn board aims at, to fill a projector's side of the screen

LINK_SPACING = 6  # about one ladder or snake per this many squares
TASK_SPACING = 5.5  # about one task square per this many squares
MAX_LINK_ROWS = 2  # a ladder climbs, and a snake drops, 1 or 2 rows
MAX_LINK_SPREAD = 2  # columns a ladder or snake may lean sideways: long diagonals would cross the whole board
_MAX_ATTEMPTS = 200


@dataclass(frozen=True)
class Board:
    """A rectangular board: square 0 is the start, square size-1 the finish; links always cross rows."""

    size: int
    kinds: tuple[SquareKind, ...]
    ladders: dict[int, int]
    snakes: dict[int, int]
    minutes: int

    def __post_init__(self) -> None:
        """Refuse a board that breaks a layout rule; keep the kinds as SquareKind (given as text or enum)."""
        problems = board_problems(self)
        if problems:
            raise ValueError("invalid board: " + "; ".join(problems))
        object.__setattr__(self, "kinds", tuple(SquareKind(kind) for kind in self.kinds))

    @property
    def columns(self) -> int:
        """Squares per row: the divisor of `size` that draws the board closest to BOARD_ASPECT."""
        return _columns_for(self.size) or 0

    @property
    def rows(self) -> int:
        """Rows of squares as the board is drawn."""
        return self.size // self.columns

    @property
    def finish(self) -> int:
        """The last square; reaching or passing it wins."""
        return self.size - 1

    def kind(self, square: int) -> SquareKind:
        """The kind of a square (a SquareKind, which also equals its text such as "dilemma")."""
        if not 0 <= square < self.size:
            raise IndexError(f"square {square} is not on a board of {self.size} squares")
        return self.kinds[square]

    def row_col(self, square: int, columns: int) -> tuple[int, int]:
        """Row (0 at the bottom) and column of a square on a board drawn in a zigzag, odd rows right-to-left."""
        if columns < 1:
            raise ValueError("columns must be at least 1")
        if not 0 <= square < self.size:
            raise IndexError(f"square {square} is not on a board of {self.size} squares")
        row, offset = divmod(square, columns)
        return row, (columns - 1 - offset if row % 2 else offset)


def _columns_for(size: int) -> int | None:
    """The best column count for a full rectangle of `size` squares, or None when there is none."""
    options = [c for c in range(MIN_COLUMNS, MAX_COLUMNS + 1) if size % c == 0 and size // c >= 3]
    if not options:
        return None
    return min(options, key=lambda c: (abs(c / (size // c) - BOARD_ASPECT), -c))


def board_problems(board: Board) -> list[str]:
    """Every way the board breaks the layout rules (empty when it is a valid board)."""
    size = board.size
    if isinstance(size, bool) or not isinstance(size, int) or not MIN_SIZE <= size <= MAX_SIZE:
        return [f"size must be a whole number {MIN_SIZE}..{MAX_SIZE}, not {size!r}"]
    if _columns_for(size) is None:
        return [f"size {size} cannot be drawn as a full rectangle of {MIN_COLUMNS}..{MAX_COLUMNS} columns"]
    problems = []
    if not _is_int(board.minutes) or board.minutes not in GAME_MINUTES:
        problems.append(f"minutes must be one of {GAME_MINUTES}, not {board.minutes!r}")
    kinds = board.kinds
    if not isinstance(kinds, tuple) or len(kinds) != size or any(k not in SQUARE_KINDS for k in kinds):
        return problems + [f"kinds must be {size} of {SQUARE_KINDS}"]
    start, finish = SquareKind.START, SquareKind.FINISH
    if kinds[0] != start or kinds[-1] != finish or start in kinds[1:] or finish in kinds[:-1]:
        problems.append("only the first square is 'start' and only the last is 'finish'")
    if not all(isinstance(m, dict) and all(_is_int(a) and _is_int(b) for a, b in m.items())
               for m in (board.ladders, board.snakes)):
        return problems + ["ladders and snakes must map whole numbers to whole numbers"]
    links = [("ladder", a, b) for a, b in board.ladders.items()] + [("snake", a, b) for a, b in board.snakes.items()]
    columns = _columns_for(size) or 1
    ends: list[int] = []
    for name, begin, end in links:
        ends += [begin, end]
        if not (0 < begin < size - 1 and 0 < end < size - 1):
            problems.append(f"{name} {begin}->{end} must stay between the start and the finish")
            continue
        up = end // columns - begin // columns
        if (name == "ladder" and up < 1) or (name == "snake" and up > -1):
            problems.append(f"{name} {begin}->{end} must {'climb' if name == 'ladder' else 'drop'} at least one row")
        if kinds[begin] != SquareKind.DILEMMA:
            problems.append(f"{name} {begin}->{end} must begin on a dilemma square")
    if len(set(ends)) != len(ends):
        problems.append("ladders and snakes must not share a square")
    starts = {begin for _, begin, _ in links}
    stray = [i for i, k in enumerate(kinds) if k == SquareKind.DILEMMA and i not in starts]
    if stray:
        problems.append(f"dilemma squares {stray} have no ladder or snake")
    return problems


def _is_int(value: object) -> bool:
    """A whole number that is not a bool (JSON and YAML give both)."""
    return isinstance(value, int) and not isinstance(value, bool)


def build_board(minutes: int, seed: int) -> Board:
    """The board for a game of `minutes`, laid out from `seed` (the same seed gives the same board)."""
    if minutes not in GAME_MINUTES:
        raise ValueError(f"a game lasts {', '.join(map(str, GAME_MINUTES))} minutes, not {minutes!r}")
    size = BOARD_SIZES[minutes]
    rng = random.Random(f"board:{minutes}:{seed}")
    for _ in range(_MAX_ATTEMPTS):
        layout = _try_layout(size, rng)
        if layout is not None:
            ladders, snakes, tasks = layout
            kinds = [SquareKind.PLAIN] * size
            kinds[0], kinds[-1] = SquareKind.START, SquareKind.FINISH
            for square in [*ladders, *snakes]:
                kinds[square] = SquareKind.DILEMMA
            for square in tasks:
                kinds[square] = SquareKind.TASK
            return Board(size, tuple(kinds), ladders, snakes, minutes)
    raise RuntimeError(f"no layout found for a board of {size} squares")  # pragma: no cover - sizes are fixed


def _column(square: int, columns: int) -> int:
    """The drawn column of a square on the zigzag board."""
    row, offset = divmod(square, columns)
    return columns - 1 - offset if row % 2 else offset


def _segments(first: int, last: int, count: int) -> list[range]:
    """`count` consecutive, nearly equal ranges covering first..last."""
    span = last - first + 1
    return [range(first + span * i // count, first + span * (i + 1) // count) for i in range(count)]


def _try_layout(size: int, rng: random.Random) -> tuple[dict[int, int], dict[int, int], list[int]] | None:
    """One attempt: one link start per stretch of the board, ladders and snakes alternating in pairs."""
    columns = _columns_for(size) or 1
    rows = size // columns
    pairs = max(1, round((size - 2) / (2 * LINK_SPACING)))
    plan = []
    for _ in range(pairs):
        plan += rng.sample(["ladder", "snake"], 2)
    starts: list[tuple[str, int]] = []
    for name, stretch in zip(plan, _segments(1, size - 2, len(plan))):
        fits = [s for s in stretch if (s // columns < rows - 1 if name == "ladder" else s // columns >= 1)]
        if not fits:
            return None
        starts.append((name, rng.choice(fits)))
    used = {s for _, s in starts}
    ladders: dict[int, int] = {}
    snakes: dict[int, int] = {}
    for name, start in starts:
        row = start // columns
        rows_to = range(row + 1, row + MAX_LINK_ROWS + 1) if name == "ladder" else range(row - MAX_LINK_ROWS, row)
        column = _column(start, columns)
        ends = [s for s in range(1, size - 1) if s // columns in rows_to and s not in used
                and abs(_column(s, columns) - column) <= MAX_LINK_SPREAD]
        if not ends:
            return None
        end = rng.choice(ends)
        used.add(end)
        (ladders if name == "ladder" else snakes)[start] = end
    tasks = []
    for stretch in _segments(1, size - 2, round(size / TASK_SPACING)):
        free = [s for s in stretch if s not in used]
        if not free:
            return None
        tasks.append(rng.choice(free))
        used.add(tasks[-1])
    return ladders, snakes, sorted(tasks)
