"""`python -m benchmarks` runs every benchmark module and prints one table."""

from benchmarks.run import main

raise SystemExit(main())
