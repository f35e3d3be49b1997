"""`play-for-integrity guide`: the teacher's handbook of a band in a language, as Markdown or HTML."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from play_for_integrity.i18n.languages import LANGUAGES


def register(sub: argparse._SubParsersAction) -> None:
    guide = sub.add_parser(
        "guide", help="write the teacher's handbook of an age band: every story, its objective, feedback and a plan",
        description="Write the teacher's handbook of one age band in one language: a plan for the four quarters, "
                    "then every story with its objective, teacher note, steps, choices with feedback and discussion "
                    "questions. Without --out it is printed.")
    guide.add_argument("--band", required=True, help="the age band, e.g. 6-10")
    guide.add_argument("--lang", default="en", choices=list(LANGUAGES), help="the language (default: en)")
    guide.add_argument("--format", default=None, choices=["md", "html"],
                       help="md or html (default: from the --out file's suffix, else md)")
    guide.add_argument("--out", type=Path, default=None, help="the file to write (.md or .html)")
    guide.set_defaults(handler=run_guide)


def run_guide(args: argparse.Namespace) -> int:
    from play_for_integrity.content.library import band_refusal, load_library
    from play_for_integrity.guide.handbook import build_handbook
    from play_for_integrity.guide.render import to_html, to_markdown
    from play_for_integrity.i18n import get_translator
    from play_for_integrity.safe_files import write_atomic

    library = load_library()
    refusal = band_refusal(library, args.band)
    if refusal is not None:
        print(refusal[0], file=sys.stderr)
        return refusal[1]
    fmt = args.format or ("html" if args.out is not None and args.out.suffix.lower() in (".html", ".htm") else "md")
    blocks = build_handbook(library, args.band, get_translator(args.lang))
    text = to_html(blocks, args.lang) if fmt == "html" else to_markdown(blocks)
    if args.out is None:
        sys.stdout.write(text)
        return 0
    try:
        write_atomic(args.out, text.encode("utf-8"))
    except OSError as err:
        print(f"{args.out}: cannot write the handbook: {err.strerror or err}; choose another --out", file=sys.stderr)
        return 1
    print(f"wrote {args.out} ({len(library.by_band(args.band))} stories, {args.lang})")
    if library.skipped:
        print(f"{len(library.skipped)} file(s) with problems were left out: run 'play-for-integrity validate'",
              file=sys.stderr)
    return 0
