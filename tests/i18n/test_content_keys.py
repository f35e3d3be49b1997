"""Content contexts are stable ids, and the Translator's helpers look scenario texts up under them."""

from __future__ import annotations

import pytest

from play_for_integrity.content.model import Band, Choice, Provenance, Scenario, StoryNode, Topic, Value
from play_for_integrity.content.task_cards import TaskCard
from play_for_integrity.i18n import content_keys as keys
from play_for_integrity.i18n import load_translator
from tests.i18n.helpers import write_po

CHOICE = Choice("own", "Write your own answer.", {"honesty": 2}, "ladder", "Well done.")
NODE = StoryNode("start", "Aruzhan sees the answers.", (CHOICE, Choice("look", "Look.", {}, "snake", "Hm.")))
SCENARIO = Scenario("spelling-test", "6-10", ("exams",), "The spelling test", "Say no to copying.",
                    {"start": NODE}, ("Why do people copy?", "What could you say?"),
                    Provenance("a", "b", "CC BY 4.0", "draft"))

RU = '''msgctxt "spelling-test/title"
msgid "The spelling test"
msgstr "Диктант"

msgctxt "spelling-test/objective"
msgid "Say no to copying."
msgstr "Сказать «нет» списыванию."

msgctxt "spelling-test/start/story"
msgid "Aruzhan sees the answers."
msgstr "Аружан видит ответы."

msgctxt "spelling-test/start/own/text"
msgid "Write your own answer."
msgstr "Написать свой ответ."

msgctxt "spelling-test/start/own/feedback"
msgid "Well done."
msgstr "Молодец."

msgctxt "spelling-test/discussion/2"
msgid "What could you say?"
msgstr "Что можно сказать?"

msgctxt "band/6-10/name"
msgid "Ages 6-10"
msgstr "6-10 лет"

msgctxt "value/honesty/description"
msgid "Telling the truth."
msgstr "Говорить правду."

msgctxt "topic/exams/name"
msgid "Tests and exams"
msgstr "Контрольные и экзамены"

msgctxt "task/found-money/text"
msgid "Act out what you do with money you find."
msgstr "Покажите, что вы сделаете с найденными деньгами."

msgctxt "task/found-money/teacher"
msgid "Right if the money goes back to its owner."
msgstr "Верно, если деньги вернулись к хозяину."
'''


@pytest.fixture
def ru(tmp_path):
    write_po(tmp_path, "ru", RU)
    return load_translator("ru", tmp_path)


def test_the_context_formats_are_the_documented_ones():
    assert keys.title_key("s") == "s/title"
    assert keys.objective_key("s") == "s/objective"
    assert keys.discussion_key("s", 1) == "s/discussion/1"
    assert keys.story_key("s", "n") == "s/n/story"
    assert keys.choice_text_key("s", "n", "c") == "s/n/c/text"
    assert keys.feedback_key("s", "n", "c") == "s/n/c/feedback"
    assert keys.scenario_key("s", "n", "c", "text") == "s/n/c/text"
    assert (keys.band_key("6-10", "grades"), keys.value_key("honesty", "name"), keys.topic_key("exams")) == (
        "band/6-10/grades", "value/honesty/name", "topic/exams/name")


def test_an_unknown_catalog_field_is_refused():
    with pytest.raises(ValueError, match="no translatable field 'title'"):
        keys.band_key("6-10", "title")
    with pytest.raises(ValueError, match="no translatable field 'kind'"):
        keys.task_key("found-money", "kind")


def test_task_card_contexts_cannot_meet_a_scenario_context():
    """A scenario called 'task' has no 3-part key ending in text/teacher (node keys end in story)."""
    assert (keys.task_key("found-money", "text"), keys.task_key("found-money", "teacher")) == (
        "task/found-money/text", "task/found-money/teacher")
    scenario_keys = {keys.story_key("task", "found-money"), keys.title_key("task"), keys.discussion_key("task", 1),
                     keys.choice_text_key("task", "found-money", "text")}
    assert not scenario_keys & {keys.task_key("found-money", f) for f in keys.TASK_FIELDS}


def test_task_helpers_translate_the_card_and_the_teachers_note(ru):
    card = TaskCard("found-money", "all", "act", "Act out what you do with money you find.",
                    "Right if the money goes back to its owner.")
    assert ru.task_text(card) == "Покажите, что вы сделаете с найденными деньгами."
    assert ru.task_note(card) == "Верно, если деньги вернулись к хозяину."


