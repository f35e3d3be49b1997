"""The facilitator's guide's Markdown as handbook blocks: headings, paragraphs, lists and tables (no new library).

Inline marks (**bold**, `code`, <kbd>) stay in the text; the PDF renderer turns them into paragraph markup.
"""

from __future__ import annotations

import re

from play_for_integrity.guide.handbook import Block

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(.*)$")
_RULE = re.compile(r"^\s*\|?\s*:?-{2,}")


def _cells(line: str) -> tuple[str, ...]:
    return tuple(cell.strip() for cell in line.strip().strip("|").split("|"))


def parse_markdown(text: str) -> list[Block]:
    """Blocks in reading order; lines that belong together (a wrapped paragraph or item) are joined."""
    blocks: list[Block] = []
    paragraph: list[str] = []
    items: list[str] = []
    rows: list[tuple[str, ...]] = []

    def flush() -> None:
        if paragraph:
            blocks.append(Block("text", " ".join(paragraph)))
            paragraph.clear()
        if items:
            blocks.append(Block("list", items=tuple(items)))
            items.clear()
        if rows:
            blocks.append(Block("table", rows=tuple(rows)))
            rows.clear()

    for raw in text.splitlines():
        line = raw.rstrip()
        heading = _HEADING.match(line)
        item = _ITEM.match(line)
        if not line.strip() or line.strip().startswith("<!--") or line.strip() in ("---", "***"):
            flush()
        elif heading:
            flush()
            blocks.append(Block("heading", heading.group(2), min(3, len(heading.group(1)))))
        elif line.lstrip().startswith("|"):
            if paragraph or items:
                flush()
            if not _RULE.match(line.strip().strip("|")):
                rows.append(_cells(line))
        elif item:
            if paragraph or rows:
                flush()
            items.append(item.group(1).strip())
        elif items and raw[:1].isspace():
            items[-1] += " " + line.strip()
        else:
            if items or rows:
                flush()
            paragraph.append(line.strip())
    flush()
    return blocks
