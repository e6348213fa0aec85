"""Round 25's classes, from govreports_blind19 (tests/test_govreport_blind.py), each with
sentences of our own in the corpus style:

- an explanation of terms that converts a measure into the unit it defines states the
  measure before its conversion verb as the unit's size too (1千克原煤平均折合0.7143千克标准煤,
  用地面积按1公顷折算为15亩): no figure, as the one after the verb already was
  (segment/govreport_sections ``CONVERTED``; round 24's leftover);
- a clause that opens with a yearly average before a second 分别 (…分别达到3.59万元和1.86万元，
  年均分别增长10.8%和12.1%; 年平均分别增长): the word alone names nothing, so the figures
  count what the clause before named — its subjects of 分别 dealt again, or its one name
  carried — as 同比分别增长 and 年均增长 without 分别 already did (context/metric_trim
  ``ONLY_SCOPE``, a small rule edit: round 24's xfail, its cases there with ours).
"""

from __future__ import annotations

import pytest

from metrics.pipeline import process_text
from metrics.segment.govreport_sections import CONVERTED
from metrics.targets import file_targets


def _run(text: str):
    return process_text(text, "2025_report.txt")


def _targets(text: str) -> dict[str, tuple]:
    r = _run(text)
    return {t.text: (t.year, t.indicator, t.unit) for t in file_targets(r.documents, r.mentions)[0]}


GLOSSARY = (
    "岷南省2025年政府工作报告\n一、2024年工作回顾\n　　全年规模以上工业能耗下降3.1%。\n"
    "二、2025年工作安排\n　　新增高新技术企业800家。\n附件\n名词解释\n{entry}\n"
)


@pytest.mark.parametrize(
    ("entry", "figures"),
    [
        # the measure a definition converts, before its verb, and the unit's amount after it
        ("　　1.标准煤：能源的统一计量单位，1千克原煤平均折合0.7143千克标准煤。", set()),
        ("　　2.亩均效益：以单位用地面积计算的效益，用地面积按1公顷折算为15亩计。", set()),
        ("　　3.标准箱：集装箱的计量单位，一个长40英尺的集装箱换算为2个标准箱。", set()),
        # counter: a fact the entry reports, converted in a clause of its own, stays
        (
            "　　4.能源消费总量：全省去年消费能源1.86亿吨，折合标准煤1.32亿吨。",
            {"1.86亿吨", "1.32亿吨"},
        ),
        # counter: a fact after the definition stays a figure
        ("　　5.专精特新企业：指专注细分市场的中小企业，全省累计培育2600家。", {"2600家"}),
    ],
)  # fmt: skip
def test_the_measure_a_glossary_converts_counts_nothing(entry: str, figures: set[str]) -> None:
    text = GLOSSARY.format(entry=entry)
    found = {m.text for m in _run(text).mentions if m.char_start > text.index("名词解释")}
    assert found == figures


def test_the_conversion_cue_is_asked_at_the_figure_only() -> None:
    # matched where the figure stands: a figure after the verb, or one whose clause ends
    # before a verb, is not the measure converted
    line = "全省消费能源1.86亿吨，折合标准煤1.32亿吨。"
    assert CONVERTED.pattern.match(line, line.index("1.86")) is None
    assert CONVERTED.pattern.match(line, line.index("1.32")) is None
    line = "1吨原煤约折合0.714吨标准煤。"
    assert CONVERTED.pattern.match(line, 0) is not None
    assert CONVERTED.pattern.match(line, line.index("0.714")) is None


PLAN = (
    "祁山县2024年政府工作报告\n一、2023年工作回顾\n　　全县地区生产总值增长6.8%。\n"
    "二、2024年工作安排\n　　{sentence}\n"
)


@pytest.mark.parametrize(
    ("sentence", "figure", "indicator"),
    [
        # 城乡 after a verb is town and country, no township the figure is another place's
        ("新增城镇就业2500人，输转城乡富余劳动力4万人次。", "4万人次", "输转城乡富余劳动力"),
        ("全年培训城乡劳动力3000人次，新建农村户厕2000座。", "3000人次", "城乡劳动力"),
    ],
)
def test_town_and_country_after_a_verb_names_no_township(
    sentence: str, figure: str, indicator: str
) -> None:
    found = _targets(PLAN.format(sentence=sentence))
    assert found[figure] == (2024, indicator, figure.lstrip("0123456789."))


@pytest.mark.parametrize(
    ("title", "chain"),
    [
        ("古城乡2024年工作总结", ["古城乡"]),  # counter: a township named so is a place
        ("南岭县东城乡人民政府工作报告", ["南岭县", "东城乡"]),
        ("统筹城乡发展工作领导小组2024年工作要点", []),
    ],
)
def test_a_township_named_with_town_and_country_stays_a_place(title: str, chain: list) -> None:
    from metrics.segment.places import place_chain

    assert place_chain(title) == chain
