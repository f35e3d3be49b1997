"""Column headers and sheet names of the exports, as English message ids translated at export time."""

from __future__ import annotations

from collections.abc import Callable

from play_for_integrity.i18n.languages import N_

Translate = Callable[[str], str]


def identity(message: str) -> str:
    return message


# TRANSLATORS: an Excel sheet name (at most 31 characters, none of []:*?/\).
OVERVIEW_SHEET = N_("Overview")
# TRANSLATORS: an Excel sheet name and a column header: the number of answers.
ANSWERS_SHEET = N_("Answers")
# TRANSLATORS: an Excel sheet name for a scenario whose title is unknown; keep {id} (e.g. found-wallet) as it is.
SCENARIO_SHEET = N_("Scenario {id}")

# TRANSLATORS: the last row of a full Excel sheet (over a million rows); keep {sheet}, the next sheet's name.
CONTINUES = N_("Continued on the sheet {sheet}")

SESSION_ID = N_("Session id")
STARTED = N_("Started")
ENDED = N_("Ended")
CLASS = N_("Class")
MODE = N_("Mode")
AGE_BAND = N_("Age band")
LANGUAGE = N_("Language")
PARTICIPANT = N_("Participant")
PARTICIPANT_ID = N_("Participant id")
FINISHED = N_("Finished")
ANSWER_COUNT = N_("Answers")

ANSWERED_AT = N_("Answered at")
# The text columns (in the export's language) sit next to the id columns the game and merging use.
# TRANSLATORS: a column header: the scenario's title.
SCENARIO = N_("Scenario")
# TRANSLATORS: a column header: the scenario's id in the scenario files, e.g. found-wallet.
SCENARIO_ID = N_("Scenario id")
STORY_STEP = N_("Story step")
# TRANSLATORS: a column header: the text of the option the pupil chose.
CHOICE = N_("Choice")
# TRANSLATORS: a column header: the chosen option's id in the scenario files, e.g. give-notebook.
CHOICE_ID = N_("Choice id")
# TRANSLATORS: a column header: what the choice does on the board (Ladder, Stay, Snake).
BOARD_MOVE = N_("Board move")
# TRANSLATORS: a column header: the board move as the files write it (ladder, stay or snake).
BOARD_MOVE_ID = N_("Board move id")
# The board moves' names; the teacher view's chart legend uses the same message ids.
MOVE_NAMES = {"ladder": N_("Ladder"), "stay": N_("Stay"), "snake": N_("Snake")}
VOTES = N_("Votes")
SECONDS = N_("Seconds to decide")
ANSWER_ID = N_("Answer id")

FORBIDDEN_IN_SHEET_NAMES = set('[]:*?/\\')
SHEET_NAME_MAX = 31


def sheet_name(wanted: str, taken: set[str]) -> str:
    """A valid, unique Excel sheet name: no []:*?/\\, not starting or ending with ', at most 31 characters.

    `taken` holds the lower-cased names already used (Excel compares them case-insensitively); it is updated.
    """
    cleaned = "".join("_" if ch in FORBIDDEN_IN_SHEET_NAMES or ch < " " else ch for ch in wanted)
    cleaned = cleaned.strip().strip("'").strip() or "Sheet"
    if cleaned.lower() == "history":  # reserved by Excel
        cleaned += "_"
    name = cleaned[:SHEET_NAME_MAX].rstrip(" '")
    counter = 2
    while name.lower() in taken:
        suffix = f" ({counter})"
        name = cleaned[:SHEET_NAME_MAX - len(suffix)].rstrip(" '") + suffix
        counter += 1
    taken.add(name.lower())
    return name
