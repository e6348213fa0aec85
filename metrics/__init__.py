"""metrics: statistics from Chinese government work reports, every figure traced to its span.

    import metrics
    tables = metrics.load("out")          # what `metrics extract … --out out` wrote
    tables = metrics.extract("data/sample")   # or run in memory on files and folders
    tables = metrics.extract_text(text)       # or on text
    tables.mentions, tables.pairs, tables.stats_groups, tables.stats_metrics
    metrics.span("out", mention_id)        # a row's span, read back from its file

Masked figures (``xx``, ``*``) are missing values, never numbers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from metrics.errors import ExtractionError, InputError, MetricsError, TablesError
from metrics.records import Document, Mention, Pair, Section

if TYPE_CHECKING:
    from metrics.api import Span, Tables, extract, extract_text, load, span

__all__ = [
    "Document",
    "ExtractionError",
    "InputError",
    "Mention",
    "MetricsError",
    "Pair",
    "Section",
    "Span",
    "Tables",
    "TablesError",
    "extract",
    "extract_text",
    "load",
    "span",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    # The API (and with it pyarrow) is imported on first use, so that the command line
    # can choose Arrow's allocator before pyarrow is loaded (see metrics.cli).
    if name in ("Span", "Tables", "extract", "extract_text", "load", "span"):
        from metrics import api

        return getattr(api, name)
    raise AttributeError(f"module 'metrics' has no attribute {name!r}")


def __dir__() -> list[str]:
    return [*__all__, "__version__"]
