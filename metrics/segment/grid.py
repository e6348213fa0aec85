"""Tables of indicators pasted as text: cells split by tabs, a row of column names above
rows that each name an indicator and give its figures.

    指标名称\t年度目标\t完成情况\t完成率
    粮食播种面积（万亩）\t45\t45.6\t101.3%

A copy of a PDF's table may set its cells apart by a bar instead (``CELL_BAR``):

    指标 | 2024年目标
    地区生产总值增长 | 6%左右

Contract: ``grid_cell(text, pos)`` tells, for a position in a cell after the first of a
line of ``text``, the row's name (its first cell, less a unit in brackets), the name of
the column ``pos`` stands in, and the unit written in brackets after the column's name
(增长（%）), else after the row's, else in the row's cell of a column of units (单位). It
returns None where the line is no such
row: no tab (or bar) before ``pos``, a first cell that names nothing, or no row of names
above it in a run of lines as wide (a table of contents' page numbers have none). A row of names
that lost its tabs to spaces (normalised away) is cut before the years that name its
columns (``YEAR_COLUMN``).
"""

from __future__ import annotations

from dataclasses import dataclass

from metrics import regex_cache
from metrics.lexicon.units import known_unit

# how many rows of figures a row of names may stand above, and how long a row may be
# (bounded, so that a file of one huge line costs no more per figure than any other)
HEADER_REACH = 60
ROW_REACH = 400
# a row's name: Han text, maybe a unit in brackets after it (粮食播种面积（万亩）). A row that
# opens with 其中 is a part of the row above (一般公共预算收入 / 其中：税收收入 / 非税收入; 固定资产
# 投资 / 其中工业投资): its name is the part's own, past 其中 (税收收入, 工业投资), as a sentence's
# 其中 names no metric. (Counter: a row named 其中 alone keeps it: nothing else names it.)
# A group of residents in brackets (人均可支配收入（城镇居民）, （农村常住居民）) is no unit but
# whose figure the row gives: it stays in the name (``RESIDENT_GROUP``, which
# ``context.metric_trim`` keeps in a metric too).
RESIDENT_GROUP = r"(?:城镇|农村|城乡|全体)(?:常住)?居民"
ROW_NAME = regex_cache.compile(
    r"[ ]*(?:其中[:：]?[ ]*)?(?P<name>[^\t\d]*?\p{Han}[^\t]*?)[ ]*"
    rf"(?:[(（](?!{RESIDENT_GROUP}[)）])(?P<unit>[^()（）\t]{{1,8}})[)）])?[ ]*"
)
# a cell that holds a figure, maybe with a short unit, not a name (45.6, 101.3%, xx,
# -2.1, 21350元; but 2023年目标 names a column)
FIGURE_CELL = regex_cache.compile(r"[ ]*[-+]?[\dxX*][\d,.xX*]*[ ]*(?!年)[^\t\d]{0,3}")
# A table copied out of a PDF or a Markdown page sets its cells apart by a bar (指标 |
# 2024年目标, 城镇新增就业 ｜ 3200人) where a web page's has a tab: the bar is read as a tab,
# so a row's cells are the same either way. Counter: a line of links (凤鸣市2018年政府工作
# 报告 | 凤鸣市2017年政府工作报告) holds no figure, and a row needs a row of names above it
# as wide.
CELL_BAR = "|｜"
_TABS = str.maketrans(dict.fromkeys(CELL_BAR, "\t"))
# A table pasted as text may set its cells apart by runs of spaces (序号  指标名称  单位
# 2025年目标 / 1  地区生产总值增速  %  6.5  5.8): normalising keeps those runs in such a table
# (normalize ``TABLE_GAP``) and drops a single space, so a run of two or more is a cell's edge,
# read as a tab followed by spaces (same length, same places). Counter: two figures apart in a
# sentence (增长6.5  5.8) need a row of names above, as wide, to be cells. The spaces a
# line opens with are its indentation, no cell's edge: a web page indents a table written as
# lines as it indents its paragraphs (　　主要指标　2023年完成　2024年目标 / 　　地区生产总值增长
# （%）　6.1　6左右; 　　指标　单位　2025年目标 over 　　城镇新增就业　万人　1.5), the ideographic
# spaces folded to spaces before the tabs (normalize ``IDEOGRAPHIC_CELL``). Counter: a run of
# spaces after the first cell still parts cells (序号  指标名称 under an indented head too).
CELL_GAP = regex_cache.compile(r" {2,}")


def may_hold_cells(line: str) -> bool:
    """Whether ``line`` may be a table's row at all: it holds a tab, a ``CELL_BAR`` or a
    ``CELL_GAP`` (a cheap gate before ``grid_cell``)."""
    return "\t" in line or "|" in line or "｜" in line or "  " in line


