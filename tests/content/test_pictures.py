"""The picture library: the shipped catalogue is complete and has a file for every id; bad picture specs are named."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from play_for_integrity.content.pictures import (AGES, MAX_OBJECTS, MAX_PEOPLE, OBJECT, PERSON, check_picture,
                                                 load_pictures, pictures_dir)

PEOPLE = ("girl boy teen-girl teen-boy woman man grandmother grandfather teacher-woman teacher-man police-officer "
          "doctor official-woman official-man student cook shop-assistant coach").split()
OBJECTS = ("money coins gift sweets flowers phone laptop test-paper notebook books document certificate envelope "
           "trophy medal stopwatch football ballot-box wallet key bus car school hospital house shop office clipboard "
           "cake paint microphone calendar pen chat scales ticket backpack lock handshake crown apple bicycle "
           "computer-game camera bread").split()
"""The vocabulary curriculum writers use: fixed, so these ids must never disappear."""


@pytest.fixture(scope="module")
def library():
    return load_pictures()


def test_the_vocabulary_is_complete(library):
    assert library.problems == ()
    assert list(library.people) == PEOPLE
    assert list(library.objects) == OBJECTS


def test_every_entry_has_its_svg_file(library):
    for picture_id in (*library.people, *library.objects):
        path = library.path(picture_id)
        assert path.is_file(), f"{picture_id}: {path} is missing"
        assert path.read_bytes().lstrip().startswith(b"<svg"), f"{picture_id}: {path} is not an SVG"


def test_every_svg_file_is_in_the_catalogue(library):
    files = {path.stem for path in pictures_dir().glob("*.svg")}
    assert files == set(library.people) | set(library.objects)


def test_entries_say_what_they_show(library):
    for picture_id in (*library.people, *library.objects):
        entry = library.entry(picture_id)
        assert entry.name and entry.emoji
        assert entry.kind == (PERSON if picture_id in library.people else OBJECT)
        assert (entry.age in AGES) if entry.kind == PERSON else entry.age is None
    assert library.entry("girl").age == "child" and library.entry("teen-boy").age == "teen"
    assert library.entry("teacher-woman").age == "adult"


def test_licence_and_attribution_travel_with_the_pictures():
    folder = pictures_dir()
    assert "Attribution-ShareAlike 4.0" in (folder / "LICENSE.txt").read_text(encoding="utf-8")
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "All emojis designed by OpenMoji – the open-source emoji and icon project. License: CC BY-SA 4.0" in readme
    for picture_id in (*PEOPLE, *OBJECTS):
        assert f"| `{picture_id}` |" in readme, f"the README does not say which emoji {picture_id} is"


def test_the_catalogue_is_read_once(library):
    assert load_pictures() is library
    assert load_pictures(pictures_dir()) is library


def test_a_good_picture_has_no_problems(library):
    assert check_picture(["girl", "teacher-woman"], ["gift"], library) == []
    assert check_picture(["grandmother", "doctor", "boy"], ["money", "hospital"], library) == []
    assert check_picture(["coach"], [], library) == []


def test_an_unknown_person_is_named_with_the_choices(library):
    [problem] = check_picture(["girl", "teacher"], [], library)
    assert problem.startswith("unknown person 'teacher' in picture")
    assert "did you mean 'teacher-" in problem
    assert "choose one of girl, boy, teen-girl" in problem and "coach" in problem
    assert "money" not in problem


def test_an_unknown_object_is_named_with_the_choices(library):
    [problem] = check_picture(["girl"], ["watch"], library)
    assert problem.startswith("unknown object 'watch' in picture")
    assert "choose one of money, coins" in problem and "bread" in problem


def test_an_object_among_the_people_says_where_it_belongs(library):
    [problem] = check_picture(["girl", "gift"], [], library)
    assert "'gift' in picture is an object, not a person: list it under objects" == problem
    [problem] = check_picture(["girl"], ["teacher-man"], library)
    assert "list it under people" in problem


@pytest.mark.parametrize("people, objects, expected", [
    ([], [], "1 to 3 people, not 0"),
    (["girl", "boy", "woman", "man"], [], f"1 to {MAX_PEOPLE} people, not 4"),
    (["girl"], ["gift", "cake", "money"], f"at most {MAX_OBJECTS} objects, not 3"),
])
def test_counts_are_checked(library, people, objects, expected):
    [problem] = check_picture(people, objects, library)
    assert expected in problem


def test_duplicates_are_reported(library):
    assert check_picture(["girl", "girl"], [], library) == [
        "person 'girl' is listed twice in picture: name each one once"]
    assert check_picture(["boy"], ["gift", "gift"], library) == [
        "object 'gift' is listed twice in picture: name each one once"]


def test_every_problem_is_reported_at_once(library):
    problems = check_picture(["teacher", "girl", "girl", "boy"], ["watch", "gift", "cake"], library)
    assert len(problems) == 5


def test_a_missing_catalogue_is_a_problem_not_a_crash(tmp_path: Path):
    library = load_pictures(tmp_path)
    assert library.people == () and library.objects == ()
    assert "pictures.yaml" in library.problems[0]
    [problem] = check_picture(["girl"], [], library)
    assert "unknown person 'girl'" in problem


def test_bad_catalogue_entries_are_skipped_and_named(tmp_path: Path):
    shutil.copy(pictures_dir() / "girl.svg", tmp_path / "girl.svg")
    (tmp_path / "pictures.yaml").write_text(
        "pictures:\n"
        "  - {id: girl, kind: person, emoji: 1F467-1F3FD, name: girl, age: child}\n"
        "  - {id: girl, kind: person, emoji: 1F467, name: girl again, age: child}\n"
        "  - {id: robot, kind: machine, emoji: 1F916, name: robot}\n"
        "  - {id: man, kind: person, emoji: 1F468, name: man}\n"
        "  - {id: gift, kind: object, name: gift}\n", encoding="utf-8")
    library = load_pictures(tmp_path)
    assert library.people == ("girl",) and library.objects == ()
    assert len(library.problems) == 4
    assert "used twice" in library.problems[0] and "kind 'machine'" in library.problems[1]
    assert "needs an age" in library.problems[2] and "emoji missing" in library.problems[3]


def test_invalid_yaml_is_a_problem(tmp_path: Path):
    (tmp_path / "pictures.yaml").write_text("pictures: [\n", encoding="utf-8")
    assert "not valid YAML" in load_pictures(tmp_path).problems[0]


def test_path_of_an_unknown_id_is_an_error(library):
    with pytest.raises(KeyError):
        library.path("dragon")
    assert library.path("gift").name == "gift.svg"
