"""The table-cell reader: a figure in a table of indicators pasted as text.

Contract: ``table_cell(text, cand)`` gives, for a figure in a cell of such a table (see
``metrics.segment.grid``), the cell, the figure in the unit written after its row's or
column's name (a bare number in a cell has no unit of its own), and the role its column
names; None where the figure stands in no table. The row's name is its metric.
"""

from __future__ import annotations

from dataclasses import dataclass

from metrics.lexicon.units import MULTIPLIER_BY_SURFACE
from metrics.records import Role
from metrics.rules import Candidate
from metrics.rules.figures import FigureRuleName
from metrics.rules.role_cues import column_role
from metrics.segment.grid import GridCell, grid_cell


@dataclass(frozen=True, slots=True)
class TableCell:
    """A figure in a table: its cell, the figure read in the cell's unit, its column's
    role and the direction of a growth."""

    cell: GridCell
    candidate: Candidate
    role: Role
    direction: int | None


def table_cell(text: str, cand: Candidate) -> TableCell | None:
    """The table cell ``cand`` stands in, read (see the module contract), or None."""
    cell = grid_cell(text, cand.start)
    if cell is None:
        return None
    if cell.unit and cand.rule == FigureRuleName.TABLE_CELL:
        cand = in_unit(cand, cell.unit)
    role = column_role(cell.column)
    return TableCell(cell, cand, role, 1 if role is Role.GROWTH else None)


def in_unit(cand: Candidate, unit: str) -> Candidate:
    """A table cell's figure in the unit written after its row's or column's name, split
    as the rules split a unit as written (万亩 → 万 and 亩)."""
    mult = next((m for m in MULTIPLIER_BY_SURFACE if unit.startswith(m)), "")
    groups = {**cand.groups, "mult": mult, "unit": unit[len(mult) :]}
    return Candidate(cand.rule, cand.start, cand.end, groups)
