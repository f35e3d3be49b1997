"""Demo states for the Integrity Hour screens: a seeded board game with six teams, a class vote with counts."""

from __future__ import annotations

HOUR_SCENES = ("hour-start", "hour-setup-board", "hour-setup-vote", "board", "board-rolling", "board-dilemma",
               "board-feedback", "task-card", "board-end", "vote", "vote-result", "vote-tie", "vote-talk", "vote-end")

TEAM_NAMES = {
    "kk": ("Сұңқарлар", "Барыстар", "Тұлпарлар", "Қырандар", "Жұлдыздар", "Бүркіттер"),
    "ru": ("Соколы", "Снежные барсы", "Орлы", "Звёзды", "Ракеты", "Дельфины"),
    "en": ("Falcons", "Snow leopards", "Eagles", "Stars", "Rockets", "Dolphins"),
}
DEMO_BAND = "11-14"


def demo_board(app, stop: str | None = None, turns: int = 14):
    """A six-team game played with seeded dice until `turns` rolls, or until a card of kind `stop` is drawn."""
    from play_for_integrity.core.board_game import TOKEN_SHAPES, Team
    from play_for_integrity.ui.hour_state import BoardHour

    session = app.session
    names = TEAM_NAMES.get(session.settings.language, TEAM_NAMES["en"])
    teams = [Team(name, i, TOKEN_SHAPES[i]) for i, name in enumerate(names)]
    band = DEMO_BAND if session.library.by_band(DEMO_BAND) else next(iter(session.library.bands))
    hour = BoardHour.new(app, "7Б", band, 30, teams, seed=11)
    game = hour.game
    step = 0
    while not game.is_over:
        if game.phase == stop:
            break
        if game.phase == "roll":
            if stop is None and game.turns >= turns and sum(game.dilemmas_done) >= 4:
                break
            hour.roll()
        elif game.phase == "dilemma":
            choices = hour.scenario.start.choices
            hour.answer(choices[step % len(choices)])
        else:
            hour.judge(step % 3 != 0)
        step += 1
    return hour


def demo_vote(app, tie: bool = False):
    from play_for_integrity.ui.hour_state import VoteHour

    session = app.session
    band = DEMO_BAND if session.library.by_band(DEMO_BAND) else next(iter(session.library.bands))
    hour = VoteHour(app, session.library.by_band(band), "5А", band)
    return hour, ([9, 9, 4, 2] if tie else [14, 6, 3, 1])


def build_hour_scene(app, name: str):
    """The named Integrity Hour scene with its demo state."""
    from play_for_integrity.ui.scenes import board, hour_cards, hour_end, hour_setup, hour_start, vote, vote_end

    if name == "hour-start":
        demo_board(app)  # leaves a saved game, so the screen offers to continue it
        return hour_start.HourStartScene(app)
    if name.startswith("hour-setup"):
        scene = hour_setup.HourSetupScene(app, "board" if name.endswith("board") else "vote")
        scene.class_field.text = "7Б"
        for field, team in zip(scene.team_fields, TEAM_NAMES.get(app.session.settings.language, TEAM_NAMES["en"])):
            field.text = team
        return scene
    if name in ("board", "board-rolling"):
        hour = demo_board(app)
        scene = board.BoardScene(app, hour)
        if name == "board-rolling":
            hour.roll()
            scene._animate(with_dice=True)
            scene.anim.advance(scene.anim.dice_time + scene.anim.walk_time / 2)
        return scene
    if name == "board-dilemma":
        return hour_cards.BoardDilemmaScene(app, demo_board(app, stop="dilemma"))
    if name == "board-feedback":
        hour = demo_board(app, stop="dilemma")
        scenario = hour.scenario
        square = hour.game.positions[hour.game.current]
        wanted = "ladder" if square in hour.game.board.ladders else "snake"
        choice = next((c for c in scenario.start.choices if c.board == wanted), scenario.start.choices[0])
        move = hour.answer(choice)
        return hour_cards.BoardFeedbackScene(app, hour, scenario, scenario.start, choice, move)
    if name == "task-card":
        return hour_cards.TaskCardScene(app, demo_board(app, stop="task"))
    if name == "board-end":
        hour = demo_board(app, turns=10_000)
        return hour_end.BoardEndScene(app, hour)
    hour, counts = demo_vote(app, tie=name == "vote-tie")
    choices = hour.vote.node.choices
    if name == "vote":
        scene = vote.VoteScene(app, hour)
        for field, count in zip(scene.fields, counts):
            field.text = str(count)
        return scene
    result = hour.submit({c.id: n for c, n in zip(choices, counts)})
    if name in ("vote-result", "vote-tie"):
        return vote.VoteResultScene(app, hour, result)
    if name == "vote-talk":
        return vote.VoteTalkScene(app, hour, after_vote=True)
    hour.advance()
    return vote_end.VoteEndScene(app, hour)
