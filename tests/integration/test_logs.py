"""No article text or personal data in the functions' logs."""

from __future__ import annotations

import json
import re
from typing import Any

from newsclaims.local import session
from tests.conftest import FIXTURES


def test_a_whole_run_logs_no_article_text_and_no_names(stack: Any) -> None:
    # given every sample fixture but the large one (its text is made of the others' kind)
    files = [p for p in sorted(FIXTURES.glob("0*")) if p.stat().st_size < 100_000]
    keys = session.upload(stack, files)
    stack.post_article(json.dumps({"text": "Nadia Okonkwo told reporters the clinic will close.", "language": "en"}))
    stack.post_article(json.dumps({"text": "Un texte en français sur la clinique de Nadia Okonkwo qui ferme."}))
    # when the chain runs to the end
    stack.pump()
    report = session.summarise(stack, keys)
    logs = stack.log.getvalue()
    # then the logs say what happened ...
    assert "\"message\":\"stored article\"" in logs
    assert "unsupported_language" in logs
    # ... without any run of six words from an article, nor any name found in one
    for path in files:
        words = re.findall(r"\w+", path.read_text(encoding="utf-8"))
        for start in range(0, max(0, len(words) - 6), 3):
            phrase = " ".join(words[start:start + 6])
            assert not re.search(r"\W+".join(map(re.escape, words[start:start + 6])), logs), phrase
    names = {e["name"] for r in report["results"] for e in r.get("entities", []) if e["type"] == "PERSON"}
    names.add("Nadia Okonkwo")
    assert names and not [n for n in names if n in logs]
