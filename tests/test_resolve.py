"""Resolution as rows of examples, grouped by where they come from."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from metrics.normalize import normalize
from metrics.pipeline import process_text
from metrics.resolve import resolve
from metrics.rules import find_candidates


@dataclass(frozen=True)
class Case:
    text: str
    value: float | None
    unit: str
    qualifier: str = "exact"
    masked: bool = False
    value_min: float | None = None
    value_max: float | None = None
    base_value: float | None = None


def resolve_one(text: str):
    norm = normalize(text)
    found = list(find_candidates(norm.text))
    assert len(found) == 1, [norm.text[c.start : c.end] for c in found]
    c = found[0]
    return resolve(c, norm.text[: c.start])


# Forms seen in ../shared/corpus while building the rules.
DEVELOPED_ON = [
    Case("93.5%", 93.5, "%", value_min=93.5, value_max=93.5, base_value=93.5),
    Case("1500 名", 1500, "名", value_min=1500, value_max=1500, base_value=1500),
    Case("三所", 3, "所", value_min=3, value_max=3, base_value=3),
    Case("二十多名", 20, "名", "at_least", value_min=20, base_value=20),
    Case("近万名", 10000, "名", "approx", base_value=10000),
    Case("6.4 万余人次", 6.4, "万人次", "at_least", value_min=6.4, base_value=64000),
    Case("近 5 万名", 5, "万名", "approx", base_value=50000),
    Case("1463 万元", 1463, "万元", value_min=1463, value_max=1463, base_value=14630000),
    Case("3.1个百分点", 3.1, "个百分点", value_min=3.1, value_max=3.1, base_value=3.1),
    Case("1.5亿", 1.5, "亿", value_min=1.5, value_max=1.5, base_value=150000000),
    # a number split by a wrap in a line whose wraps became spaces
    Case(
        "全县教育 工作稳步 推进,小学 10 5 所",
        105,
        "所",
        value_min=105,
        value_max=105,
        base_value=105,
    ),
    Case("一个百分点以上", 1, "个百分点", "at_least", value_min=1, base_value=1),
    Case("66 人以上", 66, "人", "at_least", value_min=66, base_value=66),
    Case("20 余场次", 20, "场次", "at_least", value_min=20, base_value=20),
]
MASKED = [
    Case("xxxx万元", None, "万元", masked=True, value_min=1000, value_max=9999),
    Case("x.xx亿元", None, "亿元", masked=True, value_min=0.0, value_max=9.99),  # 0.35亿元
    Case("x.x%", None, "%", masked=True, value_min=0.0, value_max=9.9),  # 0.5%
    Case("xx.xx%", None, "%", masked=True, value_min=10, value_max=99.99),
    Case("*万元", None, "万元", masked=True),
    Case("*亿元", None, "亿元", masked=True),
    Case("xx余篇", None, "篇", "at_least", masked=True, value_min=10, value_max=99),
    Case("XX人左右", None, "人", "approx", masked=True, value_min=10, value_max=99),
    Case("超x万个", None, "万个", "at_least", masked=True, value_min=1, value_max=9),
    Case("*-*万元", None, "万元", "range", masked=True),
    Case("占全市*/*", None, "ratio", masked=True),
    Case("x,xxx个", None, "个", masked=True, value_min=1000, value_max=9999),
    # a mask that keeps its leading digits narrows its bounds; a year stays none
    Case("1xx%", None, "%", masked=True, value_min=100, value_max=199),
    Case("2x.x%", None, "%", masked=True, value_min=20, value_max=29.9),
    # stars after leading digits mask them too (a star may stand for any number of digits:
    # no bounds), and were no figure at all
    Case("13**万元", None, "万元", masked=True),
    Case("1*.*亿元", None, "亿元", masked=True),
    # the whole part given and the decimals masked (a 2.X万元 was no figure at all): masked,
    # bounded by the digits kept (in a sentence: at a line's start 2. may be a list's number)
    Case("投资2.X万元", None, "万元", masked=True, value_min=2.0, value_max=2.9),
    Case("占比12.xx%", None, "%", masked=True, value_min=12.0, value_max=12.99),
    # masked digits after a thousands separator: bounded by the digits kept (was xxx alone)
    Case("投资1,xxx万元", None, "万元", masked=True, value_min=1000, value_max=1999),
    Case("12,3xx.xx万元", None, "万元", masked=True, value_min=12300, value_max=12399.99),
    Case("收入3.x5亿元", None, "亿元", masked=True, value_min=3.05, value_max=3.95),
]
# Forms the issues name that the corpus did not show.
NEW = [
    Case("1,234元", 1234, "元", value_min=1234, value_max=1234, base_value=1234),
    Case("增速-4.7%", -4.7, "%", value_min=-4.7, value_max=-4.7, base_value=-4.7),
    Case("百分之九十", 90, "%", value_min=90, value_max=90, base_value=90),
    Case("百分之十二点五", 12.5, "%", value_min=12.5, value_max=12.5, base_value=12.5),
    Case("3千人", 3000, "人", value_min=3000, value_max=3000, base_value=3000),
    Case("近亿元", 100_000_000, "元", "approx", base_value=100_000_000),
    Case("超亿元", 100_000_000, "元", "at_least", value_min=100_000_000, base_value=100_000_000),
    # a compound word of places is one number (近百亿元, 逾千万人次), and a bare one right after
    # a verb by which a total crossed a mark is the mark (跃上百亿元台阶)
    Case("近百亿元", 10**10, "元", "approx", base_value=10**10),
    Case("逾千万人次", 10**7, "人次", "at_least", value_min=10**7, base_value=10**7),
    Case("超万亿元", 10**12, "元", "at_least", value_min=10**12, base_value=10**12),
    Case("跃上百亿元", 10**10, "元", "at_least", value_min=10**10, base_value=10**10),
    Case("3-5个", None, "个", "range", value_min=3, value_max=5),
    Case("6%-6.5%", None, "%", "range", value_min=6, value_max=6.5),
    Case("1/4", 0.25, "ratio", value_min=0.25, value_max=0.25, base_value=0.25),
    Case("一万人", 1, "万人", value_min=1, value_max=1, base_value=10000),
    Case("控制在5%以内", 5, "%", "at_most", value_max=5, base_value=5),
    Case(
        "三分之一", 0.333333, "ratio", value_min=0.333333, value_max=0.333333, base_value=0.333333
    ),
    Case("２０２个", 202, "个", value_min=202, value_max=202, base_value=202),
    Case("千余家", 1000, "家", "at_least", value_min=1000, base_value=1000),
    Case("十余期", 10, "期", "at_least", value_min=10, base_value=10),
    Case("0.5万元/人", 0.5, "万元/人", value_min=0.5, value_max=0.5, base_value=5000),
    Case("壹佰伍拾万元", 150, "万元", value_min=150, value_max=150, base_value=1_500_000),
    Case("兩千四百五十人", 2450, "人", value_min=2450, value_max=2450, base_value=2450),
    Case("1万2千元", 12000, "元", value_min=12000, value_max=12000, base_value=12000),
    Case("3亿5千万元", 3.5e8, "元", value_min=3.5e8, value_max=3.5e8, base_value=3.5e8),
    Case("1万5千余户", 15000, "户", "at_least", value_min=15000, base_value=15000),
    Case("千分之三", 3, "‰", value_min=3, value_max=3, base_value=0.3),
    Case("万分之二", 2, "‱", value_min=2, value_max=2, base_value=0.02),
    Case("二至三名", None, "名", "range", value_min=2, value_max=3),
    Case("十到十五人", None, "人", "range", value_min=10, value_max=15),
    Case("三亿二千万元", 3.2e8, "元", value_min=3.2e8, value_max=3.2e8, base_value=3.2e8),
    Case("负0.8%", -0.8, "%", value_min=-0.8, value_max=-0.8, base_value=-0.8),
    Case("1320.5毫米", 1320.5, "毫米", value_min=1320.5, value_max=1320.5, base_value=1.3205),
    Case("0.6℃", 0.6, "℃", value_min=0.6, value_max=0.6, base_value=0.6),
    Case("2个多亿", 2, "亿", "at_least", value_min=2, base_value=2e8),
    Case("3个亿元", 3, "亿元", value_min=3, value_max=3, base_value=3e8),
    Case("524台套", 524, "台套", value_min=524, value_max=524, base_value=524),
    Case("49 个场次", 49, "个场次", value_min=49, value_max=49, base_value=49),
]


# Tenths said with a digit of hundredths after 成 (九成五: 95%), and fractions in a row with
# no classifier between them (no parallel 一…一 of a pledge, no list of numbered names).
SPOKEN = [
    Case("九成五", 9.5, "成", value_min=9.5, value_max=9.5, base_value=95),
    Case("八成三以上", 8.3, "成", "at_least", value_min=8.3, base_value=83),
    Case("七成", 7, "成", value_min=7, value_max=7, base_value=70),
]


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("累计为企业减负12.6亿元，增速为负3.2%。", ["12.6亿元", "负3.2%"]),
        ("肩负3项改革任务，工业增加值增长负2.1%。", ["3项", "负2.1%"]),
        ("检测误差控制在正负2%以内。", ["2%以内"]),
        ("全市宏观税负15.2%，小微企业平均税负2.3%。", ["15.2%", "2.3%"]),
    ],
)
def test_fu_is_a_minus_only_where_it_ends_no_word(sentence: str, figures: list[str]) -> None:
    # 减负 (spared a burden), 肩负 (bears), 正负 (±) end in 负: the number after is no loss
    norm = normalize(sentence)
    assert [norm.text[c.start : c.end] for c in find_candidates(norm.text)] == figures


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("安全事故死亡率控制在万分之一，三分之一的乡镇建成示范乡镇。", ["万分之一", "三分之一"]),
        ("发生率和死亡率分别为千分之二、三分之一。", ["千分之二", "三分之一"]),
        ("普及率达到九成五，改造三成五个村。", ["九成五", "三成", "五个"]),
        ("发现一处，严查一处。新建一所学校，改建一所幼儿园。", ["一所", "一所"]),
    ],
)
def test_spoken_numerals_in_a_row_are_each_a_figure(sentence: str, figures: list[str]) -> None:
    norm = normalize(sentence)
    assert [norm.text[c.start : c.end] for c in find_candidates(norm.text)] == figures


@pytest.mark.parametrize("case", DEVELOPED_ON + MASKED + NEW + SPOKEN, ids=lambda c: c.text)
def test_resolution(case: Case) -> None:
    r = resolve_one(case.text)
    assert (r.value, r.unit, r.qualifier, r.masked) == (
        case.value,
        case.unit,
        case.qualifier,
        case.masked,
    )
    assert r.value_min == pytest.approx(case.value_min)
    assert r.value_max == pytest.approx(case.value_max)
    assert r.base_value == pytest.approx(case.base_value)


def test_masked_figures_never_carry_a_value() -> None:
    for case in MASKED:
        r = resolve_one(case.text)
        assert r.value is None and r.base_value is None


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # masked_decimal: digits, a point, masked decimals: one masked figure in a sentence
        ("全年完成固定资产投资2.X万元，同比增长1x.5%。", ["2.X万元", "1x.5%"]),
        ("人均可支配收入达到3.XX万元。", ["3.XX万元"]),
        # a list's number before a masked name at a line's start is no figure, even where
        # the name begins with a unit's character (人 of XX人民医院)
        ("2.xx职业高级中学改扩建项目，概算总投资xxxxx万元。", ["xxxxx万元"]),
        ("  4.XX人民医院门诊楼建成投用。", []),
        # ...nor after a sentence, a colon or a bracket on one line (PDF lines joined)
        ("各项工作取得新成效。2.XX人社局开展技能培训1200人次。", ["1200人次"]),
        ("（3）2.XX米业公司完成技改投资500万元。", ["500万元"]),
    ],
)
def test_a_masked_decimal_is_a_masked_figure_never_a_list_number(
    text: str, figures: list[str]
) -> None:
    norm = normalize(text)
    assert [norm.text[c.start : c.end] for c in find_candidates(norm.text)] == figures


def test_implied_currency_is_said_not_invented() -> None:
    r = resolve_one("投资近 3000 万")
    assert (r.unit, r.unit_family, r.value) == ("万", "currency_implied", 3000)
    r = resolve_one("覆盖人口3000万")
    assert (r.unit, r.unit_family) == ("万", "number")


@pytest.mark.parametrize(
    ("sentence", "bounds"),
    [
        ("全区服务业增加值占地区生产总值比重达到*%。", (0.0, 100.0)),  # a share: 0 to 100
        ("规上工业企业研发投入占营业收入的*%。", (0.0, 100.0)),
        ("规上工业企业占比xx%。", (10.0, 99.0)),  # its width bounds it already
        ("全区服务业增加值同比增长*%。", (None, None)),  # a growth may pass 100
        ("固定资产投资完成年度目标的*%。", (None, None)),  # so may a completion
    ],
)
def test_a_masked_share_is_bounded_by_a_whole(sentence: str, bounds: tuple) -> None:
    text = f"区统计局2023年工作总结\n\n一、2023年工作总结\n（一）{sentence}\n"
    (m,) = process_text(text, "a.txt").mentions
    assert (m.value_min, m.value_max) == bounds and m.masked


# A figure read in its sentence (``resolve(c, sentence, at)``, the sentence's clause breaks
# found once) resolves as when given only the 24 characters before it (the earlier call).
IN_SENTENCES = [
    "全市万元GDP能耗不高于0.5吨标准煤，单位GDP能耗下降3%，PM2.5浓度控制在35微克以内",
    "低于全省平均水平5张，高于国家标准3微克，其中超过50万元的村3个",
    "超额完成全年目标任务0.5万亩，超过省定目标2个百分点，迈上300亿元台阶",
    "投资5亿元，新增融资8万，突破了12万户",
]


@pytest.mark.parametrize("sentence", IN_SENTENCES)
def test_a_figure_resolved_in_its_sentence(sentence: str) -> None:
    text = normalize(sentence).text
    found = list(find_candidates(text))
    assert len(found) >= 2
    for c in found:
        before = text[max(0, c.start - 24) : c.start]
        assert resolve(c, text, c.start) == resolve(c, before), text[c.start : c.end]
    rules = {str(resolve(c, text, c.start).qualifier_rule) for c in found}
    assert len(rules) >= 2  # the sentences hold cues that qualify, and figures left exact
