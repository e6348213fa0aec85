"""An audit of the pairs table (a target set against its actual inside one sentence,
metrics/pairs/within.py) against one class of fault: two figures that differ in X made one
pair. X is the kind of period (年均, 累计, 五年来 against a year), the measure and the base of
a change, the unit family, the place (a district's result against the city's target), the
role, masked against known, the base of a ratio (a share or a change is no completion) and
the year (of the pair and of its row). Each X: sentences of different wording where the pair
must not form, and counter-examples where it must. Texts written for these tests in
the corpus's style; the vetoes are metrics/pairs/comparable.py."""

from __future__ import annotations

import pytest
import regex

import metrics.pairs.comparable as comparable
from metrics.pipeline import process_text

REVIEW = "东湖区发改局2024年工作总结\n\n一、2024年主要工作\n（一）{text}\n"
CITY = "青川市发改委2024年工作总结\n\n一、2024年主要工作\n（一）{text}\n"
# a government's report to its people's congress, written in 2025: its review is of 2024,
# so 去年 and 上年 there are 2024 and 今年 is 2025 (the year it is delivered)
# a county bureau's review (its built-up area, its core area are parts of it)
COUNTY = "西坪县住建局2024年工作总结\n\n一、2024年主要工作\n（一）{text}\n"
GOV = "东湖县2025年政府工作报告\n\n一、2024年工作回顾\n{text}\n"


def pairs_of(text: str, frame: str = REVIEW) -> list[tuple[str | None, ...]]:
    """(actual, target, completion) of each pair of ``text``, by the figures as written."""
    r = process_text(frame.format(text=text), "t.txt")
    by_id = {m.mention_id: m.text for m in r.mentions}
    return [
        tuple(by_id.get(i) if i else None for i in ids)
        for ids in (
            (p.actual_mention_id, p.target_mention_id, p.completion_mention_id) for p in r.pairs
        )
    ]


# (X, sentence, frame): a target and an actual that must never be one pair.
NEVER = [
    # the kind of period: a figure of several years against a year's
    ("period_kind", "三年行动计划目标年均新增就业3000人，全年新增就业3200人。", REVIEW),
    ("period_kind", "力争五年累计完成投资300亿元，全年完成投资65亿元。", REVIEW),
    ("period_kind", "全年新增就业目标3000人，五年累计新增就业1.4万人。", REVIEW),
    ("period_kind", "“十四五”期间目标新增就业1.5万人，全年新增就业3200人。", REVIEW),
    # the measure: a rise against the level reached
    ("measure", "研发投入强度目标提高0.2%，实际达到2.3%。", REVIEW),
    ("measure", "森林覆盖率目标增长1.5%，全区森林覆盖率达到46.8%。", REVIEW),
    # the unit family: percent against points, a count against a sum, persons against visits
    ("unit", "城镇化率目标提高1个百分点，实际提高1.2%。", REVIEW),
    ("unit", "全年计划新建学校5所，完成投资3.2亿元。", REVIEW),
    ("unit", "全年目标培训3000人，实际完成培训4200人次。", REVIEW),
    # the place: a district's (or a town's) result against the city's (or the district's) target
    ("place", "全市固定资产投资目标120亿元，东湖区完成固定资产投资28亿元。", CITY),
    ("place", "全市完成固定资产投资目标任务120亿元，其中东湖区完成28亿元。", CITY),
    ("place", "全区目标任务新增就业3000人，东关街道完成新增就业800人。", REVIEW),
    ("place", "全市年度计划新建农村公路200公里，西山县已建成45公里。", CITY),
    ("place", "全市新增就业目标5000人，今年东湖区已新增就业1800人。", CITY),
    # a place whose name opens with a count or a determiner is still a place
    ("place", "全省年度目标新增就业8万人，三亚市完成新增就业1.2万人。", CITY),
    ("place", "全市固定资产投资目标300亿元，本溪县完成固定资产投资46亿元。", CITY),
    # the year: last year's target against this year's result, a later year's against this
    ("year", "2023年目标新增就业3000人，2024年完成新增就业3200人。", REVIEW),
    ("year", "上年目标任务完成固定资产投资40亿元，今年已完成45亿元。", REVIEW),
    ("year", "2023年目标招商引资40亿元，今年已完成招商引资45亿元。", REVIEW),
    ("year", "到2027年建成5G基站1200个，今年已建成5G基站260个。", REVIEW),
    # …and in a government's report, the review's target against this year's first months
    ("year", "年度目标新增就业3000人，今年以来已新增就业600人。", GOV),
    ("year", "全年招商引资目标40亿元，今年1-2月已完成招商引资6亿元。", GOV),
    # the base of a change: a price's rise over a year against one since a year named, or
    # against the month before (a price rise is stated without 增长, so it is an actual)
    ("change_base", "居民消费价格目标上涨3%左右，实际比2020年上涨6.2%。", REVIEW),
    ("change_base", "居民消费价格目标上涨3%左右，实际环比上涨0.3%。", REVIEW),
    ("change_base", "商品房销售价格目标上涨不超过5%，实际比“十三五”末上涨9.6%。", REVIEW),
    # the role: two targets, a forecast, a growth are no actual
    ("role", "全年目标新增就业3000人，力争新增就业3500人。", REVIEW),
    ("role", "年度目标任务招商引资50亿元，预计全年完成招商引资52亿元。", REVIEW),
    ("role", "社会消费品零售总额目标120亿元，同比增长7.5%。", REVIEW),
]


