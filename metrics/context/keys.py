"""The grouping key of a metric across reports."""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from metrics import regex_cache
from metrics.normalize import FOLD_TABLE, PARTY_D

METRIC_KEY_DROP: Final = regex_cache.compile(r"[\s“”\"'‘’《》〈〉「」()（）]+")
# A trailing count word that adds nothing to what is counted (参保人数 → 参保人, 能源消费
# 总量 → 能源消费); not 量 or 数 that make a word with what stands before them (产量,
# 吞吐量, 质量, 价格指数, 系数), whose key would be cut short (粮食产, 空气质, 价格指).
METRIC_KEY_TAIL: Final = (
    regex_cache.compile(r"(?:数量|总数|总量|总额|(?<![指系函基倍分级读参常变])数)$")
)
# the endings of METRIC_KEY_TAIL's words (产量, 吞吐量, 营业额 end in none: not asked)
TAIL_ENDS: Final = ("数", "数量", "总量", "总额")


@lru_cache(maxsize=4096)  # a report names the same metrics again and again
def metric_key(metric: str | None) -> str | None:
    """A form of ``metric`` for grouping across reports: width and spaces folded, quotes
    dropped, D read as 党, and a trailing 数/总数/总量 removed (参保人数 and 参保人 group)."""
    if not metric:
        return None
    key = metric.translate(FOLD_TABLE)
    if not key.isalnum():  # (what the pattern drops is never a letter or a digit)
        key = METRIC_KEY_DROP.sub("", key)
    if "D" in key:
        key = PARTY_D.sub("党", key)
    if key.endswith(TAIL_ENDS):  # (most keys end otherwise: the pattern is not tried)
        key = METRIC_KEY_TAIL.sub("", key) or key
    return key or None
