"""The `newsclaims` command: run the pipeline locally, invoke functions, extract, evaluate.

    newsclaims run [PATH ...] [--json]           the whole chain on article files (default: samplefixtures/)
    newsclaims invoke FUNCTION EVENT [--follow]  one function with an event file, like `sam local invoke`
    newsclaims extract [FILE ...] [--jsonl]      the extractor alone (the DESIGN.md section 3 contract)
    newsclaims eval entities|claims ...          precision, recall and F1 on gold-annotated corpora

Other tools rely on this interface and on the JSON it prints.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ARTICLE_SUFFIXES = (".json", ".txt", ".html", ".htm")


def _article_files(paths: Sequence[str]) -> list[Path]:
    """Article files named on the command line; a folder gives its article files (not those
    starting with '_' or '.', which hold notes and expectations, nor README files)."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                                and not p.name.startswith(("_", ".")) and not p.name.lower().startswith("readme")))
        elif path.is_file():
            files.append(path)
        else:
            raise SystemExit(f"newsclaims: no such file or folder: {raw}")
    return files


def _default_fixtures() -> str:
    from newsclaims.local.runtime import project_root

    return str(project_root() / "samplefixtures")


# --- run --------------------------------------------------------------------------------------


def cmd_run(args: argparse.Namespace) -> int:
    from newsclaims.local.session import run_files

    files = _article_files(args.paths or [_default_fixtures()])
    if not files:
        print("newsclaims: no article files (.json, .txt, .html) given", file=sys.stderr)
        return 2
    report = run_files(files, template=args.template, progress=(not args.json and sys.stderr.isatty()) or args.progress,
                       endpoint_url=args.endpoint)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(format_run_report(report))
    return 0 if report["lost"] == 0 else 1


def format_run_report(report: dict[str, Any]) -> str:
    lines: list[str] = []
    for article in report["results"]:
        head = f"{article['file']}: {article['status']}"
        if article.get("article_id"):
            head += f" (article {article['article_id']} v{article['version']})"
        if article.get("reason"):
            head += f" - {article['reason']}: {article['detail']}"
        lines.append(head)
        if article["status"] != "COMPLETE":
            continue
        entities = article.get("entities", [])
        shown = ", ".join(f"{e['name']} ({e['type']})" for e in entities[:25])
        more = f" ... and {len(entities) - 25} more" if len(entities) > 25 else ""
        lines.append(f"  entities ({len(entities)}): {shown}{more}")
        claims = article.get("claims", [])
        lines.append(f"  claims ({len(claims)}):")
        for claim in claims[:20]:
            who = claim.get("speaker") or (f"\"{claim['source']}\"" if claim.get("source") else "(unattributed)")
            content = claim["content"] if len(claim["content"]) <= 90 else claim["content"][:87] + "..."
            hedges = f" hedges={','.join(claim['hedges'])}" if claim.get("hedges") else ""
            lines.append(f"    - {who} [{claim.get('cue') or '-'}] {claim['status']}/{claim['kind']}{hedges}: {content}")
        if len(claims) > 20:
            lines.append(f"    ... and {len(claims) - 20} more")
    lines.append("")
    lines.append(
        f"{report['articles']} articles: {report['completed']} completed, {report['rejected']} rejected, "
        f"{report['dead_lettered']} dead-lettered, {report['lost']} lost; "
        f"{report['entities']} entities, {report['claims']} claims, {report['table_items']} table items"
    )
    return "\n".join(lines)


# --- invoke -----------------------------------------------------------------------------------


def cmd_invoke(args: argparse.Namespace) -> int:
    from newsclaims.local.session import invoke_event

    event = json.loads(Path(args.event).read_text(encoding="utf-8"))
    output = invoke_event(args.function, event, follow=args.follow, template=args.template)
    print(json.dumps(output, indent=2, ensure_ascii=False, default=str))
    return 0


# --- extract ----------------------------------------------------------------------------------


