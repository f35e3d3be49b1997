"""`python -m play_for_integrity` runs the same command line as `play-for-integrity`."""

from play_for_integrity.cli import main

raise SystemExit(main())
