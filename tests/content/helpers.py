"""Shared set-up for the content tests: the fixture folders and the shipped catalogs."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from play_for_integrity import paths
from play_for_integrity.content.catalogs import Catalogs, load_catalogs

FIXTURES = Path(__file__).parent / "fixtures"
VALID = sorted((FIXTURES / "valid").glob("*.yaml"))
BROKEN = sorted((FIXTURES / "broken").glob("*.yaml"))
FIXTURE_ASSETS = FIXTURES / "assets"


@lru_cache(maxsize=1)
def shipped_catalogs() -> Catalogs:
    catalogs = load_catalogs(paths.scenarios_dir())
    assert not catalogs.problems, catalogs.problems
    return catalogs


def expectation(path: Path) -> tuple[int, int, str, str, str]:
    """(line, column, message part, hint part, schema verdict) from a broken fixture's header."""
    # The verdict: reject, accept (only the loader can tell), or not-yaml (nothing for a schema to check).
    lines = path.read_text(encoding="utf-8").splitlines()
    expect = next(line for line in lines if line.startswith("# expect: "))[len("# expect: "):]
    schema = next(line for line in lines if line.startswith("# schema: "))[len("# schema: "):]
    line, col, rest = expect.split(":", 2)
    message, _, hint = rest.strip().partition("|")
    return int(line), int(col), message, hint, schema


def assert_reported_as_expected(path: Path, parse) -> None:
    """`parse(path)` fails with a problem at the fixture's expected line and column, with its message and hint."""
    import pytest

    from play_for_integrity.content.problems import ContentError

    line, col, message, hint, _ = expectation(path)
    with pytest.raises(ContentError) as caught:
        parse(path)
    found = [(p.line, p.column, p.message, p.hint) for p in caught.value.problems]
    assert any(l == line and c == col and message in m and hint in m + " " + h for l, c, m, h in found), found
