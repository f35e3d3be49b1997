"""Load and validate 1,000 generated scenarios, against PyYAML's C loader parsing the same files."""

from __future__ import annotations

from benchmarks.timing import best_of

import tempfile
from pathlib import Path

import yaml

from play_for_integrity import paths
from play_for_integrity.content.library import load_library, scenario_files

COUNT = 1000


def _generate(folder: Path) -> list[Path]:
    """1,000 scenario files made from the shipped ones, each with its own id."""
    shipped = scenario_files(paths.scenarios_dir())
    for name in ("bands.yaml", "values.yaml", "topics.yaml"):
        (folder / name).write_bytes((paths.scenarios_dir() / name).read_bytes())
    made = []
    for i in range(COUNT):
        source = shipped[i % len(shipped)]
        text = source.read_text(encoding="utf-8")
        old_id = yaml.safe_load(text)["id"]
        band_folder = folder / source.parent.name
        band_folder.mkdir(exist_ok=True)
        target = band_folder / f"gen-{i:04d}.yaml"
        target.write_text(text.replace(f"id: {old_id}\n", f"id: {old_id}-{i:04d}\n", 1), encoding="utf-8")
        made.append(target)
    return made



def run() -> list[tuple[str, float | str, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = _generate(folder)
        library = load_library(folder)
        assert len(library.scenarios) == COUNT and not library.problems, library.problems[:3]
        ours = best_of(5, lambda: load_library(folder))
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        c_only = best_of(5, lambda: [yaml.load(p.read_bytes(), Loader=loader) for p in files])
    return [
        ("content: load+validate 1,000 scenarios (s)", ours, "<= 1.0 s"),
        ("content: PyYAML CSafeLoader parse only (s)", c_only, "reference"),
        ("content: ratio ours / C loader", ours / c_only, "<= 1.5x"),
    ]


if __name__ == "__main__":
    for row in run():
        print(*row, sep="\t")
