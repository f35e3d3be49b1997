"""What the class-vote screens share: the projected top bar with the large timer, where the vote goes next,
checking the counts."""

from __future__ import annotations

import pygame

from play_for_integrity.core.settings import CLASS_SIZE_MAX
from play_for_integrity.i18n import N_
from play_for_integrity.play.vote import VoteHour
from play_for_integrity.ui.painter import Painter
from play_for_integrity.ui.scene_kit import content_rect
from play_for_integrity.ui.timer_panel import TimerPanel


def next_vote_scene(app, hour: VoteHour) -> None:
    """Show the vote's next screen: a node to vote on, an ending to read, or the class profile at the end."""
    vote = hour.vote
    app.replace("vote-end" if vote.finished else "vote-talk" if vote.node.is_ending else "vote", hour)


def vote_title(scene, painter: Painter, timer: TimerPanel | None) -> pygame.Rect:
    """The top bar of a projected vote screen: the class vote, the class and the story's number on the left, the
    thinking-time timer on the right with digits a tenth of the window high; returns the area below."""
    m, colors, tr = painter.metrics, painter.colors, scene.session.tr
    area = content_rect(painter)
    height = max(m.px(96), 2 * m.line(m.small) + m.px(4))
    if timer is not None:
        height = max(height, (3 * m.timer_digits + 1) // 2 + 1)
    bar = pygame.Rect(area.x, area.y, area.width, height)
    timer_w = timer.place_right(painter, bar, scene._("Thinking time")) if timer is not None else 0
    text = pygame.Rect(bar.x, bar.y, bar.width - timer_w - m.px(16), bar.height)
    subtitle = tr.gettext("Class vote")
    if scene.hour.class_name:
        subtitle = f"{subtitle} · {scene.hour.class_name}"
    vote = scene.hour.vote
    story = tr.gettext("Story %(number)s of %(count)s") % {
        "number": tr.format_number(vote.scenario_index + 1), "count": tr.format_number(len(vote.playlist))}
    line = m.line(m.small)
    painter.text(painter.shortened(subtitle, text.width, m.small), pygame.Rect(text.x, text.centery - line,
                                                                               text.width, line),
                 m.small, colors.muted_ink, valign="bottom", max_lines=1)
    painter.text(painter.shortened(story, text.width, m.small, True), pygame.Rect(text.x, text.centery, text.width,
                                                                                  line),
                 m.small, colors.ink, bold=True, max_lines=1)
    return pygame.Rect(area.x, bar.bottom + m.px(16), area.width, area.bottom - bar.bottom - m.px(16))


def ask_end_vote(app, hour: VoteHour) -> None:
    app.push("ask", N_("End the class vote now?"), N_("Keep voting"), N_("End the vote"),
             lambda: app.replace("vote-end", hour), N_("The votes so far are saved in the class results."))


def count_problem(tr, counts: dict[str, int], class_size: int | None) -> str | None:
    """Why the typed counts cannot be right (none typed, more votes than pupils), in the language on show; or None."""
    total = sum(counts.values())
    if total < 1:
        return tr.gettext("Type how many pupils chose each option, then press Enter.")
    if class_size is not None and total > class_size:
        return tr.ngettext("Votes in all: %(total)s, but the class has %(size)s pupil. Check the counts.",
                           "Votes in all: %(total)s, but the class has %(size)s pupils. Check the counts.",
                           class_size) % {"total": tr.format_number(total), "size": tr.format_number(class_size)}
    if class_size is None and total > CLASS_SIZE_MAX:
        return tr.gettext("Votes in all: %(total)s, more than a class can have. Check the counts.") % {
            "total": tr.format_number(total)}
    return None
