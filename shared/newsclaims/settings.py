"""Settings read once per container from the environment that template.yaml gives each function.

A missing variable fails loudly at cold start (pydantic's validation error names it) instead of
surfacing later as a silent default.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from pydantic import BaseModel, ConfigDict, Field


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    table_name: str = Field(alias="TABLE_NAME")
    bucket_name: str = Field(alias="BUCKET_NAME")
    idempotency_table_name: str = Field(alias="IDEMPOTENCY_TABLE_NAME")
    max_article_bytes: int = Field(alias="MAX_ARTICLE_BYTES", gt=0)
    dead_letter_queue_url: str | None = Field(default=None, alias="DEAD_LETTER_QUEUE_URL")
    extract_queue_url: str | None = Field(default=None, alias="EXTRACT_QUEUE_URL")
    store_queue_url: str | None = Field(default=None, alias="STORE_QUEUE_URL")
    event_bus_name: str | None = Field(default=None, alias="EVENT_BUS_NAME")

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, *, require: tuple[str, ...] = ()) -> Settings:
        """Read settings; `require` names optional fields this function cannot run without."""
        settings = cls.model_validate(dict(os.environ if env is None else env))
        missing = [name for name in require if getattr(settings, name) is None]
        if missing:
            fields = cls.model_fields
            names = ", ".join(fields[name].alias or name for name in missing)
            raise RuntimeError(f"missing environment variables: {names}")
        return settings
