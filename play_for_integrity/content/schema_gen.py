"""The JSON Schemas in scenarios/schema/ that editors use, generated from the content declaration.

Regenerate after changing the declaration: `python -m play_for_integrity.content.schema_gen` (`--check` only compares).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from play_for_integrity import paths
from play_for_integrity.content.declaration import SCENARIO, TASK_FILE
from play_for_integrity.content.fields import (
    ID_PATTERN,
    ID_RULE,
    AssetPath,
    ContentType,
    Field,
    Id,
    Kind,
    ListOf,
    MapOf,
    OneOf,
    Text,
    Whole,
)

DIALECT = "http://json-schema.org/draft-07/schema#"
BASE_ID = "https://play-for-integrity.example/schema/"
SCHEMAS = {  # file name -> (top content type, title)
    "scenario.schema.json": (SCENARIO, "Play for Integrity scenario"),
    "tasks.schema.json": (TASK_FILE, "Play for Integrity task cards"),
}
# A text must hold more than spaces, and no control character (nor a line break inside a one-line text).
ONE_LINE = r"^\s*(?=\S)[^\u0000-\u001f\u007f-\u009f]*\s*$"
PARAGRAPHS = r"^\s*(?=\S)[^\u0000-\u0009\u000b-\u001f\u007f-\u009f]*$"


def _path_pattern(suffixes: tuple[str, ...]) -> str:
    """Relative, without '..' or ':', ending in one of `suffixes` in any case."""
    ends = "|".join("".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in s.lstrip(".")) for s in suffixes)
    return rf"^(?![/\\])(?!.*\.\.)(?!.*:)[^\s].*\.({ends})$"


def _kind(kind: Kind, definitions: dict[str, Any]) -> dict[str, Any]:
    if isinstance(kind, Id):
        return {"$ref": "#/definitions/id"}
    if isinstance(kind, Text):
        return {"type": "string", "pattern": PARAGRAPHS if kind.line_breaks else ONE_LINE, "maxLength": kind.max_length}
    if isinstance(kind, AssetPath):
        return {"type": "string", "minLength": 1, "maxLength": kind.max_length, "pattern": _path_pattern(kind.suffixes)}
    if isinstance(kind, Whole):
        return {"type": "integer", "minimum": kind.low, "maximum": kind.high}
    if isinstance(kind, OneOf):
        return {"enum": list(kind.values)}
    if isinstance(kind, ListOf):
        counts = {"minItems": kind.min_items or None, "maxItems": kind.max_items, "uniqueItems": kind.unique or None}
        return {"type": "array", **{k: v for k, v in counts.items() if v is not None},
                "items": _kind(kind.item, definitions)}
    if isinstance(kind, MapOf):
        counts = {"minProperties": kind.min_items or None, "maxProperties": kind.max_items}
        return {"type": "object", **{k: v for k, v in counts.items() if v is not None},
                "propertyNames": _kind(kind.key, definitions),
                "additionalProperties": _kind(kind.value, definitions)}
    name = kind.type.name.replace(" ", "-")
    if name not in definitions:
        definitions[name] = {}  # claimed first, so a type that nests itself ends
        definitions[name] = _object(kind.type, definitions)
    return {"$ref": f"#/definitions/{name}"}


def _describe(field: Field) -> str:
    meanings = field.kind.meanings if isinstance(field.kind, OneOf) else ()
    return " ".join([field.description, *(f"{value}: {meaning}." for value, meaning in meanings)])


def _object(ctype: ContentType, definitions: dict[str, Any]) -> dict[str, Any]:
    return {"description": ctype.description, "type": "object", "additionalProperties": False,
            "required": list(ctype.required),
            "properties": {f.name: {**_kind(f.kind, definitions), "description": _describe(f)} for f in ctype.fields}}


def schema_for(top: ContentType, file_name: str, title: str) -> dict[str, Any]:
    """The Draft-07 JSON Schema of a file holding one `top` content type."""
    definitions: dict[str, Any] = {"id": {"type": "string", "pattern": ID_PATTERN,
                                          "description": ID_RULE[0].upper() + ID_RULE[1:] + "."}}
    body = _object(top, definitions)
    return {"$schema": DIALECT, "$id": BASE_ID + file_name, "title": title, **body, "definitions": definitions}


def render(file_name: str) -> str:
    """The text of one schema file, as committed."""
    top, title = SCHEMAS[file_name]
    return json.dumps(schema_for(top, file_name, title), indent=2, ensure_ascii=False) + "\n"


def schema_dir() -> Path:
    return paths.scenarios_dir() / "schema"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m play_for_integrity.content.schema_gen", description=__doc__)
    parser.add_argument("--check", action="store_true", help="only report schema files that differ; exit 1 if any")
    parser.add_argument("--dir", type=Path, default=None, help="the schema folder (default: scenarios/schema)")
    args = parser.parse_args(argv)
    folder = args.dir or schema_dir()
    stale = []
    for file_name in SCHEMAS:
        path = folder / file_name
        text = render(file_name)
        try:
            current = path.read_text(encoding="utf-8")
        except OSError:
            current = None
        if current == text:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}")
    if args.check and stale:
        for path in stale:
            print(f"{path} differs from the content declaration: run python -m play_for_integrity.content.schema_gen",
                  file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
