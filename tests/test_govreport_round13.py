"""The classes of the government work reports, round 13 (found with govreports_blind10),
each held by texts of our own and by the counter-examples it could misfire on:

- a line set wholly in one pair of brackets stands on its own line: a heading in 【】 that
  keeps its number and pauses inside (【一、2023年工作回顾】, 【二、2024年主要目标、重点任务】),
  a delivery line in brackets ((2024年1月20日，在…会议上)) and a note ((注：部分数据为快报数，
  …为准)) held pauses, so the wrap joiner glued them to the line before or after and the
  report opened no section (normalize ``enclosed``, a small rule in its wrap test); a wrapped
  line that only opens with a bracket (（一）坚持…，推动…; 【五个坚持】的要求，…) still runs on;
  and a heading of goals in 【】 with its number inside opens its targets (passages
  ``goals_heading``);
- a delivery line whose day is set apart from 在 by a comma (2024年1月20日，在北川市第十七届
  人民代表大会…) dates the report (delivery ``delivery_line``);
- a table pasted as text with its cells set apart by runs of spaces (序号  指标名称  单位
  2025年目标  2024年完成 / 1  地区生产总值增速  %  6.5  5.8; 指标  2028年预计完成  2029年预期
  目标 / 城镇新增就业（人）  2860  2800以上), a known leftover of rounds 12 (blind9's zone):
  normalising keeps the runs between its cells (normalize ``TABLE_GAP``: three cells or more,
  no pause, a name, a bare figure in the row or the row under it), the grid reads a run of two
  spaces or more as a cell's edge (segment/grid ``CELL_GAP``) and a 序号 column's number as no
  name (``SERIAL_CELL``), and a figure alone between such edges is a cell (rules/figures
  ``table_cell``): small fixes outside this round's own modules, said so. Counter: a speaker's
  line with a date (市长  王某某  2024年1月), a date spaced out by a PDF (2024  年  1  月) and a
  table of contents' line keep no spaces; a figure first in its row under a head that is no
  序号 names nothing;
- a floor and a stretch goal of one indicator side by side (确保增长6%、力争增长7%; 保底增长4%，
  力争达到5%): both are targets of the year, the stretch goal a row of its own (targets/stated
  ``STRETCH``); 力争 with no floor in its sentence is the indicator's one target;
- a recalled target kept as a bound (控制在3%左右的调控目标以内, 控制在4.5%的控制目标之内) is
  the target, not a result (roles ``target_named_after``);
- targets a higher body assigned the report (新区管委会下达我区的主要目标是：…; 市政府下达我县的
  主要指标为：…) before its own (据此，今年全区主要预期目标是：…): the assigned figure gives way
  to the report's own of the indicator, and alone is its target (targets/stated ``ASSIGNED``);
  listed as assigned (省政府给我市下达的主要指标是：…) they are targets, though 主要指标为 alone
  opens no list (passages ``assigned_goals``);
- second batch: a bracketed heading whose plan ends in 工作重点 (【二、2019年的主要目标、工作
  重点】) opens the plan (govreport_sections ``BARE_HEADING``);
- third batch: a symbol before a heading's number (📌一、2025年工作回顾, ◆二、…) keeps it a
  heading, not a line wrapped into its paragraph (normalize ``past_symbols``); 🔥各位代表，…
  has no number after its symbol.
"""

from __future__ import annotations

import pytest

from metrics.normalize import normalize
from metrics.pipeline import process_text
from metrics.segment.grid import grid_cell
from metrics.targets import file_targets

REPORT = (
    "{place}人民政府工作报告\n{delivery}\n{speaker}\n【一、{last}年工作回顾】\n"
    "{last}年，全{lv}地区生产总值增长5.1%，一般公共预算收入增长3.4%。\n{note}\n"
    "【二、{year}年主要目标、重点任务】\n"
    "今年主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长4%。\n"
)


