"""metrics: statistics from Chinese government work reports, every figure traced to its span.

    import metrics
    tables = metrics.load("out")          # what `metrics extract … --out out` wrote
    tables = metrics.extract("data/sample")   # or run in memory on files or text
    tables.mentions, tables.pairs, tables.stats

Masked figures (``xx``, ``*``) are missing values, never numbers.
"""

from metrics.api import Tables, extract, load
from metrics.records import Document, Mention, Pair, Section

__all__ = ["Document", "Mention", "Pair", "Section", "Tables", "extract", "load"]
__version__ = "0.1.0"
