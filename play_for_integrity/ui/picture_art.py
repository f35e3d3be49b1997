"""A scenario's picture: its people side by side on a soft rounded panel, the object at stake in front of them.

The pictures are the shipped OpenMoji SVGs (assets/pictures), drawn by pygame at the pixel size needed and cached by
(id, size). A missing or unreadable picture is left out and logged once: a picture never stops a screen.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pygame

from play_for_integrity.content.pictures import (AGE_HEIGHT, FRONT, OBJECT_HEIGHT, PERSON, SPACING, PictureLibrary,
                                                 arrange, load_pictures)
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.theme import Color, ink_on

log = logging.getLogger(__name__)

MIN_SIDE = 24
"""Below this many pixels high a picture is not drawn: it would only be a smudge."""
EXTENT_SIZE = 96
"""The size at which a picture's visible outline is measured, once per id."""
CACHE_SIZE = 96
"""Drawn pictures kept: a few screens' worth at two window sizes."""
LOWEST = 64
"""A picture on a screen is at least this high (in 1024x768 pixels), or not there: smaller, faces are hard to read."""
HIGHEST = 240
"""A picture on a screen is at most this high (in 1024x768 pixels): the story stays the main thing."""
SMALLEST = 44
"""In a spare corner, an adult in the picture is at least this high (in 1024x768 pixels), or it is not drawn."""


@dataclass(frozen=True)
class Extent:
    """The visible part of a square picture, as fractions of its side."""

    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        return self.right - self.left


@dataclass(frozen=True)
class _Item:
    picture_id: str
    scale: float     # box side against an adult's
    extent: Extent
    is_object: bool


def scenario_picture(scenario) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The scenario's (people, objects), or None when it has no picture (yet)."""
    picture = getattr(scenario, "picture", None)
    if picture is None or not getattr(picture, "people", None):
        return None
    return tuple(picture.people), tuple(getattr(picture, "objects", ()) or ())


def text_room(painter: Painter, text: str, box: pygame.Rect, size: int, bold: bool = False) -> int:
    """The height `text` leaves free in `box` at the size it is drawn at there (0 when it does not fit): a picture
    placed in that room never makes the text smaller than it is without one."""
    block = painter.fitter.fit(text, box.width, box.height, size, painter.metrics.min_text, bold)
    return max(0, box.height - block.height) if block.fits else 0


def split_off_picture(painter: Painter, box: pygame.Rect, text: str, size: int, low: int, high: int, gap: int,
                      top: bool = True) -> tuple[pygame.Rect | None, pygame.Rect]:
    """Share `box` between a picture (at its top, or bottom) and `text`: the picture takes what the text leaves free,
    up to `high`, and none when that is under `low`. Returns (picture rect or None, text box)."""
    room = min(text_room(painter, text, box, size) - gap, high)
    if room < low:
        return None, box
    if top:
        return (pygame.Rect(box.x, box.y, box.width, room),
                pygame.Rect(box.x, box.y + room + gap, box.width, box.height - room - gap))
    return pygame.Rect(box.x, box.bottom - room, box.width, room), pygame.Rect(box.x, box.y, box.width,
                                                                                 box.height - room - gap)


