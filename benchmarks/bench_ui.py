"""The game at 1920x1080: language switch with redraw (cold, warm, cached), and CPU and memory on a static screen.

A language switch is a click the player waits on, so with the redraw it must fit in 0.1 s, the pause nobody
notices, even cold (translators forgotten and the compiled-catalog cache deleted, as after a .po edit).
A static screen must cost under 2 % of a core (the loop polls at 30 FPS and draws nothing; redrawing at 60 FPS
cost 111 % here), and the game must stay under 150 MB, a fraction of a school PC's memory.
"""

from __future__ import annotations

import statistics

from benchmarks import child
from benchmarks.figures import Figure, at_most, unavailable
from benchmarks.frames import FRAME_DT, Window
from benchmarks.sandbox import Config
from benchmarks.timing import timed


def language_switch(config: Config) -> list[Figure]:
    """Switch a live dilemma between Kazakh and Russian and draw it: caches kept, translators or all caches cleared."""
    from play_for_integrity.i18n import reload

    window = Window(config, "dilemma", lang="en")
    runs = 2 if config.quick else 8

    def switch(lang: str) -> None:
        window.app.set_language(lang)
        window.app.step(FRAME_DT, window.clock)  # the frame that shows the new language

    def forget_all() -> None:
        reload()
        config.clear_catalog_caches()  # all in the run's temporary folder

    for lang in ("kk", "ru"):  # untimed: the first drawing in each language lays its texts out once for all
        switch(lang)
    figures = []
    for key, what, clear in (("cached", "translators loaded", lambda: None),
                             ("warm", "translators forgotten, catalog cache on disk", reload),
                             ("cold", "translators and the catalog cache cleared first", forget_all)):
        times = []
        for i in range(runs):
            clear()
            times.append(timed(lambda lang=("kk", "ru")[i % 2]: switch(lang)))
        figures.append(Figure(f"ui.language_switch.{key}", f"switch language + draw a dilemma, {what} (median)",
                              statistics.median(times) * 1000, at_most(100.0, "ms")))
    if not config.compiled_catalogs():  # the cold switches must have compiled (and cached) the catalogs again
        figures[-1] = unavailable(figures[-1].key, figures[-1].label, figures[-1].target,
                                  "no compiled catalog was cached in the run's folder: the cold switch read another "
                                  "cache, or none")
    return figures


def idle_screen(config: Config) -> list[Figure]:
    """The game's loop on a static dilemma in a child: share of a core, and the child's peak memory."""
    seconds = 2 if config.quick else 10
    done = child.run(child.module_argv("benchmarks.child_tasks", "idle", seconds, config.folder("idle-data")),
                     timeout=seconds + 60, memory_mb=1000, work=config.folder("idle"))
    label_cpu = f"CPU of the game's loop on a static dilemma over {seconds} s"
    label_mem = "peak memory of the game showing a dilemma"
    if done.failure:
        return [unavailable("ui.idle.cpu", label_cpu, at_most(2.0, "%"), done.failure),
                unavailable("ui.idle.peak_memory", label_mem, at_most(150, "MB"), done.failure)]
    share = done.last_json()["cpu_share"]
    return [Figure("ui.idle.cpu", label_cpu, share * 100, at_most(2.0, "%"), "% of one core"),
            Figure("ui.idle.peak_memory", label_mem, done.peak_mb, at_most(150, "MB"))]


STEPS = (language_switch, idle_screen)
