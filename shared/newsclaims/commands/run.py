"""`newsclaims run`: the main job, the whole chain locally on article files."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from newsclaims.commands import article_files, default_fixtures


def register(sub: Any) -> None:
    run = sub.add_parser("run", help="run the whole chain locally on article files (default: samplefixtures/)")
    run.add_argument("paths", nargs="*", help="article files or folders (default: samplefixtures/)")
    run.add_argument("--json", action="store_true", help="print one JSON object instead of the report")
    run.add_argument("--progress", action="store_true", help="show the progress bar even when not on a terminal")
    run.add_argument("--template", help="template.yaml to build the local stack from")
    run.add_argument("--endpoint", help="use a running local endpoint (newsclaims local serve) instead of an in-process one")
    run.set_defaults(func=cmd_run)


def cmd_run(args: argparse.Namespace) -> int:
    from newsclaims.local.session import run_files

    files = article_files(args.paths or [default_fixtures()])
    if not files:
        print("newsclaims: no article files (.json, .txt, .html) given", file=sys.stderr)
        return 2
    show_progress = args.progress or (not args.json and sys.stderr.isatty())
    report = run_files(files, template=args.template, progress=show_progress, endpoint_url=args.endpoint)
    print(json.dumps(report, indent=2, ensure_ascii=False) if args.json else format_report(report))
    return 0 if report["lost"] == 0 else 1


def format_report(report: dict[str, Any]) -> str:
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
