"""`newsclaims bench`: speed, cold start, package size and cost, measured on this machine."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    bench = sub.add_parser("bench", help="measure extractor speed, the local chain, cold start, package size and cost")
    bench.add_argument("--articles", type=int, default=500, help="articles through the local chain (default 500)")
    bench.add_argument("--runs", type=int, default=5, help="runs of the extractor and of each cold start (median)")
    bench.add_argument("--skip-build", action="store_true", help="no sam build: package size and deployed cold start skipped")
    bench.add_argument("--build-dir", help="use (or build into) this sam build output instead of a temporary one")
    bench.add_argument("--template", help="template.yaml to build and run (default: the checkout's)")
    bench.add_argument("--corpora", help="folder holding wikinews-gum/text/ (default: ../shared/corpora or $NEWSCLAIMS_CORPORA)")
    bench.add_argument("--profile", action="store_true", help="print a cProfile of the extractor instead")
    bench.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    bench.set_defaults(func=cmd_bench)


def cmd_bench(args: argparse.Namespace) -> int:
    from newsclaims import bench

    if args.articles < 1 or args.runs < 1:
        print("newsclaims bench: --articles and --runs must be at least 1", file=sys.stderr)
        return 2
    if args.profile:
        print(bench.profile_extractor(bench.load_corpus(Path(args.corpora) if args.corpora else None)))
        return 0

    def progress(message: str) -> None:
        print(f"bench: {message}", file=sys.stderr, flush=True)

    report = bench.run_bench(
        articles=args.articles, runs=args.runs, skip_build=args.skip_build,
        build_dir=Path(args.build_dir) if args.build_dir else None,
        template=Path(args.template) if args.template else None,
        corpora=Path(args.corpora) if args.corpora else None, progress=progress,
    )
    print(json.dumps(report, indent=2) if args.json else bench.format_table(report))
    return 0
