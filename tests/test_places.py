"""Places and department synonyms: the identity of a government unit for plan-vs-outcome.

Each case is a title written in the corpus's style; counter-examples are titles where a
level character (市, 区, 乡) opens or sits inside a department's name.
"""

from __future__ import annotations

import pytest

from metrics.lexicon.departments import DEPARTMENTS, canonical_department, department_in
from metrics.normalize import normalize
from metrics.segment.documents import split_documents
from metrics.segment.places import is_masked_place, place_of, same_place

PLACE_CASES = [
    ("XX区教育局2023年工作总结", "XX区"),
    ("XX街道办事处2022年工作计划", "XX街道"),
    ("XX镇人民政府2024年工作要点", "XX镇"),
    ("*区发展和改革局工作总结", "*区"),
    ("某县人民政府工作报告", "某县"),
    ("海淀区市场监督管理局2023年工作总结", "海淀区"),
    ("南山街道办事处年度工作总结", "南山街道"),
    ("浙江省杭州市西湖区卫生健康局工作总结", "浙江省杭州市西湖区"),
    ("广西壮族自治区人民政府工作报告", "广西壮族自治区"),
    ("和平区教育局工作要点", "和平区"),
    ("XX区城市管理局2023年工作总结", "XX区"),  # 城市 opens the department, not a place
    ("XX区住房和城乡建设局工作计划", "XX区"),  # 住房和城乡 is no place
    # No place name: the title speaks of "the city" or of a department only.
    ("市XX局2023年工作总结", None),
    ("市教育局工作总结", None),
    ("市场监督管理局2022年工作总结", None),
    ("全区教育工作总结", None),
    ("住房和城乡建设局工作总结", None),
    ("城乡建设工作要点", None),
    # A bare level word before the department (区, 县) names the level, not a place.
    ("区城市管理局2023年工作总结", None),
    ("县乡村振兴局工作总结", None),
    ("区城乡建设局工作要点", None),
    # ...while a place whose name starts with a level character stays a place.
    ("镇江市教育局工作总结", "镇江市"),
    ("市中区人民政府工作报告", "市中区"),
    # Party and League bodies: the place follows their prefix, or none is named around a
    # bare level (团县委); 团风县 is a place that opens with 团.
    ("中共青川县委组织部2024年工作总结", "青川县"),
    ("共青团南岭市委员会2023年工作总结", "南岭市"),
    ("团县委关于2024年工作情况的报告", None),
    ("团市委2025年工作要点", None),
    ("团风县教育局2024年工作总结", "团风县"),
]


# The department of a Party or League body keeps its committee's level (县委组织部) and the
# League's name (共青团市委员会); the Party's own name (中共) is said by 县委.
PARTY_DEPARTMENTS = [
    ("中共青川县委组织部2024年工作总结", "县委组织部", "县"),
    ("中共XX县委办公室2023年工作总结", "县委办公室", "县"),
    ("中共县委宣传部2024年工作总结", "县委宣传部", "县"),
    ("共青团南岭市委员会2023年工作总结", "共青团市委员会", "市"),
    ("团县委关于2024年工作情况的报告", "团县委", "县"),
    ("青川县委政法委2024年工作总结", "县委政法委", "县"),
]


@pytest.mark.parametrize(("title", "department", "level"), PARTY_DEPARTMENTS)
def test_party_and_league_bodies_keep_their_committee(title, department, level) -> None:
    norm = normalize(title + "\n一、工作完成情况\n全年组织活动86场次。\n")
    (doc,) = split_documents(norm, "a.txt").documents
    assert (doc.department, doc.level) == (department, level)


@pytest.mark.parametrize(("title", "place"), PLACE_CASES)
def test_place_of_titles(title: str, place: str | None) -> None:
    assert place_of(title) == place


def test_masked_places_never_match() -> None:
    assert is_masked_place("XX街道") and is_masked_place("*区") and is_masked_place("某县")
    assert not is_masked_place("南山街道")
    assert not same_place("XX街道", "XX街道")  # two hidden names may be two streets
    assert not same_place("*区", "*区")
    assert not same_place("南山街道", "北山街道")
    assert not same_place("海淀区", None)
    assert same_place("海淀区", "海淀区")


def test_lexicon_has_thirty_departments_with_distinct_names() -> None:
    assert len(DEPARTMENTS) >= 30
    names = [n for d in DEPARTMENTS for n in d.names]
    assert len(names) == len(set(names)), "a name may belong to one department only"


@pytest.mark.parametrize("entry", DEPARTMENTS, ids=lambda d: d.canonical)
def test_each_department_entry_example(entry) -> None:
    assert department_in(entry.example) == entry.canonical
    assert all(canonical_department(n) == entry.canonical for n in entry.names)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("教育局", "教育体育局"),
        ("教体局", "教育局"),
        ("卫健委", "卫生健康委员会"),
        ("卫生健康局", "卫健委"),
        ("人社局", "人力资源和社会保障局"),
        ("发改委", "发展和改革委员会"),
        ("发展改革局", "发改委"),
    ],
)
def test_synonym_departments_share_a_canonical_name(a: str, b: str) -> None:
    assert canonical_department(a) == canonical_department(b) is not None


def test_longest_department_name_wins() -> None:
    # 市场监督管理局 contains no shorter entry's name by accident, and 卫生健康委员会
    # must not be read as some other 委员会.
    assert department_in("XX区卫生健康委员会工作总结") == "卫生健康局"
    assert department_in("XX区城市管理综合行政执法局工作总结") == "城市管理局"
    assert department_in("XX区政协工作报告") is None


def test_documents_carry_their_place_and_canonical_department() -> None:
    text = (
        "海淀区教体局2023年工作总结\n\n全年新建学校3所。\n\n"
        "XX街道办事处2024年工作计划\n\n计划新增就业岗位500个。\n"
    )
    docs = split_documents(normalize(text), "two.txt").documents
    assert [(d.place, d.department_canonical) for d in docs] == [
        ("海淀区", "教育局"),
        ("XX街道", "街道办事处"),
    ]
