"""Every content type declared once: the parser, the JSON Schema, the extractor and the translator read this."""

from __future__ import annotations

from play_for_integrity.content.fields import (
    AssetPath,
    ContentType,
    Field,
    Id,
    ListOf,
    MapOf,
    Nested,
    OneOf,
    Text,
    Translation,
    Whole,
)

# The longest texts that still fit every screen that shows them, in English at 1024x768 with four choices
# (tests/content/test_limits_fit.py draws a scenario at these limits). Translations run 15-35 % longer and
# are checked on the screens themselves (`validate`, `i18n check`), so aim well below them.
TITLE_MAX = 40
STORY_MAX = 400
CHOICE_MAX = 90
FEEDBACK_MAX = 280
QUESTION_MAX = 90
QUESTIONS_MAX = 4
NAME_MAX = 40
DESCRIPTION_MAX = 240
EFFECT_MIN = -2
EFFECT_MAX = 2
BOARD_MOVES = ("ladder", "stay", "snake")
REVIEW_STATUSES = ("draft", "reviewed", "approved")
TASK_KINDS = ("name", "act", "discuss", "draw")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
TEACHER_NOTE_MAX = 500
NODE_QUESTIONS_MAX = 2
PICTURE_PEOPLE_MAX = 3
PICTURE_OBJECTS_MAX = 2
SHAPES = ("branching", "single-step")
TOPIC_KINDS = ("theme", "setting")
# The six values of the "Adal azamat" upbringing programme (compulsory in Kazakhstan's schools since
# 1 September 2025); each integrity value names the ones it serves, so a teacher can report against them.
PROGRAMME_VALUES = ("independence-patriotism", "unity-solidarity", "justice-responsibility", "law-order",
                    "diligence-professionalism", "creativity-innovation")

PICTURE = ContentType("picture", "Who is in the story and the object at stake, drawn from assets/pictures.", (
    Field("people", ListOf(Id(), "person", 1, PICTURE_PEOPLE_MAX, unique=True), "the people of the picture",
          "1 to 3 person ids from assets/pictures/pictures.yaml, e.g. girl, teacher-woman."),
    Field("objects", ListOf(Id(), "object", 0, PICTURE_OBJECTS_MAX, unique=True), "the objects of the picture",
          "0 to 2 object ids from assets/pictures/pictures.yaml, e.g. gift, test-paper.", required=False),
), label="the picture")

PROVENANCE = ContentType("provenance", "Who wrote the scenario, from what, under which licence, and its review.", (
    Field("author", Text(120), "the author", "Who wrote the scenario."),
    Field("source", Text(240), "the source", "Whether the text is original and what inspired or was adapted."),
    Field("licence", Text(80), "the licence", "The licence of the text, e.g. CC BY 4.0."),
    Field("status", OneOf(REVIEW_STATUSES, (
        ("draft", "written, not yet checked by anyone else"),
        ("reviewed", "another teacher has checked the age fit, facts and language"),
        ("approved", "accepted by the curriculum lead for use in class"))), "the review status", "Review status."),
), label="provenance")

CHOICE = ContentType("choice", "One option: its graded effects, board move, feedback and where it leads.", (
    Field("id", Id(), "the choice id", "Id of the choice, unique within its node."),
    Field("text", Text(CHOICE_MAX), "the choice text", "What the player can choose.",
          translation=Translation("{scenario}/{node}/{choice}/text", "Choice “{choice}” at step “{node}”")),
    Field("effects", MapOf(Id(), Whole(EFFECT_MIN, EFFECT_MAX), "the value", "the effect on {key}", "effect"),
          "effects", "Value id from scenarios/values.yaml -> grade from -2 to +2."),
    Field("board", OneOf(BOARD_MOVES, (
        ("ladder", "the team climbs a ladder (the best options)"),
        ("stay", "the team stays (not wrong, but something better was possible)"),
        ("snake", "the team slides down a snake (clearly poor options)"))),
        "the board move", "Team board game: ladder up, stay, or snake down."),
    Field("feedback", Text(FEEDBACK_MAX, line_breaks=True), "the feedback", "Why this option is better or worse.",
          translation=Translation("{scenario}/{node}/{choice}/feedback",
                                  "Feedback after choice “{choice}” at step “{node}”")),
    Field("next", Id(), "next", "Node to go to after the feedback; omit to end the story.", required=False),
), label="a choice of node '{node}'")

