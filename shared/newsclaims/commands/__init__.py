"""Subcommands of `newsclaims`: one module each, with `register(subparsers)`.

Modules import their heavy dependencies (moto, the extractor) inside the command function, so
that `newsclaims --help` and every command start fast.
"""

from __future__ import annotations

from pathlib import Path

ARTICLE_SUFFIXES = (".json", ".txt", ".html", ".htm")


def article_files(paths: list[str]) -> list[Path]:
    """Article files named on the command line; a folder gives its article files (not those
    starting with '_' or '.', which hold notes and expectations, nor README files)."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                                and not p.name.startswith(("_", ".")) and not p.name.lower().startswith("readme")))
        elif path.is_file():
            files.append(path)
        else:
            raise SystemExit(f"newsclaims: no such file or folder: {raw}")
    return files


def default_fixtures() -> str:
    from newsclaims.local.runtime import project_root

    return str(project_root() / "samplefixtures")
