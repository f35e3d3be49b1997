"""Demo states for the Integrity Hour screens: a seeded board game with six teams, a class vote with counts."""

from __future__ import annotations

from play_for_integrity.play.actions import Advance, AnswerCard, JudgeTask, Roll, SubmitVotes
from play_for_integrity.ui import scene_registry

TEAM_NAMES = {
    "kk": ("Сұңқарлар", "Барыстар", "Тұлпарлар", "Қырандар", "Жұлдыздар", "Бүркіттер"),
    "ru": ("Соколы", "Снежные барсы", "Орлы", "Звёзды", "Ракеты", "Дельфины"),
    "en": ("Falcons", "Snow leopards", "Eagles", "Stars", "Rockets", "Dolphins"),
}
DEMO_BAND = "11-14"


def demo_teams(session):
    from play_for_integrity.core.board_game import TOKEN_SHAPES, Team
    names = TEAM_NAMES.get(session.settings.language, TEAM_NAMES["en"])
    return [Team(name, i, TOKEN_SHAPES[i]) for i, name in enumerate(names)]


def demo_band(session) -> str:
    return DEMO_BAND if session.library.by_band(DEMO_BAND) else next(iter(session.library.bands))


def demo_board(app, stop: str | None = None, turns: int = 14):
    """A six-team game played with seeded dice until `turns` rolls, or until a card of kind `stop` is drawn."""
    session = app.session
    session.seed = 11
    hour = session.start_board("7Б", demo_band(session), 45, demo_teams(session))
    game = hour.game
    step = 0
    while not game.is_over:
        if game.phase == stop:
            break
        if game.phase == "roll":
            if stop is None and game.turns >= turns and sum(game.dilemmas_done) >= 4:
                break
            hour.dispatch(Roll())
        elif game.phase == "dilemma":
            choices = hour.node.choices  # the step the card has reached (a branching story)
            hour.dispatch(AnswerCard(choices[step % len(choices)].id))
        else:
            hour.dispatch(JudgeTask(step % 3 != 0))
        step += 1
    return hour


def demo_vote(app, tie: bool = False):
    session = app.session
    session.seed = 11
    hour = session.start_vote(demo_band(session), "5А")
    return hour, ([9, 9, 4, 2] if tie else [14, 6, 3, 1])


def _hour_start(app):
    demo_board(app)  # leaves a saved game, so the screen offers to continue it
    return scene_registry.make(app, "hour-start")


def _setup(app, mode: str):
    scene = scene_registry.make(app, "hour-setup", mode)
    scene.class_field.text = "7Б"
    scene.quarter = 2  # the same screen whatever the date
    for field, team in zip(scene.team_fields, TEAM_NAMES.get(app.session.settings.language, TEAM_NAMES["en"])):
        field.text = team
    return scene


def _board(app, rolling: bool):
    hour = demo_board(app)
    scene = scene_registry.make(app, "board", hour)
    if rolling:
        hour.dispatch(Roll())
        scene._animate(with_dice=True)
        scene.anim.advance(scene.anim.dice_time + scene.anim.walk_time / 2)
    return scene


def _board_feedback(app):
    hour = demo_board(app, stop="dilemma")
    scenario = hour.scenario
    square = hour.game.positions[hour.game.current]
    wanted = "ladder" if square in hour.game.board.ladders else "snake"
    choice = next((c for c in scenario.start.choices if c.board == wanted), scenario.start.choices[0])
    move = hour.dispatch(AnswerCard(choice.id)).value
    return scene_registry.make(app, "board-feedback", hour, scenario, scenario.start, choice, move)


def _shown(scene, method: str, *args):
    """`scene` after calling its `method` (a page of a projected card)."""
    getattr(scene, method)(*args)
    return scene


def _task_card(app, key_shown: bool):
    scene = scene_registry.make(app, "task-card", demo_board(app, stop="task"))
    scene.key_shown = key_shown
    return scene


def _vote(app, name: str):
    hour, counts = demo_vote(app, tie=name == "vote-tie")
    choices = hour.vote.node.choices
    if name == "vote-story":  # the first page of the story, as the vote opens
        return scene_registry.make(app, "vote", hour)
    if name in ("vote", "vote-too-many"):  # the options' page, the counts typed
        scene = scene_registry.make(app, "vote", hour, None, True)
        for field, count in zip(scene.fields, counts):
            field.text = str(count)
        if name == "vote-too-many":  # the counts add up to more than the class has
            hour.vote.class_size = sum(counts) - 1
            scene.show_result()
        return scene
    result = hour.dispatch(SubmitVotes({c.id: n for c, n in zip(choices, counts)})).value
    if name in ("vote-result", "vote-tie"):
        return scene_registry.make(app, "vote-result", hour, result)
    if name == "vote-talk":
        return scene_registry.make(app, "vote-talk", hour, after_vote=True)
    hour.dispatch(Advance())
    return scene_registry.make(app, "vote-end", hour)


def demo_card_frames(class_size: int = 26, seed: int = 4) -> list:
    """Synthetic classroom photos of `class_size` pupils holding up answer cards (needs OpenCV and numpy)."""
    from play_for_integrity.cards.synthetic import classroom_photo
    frame, _ = classroom_photo(seed, numbers=list(range(1, class_size + 1)), rows=4, per_row=7)
    return [frame]