@pytest.mark.parametrize(("x", "text", "frame"), NEVER)
def test_no_pair_across(x: str, text: str, frame: str) -> None:
    assert pairs_of(text, frame) == [], x


# (X, sentence, pair): counter-examples where a veto could misfire, and the pair to keep.
KEPT = [
    # a year's target met by the stock at a date in the year (progress to date)
    (
        "period_kind",
        "全年目标新增就业3000人，截至10月底已实现新增就业2800人。",
        ("2800人", "3000人"),
        REVIEW,
    ),
    ("period_kind", "年度计划投资50亿元，1-10月完成投资42亿元。", ("42亿元", "50亿元"), REVIEW),
    # two levels in percent, two counts
    ("measure", "研发投入强度目标2.5%，实际达到2.3%。", ("2.3%", "2.5%"), REVIEW),
    ("unit", "全年目标任务1.5亿元，实际完成12000万元。", ("12000万元", "1.5亿元"), REVIEW),
    # a common noun ending in a level word, a masked place (the report's own), 全区
    ("place", "老旧小区改造目标120个，实际完成改造135个。", ("135个", "120个"), REVIEW),
    ("place", "全区目标任务新增就业3000人，全区完成新增就业3200人。", ("3200人", "3000人"), REVIEW),
    ("place", "城镇新增就业目标任务3000人，已完成3200人。", ("3200人", "3000人"), REVIEW),
    ("place", "二是引进市外资金目标任务8000万元，完成9100万元。", ("9100万元", "8000万元"), REVIEW),
    # an area named by what stands in it (建成区, 核心区) is the report's own place's part
    (
        "place",
        "全年改造老旧小区42个；建成区新增绿地面积12.8万平方米，完成年度目标12万平方米的106.7%。",
        ("12.8万平方米", "12万平方米"),
        COUNTY,
    ),
    (
        "place",
        "新建停车场3处；核心区新增公共停车泊位1260个，年度目标1200个。",
        ("1260个", "1200个"),
        COUNTY,
    ),
    # a determiner before a level word names the report's own place (我区, 该县), no other
    ("place", "年度目标新增就业3000人，我区已完成新增就业3200人。", ("3200人", "3000人"), REVIEW),
    ("place", "年度目标招商引资40亿元，该县已完成招商引资45亿元。", ("45亿元", "40亿元"), REVIEW),
    # a year that opens the clause is no part of its place (今年全区 is 全区)
    ("place", "今年全区目标任务新增就业3000人，全区已完成3200人。", ("3200人", "3000人"), REVIEW),
    # a rise over a year meets its target, its base named (同比) or not
    ("change_base", "居民消费价格目标上涨3%左右，实际上涨1.2%。", ("1.2%", "3%左右"), REVIEW),
    ("change_base", "居民消费价格目标上涨3%左右，实际同比上涨1.2%。", ("1.2%", "3%左右"), REVIEW),
    # the year the report speaks of, named or not; the base of a change is no year
    ("year", "2024年目标新增就业3000人，全年完成新增就业3200人。", ("3200人", "3000人"), REVIEW),
    (
        "year",
        "今年目标招商引资40亿元，已完成招商引资45亿元，比2023年多5亿元。",
        ("45亿元", "40亿元"),
        REVIEW,
    ),
    # in a government's report, 去年 and 上年 of its review are the year reviewed
    ("year", "去年全县完成固定资产投资120亿元，年度目标110亿元。", ("120亿元", "110亿元"), GOV),
    ("year", "上年目标任务新增就业3000人，去年完成新增就业3200人。", ("3200人", "3000人"), GOV),
]