def room_above(place: Callable[[pygame.Rect, bool], tuple[int, bool]], column: pygame.Rect, low: int, high: int,
               gap: int) -> int:
    """The tallest picture (0 if under `low`) that can go at the top of `column` while the layout `place` puts
    below it keeps the type size it has in the whole column. `place(rect, roomy)` lays out in `rect` and returns its
    text's size and whether all of it fits (with some air around the text when `roomy`, so that a picture never
    leaves the text packed tight); the caller places again in the rect it chooses."""
    size, fits = place(column, False)
    if not fits:
        return 0

    def keeps(height: int) -> bool:
        smaller, still = place(pygame.Rect(column.x, column.y + height + gap, column.width,
                                           column.height - height - gap), True)
        return still and smaller >= size
    return largest_room(keeps, low, min(high, column.height // 2))


def picture_beside_choices(painter: Painter, art: PictureArt, scenario, story_box: pygame.Rect, story: str,
                           size: int, column: pygame.Rect, place: Callable[[pygame.Rect, bool], tuple[int, bool]],
                           spare: pygame.Rect | None = None) -> tuple[pygame.Rect, pygame.Rect]:
    """A dilemma's picture where it is biggest: in the room the story leaves in `story_box`, at the top of the
    choices' `column` if the choices keep their type size there (`place` as for `room_above`), or in a `spare` place
    the screen has free. Draws it and returns what is left of (story_box, column)."""
    picture = scenario_picture(scenario)
    if picture is None:
        return story_box, column
    m = painter.metrics
    beside, story_rest = split_off_picture(painter, story_box, story, size, m.px(LOWEST), m.px(HIGHEST),
                                           m.px(16))
    height = room_above(place, column, m.px(LOWEST), m.px(HIGHEST), m.px(12))
    above = pygame.Rect(column.x, column.y, column.width, height) if height else None
    places = [beside, above, spare if spare is not None and art.scale(spare, *picture) >= m.px(SMALLEST) else None]
    best = biggest(art, picture, places)
    if best is None:
        return story_box, column
    art.draw(painter, places[best], *picture, snug=best == 2)
    if best == 0:
        return story_rest, column
    if best == 2:
        return story_box, column
    top = column.y + height + m.px(12)
    return story_box, pygame.Rect(column.x, top, column.width, column.bottom - top)


def biggest(art: PictureArt, picture: tuple[Sequence[str], Sequence[str]],
            places: Sequence[pygame.Rect | None]) -> int | None:
    """Which of `places` shows `picture` biggest (None when none can show it)."""
    scales = [art.scale(place, *picture) if place is not None else 0.0 for place in places]
    best = max(range(len(places)), key=lambda n: scales[n], default=None)
    return best if best is not None and scales[best] > 0 else None


def largest_room(fits: Callable[[int], bool], low: int, high: int) -> int:
    """The largest height in [low, high] that `fits` accepts (it must accept every smaller one too); 0 if none."""
    if high < low or not fits(low):
        return 0
    while low < high:
        middle = (low + high + 1) // 2
        if fits(middle):
            low = middle
        else:
            high = middle - 1
    return low


def mix(a: Color, b: Color, amount: float) -> Color:
    return tuple(round(x + (y - x) * amount) for x, y in zip(a, b))  # type: ignore[return-value]


def _height(row: list[_Item]) -> float:
    """A row's height in adults' heights: from the tallest top to the objects' feet, a little in front of the
    people's."""
    front = FRONT if any(i.is_object for i in row) else 0.0
    return max((i.extent.bottom - i.extent.top) * i.scale - (FRONT if i.is_object else 0.0) for i in row) + front


class PictureArt:
    """Draws pictures composed from the library; SVGs are drawn at the size asked for and cached by (id, size)."""

    def __init__(self, library: PictureLibrary | None = None) -> None:
        self._library = library
        self._images: OrderedDict[tuple[str, int], pygame.Surface | None] = OrderedDict()
        self._extents: dict[str, Extent | None] = {}
        self._reported: set[str] = set()

    @property
    def library(self) -> PictureLibrary:
        if self._library is None:
            self._library = load_pictures()
            for problem in self._library.problems:
                self._report(problem, problem)
        return self._library

    def _report(self, key: str, message: str) -> None:
        if key not in self._reported:
            self._reported.add(key)
            log.warning(message)

    # -- the SVG files ----------------------------------------------------------------------------
    def image(self, picture_id: str, size: int) -> pygame.Surface | None:
        """`picture_id` drawn `size` pixels square, or None (reported once) when it cannot be drawn."""
        key = (picture_id, size)
        if key in self._images:
            self._images.move_to_end(key)
            return self._images[key]
        image = self._load(picture_id, size)
        self._images[key] = image
        if len(self._images) > CACHE_SIZE:
            self._images.popitem(last=False)
        return image

    def _load(self, picture_id: str, size: int) -> pygame.Surface | None:
        if picture_id not in self.library:
            self._report(picture_id, f"the picture '{picture_id}' is not in the picture library: it is left out")
            return None
        path = self.library.path(picture_id)
        if not path.is_file():
            self._report(picture_id, f"the picture file {path} is missing: reinstall the game to restore it")
            return None
        try:
            return pygame.image.load_sized_svg(str(path), (size, size))
        except Exception as err:  # noqa: BLE001 - SDL_image, nanosvg or the file system: whatever fails, leave it out
            self._report(picture_id, f"the picture file {path} cannot be drawn ({err}): it is left out")
            return None

    def extent(self, picture_id: str) -> Extent | None:
        """The visible outline of a picture (OpenMoji leaves a margin, more for some pictures than others)."""
        if picture_id not in self._extents:
            image = self._load(picture_id, EXTENT_SIZE)
            box = image.get_bounding_rect(min_alpha=16) if image is not None else None
            if box is None or box.width == 0 or box.height == 0:
                self._extents[picture_id] = None
            else:
                side = float(EXTENT_SIZE)
                self._extents[picture_id] = Extent(box.left / side, box.top / side, box.right / side, box.bottom / side)
        return self._extents[picture_id]

    # -- composing ----------------------------------------------------------------------------------
    def _items(self, people: Sequence[str], objects: Sequence[str]) -> list[_Item]:
        """People side by side, each object in a gap between two of them (the first gaps first), the rest after."""
        return arrange([i for i in (self._item(p, False) for p in people) if i is not None],
                       [i for i in (self._item(o, True) for o in objects) if i is not None])

    def _item(self, picture_id: str, is_object: bool) -> _Item | None:
        extent = self.extent(picture_id)
        if extent is None:
            return None
        entry = self.library.entries.get(picture_id)
        if is_object or entry is None or entry.kind != PERSON:
            return _Item(picture_id, OBJECT_HEIGHT, extent, True)
        return _Item(picture_id, AGE_HEIGHT.get(entry.age or "adult", 1.0), extent, False)

    def _fit(self, rect: pygame.Rect, row: list[_Item]) -> tuple[pygame.Rect, float]:
        """The area inside `rect`'s padding, and the side of an adult's picture that makes `row` fill it (0 when
        the picture would be too small to see)."""
        pad = max(2, round(min(rect.width, rect.height) * 0.08))
        inner = rect.inflate(-2 * pad, -2 * pad)
        if not row or rect.width < MIN_SIDE or rect.height < MIN_SIDE:
            return inner, 0.0
        # lengths in adults' heights: people stand on the floor line, objects a little in front of it (lower)
        widths = sum(i.extent.width * i.scale for i in row) + SPACING * (len(row) - 1)
        tall = _height(row)
        side = min(inner.width / widths, inner.height / tall)
        return inner, side if side * min(i.scale for i in row) >= 8 else 0.0

    def scale(self, rect: pygame.Rect, people: Sequence[str], objects: Sequence[str] = ()) -> float:
        """How big the picture would be in `rect`: the side of an adult's picture, in pixels (0: not drawn)."""
        return self._fit(rect, self._items(people, objects))[1]

    def draw(self, painter: Painter, rect: pygame.Rect, people: Sequence[str], objects: Sequence[str] = (),
             panel: bool = True, snug: bool = False) -> bool:
        """Draw the picture inside `rect`, as large as fits, on a panel as wide as `rect` (or, when `snug`, as wide
        as the picture); False (and nothing drawn) when nothing can be shown."""
        row = self._items(people, objects)
        inner, side = self._fit(rect, row)
        if not side:
            return False
        width = (sum(i.extent.width * i.scale for i in row) + SPACING * (len(row) - 1)) * side
        if snug:
            rect = pygame.Rect(0, rect.y, min(rect.width, round(width) + rect.width - inner.width), rect.height)
            rect.centerx = inner.centerx
        above = _height(row) - (FRONT if any(i.is_object for i in row) else 0.0)
        floor = round(inner.centery - _height(row) * side / 2 + above * side)
        if panel:
            self._panel(painter, rect, floor - round(0.1 * side))
        x = inner.centerx - width / 2
        places = []
        for item in row:
            box = max(1, round(item.scale * side))
            bottom = floor + (round(FRONT * side) if item.is_object else 0)
            places.append((item, box, (round(x - item.extent.left * box), bottom - round(item.extent.bottom * box))))
            x += item.extent.width * box + SPACING * side
        for item, box, place in sorted(places, key=lambda p: p[0].is_object):  # objects stand in front
            image = self.image(item.picture_id, box)
            if image is not None:
                painter.surface.blit(image, place)
        return True

    def _panel(self, painter: Painter, rect: pygame.Rect, horizon: int) -> None:
        """A soft rounded panel: a pale sky over a warm floor from `horizon` down, so the people stand somewhere."""
        colors = painter.colors
        dark = ink_on(colors.panel) != ink_on((255, 255, 255))
        # the pictures have black outlines, lost on a dark (high-contrast) screen: there they stand on a light panel
        sky, floor_color = (((222, 222, 222), (190, 190, 190)) if dark else
                            (mix(colors.panel, colors.accent, 0.10), mix(colors.panel, colors.focus, 0.16)))
        radius = max(4, min(rect.width, rect.height) // 8)
        pygame.draw.rect(painter.surface, sky, rect, border_radius=radius)
        horizon = min(max(horizon, rect.y + radius), rect.bottom - radius)
        floor = pygame.Rect(rect.x, horizon, rect.width, rect.bottom - horizon)
        pygame.draw.rect(painter.surface, floor_color, floor, border_bottom_left_radius=radius,
                         border_bottom_right_radius=radius)
        edge = colors.panel_edge if dark else mix(colors.panel, colors.panel_edge, 0.7)
        pygame.draw.rect(painter.surface, edge, rect, max(1, radius // 10), border_radius=radius)

    def draw_scenario(self, painter: Painter, rect: pygame.Rect, scenario) -> bool:
        """Draw `scenario`'s picture in `rect`; False when it has none or none of it can be drawn."""
        picture = scenario_picture(scenario)
        return picture is not None and self.draw(painter, rect, *picture)
