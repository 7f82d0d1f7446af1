"""`newsclaims eval`: precision, recall and F1 of the extractor on gold-annotated corpora."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def register(sub: Any) -> None:
    ev = sub.add_parser("eval", help="score the extractor on gold-annotated corpora")
    ev.add_argument("what", choices=["entities", "claims"])
    ev.add_argument("--conll", help="CoNLL file (PER/ORG/LOC/MISC), entities only")
    ev.add_argument("--gold", help="folder in the wikinews-gum layout (text/ and gold/)")
    ev.add_argument("--split", choices=["all", "heldout", "dev"], default="all",
                    help="with --gold: all articles, the held-out third (sorted ids, every third from the "
                         "third) or the development rest; with --conll: heldout is every fifth document, dev the "
                         "other four fifths (the tagger's training documents)")
    ev.add_argument("--json", action="store_true", help="print the report as JSON")
    ev.set_defaults(func=cmd_eval)


def cmd_eval(args: argparse.Namespace) -> int:
    if args.what == "entities":
        from newsclaims.nlp import eval_entities as module
    else:
        from newsclaims.nlp import eval_claims as module  # type: ignore[no-redef]
    if args.conll:
        if args.what != "entities":
            print("newsclaims eval: --conll scores entities only", file=sys.stderr)
            return 2
        report = module.evaluate_conll(args.conll, split=args.split)
    elif args.gold:
        from newsclaims.nlp.gold import wikinews_split

        report = module.evaluate_gold(args.gold, wikinews_split(args.gold, args.split))
    else:
        print("newsclaims eval: give --gold DIR (or --conll FILE for entities)", file=sys.stderr)
        return 2
    print(json.dumps(report, indent=2) if args.json else module.format_report(report))
    return 0
