"""`newsclaims invoke`: one function with an event file on a local stack (like `sam local invoke`)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    invoke = sub.add_parser("invoke", help="invoke one function with an event file on a local stack")
    invoke.add_argument("function", help="function folder name (ingest) or logical id (IngestFunction)")
    invoke.add_argument("event", help="event JSON file, e.g. events/ingest-api.json")
    invoke.add_argument("--follow", action="store_true", help="pump the rest of the chain and print what reached the table")
    invoke.add_argument("--template", help="template.yaml to build the local stack from")
    invoke.set_defaults(func=cmd_invoke)


def cmd_invoke(args: argparse.Namespace) -> int:
    from newsclaims.local.session import invoke_event

    event = json.loads(Path(args.event).read_text(encoding="utf-8"))
    output = invoke_event(args.function, event, follow=args.follow, template=args.template)
    print(json.dumps(output, indent=2, ensure_ascii=False, default=str))
    return 0
