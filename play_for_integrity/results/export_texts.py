"""The words an export shows next to the ids it stores: headers, value names, scenario titles and option texts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from play_for_integrity.results import headers as h

ChoiceKey = tuple[str, str, str]  # (scenario id, node id, choice id)


@dataclass(frozen=True)
class ExportTexts:
    """Everything an export translates; by default the English message ids and no content texts."""

    translate: h.Translate = h.identity
    value_names: Mapping[str, str] = field(default_factory=dict)
    scenario_titles: Mapping[str, str] = field(default_factory=dict)
    choice_texts: Mapping[ChoiceKey, str] = field(default_factory=dict)

    def move_name(self, board: str) -> str:
        return self.translate(h.MOVE_NAMES[board]) if board in h.MOVE_NAMES else board


def export_texts(library: Any, translator: Any | None = None) -> ExportTexts:
    """The texts of `library` in the translator's language (the i18n layer's Translator), or in English."""
    translate: h.Translate = translator.gettext if translator is not None else h.identity
    value_name = getattr(translator, "value_name", lambda value: translate(value.name))
    title = getattr(translator, "scenario_title", lambda scenario: translate(scenario.title))
    choice_text = getattr(translator, "choice_text", lambda scenario, node, choice: translate(choice.text))
    scenarios = library.scenarios.values()
    return ExportTexts(translate, {v.id: value_name(v) for v in library.values.values()},
                       {s.id: title(s) for s in scenarios},
                       {(s.id, node.id, c.id): choice_text(s, node, c)
                        for s in scenarios for node in s.nodes.values() for c in node.choices})
