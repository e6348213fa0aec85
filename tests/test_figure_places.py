"""A figure's own place (``mentions.figure_place``, ``pairs.figure_places``): the place its
clause names as its subject, or carries from the clause before it in its sentence. A
figure of another place than its report's is that place's: plan links (in memory and on
disk), trends and targets leave it out, so a county's figure in a city's review is never
the outcome of the city's target nor a year of its series. Sentences written for these
tests in the style of the corpus; the office is a city's (``CITY``)."""

from __future__ import annotations

from pathlib import Path

import pytest

import metrics
from metrics.pairs import figure_places, plans
from metrics.pipeline import process_text
from metrics.records import Mention

from .conftest import REVIEW, disk_as_memory, plan_links

CITY = "南岭市住房和城乡建设局"
COUNTY = "南岭市青石县住房和城乡建设局"

# (review sentence, the figure, its own place) — ``own_clause``, several wordings
OWN = [
    ("东湖县地区生产总值增长7.2%", "7.2%", "东湖县"),  # the place, then the figure's name
    ("其中滨河区完成固定资产投资28亿元", "28亿元", "滨河区"),  # after 其中, a verb of result
    ("北塘区改造城镇老旧小区36个", "36个", "北塘区"),  # the chain runs into the name
    ("2024年，青山县新增城镇就业4100人", "4100人", "青山县"),  # a year before the subject
    ("全市完成投资120亿元，其中东湖区28亿元、西湖区30亿元", "30亿元", "西湖区"),  # its item
    ("xx县新增城市公园绿地面积2.1万平方米", "2.1万平方米", "xx县"),  # a mask as written
    ("滨江经济开发区完成固定资产投资36亿元", "36亿元", "滨江经济开发区"),  # a named zone
    # a word of change after the place: its growth, the metric carried
    ("全市地区生产总值增长5.8%，其中青阳市增长6.9%", "6.9%", "青阳市"),
    ("各县区税收收入合计增长5.2%，其中**县增长9.4%", "9.4%", "**县"),
]
# ``carried_subject``: a clause with no subject goes on with the one before, across ，
CARRIED = [
    ("东阳县地区生产总值增长7.2%，规模以上工业增加值增长9.3%", "9.3%", "东阳县"),
    ("东湖区完成固定资产投资28亿元，占全市的23%", "23%", "东湖区"),
    ("其中西岭区新开工保障性租赁住房520套，比上年多80套", "80套", "西岭区"),
]
# (review sentence, the figure): no place of its own
NONE = [
    ("全市新开工保障性租赁住房2516套", "2516套"),  # a scope
    ("改造城镇老旧小区131个", "131个"),  # a common noun ending in a level word
    ("建成区新增绿地面积12.8万平方米", "12.8万平方米"),  # the report's own built-up area
    ("东湖区完成投资28亿元，全市完成投资120亿元", "120亿元"),  # a new scope ends the carry
    ("东湖区完成投资28亿元；规模以上工业增加值增长6.6%", "6.6%"),  # so does ；
    ("青石县至南岭市高速公路建成通车32公里", "32公里"),  # a place opening a longer name
    ("新增城市公园绿地面积16.8万平方米", "16.8万平方米"),  # a chain run into the name
    ("单位地区生产总值能耗下降2.8%", "2.8%"),  # a word of measure per unit
    ("人均地区生产总值增长5.1%", "5.1%"),
    ("五年来全市累计改造城镇老旧小区374个", "374个"),  # a time before the scope
    ("一般公共预算收入82亿元，全市增长6.1%", "6.1%"),  # a scope before a change
    ("完成省下达高标准农田建设任务8万亩", "8万亩"),  # the setter of a task
    ("建成高标准农田8.3万亩，占省下达任务8万亩的103.8%", "103.8%"),
    ("跨省联网定点医疗机构达到273家", "273家"),  # a relation to places
    ("住院费用跨省直接结算率79.6%", "79.6%"),
    ("新认定省级企业技术中心20家", "20家"),  # a verb before the level word
    ("截至目前高新区入驻企业达到312家", "312家"),  # a time word, then an area by its kind
    ("高新区实现规模以上工业产值120亿元", "120亿元"),  # the report's own zone, unnamed
    ("大桥灌区新增有效灌溉面积2.3万亩", "2.3万亩"),  # an irrigation district
    ("组织我县企业参加展会46家次", "46家次"),  # the report's own, by a pronoun
    ("新增境内外上市公司5家", "5家"),  # a level word in a word (上市)
    ("全盟地区生产总值增长6.5%左右", "6.5%左右"),  # a league's and a prefecture's scope
    ("新开工省市重点项目80个", "80个"),  # a verb of work before the levels
]


