"""Additivity: which figures may be added up into a sum an analyst can publish.

Contract: ``is_additive(unit_family, metric_key)`` is True only for a quantity whose
parts add to a whole: money, counts, persons, areas, lengths, masses, volumes, energy.
Percentages, points, ratios, rates, multiples, scores, ages, temperatures, durations and
concentrations never add (two 5% growths are not 10%). A metric named as a per-capita
figure, an average, a rate or share, a growth or a completion is not additive even when
its unit is money or a count (人均可支配收入 4.2万元, 平均每天接待 300人次).
"""

from __future__ import annotations

from functools import lru_cache

from metrics import regex_cache

# The additive families are the lexicon's. currency_implied (a bare number after a money
# cue) stays out: its magnitude (元 or 万元) is not written, so adding it would add
# guesses; number (no unit) likewise.
from metrics.lexicon.units import ADDITIVE_FAMILIES

# Cue classes, each naming why a figure so named does not add up:
# - per_capita: 人均收入, 户均增收, 生均经费 — divided by a population;
# - average: 平均工资, 均价 — already a mean;
# - share: 比重, 占比, 比例, 覆盖率, 达标率 — a part of a whole (率 ends the word);
# - growth: 增长, 增速, 增幅, 降幅, 同比, 环比 — a change, not a stock (新增就业 is a count
#   of new jobs and stays additive: 新增 is not a growth cue);
# - completion: 完成目标 / 完成年度计划 — a progress figure.
NOT_ADDITIVE_CUES = {
    "per_capita": regex_cache.compile(r"[人户生]均"),
    "average": regex_cache.compile(r"平均|均价"),
    "share": regex_cache.compile(r"比重|占比|比例|率$"),
    "growth": regex_cache.compile(r"增长|增速|增幅|降幅|同比|环比"),
    "completion": regex_cache.compile(r"完成(?:年度)?(?:目标|计划|任务)"),
}


def non_additive_cue(metric_key: str | None) -> str | None:
    """The name of the cue class that makes `metric_key` non-additive, or None."""
    return _cue_of(metric_key) if isinstance(metric_key, str) else None


@lru_cache(maxsize=4096)  # a report names the same metrics again and again
def _cue_of(metric_key: str) -> str | None:
    for name, cue in NOT_ADDITIVE_CUES.items():
        if cue.search(metric_key):
            return name
    return None


def is_additive(unit_family: str | None, metric_key: str | None) -> bool:
    """True when figures of this unit family and metric may be summed (see the contract)."""
    return unit_family in ADDITIVE_FAMILIES and non_additive_cue(metric_key) is None