def _file_text(path: Path) -> str:
    """The text the pipeline would extract from an article file (HTML reduced to its story)."""
    from newsclaims import ingest

    raw = path.read_bytes()
    content_type = ingest.content_type_for(path.name)
    article = ingest.parse_article(raw, content_type, max_bytes=len(raw) + 1)
    if article.html is not None:
        return ingest.html_to_text(article.html).text
    return article.text or ""


def cmd_extract(args: argparse.Namespace) -> int:
    from newsclaims.errors import ArticleRejected
    from newsclaims.nlp import extract

    if args.jsonl:
        status = 0
        for number, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            record_id: Any = None
            try:
                record = json.loads(line)
                if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                    raise ValueError("expected an object with a string 'text'")
                record_id = record.get("id")
                result = extract(record["text"], id=None if record_id is None else str(record_id))
                out = result.model_dump(mode="json")
                out["id"] = record_id
                sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
            except ValueError as exc:  # one bad line is reported in place and never stops the rest
                status = 1
                sys.stdout.write(json.dumps({"id": record_id, "error": f"line {number}: {exc}"}) + "\n")
            sys.stdout.flush()
        return status
    if not args.files:
        print("newsclaims extract: give FILE arguments or --jsonl (JSON lines on stdin)", file=sys.stderr)
        return 2
    for name in args.files:
        path = Path(name)
        try:
            text = _file_text(path)
        except (OSError, ArticleRejected) as exc:
            print(f"newsclaims extract: {name}: {exc}", file=sys.stderr)
            return 1
        result = extract(text, id=path.stem)
        print(result.model_dump_json(indent=args.indent))
    return 0


# --- eval -------------------------------------------------------------------------------------


def cmd_eval(args: argparse.Namespace) -> int:
    if args.what == "entities":
        from newsclaims.nlp import eval_entities as module
    else:
        from newsclaims.nlp import eval_claims as module  # type: ignore[no-redef]
    if args.conll:
        if args.what != "entities":
            print("newsclaims eval: --conll scores entities only", file=sys.stderr)
            return 2
        report = module.evaluate_conll(args.conll)
    elif args.gold:
        report = module.evaluate_gold(args.gold)
    else:
        print("newsclaims eval: give --gold DIR (or --conll FILE for entities)", file=sys.stderr)
        return 2
    print(json.dumps(report, indent=2) if args.json else module.format_report(report))
    return 0


# --- parser -----------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsclaims", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run the whole chain locally on article files")
    run.add_argument("paths", nargs="*", help="article files or folders (default: samplefixtures/)")
    run.add_argument("--json", action="store_true", help="print one JSON object instead of the report")
    run.add_argument("--progress", action="store_true", help="show the progress bar even when not on a terminal")
    run.add_argument("--template", help="template.yaml to build the local stack from")
    run.add_argument("--endpoint", help="use a running local endpoint (newsclaims local serve) instead of an in-process one")
    run.set_defaults(func=cmd_run)

    invoke = sub.add_parser("invoke", help="invoke one function with an event file on a local stack")
    invoke.add_argument("function", help="function folder name (ingest) or logical id (IngestFunction)")
    invoke.add_argument("event", help="event JSON file, e.g. events/ingest-api.json")
    invoke.add_argument("--follow", action="store_true", help="pump the rest of the chain and print what reached the table")
    invoke.add_argument("--template", help="template.yaml to build the local stack from")
    invoke.set_defaults(func=cmd_invoke)

    ext = sub.add_parser("extract", help="entities and claims of article files, as contract JSON")
    ext.add_argument("files", nargs="*")
    ext.add_argument("--jsonl", action="store_true", help='read {"id": ..., "text": ...} lines on stdin, write one result line each')
    ext.add_argument("--indent", type=int, default=None, help="indent the JSON of FILE results")
    ext.set_defaults(func=cmd_extract)

    ev = sub.add_parser("eval", help="score the extractor on gold-annotated corpora")
    ev.add_argument("what", choices=["entities", "claims"])
    ev.add_argument("--conll", help="CoNLL file (PER/ORG/LOC/MISC)")
    ev.add_argument("--gold", help="folder in the wikinews-gum layout (text/ and gold/)")
    ev.add_argument("--json", action="store_true")
    ev.set_defaults(func=cmd_eval)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
