"""The table-cell reader: a figure in a table of indicators pasted as text.

Contract: ``table_cell(text, cand)`` gives, for a figure in a cell of such a table (see
``metrics.segment.grid``), the cell, the figure in the unit written after its row's or
column's name (a bare number in a cell has no unit of its own), and the role its column
names; None where the figure stands in no table. The row's name is its metric.
``column_year(column, year)`` gives the year a column's head names for its figures
(``COLUMN_YEAR``: 2023年执行数, or 上年执行数 against the section's ``year``), else None.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from metrics import regex_cache
from metrics.lexicon.changes import CHANGE_WORD, DOWN_WORD
from metrics.lexicon.units import MULTIPLIER_BY_SURFACE
from metrics.records import Role
from metrics.rules import Candidate
from metrics.rules.figures import FigureRuleName
from metrics.rules.role_cues import column_role
from metrics.segment.grid import GridCell, grid_cell

# A row named by a change (地区生产总值增长, 单位GDP能耗降幅: a word of ``lexicon.changes``):
# its figures in a column of results (2024年完成, 上年实绩) are changes, not levels, as in a
# sentence (not 人口自然增长率, a level of births less deaths).
ROW_NAMES_A_CHANGE: Final = regex_cache.compile(rf"(?<!自然){CHANGE_WORD}率?[ ]*$")


# A column's head may name the year its figures are of, by number or against the year of
# the report around the table: 2023年执行数 / 2024年预算数 in a plan of 2024, 上年决算数 /
# 本年预算数 in a budget's report, 2025年预计 in a review of 2024, 指标 / 2022年 / 2023年 in a
# review's table of main indicators; each figure is that year's (its section's year is
# the report's, not the column's). Relative heads count from the section's year: 上年, 去年,
# 上一年 one before; 本年, 今年, 当年 the same; 下年, 明年, 次年 one after. Counter: a year
# that is a change's base (比上年增长, 较2023年增减, 与上年同比) is no year of the figure; a
# span (2021—2025年累计, 2024-2026年目标) is no one year; a head that names none (年初预算数,
# 执行数, 完成预算（%）) keeps the section's.
COLUMN_YEAR: Final = regex_cache.compile(
    r"(?<![比较与同对\d\-—–~至到])(?:(?P<year>(?:19|20)\d{2})[ ]*年(?![ ]*[-—–~至到])"
    r"|(?P<back>上一?年|去年|前一年)|(?P<same>本年|今年|当年)|(?P<ahead>下一?年|明年|次年))"
)


def column_year(column: str, year: int | None) -> int | None:
    """The year the column named ``column`` gives its figures (``COLUMN_YEAR``), counting a
    relative head from ``year`` (the section's), else None."""
    if "年" not in column:
        return None
    found = COLUMN_YEAR.search(column)
    if found is None:
        return None
    if found["year"]:
        return int(found["year"])
    if year is None:
        return None
    return year - 1 if found["back"] else year + 1 if found["ahead"] else year


# A column named by what was done of the budget or plan whose unit, in brackets after its
# name, is a percent (完成预算（%）, 为年初预算（%）, 完成计划（％）): the figures are rates of
# completion, as 完成预算% is (``role_cues.COLUMN_ROLE``), though the name read without its
# unit names a budget (a target). Counter: a budget's own column (预算数（万元）, 2024年
# 预算数) is in money and stays a target; a rise of the budget (预算增长（%）) is a growth.
DONE_OF_PLAN: Final = regex_cache.compile(r"(?:完成|为)[^\t]{0,8}?(?:预算|计划|目标)")
PERCENT_UNITS: Final = frozenset({"%", "％"})


@dataclass(frozen=True, slots=True)
class TableCell:
    """A figure in a table: its cell, the figure read in the cell's unit, its column's
    role and the direction of a growth."""

    cell: GridCell
    candidate: Candidate
    role: Role
    direction: int | None
    # the row is named by a change (ROW_NAMES_A_CHANGE): each of its figures is one
    row_change: bool = False


def table_cell(text: str, cand: Candidate) -> TableCell | None:
    """The table cell ``cand`` stands in, read (see the module contract), or None."""
    cell = grid_cell(text, cand.start)
    if cell is None:
        return None
    if cell.unit and cand.rule == FigureRuleName.TABLE_CELL:
        cand = in_unit(cand, cell.unit)
    role = column_role(cell.column)
    if role is Role.TARGET and cell.unit in PERCENT_UNITS and DONE_OF_PLAN.search(cell.column):
        role = Role.COMPLETION  # 完成预算（%）: what was done as a share of the budget
    direction = 1 if role is Role.GROWTH else None
    change = ROW_NAMES_A_CHANGE.search(text, *cell.name)
    if change and role in (Role.ACTUAL, Role.GROWTH, Role.TARGET):
        direction = -1 if DOWN_WORD.match(change.group()) else 1
        role = Role.TARGET if role is Role.TARGET else Role.GROWTH
    return TableCell(cell, cand, role, direction, change is not None)


def in_unit(cand: Candidate, unit: str) -> Candidate:
    """A table cell's figure in the unit written after its row's or column's name, split
    as the rules split a unit as written (万亩 → 万 and 亩)."""
    mult = next((m for m in MULTIPLIER_BY_SURFACE if unit.startswith(m)), "")
    groups = {**cand.groups, "mult": mult, "unit": unit[len(mult) :]}
    return Candidate(cand.rule, cand.start, cand.end, groups)
