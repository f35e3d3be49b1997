"""Reading the kit's PDFs back for the tests: fonts and their embedding, text, and every point that is painted.

The painted points come from walking each page's content stream (the CTM, clip paths, paths and text runs), so the
check does not trust the layout code that wrote the PDF.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.generic import ContentStream

PAINT = {b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"}


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def fonts(data: bytes) -> list[tuple[str, bool]]:
    """(base font name, embedded as a font file) of every font any page, or any form on it, uses."""
    found = []
    resources = [page.get("/Resources", {}).get_object() for page in reader(data).pages]
    seen: set[int] = set()
    while resources:
        current = resources.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        for font in (current.get("/Font", {}) or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            found.append((str(font.get("/BaseFont")), embedded))
        for xobject in (current.get("/XObject", {}) or {}).values():
            inner = xobject.get_object().get("/Resources")
            if inner is not None:
                resources.append(inner.get_object())
    return found


def text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in reader(data).pages)


def letters(value: str) -> str:
    """Only what is not white space: line breaks and wrapping do not matter, every letter does."""
    return re.sub(r"\s+", "", value)


def _mul(a: tuple, b: tuple) -> tuple:
    return (a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3], a[2] * b[0] + a[3] * b[2],
            a[2] * b[1] + a[3] * b[3], a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5])


def _apply(m: tuple, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


@dataclass(frozen=True)
class Stray:
    page: int
    point: tuple[float, float]
    what: str


def painted_outside(data: bytes, margin: float) -> list[Stray]:
    """Every painted path point, text start and end, beyond `margin` points from a page's edge (unless clipped)."""
    pdf = reader(data)
    strays: list[Stray] = []
    for number, page in enumerate(pdf.pages, 1):
        box = page.mediabox
        low_x, low_y = float(box.left) + margin, float(box.bottom) + margin
        high_x, high_y = float(box.right) - margin, float(box.top) - margin
        resources = page.get("/Resources", {}).get_object()
        font_dicts = {name: f.get_object() for name, f in (resources.get("/Font", {}) or {}).items()}
        xobjects = {name: x.get_object() for name, x in (resources.get("/XObject", {}) or {}).items()}

        def check(point: tuple[float, float], what: str, clip) -> None:
            x, y = point
            if clip is not None and not (clip[0] - 0.5 <= x <= clip[2] + 0.5 and clip[1] - 0.5 <= y <= clip[3] + 0.5):
                return
            if not (low_x - 0.5 <= x <= high_x + 0.5 and low_y - 0.5 <= y <= high_y + 0.5):
                strays.append(Stray(number, (round(x, 1), round(y, 1)), what))

        ctm: tuple = (1, 0, 0, 1, 0, 0)
        clip = None
        stack: list = []
        path: list[tuple[float, float]] = []
        clipping = False
        tm = line = (1, 0, 0, 1, 0, 0)
        font, size, leading = None, 0.0, 0.0
        contents = page.get_contents()
        if contents is None:
            continue
        stream = contents if isinstance(contents, ContentStream) else ContentStream(contents, pdf)
        for operands, op in stream.operations:
            args = [float(a) if isinstance(a, (int, float)) or hasattr(a, "as_numeric") else a for a in operands]
            if op == b"q":
                stack.append((ctm, clip))
            elif op == b"Q":
                ctm, clip = stack.pop()
            elif op == b"cm":
                ctm = _mul(tuple(args), ctm)
            elif op in (b"m", b"l"):
                path.append(_apply(ctm, args[0], args[1]))
            elif op in (b"c", b"v", b"y"):
                path += [_apply(ctm, args[i], args[i + 1]) for i in range(0, len(args), 2)]
            elif op == b"re":
                x, y, w, h = args
                path += [_apply(ctm, x, y), _apply(ctm, x + w, y + h), _apply(ctm, x + w, y), _apply(ctm, x, y + h)]
            elif op in (b"W", b"W*"):
                clipping = True
            elif op in PAINT or op == b"n":
                if clipping and path:
                    xs, ys = [p[0] for p in path], [p[1] for p in path]
                    new = (min(xs), min(ys), max(xs), max(ys))
                    clip = new if clip is None else (max(clip[0], new[0]), max(clip[1], new[1]),
                                                     min(clip[2], new[2]), min(clip[3], new[3]))
                if op in PAINT:
                    for point in path:
                        check(point, "path", clip)
                path, clipping = [], False
            elif op == b"Do":  # a form or an image: all of its box, wherever it lands
                xobject = xobjects[operands[0]]
                x0, y0, x1, y1 = (float(v) for v in xobject.get("/BBox", [0, 0, 1, 1]))
                m = _mul(tuple(float(v) for v in xobject.get("/Matrix", [1, 0, 0, 1, 0, 0])), ctm)
                for corner in ((x0, y0), (x1, y0), (x0, y1), (x1, y1)):
                    check(_apply(m, *corner), "form", clip)
            elif op == b"BT":
                tm = line = (1, 0, 0, 1, 0, 0)
            elif op == b"Tf":
                font, size = font_dicts.get(operands[0]), args[1]
            elif op == b"TL":
                leading = args[0]
            elif op == b"Tm":
                tm = line = tuple(args)
            elif op in (b"Td", b"TD"):
                line = _mul((1, 0, 0, 1, args[0], args[1]), line)
                tm = line
                if op == b"TD":
                    leading = -args[1]
            elif op == b"T*":
                line = _mul((1, 0, 0, 1, 0, -leading), line)
                tm = line
            elif op in (b"Tj", b"TJ", b"'"):
                if op == b"'":
                    line = _mul((1, 0, 0, 1, 0, -leading), line)
                    tm = line
                advance = _advance(font, size, operands[0])
                m = _mul(tm, ctm)
                check(_apply(m, 0, 0), "text start", clip)
                check(_apply(m, advance, 0), "text end", clip)
                check(_apply(m, 0, size * 0.75), "text top", clip)
                tm = _mul((1, 0, 0, 1, advance, 0), tm)
    return strays


def _advance(font, size: float, operand) -> float:
    """How far a shown string moves the text position, from the font's /Widths."""
    if font is None:
        return 0.0
    first = int(font.get("/FirstChar", 0))
    widths = [float(w) for w in font.get("/Widths", [])]

    def width(raw: bytes) -> float:
        return sum(widths[b - first] if 0 <= b - first < len(widths) else 0.0 for b in raw) * size / 1000

    if isinstance(operand, list):
        total = 0.0
        for part in operand:
            if isinstance(part, (bytes, str)) or hasattr(part, "original_bytes"):
                total += width(part.original_bytes if hasattr(part, "original_bytes") else bytes(part, "latin-1")
                               if isinstance(part, str) else part)
            else:
                total -= float(part) * size / 1000
        return total
    raw = operand.original_bytes if hasattr(operand, "original_bytes") else operand
    return width(raw if isinstance(raw, bytes) else bytes(str(raw), "latin-1"))
