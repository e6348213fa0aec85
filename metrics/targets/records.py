"""The targets table's records: a target row (``Target``), a stated result or completion
rate as ``link_outcomes`` keeps it (``Figure``), and the results a report states for the
year before it (``Outcome``). Records only: no stage reads text here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from metrics.context.period_kinds import PeriodKind
from metrics.records import Mention


@dataclass(frozen=True, slots=True)
class Target:
    """One row of the targets table (see docs/schema.md)."""

    target_id: str  # the target figure's mention id
    government: str | None
    level: str | None
    year: int | None
    indicator: str
    in_lexicon: bool
    metric: str | None
    measure: str
    qualifier: str
    value: float | None
    value_min: float | None
    value_max: float | None
    unit: str
    base_unit: str | None
    direction: int | None
    lower_is_better: bool
    masked: bool
    doc_id: str
    source_file: str
    char_start: int
    char_end: int
    mention_id: str
    text: str
    prior_value: float | None = None
    prior_text: str | None = None
    prior_mention_id: str | None = None
    outcome_value: float | None = None
    outcome_min: float | None = None
    outcome_max: float | None = None
    outcome_text: str | None = None
    outcome_mention_id: str | None = None
    outcome_doc_id: str | None = None
    status: str | None = None
    # where the outcome comes from: records.ActualSource (stated, or derived from a stated
    # completion rate of the target: 完成年度目标任务的112%)
    outcome_source: str | None = None
    # mentions.period_kind of the target: a 年均 target is its own row, and its prior and
    # outcome are figures of its kind only
    period_kind: str = PeriodKind.ANNUAL
    # mentions.change_base of a growth target (同比, 环比…): its outcome has the same base
    change_base: str | None = None
    # the five-year plan a goal of the years ahead belongs to, "2026-2030" (its section's:
    # “十五五”时期主要目标, 今后五年); None for a goal of one year
    plan_period: str | None = None


class Figure(NamedTuple):
    """What ``link_outcomes`` reads of a stated result or completion rate: its interval,
    unit and sense (to set it in a target's unit) and where it stands (the outcome's text
    and ids). A tuple, not the ``Mention``: a run keeps outcomes to its end (its sentence
    and context would grow the writer's memory with the input)."""

    unit: str
    base_unit: str | None
    measure: str
    direction: int | None
    masked: bool
    value: float | None
    value_min: float | None
    value_max: float | None
    text: str
    mention_id: str
    doc_id: str


def figure_of(m: Mention) -> Figure:
    """The fields of ``m`` that ``Figure`` keeps."""
    return Figure(
        m.unit, m.base_unit, m.measure, m.direction, m.masked, m.value, m.value_min,
        m.value_max, m.text, m.mention_id, m.doc_id,
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Outcome:
    """A result for ``year`` that a report of ``year`` + 1 states for an indicator."""

    government: str
    year: int
    indicator: str
    figures: tuple[Figure, ...]  # in reading order: the first in the target's unit counts
    # the first stated completion rate of the indicator (完成年度目标的98%), if any: the
    # one an outcome is derived from when no figure is in the target's unit
    rate: Figure | None = None
    period_kind: str = PeriodKind.ANNUAL  # of every figure in ``figures`` and ``rate``
    change_base: str | None = None  # likewise


OutcomeKeys = dict[tuple[str | None, int | None, str, str, str | None], Outcome]