NODE = ContentType("node", "A step of the story: a situation with choices, or an ending when it has none.", (
    Field("story", Text(STORY_MAX, line_breaks=True), "the story of {owner}", "What happens at this step.",
          translation=Translation("{scenario}/{node}/story", "Story of step “{node}”")),
    Field("choices", ListOf(Nested(CHOICE), "choice", 2, 4), "the choices of {owner}",
          "2 to 4 options. A node without choices is an ending.", required=False),
    Field("discussion", ListOf(Text(QUESTION_MAX), "discussion question", 1, NODE_QUESTIONS_MAX),
          "the discussion of {owner}",
          "Optional: 1 or 2 questions shown only when the class has seen this step.", required=False,
          translation=Translation("{scenario}/{node}/discussion/{number}",
                                  "Discussion question {number}, shown after step “{node}”")),
), label="node '{node}'")

SCENARIO = ContentType(
    "scenario",
    "One dilemma scenario. The story starts at the first node listed under 'nodes'. See teacher_guide/authoring.md.", (
        Field("id", Id(), "the scenario id", "Unique id of the scenario, e.g. 'found-wallet'."),
        Field("band", Id(), "the band", "Age band id from scenarios/bands.yaml: 6-10, 11-14 or 15-18."),
        Field("topics", ListOf(Id(), "topic", 1, 6), "topics", "Topic ids from scenarios/topics.yaml."),
        Field("title", Text(TITLE_MAX), "the title", "Short title shown in the game.",
              translation=Translation("{scenario}/title", "Scenario title")),
        Field("objective", Text(300, line_breaks=True), "the learning objective",
              "Learning objective, for the teacher.",
              translation=Translation("{scenario}/objective", "Learning objective (for the teacher)")),
        Field("shape", OneOf(SHAPES, (
            ("branching", "the first answer leads on to another step (the default)"),
            ("single-step", "one decision: every first answer ends the story"))),
            "the shape", "Optional: 'single-step' for a story of one decision; omit it for a branching story.",
            required=False),
        Field("picture", Nested(PICTURE), "the picture",
              "Who is in the story and the object at stake, shown on the dilemma screens and cards.",
              required=False),
        Field("image", AssetPath(200, IMAGE_SUFFIXES), "the image",
              "Optional picture, a path inside assets/, e.g. images/wallet.png.", required=False),
        Field("nodes", MapOf(Id(), Nested(NODE), "the node id", "node '{key}'", "node", 1, 40,
                             "split it into several scenarios"),
              "nodes", "The steps of the story, by id. The first one is where the story starts."),
        Field("discussion", ListOf(Text(QUESTION_MAX), "discussion question", 1, QUESTIONS_MAX), "discussion",
              "Questions for the teacher to lead a class discussion.",
              translation=Translation("{scenario}/discussion/{number}", "Discussion question {number}")),
        Field("teacher_note", Text(TEACHER_NOTE_MAX, line_breaks=True), "the teacher note",
              "For the teacher: what to listen for, the likely trap, and a local fact or law when it helps.",
              required=False,
              translation=Translation("{scenario}/teacher_note", "Teacher note (for the teacher)")),
        Field("provenance", Nested(PROVENANCE), "provenance",
              "Author, source, licence and review status (all four)."),
    ), label="the scenario", about="Scenario “{title}” ({scenario}), age band {band}.")

TASK = ContentType("task", "One task a team does aloud in a minute or two; the teacher judges it right or not yet.", (
    Field("id", Id(), "the task card id", "Unique id of the card, e.g. 'safe-grown-up'."),
    Field("kind", OneOf(TASK_KINDS, (
        ("name", "the team names or lists things aloud"),
        ("act", "the team acts out a short scene"),
        ("discuss", "the team discusses a quick case and agrees on an answer"),
        ("draw", "the team draws or designs something, such as a poster"))),
        "the card kind", "What the team does. The game shows an icon for each."),
    Field("text", Text(200), "the text of {owner}", "The task, read aloud to the class.",
          translation=Translation("task/{task}/text", "Task card, read aloud to the class")),
    Field("teacher", Text(240), "the teacher's note of {owner}", "What counts as 'right'; shown small to the teacher.",
          translation=Translation("task/{task}/teacher",
                                  "When the teacher judges the task right (shown small to the teacher)")),
    Field("values", ListOf(Id(), "value", 1, unique=True), "the values of {owner}",
          "Optional: value ids from scenarios/values.yaml that the task practises.", required=False),
), label="a task card", named_label="the task card '{task}'", about="Task card “{task}” ({kind}), {audience}.")

