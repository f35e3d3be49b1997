"""The team board game played through actions alone: every action saved, answers recorded, undo withdraws."""

from __future__ import annotations

from play_for_integrity.core.board_game import TOKEN_SHAPES, Team
from play_for_integrity.core.board_save import load_saved_game
from play_for_integrity.play.actions import AnswerCard, Choose, EndGame, Finish, JudgeTask, Roll, SkipCard, Undo

from .conftest import BAND

TEAMS = [Team(name, i, TOKEN_SHAPES[i]) for i, name in enumerate(("Барыс", "Қыран", "Тұлпар"))]


def new_game(session):
    return session.start_board("2Б", BAND, 20, TEAMS)


def play_to_the_end(hour) -> int:
    """Roll, answer every step of every dilemma with its first option and judge every task right; returns the
    answers given."""
    actions = answers = 0
    while not hour.game.is_over:
        phase = hour.game.phase
        if phase == "roll":
            outcome = hour.dispatch(Roll())
        elif phase == "dilemma":
            outcome = hour.dispatch(AnswerCard(hour.node.choices[0].id))
            answers += 1
        else:
            outcome = hour.dispatch(JudgeTask(True))
        assert outcome.accepted, outcome.reason
        actions += 1
        assert actions < 500
    return answers


def test_a_whole_game_reaches_the_finish_and_stores_each_team(session):
    hour = new_game(session)
    answers = play_to_the_end(hour)
    assert hour.dispatch(Finish()).accepted
    store = session.results.open()
    data = store.session(hour.recorder.session_id)
    assert data.mode == "board" and [p.nickname for p in data.participants] == [t.name for t in TEAMS]
    assert {p.nickname: p.profile for p in data.participants} == \
        {t.name: hour.game.profiles[i] for i, t in enumerate(TEAMS)}
    assert len(data.answers) == answers > sum(hour.game.dilemmas_done), "each step of a card is an answer"
    assert load_saved_game(session.data_dir) == (None, None), "a finished game is not offered for resuming"


def test_every_action_is_saved_so_a_crash_resumes_at_the_same_turn(session):
    hour = new_game(session)
    for _ in range(5):
        if hour.game.phase == "roll":
            hour.dispatch(Roll())
        else:
            hour.dispatch(SkipCard())
    saved, problem = load_saved_game(session.data_dir)
    assert problem is None
    assert (saved.turns, saved.positions, saved.current, saved.phase) == \
        (hour.game.turns, hour.game.positions, hour.game.current, hour.game.phase)
    resumed = session.resume_board(saved)
    assert resumed.recorder.session_id == hour.recorder.session_id, "a resumed game writes to the same session"


def test_undo_takes_back_an_answer_and_withdraws_it_from_the_results(session):
    hour = new_game(session)
    while hour.game.phase != "dilemma":
        hour.dispatch(Roll() if hour.game.phase == "roll" else JudgeTask(False))
    team = hour.game.current
    assert hour.dispatch(AnswerCard(hour.scenario.start.choices[0].id)).accepted
    store = session.results.open()
    assert len(store.session(hour.recorder.session_id).answers) == 1
    assert hour.dispatch(Undo()).accepted
    assert hour.game.phase == "dilemma" and hour.game.dilemmas_done[team] == 0
    assert store.session(hour.recorder.session_id).answers == ()


def test_actions_that_do_not_apply_now_are_refused_not_raised(session):
    hour = new_game(session)
    assert not hour.dispatch(AnswerCard("cut")).accepted
    assert not hour.dispatch(JudgeTask(True)).accepted
    assert not hour.dispatch(SkipCard()).accepted
    assert not hour.dispatch(Undo()).accepted
    assert not hour.dispatch(Finish()).accepted
    assert not hour.dispatch(Choose("cut")).accepted
    assert hour.dispatch(Roll()).accepted
    if hour.game.phase == "roll":
        assert hour.dispatch(Roll()).accepted
    else:
        assert not hour.dispatch(Roll()).accepted, "a second roll while a card waits is refused"


def test_ending_early_keeps_the_rankings_and_stores_the_profiles(session):
    hour = new_game(session)
    hour.dispatch(Roll())
    assert hour.dispatch(EndGame()).accepted and hour.game.ended_early
    assert not hour.dispatch(EndGame()).accepted
    assert hour.dispatch(Finish()).accepted
    store = session.results.open()
    assert store.session(hour.recorder.session_id).ended_at is not None


def test_a_save_that_fails_becomes_a_notice(session, monkeypatch):
    import play_for_integrity.play.board as board_module

    def refuse(game, folder):
        raise OSError("read-only folder")

    monkeypatch.setattr(board_module, "save_game", refuse)
    hour = new_game(session)
    assert hour.dispatch(Roll()).accepted
    assert any("game could not be saved" in n and "read-only" in n for n in session.notices)


def to_card(hour, scenario_id: str):
    """Play on until a team lands on the dilemma card `scenario_id` (task cards are skipped)."""
    for _ in range(500):
        if hour.game.phase == "roll":
            hour.dispatch(Roll())
        elif hour.game.phase == "dilemma" and hour.scenario.id == scenario_id:
            return
        else:
            hour.dispatch(SkipCard())
    raise AssertionError(f"no team landed on {scenario_id}")


def test_a_team_plays_a_branching_card_through_to_its_ending(session):
    hour = session.start_board("2Б", BAND, 20, TEAMS, ["two-steps"])
    to_card(hour, "two-steps")
    team = hour.game.current
    assert hour.node.id == "first"
    first = hour.dispatch(AnswerCard("keep")).value
    assert first.goes_on and first.next_step.id == "second" and first.move.slide is None
    assert hour.game.current == team and hour.node.id == "second", "the same team decides the next step"
    last = hour.dispatch(AnswerCard("hide")).value
    assert not last.goes_on and last.ending.id == "end" and last.seen == ("first", "second", "end")
    assert hour.game.phase == "roll" and hour.game.current != team and hour.game.dilemmas_done[team] == 1
    answers = session.results.open().session(hour.recorder.session_id).answers
    assert [(a.node_id, a.choice_id) for a in answers] == [("first", "keep"), ("second", "hide")]


def test_each_step_of_a_card_gets_a_fresh_talk_timer(session):
    hour = session.start_board("2Б", BAND, 20, TEAMS, ["two-steps"])
    to_card(hour, "two-steps")
    hour.timer.start()
    hour.timer.tick(20)
    hour.dispatch(AnswerCard("give"))
    assert hour.timer.remaining == hour.timer.duration and not hour.timer.running


def test_a_resumed_game_continues_the_card_at_the_step_it_reached(session):
    hour = session.start_board("2Б", BAND, 20, TEAMS, ["two-steps"])
    to_card(hour, "two-steps")
    hour.dispatch(AnswerCard("give"))
    saved, problem = load_saved_game(session.data_dir)
    assert problem is None
    resumed = session.resume_board(saved)
    assert resumed.node.id == "second" and not resumed.dispatch(AnswerCard("give")).accepted
    assert resumed.dispatch(AnswerCard("tell")).accepted


def test_a_game_of_chosen_stories_deals_only_those(session):
    hour = session.start_board("2Б", BAND, 20, TEAMS, ["two-steps", "not-in-this-band"])
    assert hour.game.dilemma_deck == ("two-steps",)
