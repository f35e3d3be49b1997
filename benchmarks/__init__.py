"""Speed figures for Play for Integrity; run them all with `python -m benchmarks`."""
