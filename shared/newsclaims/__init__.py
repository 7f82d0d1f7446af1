"""newsclaims: named entities and attributed claims from news articles.

The package is the Lambda layer's code and the local tooling at once: `models`, `ingest`,
`nlp` (pure extraction), `storage` (the only module that touches the table), `pipeline`
(one function per stage, called by the thin handlers), `local` (the stack on moto) and `cli`.
"""

__version__ = "0.1.0"
