"""Content: loading and `validate` on 1,000 scenario files, each against PyYAML's C loader parsing the same files.

Parsing YAML is work no validator can skip, so the bare C-loader parse of the same files is the floor: checking
every field, cross-reference and character may add at most half of it in the game (1.5x, which also keeps a
1,000-file library under a second at start-up) and a third of it for the `validate` command (1.3x, start-up of
both processes included), which authors run on a whole shared folder.
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

from benchmarks import child
from benchmarks.figures import Figure, at_most, unavailable
from benchmarks.sandbox import Config
from benchmarks.timing import paired

CATALOGS = ("bands.yaml", "values.yaml", "topics.yaml")
ID_LINE = re.compile(r"^id:.*$", re.MULTILINE)
BARE_PARSE = ("import pathlib, sys, yaml\n"
              "for path in sorted(pathlib.Path(sys.argv[1]).rglob('*.yaml')):\n"
              "    yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)\n")


def file_count(config: Config) -> int:
    return 50 if config.quick else 1000


def generate(folder: Path, count: int) -> list[Path]:
    """`count` copies of the shipped scenarios, each with its own id, beside copies of the shipped catalogs."""
    from play_for_integrity import paths
    from play_for_integrity.content.library import scenario_files

    shipped = scenario_files(paths.scenarios_dir())
    for name in CATALOGS:
        shutil.copyfile(paths.scenarios_dir() / name, folder / name)
    made = []
    for i in range(count):
        source = shipped[i % len(shipped)]
        text = source.read_text(encoding="utf-8")
        old_id = re.search(r"^id:\s*(\S+)", text, re.MULTILINE).group(1)
        target = folder / source.parent.name / f"copy-{i:04d}.yaml"
        target.parent.mkdir(exist_ok=True)
        target.write_text(ID_LINE.sub(f"id: {old_id}-{i:04d}", text, count=1), encoding="utf-8")
        made.append(target)
    return made


def _parse_all(files: list[Path]) -> None:
    import yaml

    for path in files:
        yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)


def load_in_process(config: Config) -> list[Figure]:
    """The game's library loader on 1,000 files against the bare C-loader parse, in this process."""
    from play_for_integrity.content.library import load_library

    count = file_count(config)
    folder = config.folder("content")
    generate(folder, count)
    library = load_library(folder)
    if len(library.scenarios) != count or library.problems:
        reason = f"{len(library.scenarios)} of {count} copies loaded; first problem: {library.problems[:1]}"
        return [unavailable("content.load.ratio", f"load+validate {count:,} scenarios / C-loader parse",
                            at_most(1.5, "x"), reason)]
    every = sorted(p for p in folder.rglob("*.yaml"))
    pair = paired(lambda: _parse_all(every), lambda: load_library(folder), pairs=3 if config.quick else 7)
    # One figure, a ratio to the parse measured in the same run: an absolute time (it was "within 1 s") would only
    # say how fast this machine parses YAML; both medians are in the figure's note.
    return [
        Figure("content.load.ratio", f"load+validate {count:,} scenarios in the game / bare C-loader parse",
               pair.ratio, at_most(1.5, "x"), pair.describe()),
    ]


def validate_command(config: Config) -> list[Figure]:
    """`play-for-integrity validate --no-fit FOLDER` against a bare script parsing the same files."""
    count = file_count(config)
    folder = config.folder("validate")
    generate(folder, count)
    work = config.folder("validate-runs")
    label = f"`validate --no-fit` on {count:,} files / `python -c` C-loader parse of them"
    first = child.run(child.module_argv("play_for_integrity", "validate", "--no-fit", folder), timeout=120, work=work)
    if first.failure or f"{count} valid" not in first.stdout:
        reason = first.failure or f"validate did not find {count} valid files: {first.stdout.strip()[-200:]}"
        return [unavailable("content.validate.ratio", label, at_most(1.3, "x"), reason)]

    def validate() -> None:
        child.run([sys.executable, "-m", "play_for_integrity", "validate", "--no-fit", str(folder)], timeout=120,
                  work=work).check()

    def bare() -> None:
        child.run([sys.executable, "-c", BARE_PARSE, str(folder)], timeout=120, work=work).check()

    try:
        # 7 pairs, not 5: on this loaded 2-core machine the median of 5 moved by +-7 % from run to run.
        pair = paired(bare, validate, pairs=3 if config.quick else 7)
    except child.ChildFailed as err:
        return [unavailable("content.validate.ratio", label, at_most(1.3, "x"), str(err))]
    return [Figure("content.validate.ratio", label, pair.ratio, at_most(1.3, "x"), pair.describe())]


STEPS = (load_in_process, validate_command)
