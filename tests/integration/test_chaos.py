"""Fault injection: nothing lost, nothing duplicated, nothing stale, poison and only poison in DLQs."""

from __future__ import annotations

from typing import Any

from newsclaims.chaos import ChaosConfig, run_chaos


def test_under_injected_faults_every_article_is_stored_exactly_once_per_version(stack: Any) -> None:
    # heavier fault rates than the default, on fewer articles, so every kind of fault happens
    config = ChaosConfig(articles=100, seed=11, poison_rate=0.04, resend_rate=0.2, new_version_rate=0.2,
                         s3_drop_rate=0.5, lost_delete_rate=0.1, duplicate_send_rate=0.1, throttle_rate=0.05,
                         s3_failure_rate=0.2, batch_timeout_rate=0.1, store_kill_rate=0.3)
    result = run_chaos(config, stack)
    assert result["lost"] == 0
    assert result["duplicated_items"] == 0
    assert result["stale_items"] == 0
    assert result["poison_injected"] > 0
    assert result["dead_lettered"] == result["poison_injected"]
    assert result["completed"] == result["articles"]
    # the faults really happened (a run without them would prove nothing)
    for fault in ("lost_deletes", "duplicate_sends", "throttles", "unprocessed", "s3_failures",
                  "batch_timeouts", "store_kills", "poison_reads"):
        assert result["faults"].get(fault, 0) > 0, fault
