"""The handbook's blocks as Markdown (for a text editor or a wiki) or as one self-contained HTML page (to print)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from play_for_integrity.guide.handbook import Block

FORMATS = ("md", "html")
PAGE_STYLE = """body{font-family:"Noto Sans",Arial,sans-serif;max-width:48em;margin:2em auto;padding:0 1em;line-height:1.45}
h1{font-size:1.7em}h2{margin-top:2em;border-bottom:1px solid #999}h3{margin-bottom:.3em}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3em .5em;vertical-align:top;text-align:left}
@media print{h2{break-before:page}table,li{break-inside:avoid}}"""


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(blocks: Sequence[Block]) -> str:
    out: list[str] = []
    for block in blocks:
        if block.kind == "heading":
            out.append(f"{'#' * block.level} {block.text}")
        elif block.kind == "text":
            out.append(block.text)
        elif block.kind == "field":
            out.append(f"**{block.label}:** {block.text}")
        elif block.kind == "list":
            out.append("\n".join(f"- {item}" for item in block.items))
        elif block.kind == "table":
            head, *rows = block.rows
            out.append("\n".join([f"| {' | '.join(map(_md_cell, head))} |", f"|{'---|' * len(head)}",
                                  *(f"| {' | '.join(map(_md_cell, row))} |" for row in rows)]))
    return "\n\n".join(out) + "\n"


def to_html(blocks: Sequence[Block], lang: str) -> str:
    title = next((b.text for b in blocks if b.kind == "heading"), "")
    out = [f'<!DOCTYPE html>\n<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
           f"<title>{escape(title)}</title>\n<style>{PAGE_STYLE}</style>\n</head>\n<body>"]
    for block in blocks:
        if block.kind == "heading":
            out.append(f"<h{block.level}>{escape(block.text)}</h{block.level}>")
        elif block.kind == "text":
            out.append(f"<p>{escape(block.text)}</p>")
        elif block.kind == "field":
            out.append(f"<p><strong>{escape(block.label)}:</strong> {escape(block.text)}</p>")
        elif block.kind == "list":
            out.append("<ul>" + "".join(f"<li>{escape(item)}</li>" for item in block.items) + "</ul>")
        elif block.kind == "table":
            head, *rows = block.rows
            out.append("<table><tr>" + "".join(f"<th>{escape(c)}</th>" for c in head) + "</tr>"
                       + "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
                       + "</table>")
    out.append("</body>\n</html>\n")
    return "\n".join(out)
