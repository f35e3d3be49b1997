"""`play-for-integrity cards scan` and `cards print`: output, exit codes and messages a teacher can act on."""

from __future__ import annotations

import sys

import cv2
from pypdf import PdfReader

from play_for_integrity.cli import main
from tests.cards.helpers import cards_frame


def test_scan_prints_one_line_per_card_sorted_by_number(tmp_path, capsys):
    photo = tmp_path / "class.png"
    cv2.imwrite(str(photo), cards_frame([12, 3, 27], [1, 0, 2]))
    assert main(["cards", "scan", str(photo)]) == 0
    assert capsys.readouterr().out == "3 A\n12 B\n27 C\n"


def test_scan_of_several_photos_names_each_and_keeps_to_the_class(tmp_path, capsys):
    first, second = tmp_path / "a.png", tmp_path / "b.jpg"
    cv2.imwrite(str(first), cards_frame([5, 33], [3, 0]))
    cv2.imwrite(str(second), cards_frame([8], [0]))
    assert main(["cards", "scan", "--numbers", "1-30", str(first), str(second)]) == 0
    assert capsys.readouterr().out == f"{first}: 5 D\n{second}: 8 A\n"


def test_scan_reads_a_mirrored_photo_when_told(tmp_path, capsys):
    photo = tmp_path / "selfie.png"
    cv2.imwrite(str(photo), cv2.flip(cards_frame([4], [1]), 1))
    assert main(["cards", "scan", "--mirrored", str(photo)]) == 0
    assert capsys.readouterr().out == "4 B\n"


def test_scan_says_which_file_is_missing_or_not_an_image_and_goes_on(tmp_path, capsys):
    text = tmp_path / "notes.txt"
    text.write_text("not a photo", encoding="utf-8")
    photo = tmp_path / "ok.png"
    cv2.imwrite(str(photo), cards_frame([2], [0]))
    assert main(["cards", "scan", str(tmp_path / "gone.jpg"), str(text), str(photo)]) == 1
    captured = capsys.readouterr()
    assert f"{tmp_path / 'gone.jpg'}: no such file" in captured.err
    assert f"{text}: cannot be read as an image (use a JPEG or PNG photo)" in captured.err
    assert captured.out == f"{photo}: 2 A\n"
    assert "Traceback" not in captured.err


def test_scan_with_no_cards_in_view_says_what_to_check(tmp_path, capsys):
    photo = tmp_path / "empty.png"
    cv2.imwrite(str(photo), cards_frame([], []))
    assert main(["cards", "scan", str(photo)]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "no answer cards read" in captured.err


def test_scan_without_opencv_says_how_to_install_it(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "cv2", None)
    assert main(["cards", "scan", str(tmp_path / "x.jpg")]) == 2
    assert 'pip install ".[camera]"' in capsys.readouterr().err


def test_print_writes_the_cards_of_the_numbers_asked(tmp_path, capsys):
    out = tmp_path / "cards.pdf"
    assert main(["cards", "print", "--out", str(out), "--numbers", "1-13", "--paper", "letter"]) == 0
    assert "13 answer cards on 3 page(s), letter" in capsys.readouterr().out
    assert len(PdfReader(out).pages) == 3


def test_print_refuses_numbers_without_cards(tmp_path, capsys):
    assert main(["cards", "print", "--out", str(tmp_path / "c.pdf"), "--numbers", "1-99"]) == 2
    assert "no answer card 64: cards are numbered 1-63" in capsys.readouterr().err
    assert not (tmp_path / "c.pdf").exists()


def test_print_without_reportlab_says_how_to_install_it(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "reportlab", None)
    assert main(["cards", "print", "--out", str(tmp_path / "c.pdf")]) == 2
    assert 'pip install ".[print]"' in capsys.readouterr().err


def test_print_to_a_folder_that_does_not_exist_says_so(tmp_path, capsys):
    assert main(["cards", "print", "--out", str(tmp_path / "no" / "c.pdf")]) == 1
    assert "cannot write the PDF" in capsys.readouterr().err
