"""The teacher guides: one structure, keys and commands in all three languages, working links, one alphabet per word."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from play_for_integrity.i18n.checks import mixed_words

GUIDE_DIR = Path(__file__).resolve().parents[1] / "teacher_guide"
LANGUAGES = ("en", "ru", "kk")
TRANSLATIONS = ("ru", "kk")
ALL_PAGES = sorted(p.name for p in GUIDE_DIR.glob("*.md"))

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_KBD = re.compile(r"<kbd>(.*?)</kbd>")
_INLINE_CODE = re.compile(r"`([^`\n]+)`")
_LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
# Key names that must be written as <kbd>…</kbd>, so that the comparison across languages sees every one.
_BARE_KEY = re.compile(r"\b(?:Space|Enter|Esc|Tab|Ctrl|F\d{1,2})\b")


@dataclass
class Section:
    """One part of a guide: its heading and what it holds that must agree across languages."""

    heading: str
    levels: list[int] = field(default_factory=list)
    table_rows: int = 0
    keys: set[str] = field(default_factory=set)
    code: set[str] = field(default_factory=set)
    prose: list[str] = field(default_factory=list)


def parse_sections(text: str) -> list[Section]:
    """Split a Markdown page at its level-1 and level-2 headings, ignoring anything inside code fences."""
    sections = [Section("(before the first heading)")]
    in_fence = False
    for line in text.splitlines():
        current = sections[-1]
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            if line.strip():
                current.code.add(line.strip())
            continue
        heading = _HEADING.match(line)
        if heading:
            level = len(heading.group(1))
            if level <= 2:
                current = Section(heading.group(2))
                sections.append(current)
            current.levels.append(level)
            continue
        if line.lstrip().startswith("|") and not re.fullmatch(r"\s*\|[\s|:-]+\|?\s*", line):
            current.table_rows += 1
        current.keys.update(_KBD.findall(line))
        current.code.update(code.strip() for code in _INLINE_CODE.findall(line))
        current.prose.append(_INLINE_CODE.sub(" ", _KBD.sub(" ", line)))
    return sections


def relative_links(text: str) -> list[str]:
    """The targets of Markdown links that point into the repository (no web addresses, no same-page anchors)."""
    return [target for target in _LINK.findall(text) if not _SCHEME.match(target) and not target.startswith("#")]


def bare_keys(section: Section) -> list[str]:
    """Key names written in the text without <kbd>, which the cross-language comparison would miss."""
    return [key for line in section.prose for key in _BARE_KEY.findall(line)]


def guide(lang: str) -> list[Section]:
    """The sections of the Integrity Hour guide in one language."""
    return parse_sections((GUIDE_DIR / f"integrity-hour.{lang}.md").read_text(encoding="utf-8"))


def _side_by_side(lang: str, describe: Callable[[Section], object]) -> str:
    english, other = guide("en"), guide(lang)
    rows = [f"  en: {describe(a)!s:<60}  {lang}: {describe(b)!s}" for a, b in zip(english, other)]
    return "\n".join(rows + [f"  (en has {len(english)} parts, {lang} has {len(other)})"])


# -- the checks themselves can fail ---------------------------------------------
def test_headings_inside_code_fences_are_not_sections():
    sections = parse_sections("# Title\n```\n# a shell comment\n```\n## One\n### A\n### B\n## Two\n")
    assert [s.heading for s in sections[1:]] == ["Title", "One", "Two"]
    assert [s.levels for s in sections[1:]] == [[1], [2, 3, 3], [2]]
    assert sections[1].code == {"# a shell comment"}


def test_keys_outside_kbd_are_reported_and_table_rules_are_not_rows():
    section = parse_sections("## Keys\n| Key | Does |\n|---|---|\n| <kbd>Esc</kbd> | Menu |\nPress Enter.\n")[1]
    assert section.table_rows == 2 and section.keys == {"Esc"}
    assert bare_keys(section) == ["Enter"]


def test_links_to_web_pages_and_anchors_are_not_relative():
    text = "[a](vote-cards.md) [b](https://example.org/x.md) [c](#privacy) [d](results-export.md#json \"JSON\")"
    assert relative_links(text) == ["vote-cards.md", "results-export.md#json"]


def test_a_latin_o_inside_a_cyrillic_word_is_found():
    assert [m.word for m in mixed_words("Нажмите кнопку Start и прoверьте")] == ["прoверьте"]


# -- the three guides ------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_guide_exists_with_a_title_and_sections(lang: str):
    sections = guide(lang)
    assert sections[1].levels == [1], f"integrity-hour.{lang}.md must start with one '# ' title"
    assert sum(levels.count(2) for levels in (s.levels for s in sections)) >= 7


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_translation_has_the_same_sections_and_subsections_in_order(lang: str):
    english, other = guide("en"), guide(lang)
    assert [s.levels for s in other] == [s.levels for s in english], (
        f"integrity-hour.{lang}.md: headings differ from the English guide (levels per section):\n"
        + _side_by_side(lang, lambda s: (s.heading[:40], s.levels)))


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_translation_has_the_same_table_rows_per_section(lang: str):
    english, other = guide("en"), guide(lang)
    assert [s.table_rows for s in other] == [s.table_rows for s in english], (
        f"integrity-hour.{lang}.md: tables differ from the English guide (rows per section):\n"
        + _side_by_side(lang, lambda s: (s.heading[:40], s.table_rows)))


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_translation_mentions_the_same_keys_in_each_section(lang: str):
    for english, other in zip(guide("en"), guide(lang), strict=True):
        assert other.keys == english.keys, (
            f"integrity-hour.{lang}.md, section '{other.heading}': keys differ from the English '{english.heading}': "
            f"missing {sorted(english.keys - other.keys)}, extra {sorted(other.keys - english.keys)}")


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_translation_has_the_same_command_lines_in_each_section(lang: str):
    for english, other in zip(guide("en"), guide(lang), strict=True):
        assert other.code == english.code, (
            f"integrity-hour.{lang}.md, section '{other.heading}': code and command lines differ from the English "
            f"'{english.heading}': missing {sorted(english.code - other.code)}, "
            f"extra {sorted(other.code - english.code)}")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_key_is_marked_with_kbd(lang: str):
    found = {s.heading: bare_keys(s) for s in guide(lang) if bare_keys(s)}
    assert not found, f"integrity-hour.{lang}.md: write these keys as <kbd>…</kbd>: {found}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_guide_links_to_the_vote_cards_and_the_results_guide(lang: str):
    text = (GUIDE_DIR / f"integrity-hour.{lang}.md").read_text(encoding="utf-8")
    targets = {target.split("#")[0] for target in relative_links(text)}
    assert {"vote-cards.md", "results-export.md"} <= targets


# -- every page of teacher_guide/ ------------------------------------------------
@pytest.mark.parametrize("page", ALL_PAGES)
def test_relative_links_point_to_files_that_exist(page: str):
    path = GUIDE_DIR / page
    broken = [t for t in relative_links(path.read_text(encoding="utf-8"))
              if not (path.parent / t.split("#")[0]).exists()]
    assert not broken, f"teacher_guide/{page}: these links point to no file: {broken}"


@pytest.mark.parametrize("page", ALL_PAGES)
def test_no_latin_look_alikes_inside_cyrillic_words(page: str):
    lines = (GUIDE_DIR / page).read_text(encoding="utf-8").splitlines()
    found = [f"teacher_guide/{page}:{number}: {word}" for number, line in enumerate(lines, 1)
             for word in mixed_words(line)]
    assert not found, "\n".join(found)


def test_readme_lists_every_guide():
    linked = {t.split("#")[0] for t in relative_links((GUIDE_DIR / "README.md").read_text(encoding="utf-8"))}
    missing = [page for page in ALL_PAGES if page != "README.md" and page not in linked]
    assert not missing, f"teacher_guide/README.md: add a link to {missing}"


# -- commands quoted in the guides -----------------------------------------------
_COMMAND = "play-for-integrity"


def quoted_commands(text: str) -> list[str]:
    """Every `play-for-integrity ...` command a page quotes, in code blocks or inline code."""
    found, in_fence = [], False
    for line in text.splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        spans = [line.strip()] if in_fence else _INLINE_CODE.findall(line)
        found += [span.strip() for span in spans if span.strip().split(" ")[0] == _COMMAND]
    return found


def command_error(command: str) -> str | None:
    """What the program's own argument parser says about `command`, or None when it accepts it."""
    import contextlib
    import io
    import shlex

    from play_for_integrity.cli import build_parser

    errors = io.StringIO()
    try:
        with contextlib.redirect_stderr(errors), contextlib.redirect_stdout(io.StringIO()):
            build_parser().parse_args(shlex.split(command)[1:])
    except SystemExit:
        return errors.getvalue().strip().splitlines()[-1] if errors.getvalue().strip() else "exits at once"
    return None


