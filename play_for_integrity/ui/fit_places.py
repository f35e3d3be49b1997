"""Where in a scenario file a text that does not fit comes from: its line and column, for `validate`."""

from __future__ import annotations

from collections.abc import Iterator

from play_for_integrity.content.model import Scenario
from play_for_integrity.content.problems import Problem, display_path


def _texts(scenario: Scenario, tr) -> Iterator[tuple[str, str, int]]:
    """(shown text, English text, fallback line) for every translatable text of the scenario, longest first."""
    texts = [(tr.scenario_title(scenario), scenario.title, 1)]
    texts += [(shown, english, 1) for shown, english in zip(tr.discussion(scenario), scenario.discussion)]
    texts.append((tr.teacher_note(scenario), scenario.teacher_note, 1))
    texts.append((tr.objective(scenario), scenario.objective, 1))
    for node in scenario.nodes.values():
        texts.append((tr.story(scenario, node), node.story, node.line))
        texts += [(shown, english, node.line) for shown, english
                  in zip(tr.content_texts(node, "discussion", scenario), node.discussion)]
        for choice in node.choices:
            texts.append((tr.choice_text(scenario, node, choice), choice.text, choice.line))
            texts.append((tr.feedback(scenario, node, choice), choice.feedback, choice.line))
    yield from sorted(texts, key=lambda item: -len(item[0]))


def _place(lines: list[str], english: str, fallback: int) -> tuple[int, int]:
    """The line and column where the English text starts in the file (its first words), else the fallback line."""
    probe = " ".join(english.split()[:5])
    while probe:
        for number, line in enumerate(lines, 1):
            column = line.find(probe)
            if column >= 0:
                return number, column + 1
        probe = " ".join(probe.split()[:-1])  # a folded text may break its first line early
    return fallback, 1


def problem_for(scenario: Scenario, misfit, tr) -> Problem:
    """A Problem at the place of the text `misfit` names, saying on which screen and in which language."""
    path = scenario.path
    shown = display_path(path) if path is not None else f"{scenario.id}.yaml"
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines() if path is not None else []
    except OSError:
        lines = []
    line, column = 1, 1
    for text, english, fallback in _texts(scenario, tr):
        if text and text in misfit.text:
            line, column = _place(lines, english, fallback)
            break
    kind = {"board": "board game", "class vote": "class-vote"}.get(misfit.screen, misfit.screen)
    fix = ("shorten the text" if misfit.lang == "en" else
           "ask the translator for shorter wording; shorten the English only if the translation cannot be shorter")
    window = "×".join(str(side) for side in misfit.window)
    return Problem(shown, line, column, f"does not fit the {kind} screen ({misfit.step}) in {misfit.lang} at {window}, "
                                        f"even at {misfit.size}px", fix)
