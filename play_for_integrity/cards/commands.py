"""`play-for-integrity cards`: `scan` reads answer cards in photos (to check a camera), `print` writes the cards."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HELP = "answer cards for the class vote: scan photos of them, print them"


def register(sub: argparse._SubParsersAction) -> None:
    cards = sub.add_parser("cards", help=HELP, description="Answer cards for the class vote: each pupil holds up "
                           "their numbered card with the answer's letter at the top, and the camera reads them.")
    actions = cards.add_subparsers(dest="cards_command", metavar="ACTION", required=True)
    scan = actions.add_parser("scan", help="print the pupil number and letter of every card read in photos",
                              description="Read the answer cards in photos or camera frames and print one line "
                                          "per card, e.g. '12 B', sorted by pupil number. Needs OpenCV "
                                          '(pip install ".[camera]").')
    scan.add_argument("images", nargs="+", type=Path, metavar="IMAGE", help="a photo (JPEG, PNG, ...)")
    scan.add_argument("--numbers", default=None, help="the class's pupil numbers, e.g. 1-26 (default: all cards)")
    scan.add_argument("--mirrored", action="store_true", help="the photo is a mirror image (a selfie camera)")
    scan.set_defaults(handler=run_scan)
    printing = actions.add_parser("print", help="write the answer cards as a PDF, six to a page",
                                  description="Write one answer card per pupil number as a PDF with crop marks. "
                                              'Needs ReportLab (pip install ".[print]").')
    printing.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    printing.add_argument("--paper", default="a4", choices=["a4", "letter"], help="paper size (default: a4)")
    printing.add_argument("--numbers", default="1-40", help="pupil numbers, e.g. 1-30 or 1-5,9 (default: 1-40)")
    printing.set_defaults(handler=run_print)


def _numbers(text: str | None) -> list[int] | None:
    """The pupil numbers of a --numbers option, or None when it was not given."""
    from play_for_integrity.cards.markers import parse_numbers

    return None if text is None else parse_numbers(text)


def run_scan(args: argparse.Namespace) -> int:
    """Print "NUMBER LETTER" for each card read in each photo; 1 if a file could not be read, 2 without OpenCV."""
    from play_for_integrity.cards.scan import CameraUnavailable, read_cards, require_opencv

    try:
        cv2 = require_opencv()
        numbers = _numbers(args.numbers)
    except (CameraUnavailable, ValueError) as err:
        print(f"cards scan: {err}", file=sys.stderr)
        return 2
    failed = 0
    for path in args.images:
        image = cv2.imread(str(path), cv2.IMREAD_COLOR) if path.is_file() else None
        if image is None:
            why = "cannot be read as an image (use a JPEG or PNG photo)" if path.is_file() else "no such file"
            print(f"{path}: {why}", file=sys.stderr)
            failed += 1
            continue
        readings = read_cards(image, numbers, args.mirrored)
        prefix = f"{path}: " if len(args.images) > 1 else ""
        for reading in readings:
            print(f"{prefix}{reading.number} {reading.letter}")
        if not readings:
            print(f"{path}: no answer cards read (are they lit, in focus, and at least 20 px across?)",
                  file=sys.stderr)
    return 1 if failed else 0


def run_print(args: argparse.Namespace) -> int:
    """Write the answer cards' PDF; 2 for numbers with no card or no ReportLab, 1 if the file cannot be written."""
    from play_for_integrity.cards.answer_sheet import write_answer_cards

    try:
        numbers = _numbers(args.numbers)
    except ValueError as err:
        print(f"cards print: --numbers: {err}", file=sys.stderr)
        return 2
    try:
        import reportlab.pdfgen.canvas  # noqa: F401  (only to say how to install it before any work)
    except ImportError:
        print('cards print: printing needs ReportLab: pip install ".[print]"', file=sys.stderr)
        return 2
    try:
        pages = write_answer_cards(args.out, args.paper, numbers)
    except OSError as err:
        print(f"{args.out}: cannot write the PDF: {err.strerror or err}; choose another --out", file=sys.stderr)
        return 1
    print(f"wrote {args.out}: {len(numbers)} answer cards on {pages} page(s), {args.paper}")
    return 0
