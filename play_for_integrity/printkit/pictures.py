"""A scenario's picture on paper: its people side by side and the object at stake, from the shipped OpenMoji SVGs.

svglib turns each SVG into ReportLab vector shapes (sharp at any size, no pygame); without svglib, or for a file
that cannot be read, the picture is left out and the reason logged once: a picture never stops a print.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Sequence
from dataclasses import dataclass

from play_for_integrity.content.pictures import (AGE_HEIGHT, FRONT, OBJECT_HEIGHT, PERSON, SPACING, PictureLibrary,
                                                 arrange, load_pictures)
from play_for_integrity.printkit.fonts import REGULAR
from play_for_integrity.printkit.page import Rect

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Item:
    picture_id: str
    drawing: object
    scale: float
    bounds: tuple[float, float, float, float]  # visible part in the drawing's units, y up
    side: float                                # the drawing's own size
    is_object: bool

    def width(self) -> float:
        return (self.bounds[2] - self.bounds[0]) / self.side * self.scale

    def height(self) -> float:
        return (self.bounds[3] - self.bounds[1]) / self.side * self.scale


class PrintPictures:
    """Composes and draws pictures; each SVG is read once."""

    def __init__(self, library: PictureLibrary | None = None):
        self._library = library
        self._drawings: dict[str, object | None] = {}
        self._warned: set[str] = set()
        self._forms: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # canvas -> picture ids drawn as forms

    @property
    def library(self) -> PictureLibrary:
        if self._library is None:
            self._library = load_pictures()
        return self._library

    def _warn(self, key: str, message: str) -> None:
        if key not in self._warned:
            self._warned.add(key)
            log.warning(message)

    def _drawing(self, picture_id: str):
        if picture_id in self._drawings:
            return self._drawings[picture_id]
        drawing = None
        try:
            from svglib.svglib import svg2rlg
        except ImportError:
            self._warn("svglib", "pictures are left out of the cards: install svglib (pip install svglib)")
        else:
            path = self.library.path(picture_id) if picture_id in self.library else None
            if path is None or not path.is_file():
                self._warn(picture_id, f"the picture '{picture_id}' is missing: it is left out")
            else:
                try:
                    drawing = svg2rlg(str(path))
                    if drawing is not None:  # its text state, though unused, must name an embedded font
                        drawing.initialFontName = REGULAR
                except Exception as err:  # noqa: BLE001 - any parse failure only drops the picture
                    self._warn(picture_id, f"{path} cannot be read ({err}): it is left out")
        self._drawings[picture_id] = drawing
        return drawing

    def _items(self, people: Sequence[str], objects: Sequence[str]) -> list[_Item]:
        """People side by side with each object in a gap between two of them, the rest at the end."""
        def item(picture_id: str, is_object: bool) -> _Item | None:
            drawing = self._drawing(picture_id)
            if drawing is None:
                return None
            entry = self.library.entries.get(picture_id)
            person = not is_object and entry is not None and entry.kind == PERSON
            scale = AGE_HEIGHT.get(entry.age or "adult", 1.0) if person and entry else OBJECT_HEIGHT
            return _Item(picture_id, drawing, scale, drawing.getBounds(), float(drawing.width), not person)

        return arrange([i for i in (item(p, False) for p in people) if i is not None],
                       [i for i in (item(o, True) for o in objects) if i is not None])

    def draw(self, canvas, rect: Rect, people: Sequence[str], objects: Sequence[str] = ()) -> bool:
        """Draw the picture as large as fits, centred in `rect`; False when there is nothing to draw."""
        row = self._items(people, objects)
        if not row or rect.width <= 0 or rect.height <= 0:
            return False
        front = FRONT if any(i.is_object for i in row) else 0.0
        width = sum(i.width() for i in row) + SPACING * (len(row) - 1)
        height = max(i.height() + (0.0 if i.is_object else front) for i in row)
        side = min(rect.width / width, rect.height / height)
        x = rect.x + (rect.width - width * side) / 2
        floor = rect.y + (rect.height - height * side) / 2 + front * side
        for i in row:
            k = i.scale * side / i.side  # drawing units -> points
            bottom = floor - (front * side if i.is_object else 0.0)
            form = self._form(canvas, i)
            canvas.saveState()
            canvas.translate(x - i.bounds[0] * k, bottom - i.bounds[1] * k)
            canvas.scale(k, k)
            canvas.doForm(form)
            canvas.restoreState()
            x += (i.width() + SPACING) * side
        return True

    def _form(self, canvas, item: _Item) -> str:
        """The picture as a form of this PDF, drawn once and then placed wherever it is used (faster, smaller)."""
        from reportlab.graphics import renderPDF

        name = f"pfi-picture-{item.picture_id}"
        drawn = self._forms.setdefault(canvas, set())
        if item.picture_id not in drawn:
            canvas.beginForm(name, 0, 0, item.side, item.side)
            renderPDF.draw(item.drawing, canvas, 0, 0)
            canvas.endForm()
            drawn.add(item.picture_id)
        return name
