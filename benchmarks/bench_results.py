"""Class results store: opening it, `results list`, and the teacher view's first page, on school-sized stores.

Opening the store happens at the first answer of a lesson and when the teacher view opens, so it must take
at most 10 ms with a year of a school's answers (1M) as with a week's (10k): at most 1.5x the 10k figure,
measured in alternating pairs, so it may not grow with the data (no whole-file check on every open).
`results list` answers a teacher at the command line, 0.3 s with 1M answers; the teacher view's first page of
3,000 sessions is a click in the game and must be drawn within 50 ms. Stores: see class_stores.py.
"""

from __future__ import annotations

from benchmarks import child, class_stores
from benchmarks.figures import Figure, at_most, unavailable
from benchmarks.sandbox import Config

STORES = ("10k", "3000-sessions", "1m")


def store_open(config: Config) -> list[Figure]:
    """ResultsStore.open on 10k and 1M answers, alternately, in a child with a time limit."""
    small, large = class_stores.store_dir(config, "10k"), class_stores.store_dir(config, "1m")
    sizes = {name: class_stores.describe(class_stores.sessions(config, name)) for name in ("10k", "1m")}
    targets = {"results.open.10k": at_most(10, "ms"), "results.open.1m": at_most(10, "ms"),
               "results.open.1m_vs_10k": at_most(1.5, "x")}
    labels = {"results.open.10k": f"ResultsStore.open, {sizes['10k']} (median)",
              "results.open.1m": f"ResultsStore.open, {sizes['1m']} (median)",
              "results.open.1m_vs_10k": "ResultsStore.open on 1M / on 10k answers, alternating pairs"}
    done = child.run(child.module_argv("benchmarks.child_tasks", "store-open", small, large, 3 if config.quick else 9),
                     timeout=300, memory_mb=1000, work=config.folder("open"))
    if done.failure:
        return [unavailable(key, labels[key], target, done.failure) for key, target in targets.items()]
    got = done.last_json()
    values = {"results.open.10k": got["small"] * 1000, "results.open.1m": got["large"] * 1000,
              "results.open.1m_vs_10k": got["ratio"]}
    note = f"{got['pairs']} pairs in one child; its peak memory {done.peak_mb:.0f} MB"
    return [Figure(key, labels[key], values[key], targets[key], note) for key in targets]


def results_list(config: Config) -> list[Figure]:
    """`results list` (the newest page, as a teacher runs it) and `results list --all`, on 10k and 1M answers."""
    figures = []
    for size in ("10k", "1m"):
        folder = class_stores.store_dir(config, size)
        count = class_stores.sessions(config, size)
        for every, target in ((False, 0.3), (True, 1.0)):
            shown = count if every else min(count, 50)

            def listed(run: child.ChildRun, shown: int = shown) -> str | None:
                lines = len(run.stdout.splitlines())
                return None if lines > shown else f"listed {lines} lines for {shown} sessions"

            name = "list_all" if every else "list"
            key = f"results.{name}.{size}"
            label = f"`results list{' --all' if every else ''}`, {class_stores.describe(count)} (median)"
            extra = ("--all",) if every else ()
            result = child.repeat(lambda folder=folder, extra=extra: child.module_argv(
                                      "play_for_integrity", "results", "list", *extra, "--data-dir", folder),
                                  runs=2 if config.quick else 5, budget=60, timeout=60, work=config.folder("list"),
                                  check=listed)
            if result.failure:
                figures.append(unavailable(key, label, at_most(target, "s"), result.failure))
            else:
                figures.append(Figure(key, label, result.seconds, at_most(target, "s"),
                                      f"peak memory {result.peak_mb:.0f} MB; {result.note()}"))
    return figures


def teacher_view(config: Config) -> list[Figure]:
    """The teacher-sessions scene built and drawn over 3,000 sessions, store opened on the way, in a child."""
    count = class_stores.sessions(config, "3000-sessions")
    key = "results.teacher_view.first_page"
    label = f"teacher view: first page of {count:,} sessions, built and drawn, store opened on the way (median)"
    done = child.run(child.module_argv("benchmarks.child_tasks", "teacher-page",
                                       class_stores.store_dir(config, "3000-sessions"), 2 if config.quick else 5),
                     timeout=300, memory_mb=2000, work=config.folder("teacher"))
    if done.failure:
        return [unavailable(key, label, at_most(50, "ms"), done.failure)]
    got = done.last_json()
    if got["sessions"] != count:
        return [unavailable(key, label, at_most(50, "ms"), f"the view found {got['sessions']} sessions, not {count}")]
    note = (f"{got['open_store'] * 1000:.1f} ms with the store already open; peak memory {done.peak_mb:.0f} MB; "
            f"{got['runs']} runs")
    return [Figure(key, label, got["first"] * 1000, at_most(50, "ms"), note)]


STEPS = (store_open, results_list, teacher_view)
