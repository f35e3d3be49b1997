"""Text that does not fit a printed card, as a Problem at the place in the content file it comes from."""

from __future__ import annotations

from play_for_integrity.content.problems import Problem, display_path
from play_for_integrity.printkit.card_faces import CardOverflow
from play_for_integrity.printkit.deck import DilemmaCard, TaskPrintCard


def _fix(lang: str, what: str) -> str:
    if lang == "en":
        return f"shorten {what}"
    return f"ask the translator for shorter wording of {what}; shorten the English only if that cannot be shorter"


def _step_line(card: DilemmaCard) -> tuple[int, int]:
    """The line of the step's story in its file (the step's own line when the story is not found)."""
    path = card.scenario.path
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines() if path is not None else []
    except (OSError, UnicodeDecodeError):
        lines = []
    for number in range(max(1, card.node.line), len(lines) + 1):
        column = lines[number - 1].find("story:")
        if column >= 0:
            return number, column + 1
    return max(1, card.node.line), 1


def dilemma_problem(card: DilemmaCard, err: CardOverflow, lang: str, paper: str) -> Problem:
    scenario = card.scenario
    shown = display_path(scenario.path) if scenario.path is not None else f"{scenario.id}.yaml"
    line, column = _step_line(card)
    return Problem(shown, line, column,
                   f"scenario '{scenario.id}', step '{card.node.id}': its {lang} text does not fit printed card "
                   f"{card.number} on {paper} paper even at {err.size} pt ({err})",
                   _fix(lang, "the story or its choices"))


def task_problem(card: TaskPrintCard, err: CardOverflow, lang: str, paper: str) -> Problem:
    return Problem(card.path, card.card.line, card.card.column,
                   f"task card '{card.card.id}': its {lang} text does not fit printed card {card.number} on {paper} "
                   f"paper even at {err.size} pt ({err})", _fix(lang, "the task"))
