"""The leftovers of the government work reports, round 7, each a class held by texts of
our own and by the counter-examples it could misfire on:

- an explanation of the report's terms (名词解释, 名词注释) defines them: an entry's
  numbering and term, and a clause that defines it (指, 是指, 即), hold no statistic; a
  clause that reports the work keeps its figures (govreport_sections ``GLOSSARY``,
  ``DEFINING``), and a goal it quotes is the programme's it explains, no target of the report;
- the base a plan builds on is done, inside a target passage too: 在上年836亿元的基础上增长
  10%, 由去年的22个增加到30个 (roles ``base_built_on``, ``change_from``, ``BASE_RULES``);
- a base's opening (在上年) and close (的基础上) name nothing, and a mark crossed that opens a
  clause of nothing else (确保迈上900亿元台阶) counts the thing before it (metric_trim
  ``BASE_OPEN``, ``BASE_CLOSE``, elsewhere ``MARK_LEAD``); so does the basis a change is
  reckoned on (同口径, 按可比价格计算: metric_trim ``BASIS``);
- a table's head row whose last cell names the targets (指标名称 / 2027年实际 / 2028年预期
  目标) is cells, not a heading that lost its number (govreport_sections ``BARE_HEADING``);
- in a plan, a pledge inside a sentence (力争, 力求, 预期) speaks for the clauses after it,
  its coordinated goals (passages ``PLAN_REACH``); outside a plan only for its own clause;

The texts are our own, written in the manner of county, city and zone reports.
"""

from __future__ import annotations

from metrics.passages import in_passage, target_passages
from metrics.pipeline import process_text
from metrics.targets import Target, file_targets

HEAD = (
    "青石县人民政府工作报告\n"
    "——2026年1月8日在青石县第十八届人民代表大会第五次会议上\n"
    "县长 李明远\n"
    "各位代表：\n"
    "一、2025年工作回顾\n"
    "全县地区生产总值完成186.2亿元，增长5.6%。\n"
    "二、2026年工作安排\n"
    "今年全县经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。\n"
)


def _mentions(body: str) -> dict[str, object]:
    result = process_text(HEAD + body, "2026_青石县_政府工作报告.txt")
    return {m.text: m for m in result.mentions}


def _targets(text: str) -> dict[str, Target]:
    result = process_text(text, "r.txt")
    return {t.text: t for t in file_targets(result.documents, result.mentions)[0]}


# --- an explanation of terms -------------------------------------------------------------
def test_the_entries_of_an_explanation_of_terms_hold_no_statistic() -> None:
    glossaries = (
        "附件2：名词注释\n1.“5G+工业互联网”：指运用第五代移动通信技术改造的工业网络。\n"
        "3. 15分钟便民生活圈：指居民步行15分钟范围内可满足日常消费需求的商业圈。\n",
        "本报告名词术语解释\n（1）规上工业企业：指年主营业务收入2000万元及以上的工业企业。\n"
        "（2）“30分钟”就医圈：指乘车30分钟内可到达一所二级以上综合医院。\n",
    )
    for glossary in glossaries:
        found = _mentions(glossary)
        assert set(found) == {"186.2亿元", "5.6%", "5.5%左右"}, glossary


def test_an_entry_that_reports_the_work_keeps_its_figures() -> None:
    # counter-example: a clause of an entry that reports (认定培育企业120家) is no definition
    found = _mentions(
        "名词解释\n2. 新质生产力：以科技创新为主导的先进生产力，全县认定培育企业36家。\n"
        "3.“两新”：指设备更新和消费品以旧换新，全年带动消费12.5亿元。\n"
    )
    assert {"36家", "12.5亿元"} <= set(found)
    assert not {"2. ", "3."} & set(found)


def test_a_goal_quoted_in_an_explanation_of_terms_is_no_target_of_the_report() -> None:
    text = HEAD + (
        "附件：有关名词解释\n1.“千亿斤粮食”工程：即全省粮食产能提升工程，力争新增粮食产能"
        "100亿斤以上。\n2.“四好农村路”：指建好、管好、护好、运营好农村公路，力争到2027年"
        "全省农村公路优良中等路率达到85%。\n"
    )
    rows = _targets(text)
    assert "5.5%左右" in rows and not {"100亿斤以上", "85%"} & set(rows)


def test_an_annex_of_figures_keeps_them() -> None:
    # counter-example: an annex of the year's indicators is results, not definitions
    found = _mentions(
        "附件1：2025年主要经济指标完成情况\n规模以上工业增加值增长7.2%，粮食产量31.5万吨。\n"
    )
    assert {"7.2%", "31.5万吨"} <= set(found)


# --- a plan's base inside a target passage ------------------------------------------------
PLAN_HEAD = (
    "东港经济开发区管理委员会2027年工作报告\n一、2026年工作回顾\n"
    "开发区完成规模以上工业总产值836亿元，增长9.1%。\n二、2027年工作目标\n"
)


