"""One language's texts: gettext calls, scenario, task card and catalog strings, and number/date formatting.

A missing translation shows the English text for that one string and is logged once; the message
id and the context are never shown.
"""

from __future__ import annotations

from collections.abc import Iterable

import gettext
from pathlib import Path
from typing import TYPE_CHECKING

from play_for_integrity.i18n.formatting import LocaleFormatter
from play_for_integrity.i18n.languages import LANGUAGES, SOURCE_LANGUAGE
from play_for_integrity.lazy_log import get_logger

if TYPE_CHECKING:
    from play_for_integrity.content.model import Band, Choice, Scenario, StoryNode, Topic, Value
    from play_for_integrity.content.task_cards import TaskCard

missing_log = get_logger("play_for_integrity.i18n.missing")


class _EnglishFallback(gettext.NullTranslations):
    """The end of the lookup chain: returns the English source text and notes what was missing."""

    def __init__(self, lang: str, report: bool):
        super().__init__()
        self.lang = lang
        self.report = report
        self.missing: set[tuple[str | None, str]] = set()

    def _note(self, context: str | None, msgid: str) -> None:
        if not self.report or (context, msgid) in self.missing:
            return
        self.missing.add((context, msgid))
        where = f" (context {context!r})" if context else ""
        missing_log.info("no %s translation for %r%s: showing the English text", self.lang, msgid, where)

    def gettext(self, message: str) -> str:
        self._note(None, message)
        return message

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        self._note(None, msgid1)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context: str, message: str) -> str:
        self._note(context, message)
        return message

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        self._note(context, msgid1)
        return msgid1 if n == 1 else msgid2


def _count(n: int | float) -> int:
    return n if isinstance(n, int) else int(n)


class Translator(LocaleFormatter):
    """The texts of one language. Build it with get_translator(lang), which caches one per language."""

    def __init__(self, lang: str, translations: gettext.GNUTranslations | None = None, *,
                 source: Path | None = None, problem: str | None = None):
        super().__init__(lang)
        self.lang = lang
        self.source = source          # the .po file read, if any
        self.problem = problem        # why the catalog could not be used (English is shown), if so
        self._fallback = _EnglishFallback(lang, report=translations is not None and lang != SOURCE_LANGUAGE)
        self._translations: gettext.NullTranslations
        if translations is None:
            self._translations = self._fallback
        else:
            translations.add_fallback(self._fallback)
            self._translations = translations

    def __repr__(self) -> str:
        return f"<Translator {self.lang} from {self.source or 'the English source texts'}>"

    @property
    def language_name(self) -> str:
        """The language in its own name, as the language picker shows it."""
        return LANGUAGES[self.lang]

    @property
    def has_catalog(self) -> bool:
        """False when the language is shown in English because its catalog is missing or broken."""
        return self._translations is not self._fallback or self.lang == SOURCE_LANGUAGE

    @property
    def missing(self) -> frozenset[tuple[str | None, str]]:
        """(context, English text) of each string asked for that had no translation, for author previews."""
        return frozenset(self._fallback.missing)

    # -- gettext -----------------------------------------------------------
    def gettext(self, msgid: str) -> str:
        return self._translations.gettext(msgid) if msgid else ""

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self._translations.ngettext(singular, plural, _count(n))

    def pgettext(self, context: str, msgid: str) -> str:
        return self._translations.pgettext(context, msgid) if msgid else ""

    def npgettext(self, context: str, singular: str, plural: str, n: int) -> str:
        return self._translations.npgettext(context, singular, plural, _count(n))

    _ = gettext

    # -- content -----------------------------------------------------------
    def content(self, context: str, english: str) -> str:
        """A scenario or catalog string: its translation under `context`, else the English text."""
        return self.pgettext(context, english)

    def content_text(self, item: object, field: str, *within: object, number: int | None = None) -> str:
        """A declared text of a content item: `content_text(choice, "feedback", scenario, node)`; `within` holds it."""
        from play_for_integrity.content.declaration import declared  # here: the game's first frame needs none

        ctype = declared(_declared_as(item))
        address: dict[str, object] = {declared(_declared_as(outer)).name: outer.id  # type: ignore[attr-defined]
                                      for outer in (*within, item)}
        if number is not None:  # one text of a list, counted from 1
            address["number"] = number
        try:
            context = ctype.context(field, **address)
        except KeyError as missing:
            raise ValueError(f"the {field} of a {ctype.name} is looked up by its {missing.args[0]} too: "
                             f"pass the {missing.args[0]} it belongs to after the field name") from None
        english = getattr(item, field)
        return self.pgettext(context, english if number is None else english[number - 1])

    def content_texts(self, item: object, field: str, *within: object) -> list[str]:
        """Every text of a declared list field, such as a scenario's discussion questions."""
        return [self.content_text(item, field, *within, number=n) for n in range(1, len(getattr(item, field)) + 1)]

    # Named look-ups for the many screens that use them.
    def scenario_title(self, scenario: Scenario) -> str:
        return self.content_text(scenario, "title")

    def discussion(self, scenario: Scenario, seen: Iterable[str] = (), most: int | None = None) -> list[str]:
        """The questions to talk about: those of the steps in `seen` (node ids, in the order the class saw
        them) first, then the scenario's own, which fit whatever path the class took; at most `most`."""
        asked = [text for node_id in dict.fromkeys(seen) if node_id in scenario.nodes
                 for text in self.content_texts(scenario.nodes[node_id], "discussion", scenario)]
        return (asked + self.content_texts(scenario, "discussion"))[:most]

    def objective(self, scenario: Scenario) -> str:
        return self.content_text(scenario, "objective")

    def teacher_note(self, scenario: Scenario) -> str:
        return self.content_text(scenario, "teacher_note") if scenario.teacher_note else ""

    def story(self, scenario: Scenario, node: StoryNode) -> str:
        return self.content_text(node, "story", scenario)

    def choice_text(self, scenario: Scenario, node: StoryNode, choice: Choice) -> str:
        return self.content_text(choice, "text", scenario, node)

    def feedback(self, scenario: Scenario, node: StoryNode, choice: Choice) -> str:
        return self.content_text(choice, "feedback", scenario, node)

    def task_text(self, card: TaskCard) -> str:
        """The task, as read aloud to the class."""
        return self.content_text(card, "text")

    def task_note(self, card: TaskCard) -> str:
        """What counts as a right answer, shown small to the teacher."""
        return self.content_text(card, "teacher")

    def band_name(self, band: Band) -> str:
        return self.content_text(band, "name")

    def band_grades(self, band: Band) -> str:
        return self.content_text(band, "grades")

    def band_description(self, band: Band) -> str:
        return self.content_text(band, "description")

    def value_name(self, value: Value) -> str:
        return self.content_text(value, "name")

    def value_description(self, value: Value) -> str:
        return self.content_text(value, "description")

    def topic_name(self, topic: Topic) -> str:
        return self.content_text(topic, "name")


def _declared_as(item: object) -> str:
    name = getattr(item, "declared_as", None)
    if not isinstance(name, str):
        raise TypeError(f"{type(item).__name__} is not a content item (it has no declared_as)")
    return name
