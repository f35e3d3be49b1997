"""The teacher's handbook of one band in one language, as a document of blocks that Markdown and HTML both render.

For each story: its themes, objective, teacher note, who is in the picture, every step with its choices, their
feedback, values and board move, the questions for the class; before them, the plan for the four quarters.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from play_for_integrity.content.library import Library
from play_for_integrity.content.model import Scenario, StoryNode
from play_for_integrity.core.quarter_plan import plan_year
from play_for_integrity.i18n import N_, Translator

LETTERS = "ABCD"
MOVES = {"ladder": N_("ladder up"), "stay": N_("stay"), "snake": N_("snake down")}


@dataclass(frozen=True)
class Block:
    """One piece of the document: a heading (level 1-3), a paragraph, a labelled paragraph, a list or a table."""

    kind: str  # "heading", "text", "field", "list", "table"
    text: str = ""
    level: int = 0
    label: str = ""
    items: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()


def step_order(scenario: Scenario) -> list[StoryNode]:
    """The steps in the order a reader meets them: the start, then each step after the one that leads to it."""
    seen: dict[str, StoryNode] = {}
    queue = [scenario.start.id]
    while queue:
        node_id = queue.pop(0)
        if node_id in seen or node_id not in scenario.nodes:
            continue
        node = seen[node_id] = scenario.nodes[node_id]
        queue += [c.next for c in node.choices if c.next]
    return [*seen.values(), *(n for n in scenario.nodes.values() if n.id not in seen)]


def build_handbook(library: Library, band: str, tr: Translator) -> list[Block]:
    """Every block of the handbook of `band` in the language of `tr`."""
    _ = tr.gettext
    scenarios = library.by_band(band)
    themes = [t.id for t in library.topics.values() if t.is_theme]
    band_name = tr.band_name(library.bands[band]) if band in library.bands else band
    blocks = [Block("heading", _("Play for Integrity: the teacher's handbook, %(band)s") % {"band": band_name}, 1),
              Block("text", _("Every story of this age band as the pupils meet it, with what it teaches, the feedback "
                              "on each choice and questions for the class. Each choice scores the values in brackets; "
                              "in the team board game, the path a team takes through a story decides whether it climbs "
                              "a ladder, stays or slides down a snake."))]
    blocks += list(_plan(library, scenarios, themes, tr))
    for number, scenario in enumerate(scenarios, 1):
        blocks += list(_scenario(library, scenario, number, tr))
    return blocks


def _plan(library: Library, scenarios: list[Scenario], themes: list[str], tr: Translator) -> Iterator[Block]:
    _ = tr.gettext
    yield Block("heading", _("A plan for the school year"), 2)
    yield Block("text", _("One Integrity Hour a quarter. In the class vote, discuss the two stories named first; the "
                          "team board game plays all of the quarter's stories as dilemma cards. Choose the quarter in "
                          "the game's Hour setup."))
    rows = [(_("Quarter"), _("Class vote"), _("Board game cards"), _("Themes"))]
    topics = library.topics
    for quarter in plan_year(scenarios, themes):
        names = sorted({tr.topic_name(topics[t]) for s in quarter.stories for t in s.topics
                        if t in topics and topics[t].is_theme})
        rows.append((tr.format_number(quarter.number), "; ".join(tr.scenario_title(s) for s in quarter.vote),
                     "; ".join(tr.scenario_title(s) for s in quarter.board), ", ".join(names)))
    yield Block("table", rows=tuple(rows))


def _scenario(library: Library, scenario: Scenario, number: int, tr: Translator) -> Iterator[Block]:
    _ = tr.gettext
    topics = library.topics
    yield Block("heading", f"{number}. {tr.scenario_title(scenario)}", 2)
    yield Block("field", ", ".join(tr.topic_name(topics[t]) for t in scenario.topics if t in topics), label=_("Themes"))
    yield Block("field", tr.objective(scenario), label=_("Objective"))
    if scenario.teacher_note:
        yield Block("field", tr.teacher_note(scenario), label=_("Teacher note"))
    steps = step_order(scenario)
    decisions = {node.id: i for i, node in enumerate((n for n in steps if n.choices), 1)}
    for node in steps:
        if node.choices:
            yield Block("heading", _("Step %(number)s") % {"number": tr.format_number(decisions[node.id])}, 3)
        else:
            yield Block("heading", _("An ending"), 3)
        yield Block("text", tr.story(scenario, node))
        items = []
        for letter, choice in zip(LETTERS, node.choices):
            values = ", ".join(f"{tr.value_name(library.values[v])} {amount:+d}" for v, amount in choice.effects.items()
                               if v in library.values and amount)
            after = scenario.nodes.get(choice.next or "")
            where = ""
            if after is not None and after.choices:
                where = " " + _("Then step %(number)s.") % {"number": tr.format_number(decisions[after.id])}
            elif after is not None:
                where = " " + _("Then an ending.")
            items.append(f"{letter}. {tr.choice_text(scenario, node, choice)} — {tr.feedback(scenario, node, choice)} "
                         f"({values}; {_(MOVES[choice.board])}).{where}")
        if items:
            yield Block("list", items=tuple(items))
        asked = tr.content_texts(node, "discussion", scenario) if node.discussion else []
        if asked:
            yield Block("field", " ".join(asked), label=_("Questions after this step"))
    yield Block("heading", _("Questions for the class"), 3)
    yield Block("list", items=tuple(tr.discussion(scenario)))