TASK_FILE = ContentType(
    "task file",
    "Task cards for the team board game, all of one age band. Save as scenarios/tasks/<band>.yaml, "
    "or all-bands.yaml for band 'all'. See teacher_guide/authoring.md.", (
        Field("band", Id(), "the band", "Age band id from scenarios/bands.yaml (6-10, 11-14, 15-18), "
              "or 'all' for cards that suit every age. Must match the file name."),
        Field("cards", ListOf(Nested(TASK), "task card", 1, 100), "cards",
              "The task cards. Each id must be unique across all task files."),
    ), label="the task file")

BAND = ContentType("band", "An age band such as 6-10 (grades 1-4).", (
    Field("id", Id(), "the band id", "Id of the band, also the name of its scenarios folder."),
    Field("name", Text(NAME_MAX), "the band name", "Name of the band.",
          translation=Translation("band/{band}/name", "Age band name")),
    Field("min_age", Whole(3, 25), "min_age", "The youngest age."),
    Field("max_age", Whole(3, 25), "max_age", "The oldest age."),
    Field("grades", Text(NAME_MAX), "grades", "The school grades.",
          translation=Translation("band/{band}/grades", "School grades of an age band")),
    Field("description", Text(DESCRIPTION_MAX, line_breaks=True), "the band description", "Who the band is for.",
          translation=Translation("band/{band}/description", "Age band description")),
), label="a band", about="The band with id “{band}”.")

VALUE = ContentType("value", "An integrity value a choice is scored on, such as honesty.", (
    Field("id", Id(), "the value id", "Id of the value."),
    Field("name", Text(NAME_MAX), "the value name", "Name of the value.",
          translation=Translation("value/{value}/name", "Integrity value name")),
    Field("description", Text(DESCRIPTION_MAX, line_breaks=True), "the value description", "What the value means.",
          translation=Translation("value/{value}/description", "Integrity value description")),
    Field("programme", ListOf(OneOf(PROGRAMME_VALUES), "programme value", 1, 2, unique=True), "the programme values",
          "Optional: the 'Adal azamat' programme values (1 or 2) this value serves.", required=False),
), label="a value", about="The value with id “{value}”.")

TOPIC = ContentType("topic", "A theme a scenario is about, such as gifts or exams.", (
    Field("id", Id(), "the topic id", "Id of the topic."),
    Field("name", Text(NAME_MAX), "the topic name", "Name of the topic.",
          translation=Translation("topic/{topic}/name", "Topic of scenarios")),
    Field("kind", OneOf(TOPIC_KINDS, (
        ("theme", "a theme of the curriculum that every band must cover"),
        ("setting", "where a story happens or what it is about (the default)"))),
        "the topic kind", "Optional: 'theme' for a curriculum theme; otherwise a setting.", required=False),
), label="a topic", about="The topic with id “{topic}”.")


def _catalog_file(entry: ContentType, plural: str) -> ContentType:
    return ContentType(f"{plural} file", f"The {plural} a scenario may name.",
                       (Field(plural, ListOf(Nested(entry), entry.name, 1), f"'{plural}'", f"The {plural}."),),
                       label="the file")


BANDS_FILE = _catalog_file(BAND, "bands")
VALUES_FILE = _catalog_file(VALUE, "values")
TOPICS_FILE = _catalog_file(TOPIC, "topics")

TYPES = {t.name: t for t in (SCENARIO, NODE, CHOICE, PROVENANCE, PICTURE, TASK_FILE, TASK, BAND, VALUE, TOPIC,
                             BANDS_FILE, VALUES_FILE, TOPICS_FILE)}
CATALOG_FILE_TYPES = (BANDS_FILE, VALUES_FILE, TOPICS_FILE)


def declared(name: str) -> ContentType:
    """The content type called `name` ('scenario', 'choice', 'task', 'band' ...)."""
    try:
        return TYPES[name]
    except KeyError:
        raise ValueError(f"no content type {name!r}; the types are: {', '.join(TYPES)}") from None
