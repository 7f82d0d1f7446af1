"""`newsclaims redrive`: move a DLQ's messages back to their source queue (AWS or a local endpoint)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def register(sub: Any) -> None:
    redrive = sub.add_parser("redrive", help="move a DLQ's messages back to the queue they came from")
    redrive.add_argument("queue", help="the DLQ: its URL or name (see the stack outputs)")
    redrive.add_argument("--endpoint", help="a local endpoint URL (newsclaims local serve); default: AWS")
    redrive.add_argument("--region", help="AWS region (default: your AWS configuration's)")
    redrive.add_argument("--json", action="store_true", help="print the result as JSON")
    redrive.set_defaults(func=cmd_redrive)


def cmd_redrive(args: argparse.Namespace) -> int:
    import boto3

    from newsclaims.redrive import redrive, resolve_queue_url

    sqs = boto3.client("sqs", endpoint_url=args.endpoint, region_name=args.region)
    try:
        result = redrive(sqs, resolve_queue_url(sqs, args.queue))
    except ValueError as exc:
        print(f"newsclaims redrive: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps({"dlq": result.dlq_url, "source": result.source_url, "moved": result.moved,
                          "method": result.method}))
    else:
        print(f"moved {result.moved} messages from {result.dlq_url} to {result.source_url} ({result.method})")
    return 0
