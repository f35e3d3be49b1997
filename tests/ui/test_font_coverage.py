"""The shipped fonts draw every Kazakh and Russian letter with its own glyph (checked from the files)."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.ttLib import TTFont

FONTS_DIR = Path(__file__).resolve().parents[2] / "assets" / "fonts"
SHIPPED_FONTS = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")

RUSSIAN = (
    "".join(chr(c) for c in range(ord("А"), ord("Я") + 1))
    + "Ё"
    + "".join(chr(c) for c in range(ord("а"), ord("я") + 1))
    + "ё"
)
KAZAKH_EXTRA = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"
SYMBOLS = "«»№₸"
REQUIRED = RUSSIAN + KAZAKH_EXTRA + SYMBOLS

# Kazakh letters that a poor font draws with the glyph of a look-alike.
LOOKALIKES = [
    ("Қ", "К"), ("Ғ", "Г"), ("Ң", "Н"), ("Ұ", "Ү"), ("Ө", "О"), ("Ә", "А"),
    ("қ", "к"), ("ғ", "г"), ("ң", "н"), ("ұ", "ү"), ("ө", "о"), ("ә", "а"),
]


@functools.lru_cache(maxsize=None)
def _font(path: str) -> TTFont:
    return TTFont(path)


def _outline(font: TTFont, char: str) -> tuple:
    """The glyph's drawing commands with components resolved, so composites compare by shape."""
    glyph_set = font.getGlyphSet()
    pen = DecomposingRecordingPen(glyph_set)
    glyph_set[font.getBestCmap()[ord(char)]].draw(pen)
    return tuple(pen.value)


def _has_ink(outline: tuple) -> bool:
    return any(op in ("lineTo", "curveTo", "qCurveTo") for op, _args in outline)


def _default_font_path() -> Path:
    import pygame

    return Path(pygame.__file__).resolve().parent / pygame.font.get_default_font()


def test_only_the_two_noto_fonts_are_shipped():
    assert sorted(p.name for p in FONTS_DIR.glob("*.[ot]tf")) == sorted(SHIPPED_FONTS)
    assert (FONTS_DIR / "OFL.txt").is_file()


def test_required_letter_list_is_complete():
    assert len(RUSSIAN) == 66
    assert len(KAZAKH_EXTRA) == 18
    assert len(set(REQUIRED)) == len(REQUIRED)


@pytest.mark.parametrize("font_name", SHIPPED_FONTS)
def test_every_required_character_is_in_the_cmap(font_name):
    cmap = _font(str(FONTS_DIR / font_name)).getBestCmap()
    missing = [f"{c} U+{ord(c):04X}" for c in REQUIRED if ord(c) not in cmap]
    assert not missing, f"{font_name} lacks: {', '.join(missing)}"


@pytest.mark.parametrize("font_name", SHIPPED_FONTS)
def test_every_required_character_has_a_real_outline(font_name):
    font = _font(str(FONTS_DIR / font_name))
    empty = [f"{c} U+{ord(c):04X}" for c in REQUIRED if not _has_ink(_outline(font, c))]
    assert not empty, f"{font_name} has empty glyphs for: {', '.join(empty)}"


@pytest.mark.parametrize("font_name", SHIPPED_FONTS)
@pytest.mark.parametrize(("kazakh", "lookalike"), LOOKALIKES)
def test_kazakh_letter_differs_from_its_lookalike(font_name, kazakh, lookalike):
    font = _font(str(FONTS_DIR / font_name))
    cmap = font.getBestCmap()
    assert cmap[ord(kazakh)] != cmap[ord(lookalike)]
    assert _outline(font, kazakh) != _outline(font, lookalike)


def test_outline_check_catches_pygames_default_font():
    """The check above is not vacuous: freesansbold maps Қ in its cmap but draws it as К."""
    path = _default_font_path()
    if not path.is_file():
        pytest.skip(f"pygame's default font not found at {path}")
    font = _font(str(path))
    assert ord("Қ") in font.getBestCmap()
    assert _outline(font, "Қ") == _outline(font, "К")


def _rendered(font, char: str) -> tuple:
    import pygame

    surface = font.render(char, False, (255, 255, 255), (0, 0, 0))
    return surface.get_size(), pygame.image.tobytes(surface, "RGB")


def test_default_font_draws_qa_as_ka_but_noto_does_not():
    """Regression guard: text drawn with Font(None) would silently turn Қ into К."""
    import pygame

    was_initialised = pygame.font.get_init()
    pygame.font.init()
    try:
        default = pygame.font.Font(None, 40)
        noto = pygame.font.Font(str(FONTS_DIR / "NotoSans-Regular.ttf"), 40)
        assert _rendered(default, "Қ") == _rendered(default, "К")
        assert _rendered(noto, "Қ") != _rendered(noto, "К")
    finally:
        if not was_initialised:
            pygame.font.quit()


def _drawn_texts() -> dict[str, str]:
    """Every text the game can draw: the interface and content in all three languages, and the literals in ui/."""
    import ast

    from babel.messages.pofile import read_po

    root = Path(__file__).resolve().parents[2]
    texts: dict[str, str] = {}
    for po in sorted((root / "locale").rglob("*.po")):
        with po.open("rb") as handle:
            for message in read_po(handle):
                for text in (message.id, message.string):
                    for part in (text if isinstance(text, (list, tuple)) else [text]):
                        if part:
                            texts.setdefault(part, str(po.relative_to(root)))
    for source in sorted((root / "play_for_integrity" / "ui").rglob("*.py")):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        docstrings = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr)}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and not node.value.isascii()
                    and id(node) not in docstrings):
                texts.setdefault(node.value, str(source.relative_to(root)))
    return texts


@pytest.mark.parametrize("name", SHIPPED_FONTS)
def test_every_character_the_game_draws_is_in_the_font(name):
    # a character missing from the font is drawn as an empty box (arrows and play symbols are missing)
    cmap = _font(str(FONTS_DIR / name)).getBestCmap()
    missing = {}
    for text, where in _drawn_texts().items():
        for char in text:
            if char not in "\n\t" and ord(char) not in cmap:
                missing.setdefault(char, where)
    assert missing == {}
