"""Compare `sam build` outputs: unzipped size and cold start (as deployed) per function.

    .venv/bin/python scripts/bench_builds.py before=/tmp/b1 after=/tmp/b2 [--runs 7] [--no-tracer]

Runs alternate between the builds (build A, build B, A, B, ...) so that a busy machine slows
both alike. Each build is a folder that `sam build --build-dir` wrote.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsclaims import bench
from newsclaims.local.runtime import project_root
from newsclaims.local.template import load_template


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("builds", nargs="+", help="LABEL=BUILD_DIR")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-tracer", action="store_true", help="POWERTOOLS_TRACE_DISABLED=true (no X-Ray SDK)")
    args = parser.parse_args(argv)
    builds = dict(b.split("=", 1) for b in args.builds)
    template = load_template(project_root() / "template.yaml")
    environments = bench.function_environment()
    if args.no_tracer:
        environments = {k: {**v, "POWERTOOLS_TRACE_DISABLED": "true"} for k, v in environments.items()}
    wall: dict[str, dict[str, list[float]]] = {label: {} for label in builds}
    cpu: dict[str, dict[str, list[float]]] = {label: {} for label in builds}
    for _ in range(args.runs):
        for label, folder in builds.items():
            one = bench.cold_start_built(environments, Path(folder), runs=1)
            for function, value in one.items():
                if "min" in value:
                    wall[label].setdefault(function, []).append(value["min"])
                    cpu[label].setdefault(function, []).append(value["cpu_median"])
    report = {
        label: {
            "package_mb": bench.package_sizes(Path(folder), template),
            "cold_start_ms": {f: {"cpu_median": round(bench.median(cpu[label][f]), 1), "median": round(bench.median(v), 1),
                                  "min": round(min(v), 1), "max": round(max(v), 1)}
                              for f, v in wall[label].items()},
        }
        for label, folder in builds.items()
    }
    json.dump(report, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
