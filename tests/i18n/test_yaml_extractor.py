"""The YAML extractor: golden .pot of a fixture folder, Babel's context protocol, tolerance of odd files."""

from __future__ import annotations

import io
import logging
import os

import yaml
from babel.messages.extract import extract
from babel.messages.pofile import write_po

from play_for_integrity.content.declaration import CHOICE
from play_for_integrity.content.library import load_library
from play_for_integrity.i18n import content_keys as keys
from play_for_integrity.i18n.extraction import content_tree, extract_template
from play_for_integrity.content.declaration import NODE
from play_for_integrity.content.declaration import SCENARIO as SCENARIO_TYPE
from play_for_integrity.i18n.yaml_extractor import content_messages, extract_yaml
from tests.i18n.helpers import FIXTURE_CONTENT, normalise_pot

GOLDEN = FIXTURE_CONTENT / "expected.pot"
SCENARIO = FIXTURE_CONTENT / "scenarios" / "6-10" / "spelling-test.yaml"
TASKS = FIXTURE_CONTENT / "scenarios" / "tasks" / "6-10.yaml"


def _fixture_pot() -> str:
    buffer = io.BytesIO()
    write_po(buffer, extract_template([content_tree(FIXTURE_CONTENT / "scenarios")]), width=76)
    return buffer.getvalue().decode("utf-8")


def test_fixture_folder_extracts_to_the_golden_pot():
    produced = _fixture_pot()
    if os.environ.get("UPDATE_GOLDEN"):  # UPDATE_GOLDEN=1 pytest tests/i18n -k golden, then review the diff
        GOLDEN.write_text(produced, encoding="utf-8")
    assert normalise_pot(produced) == normalise_pot(GOLDEN.read_text(encoding="utf-8"))


def test_babel_sees_each_text_with_its_context_and_line():
    with open(SCENARIO, "rb") as fileobj:
        found = list(extract(extract_yaml, fileobj))
    line, message, comments, context = found[0]
    assert (line, message, context) == (4, "The spelling test", "spelling-test/title")
    assert comments == [f"Scenario title; max {SCENARIO_TYPE.field('title').limit()} characters (English).",
                        "Scenario “The spelling test” (spelling-test), age band 6-10."]


def test_choice_texts_get_scenario_node_choice_contexts():
    with open(SCENARIO, "rb") as fileobj:
        contexts = [context for _line, _msg, _comments, context in extract(extract_yaml, fileobj)]
    assert "spelling-test/start/own/text" in contexts
    assert "spelling-test/start/own/feedback" in contexts
    assert contexts[-2:] == ["spelling-test/discussion/1", "spelling-test/discussion/2"]


def test_a_file_that_does_not_parse_is_skipped_with_a_warning(caplog):
    broken = FIXTURE_CONTENT / "scenarios" / "6-10" / "unfinished.yaml"
    with caplog.at_level(logging.WARNING), open(broken, "rb") as fileobj:
        assert list(extract(extract_yaml, fileobj)) == []
    assert "unfinished.yaml" in caplog.text and "skipped" in caplog.text


def test_a_yaml_file_of_unknown_format_is_skipped_with_a_warning(caplog):
    card = FIXTURE_CONTENT / "scenarios" / "tasks" / "card-01.yaml"
    with caplog.at_level(logging.WARNING), open(card, "rb") as fileobj:
        assert list(extract(extract_yaml, fileobj)) == []
    assert "card-01.yaml: skipped" in caplog.text


def test_task_cards_give_text_and_teacher_note_under_the_card_id():
    with open(TASKS, "rb") as fileobj:
        found = [(line, context) for line, _msg, _comments, context in extract(extract_yaml, fileobj)]
    assert found == [(5, "task/safe-grown-up/text"), (6, "task/safe-grown-up/teacher"),
                     (12, "task/honest-hero/text"), (15, "task/honest-hero/teacher")]


def test_task_card_comments_say_what_the_team_does_and_for_which_band():
    with open(TASKS, "rb") as fileobj:
        _line, message, comments, _context = list(extract(extract_yaml, fileobj))[2]
    assert message == "Draw a superhero called Honest Hero. Show one good thing Honest Hero does."
    assert "max 200 characters" in comments[0] and "read aloud" in comments[0]
    assert "“honest-hero”" in comments[1] and "draws" in comments[1] and "age band 6-10" in comments[1]


def test_percent_signs_in_content_are_not_taken_for_python_format():
    template = extract_template([content_tree(FIXTURE_CONTENT / "scenarios")])
    story = template.get(
        "Aruzhan sees the answers on her neighbour's desk. Only 10 % of the class know the hard word.",
        context="spelling-test/start/story")
    assert "python-format" not in story.flags and "no-python-format" in story.flags


def test_every_text_the_game_asks_for_is_in_the_template():
    """The extractor's msgids and contexts are exactly what the Translator helpers look up."""
    library = load_library()
    template = extract_template()
    asked = []
    for s in library.scenarios.values():
        asked += [(keys.title_key(s.id), s.title), (keys.objective_key(s.id), s.objective)]
        asked += [(keys.discussion_key(s.id, i), q) for i, q in enumerate(s.discussion, 1)]
        for node in s.nodes.values():
            asked.append((keys.story_key(s.id, node.id), node.story))
            for c in node.choices:
                asked += [(keys.choice_text_key(s.id, node.id, c.id), c.text),
                          (keys.feedback_key(s.id, node.id, c.id), c.feedback)]
    for band in library.bands.values():
        asked += [(keys.band_key(band.id, f), getattr(band, f)) for f in keys.BAND_FIELDS]
    for value in library.values.values():
        asked += [(keys.value_key(value.id, f), getattr(value, f)) for f in keys.VALUE_FIELDS]
    asked += [(keys.topic_key(t.id), t.name) for t in library.topics.values()]
    for card in library.tasks.values():
        asked += [(keys.task_key(card.id, "text"), card.text), (keys.task_key(card.id, "teacher"), card.teacher)]
    absent = [(context, text) for context, text in asked if template.get(text, context=context) is None]
    assert library.scenarios and library.tasks and not absent


def test_comments_name_the_scenario_by_its_id_when_title_or_band_is_missing():
    [story] = content_messages(yaml.compose("id: s1\nnodes:\n  start:\n    story: Hello.\n"))
    assert story.comments == (f"Story of step “start”; max {NODE.field('story').limit()} characters (English).",
                              "Scenario “s1” (s1), age band ?.")


def test_the_limits_in_the_comments_are_the_declared_ones():
    with open(SCENARIO, "rb") as fileobj:
        comments = {context: comments for _l, _m, comments, context in extract(extract_yaml, fileobj)}
    limit = CHOICE.field("feedback").limit()
    assert comments["spelling-test/start/own/feedback"][0].endswith(f"max {limit} characters (English).")