@pytest.mark.parametrize(("x", "text", "pair", "frame"), KEPT)
def test_pair_kept(x: str, text: str, pair: tuple[str, str], frame: str) -> None:
    assert [p[:2] for p in pairs_of(text, frame)] == [pair], x


def test_a_masked_place_of_the_report_is_no_other_place() -> None:
    frame = "xx街道2024年工作总结\n\n一、2024年主要工作\n（一）{text}\n"
    text = "全年燃气报警器安装目标任务1200户，xx街道已完成安装1350户。"
    assert [p[:2] for p in pairs_of(text, frame)] == [("1350户", "1200户")]


# ---- masked against known: the pair forms, no value is read from the mask ----------------


def test_a_masked_target_leaves_the_pair_unknown() -> None:
    r = process_text(REVIEW.format(text="全年固定资产投资目标XX亿元，实际完成48亿元。"), "t.txt")
    (p,) = r.pairs
    assert (p.actual_value, p.target_value, p.computed_completion) == (48, None, None)
    assert p.status == "unknown" and p.consistent is None


def test_a_masked_actual_with_a_stated_rate_is_judged_by_the_rate_only() -> None:
    text = "全年目标任务新增就业3000人，已完成XX人，完成率108%。"
    (p,) = process_text(REVIEW.format(text=text), "t.txt").pairs
    assert (p.actual_value, p.target_value, p.stated_completion) == (None, 3000, 108)
    assert p.computed_completion is None and p.consistent is None and p.status == "met"


def test_a_masked_rate_and_actual_give_no_status() -> None:
    text = "全年目标任务新增就业3000人，已完成XX人，完成率XX%。"
    (p,) = process_text(REVIEW.format(text=text), "t.txt").pairs
    assert p.status == "unknown" and p.implied_target is None


# ---- the base of a change: a growth is never the actual of a level's completion ----------


@pytest.mark.parametrize(
    "text",
    [
        "社会消费品零售总额同比增长7.5%，完成年度目标任务的102%。",
        "规上工业增加值环比增长2.1%，完成年度计划的96%。",
    ],
)
def test_a_growth_is_never_the_actual_of_a_completion(text: str) -> None:
    assert all(p[0] is None for p in pairs_of(text))


