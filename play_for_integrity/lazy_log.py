"""A module's logger that imports `logging` on its first message: the modules on the game's way to its first frame
use it, so that start-up does not pay for the logging package (and its threading and string imports)."""

from __future__ import annotations

from typing import Any


class LazyLogger:
    """Stands for `logging.getLogger(name)`: every attribute is the real logger's, looked up when used."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __getattr__(self, attribute: str) -> Any:
        import logging

        return getattr(logging.getLogger(self.name), attribute)


def get_logger(name: str) -> LazyLogger:
    """The logger called `name`, made real on its first use."""
    return LazyLogger(name)
