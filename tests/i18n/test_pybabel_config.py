"""babel.cfg makes Babel's own command produce the same template as `play-for-integrity i18n extract`."""

from __future__ import annotations

import subprocess
import sys

from babel.messages.pofile import read_po

from play_for_integrity.i18n.extraction import SourceTree, extract_template
from tests.i18n.helpers import FIXTURES, REPO


def _signature(catalog):
    """What must agree; locations sorted, as Babel sorts them when it writes a .pot."""
    return [(m.id, m.context, tuple(sorted(m.locations)), " ".join(m.auto_comments)) for m in catalog if m.id]


def test_pybabel_with_babel_cfg_extracts_what_the_game_extracts(tmp_path):
    output = tmp_path / "messages.pot"
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "-q", "extract", "-F", "babel.cfg",
                    "-o", str(output), "."], cwd=REPO, check=True, capture_output=True)
    with open(output, "rb") as fileobj:
        from_pybabel = read_po(fileobj)
    assert _signature(from_pybabel) == _signature(extract_template())


def test_every_keyword_the_game_uses_is_extracted():
    template = extract_template([SourceTree(FIXTURES / "python_src", "play_for_integrity", (("**.py", "python"),))])
    found = {(m.context, m.id if isinstance(m.id, str) else tuple(m.id)) for m in template if m.id}
    assert found == {(None, "Play"), (None, "Quit"), (None, "Play for Integrity"), (None, "Settings"),
                     (None, ("%(n)d point", "%(n)d points")), ("button", "Back"),
                     ("board", ("{count} team", "{count} teams"))}


def test_translator_comments_in_python_reach_the_template():
    template = extract_template([SourceTree(FIXTURES / "python_src", "play_for_integrity", (("**.py", "python"),))])
    assert template.get("Play for Integrity").auto_comments == ["TRANSLATORS: the title of the start screen"]


def test_the_shipped_sources_give_both_interface_and_content_strings():
    files = {path for m in extract_template() if m.id for path, _line in m.locations}
    assert any(f.startswith("play_for_integrity/") for f in files) and "scenarios/values.yaml" in files
