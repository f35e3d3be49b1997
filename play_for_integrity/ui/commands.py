"""Command-line subcommands that open the game: `play` (author preview) and `screenshot`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from play_for_integrity.i18n import LANGUAGES


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1024x768") from None
    if not (320 <= w <= 7680 and 240 <= h <= 4320):
        raise argparse.ArgumentTypeError(f"{text} is outside 320x240 .. 7680x4320")
    return w, h


def register(sub: argparse._SubParsersAction) -> None:
    play = sub.add_parser("play", help="start the game; with --scenario, preview one scenario and reload it on save")
    play.add_argument("--scenario", metavar="ID_OR_PATH", help="a scenario id or a .yaml file to open directly")
    play.add_argument("--lang", choices=list(LANGUAGES), help="language to show")
    play.add_argument("--data-dir", help="folder for settings and class results (default: the per-user folder)")
    play.add_argument("--playlist", metavar="ID,ID,...",
                      help="the teacher's choice of scenarios, played in this order within the chosen age band")
    play.set_defaults(handler=run_play)

    shot = sub.add_parser("screenshot", help="render a scene to PNG without a window")
    shot.add_argument("--scene", required=True, help="scene name, or 'all'")
    shot.add_argument("--lang", choices=list(LANGUAGES), default="en")
    shot.add_argument("--size", type=_size, default=(1024, 768), metavar="WxH")
    shot.add_argument("--high-contrast", action="store_true")
    shot.add_argument("--out", required=True, type=Path, help="PNG file, or a folder with --scene all")
    shot.set_defaults(handler=run_screenshot)


def run_play(args: argparse.Namespace) -> int:
    if not args.scenario:
        from play_for_integrity.ui.launch import run_game
        playlist = [part.strip() for part in (args.playlist or "").split(",") if part.strip()]
        return run_game(args.data_dir, args.lang, playlist)
    return run_preview(args.scenario, args.lang, args.data_dir)


def _resolve_scenario(target: str) -> Path | None:
    path = Path(target)
    if path.suffix.lower() in (".yaml", ".yml"):
        return path if path.is_file() else None
    from play_for_integrity.content.library import load_library
    library = load_library()
    if target in library.scenarios:
        return library.scenarios[target].path
    for shown in library.skipped:  # a broken shipped file can still be previewed by its file name
        if Path(shown).stem == target:
            return Path(shown)
    return None


def run_preview(target: str, lang: str | None, data_dir: str | None) -> int:
    path = _resolve_scenario(target)
    if path is None:
        print(f"play-for-integrity: no scenario '{target}': give a scenario id (see 'play-for-integrity scenarios') "
              "or the path of a .yaml file", file=sys.stderr)
        return 1
    from play_for_integrity.ui.launch import build_session, run_window
    from play_for_integrity.ui.preview import ScenarioWatcher, show_result

    watcher = ScenarioWatcher(path)

    def start(app) -> None:
        app.watcher = watcher
        show_result(app, watcher.load())

    return run_window(build_session(data_dir, lang), start)


def run_screenshot(args: argparse.Namespace) -> int:
    from play_for_integrity.ui import screenshot

    names = screenshot.SCENES if args.scene == "all" else (args.scene,)
    if args.scene != "all" and args.scene not in screenshot.SCENES:
        print(f"play-for-integrity: unknown scene '{args.scene}'; choose one of: {', '.join(screenshot.SCENES)}, all",
              file=sys.stderr)
        return 1
    problems = 0
    for name in names:
        out = args.out / f"{name}-{args.lang}-{args.size[0]}x{args.size[1]}.png" if args.scene == "all" else args.out
        overflows = screenshot.save(name, args.lang, args.size, out, args.high_contrast)
        for overflow in overflows:
            problems += 1
            print(f"{out}: text does not fit its box at {overflow.size}px: {overflow.text[:60]!r}", file=sys.stderr)
        print(out)
    return 1 if problems else 0