@pytest.mark.parametrize(
    ("place", "lv", "year", "delivery", "note"),
    [
        (
            "北川市",
            "市",
            2024,
            "（2024年1月20日，在北川市第十七届人民代表大会第四次会议上）",
            "（注：部分数据为快报数，最终以统计部门公布数据为准）",
        ),
        (
            "松岭县",
            "县",
            2027,
            "（2027年1月9日, 在松岭县第十九届人民代表大会第二次会议上）",
            "（以上数据均为初步统计数，增速按可比价格计算）",
        ),
    ],
)
def test_bracketed_lines_stand_alone_and_the_report_is_dated(place, lv, year, delivery, note):
    text = REPORT.format(
        place=place,
        lv=lv,
        year=year,
        last=year - 1,
        delivery=delivery,
        note=note,
        speaker="市长　周立新" if lv == "市" else "县长　罗永安",
    )
    lines = normalize(text).text.split("\n")
    assert lines[3].startswith("【一、") and lines[3].endswith("】"), lines
    assert any(line.startswith("【二、") and line.endswith("】") for line in lines), lines
    result = process_text(text, "r.txt")
    (doc,) = result.documents
    assert (doc.summary_year, doc.plan_year) == (year - 1, year)
    roles = {m.text: (m.role, m.section) for m in result.mentions}
    assert roles["5.1%"] == ("growth", "summary"), roles
    assert roles["5.5%左右"] == ("target", "plan"), roles


@pytest.mark.parametrize(
    "text",
    [
        # a wrapped line that opens with a numbered bracket, a wrapped line that opens with 【
        "（一）坚持稳中求进工作总基调，统筹推进稳增长、促改革、调结构、惠民生各项\n工作。",
        "全面落实“六个坚持”，坚决贯彻\n【五个坚持】的要求，确保各项任务落地。",
    ],
)
def test_a_wrapped_line_that_only_opens_with_a_bracket_runs_on(text: str) -> None:
    assert "\n" not in normalize(text).text


SPACED = (
    "{place}人民政府工作报告\n——{year}年1月14日在{place}第十九届人民代表大会第五次会议上\n"
    "一、{last}年工作回顾\n全{lv}地区生产总值增长5.8%。\n二、{year}年主要预期目标\n{table}"
    "三、{year}年重点工作\n全力抓好项目建设。\n"
)


@pytest.mark.parametrize(
    ("place", "lv", "table", "roles"),
    [
        (
            "东岭县",
            "县",
            "序号  指标名称  单位  {year}年目标  {last}年完成\n"
            "1  地区生产总值增速  %  6.5  5.8\n2  一般公共预算收入  亿元  12.6  11.9\n",
            {
                "6.5": ("target", "%"),
                "5.8": ("growth", "%"),
                "12.6": ("target", "亿元"),
                "11.9": ("actual", "亿元"),
            },
        ),
        (
            "宝丰县",
            "县",
            "指标  {last}年预计完成  {year}年预期目标\n城镇新增就业（人）  2860  2800以上\n"
            "粮食产量（万吨）  41.2  41以上\n",
            {
                "2860": ("forecast", "人"),
                "2800以上": ("target", "人"),
                "41.2": ("forecast", "万吨"),
                "41以上": ("target", "万吨"),
            },
        ),
    ],
)
def test_a_table_set_apart_by_spaces_is_read(place, lv, table, roles) -> None:
    text = SPACED.format(
        place=place, lv=lv, year=2025, last=2024, table=table.format(year=2025, last=2024)
    )
    result = process_text(text, "r.txt")
    got = {m.text: (m.role, m.unit) for m in result.mentions if m.text in roles}
    assert got == roles
    targets = file_targets(result.documents, result.mentions)[0]
    assert sorted(t.text for t in targets) == sorted(
        k for k, v in roles.items() if v[0] == "target"
    )


@pytest.mark.parametrize(
    "line",
    [
        "市长  王某某  2024年1月",
        "2024  年  1  月  16  日",
        "一、2024年工作回顾  3\n二、2025年目标  7",
    ],
)
def test_lines_that_are_no_table_keep_no_spaces(line: str) -> None:
    assert "  " not in normalize(f"{line}\n").text


def test_a_number_first_in_its_row_is_no_name_only_under_a_serial_column() -> None:
    for sep in ("\t", "  "):
        serial = f"序号{sep}指标{sep}目标\n1{sep}产值（亿元）{sep}468\n"
        cell = grid_cell(serial, serial.index("468"))
        assert cell is not None and serial[slice(*cell.name)] == "产值"
        assert (cell.unit, cell.column) == ("亿元", "目标")
        other = f"栏次{sep}指标{sep}目标\n1{sep}产值（亿元）{sep}468\n"
        assert grid_cell(other, other.index("468")) is None


PLAN = (
    "{place}人民政府工作报告\n——2027年1月12日在{place}第十九届人民代表大会第二次会议上\n"
    "一、2026年工作回顾\n全{lv}地区生产总值增长6.4%。\n二、2027年主要预期目标\n{goals}\n"
)


