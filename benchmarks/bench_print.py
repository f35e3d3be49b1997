"""Print kit: `play-for-integrity print` of one band in one language, the whole kit as a teacher runs it.

The issue's limit is 5 s for one band in one language on this machine, start-up of the command included: the
board (A3 and two sheets), every dilemma and task card, tokens and die, the teacher's sheet, the answer cards and
the handbook with the facilitator's guide. It prints the band with the most cards, in Kazakh (the longest text).
"""

from __future__ import annotations

from benchmarks import child
from benchmarks.figures import Figure, at_most, unavailable
from benchmarks.sandbox import Config

LANG = "kk"
TARGET_SECONDS = 5.0


def _biggest_band() -> tuple[str, int]:
    """The band with the most cards (its steps and task cards) and that count."""
    from play_for_integrity.content.library import load_library

    library = load_library()
    counts = {band: sum(len(s.nodes) for s in library.by_band(band)) + len(library.tasks_for_band(band))
              for band in library.bands}
    band = max(counts, key=lambda b: counts[b])
    return band, counts[band]


def whole_kit(config: Config) -> list[Figure]:
    """The `print` command for one band and language in a child process (median of 3 runs; 1 with --quick)."""
    band, cards = _biggest_band()
    work = config.folder("print")
    label = f"`print --band {band} --lang {LANG}`: the whole kit, {cards} cards (median)"
    serial = iter(range(1_000_000))

    def prepare() -> list[str]:
        return child.module_argv("play_for_integrity", "print", "--band", band, "--lang", LANG, "--out",
                                 work / f"kit-{next(serial)}")

    def wrote_it(run: child.ChildRun) -> str | None:
        return None if "wrote" in run.stdout else f"the command printed no kit: {run.stderr.strip()[-200:]}"

    result = child.repeat(prepare, runs=1 if config.quick else 3, budget=60, timeout=60, work=work, check=wrote_it)
    if result.failure:
        return [unavailable("print.kit.time", label, at_most(TARGET_SECONDS, "s"), result.failure)]
    peak = f"; peak memory {result.peak_mb:,.0f} MB" if result.peak_mb else ""
    return [Figure("print.kit.time", label, result.seconds, at_most(TARGET_SECONDS, "s"), result.note() + peak)]


STEPS = (whole_kit,)
