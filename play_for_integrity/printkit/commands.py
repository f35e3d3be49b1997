"""`play-for-integrity print`: the print-and-play kit of one band in one language, as PDFs in a folder."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from play_for_integrity.i18n.languages import LANGUAGES

PAPERS = ("a4", "letter")
NEEDS_REPORTLAB = 'the print kit needs ReportLab: pip install ".[print]"'


def register(sub: argparse._SubParsersAction) -> None:
    command = sub.add_parser(
        "print", help="write an age band's paper kit as PDFs: board, cards, handbook",
        description="Write the paper version of the game for one age band in one language: the board (A3, or two "
                    "sheets to glue), the dilemma and task cards with cut marks, the teacher's sheet with the "
                    "feedback, team tokens, a die to fold, the answer cards and the teacher's handbook. A card "
                    "whose text does not fit is reported with its file and line, and nothing is written.")
    command.add_argument("--band", required=True, help="the age band, e.g. 6-10")
    command.add_argument("--lang", default="en", choices=list(LANGUAGES), help="the language (default: en)")
    command.add_argument("--paper", default="a4", choices=PAPERS, help="the paper the cards go on (default: a4)")
    command.add_argument("--minutes", type=int, default=45, choices=(20, 30, 45),
                         help="the game length the board is made for (default: 45)")
    command.add_argument("--out", type=Path, required=True, help="the folder to write the PDFs into")
    command.set_defaults(handler=run_print)


def run_print(args: argparse.Namespace) -> int:
    try:
        import reportlab  # noqa: F401 - only whether it is there
    except ImportError:
        print(NEEDS_REPORTLAB, file=sys.stderr)
        return 2
    from play_for_integrity.content.library import band_refusal, load_library
    from play_for_integrity.printkit.kit import KitOptions, build_kit, write_kit

    library = load_library()
    refusal = band_refusal(library, args.band)
    if refusal is not None:
        print(refusal[0], file=sys.stderr)
        return refusal[1]
    try:
        kit = build_kit(library, KitOptions(args.band, args.lang, args.paper, args.minutes))
    except OSError as err:  # a missing font file
        print(f"cannot print: {err}", file=sys.stderr)
        return 1
    if kit.problems:
        for problem in kit.problems:
            print(problem, file=sys.stderr)
        print(f"nothing was written: {len(kit.problems)} card(s) do not fit", file=sys.stderr)
        return 1
    try:
        written = write_kit(kit, args.out)
    except OSError as err:
        print(f"{args.out}: cannot write the kit: {err.strerror or err}; choose another --out", file=sys.stderr)
        return 1
    print(f"wrote {len(written)} PDF files to {args.out} ({kit.cards} cards, band {args.band}, {args.lang}, "
          f"{args.paper})")
    if library.skipped:
        print(f"{len(library.skipped)} file(s) with problems were left out: run 'play-for-integrity validate'",
              file=sys.stderr)
    return 0