@dataclass(frozen=True, slots=True)
class GridCell:
    """Where a figure stands in a table: its row's name (a span of the text), the unit
    written after the column's or the row's name ("" if none) and the column's name."""

    name: tuple[int, int]
    unit: str
    column: str
    # where the row's cell under the budget that revises this column's starts
    # (``REVISED_BUDGET``), or None
    revised_by: int | None = None


def grid_cell(text: str, pos: int) -> GridCell | None:
    """The table cell that ``pos`` stands in, or None (see the module contract)."""
    lo = _line_start(text, pos)
    if lo is None:
        return None
    row = _cells_of(text, lo, pos)
    column = row.count("\t")
    if not column:
        return None
    first = row.find("\t")
    serial = SERIAL_CELL.fullmatch(text, lo, lo + first) is not None
    if serial:  # the row's name is the cell after its number (see ``SERIAL_CELL``)
        if column < 2:
            return None
        name_start = lo + first + 1
        name = ROW_NAME.fullmatch(text, name_start, lo + row.find("\t", first + 1))
    else:
        name = ROW_NAME.fullmatch(text, lo, lo + first)
    if not name:
        return None
    hi = text.find("\n", pos, pos + ROW_REACH)
    if hi < 0 and pos + ROW_REACH < len(text):
        return None  # a row is short
    width = _cells_of(text, lo, len(text) if hi < 0 else hi).count("\t") + 1
    found = _column_names(text, lo, width)
    if found is None or (serial and not SERIAL_COLUMN.fullmatch(found[0][0])):
        return None
    names, head_start = found
    head = ROW_NAME.fullmatch(names[column])  # 增长（%）: a unit of the column's own
    unit = (
        (head and head["unit"])
        or name["unit"]
        or _unit_cell(text, lo, names)
        or (None if RATIO_HEAD.search(names[column]) else _unit_line(text, head_start))
        or ""
    )
    revised = _revised_by(text, lo, names, column)
    column_name = head["name"] if head else names[column].strip()
    return GridCell(name.span("name"), unit, column_name, revised)


# A budget table may give the budget twice, as passed and as adjusted in the year (项目 /
# 年初预算 / 调整预算 / 决算数; 预算数 / 调整后预算数 / 执行数; 年初计划 / 调整计划 / 完成):
# both are the row's targets, but the adjusted one replaces the first, and the two never
# add up (``REVISED_BUDGET``). The first's cell is linked to the adjusted one's, as a figure
# restated (``Mention.part_of``), so that the sums count the target once. Counter: budgets
# of two years (2025年预算数 / 2026年预算数) name no adjustment and stay apart; the budget
# carried out (预算执行数) is a result.
REVISED_BUDGET = regex_cache.compile(r"(?:调整|变动)后?的?(?:预算|计划)")
FIRST_BUDGET = regex_cache.compile(
    r"^(?![^\t]*(?:调整|变动|执行|完成|[%％率]|比重))[^\t]*(?:预算|计划)"
)


def _revised_by(text: str, row_start: int, names: list[str], column: int) -> int | None:
    """Where the row's cell under a later column that adjusts the budget of ``column``
    starts (``REVISED_BUDGET``), or None."""
    if not FIRST_BUDGET.search(names[column]):
        return None
    later = next(
        (k for k in range(column + 1, len(names)) if REVISED_BUDGET.search(names[k])), None
    )
    if later is None:
        return None
    end = text.find("\n", row_start, row_start + ROW_REACH)
    cells = _cells_of(text, row_start, row_start + ROW_REACH if end < 0 else end).split("\t")
    if later >= len(cells) or not cells[later].strip(" "):
        return None
    at = row_start + sum(len(c) + 1 for c in cells[:later])
    return at + len(cells[later]) - len(cells[later].lstrip(" "))


# A table may number its rows in a column of their own before the names (序号 / 指标名称 /
# 2025年目标, 1 / 地区生产总值增速 / 6.5; 编号 | 指标 | 目标, 2 | 粮食产量（万吨） | 42以上): a
# row's first cell is then its number, and its name the cell after. Counter: a row whose
# first cell is a figure under a head whose first column is no 序号 (年份 / 产值, 2023 /
# 468) names nothing.
SERIAL_CELL = regex_cache.compile(r"[ ]*\d{1,3}[ ]*")
SERIAL_COLUMN = regex_cache.compile(r"[ ]*(?:序号|编号|序)[ ]*")


