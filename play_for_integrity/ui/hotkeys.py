"""Which keys each screen answers to, for the help overlay (F1 or ?): a key's label and what it does, as msgids."""

from __future__ import annotations

from play_for_integrity.i18n import N_

Hotkey = tuple[str, str]
"""(the key as printed on the keyboard, or a msgid in NAMED for a key with a name; what it does, a msgid)."""

NAMED = frozenset((N_("Tab / arrows"), N_("Space / Enter"), N_("PgDn / Right"), N_("PgUp / Left")))
"""Keys whose names are translated (the others are printed on the keys as they are)."""

EVERYWHERE: tuple[Hotkey, ...] = (
    ("F1 / ?", N_("This list of keys")),
    ("F11", N_("Full screen on or off")),
    ("Tab / arrows", N_("Move the focus ring")),
    ("Enter", N_("Press the button with the focus ring")),
    ("Esc", N_("Back")),
)

CARD: tuple[Hotkey, ...] = (
    ("T", N_("Start or pause the team-talk timer")),
    ("+ / -", N_("15 seconds more or less on the timer")),
    ("S", N_("Skip the card")),
    ("Esc", N_("Back to the board (the card waits)")),
)

PAGES: tuple[Hotkey, ...] = (
    ("PgDn / Right", N_("Next page")),
    ("PgUp / Left", N_("Previous page")),
)

SCREENS: dict[str, tuple[Hotkey, ...]] = {
    "dilemma": (("1–4", N_("Choose that answer")),),
    "board": (
        ("Space / Enter", N_("Roll the dice, or show the card that waits")),
        ("U / Ctrl+Z", N_("Undo the last move")),
        ("M", N_("Menu: pause, settings, end or leave")),
        ("E", N_("End the game")),
        ("Esc", N_("Leave the board (the game is saved)")),
    ),
    "board-dilemma": (
        ("A–D / 1–4", N_("The team's answer (on the page with the options)")),
        *PAGES,
        *CARD,
    ),
    "task-card": (
        ("1", N_("Right: two squares on")),
        ("2", N_("Not yet: the team stays")),
        ("K", N_("Show or hide the answer key")),
        *CARD,
    ),
    "board-feedback": (("Enter", N_("Next page, then continue")), *PAGES),
    "vote": (
        ("0–9", N_("How many pupils chose the option, in its box")),
        ("Enter", N_("Next page; on the options' page, show the result")),
        *PAGES,
        ("C", N_("Answer cards: the camera reads the pupils' cards")),
        ("S", N_("Skip the story")),
        ("E", N_("End the vote")),
        ("T", N_("Start or pause the team-talk timer")),
        ("+ / -", N_("15 seconds more or less on the timer")),
    ),
    "vote-talk": (("Enter", N_("Next page, then continue")), *PAGES),
    "vote-end": (
        ("Enter", N_("Talk about the vote, then back to the title")),
        ("Esc", N_("Back to the title")),
    ),
    "vote-scan": (
        ("Enter", N_("Close the vote")),
        ("Esc", N_("Type the counts")),
    ),
    "vote-result": (
        ("A–D", N_("Show the feedback on an option (on a tie: the option the story follows)")),
        ("F", N_("Fix the counts")),
        ("PgDn / PgUp", N_("Turn the feedback's pages")),
    ),
}


def hotkeys(screen: str) -> tuple[Hotkey, ...]:
    """The keys of the screen called `screen`, then those that work everywhere (but not a key the screen gives a
    meaning of its own, such as Esc on the board)."""
    own = SCREENS.get(screen, ())
    taken = {key for key, _ in own}
    return (*own, *(hotkey for hotkey in EVERYWHERE if hotkey[0] not in taken))


def key_label(tr, key: str) -> str:
    """The key's name as the screen shows it: translated where it is a word."""
    return tr.gettext(key) if key in NAMED else key
