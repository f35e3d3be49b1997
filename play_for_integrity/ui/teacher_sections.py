"""What one session's sections show: the choices at each story step, everyone's profile, where the class split."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pygame

from play_for_integrity.content.model import Choice, Scenario, StoryNode
from play_for_integrity.i18n import N_
from play_for_integrity.results.analysis import ChoiceSplit, choice_distribution
from play_for_integrity.results.game_recorder import NO_CLASS
from play_for_integrity.results.records import SessionData
from play_for_integrity.ui.charts import BarRow, bar_chart, diverging_bar, stacked_bar
from play_for_integrity.ui.painter import Painter

LETTERS = "ABCDEFGHIJ"
# TRANSLATORS: chart legend: the board move a choice gives (climb a ladder, stay on the square, slide down a snake).
MOVES = (("ladder", N_("Ladder")), ("stay", N_("Stay")), ("snake", N_("Snake")))

# TRANSLATORS: in the class results, instead of a class name: the game was played without one.
NO_CLASS_LABEL = N_("(no class)")

# TRANSLATORS: how a recorded session was played: a pupil alone, teams on the board, or the whole class voting.
MODE_LABELS = {"solo": N_("Solo"), "board": N_("Team board game"), "vote": N_("Class vote")}


def class_label(tr, name: str) -> str:
    """A stored class (or vote participant) name as shown: the "(no class)" marker in the language on show."""
    return tr.gettext(NO_CLASS_LABEL) if name == NO_CLASS else name


def mode_label(tr, mode: str) -> str:
    return tr.gettext(MODE_LABELS[mode]) if mode in MODE_LABELS else mode


def band_label(session, band_id: str) -> str:
    band = session.library.bands.get(band_id)
    return session.tr.band_name(band) if band is not None else band_id


def when(tr, moment: datetime) -> str:
    """A stored UTC time as the local date and time, written the way the language writes them."""
    return tr.format_datetime(moment.astimezone(), "medium", "short")


def letter(index: int) -> str:
    return LETTERS[index] if index < len(LETTERS) else str(index + 1)


@dataclass(frozen=True)
class Option:
    """One choice at a story step, as the class answered it."""

    choice_id: str
    count: int
    board: str
    choice: Choice | None  # None when the scenario is no longer in the library


@dataclass(frozen=True)
class StepResult:
    """One page of the choices section: a story step and how the answers spread over its options."""

    scenario_id: str
    node_id: str
    scenario: Scenario | None
    node: StoryNode | None
    options: tuple[Option, ...]
    total: int


def step_results(data: SessionData, scenarios: dict[str, Scenario]) -> list[StepResult]:
    """Every answered story step in playlist order, with all its options (also those nobody chose)."""
    boards = {(a.scenario_id, a.node_id, a.choice_id): a.board for a in data.answers}
    playlist = {sid: i for i, sid in enumerate(data.playlist)}
    steps = []
    for split in choice_distribution([data]):
        scenario = scenarios.get(split.scenario_id)
        node = scenario.nodes.get(split.node_id) if scenario else None
        known = list(node.choices) if node else []
        options = [Option(c.id, split.counts.get(c.id, 0), c.board, c) for c in known]
        options += [Option(cid, n, boards.get((split.scenario_id, split.node_id, cid), "stay"), None)
                    for cid, n in split.counts.items() if node is None or cid not in {c.id for c in known}]
        steps.append(StepResult(split.scenario_id, split.node_id, scenario, node, tuple(options), split.total))
    order = {}
    for i, step in enumerate(steps):
        node_order = list(step.scenario.nodes).index(step.node_id) if step.node else 0
        order[id(step)] = (playlist.get(step.scenario_id, len(playlist)), node_order, i)
    return sorted(steps, key=lambda step: order[id(step)])


def scenario_title(tr, scenarios: dict[str, Scenario], scenario_id: str) -> str:
    scenario = scenarios.get(scenario_id)
    return tr.scenario_title(scenario) if scenario is not None else scenario_id


def option_text(tr, scenario: Scenario | None, node: StoryNode | None, option: Option) -> str:
    if scenario is not None and node is not None and option.choice is not None:
        return tr.choice_text(scenario, node, option.choice)
    return option.choice_id


def move_color(painter: Painter, board: str):
    return {"ladder": painter.colors.good, "snake": painter.colors.poor}.get(board, painter.colors.neutral)


def draw_step(painter: Painter, rect: pygame.Rect, tr, step: StepResult, number: int, count: int) -> None:
    """A story step's options as bars coloured by the board move each gives, with a legend."""
    m, colors = painter.metrics, painter.colors
    painter.panel(rect)
    inner = rect.inflate(-2 * m.px(24), -2 * m.px(20))
    head = pygame.Rect(inner.x, inner.y, inner.width, m.px(44))
    where = tr.gettext("Question %(number)s of %(count)s") % {"number": tr.format_number(number),
                                                               "count": tr.format_number(count)}
    where_box = pygame.Rect(0, head.y, inner.width // 3, head.height)
    where_box.right = head.right
    painter.text(where, where_box, m.small, colors.muted_ink, align="right", valign="middle", max_lines=1)
    title_box = pygame.Rect(head.x, head.y, head.width - where_box.width - m.px(16), head.height)
    painter.text(tr.scenario_title(step.scenario) if step.scenario else step.scenario_id, title_box, m.body,
                 colors.ink, bold=True, valign="middle", max_lines=1)
    legend = pygame.Rect(inner.x, inner.bottom - m.px(32), inner.width, m.px(32))
    _draw_legend(painter, legend, tr)
    chart = pygame.Rect(inner.x, head.bottom + m.px(8), inner.width, legend.y - head.bottom - m.px(20))
    total = max(1, step.total)
    rows = [BarRow(f"{letter(i)}. {option_text(tr, step.scenario, step.node, o)}", o.count,
                   f"{tr.format_number(o.count)} · {tr.format_percent(o.count / total)}", move_color(painter, o.board))
            for i, o in enumerate(step.options)]
    bar_chart(painter, chart, rows, max_value=max(1, max(o.count for o in step.options)))


def _draw_legend(painter: Painter, rect: pygame.Rect, tr) -> None:
    m = painter.metrics
    part = rect.width // len(MOVES)
    swatch = m.px(20)
    for i, (board, name) in enumerate(MOVES):
        x = rect.x + i * part
        pygame.draw.rect(painter.surface, move_color(painter, board),
                         (x, rect.centery - swatch // 2, swatch, swatch), border_radius=m.px(4))
        box = pygame.Rect(x + swatch + m.px(8), rect.y, part - swatch - m.px(16), rect.height)
        painter.text(tr.gettext(name), box, m.small, painter.colors.muted_ink, valign="middle", max_lines=1)


def signed(tr, total: float, digits: int = 0) -> str:
    """+3, –2, 0 (and +1.5 with `digits`), in the language's number format."""
    text = tr.format_decimal(abs(total), digits) if digits else tr.format_number(abs(int(total)))
    return ("+" if total > 0 else "–" if total < 0 else "") + text


PROFILE_HEAD = 68
PROFILE_ROW = 46
PROFILE_NOTE = 64


def profile_rows_per_page(painter: Painter, rect: pygame.Rect) -> int:
    m = painter.metrics
    room = rect.height - 2 * m.px(20) - m.px(PROFILE_HEAD) - m.px(8) - m.px(50) - m.px(12) - m.px(PROFILE_NOTE)
    return max(1, room // m.px(PROFILE_ROW))


def draw_profiles(painter: Painter, rect: pygame.Rect, tr, values: list[tuple[str, str]], average: dict[str, float],
                  rows: list[tuple[str, dict[str, int]]], limit: float) -> None:
    """A grid: a value per column, the class average on top, then a row per pupil or team, as bars around zero."""
    m, colors = painter.metrics, painter.colors
    painter.panel(rect)
    inner = rect.inflate(-2 * m.px(24), -2 * m.px(20))
    name_w = int(inner.width * 0.22)
    col_w = (inner.width - name_w) // max(1, len(values))
    head = pygame.Rect(inner.x, inner.y, inner.width, m.px(PROFILE_HEAD))
    _value_heads(painter, head, name_w, col_w, [name for _, name in values])
    y = head.bottom + m.px(8)
    average_row = pygame.Rect(inner.x, y, inner.width, m.px(50))
    pygame.draw.rect(painter.surface, colors.button, average_row, border_radius=m.px(8))
    _profile_row(painter, average_row, name_w, col_w, tr.gettext("Class average"), values,
                 {v: signed(tr, average.get(v, 0.0), 1 if abs(average.get(v, 0.0)) < 10 else 0) for v, _ in values}, average, limit, bold=True)
    y = average_row.bottom + m.px(12)
    for name, profile in rows:
        row = pygame.Rect(inner.x, y, inner.width, m.px(PROFILE_ROW) - m.px(4))
        _profile_row(painter, row, name_w, col_w, name, values, {v: signed(tr, profile.get(v, 0)) for v, _ in values},
                     profile, limit, bold=False)
        y += m.px(PROFILE_ROW)
    note = pygame.Rect(inner.x, inner.bottom - m.px(PROFILE_NOTE), inner.width, m.px(PROFILE_NOTE))
    painter.text(tr.gettext("Totals per value. Green bars show a value, orange bars work against it."),
                 note, m.small, colors.muted_ink, valign="bottom")


def _value_heads(painter: Painter, head: pygame.Rect, name_w: int, col_w: int, names: list[str]) -> None:
    """Value names over their columns; when one is too wide, every other name goes up a line and gets two columns."""
    m, colors = painter.metrics, painter.colors
    font = painter.fitter.fonts.get(m.small, True)
    staggered = any(font.size(name)[0] > col_w - m.px(8) for name in names)
    half = head.height // 2
    for j, name in enumerate(names):
        centre = head.x + name_w + j * col_w + col_w // 2
        width = (2 * col_w if staggered else col_w) - m.px(8)
        top = head.y if staggered and j % 2 == 0 else head.y + half
        box = pygame.Rect(centre - width // 2, top, width, head.bottom - top if not staggered else half)
        if staggered and j % 2 == 0:
            pygame.draw.line(painter.surface, colors.panel_edge, (centre, box.bottom - m.px(2)),
                             (centre, head.bottom), max(1, m.px(2)))
        painter.text(name, box, m.small, colors.ink, bold=True, align="center", valign="bottom", max_lines=1)


def _profile_row(painter: Painter, row: pygame.Rect, name_w: int, col_w: int, name: str, values, texts: dict[str, str],
                 totals, limit: float, bold: bool) -> None:
    m = painter.metrics
    name_box = pygame.Rect(row.x + m.px(8), row.y, name_w - m.px(16), row.height)
    painter.text(painter.shortened(name, name_box.width, m.small, bold), name_box, m.small, painter.colors.ink,
                 bold=bold, valign="middle", max_lines=1)
    for j, (value_id, _) in enumerate(values):
        cell = pygame.Rect(row.x + name_w + j * col_w + m.px(6), row.y + m.px(6), col_w - m.px(12),
                           row.height - m.px(12))
        diverging_bar(painter, cell, totals.get(value_id, 0), limit, texts[value_id])


def draw_split_card(painter: Painter, rect: pygame.Rect, tr, number: int, count: int, split: ChoiceSplit,
                    scenarios: dict[str, Scenario]) -> None:
    """A story step where answers were divided: its shares as one bar, and a question to ask the class."""
    m, colors = painter.metrics, painter.colors
    painter.panel(rect)
    inner = rect.inflate(-2 * m.px(24), -2 * m.px(20))
    scenario = scenarios.get(split.scenario_id)
    node = scenario.nodes.get(split.node_id) if scenario else None
    order = [c.id for c in node.choices] if node else list(split.counts)
    order += [cid for cid in split.counts if cid not in order]
    head = pygame.Rect(inner.x, inner.y, inner.width, m.px(46))
    # TRANSLATORS: which discussion point of how many is shown, e.g. "2 of 5".
    where = tr.gettext("%(number)s of %(count)s") % {"number": tr.format_number(number),
                                                     "count": tr.format_number(count)}
    where_box = pygame.Rect(0, head.y, inner.width // 5, head.height)
    where_box.right = head.right
    painter.text(where, where_box, m.small, colors.muted_ink, align="right", valign="middle", max_lines=1)
    painter.text(scenario_title(tr, scenarios, split.scenario_id),
                 pygame.Rect(head.x, head.y, head.width - where_box.width - m.px(12), head.height), m.body,
                 colors.ink, bold=True, valign="middle", max_lines=1)
    answers = tr.ngettext("%(count)s answer", "%(count)s answers", split.total) % {
        "count": tr.format_number(split.total)}
    sub = pygame.Rect(inner.x, head.bottom, inner.width, m.px(36))
    painter.text(answers, sub, m.small, colors.muted_ink, valign="middle", max_lines=1)
    bar = pygame.Rect(inner.x, sub.bottom + m.px(8), inner.width, m.px(44))
    parts = [(split.counts.get(cid, 0), colors.series[i % len(colors.series)],
              f"{letter(i)} {tr.format_percent(split.counts.get(cid, 0) / split.total)}")
             for i, cid in enumerate(order)]
    stacked_bar(painter, bar, parts)
    ranked = sorted(((n, cid) for cid, n in split.counts.items() if n > 0), key=lambda item: -item[0])
    prompt_box = pygame.Rect(inner.x, bar.bottom + m.px(20), inner.width, inner.bottom - bar.bottom - m.px(20))
    painter.text(_prompt(tr, scenario, node, order, ranked, split.total), prompt_box, m.heading, colors.ink)


def _prompt(tr, scenario, node, order: list[str], ranked: list[tuple[int, str]], total: int) -> str:
    """A question for the class about the two choices most of it made."""
    def text(choice_id: str) -> str:
        known = {c.id: c for c in node.choices} if node is not None else {}
        return tr.choice_text(scenario, node, known[choice_id]) if choice_id in known else choice_id

    if len(ranked) < 2:
        return tr.gettext("Everyone chose the same here. Ask the class: was it an easy choice? Why?")
    (n1, first), (n2, second) = ranked[0], ranked[1]
    # TRANSLATORS: e.g. "why did 50% choose B, “Tell the teacher.”, while 21% chose C, “Keep quiet.”?"; use «» in kk, ru.
    return tr.gettext("Ask the class: why did %(first_share)s choose %(first_letter)s, “%(first)s”, while "
                      "%(second_share)s chose %(second_letter)s, “%(second)s”?") % {
        "first_share": tr.format_percent(n1 / total), "first_letter": letter(order.index(first)), "first": text(first),
        "second_share": tr.format_percent(n2 / total), "second_letter": letter(order.index(second)),
        "second": text(second)}
