"""What a change is measured against: the year before, the period before, a plan, or a
named earlier year.

Contract: ``change_base(measure, role_rule, sentence, upto, year)`` gives the base of a
figure that measures a growth (``mentions.measure`` growth), read from the words of its own
clause before it — no new word of meaning is decided here, only which base the words
already before a change name — and None for any other figure. The derived tables
(statistics, trends, plan links, targets) keep it in their keys, so that 同比增长8% and
环比增长2% of one indicator are never one row nor one comparison. The cues (the last in the
clause before the figure decides):

- ``previous_period`` (``PREVIOUS_PERIOD``): 环比, 比上月, 较上季度 — against the month or
  quarter before (社会消费品零售总额环比增长2%; 工业用电量比上月增长3.1%). Not 比上年 (the
  year before).
- ``plan`` (``AGAINST_PLAN``, and the role rule ``beat_target``): 比预算, 比计划, 超过目标,
  超额完成任务 — how far a result passed its plan (一般公共预算收入比预算增长3%; 固定资产投资
  超过年度目标12%). Not 计划 after the figure (增长8%，完成计划: a completion).
- ``since_year`` (``NAMED_YEAR``): 比2020年, 较“十三五”末 — since a year named, not the one
  before the figure's year (固定资产投资比2020年增长45%; 比“十三五”末提高8个百分点): a change
  over several years. 比2023年 of a figure of 2024 is the year before (``previous_year``).
- ``previous_year``: 同比, 比上年, or no base named — the default of a growth in a report
  of a year.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from metrics import regex_cache
from metrics.records import Measure, Mention
from metrics.rules.exclusions import clause_before

# How far back the figure's clause is read for its base (a base names the change after it,
# in a short clause; a figure of a long line reads no further back).
CLAUSE_REACH: Final = 60


class ChangeBase(StrEnum):
    """What a growth is measured against (see the module contract)."""

    PREVIOUS_YEAR = "previous_year"
    PREVIOUS_PERIOD = "previous_period"
    PLAN = "plan"
    SINCE_YEAR = "since_year"


PREVIOUS_PERIOD: Final = regex_cache.compile(r"环比|[比较]上(?:个)?(?:月|季度?|期)")
AGAINST_PLAN: Final = regex_cache.compile(
    r"[比较](?:年初)?(?:预算|计划|目标)|超(?:过|额完成)?(?:年度|全年)?(?:目标|计划|任务)"
)
NAMED_YEAR: Final = (
    regex_cache.compile(r"[比较](?:((?:19|20)\d{2})年|[“\"]?十[一二三四五]五[”\"]?末)")
)
PREVIOUS_YEAR: Final = regex_cache.compile(r"同比|[比较]上年|[比较]去年")
# The role rule that reads a result passing its target (rules.roles: 超额完成任务).
BEAT_TARGET: Final = "beat_target"


def change_base(
    measure: str | None, role_rule: str, sentence: str, upto: int, year: int | None
) -> ChangeBase | None:
    """The base of a growth at ``upto`` in ``sentence`` in a report of ``year`` (see the
    module contract); None for a figure that measures no growth."""
    if measure != Measure.GROWTH:
        return None
    if role_rule == BEAT_TARGET:
        return ChangeBase.PLAN
    clause = clause_before(sentence, upto, CLAUSE_REACH, line_break_ends=False)
    found: list[tuple[int, ChangeBase]] = []
    for pattern, base in (
        (PREVIOUS_PERIOD, ChangeBase.PREVIOUS_PERIOD),
        (AGAINST_PLAN, ChangeBase.PLAN),
        (PREVIOUS_YEAR, ChangeBase.PREVIOUS_YEAR),
    ):
        found += [(m.start(), base) for m in pattern.finditer(clause)]
    for m in NAMED_YEAR.finditer(clause):
        named = int(m.group(1)) if m.group(1) else None
        last = year is not None and named == year - 1
        found.append((m.start(), ChangeBase.PREVIOUS_YEAR if last else ChangeBase.SINCE_YEAR))
    return max(found)[1] if found else ChangeBase.PREVIOUS_YEAR


def mention_change_base(m: Mention) -> str | None:
    """A mention's ``change_base``: the one it was given, else read from its sentence (a
    record made by hand, or read from a run older than the column)."""
    if m.change_base or m.measure != Measure.GROWTH:
        return m.change_base
    upto = m.at_in_sentence
    base = change_base(m.measure, m.role_rule, m.sentence, upto, m.year)
    return None if base is None else str(base)