def test_an_untranslated_task_card_shows_its_english_text(ru):
    card = TaskCard("other-card", "all", "act", "Act out what you do with money you find.", "Right if kind.")
    assert (ru.task_text(card), ru.task_note(card)) == (card.text, card.teacher)


def test_discussion_questions_count_from_one():
    with pytest.raises(ValueError):
        keys.discussion_key("s", 0)


def test_scenario_helpers_translate_each_part(ru):
    assert (ru.scenario_title(SCENARIO), ru.content_text(SCENARIO, "objective"), ru.story(SCENARIO, NODE)) == (
        "Диктант", "Сказать «нет» списыванию.", "Аружан видит ответы.")
    assert (ru.choice_text(SCENARIO, NODE, CHOICE), ru.feedback(SCENARIO, NODE, CHOICE)) == (
        "Написать свой ответ.", "Молодец.")


def test_discussion_gives_a_list_with_english_for_the_untranslated_question(ru):
    assert ru.discussion(SCENARIO) == ["Why do people copy?", "Что можно сказать?"]


def test_an_untranslated_choice_shows_its_english_text(ru):
    look = NODE.choices[1]
    assert ru.choice_text(SCENARIO, NODE, look) == "Look."


def test_catalog_helpers_translate_bands_values_topics(ru):
    band = Band("6-10", "Ages 6-10", 6, 10, "Grades 1-4", "Primary school.")
    assert ru.band_name(band) == "6-10 лет" and ru.band_grades(band) == "Grades 1-4"
    assert ru.value_description(Value("honesty", "Honesty", "Telling the truth.")) == "Говорить правду."
    assert ru.topic_name(Topic("exams", "Tests and exams")) == "Контрольные и экзамены"


def test_the_same_english_text_in_another_scenario_is_not_mistranslated(ru):
    other = Scenario("other", "6-10", ("exams",), "The spelling test", "x", {"start": NODE}, ("q",),
                     Provenance("a", "b", "c", "draft"))
    assert ru.scenario_title(other) == "The spelling test"


def test_the_generic_look_up_finds_any_declared_text_by_item_field_and_holders(ru):
    assert ru.content_text(CHOICE, "feedback", SCENARIO, NODE) == "Молодец."
    assert ru.content_text(SCENARIO, "discussion", number=2) == "Что можно сказать?"
    assert ru.content_texts(SCENARIO, "discussion") == ru.discussion(SCENARIO)
    assert ru.content_text(Value("honesty", "Honesty", "Telling the truth."), "description") == "Говорить правду."


def test_the_generic_look_up_names_what_is_missing_or_wrong(ru):
    with pytest.raises(ValueError, match="pass the scenario it belongs to"):
        ru.content_text(CHOICE, "text")
    with pytest.raises(ValueError, match="no translatable field 'board'"):
        ru.content_text(CHOICE, "board", SCENARIO, NODE)
    with pytest.raises(TypeError, match="not a content item"):
        ru.content_text("found-wallet", "title")


def test_every_translated_field_of_the_declaration_has_a_context_format_of_its_own():
    from play_for_integrity.content.declaration import TYPES

    address = {"scenario": "s", "node": "n", "choice": "c", "task": "t", "band": "b", "value": "v", "topic": "p",
               "number": 1}
    contexts = [ctype.context(name, **address) for ctype in TYPES.values() for name in ctype.translated]
    assert len(contexts) == len(set(contexts)) == 16


def test_questions_of_the_steps_the_class_saw_come_first_in_their_language(tmp_path):
    from dataclasses import replace
    later = StoryNode("later", "Later.", (), 0, ("Was it worth it?",))
    scenario = replace(SCENARIO, nodes={"start": NODE, "later": later}, teacher_note="Listen for excuses.")
    write_po(tmp_path, "ru", RU + '''
msgctxt "spelling-test/later/discussion/1"
msgid "Was it worth it?"
msgstr "Стоило ли оно того?"

msgctxt "spelling-test/teacher_note"
msgid "Listen for excuses."
msgstr "Обратите внимание на оправдания."
''')
    tr = load_translator("ru", tmp_path)
    assert tr.discussion(scenario) == ["Why do people copy?", "Что можно сказать?"]
    assert tr.discussion(scenario, ("start", "later")) == ["Стоило ли оно того?", "Why do people copy?",
                                                           "Что можно сказать?"]
    assert tr.teacher_note(scenario) == "Обратите внимание на оправдания."
    assert tr.objective(scenario) == "Сказать «нет» списыванию."
