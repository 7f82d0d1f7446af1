"""`newsclaims local serve`: a long-running local endpoint (moto server) with the stack deployed.

Other processes then share its state: `newsclaims run --endpoint URL`, `newsclaims query ...
--endpoint URL`, boto3 or the AWS CLI with `--endpoint-url URL`. Articles put in its bucket or
queues by anyone flow through the chain, because this process keeps pumping the queues.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
import threading
from typing import Any

DEFAULT_PORT = 5000
LOCAL_ONLY = "127.0.0.1"  # never listen beyond this machine: the endpoint takes any credentials


def register(sub: Any) -> None:
    local = sub.add_parser("local", help="a local AWS endpoint with the stack deployed (local serve)")
    actions = local.add_subparsers(dest="local_command", required=True, metavar="ACTION")
    serve = actions.add_parser("serve", help="serve the stack of template.yaml on a moto server at 127.0.0.1 until Ctrl-C")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT}; 0 picks a free one)")
    serve.add_argument("--json", action="store_true", help="print the endpoint and resource names as one JSON line")
    serve.add_argument("--template", help="template.yaml to build the stack from")
    serve.add_argument("--log", help="append the functions' logs to this file (default: discard)")
    serve.add_argument("--interval", type=float, default=0.5, help="seconds between polls of the queues (default 0.5)")
    serve.set_defaults(func=cmd_serve)


def describe(stack: Any, endpoint: str) -> dict[str, Any]:
    """What a user or another program needs to talk to the served stack."""
    from newsclaims.local.runtime import REGION

    return {
        "endpoint": endpoint, "region": REGION, "stack_name": stack.resolver.stack_name,
        "table": stack.tables.get("DocumentTable"), "tables": dict(stack.tables),
        "bucket": stack.buckets.get("ArticleBucket"), "buckets": dict(stack.buckets),
        "event_bus": stack.event_buses.get("EventBus"),
        "queues": {logical_id: queue.url for logical_id, queue in stack.queues.items()},
    }


def _report(info: dict[str, Any]) -> str:
    lines = [f"newsclaims local endpoint: {info['endpoint']} (region {info['region']}, any credentials)"]
    lines += [f"  table      {name}  ({logical})" for logical, name in info["tables"].items()]
    lines += [f"  bucket     {name}  ({logical})" for logical, name in info["buckets"].items()]
    lines.append(f"  event bus  {info['event_bus']}")
    lines += [f"  queue      {url}" for url in info["queues"].values()]
    lines.append(f"try: newsclaims run --endpoint {info['endpoint']}  |  newsclaims query day YYYY-MM-DD "
                 f"--endpoint {info['endpoint']}")
    lines.append("Ctrl-C to stop.")
    return "\n".join(lines)


def cmd_serve(args: argparse.Namespace) -> int:
    from pathlib import Path

    from moto.server import ThreadedMotoServer

    from newsclaims.local.runtime import LocalStack, project_root

    # werkzeug logs every request on stderr; a long run would drown the useful lines
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    server = ThreadedMotoServer(ip_address=LOCAL_ONLY, port=args.port, verbose=False)
    server.start()
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    log = open(args.log, "a", encoding="utf-8") if args.log else open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    try:
        host, port = server.get_host_and_port()
        endpoint = f"http://{host}:{port}"
        template = Path(args.template) if args.template else project_root() / "template.yaml"
        stack = LocalStack.create(template, endpoint_url=endpoint, log=log)
        info = describe(stack, endpoint)
        print(json.dumps(info) if args.json else _report(info), flush=True)
        _pump_until(stack, stop, args.interval)
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.stop()
        log.close()
    if not args.json:
        print("stopped", file=sys.stderr)
    return 0


def _pump_until(stack: Any, stop: threading.Event, interval: float) -> None:
    """Deliver whatever other processes put in the queues, until stopped."""
    while not stop.is_set():
        try:
            # bounded rounds: a long backlog is worked off over several turns, never blocks a stop
            stack.pump(max_rounds=20)
        except RuntimeError:
            # more to deliver (or another process holds messages in flight): go on soon
            stop.wait(0.05)
            continue
        except Exception as error:  # keep serving: one bad turn must not take the endpoint down
            print(json.dumps({"level": "ERROR", "message": "pump failed", "error": type(error).__name__}),
                  file=sys.stderr, flush=True)
        stop.wait(interval)
