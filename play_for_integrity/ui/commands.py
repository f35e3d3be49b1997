"""Command-line subcommands that open the game: `play` (author preview) and `screenshot`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from play_for_integrity.content.problems import ContentError, display_path, visible
from play_for_integrity.i18n import LANGUAGES

NO_SCENARIO = ("play-for-integrity: no scenario '{}': give a scenario id (see 'play-for-integrity scenarios') "
               "or the path of a .yaml file")


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

    shot = sub.add_parser("screenshot", help="render a scene, or every screen of one scenario, to PNG without a window")
    which = shot.add_mutually_exclusive_group(required=True)
    which.add_argument("--scene", help="scene name, or 'all'")
    which.add_argument("--scenario", metavar="ID_OR_PATH",
                       help="a scenario id or .yaml file: every screen it appears on (solo, board card, class vote)")
    shot.add_argument("--lang", choices=list(LANGUAGES), default="en")
    shot.add_argument("--size", type=_size, default=(1024, 768), metavar="WxH")
    shot.add_argument("--high-contrast", action="store_true")
    shot.add_argument("--out", required=True, type=Path, help="PNG file, or a folder with --scene all or --scenario")
    shot.set_defaults(handler=run_screenshot)


def run_play(args: argparse.Namespace) -> int:
    if not args.scenario:
        from play_for_integrity.ui.launch import run_game
        playlist = [part.strip() for part in (args.playlist or "").split(",") if part.strip()]
        return run_game(args.data_dir, args.lang, playlist)
    return run_preview(args.scenario, args.lang, args.data_dir)


def _resolve_scenario(target: str) -> Path | None:
    """The file a scenario id or path names (whether it is a readable file is _read's question), or None."""
    path = Path(target)
    if path.suffix.lower() in (".yaml", ".yml"):
        return path if path.exists() else None
    from play_for_integrity.content.library import load_library
    library = load_library()
    if target in library.scenarios:
        return library.scenarios[target].path
    for shown in library.skipped:  # a broken shipped file can still be previewed by its file name
        if Path(shown).stem == target:
            return Path(shown)
    return None


def _read(path: Path) -> tuple[bytes | None, str | None]:
    """The bytes of a scenario file named on the command line, or why not (not a regular file, too large...)."""
    from play_for_integrity.content.yaml_source import read_content_file

    shown = display_path(path)
    try:
        return read_content_file(path, shown), None
    except ContentError as err:
        return None, "\n".join(str(p) for p in err.problems)
    except OSError as err:
        return None, f"play-for-integrity: cannot read {visible(shown)}: {err.strerror or err}"


def run_preview(target: str, lang: str | None, data_dir: str | None) -> int:
    path = _resolve_scenario(target)
    problem = visible(NO_SCENARIO.format(target)) if path is None else _read(path)[1]
    if problem:
        print(problem, file=sys.stderr)
        return 1
    from play_for_integrity.ui.launch import build_session, holding_data_folder, run_window
    from play_for_integrity.ui.preview import ScenarioWatcher, show_result

    with holding_data_folder(data_dir) as refusal:
        if refusal:
            print(refusal, file=sys.stderr)
            return 1
        watcher = ScenarioWatcher(path)

        def start(app) -> None:
            app.watcher = watcher
            show_result(app, watcher.load())

        return run_window(build_session(data_dir, lang), start)


def run_screenshot(args: argparse.Namespace) -> int:
    from play_for_integrity.ui import screenshot

    if args.scenario:
        return _screenshot_scenario(args)
    names = screenshot.SCENES if args.scene == "all" else (args.scene,)
    if args.scene != "all" and args.scene not in screenshot.SCENES:
        print(visible(f"play-for-integrity: unknown scene '{args.scene}'; choose one of: "
                      f"{', '.join(screenshot.SCENES)}, all"), file=sys.stderr)
        return 1
    problems = 0
    for name in names:
        out = args.out / f"{name}-{args.lang}-{args.size[0]}x{args.size[1]}.png" if args.scene == "all" else args.out
        problems += _report_shot(out, screenshot.save(name, args.lang, args.size, out, args.high_contrast))
    return 1 if problems else 0


def _report_shot(out: Path, overflows: list) -> int:
    """Print the PNG written and each text that did not fit in it; returns how many did not fit."""
    for overflow in overflows:
        print(f"{visible(str(out))}: text does not fit its box at {overflow.size}px: {overflow.text[:60]!r}",
              file=sys.stderr)
    print(visible(str(out)))
    return len(overflows)


def _load_one(target: str):
    """The scenario `target` names (an id or a file), or a message saying why it cannot be shown."""
    from play_for_integrity import paths
    from play_for_integrity.content.catalogs import load_catalogs
    from play_for_integrity.content.library import catalog_folder_for
    from play_for_integrity.content.scenario_parser import parse_scenario

    path = _resolve_scenario(target)
    if path is None:
        return None, visible(NO_SCENARIO.format(target))
    data, problem = _read(path)
    if data is None:
        return None, problem
    try:
        catalogs = load_catalogs(catalog_folder_for(path))
        return parse_scenario(data, display_path(path), catalogs, paths.assets_dir()), None
    except ContentError as err:
        return None, "\n".join(str(p) for p in err.problems) + "\nFix these first ('play-for-integrity validate')."


def _screenshot_scenario(args: argparse.Namespace) -> int:
    """One PNG per screen the scenario appears on, named after the screen, in the folder --out."""
    from play_for_integrity.ui import screenshot
    from play_for_integrity.ui.scenario_shots import scenario_shots

    scenario, problem = _load_one(args.scenario)
    if scenario is None:
        print(problem, file=sys.stderr)
        return 1
    problems = 0
    for shot in scenario_shots(scenario):
        slug = "-".join(f"{shot.screen} {shot.label}".replace("/", " ").split())
        out = args.out / f"{scenario.id}-{slug}-{args.lang}-{args.size[0]}x{args.size[1]}.png"
        overflows = screenshot.save(shot.label, args.lang, args.size, out, args.high_contrast, scenario)
        problems += _report_shot(out, overflows)
    return 1 if problems else 0
