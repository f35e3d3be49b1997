"""The printed kit's own words, as message ids (translated when a page is drawn)."""

from __future__ import annotations

from play_for_integrity.i18n import N_

TASK_KINDS = {"name": N_("Name it"), "act": N_("Act it out"), "discuss": N_("Talk it over"), "draw": N_("Draw it")}
MOVES = {"ladder": N_("ladder up"), "stay": N_("stay"), "snake": N_("snake down")}

CARD = N_("Card %(number)s")
DILEMMA = N_("Dilemma card")
ENDING = N_("An ending")
TASK = N_("Task card")
READ_NEXT = N_("read card %(number)s")
FOLLOWS = N_("Read this card if your team chose %(letter)s on card %(card)s.")
TEACHER_SHEET = N_("Play for Integrity: the teacher's sheet for the cards, %(band)s")
TEACHER_SHEET_INTRO = N_("Keep this sheet: it has the feedback for every choice on the dilemma cards, where each "
                         "choice moves the team on the board, and what counts as a good answer on each task card.")
THEN_CARD = N_("Then read card %(number)s.")
GOOD_ANSWER = N_("A good answer")
TASK_CARDS = N_("Task cards")
BOARD_SEAM = N_("Cut along the dashed line and lay this half over the other, so that the marks meet; then glue.")
TOKENS = N_("Team tokens: cut out one for each team.")
DIE = N_("A die: cut out, fold along the lines and glue the tabs inside.")
BOARD_TITLE = N_("Play for Integrity: the board for a %(minutes)s-minute game")
