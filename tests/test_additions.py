"""A year's addition and the total it adds to (``lexicon.changes.ADDITION``, ``is_addition``):
新增规模以上工业企业118家，总数达到1372家 names one metric twice (the meaning layer names a
total by what the new ones count), and the plan links and trends keep the two figures apart
by the phrase each metric was taken from. Sentences written for these tests in the style of
the corpus: a bureau's review of 2024 and plan for 2025, and the next year's review
(``conftest.two_years``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from metrics.pairs import plans

from .conftest import disk_links, links_and_trends, two_years

# (review of 2024, plan for 2025, review of 2025, the 2025 links, the 2024 → 2025 trends):
# several wordings of an addition beside its total
CASES = [
    (
        "规模以上工业企业达到1286家",
        "新增规模以上工业企业100家",
        "新增规模以上工业企业118家，总数达到1372家",
        [(100.0, 118.0)],
        [(1286.0, 1372.0)],
    ),
    (
        "全县市场主体3.5万户",
        "全县市场主体达到3.8万户",
        "新增市场主体4100户，全县总数达到3.9万户",
        [(3.8, 3.9)],
        [(3.5, 3.9)],
    ),
    (  # the addition said after its noun
        "跨省联网定点医疗机构达到215家",
        "跨省联网定点医疗机构达到260家",
        "跨省联网定点医疗机构新增58家，总数达到273家",
        [(260.0, 273.0)],
        [(215.0, 273.0)],
    ),
    (
        "农村寄递物流服务站126个",
        "新增农村寄递物流服务站30个",
        "农村寄递物流服务站新增34个，全县达到160个",
        [(30.0, 34.0)],
        [(126.0, 160.0)],
    ),
    (  # counter-example: two additions, worded in another order, still one series
        "城镇新增就业3050人",
        "新增城镇就业3000人",
        "全年城镇新增就业3120人",
        [(3000.0, 3120.0)],
        [(3050.0, 3120.0)],
    ),
]


OFFICE = "东岭市工业和信息化局"


def _tables(before: str, plan: str, after: str) -> tuple[list, list]:
    return links_and_trends(two_years(OFFICE, before, plan, after))


@pytest.mark.parametrize(("before", "plan", "after", "links", "rows"), CASES)
def test_an_addition_meets_an_addition_and_a_total_a_total(
    before: str, plan: str, after: str, links: list, rows: list
) -> None:
    assert _tables(before, plan, after) == (links, rows)


def test_without_the_rule_its_examples_join_the_addition_to_the_total(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(plans, "ADDITION", "\x00")  # no phrase holds it
    before, plan, after, links, rows = CASES[0]
    assert _tables(before, plan, after) != (links, rows)
    before, plan, after, links, rows = CASES[1]
    assert _tables(before, plan, after) != (links, rows)


def test_on_disk_as_in_memory(tmp_path: Path) -> None:
    cases = [case[:3] for case in CASES[:2]]
    assert disk_links(tmp_path, OFFICE, cases) == [(3.8, 3.9), (100.0, 118.0)]
