"""A progress bar on the terminal (tqdm, on stderr) for exports and merges that take more than about a second."""

from __future__ import annotations

import sys
from typing import IO, Any

DELAY = 1.0  # seconds before the bar appears: a quick command prints nothing but its result


def _is_terminal(stream: IO[str] | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):  # a replaced or closed stream
        return False


class Progress:
    """Counts work done; shows it only when stderr is a terminal (a log file or a pipe stays clean)."""

    def __init__(self, bar: Any = None) -> None:
        self._bar = bar

    @classmethod
    def off(cls) -> Progress:
        return cls()

    @classmethod
    def on_terminal(cls, total: int, what: str, unit: str, stream: IO[str] | None = None) -> Progress:
        """A bar of `total` `unit`s named `what` on `stream` (default stderr), or nothing when it is no terminal."""
        stream = stream if stream is not None else sys.stderr
        if not _is_terminal(stream):
            return cls()
        from tqdm import tqdm  # only on a terminal: a script's export does not pay for the import

        return cls(tqdm(total=total, desc=what, unit=unit, file=stream, delay=DELAY, leave=False, unit_scale=True,
                        dynamic_ncols=True))

    @property
    def shown(self) -> bool:
        return self._bar is not None

    def restart(self) -> None:
        """Count from nothing again (the work starts over)."""
        if self._bar is not None:
            self._bar.reset()

    def done(self, amount: int = 1) -> None:
        if self._bar is not None:
            self._bar.update(amount)

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
