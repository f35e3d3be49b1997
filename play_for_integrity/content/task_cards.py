"""Task cards for the team board game: a short task a team does aloud, which the teacher judges."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath
from typing import ClassVar

import yaml

from play_for_integrity.content.catalogs import Catalogs
from play_for_integrity.content.declaration import TASK, TASK_FILE, TASK_KINDS
from play_for_integrity.content.problems import ContentError
from play_for_integrity.content.record_reader import RecordReader
from play_for_integrity.content.yaml_source import load_source

__all__ = ["ALL_BANDS", "ALL_BANDS_FILE", "TASK_KINDS", "TaskCard", "TaskFile", "band_named_by", "parse_task_file"]

ALL_BANDS = "all"              # the band of cards that suit every age
ALL_BANDS_FILE = "all-bands"   # the file name (without .yaml) of those cards


@dataclass(frozen=True, slots=True)
class TaskCard:
    """One task: what the team does aloud, and when the teacher judges it right."""

    declared_as: ClassVar[str] = "task"  # its content type in the declaration

    id: str
    band: str
    kind: str
    text: str
    teacher: str
    values: tuple[str, ...] = ()
    line: int = 0    # where the card starts in its file, for messages naming it
    column: int = 0

    def suits(self, band: str) -> bool:
        """True when the card may be drawn in a game for `band`."""
        return self.band in (ALL_BANDS, band)


@dataclass(frozen=True, slots=True)
class TaskFile:
    """The cards of one task file, all of one band (or of every band)."""

    band: str
    cards: tuple[TaskCard, ...]


def band_named_by(path: str, catalogs: Catalogs) -> str | None:
    """The band a task file's name promises ('6-10.yaml', 'all-bands.yaml'), or None for other names."""
    stem = PurePath(path.replace("\\", "/")).stem
    if stem == ALL_BANDS_FILE:
        return ALL_BANDS
    return stem if stem in catalogs.bands else None


class _TaskFileBuilder:
    def __init__(self, path: str, source: str, catalogs: Catalogs):
        self.r = RecordReader(path, source)
        self.path = path
        self.catalogs = catalogs

    def build(self, root: yaml.Node) -> TaskFile | None:
        rec = self.r.record(root, TASK_FILE)
        if rec is None:
            return None
        band = self._band(rec.nodes["band"], rec["band"]) if rec.get("band") is not None else None
        cards = self._cards(rec["cards"], band or "?") if rec.get("cards") is not None else None
        if self.r.problems or band is None or cards is None:
            return None
        return TaskFile(band, cards)

    def _band(self, node: yaml.Node, band: str) -> str | None:
        known = [ALL_BANDS, *self.catalogs.bands]
        if self.catalogs.bands and band not in known:
            self.r.unknown(node, "the band", band, known,
                           f"bands are defined in scenarios/bands.yaml; '{ALL_BANDS}' is for cards that suit every age")
            return None
        promised = band_named_by(self.path, self.catalogs)
        if promised is not None and band != promised:
            right_name = ALL_BANDS_FILE if band == ALL_BANDS else band
            self.r.report(node, f"the file says band '{band}' but its name is for band '{promised}'",
                          f"move these cards to scenarios/tasks/{right_name}.yaml, or correct the band")
            return None
        return band

    def _cards(self, items: list[yaml.Node], band: str) -> tuple[TaskCard, ...]:
        cards: dict[str, TaskCard] = {}
        for item in items:
            card = self._card(item, band)
            if card is None:
                continue
            if card.id in cards:
                self.r.report(item, f"two task cards have the id '{card.id}' (first on line {cards[card.id].line})",
                              "give each task card its own id")
                continue
            cards[card.id] = card
        return tuple(cards.values())

    def _known_value(self, node: yaml.Node, value: str) -> bool:
        if self.catalogs.values and value not in self.catalogs.values:
            self.r.unknown(node, "the value", value, self.catalogs.values,
                           "values are defined in scenarios/values.yaml")
            return False
        return True

    def _card(self, node: yaml.Node, band: str) -> TaskCard | None:
        rec = self.r.record(node, TASK)
        if rec is None:
            return None
        listed = rec.get("values") or []
        values = tuple(item.value for item in listed
                       if item.value is not None and self._known_value(item.node, item.value))
        if not rec.complete() or len(values) != len(listed) or ("values" in rec.values and rec["values"] is None):
            return None
        mark = node.start_mark
        return TaskCard(rec["id"], band, rec["kind"], rec["text"], rec["teacher"], values, mark.line + 1,
                        mark.column + 1)


def parse_task_file(data: bytes, path: str, catalogs: Catalogs) -> TaskFile:
    """The task cards in `data`, or ContentError listing every problem with its line and column."""
    source, root = load_source(data, path)
    builder = _TaskFileBuilder(path, source, catalogs)
    task_file = builder.build(root)
    if builder.r.problems or task_file is None:
        raise ContentError(builder.r.problems)
    return task_file
