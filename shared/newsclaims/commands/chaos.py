"""`newsclaims chaos`: fault injection on the local chain, then a check of the table."""

from __future__ import annotations

import argparse
import json
from typing import Any


def register(sub: Any) -> None:
    chaos = sub.add_parser("chaos", help="run generated articles through the local chain while injecting faults")
    chaos.add_argument("--articles", type=int, default=1000, help="articles to generate (default 1000)")
    chaos.add_argument("--seed", type=int, default=7, help="random seed: the same seed injects the same faults")
    chaos.add_argument("--json", action="store_true", help="print only the JSON result")
    chaos.add_argument("--template", help="template.yaml to build the local stack from")
    chaos.set_defaults(func=cmd_chaos)


def cmd_chaos(args: argparse.Namespace) -> int:
    from newsclaims.chaos import ChaosConfig, run_chaos
    from newsclaims.local.session import local_stack

    with local_stack(args.template) as stack:
        result = run_chaos(ChaosConfig(articles=args.articles, seed=args.seed), stack)
    print(json.dumps(result, indent=None if args.json else 2))
    healthy = (result["lost"] == 0 and result["duplicated_items"] == 0 and result["stale_items"] == 0
               and result["dead_lettered"] == result["poison_injected"])
    return 0 if healthy else 1
