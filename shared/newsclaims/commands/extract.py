"""`newsclaims extract`: the extractor alone, printing the extraction contract (DESIGN.md section 3)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    ext = sub.add_parser("extract", help="entities and claims of article files, as contract JSON")
    ext.add_argument("files", nargs="*", help="article files (.txt, .json, .html)")
    ext.add_argument("--jsonl", action="store_true",
                     help='read {"id": ..., "text": ...} lines on stdin, write one result line per input')
    ext.add_argument("--indent", type=int, default=None, help="indent the JSON of FILE results")
    ext.set_defaults(func=cmd_extract)


def file_text(path: Path) -> str:
    """The text the pipeline would extract from an article file (HTML reduced to its story)."""
    from newsclaims import ingest

    raw = path.read_bytes()
    article = ingest.parse_article(raw, ingest.content_type_for(path.name), max_bytes=len(raw) + 1)
    if article.html is not None:
        return ingest.html_to_text(article.html).text
    return article.text or ""


def extract_jsonl(lines: Any, out: Any) -> int:
    """One result line per input line, same id, same order; a bad line gets an error line."""
    from newsclaims.nlp import extract

    status = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        record_id: Any = None
        try:
            record = json.loads(line)
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise ValueError("expected an object with a string 'text'")
            record_id = record.get("id")
            result = extract(record["text"], id=None if record_id is None else str(record_id)).model_dump(mode="json")
            result["id"] = record_id
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
        except ValueError as exc:  # one bad line is reported in place and never stops the rest
            status = 1
            out.write(json.dumps({"id": record_id, "error": f"line {number}: {exc}"}) + "\n")
        out.flush()
    return status


def cmd_extract(args: argparse.Namespace) -> int:
    from newsclaims.errors import ArticleRejected
    from newsclaims.nlp import extract

    if args.jsonl:
        return extract_jsonl(sys.stdin, sys.stdout)
    if not args.files:
        print("newsclaims extract: give FILE arguments or --jsonl (JSON lines on stdin)", file=sys.stderr)
        return 2
    for name in args.files:
        path = Path(name)
        try:
            text = file_text(path)
        except (OSError, ArticleRejected) as exc:
            print(f"newsclaims extract: {name}: {exc}", file=sys.stderr)
            return 1
        print(extract(text, id=path.stem).model_dump_json(indent=args.indent))
    return 0