def _review_figure(sentence: str, text: str, title: str = CITY) -> Mention:
    r = process_text(REVIEW.format(title=title, year=2024, text=sentence), "review.txt")
    return next(m for m in r.mentions if m.text == text)


@pytest.mark.parametrize(("sentence", "text", "place"), OWN + CARRIED)
def test_a_figure_takes_the_place_its_clause_names(sentence: str, text: str, place: str) -> None:
    assert _review_figure(sentence, text).figure_place == place


@pytest.mark.parametrize(("sentence", "text"), NONE)
def test_a_figure_whose_clause_names_no_place_has_none(sentence: str, text: str) -> None:
    assert _review_figure(sentence, text).figure_place is None


# ``several_places``: lower governments together as the subject, kept as written
SEVERAL = [
    ("各县（区）新开工保障性租赁住房1260套", "1260套", "各县（区）"),
    ("两县新增限额以上商贸企业31家", "31家", "两县"),
    ("三镇规模以上工业增加值合计增长8.4%", "8.4%", "三镇"),
    ("全市各乡镇共建成村级综合服务站46个", "46个", "全市各乡镇"),
    ("12个县（市、区）完成造林面积8.6万亩", "8.6万亩", "12个县（市、区）"),
    ("各县区实际使用外资合计0.42亿美元", "0.42亿美元", "各县区"),
    # a count of governments before its indicator's change is the subject, no figure of its
    # own (``rules.exclusions`` places_counted): its clause still names them
    ("两个设区市一般公共预算收入增幅超过8%", "超过8%", "两个设区市"),
    ("其中三个县规模以上工业增加值增速超过10%", "超过10%", "三个县"),
]
# …and wordings that count no governments (a scope, a word opening with a level's character)
NOT_SEVERAL = [
    ("两新组织党组织覆盖率达到92%", "92%"),
    ("各区域新增充电桩320个", "320个"),
    ("两市场交易额增长12%", "12%"),
    ("三河市地区生产总值增长6.1%", "6.1%"),  # a place's name opening with a numeral
]


@pytest.mark.parametrize(("sentence", "text", "place"), SEVERAL)
def test_several_places_as_one_subject_are_kept_as_written(
    sentence: str, text: str, place: str
) -> None:
    m = _review_figure(sentence, text)
    assert m.figure_place == place
    assert figure_places.foreign_place(m.figure_place, "市", "南岭市")


@pytest.mark.parametrize(("sentence", "text"), NOT_SEVERAL)
def test_words_that_count_no_governments_are_not_several_places(sentence: str, text: str) -> None:
    place = _review_figure(sentence, text).figure_place
    assert place is None or not figure_places.SEVERAL_PLACES.fullmatch(place)


def test_two_counties_figure_is_no_outcome_of_the_citys_plan() -> None:
    links = plan_links(
        "新增限额以上商贸企业60家；实际使用外资1.1亿美元",
        "两县新增限额以上商贸企业31家，各县区实际使用外资合计0.42亿美元；"
        "全市新增限额以上商贸企业64家，实际使用外资1.15亿美元",
        plan_title=CITY,
        title=CITY,
    )
    assert sorted(p.actual_value for p in links) == [1.15, 64.0]


def test_the_carry_is_its_own_class() -> None:
    # without the carry, the clause after a county's figure would be the city's again
    m = _review_figure(*CARRIED[0][:2])
    assert figure_places.clause_place(m) is None and m.figure_place == "东阳县"


@pytest.mark.parametrize(
    ("place", "level", "doc_place", "foreign"),
    [
        ("东湖县", "市", "南岭市", True),  # a county in a city's report
        ("南岭市", "县", "南岭市青石县", True),  # the city in its county's report
        ("青石县", "县", "南岭市青石县", False),  # the report's own place, short
        ("南岭市", "市", "南岭市", False),
        ("xx县", "市", "南岭市", True),  # a masked place is never the report's
        ("xx市", "市", "xx市", True),  # …not even one masked alike
        ("东湖区", "区", None, False),  # an unnamed district office: maybe its own
        ("东湖县", "市", None, True),  # an unnamed city office: a county is another
    ],
)
def test_foreign_place(place: str, level: str, doc_place: str | None, foreign: bool) -> None:
    assert figure_places.foreign_place(place, level, doc_place) is foreign


def _texts(links: list) -> list[tuple[str | None, str | None]]:
    return [(p.target_mention_id, p.actual_mention_id) for p in links]


