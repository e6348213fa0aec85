"""metrics: statistics from Chinese government work reports, every figure traced to its span.

    import metrics
    tables = metrics.load("out")          # what `metrics extract … --out out` wrote
    tables = metrics.extract("data/sample")   # or run in memory on files and folders
    tables = metrics.extract_text(text)       # or on text
    tables.mentions, tables.pairs, tables.stats_groups, tables.stats_metrics

Masked figures (``xx``, ``*``) are missing values, never numbers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from metrics.errors import ExtractionError, InputError, MetricsError, TablesError
from metrics.records import Document, Mention, Pair, Section

if TYPE_CHECKING:
    from metrics.api import Tables, extract, extract_text, load

__all__ = [
    "Document",
    "ExtractionError",
    "InputError",
    "Mention",
    "MetricsError",
    "Pair",
    "Section",
    "Tables",
    "TablesError",
    "extract",
    "extract_text",
    "load",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    # The API (and with it pyarrow) is imported on first use, so that the command line
    # can choose Arrow's allocator before pyarrow is loaded (see metrics.cli).
    if name in ("Tables", "extract", "extract_text", "load"):
        from metrics import api

        return getattr(api, name)
    raise AttributeError(f"module 'metrics' has no attribute {name!r}")


def __dir__() -> list[str]:
    return [*__all__, "__version__"]