# A table may give each row's unit in a column of its own, named 单位 or 计量单位, rather than
# in brackets after the row's name (cells apart by tabs or bars):
#     指标 | 单位 | 2024年完成 | 2025年目标      指标名称 | 计量单位 | 目标
#     耕地保有量 | 万亩 | 48.6 | 48.5以上         城镇新增就业 | 人 | 3200
# the row's cell in that column is the unit of its figures. (Counter: a column named
# 责任单位 or 牵头单位 names departments, no unit; a cell longer than a unit is none.)
UNIT_COLUMN = regex_cache.compile(r"[ ]*(?:计量)?单位[ ]*")
UNIT_CELL = regex_cache.compile(r"[ ]*(?P<unit>[^\t\d ]{1,6})[ ]*")


def _unit_cell(text: str, row_start: int, names: list[str]) -> str | None:
    """The row's cell in a column of units (``UNIT_COLUMN``), if the head has one."""
    column = next((k for k, n in enumerate(names) if UNIT_COLUMN.fullmatch(n)), None)
    if column is None:
        return None
    end = text.find("\n", row_start, row_start + ROW_REACH)
    cells = _cells_of(text, row_start, row_start + ROW_REACH if end < 0 else end).split("\t")
    cell = UNIT_CELL.fullmatch(cells[column]) if column < len(cells) else None
    return cell["unit"] if cell else None


# A table's unit stated once, on the line right above its head (单位：万元; the end of its
# lead-in, 2026年财政收入安排如下（单位：万元）：; 计量单位：亿元): the unit of every figure
# whose column, row or unit column names none. (Counter: 责任单位：县发改委 names departments,
# no unit the lexicon knows; a 单位 line with a paragraph between it and the head is another
# table's or none.)
# The table's unit is no unit of a column that names a ratio or a change by a bare % or
# a word (``RATIO_HEAD``): 比上年增长% / 5, 增长% / 5.9, 完成率% / 109, 增长率 / 1.9 and
# 占比重 / 18.3 are percents under 单位：万元 (a bracketed 增长（%） names its own unit).
RATIO_HEAD = regex_cache.compile(r"[%％]|率|比重|增长|增幅|增减|增速|同比")
UNIT_LINE = regex_cache.compile(
    r"(?:^|[(（\s，,：:])(?:计量)?单位[:：][ ]*(?P<unit>[^\s()（）:：,，。；;]{1,6})"
    r"[ ]*[)）]?[ ]*[:：]?[ ]*$"
)


def _unit_line(text: str, head_start: int) -> str | None:
    """The unit the line right above a table's head (at ``head_start``) states for the
    whole table (``UNIT_LINE``), if the lexicon knows it as a unit."""
    if head_start < 2:
        return None
    start = _line_start(text, head_start - 1)
    line = text[start if start is not None else 0 : head_start - 1]
    found = UNIT_LINE.search(line) if "单位" in line else None
    return found["unit"] if found and known_unit(found["unit"]) else None


def _column_names(text: str, row_start: int, width: int) -> tuple[list[str], int] | None:
    """The cells of the row of names above the row that starts at ``row_start``, and where
    that row starts: the nearest line above, in a run of lines ``width`` cells wide, none
    of whose cells after the first holds a figure."""
    end = row_start - 1
    for _ in range(HEADER_REACH):
        if end < 0:
            return None
        start = _line_start(text, end)
        if start is None:
            return None
        cells = _cells_of(text, start, end).split("\t")
        if len(cells) == 1 < width:
            cells = _year_columns(cells[0], width)
        if len(cells) != width:
            return None  # the table ends above its rows of figures
        if not any(FIGURE_CELL.fullmatch(cell) for cell in cells[1:]):
            return cells, start
        end = start - 1
    return None


# A web copy may set a head's cells apart by runs of spaces over rows apart by tabs
# (主要指标    2024年完成    2025年目标), and normalising drops spaces between Han characters:
# the head is one cell then, but columns named by their year still show where they start.
YEAR_COLUMN = regex_cache.compile(r"(?<=\p{Han}|[)）])(?=(?:19|20)\d{2}年)")


def _year_columns(head: str, width: int) -> list[str]:
    """``head`` cut before each year that names a column, when that gives ``width``
    cells (a name, then a column per year); else ``head`` as one cell."""
    cells = YEAR_COLUMN.split(head)
    return cells if len(cells) == width else [head]


def _cells_of(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with a ``CELL_BAR`` or a ``CELL_GAP`` read as a tab (same
    length, same places)."""
    part = text[start:end]
    if "|" in part or "｜" in part:
        part = part.translate(_TABS)
    if "  " in part:
        lead = len(part) - len(part.lstrip(" "))  # the indentation: no cell's edge
        part = part[:lead] + CELL_GAP.sub(lambda m: "\t" + m.group()[1:], part[lead:])
    return part


def _line_start(text: str, pos: int) -> int | None:
    """Where the line that holds ``pos`` starts, if within ``ROW_REACH`` before it."""
    floor = max(0, pos - ROW_REACH)
    nl = text.rfind("\n", floor, pos)
    return None if nl < 0 and floor > 0 else nl + 1