PUPIL_NAMES = {
    "kk": ("Аружан", "Нұрлан", "Әсел", "Ерасыл", "Дильназ", "Қуаныш"),
    "ru": ("Аружан", "Нурлан", "Асель", "Ерасыл", "Дильназ", "Куаныш"),
    "en": ("Aruzhan", "Nurlan", "Asel", "Yerassyl", "Dilnaz", "Kuanysh"),
}


def demo_card_session(app, pupils: int = 24, votes: int = 3) -> str:
    """A class vote of `votes` questions answered with cards by most of `pupils`, finished; the names of a few
    numbers kept for the teacher. Returns the stored session's id."""
    import random

    from play_for_integrity.play.actions import Finish
    from play_for_integrity.play.vote_cards import SubmitCards
    session = app.session
    session.seed = 11
    rng = random.Random(3)
    hour = session.start_vote(demo_band(session), "5А", pupils)
    while votes and not hour.vote.finished:
        node = hour.vote.node
        if not node.is_ending:
            letters = "ABCD"[:len(node.choices)]
            hour.dispatch(SubmitCards({n: rng.choice(letters) for n in range(1, pupils + 1) if rng.random() < 0.9}))
            votes -= 1
        hour.dispatch(Advance())
    hour.dispatch(Finish())
    names = PUPIL_NAMES.get(session.settings.language, PUPIL_NAMES["en"])
    session.teacher.unlocked = True
    session.teacher.save_pupil_names("5А", {n: name for n, name in zip((1, 2, 3, 5, 8, 13), names)})
    return hour.recorder.sid


def _vote_scan(app):
    """The card vote a few frames in: most cards read and counted, the grid lit, the count under the picture (without
    OpenCV, the screen as the camera starts)."""
    from play_for_integrity.cards.scan import CameraUnavailable
    from play_for_integrity.ui.camera import StillFrames
    hour, _ = demo_vote(app)
    hour.vote.class_size = 26
    try:
        frames = demo_card_frames()
    except (ImportError, CameraUnavailable):
        frames = []
    scene = scene_registry.make(app, "vote-scan", hour, StillFrames(frames))
    scene.feed.start()
    for _ in range(4):
        scene.update(0.0)
    return scene


def _cards_problem(app, notice: str):
    """Why Answer cards cannot be used (no OpenCV, a camera that will not open), over the typed-count screen."""
    from play_for_integrity.ui import camera
    hour, _ = demo_vote(app)
    app.stack.push(scene_registry.make(app, "vote", hour))
    retry = None if notice == "NO_OPENCV" else (lambda: None)
    return scene_registry.make(app, "vote-cards-problem", getattr(camera, notice), retry)


HOUR_SHOTS = {
    "hour-start": ("hour-start", _hour_start),
    "hour-setup-board": ("hour-setup", lambda app: _setup(app, "board")),
    "hour-setup-vote": ("hour-setup", lambda app: _setup(app, "vote")),
    "hour-stories": ("hour-stories", lambda app: scene_registry.make(app, "hour-stories", _setup(app, "board").stories())),
    "board": ("board", lambda app: _board(app, rolling=False)),
    "board-rolling": ("board", lambda app: _board(app, rolling=True)),
    "board-dilemma": ("board-dilemma", lambda app: scene_registry.make(app, "board-dilemma",
                                                                       demo_board(app, stop="dilemma"))),
    "board-feedback": ("board-feedback", _board_feedback),
    "board-dilemma-choices": ("board-dilemma", lambda app: _shown(scene_registry.make(
        app, "board-dilemma", demo_board(app, stop="dilemma")), "show_choices")),
    "board-feedback-talk": ("board-feedback", lambda app: _shown(_board_feedback(app), "show", "talk")),
    "task-card": ("task-card", lambda app: _task_card(app, key_shown=False)),
    "task-card-key": ("task-card", lambda app: _task_card(app, key_shown=True)),
    "board-end": ("board-end", lambda app: scene_registry.make(app, "board-end", demo_board(app, turns=10_000))),
    "board-menu": ("board-menu", lambda app: scene_registry.make(app, "board-menu", lambda: None, lambda: None)),
    "help-board": ("help", lambda app: scene_registry.make(app, "help", "board")),
    "help-card": ("help", lambda app: scene_registry.make(app, "help", "board-dilemma")),
    **{name: ({"vote-tie": "vote-result", "vote-too-many": "vote", "vote-story": "vote"}.get(name, name),
              lambda app, name=name: _vote(app, name))
       for name in ("vote-story", "vote", "vote-too-many", "vote-result", "vote-tie", "vote-talk", "vote-end")},
    "vote-end-talk": ("vote-end", lambda app: _shown(_vote(app, "vote-end"), "turn_page")),
    "vote-scan": ("vote-scan", _vote_scan),
    **{f"cards-{name.lower().replace('_', '-')}": ("vote-cards-problem",
                                                   lambda app, name=name: _cards_problem(app, name))
       for name in ("NO_OPENCV", "NO_CAMERA", "CAMERA_BUSY", "CAMERA_DENIED", "CAMERA_STOPPED")},
}
