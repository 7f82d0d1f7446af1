"""`newsclaims query`: the table's access patterns from the command line.

    newsclaims query article ID            one article with its entities and claims
    newsclaims query entity KEY            articles that mention an entity, newest first
    newsclaims query speaker KEY           claims by a speaker, newest first
    newsclaims query day YYYY-MM-DD        articles published that day (UTC)

The table is `--table`, else `$NEWSCLAIMS_TABLE` (on AWS, default credentials), else the local
stack at `--endpoint` (`newsclaims local serve`).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

TABLE_ENV = "NEWSCLAIMS_TABLE"


def register(sub: Any) -> None:
    query = sub.add_parser("query", help="read the document table: article ID | entity KEY | speaker KEY | day DATE")
    query.add_argument("pattern", choices=["article", "entity", "speaker", "day"], help="the access pattern")
    query.add_argument("value", help="article id, entity key (person:ana-lopes), speaker key or date (yyyy-mm-dd)")
    query.add_argument("--endpoint", help="a local endpoint (newsclaims local serve) instead of AWS")
    query.add_argument("--table", help=f"the document table's name (default ${TABLE_ENV}, or the local stack's)")
    query.add_argument("--region", help="AWS region (default: your AWS configuration)")
    query.add_argument("--template", help="template.yaml of the local stack (with --endpoint)")
    query.add_argument("--limit", type=int, default=25, help="items per page, 1-100 (default 25)")
    query.add_argument("--next-token", help="continue a list from the token a previous page printed")
    query.add_argument("--all", action="store_true", help="every page of a list")
    query.add_argument("--oldest", action="store_true", help="oldest first")
    query.add_argument("--pending", action="store_true", help="day: include articles not yet analysed")
    query.add_argument("--json", action="store_true", help="print JSON (the read API's shapes)")
    query.set_defaults(func=cmd_query)


def make_client(args: argparse.Namespace) -> Any:
    """A client on the table named by the options (see the module docstring)."""
    from newsclaims.client import NewsclaimsClient

    table = args.table or os.environ.get(TABLE_ENV)
    if not args.endpoint:
        if not table:
            raise SystemExit(f"newsclaims query: name the table with --table or ${TABLE_ENV}, or use --endpoint")
        return NewsclaimsClient(table, region_name=args.region)
    from pathlib import Path

    from newsclaims.local.runtime import LocalStack, project_root

    template = Path(args.template) if args.template else project_root() / "template.yaml"
    try:
        stack = LocalStack.attach(template, endpoint_url=args.endpoint)
    except LookupError as error:
        raise SystemExit(f"newsclaims query: {error}") from None
    # the stack's own client: the local region and credentials, whatever the user's AWS config says
    return NewsclaimsClient(table or stack.tables["DocumentTable"], dynamodb_client=stack.dynamodb)


def cmd_query(args: argparse.Namespace) -> int:
    from newsclaims.client import InvalidRequest

    client = make_client(args)
    try:
        if args.pattern == "article":
            document = client.get_article(args.value)
            if document is None:
                print(f"newsclaims query: no article {args.value!r}", file=sys.stderr)
                return 1
            print(document.model_dump_json(indent=2) if args.json else format_document(document))
            return 0
        method, extra = {
            "entity": (client.articles_mentioning, {}),
            "speaker": (client.claims_by_speaker, {}),
            "day": (client.articles_of_day, {"include_pending": args.pending}),
        }[args.pattern]
        kwargs = {"limit": args.limit, "newest_first": not args.oldest, **extra}
        if args.all:
            items = list(client.iterate(method, args.value, **kwargs))
            token = None
        else:
            page = method(args.value, next_token=args.next_token, **kwargs)
            items, token = page.items, page.next_token
    except InvalidRequest as error:
        print(f"newsclaims query: {error.detail}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps({"items": [i.model_dump(mode="json") for i in items], "next_token": token},
                         indent=2, ensure_ascii=False))
    else:
        print(format_list(args.pattern, items, token))
    return 0


def format_document(document: Any) -> str:
    a = document.article
    lines = [f"{a.article_id} v{a.version} {a.status} {a.published_at:%Y-%m-%d %H:%M}Z {a.title or '(no title)'}"]
    if a.url:
        lines.append(f"  {a.url}")
    lines.append(f"  entities ({len(document.entities)}):")
    lines += [f"    {e.key} {e.name} ({e.type}) x{e.mention_count}" for e in document.entities]
    lines.append(f"  claims ({len(document.claims)}):")
    for c in document.claims:
        who = c.speaker or (f'"{c.source.text}"' if c.source else "(unattributed)")
        lines.append(f"    {c.number}. {who} [{c.cue.text if c.cue else '-'}] {c.status}/{c.kind}: {c.content.text}")
    return "\n".join(lines)


def format_list(pattern: str, items: list[Any], token: str | None) -> str:
    lines = []
    for item in items:
        if pattern == "speaker":
            lines.append(f"{item.published_at:%Y-%m-%d %H:%M}Z {item.article_id}#{item.number} "
                         f"{item.status}/{item.kind}: {item.content.text}")
        else:
            extra = f" x{item.mention_count}" if item.mention_count is not None else f" {item.status}"
            lines.append(f"{item.published_at:%Y-%m-%d %H:%M}Z {item.article_id} v{item.version}{extra} "
                         f"{item.title or '(no title)'}")
    lines.append(f"({len(items)} items)" + (f" next: --next-token {token}" if token else ""))
    return "\n".join(lines)