def _rows(place: str, lv: str, goals: str) -> list[str]:
    result = process_text(PLAN.format(place=place, lv=lv, goals=goals), "r.txt")
    return sorted(t.text for t in file_targets(result.documents, result.mentions)[0])


@pytest.mark.parametrize(
    ("goals", "rows"),
    [
        ("全县地区生产总值确保增长6%、力争增长7%；城镇新增就业3000人。", ["3000人", "6%", "7%"]),
        ("一般公共预算收入保底增长4%，力争达到5%，城镇新增就业3000人。", ["3000人", "4%", "5%"]),
        # counter: no floor beside it, and the list's own figure of the indicator comes first
        (
            "全县地区生产总值增长6%左右。规上工业增加值力争增长8%，地区生产总值力争增长7%。",
            ["6%左右", "8%"],
        ),
    ],
)
def test_a_stretch_goal_beside_a_floor_is_a_row_of_its_own(goals, rows) -> None:
    assert _rows("峒溪县", "县", goals) == rows


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("居民消费价格上涨1.9%，控制在3%左右的调控目标以内。", "3%左右"),
        ("城镇登记失业率3.6%，控制在4.5%的控制目标之内。", "4.5%"),
    ],
)
def test_a_bound_kept_within_is_the_target(sentence: str, figure: str) -> None:
    result = process_text(f"各位代表：\n一、2022年工作回顾\n{sentence}\n", "r.txt")
    roles = {m.text: m.role for m in result.mentions}
    assert roles[figure] == "target", roles


@pytest.mark.parametrize(
    ("place", "lv", "assigned", "own"),
    [
        ("银湖区", "区", "新区管委会下达我区的主要目标是", "据此，今年全区主要预期目标是"),
        ("柏溪县", "县", "市政府下达我县的主要指标为", "综合考虑，我县今年主要预期目标为"),
    ],
)
def test_assigned_targets_give_way_to_the_reports_own(place, lv, assigned, own) -> None:
    goals = (
        f"{assigned}：地区生产总值增长7%，固定资产投资增长10%。"
        f"{own}：地区生产总值增长7.5%左右，固定资产投资增长10%以上，城镇新增就业3000人。"
    )
    assert _rows(place, lv, goals) == ["10%以上", "3000人", "7.5%左右"]
    alone = f"{assigned}：地区生产总值增长7%，固定资产投资增长10%。"
    assert _rows(place, lv, alone) == ["10%", "7%"]


def test_assigned_goals_are_targets_and_a_heading_of_work_points_opens_the_plan() -> None:
    text = (
        "临川市人民政府工作报告\n（2019年1月8日，在临川市第十五届人民代表大会第三次会议上）\n"
        "【一、2018年工作回顾】\n2018年，全市地区生产总值增长7.6%。\n"
        "【二、2019年的主要目标、工作重点】\n"
        "省政府给我市下达的主要指标是：地区生产总值增长7%，一般公共预算收入增长6%。\n"
        "今年全市主要预期目标为：地区生产总值增长7.5%左右，城镇登记失业率控制在4%以内。\n"
    )
    result = process_text(text, "r.txt")
    got = {m.text: (m.role, m.section) for m in result.mentions}
    assert got["7%"] == got["6%"] == ("target", "plan"), got
    rows = sorted(t.text for t in file_targets(result.documents, result.mentions)[0])
    assert rows == ["4%以内", "6%", "7.5%左右"]


@pytest.mark.parametrize("mark", ["📌", "◆"])
def test_a_symbol_before_a_headings_number_keeps_it_a_heading(mark: str) -> None:
    text = (
        "澄江市人民政府工作报告\n——2026年1月18日在澄江市第十六届人民代表大会第五次会议上\n"
        f"{mark}一、2025年工作回顾\n2025年，全市地区生产总值增长5.7%。\n"
        f"{mark}二、2026年主要预期目标\n"
        "今年全市主要预期目标是：地区生产总值增长5.5%左右。\n"
        "🔥各位代表，让我们勇毅前行、接续奋斗，奋力谱写澄江\n高质量发展新篇章！\n"
    )
    lines = normalize(text).text.split("\n")
    assert f"{mark}一、2025年工作回顾" in lines and f"{mark}二、2026年主要预期目标" in lines
    assert any(line.endswith("澄江高质量发展新篇章!") for line in lines), lines
    got = {m.text: m.section for m in process_text(text, "r.txt").mentions}
    assert got == {"5.7%": "summary", "5.5%左右": "plan"}