def test_the_base_a_target_builds_on_is_no_target() -> None:
    rows = _targets(
        PLAN_HEAD + "2027年开发区的主要目标是：规模以上工业总产值在上年836亿元的基础上增长10%以上，"
        "固定资产投资增长8%。\n力争新开工项目由去年的22个增加到30个，"
        "常住人口城镇化率从61.5%提高到63%。\n"
    )
    assert {"10%以上", "8%", "30个", "63%"} <= set(rows)
    assert not {"836亿元", "22个", "61.5%"} & set(rows)


def test_a_base_before_any_word_of_change_to_a_level_is_no_target() -> None:
    # the change to a level reads lexicon.changes (回落到 and 上涨至 as 提高到, 缩短到)
    rows = _targets(
        PLAN_HEAD + "力争居民消费价格涨幅由3.6%回落到3%左右，新建商品住房价格涨幅从5.2%上涨至"
        "6%以内，企业开办时间由2.5天缩短到1天。\n"
    )
    assert {"3%左右", "6%以内", "1天"} <= set(rows)
    assert not {"3.6%", "5.2%", "2.5天"} & set(rows)


def test_a_plan_without_a_base_keeps_its_figures_targets() -> None:
    # counter-example: a level raised to a figure, with no figure it starts from
    rows = _targets(PLAN_HEAD + "力争新开工项目增加到30个，常住人口城镇化率提高到63%。\n")
    assert {"30个", "63%"} <= set(rows)


# --- a pledge's reach in a plan -----------------------------------------------------------
def test_in_a_plan_a_pledge_speaks_for_the_clauses_after_it() -> None:
    text = (
        PLAN_HEAD + "（一）做强工业。全年实施工业项目36个，力争规模以上工业企业达到260家，"
        "新增专精特新企业15家以上。\n（二）扩大投资。力求全年完成投资450亿元，其中产业投资"
        "250亿元。\n（三）提升城市品质。推进城市更新，力争建成口袋公园10个，新增停车泊位"
        "3000个以上。\n"
    )
    in_passage_ = {m.text for m in process_text(text, "r.txt").mentions if m.target_passage}
    assert {"260家", "15家以上", "450亿元", "250亿元", "10个", "3000个以上"} <= in_passage_
    # before the pledge: a task of the plan, outside its passage; a target by its section
    assert "36个" not in in_passage_ and "36个" in _targets(text)


def test_outside_a_plan_a_pledge_speaks_for_its_clause_only() -> None:
    # counter-example: a review's sentence may go on to report results after a pledge
    text = "去年我们力争地区生产总值增长6%，全年新增城镇就业5200人。"
    spans = target_passages(text)
    assert in_passage(spans, text.index("6%")) and not in_passage(spans, text.index("5200人"))
    planned = target_passages(text, planned=True)
    assert in_passage(planned, text.index("5200人"))


# --- a table's head row -------------------------------------------------------------------
def test_a_table_head_under_the_plan_opens_no_review() -> None:
    for head in ("指标名称\t2027年实际\t2028年预期目标", "主要指标  2027年完成  2028年主要目标"):
        text = (
            "临海新区管委会2028年工作报告\n一、2027年工作回顾\n新区地区生产总值增长8.3%。\n"
            f"二、2028年主要目标\n{head}\n地区生产总值增长\t8.3%\t7.5%左右\n"
        )
        result = process_text(text, "r.txt")
        row = text.index("地区生产总值增长\t")
        (kind,) = [s.section for s in result.sections if s.char_start <= row < s.char_end]
        assert kind == "plan", head


# --- what a base's close and a mark crossed count -----------------------------------------
def test_a_figure_after_a_base_or_a_mark_counts_the_thing_named_before() -> None:
    found = _mentions(
        "规模以上工业总产值在上年836亿元的基础上增长10%以上，确保迈上900亿元台阶。"
        "农村居民人均可支配收入在去年2.1万元基础上增长8%。税收收入达到18亿元，力争突破20亿元。\n"
    )
    assert {found[t].metric for t in ("836亿元", "10%以上", "900亿元")} == {"规模以上工业总产值"}
    assert found["8%"].metric == "农村居民人均可支配收入"
    assert found["20亿元"].metric == "税收收入"


def test_a_clause_that_names_its_own_thing_keeps_it() -> None:
    # counter-examples: a noun of its own after the mark, and 基础 inside a name
    found = _mentions("税收收入达到18亿元，工业投资突破20亿元，基础设施投资增长12%。\n")
    assert (found["20亿元"].metric, found["12%"].metric) == ("工业投资", "基础设施投资")


def test_the_basis_of_a_change_names_no_thing() -> None:
    found = _mentions(
        "一般公共预算收入31.5亿元，同口径增长2.6%；规上工业增加值按同口径计算增长7.1%。\n"
    )
    assert found["2.6%"].metric == "一般公共预算收入"
    assert found["7.1%"].metric == "规上工业增加值"
