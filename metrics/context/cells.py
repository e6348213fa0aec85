"""The table-cell reader: a figure in a table of indicators pasted as text.

Contract: ``table_cell(text, cand)`` gives, for a figure in a cell of such a table (see
``metrics.segment.grid``), the cell, the figure in the unit written after its row's or
column's name (a bare number in a cell has no unit of its own), and the role its column
names; None where the figure stands in no table. The row's name is its metric.
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
