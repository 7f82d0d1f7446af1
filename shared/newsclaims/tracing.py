"""X-Ray subsegments for AWS calls, without importing botocore while a function starts.

Powertools' Tracer patches botocore when it is created (`auto_patch`), which imports botocore and
urllib3 at import time: about a third of a function's cold start. The functions create their
Tracer with `auto_patch=False` and call `trace_aws_calls`, which patches botocore the moment
something imports `botocore.session`, that is, when the first client is made (every client,
boto3's included, comes from a botocore session). Every AWS call is still traced, as with
`auto_patch`.
"""

from __future__ import annotations

from typing import Any


def trace_aws_calls(tracer: Any) -> None:
    """Patch botocore for `tracer` as soon as `botocore.session` is imported (at once if it
    already is). A disabled tracer patches nothing, as with `Tracer.patch`.

    The hook is on `botocore.session` rather than `botocore.client`, the module the patch
    wraps: a post-import hook runs before the package has the new module as an attribute, and
    the patch reaches `botocore.client` through the package. `botocore.session` imports
    `botocore.client` first, so by then the attribute is there."""
    from wrapt import register_post_import_hook  # a dependency of aws-xray-sdk, which Tracer uses

    register_post_import_hook(lambda _module: tracer.patch(["botocore"]), "botocore.session")