def test_a_county_figure_first_in_the_citys_review_is_no_outcome_of_its_plan() -> None:
    links = plan_links(
        "全市新开工保障性租赁住房2400套；改造城镇老旧小区125个",
        "青石县新开工保障性租赁住房438套，全市新开工保障性租赁住房2516套；"
        "北塘区改造城镇老旧小区36个，全市改造城镇老旧小区131个",
        plan_title=CITY,
        title=CITY,
    )
    outcomes = sorted(p.actual_value for p in links)
    assert outcomes == [131.0, 2516.0]


def test_a_masked_place_first_in_the_review_is_no_outcome_either() -> None:
    links = plan_links(
        "新增城市公园绿地面积15万平方米",
        "xx县新增城市公园绿地面积2.1万平方米；全市新增城市公园绿地面积16.8万平方米",
        plan_title=CITY,
        title=CITY,
    )
    assert [p.actual_value for p in links] == [16.8]


def test_the_reports_own_place_named_short_stays_its_own() -> None:
    # a county office's review naming its county (青石县, the last of 南岭市青石县) is its own
    r = process_text(
        REVIEW.format(title=COUNTY, year=2024, text="青石县新开工保障性租赁住房438套"), "r.txt"
    )
    (m,) = r.mentions
    unit = plans.government_identity(r.documents[0])
    assert m.figure_place == "青石县" and not plans.foreign_figure(m, unit)


# a city's plan, and its review that opens with a county's figures (the subject carried to
# the next clause), the metric named without the place
COUNTY_FIRST = (
    "规模以上工业增加值增长7%",
    "东阳县地区生产总值增长7.2%，规模以上工业增加值增长9.3%；全市规模以上工业增加值增长6.6%",
)


def test_a_county_growth_carried_in_the_citys_review_is_no_outcome() -> None:
    links = plan_links(*COUNTY_FIRST, plan_title=CITY, title=CITY)
    assert [p.actual_value for p in links] == [6.6]


def test_the_foreign_check_is_what_keeps_the_county_out(monkeypatch: pytest.MonkeyPatch) -> None:
    if not plans.__file__.endswith(".py"):
        pytest.skip("monkeypatches a module of the compiled build")
    monkeypatch.setattr(plans, "foreign_figure", lambda m, identity: False)
    links = plan_links(*COUNTY_FIRST, plan_title=CITY, title=CITY)
    assert [p.actual_value for p in links] == [9.3]


TWO_REVIEWS = (
    f"{CITY}2023年工作总结\n\n一、2023年主要工作\n（一）全市新开工保障性租赁住房2100套；"
    "全市城市燃气管网老化更新改造率达到71%。\n\n"
    f"{CITY}2024年工作总结\n\n一、2024年主要工作\n（一）青石县新开工保障性租赁住房438套，"
    "全市新开工保障性租赁住房2516套。xx区城市燃气管网老化更新改造率达到96%；"
    "全市城市燃气管网老化更新改造率达到100%。\n"
)


def test_a_county_figure_is_no_year_of_the_citys_trend() -> None:
    rows = metrics.extract_text(TWO_REVIEWS).trends
    assert sorted(zip(rows.previous_value, rows.value, strict=True)) == [
        (71.0, 100.0),
        (2100.0, 2516.0),
    ]


GOVERNMENT = (
    "临江市{year}年政府工作报告\n——{year}年1月15日在临江市第十七届人民代表大会第{n}次会议上\n"
    "各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n"
    "一、{last}年工作回顾\n{review}\n二、{year}年主要预期目标\n"
    "今年经济社会发展的主要预期目标是：{plan}\n\n"
)


def test_a_county_growth_opening_the_citys_review_is_no_outcome_of_its_target() -> None:
    text = GOVERNMENT.format(
        year=2024,
        n="三",
        last=2023,
        review="2023年，全市地区生产总值增长5.4%；规模以上工业增加值增长6.1%。",
        plan="地区生产总值增长6%左右；规模以上工业增加值增长7%。",
    ) + GOVERNMENT.format(
        year=2025,
        n="四",
        last=2024,
        review="2024年，南溪县地区生产总值增长8.1%，规模以上工业增加值增长10.2%，居全市首位。"
        "全市地区生产总值增长5.7%；规模以上工业增加值增长6.4%。",
        plan="地区生产总值增长5.5%左右；规模以上工业增加值增长6.5%。",
    )
    tables = metrics.extract_text(text)
    linked = tables.targets.dropna(subset=["outcome_value"])
    assert sorted(zip(linked.value, linked.outcome_value, strict=True)) == [(6.0, 5.7), (7.0, 6.4)]
    assert sorted(tables.plan_vs_outcome.actual_value) == [5.7, 6.4]
    trend = tables.trends[tables.trends.role == "growth"]
    assert sorted(trend.value) == [5.7, 6.4]