def test_quoted_commands_are_found_in_blocks_and_inline_code():
    text = "Run `play-for-integrity validate` or `python -m x`.\n```\nplay-for-integrity i18n status --list\n```\n"
    assert quoted_commands(text) == ["play-for-integrity validate", "play-for-integrity i18n status --list"]


def test_a_command_the_program_does_not_know_is_reported():
    assert command_error("play-for-integrity i18n status --list") is None
    assert "invalid choice" in command_error("play-for-integrity i18n stats")
    assert "unrecognized arguments" in command_error("play-for-integrity i18n status --all")


@pytest.mark.parametrize("page", ALL_PAGES)
def test_every_quoted_command_is_accepted_by_the_program(page: str):
    commands = quoted_commands((GUIDE_DIR / page).read_text(encoding="utf-8"))
    wrong = [f"{command}  ->  {error}" for command in commands if (error := command_error(command))]
    assert not wrong, f"teacher_guide/{page}: the program does not accept these commands:\n" + "\n".join(wrong)


def test_the_authoring_guide_walks_through_the_whole_workflow():
    commands = {" ".join(c.split()[:3]) for c in quoted_commands((GUIDE_DIR / "authoring.md").read_text("utf-8"))}
    for step in ("play-for-integrity validate", "play-for-integrity play --scenario", "play-for-integrity screenshot",
                 "play-for-integrity i18n update", "play-for-integrity i18n status", "play-for-integrity i18n check"):
        assert any(c.startswith(step) for c in commands), f"teacher_guide/authoring.md: quote '{step} ...'"
