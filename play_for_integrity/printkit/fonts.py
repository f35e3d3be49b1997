"""The shipped Noto Sans fonts registered with ReportLab, which embeds the subset each PDF uses."""

from __future__ import annotations

from dataclasses import dataclass

from play_for_integrity import paths

REGULAR, BOLD = "PFI-NotoSans", "PFI-NotoSans-Bold"


@dataclass(frozen=True)
class Fonts:
    """The names the registered fonts are drawn by."""

    regular: str = REGULAR
    bold: str = BOLD


def register_fonts() -> Fonts:
    """Register Noto Sans (regular, bold) once; raises OSError naming the file when the font is missing."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if REGULAR not in pdfmetrics.getRegisteredFontNames():
        folder = paths.assets_dir() / "fonts"
        for name, file in ((REGULAR, "NotoSans-Regular.ttf"), (BOLD, "NotoSans-Bold.ttf")):
            path = folder / file
            if not path.is_file():
                raise OSError(f"{path}: the font is missing; reinstall the game to restore it")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
    return Fonts()