def test_the_column_is_written_and_read_on_disk(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "city.txt").write_text(TWO_REVIEWS, encoding="utf-8")
    memory, disk = disk_as_memory(folder, tmp_path / "out")
    placed = disk.mentions.dropna(subset=["figure_place"])
    assert sorted(placed.figure_place) == ["xx区", "青石县"]
    assert len(disk.trends) == len(memory.trends) == 2


# ``own_place_key``: the report's own place before the metric is its subject, not a word of
# what is counted: the key leaves it off (two wordings), another government's keeps it
OWN_GOVERNMENT = (
    "北岗县{year}年政府工作报告\n——{year}年1月12日在北岗县第十八届人民代表大会第{n}次会议上\n"
    "各位代表：\n现在，我代表县人民政府，向大会报告工作，请予审议。\n"
    "一、{last}年工作回顾\n{review}\n二、{year}年主要预期目标\n{plan}\n\n"
)


@pytest.mark.parametrize(
    ("review", "text", "key"),
    [
        ("过去一年，北岗县地区生产总值增长6.2%。", "6.2%", "地区生产总值"),
        ("2024年，北岗县规模以上工业增加值增长8.3%。", "8.3%", "规模以上工业增加值"),
        ("过去一年，东湖县地区生产总值增长7.9%。", "7.9%", "东湖县地区生产总值"),  # another's
    ],
)
def test_the_reports_own_place_is_left_off_the_key(review: str, text: str, key: str) -> None:
    r = process_text(
        OWN_GOVERNMENT.format(year=2025, n="五", last=2024, review=review, plan="略。"), "g.txt"
    )
    m = next(m for m in r.mentions if m.text == text)
    assert m.metric_key == key and m.figure_place is not None
    # the metric names what is counted as its key does; the words as written stay
    assert m.metric == key and (m.metric_phrase or "").endswith(key)


def test_an_own_place_result_meets_its_target() -> None:
    text = OWN_GOVERNMENT.format(
        year=2024,
        n="四",
        last=2023,
        review="过去一年，全县地区生产总值增长5.1%。",
        plan="全县地区生产总值增长6%左右。",
    ) + OWN_GOVERNMENT.format(
        year=2025,
        n="五",
        last=2024,
        review="过去一年，北岗县地区生产总值增长6.2%。",
        plan="全县地区生产总值增长6%左右。",
    )
    r = metrics.extract_text(text)
    links = sorted(zip(r.plan_vs_outcome.target_value, r.plan_vs_outcome.actual_value, strict=True))
    assert links == [(6.0, 6.2)]
    steps = sorted(zip(r.trends.previous_value, r.trends.value, strict=True))
    assert (5.1, 6.2) in steps


def test_a_count_of_governments_before_their_change_is_no_figure() -> None:
    r = process_text(
        REVIEW.format(title=CITY, year=2024, text="四个设区市地区生产总值增长超过7%"), "r.txt"
    )
    assert [m.text for m in r.mentions] == ["超过7%"]


# ``own_name``: a district whose name reads as a common area (东城区, 新城区: 城区 is a town's
# urban area) is the government of its own report; in another report it stays a common area
OWN_DISTRICT = (
    "2025年{place}人民政府工作报告\n——2025年1月10日在{place}第五届人民代表大会第四次会议上\n"
    "各位代表：\n现在，我代表区人民政府，向大会报告工作，请予审议。\n"
    "一、2024年工作回顾\n{review}\n二、2025年主要预期目标\n略。\n"
)


@pytest.mark.parametrize(
    ("place", "review", "text", "key"),
    [
        ("西城区", "过去一年，西城区地区生产总值增长5.4%。", "5.4%", "地区生产总值"),
        ("新城区", "新城区一般公共预算收入完成18.6亿元。", "18.6亿元", "一般公共预算收入"),
    ],
)
def test_a_district_named_as_an_urban_area_is_its_own_reports_place(
    place: str, review: str, text: str, key: str
) -> None:
    r = process_text(OWN_DISTRICT.format(place=place, review=review), "d.txt")
    m = next(m for m in r.mentions if m.text == text)
    assert (m.figure_place, m.metric_key, m.metric) == (place, key, key)


def test_an_urban_area_in_another_report_is_no_place() -> None:
    # (counter) a county's review naming its town's northern area: no government
    m = _review_figure("北城区完成棚户区改造1200户", "1200户", title="南岭县住房和城乡建设局")
    assert m.figure_place is None
