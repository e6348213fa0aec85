"""A metric a review names short after the clause that names its subject
(``pairs.plans.short_named``): 全市高校毕业生2.84万人，就业率达到92.3% states the outcome of the
plan's 高校毕业生就业率保持在90%以上. The plan links take it when the short name ends the
plan's full one and the words it leaves off stand before it in its sentence; not when they
do not (失业率 after 城镇新增就业 is no 城镇调查失业率), nor when no target is left for it.
Sentences written for these tests in the style of the corpus: a city bureau's review of
2024 and plan for 2025 (``conftest.two_years``), and the next year's review.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from metrics import trends
from metrics.pairs import plans, short_named, subject_named

from .conftest import disk_links, links_and_trends, two_years

# (plan for 2025, review of 2025, the 2025 links)
CASES = [
    ("高校毕业生就业率保持在90%以上", "全市高校毕业生2.84万人，就业率达到92.3%", [(90.0, 92.3)]),
    (
        "职业技能培训取证率达到70%",
        "开展补贴性职业技能培训2.71万人次，其中取得证书1.98万人次，取证率73.1%",
        [(70.0, 73.1)],
    ),
    ("森林火灾受害率控制在0.3‰以内", "全年发生森林火灾2起，受害率0.05‰", [(0.3, 0.05)]),
    (  # counter-example: 调查 is named nowhere before 失业率
        "城镇调查失业率控制在5.5%以内",
        "全市城镇新增就业3.46万人，失业率5.1%",
        [],
    ),
    (  # counter-example: the subject is not named in the sentence
        "职业技能培训取证率达到70%",
        "全年取证率73.1%",
        [],
    ),
    (  # counter-example: the full name meets its target, the short one is left alone
        "高校毕业生就业率保持在90%以上",
        "高校毕业生就业率92.3%。全市高校毕业生中研究生2200人，就业率96.1%",
        [(90.0, 92.3)],
    ),
]


# The subject named in part before the short name (``plans.SUBJECT_PART``): the last four
# characters of the words left off, runs of four holding more than two thirds of them, or
# all of them when they are fewer.
IN_PART = [
    (  # the subject's start (劳动人事争议), its procedure (仲裁) not named again
        "劳动人事争议仲裁结案率达到95%",
        "受理劳动人事争议案件3120件，结案2996件，结案率96%",
        [(95.0, 96.0)],
    ),
    (  # the subject's end (重点人群), the service (家庭医生签约服务) not named again
        "家庭医生签约服务重点人群签约率达到80%",
        "全市重点人群签约18.2万人，签约率82.3%",
        [(80.0, 82.3)],
    ),
    (  # counter-example: four characters of the subject's start (农村生活) are shared by
        # rubbish and sewage: 污水 is not named
        "农村生活污水治理率达到45%",
        "全区新建农村生活垃圾收运点36个，治理率达到100%",
        [],
    ),
    (  # counter-example: 居民 is shared, 城镇居民 (four characters, asked whole) is not named
        "城镇居民恩格尔系数控制在30%以内",
        "全市农村居民人均可支配收入2.2万元，恩格尔系数29.8%",
        [],
    ),
]


# A short name compared as counted (``plans.counted_key``): the plan names the count by its
# classifier (死亡人数), the review by the thing alone after the clause naming its subject.
COUNTED = [
    (
        "生产安全事故死亡人数控制在8人以内",
        "全县发生生产安全事故11起、死亡7人",
        [(8.0, 7.0)],
    ),
    ("火灾死亡人数控制在3人以内", "全年发生火灾126起，死亡2人", [(3.0, 2.0)]),
    (  # counter-example: no subject named before the short name
        "生产安全事故死亡人数控制在8人以内",
        "全年因病死亡7人",
        [],
    ),
]
EMERGENCY = "安河县应急管理局"


OFFICE = "东岭市人力资源和社会保障局"


def _links(plan: str, after: str) -> list:
    return links_and_trends(two_years(OFFICE, "做好各项工作", plan, after))[0]


@pytest.mark.parametrize(("plan", "after", "links"), CASES)
def test_a_short_name_after_its_subject_meets_the_full_one(
    plan: str, after: str, links: list
) -> None:
    assert _links(plan, after) == links


@pytest.mark.parametrize(("plan", "after", "links"), IN_PART)
def test_a_subject_named_in_part(plan: str, after: str, links: list) -> None:
    assert _links(plan, after) == links


def test_without_the_part_the_whole_subject_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plans, "subject_named", lambda head, before: head in before)
    for plan, after, _ in IN_PART[:2]:
        assert _links(plan, after) == []
    for plan, after, links in CASES:  # the whole subject's examples do not need the part
        assert _links(plan, after) == links


def test_a_run_of_the_subject() -> None:
    assert subject_named("劳动人事争议仲裁", "受理劳动人事争议案件3120件，")
    # two runs of four holding most of the subject; one run of four at its start does not
    assert subject_named("科技成果签约项目落地", "举办科技成果路演活动20场，签约项目146个，")
    assert not subject_named("农村生活污水", "全区新建农村生活垃圾收运点36个，")
    assert not subject_named("城镇调查", "全市城镇新增就业3.46万人，")  # 城镇: two characters
    assert not subject_named("城镇居民", "全市农村居民人均可支配收入2.2万元，")


def test_the_words_left_off_must_stand_before() -> None:
    assert short_named("高校毕业生就业率", "就业率", "全市高校毕业生2.84万人，")
    assert not short_named("高校毕业生就业率", "就业率", "全市城镇新增就业3.46万人，")
    assert short_named("外贸备案企业总量", "备案企业总量", "新增外贸备案企业31家，")
    assert not short_named("农村就业率", "村就业率", "全市农村")  # one character left off
    assert not short_named("就业率", "就业率", "就业")  # one name, not a short one


def test_without_the_rule_its_examples_meet_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plans, "short_head", lambda target, outcome: None)
    for plan, after, _ in CASES[:3]:
        assert _links(plan, after) == []


def test_on_disk_as_in_memory(tmp_path: Path) -> None:
    cases = [("做好各项工作", plan, after) for plan, after, _ in CASES[:4]]
    assert disk_links(tmp_path, OFFICE, cases) == [(0.3, 0.05), (70.0, 73.1), (90.0, 92.3)]


@pytest.mark.parametrize(("plan", "after", "links"), COUNTED)
def test_a_short_name_of_a_count_named_by_its_classifier(
    plan: str, after: str, links: list
) -> None:
    assert links_and_trends(two_years(EMERGENCY, "做好各项工作", plan, after))[0] == links


def test_without_the_count_the_classifier_keeps_them_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(plans, "_counted", lambda m: m.metric_key)
    for plan, after, _ in COUNTED[:2]:
        assert links_and_trends(two_years(EMERGENCY, "做好各项工作", plan, after))[0] == []


# A scope the report's own place gives (``plans.OWN_SCOPE``): (office, plan, review, links)
OWN_SCOPE = [
    (  # a city's urban network: 城市 left off in its review
        "澄江市水务局",
        "城市公共供水管网漏损率控制在9%以内",
        "全市公共供水管网漏损率降至8.7%",
        [(9.0, 8.7)],
    ),
    (  # a county's seat: 县城 left off in its review
        "临水县住房和城乡建设局",
        "县城生活垃圾无害化处理率达到98%",
        "生活垃圾无害化处理率99.2%",
        [(98.0, 99.2)],
    ),
    (  # counter-example: 县城 is no scope of a city's own, its counties' seats
        "澄江市住房和城乡建设局",
        "县城污水处理率达到95%",
        "全市污水处理率96.2%",
        [],
    ),
    (  # counter-example: 农村 is no level's urban area
        "临水县水利局",
        "农村自来水普及率达到92%",
        "全县自来水普及率93.5%",
        [],
    ),
]


# The other way (``plans.scope_named``): the plan names the metric short, the review with
# its own place's urban scope. (office, plan, review, links)
SCOPE_IN_REVIEW = [
    (  # a city's plan leaves 城市 off, its review names it
        "澄江市水务局",
        "公共供水管网漏损率控制在8.5%以内",
        "城市公共供水管网漏损率降至8.3%",
        [(8.5, 8.3)],
    ),
    (  # a county's plan leaves 县城 off, its review names it
        "临水县住房和城乡建设局",
        "生活垃圾无害化处理率达到98%",
        "县城生活垃圾无害化处理率99.1%",
        [(98.0, 99.1)],
    ),
    (  # counter-example: a city's 县城 is its counties' seats, not its own urban area
        "澄江市住房和城乡建设局",
        "污水处理率达到96%",
        "县城污水处理率95.2%",
        [],
    ),
    (  # counter-example: 城市居民 are people, not the urban area's residents of all
        "澄江市统计局",
        "居民人均可支配收入增长6%",
        "城市居民人均可支配收入增长5.8%",
        [],
    ),
]


@pytest.mark.parametrize(("office", "plan", "after", "links"), OWN_SCOPE + SCOPE_IN_REVIEW)
def test_a_scope_of_the_report_own_place(office: str, plan: str, after: str, links: list) -> None:
    assert links_and_trends(two_years(office, "做好各项工作", plan, after))[0] == links


def test_without_the_own_scope_its_examples_meet_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plans, "OWN_SCOPE", {})
    for office, plan, after, _ in OWN_SCOPE[:2]:
        assert links_and_trends(two_years(office, "做好各项工作", plan, after))[0] == []


def test_own_scope_on_disk_as_in_memory(tmp_path: Path) -> None:
    office, plan, after, links = OWN_SCOPE[0]
    assert disk_links(tmp_path, office, [("做好各项工作", plan, after)]) == links


def test_without_scope_named_its_examples_meet_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plans, "scope_named", lambda *_: False)
    assert not any(
        links_and_trends(two_years(office, "做好各项工作", plan, after))[0]
        for office, plan, after, _ in SCOPE_IN_REVIEW[:2]
    )


# A series named with its own place's urban scope one year and without it the next (a
# short name whose subject is the scope: ``trends._short_names_joined``, by
# ``pairs.scoped_before``): (office, review of 2024, review of 2025, trends of the actuals)
SCOPE_IN_ONE_YEAR = [
    (  # a city's review of 2024 short (全市 is no scope), of 2025 with 城市
        "澄江市水务局",
        "全市公共供水管网漏损率8.8%",
        "城市公共供水管网漏损率8.3%",
        [(8.8, 8.3)],
    ),
    (  # a county's review of 2024 with 县城, of 2025 short
        "临水县住房和城乡建设局",
        "县城生活垃圾无害化处理率98.6%",
        "生活垃圾无害化处理率99.1%",
        [(98.6, 99.1)],
    ),
    (  # counter-example: a city's 县城 rate never goes on as its own
        "澄江市住房和城乡建设局",
        "县城污水处理率94.1%",
        "污水处理率96.3%",
        [],
    ),
    (  # counter-example: a year naming both keeps them two series
        "澄江市城市管理局",
        "城市污水处理率97.4%，全市污水处理率95.1%",
        "城市污水处理率97.9%",
        [(97.4, 97.9)],
    ),
]


def test_scopes_named_once_on_disk_as_in_memory(tmp_path: Path) -> None:
    office, before, after, _ = SCOPE_IN_ONE_YEAR[0]
    plan = SCOPE_IN_REVIEW[0][1]
    assert disk_links(tmp_path, office, [(before, plan, after)]) == [(8.5, 8.3)]


# A rate named short one year and in full the year before or after, in the reviews
# (``trends._short_names_joined``): (office, review of 2024, review of 2025, trends)
SHORT_IN_ONE_YEAR = [
    (  # the subject named in part before the short name (劳动人事争议, not 仲裁)
        "澄江市人力资源和社会保障局",
        "劳动人事争议仲裁结案率96.2%",
        "受理劳动人事争议案件4210件，结案率96.8%",
        [(96.2, 96.8)],
    ),
    (  # the short one first, after 其中 in the clause naming the service
        "临水县卫生健康局",
        "家庭医生签约服务签约居民28.6万人，其中重点人群签约率76.2%",
        "家庭医生重点人群签约率81.4%",
        [(76.2, 81.4)],
    ),
    (  # counter-example: 调查 is named nowhere before 失业率
        "澄江市人力资源和社会保障局",
        "城镇调查失业率5.3%",
        "全市城镇新增就业3.46万人，失业率5.1%",
        [],
    ),
    (  # counter-example: a count, not a rate (the plan links read it; trends do not)
        "临水县商务局",
        "外贸备案企业总量280家",
        "新增外贸备案企业31家，备案企业总量达到296家",
        [],
    ),
]


@pytest.mark.parametrize(
    ("office", "before", "after", "found"), SHORT_IN_ONE_YEAR + SCOPE_IN_ONE_YEAR
)
def test_a_rate_named_short_one_year(office: str, before: str, after: str, found: list) -> None:
    assert links_and_trends(two_years(office, before, "做好各项工作", after))[1] == found


def test_without_the_short_join_its_examples_make_no_trend(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(trends, "_short_names_joined", lambda _: None)
    assert not any(
        links_and_trends(two_years(office, before, "做好各项工作", after))[1]
        for office, before, after, _ in SHORT_IN_ONE_YEAR[:2] + SCOPE_IN_ONE_YEAR[:2]
    )


def test_short_names_of_trends_on_disk_as_in_memory(tmp_path: Path) -> None:
    # a run on disk reads the words before a rate named short (``derived._Series``)
    office, before, after, _ = SHORT_IN_ONE_YEAR[0]
    assert disk_links(tmp_path, office, [(before, "做好各项工作", after)]) == []
