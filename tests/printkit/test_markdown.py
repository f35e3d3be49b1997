"""The facilitator's guide's Markdown subset turned into blocks, and its inline marks into paragraph markup."""

from __future__ import annotations

from play_for_integrity import paths
from play_for_integrity.guide.handbook import Block
from play_for_integrity.printkit.markdown import parse_markdown
from play_for_integrity.printkit.text import inline_markdown

SAMPLE = """# Title

A paragraph that
goes on.

- first item
  wraps here
- second

| A | B |
|---|---|
| 1 | 2 |

### Small
"""


def test_blocks_in_reading_order():
    assert parse_markdown(SAMPLE) == [
        Block("heading", "Title", 1), Block("text", "A paragraph that goes on."),
        Block("list", items=("first item wraps here", "second")), Block("table", rows=(("A", "B"), ("1", "2"))),
        Block("heading", "Small", 3)]


def test_inline_marks_become_markup_and_the_rest_is_escaped():
    markup = inline_markdown("Press <kbd>F11</kbd>, then **Start** & run `pip install .` <now>")
    assert "<b>[F11]</b>" in markup and "<b>Start</b>" in markup and "&amp;" in markup and "&lt;now&gt;" in markup
    assert "pip install ." in markup and "`" not in markup


def test_every_shipped_guide_parses_into_headings_lists_and_tables():
    for lang in ("en", "ru", "kk"):
        blocks = parse_markdown((paths.teacher_guide_dir() / f"integrity-hour.{lang}.md").read_text(encoding="utf-8"))
        kinds = {b.kind for b in blocks}
        assert {"heading", "text", "list", "table"} <= kinds, lang
        assert not any(b.kind == "text" and b.text.startswith(("#", "|", "- ")) for b in blocks), lang
