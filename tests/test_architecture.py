"""The layers, read from the source: who imports pygame and ui, how scenes reach each other, module sizes."""

from __future__ import annotations

import ast
import statistics
from pathlib import Path

import pytest

import play_for_integrity
from play_for_integrity.ui import scene_registry, screenshot

PACKAGE = Path(play_for_integrity.__file__).parent
MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "_data" not in p.parts)
SCENES = PACKAGE / "ui" / "scenes"


def imported(path: Path) -> set[str]:
    """Every module `path` imports, at the top or inside a function."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def rel(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


@pytest.mark.parametrize("path", [p for p in MODULES if rel(p).split("/")[0] != "ui" and rel(p) != "cli.py"], ids=rel)
def test_only_ui_imports_pygame_or_ui(path):
    bad = {name for name in imported(path) if name == "pygame" or name.startswith("pygame.")
           or name.startswith("play_for_integrity.ui")}
    assert not bad, f"{rel(path)} imports {sorted(bad)}: only ui/ (and the CLI that starts it) may"


@pytest.mark.parametrize("path", sorted(SCENES.glob("*.py")), ids=lambda p: p.name)
def test_no_scene_module_imports_another_scene_module(path):
    others = {name for name in imported(path) if name.startswith("play_for_integrity.ui.scenes")}
    assert not others, f"{path.name} imports {sorted(others)}: name the scene through the registry (app.push)"


@pytest.mark.parametrize("path", [p for p in MODULES if rel(p).split("/")[0] in ("content", "core", "results", "i18n",
                                                                                 "play")], ids=rel)
def test_lower_layers_do_not_import_the_application_layer(path):
    layer = rel(path).split("/")[0]
    if layer == "play":
        return
    bad = {name for name in imported(path) if name.startswith("play_for_integrity.play")}
    assert not bad, f"{rel(path)} imports {sorted(bad)}: the application layer sits above {layer}/"


def test_every_registered_scene_exists_under_its_name():
    for name in scene_registry.SCENES:
        assert scene_registry.scene_class(name).name == name


def test_every_registered_scene_has_a_screenshot_and_every_screenshot_a_registered_scene():
    shown = {scene for scene, _ in screenshot.SHOTS.values()}
    assert shown == set(scene_registry.SCENES)


def test_an_unknown_scene_name_lists_the_known_ones():
    with pytest.raises(KeyError, match="title"):
        scene_registry.scene_class("titel")


def test_modules_stay_small():
    sizes = {rel(p): len(p.read_text(encoding="utf-8").splitlines()) for p in MODULES}
    assert max(sizes.values()) <= 400, {k: v for k, v in sizes.items() if v > 400}
    assert statistics.median(sizes.values()) <= 150
