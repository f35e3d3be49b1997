"""Task cards for the team board game: a short task a team does aloud, which the teacher judges."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

import yaml

from play_for_integrity.content.catalogs import Catalogs
from play_for_integrity.content.node_reader import NodeReader
from play_for_integrity.content.problems import ContentError
from play_for_integrity.content.yaml_source import load_bytes

TASK_KINDS = ("name", "act", "discuss", "draw")
ALL_BANDS = "all"              # the band of cards that suit every age
ALL_BANDS_FILE = "all-bands"   # the file name (without .yaml) of those cards
TEXT_MAX = 200                 # read aloud to the class
TEACHER_MAX = 240              # what counts as "right", shown small to the teacher
MAX_CARDS = 100

FILE_FIELDS = ("band", "cards")
CARD_REQUIRED = ("id", "kind", "text", "teacher")
CARD_OPTIONAL = ("values",)


@dataclass(frozen=True, slots=True)
class TaskCard:
    """One task: what the team does aloud, and when the teacher judges it right."""

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
    def __init__(self, path: str, catalogs: Catalogs):
        self.r = NodeReader(path)
        self.path = path
        self.catalogs = catalogs

    def build(self, root: yaml.Node) -> TaskFile | None:
        r = self.r
        f = r.mapping(root, "the task file")
        if f is None:
            return None
        r.check_fields(root, f, "the task file", FILE_FIELDS)
        band = self._band(f["band"][1]) if "band" in f else None
        cards = self._cards(f["cards"][1], band or "?") if "cards" in f else None
        if r.problems or band is None or cards is None:
            return None
        return TaskFile(band, cards)

    def _band(self, node: yaml.Node) -> str | None:
        band = self.r.identifier(node, "the band")
        if band is None:
            return None
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

    def _cards(self, node: yaml.Node, band: str) -> tuple[TaskCard, ...] | None:
        items = self.r.sequence(node, "cards", min_items=1, max_items=MAX_CARDS)
        if items is None:
            return None
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

    def _card(self, node: yaml.Node, band: str) -> TaskCard | None:
        r = self.r
        f = r.mapping(node, "a task card")
        if f is None:
            return None
        card_id = r.identifier(f["id"][1], "the task card id") if "id" in f else None
        what = f"the task card '{card_id}'" if card_id else "a task card"
        r.check_fields(node, f, what, CARD_REQUIRED, CARD_OPTIONAL)
        kind = r.choice_of(f["kind"][1], "the card kind", TASK_KINDS) if "kind" in f else None
        text = r.text(f["text"][1], f"the text of {what}", TEXT_MAX) if "text" in f else None
        teacher = r.text(f["teacher"][1], f"the teacher's note of {what}", TEACHER_MAX) if "teacher" in f else None
        values = self._values(f["values"][1], what) if "values" in f else ()
        if card_id is None or kind is None or text is None or teacher is None or values is None:
            return None
        mark = node.start_mark
        return TaskCard(card_id, band, kind, text, teacher, values, mark.line + 1, mark.column + 1)

    def _values(self, node: yaml.Node, what: str) -> tuple[str, ...] | None:
        items = self.r.sequence(node, f"the values of {what}", min_items=1)
        if items is None:
            return None
        found: list[str] = []
        for item in items:
            value = self.r.identifier(item, "a value")
            if value is None:
                continue
            if self.catalogs.values and value not in self.catalogs.values:
                self.r.unknown(item, "the value", value, self.catalogs.values, "values are defined in scenarios/values.yaml")
            elif value in found:
                self.r.report(item, f"the value '{value}' is listed twice for {what}", "list each value once")
            else:
                found.append(value)
        return tuple(found) if len(found) == len(items) else None


def parse_task_file(data: bytes, path: str, catalogs: Catalogs) -> TaskFile:
    """The task cards in `data`, or ContentError listing every problem with its line and column."""
    root = load_bytes(data, path)
    builder = _TaskFileBuilder(path, catalogs)
    task_file = builder.build(root)
    if builder.r.problems or task_file is None:
        raise ContentError(builder.r.problems)
    return task_file