@pytest.mark.parametrize(
    "text",
    ["零售额同比增长8%，环比增长2%。", "城镇居民人均可支配收入比上年增长6%，比2020年增长32%。"],
)
def test_two_growths_of_different_bases_are_vetoed(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The veto asked of two growths directly: a change stated with 增长 and its base
    (同比, 环比, 比2020年) is a growth, never an actual; a price's rise (上涨) is an actual,
    which is how a sentence brings two changes to a pair (NEVER, and NEEDED below)."""
    a, b = process_text(REVIEW.format(text=text), "t.txt").mentions
    assert comparable.pair_veto(a, b, 2024) == comparable.PairVeto.CHANGE_BASE
    kept = {k: v for k, v in comparable.VETOES.items() if k != comparable.PairVeto.CHANGE_BASE}
    monkeypatch.setattr(comparable, "VETOES", kept)
    assert comparable.pair_veto(a, b, 2024) is None


# ---- each veto is needed by one of its own examples -------------------------------------

NEEDED = [
    (comparable.PairVeto.PERIOD_KIND, "力争五年累计完成投资300亿元，全年完成投资65亿元。", REVIEW),
    (comparable.PairVeto.MEASURE, "研发投入强度目标提高0.2%，实际达到2.3%。", REVIEW),
    (
        comparable.PairVeto.CHANGE_BASE,
        "居民消费价格目标上涨3%左右，实际比2020年上涨6.2%。",
        REVIEW,
    ),
    (
        comparable.PairVeto.NAMED_YEAR,
        "上年目标任务完成固定资产投资40亿元，今年已完成45亿元。",
        REVIEW,
    ),
    (
        comparable.PairVeto.PLACE,
        "全市固定资产投资目标120亿元，东湖区完成固定资产投资28亿元。",
        CITY,
    ),
]


@pytest.mark.parametrize(("veto", "text", "frame"), NEEDED)
def test_each_veto_is_needed(
    veto: comparable.PairVeto, text: str, frame: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert pairs_of(text, frame) == []
    kept = {k: v for k, v in comparable.VETOES.items() if k != veto}
    monkeypatch.setattr(comparable, "VETOES", kept)
    assert len(pairs_of(text, frame)) == 1


def test_the_years_a_clause_names() -> None:
    r = process_text(
        REVIEW.format(text="上年目标300户，2023年末达到280户，今年完成320户，比2022年增加50户。"),
        "t.txt",
    )
    years = {m.text: comparable.figure_year(m, 2024) for m in r.mentions}
    assert years == {"300户": 2023, "280户": 2023, "320户": 2024, "50户": 2024}


# ---- a completion rate is of the actual that names what it names -------------------------

OWN_ACTUAL = [
    # 分别 deals the rates to the figures before it: the first rate is the first figure's
    (
        "全县粮食播种面积52.3万亩、总产量21.6万吨，分别完成市下达任务的101.2%和103.5%。",
        "101.2%",
        "52.3万亩",
    ),
    (
        "全年招商引资到位资金26.8亿元，新签约项目12个，招商引资到位资金完成年度目标的107%。",
        "107%",
        "26.8亿元",
    ),
    # counter-example: a rate that names nothing of its own is of the nearest figure before
    ("新建农村公路45公里，完成投资2.1亿元，完成年度计划的105%。", "105%", "2.1亿元"),
]


@pytest.mark.parametrize(("text", "rate", "actual"), OWN_ACTUAL)
def test_a_completion_is_of_the_actual_it_names(text: str, rate: str, actual: str) -> None:
    assert (actual, None, rate) in pairs_of(text)


def test_the_actual_a_completion_names_is_needed(monkeypatch: pytest.MonkeyPatch) -> None:
    import metrics.pairs.within as within

    text, rate, actual = OWN_ACTUAL[0]
    monkeypatch.setattr(
        within, "_actual_for", lambda cands, c: within._nearest(cands, c, before=True)
    )
    assert (actual, None, rate) not in pairs_of(text)


# ---- the base of a ratio: only a rate of the target is a completion ---------------------

RATIO_BASES = [
    # a share of a whole (占全市的) and a change on last year (同比, 比上年多) are no completion
    (
        "全年招商引资到位资金目标25亿元，实际完成26.8亿元，占全市的12%。",
        ("26.8亿元", "25亿元", None),
    ),
    (
        "全年招商引资到位资金目标25亿元，实际完成26.8亿元，同比增长7%。",
        ("26.8亿元", "25亿元", None),
    ),
    ("全年目标任务新增就业3000人，已完成3200人，比上年多完成210人。", ("3200人", "3000人", None)),
    # counter-example: a rate of the year's target (占年度目标的) is the completion
    (
        "年度目标任务新增就业3000人，已完成3200人，占年度目标的106.7%。",
        ("3200人", "3000人", "106.7%"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), RATIO_BASES)
def test_only_a_rate_of_the_target_is_a_completion(text: str, pair: tuple) -> None:
    assert pairs_of(text) == [pair]


def test_a_share_alone_is_no_pair() -> None:
    assert pairs_of("全年新增就业3200人，占全市新增就业的15.2%。") == []


@pytest.mark.parametrize(
    ("text", "frame", "year"),
    [
        ("2023年目标新增就业3000人，2023年完成新增就业3200人。", REVIEW, 2023),
        ("上年目标任务完成投资40亿元，上年实际完成投资42亿元。", REVIEW, 2023),
        ("全年目标任务完成投资40亿元，实际完成投资42亿元。", REVIEW, 2024),  # the report's own
        # a government's report of 2025 reviews 2024: 去年 and 上年 there are 2024
        ("去年全县完成固定资产投资122亿元，完成年度目标的102%。", GOV, 2024),
        ("上年目标任务新增就业3000人，去年完成新增就业3200人。", GOV, 2024),
        ("全年新增城镇就业3200人，完成年度目标的107%。", GOV, 2024),
    ],
)
def test_a_pair_is_of_the_year_its_clauses_name(text: str, frame: str, year: int) -> None:
    (p,) = process_text(frame.format(text=text), "t.txt").pairs
    assert p.year == year


@pytest.mark.parametrize(
    ("title", "written"),
    [
        ("东湖县2025年政府工作报告", 2025),  # delivered in the year it plans
        ("东湖区发改局2024年工作总结", 2024),
        ("东湖区发改局2024年工作总结及2025年工作计划", 2024),  # written as 2024 closes
        ("东湖区发改局2025年工作要点", 2025),  # a plan alone: the year it plans
    ],
)
def test_the_year_a_document_was_written_in(title: str, written: int) -> None:
    (doc,) = process_text(f"{title}\n\n一、主要工作\n全年完成投资48亿元。\n", "t.txt").documents
    assert comparable.writing_year(doc) == written


# ---- a completion rate stated of the figure in its own frame -----------------------------

RATE_OF_BASE = [
    # 完成…任务N的R%: N is the target, the actual is the last before it in N's unit
    (
        "全年开工改造老旧小区38个，惠及居民5120户，完成省下达任务36个的105.6%。",
        ("38个", "36个", "105.6%"),
    ),
    # the base's own words name no target (年度预算): the frame makes it one
    (
        "一般公共预算收入完成12.4亿元，比上年增长6.1%，完成年度预算12.1亿元的102.5%。",
        ("12.4亿元", "12.1亿元", "102.5%"),
    ),
    # a count between the actual and the base is of another unit
    (
        "全年完成交通投资9.3亿元，新开工项目12个，完成年度投资计划9亿元的103.3%。",
        ("9.3亿元", "9亿元", "103.3%"),
    ),
    # counter-examples: a rate whose frame holds no figure keeps to the figures before it
    (
        "总投资826亿元，年度计划投资210亿元，完成投资198.6亿元，占年度计划的94.6%。",
        ("198.6亿元", "210亿元", "94.6%"),
    ),
    ("新建农村公路45公里，完成投资2.1亿元，完成年度计划的105%。", ("2.1亿元", None, "105%")),
]


@pytest.mark.parametrize(("text", "pair"), RATE_OF_BASE)
def test_a_rate_is_of_the_base_its_frame_names(text: str, pair: tuple) -> None:
    assert pair in pairs_of(text)


def test_without_the_frame_the_rate_goes_to_the_nearest_figure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import metrics.pairs.within as within

    text, pair = RATE_OF_BASE[0]
    monkeypatch.setattr(within, "RATE_BASE_JOIN", regex.compile(r"(?!)"))
    assert pair not in pairs_of(text)
