"""A class vote answered with cards, through actions alone: letters in, counts out, each pupil's answer stored under
their card number beside the class, corrected votes withdrawn, profiles for every pupil and the class."""

from __future__ import annotations

import json
import os
import stat

import pytest

from play_for_integrity.core.pupil_names import NAMES_FILE, PupilNames, load_names, save_names
from play_for_integrity.play.actions import Advance, Finish, SkipStory, SubmitVotes, UndoVote
from play_for_integrity.play.vote_cards import SubmitCards
from play_for_integrity.results.analysis import choice_counts
from play_for_integrity.results.card_recorder import card_profile, pupil_nickname, pupil_number

from .conftest import BAND


def stored(session):
    store = session.results.open()
    return store.session(store.sessions()[0].uuid)


def three_options(hour):
    while len(hour.vote.node.choices) < 3:
        hour.dispatch(SkipStory())
    return hour.vote.node


def test_the_cards_letters_become_the_counts_and_each_pupil_is_stored_under_their_number(session):
    hour = session.start_vote(BAND, "2Б", 30)
    node = three_options(hour)
    a, b, c = (choice.id for choice in node.choices)
    result = hour.dispatch(SubmitCards({1: "A", 2: "B", 3: "B", 7: "C", 9: "D"})).value
    assert result.counts == {a: 1, b: 2, c: 1}, "D has no option on a three-option step: it is left out"
    assert result.followed == b
    data = stored(session)
    by_id = {p.uuid: p.nickname for p in data.participants}
    answers = sorted((by_id[x.participant_uuid], x.choice_id, x.votes) for x in data.answers)
    assert answers == [("№ 1", a, 1), ("№ 2", b, 1), ("№ 3", b, 1), ("№ 7", c, 1)]
    assert data.participants[0].nickname == "2Б", "the class stays the first participant"
    assert choice_counts([data])[(hour.vote.scenario.id, node.id)] == result.counts


def test_a_pupil_is_one_participant_across_votes_and_everyone_gets_a_profile(session):
    hour = session.start_vote(BAND, "2Б")
    chosen: dict[int, list] = {1: [], 2: []}
    while not hour.vote.finished:
        node = hour.vote.node
        if node.is_ending:
            hour.dispatch(Advance())
            continue
        letters = {1: "A", 2: "B"}
        assert hour.dispatch(SubmitCards(letters)).accepted
        for number, letter in letters.items():
            chosen[number].append(node.choices["AB".index(letter)])
        hour.dispatch(Advance())
    assert hour.dispatch(Finish()).accepted
    data = stored(session)
    pupils = {p.nickname: p for p in data.participants if pupil_number(p.nickname)}
    assert sorted(pupils) == ["№ 1", "№ 2"]
    for number in (1, 2):
        assert pupils[pupil_nickname(number)].profile == card_profile(chosen[number])
    assert data.participants[0].profile == hour.vote.class_profile()
    assert data.ended_at is not None


def test_fixing_a_card_vote_withdraws_the_pupils_answers_and_the_typed_counts_replace_them(session):
    hour = session.start_vote(BAND, "2Б")
    node = hour.vote.node
    hour.dispatch(SubmitCards({4: "A", 5: "A", 6: "B"}))
    assert hour.dispatch(UndoVote()).accepted
    assert not stored(session).answers
    hour.dispatch(SubmitVotes({node.choices[0].id: 2, node.choices[1].id: 1}))
    data = stored(session)
    assert [(a.participant_uuid, a.votes) for a in data.answers] == [(data.participants[0].uuid, 2),
                                                                      (data.participants[0].uuid, 1)]


def test_fixing_a_later_card_vote_keeps_the_earlier_ones(session):
    hour = session.start_vote(BAND, "2Б")
    hour.dispatch(SubmitCards({4: "A"}))
    hour.dispatch(Advance())
    while hour.vote.node.is_ending:
        hour.dispatch(Advance())
    hour.dispatch(SubmitCards({4: "B", 5: "A"}))
    hour.dispatch(UndoVote())
    data = stored(session)
    assert [a.node_id for a in data.answers] == [hour.vote.results[0].node_id]


def test_no_card_with_a_letter_of_the_question_is_refused_and_nothing_is_stored(session):
    hour = session.start_vote(BAND, "2Б")
    node = three_options(hour)
    assert not hour.dispatch(SubmitCards({})).accepted
    assert not hour.dispatch(SubmitCards({3: "D"})).accepted
    assert hour.vote.awaiting_vote and hour.vote.node is node
    assert not stored(session).answers


def test_the_card_nickname_is_the_number_alone():
    assert pupil_nickname(7) == "№ 7" and pupil_number("№ 7") == 7
    assert pupil_number("2Б") is None and pupil_number("№ 7 Aigerim") is None


def test_names_are_kept_per_class_in_a_file_only_this_account_can_read(tmp_path):
    names = PupilNames()
    names.set_class("7Б", {1: " Аружан ", 2: "", 3: "Нұр\x07лан", 99: "nobody"})
    assert save_names(names, tmp_path) is None
    path = tmp_path / NAMES_FILE
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    loaded, problem = load_names(tmp_path)
    assert problem is None
    assert loaded.of_class("7Б") == {1: "Аружан", 3: "Нұрлан"}
    assert loaded.of_class("8А") == {}


def test_a_damaged_names_file_is_set_aside_with_a_message(tmp_path):
    (tmp_path / NAMES_FILE).write_text("{not json", encoding="utf-8")
    names, problem = load_names(tmp_path)
    assert names.classes == {} and NAMES_FILE in problem and "kept as" in problem
    assert not (tmp_path / NAMES_FILE).exists()


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_exports_list_each_pupils_answers_by_number_and_never_a_name(session, tmp_path, fmt):
    from play_for_integrity.play.teacher_export import write_export

    hour = session.start_vote(BAND, "2Б")
    hour.dispatch(SubmitCards({7: "A", 12: "B"}))
    session.teacher.unlocked = True
    assert session.teacher.save_pupil_names("2Б", {7: "Аружан", 12: "Nurlan"}).accepted
    out = write_export(stored(session), fmt, tmp_path / f"class.{fmt}", session.tr, session.library)
    text = out.read_text(encoding="utf-8-sig")
    assert "№ 7" in text and "№ 12" in text
    assert "Аружан" not in text and "Nurlan" not in text
    if fmt == "json":
        nicknames = [p["nickname"] for s in json.loads(text)["sessions"] for p in s["participants"]]
        assert nicknames == ["2Б", "№ 7", "№ 12"]
