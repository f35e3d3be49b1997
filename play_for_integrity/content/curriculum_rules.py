"""The curriculum's rules that a program can check: real trade-offs, no length tell, branching, reading level.

The content test runs them over the shipped scenarios; authors run `python -m
play_for_integrity.content.curriculum_rules scenarios/6-10` to see what a band still lacks.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from play_for_integrity.content.model import Scenario, StoryNode
from play_for_integrity.content.problems import display_path

MIN_PER_BAND = 16
TRADE_OFF_SHARE = 0.60        # decisions whose two best choices are a real trade-off
TOP_IS_LONGEST_SHARE = 0.35   # decisions where the best choice is also the longest text
LENGTH_RATIO = 1.6            # longest choice / shortest choice within a decision
DEEP_SHARE = 0.5              # scenarios with two or more decisions on their longest path
MIN_QUESTIONS = 3
OBJECTIVE_OPENINGS = ("Pupils can", "By the end")
# Per band: the most words a story screen may hold and the highest Flesch-Kincaid grade of its English.
READING = {"6-10": (60, 3.0), "11-14": (None, 6.0)}
# Phrases that make corruption sound normal: a character may say them, feedback never does.
NORMALISING = ("everyone does it", "everybody does it", "that's how it works", "that is how it works",
               "corruption is normal", "nothing will change", "nothing ever changes", "all adults do it")
QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»")  # a phrase quoted in order to answer it is not agreement
# First names of characters; each may appear in one scenario of a band only.
NAMES = frozenset("""
Aruzhan Timur Dias Dana Aigerim Bekzat Aisulu Yerasyl Alikhan Tomiris Sanzhar Ayaru Miras Kamila Adil Inkar Rustem
Madina Gulmira Saule Serik Bolat Ayana Daulet Nurislam Sofia Temirlan Asel Alisher Diana Ernar Laura Abylai Moldir
Artyom Zere Bakhyt Akerke Raushan Zhanar Kairat Yerbol Svetlana Yerlan Arman Alina Askar Gulnara Nurbol Akbota Ilyas
Karina Beibarys Dariga Olzhas Zhanel Meirzhan Nurlan Aizhan Talgat Roza Azamat Ainur Samal Yernur Nazerke Islam
Altynai Maksat Togzhan Alibek Dilnaz Kuanysh Ulpan Vlad Polina Akzhol Symbat Gaukhar Yerzhan Dinara Oleg Marat
Zhansaya Daniyar Zhandos Meruyert Nurlybek Aknur Bauyrzhan Aliya Yesset Kuralai Rauan Sabina Ermek Gulzhan Amangeldy
Nurzhan Asem Arsen Aidana Dinmukhammed Kamilla Yerkebulan Aizere Nursaule Adilet Anel Bekarys Elvira Sultanbek Aktoty
Zhasulan Irina Maxim Saltanat Yermek Bibigul Ruslan
""".split())


@dataclass
class Decision:
    """One node with choices, as the rules see it."""

    scenario: Scenario
    node: StoryNode

    @property
    def where(self) -> str:
        return f"{_shown(self.scenario)}:{self.node.line}: step '{self.node.id}'"

    def best_two(self):
        ranked = sorted(self.node.choices, key=lambda c: c.score, reverse=True)
        return ranked[0], ranked[1]

    @property
    def is_trade_off(self) -> bool:
        """The two best choices are within one point, and each beats the other on some value."""
        first, second = self.best_two()
        if first.score - second.score > 1:
            return False
        values = set(first.effects) | set(second.effects)
        better = any(first.effects.get(v, 0) > second.effects.get(v, 0) for v in values)
        worse = any(second.effects.get(v, 0) > first.effects.get(v, 0) for v in values)
        return better and worse

    @property
    def top_is_longest(self) -> bool:
        best = max(c.score for c in self.node.choices)
        longest = max(len(c.text) for c in self.node.choices)
        return any(c.score == best and len(c.text) == longest for c in self.node.choices)

    @property
    def length_ratio(self) -> float:
        lengths = [len(c.text) for c in self.node.choices]
        return max(lengths) / max(1, min(lengths))


@dataclass
class Report:
    """What the rules found over a set of scenarios: per-file problems and band-wide figures."""

    problems: list[str] = field(default_factory=list)
    figures: dict[str, dict[str, object]] = field(default_factory=dict)


def decisions(scenarios: Iterable[Scenario]) -> list[Decision]:
    return [Decision(s, n) for s in scenarios for n in s.nodes.values() if n.choices]


def longest_path(scenario: Scenario) -> int:
    """The most decisions on one path from the start (the story graph has no loops)."""
    memo: dict[str, int] = {}

    def depth(node_id: str, seen: frozenset[str]) -> int:
        if node_id in memo:
            return memo[node_id]
        node = scenario.nodes[node_id]
        if not node.choices or node_id in seen:
            return 0
        below = [depth(c.next, seen | {node_id}) for c in node.choices if c.next in scenario.nodes]
        memo[node_id] = 1 + max(below, default=0)
        return memo[node_id]

    return depth(scenario.start.id, frozenset())


def syllables(word: str) -> int:
    word = word.lower().strip("'")
    groups = re.findall(r"[aeiouy]+", word)
    count = len(groups)
    if word.endswith("e") and not word.endswith(("le", "ee")) and count > 1:
        count -= 1
    return max(1, count)


def words_of(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][A-Za-z'’-]*", text)


def reading_grade(texts: Sequence[str]) -> float:
    """Flesch-Kincaid grade of the English `texts` taken together."""
    text = " ".join(texts)
    words = words_of(text)
    sentences = max(1, len(re.findall(r"[.!?]+(?:[\"”’)]*)(?:\s|$)", text)))
    if not words:
        return 0.0
    per_sentence = len(words) / sentences
    per_word = sum(syllables(w) for w in words) / len(words)
    return 0.39 * per_sentence + 11.8 * per_word - 15.59


def english_texts(scenario: Scenario) -> list[str]:
    texts = []
    for node in scenario.nodes.values():
        texts.append(node.story)
        for choice in node.choices:
            texts += [choice.text, choice.feedback]
    return texts


def names_in(scenario: Scenario) -> set[str]:
    return {w for text in english_texts(scenario) for w in words_of(text) if w in NAMES}


def check_scenario(scenario: Scenario) -> list[str]:
    """The rules every single scenario must meet."""
    where = _shown(scenario)
    found = []
    if not scenario.objective.startswith(OBJECTIVE_OPENINGS):
        found.append(f"{where}: the objective should be an outcome, starting \"Pupils can ...\"")
    if len(scenario.discussion) < MIN_QUESTIONS:
        found.append(f"{where}: {len(scenario.discussion)} discussion questions; write at least {MIN_QUESTIONS}")
    if not scenario.teacher_note.strip():
        found.append(f"{where}: no teacher_note: say what to listen for, the likely trap and a local fact")
    if scenario.picture is None:
        found.append(f"{where}: no picture: name its people and the object at stake")
    if not any(True for _ in scenario.topics):
        found.append(f"{where}: no topic")
    first = scenario.start
    for choice in first.choices:
        if scenario.is_single_step and choice.next:
            found.append(f"{where}:{choice.line}: the scenario is single-step, but choice '{choice.id}' leads on")
        if not scenario.is_single_step and not choice.next:
            found.append(f"{where}:{choice.line}: choice '{choice.id}' ends the story at the first step: give it "
                         "next:, or mark the scenario shape: single-step")
    for node in scenario.nodes.values():
        for choice in node.choices:
            said = QUOTED.sub("", choice.feedback).lower().replace("’", "'")
            for phrase in NORMALISING:
                if phrase in said:
                    found.append(f"{where}:{choice.line}: the feedback of '{choice.id}' says \"{phrase}\": feedback "
                                 "must never make corruption sound normal")
    words_max, grade_max = READING.get(scenario.band, (None, None))
    if words_max is not None:
        for node in scenario.nodes.values():
            screens = [("story", node.story, node.line)] + [(f"feedback of '{c.id}'", c.feedback, c.line)
                                                             for c in node.choices]
            for what, text, line in screens:
                if len(words_of(text)) > words_max:
                    found.append(f"{where}:{line}: the {what} of step '{node.id}' has {len(words_of(text))} "
                                 f"words; at most {words_max} for ages {scenario.band}")
    if grade_max is not None:
        grade = reading_grade(english_texts(scenario))
        if grade > grade_max:
            found.append(f"{where}: reading grade {grade:.1f}; at most {grade_max:g} for ages {scenario.band}: "
                         "shorter sentences and words")
    for decision in decisions([scenario]):
        if decision.length_ratio > LENGTH_RATIO:
            found.append(f"{decision.where}: the longest choice is {decision.length_ratio:.2f} times the shortest; "
                         f"at most {LENGTH_RATIO}")
    return found


def check_band(band: str, scenarios: Sequence[Scenario], themes: Iterable[str] = ()) -> Report:
    """Every rule for one band's scenarios, with the figures the note reports."""
    report = Report()
    for scenario in scenarios:
        report.problems += check_scenario(scenario)
    found = decisions(scenarios)
    trade = sum(d.is_trade_off for d in found)
    longest = sum(d.top_is_longest for d in found)
    deep = sum(longest_path(s) >= 2 for s in scenarios)
    covered = {t for s in scenarios for t in s.topics}
    missing = [t for t in themes if t not in covered]
    share = lambda part, whole: part / whole if whole else 0.0  # noqa: E731
    report.figures[band] = {
        "scenarios": len(scenarios), "decisions": len(found), "trade_off": share(trade, len(found)),
        "top_is_longest": share(longest, len(found)), "deep": share(deep, len(scenarios)),
        "themes_missing": missing,
    }
    if len(scenarios) < MIN_PER_BAND:
        report.problems.append(f"band {band}: {len(scenarios)} scenarios; a school year needs at least {MIN_PER_BAND}")
    if found and trade / len(found) < TRADE_OFF_SHARE:
        report.problems.append(f"band {band}: {trade} of {len(found)} decisions are a real trade-off "
                               f"({trade / len(found):.0%}); at least {TRADE_OFF_SHARE:.0%}. Not one: "
                               + ", ".join(d.where for d in found if not d.is_trade_off))
    if found and longest / len(found) > TOP_IS_LONGEST_SHARE:
        report.problems.append(f"band {band}: the best choice is the longest text in {longest} of {len(found)} "
                               f"decisions ({longest / len(found):.0%}); at most {TOP_IS_LONGEST_SHARE:.0%}. In: "
                               + ", ".join(d.where for d in found if d.top_is_longest))
    if scenarios and deep / len(scenarios) < DEEP_SHARE:
        report.problems.append(f"band {band}: {deep} of {len(scenarios)} scenarios have two or more decisions on "
                               f"their longest path; at least half should")
    if missing:
        report.problems.append(f"band {band}: no scenario on the theme(s) {', '.join(missing)}")
    seen: dict[str, str] = {}
    for scenario in scenarios:
        for name in sorted(names_in(scenario)):
            if name in seen and seen[name] != scenario.id:
                report.problems.append(f"{_shown(scenario)}: the name {name} is also used in '{seen[name]}'; "
                                       "each character's name is unique within a band")
            seen.setdefault(name, scenario.id)
    return report


def _shown(scenario: Scenario) -> str:
    return display_path(scenario.path) if scenario.path else scenario.id


def main(argv: Sequence[str] | None = None) -> int:
    from play_for_integrity import paths
    from play_for_integrity.content.library import load_library

    args = list(sys.argv[1:] if argv is None else argv)
    folder = paths.scenarios_dir()
    library = load_library(folder)
    for shown, problems in library.skipped.items():
        for problem in problems:
            print(problem)
    bands = [Path(a).name for a in args] or sorted(library.bands)
    themes = [t.id for t in library.topics.values() if t.is_theme]
    failed = bool(library.skipped)
    for band in bands:
        report = check_band(band, library.by_band(band), themes)
        f = report.figures[band]
        print(f"band {band}: {f['scenarios']} scenarios, {f['decisions']} decisions; trade-offs "
              f"{f['trade_off']:.0%}, best is longest {f['top_is_longest']:.0%}, two+ decisions deep {f['deep']:.0%}")
        for problem in report.problems:
            print("  " + problem)
        failed = failed or bool(report.problems)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
