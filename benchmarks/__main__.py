"""`python -m benchmarks` runs every benchmark module (or those named) and prints one table; see README.md here."""

from benchmarks.run import main

raise SystemExit(main())
