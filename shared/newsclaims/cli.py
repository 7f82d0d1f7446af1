"""The `newsclaims` command. Each subcommand lives in `newsclaims.commands.<name>` and registers
itself there (a module with `register(subparsers)`), so a new command is one new module.

    newsclaims run [PATH ...] [--json]           the whole chain locally on article files
    newsclaims invoke FUNCTION EVENT [--follow]  one function with an event file, like `sam local invoke`
    newsclaims extract [FILE ...] [--jsonl]      the extractor alone (the DESIGN.md section 3 contract)
    newsclaims eval entities|claims ...          precision, recall and F1 on gold-annotated corpora
    newsclaims query article|entity|speaker|day  the table's access patterns
    newsclaims local serve [--port P]            a long-running local endpoint (moto server)
    newsclaims chaos / redrive / bench           fault injection, DLQ redrive, benchmarks

Other tools rely on this interface and on the JSON it prints; `newsclaims --help` lists them all.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from newsclaims import __version__, commands


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsclaims", description="News articles in; named entities and attributed claims out.")
    parser.add_argument("--version", action="version", version=f"newsclaims {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in sorted(m.name for m in pkgutil.iter_modules(commands.__path__) if not m.name.startswith("_")):
        importlib.import_module(f"newsclaims.commands.{module}").register(sub)
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
