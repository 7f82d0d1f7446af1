"""The time the pipeline reads (lease expiry, timestamps).

On AWS it is the wall clock. The local runtime moves it forward when it lets a message's
visibility timeout pass, so that time-based behaviour (an abandoned write lease expiring)
happens in a local run without actually waiting.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

_offset = timedelta(0)


def now() -> datetime:
    return datetime.now(UTC) + _offset


def advance(seconds: float) -> None:
    """Move this process's clock forward (local runtime and tests only)."""
    global _offset
    _offset += timedelta(seconds=seconds)


def offset_seconds() -> float:
    """How far this process's clock has been moved forward."""
    return _offset.total_seconds()
