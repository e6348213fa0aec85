"""A bare myriad (万, 亿 with no measure word) followed by the noun it counts is a count of
those people or things (``lexicon.units.counts_noun_after``): a change word before it acts on
what they have (提升3万农村人口饮水水平) or adds them, so the figure is no change, no
growth measure and no money, whatever sum the sentence named before it."""

from __future__ import annotations

import pytest

import metrics

HEAD = "东湖区水利局2025年工作总结\n一、2025年工作完成情况\n"
PLAN_HEAD = "东湖区水利局2025年工作总结及2026年工作计划\n二、2026年工作计划\n"


def _rows(sentence: str, head: str = HEAD) -> list[dict]:
    mentions = metrics.extract_text(head + sentence + "\n").mentions
    return mentions[["text", "unit_family", "measure", "role", "metric"]].to_dict("records")


@pytest.mark.parametrize(
    ("sentence", "text", "counted"),
    [
        ("新增有效灌溉面积2万亩，巩固提升3.2万农村人口饮水安全水平。", "3.2万", "农村人口"),
        ("改造电网线路，提高1.8万户籍居民用电质量。", "1.8万", "户籍居民"),
        (
            "全县完成水利投资3亿元，新增灌溉面积2万亩，提升xx万农村人口供水保障水平。",
            "xx万",
            "农村人口",
        ),
        ("年内增加1.5万就业岗位。", "1.5万", "就业岗位"),
    ],
)
def test_a_bare_myriad_counts_the_noun_after_it(sentence: str, text: str, counted: str) -> None:
    row = next(r for r in _rows(sentence) if r["text"] == text)
    assert (row["role"], row["measure"], row["unit_family"]) == ("actual", "level", "number")
    assert counted in row["metric"]


def test_in_a_plan_it_is_a_target_count() -> None:
    row = _rows("提升5万农村人口供水保障水平。", PLAN_HEAD)[0]
    assert (row["role"], row["measure"]) == ("target", "level")


@pytest.mark.parametrize(
    ("sentence", "role", "family"),
    [
        # no noun after it: a change in the sum the words name
        ("社会消费品零售总额比上年增长1.2万。", "growth", "currency_implied"),
        # a sum named before and nothing counted after: money, as before
        ("筹集资金50万，用于困难群众救助。", "actual", "currency_implied"),
    ],
)
def test_counter_examples_keep_their_reading(sentence: str, role: str, family: str) -> None:
    row = _rows(sentence)[0]
    assert (row["role"], row["unit_family"]) == (role, family)
