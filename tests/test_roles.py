"""The role rules: each decides its own examples with its role, none of its
counter-examples, and disabling it changes the role of at least one of its examples."""

from __future__ import annotations

import pytest
import regex

from metrics.records import Role
from metrics.rules.roles import ROLE_RULES, RoleRule, RoleRuleName, decide_role, role_input

# a number and its unit in brackets, or a doubling (翻一番), whose unit is 倍
FIGURE = regex.compile(r"\[([-负]?[\d.xX*]+|翻了?\p{Han}?番)([^\]]*)\]")


def _decide(rule: RoleRule, example: str, disabled: frozenset[RoleRuleName] = frozenset()):
    m = FIGURE.search(example)
    assert m, f"{rule.name}: an example needs its figure in brackets: {example}"
    sentence = example[: m.start()] + m.group(1) + m.group(2) + example[m.end() :]
    end = m.start() + len(m.group(1)) + len(m.group(2))
    # (a plan's examples stand in a review with the next year's plan, the corpus's commonest
    # plan: its 今年 is the year reviewed)
    kind = "summary+plan" if rule.section == "plan" else "report"
    x = role_input(sentence, m.start(), m.group(2), rule.section, kind, end)
    return decide_role(x, disabled)


def _ids(rule: RoleRule) -> str:
    return rule.name


def test_rule_names_are_unique_and_no_cue_is_last() -> None:
    names = [r.name for r in ROLE_RULES]
    around = {RoleRuleName.TABLE_COLUMN, RoleRuleName.JOINED, RoleRuleName.TARGET_PASSAGE}
    assert len(set(names)) == len(names) and set(names) | around == set(RoleRuleName)
    assert names[-1] is RoleRuleName.NO_CUE


@pytest.mark.parametrize("rule", ROLE_RULES, ids=_ids)
def test_rule_decides_its_examples(rule: RoleRule) -> None:
    assert len(rule.examples) >= 2 and rule.why
    for example in rule.examples:
        role, _, name = _decide(rule, example)
        assert (role, name) == (rule.role, rule.name), example


@pytest.mark.parametrize("rule", [r for r in ROLE_RULES if r.counter], ids=_ids)
def test_rule_does_not_decide_its_counter_examples(rule: RoleRule) -> None:
    for example in rule.counter:
        assert _decide(rule, example)[2] is not rule.name, example


@pytest.mark.parametrize("rule", ROLE_RULES[:-1], ids=_ids)
def test_disabling_a_rule_breaks_one_of_its_examples(rule: RoleRule) -> None:
    without = frozenset({rule.name})
    assert any(_decide(rule, e, without)[0] is not rule.role for e in rule.examples)


def test_growth_direction_follows_the_word_and_the_sign() -> None:
    rule = next(r for r in ROLE_RULES if r.name is RoleRuleName.GROWTH_CUE)
    assert _decide(rule, "事故起数同比下降[12%]。")[:2] == (Role.GROWTH, -1)
    assert _decide(rule, "工业投资增速[-4.7%]。")[:2] == (Role.GROWTH, -1)
    assert _decide(rule, "工业投资同比增长[4.7%]。")[:2] == (Role.GROWTH, 1)


def test_comparison_direction_follows_the_word() -> None:
    rule = next(r for r in ROLE_RULES if r.name is RoleRuleName.BENCHMARK_CUE)
    assert _decide(rule, "城镇登记失业率低于全省平均[1.3个百分点]。")[:2] == (Role.COMPARISON, -1)
    assert _decide(rule, "增速比全市平均低[0.8个百分点]。")[:2] == (Role.COMPARISON, -1)
    assert _decide(rule, "人均预期寿命比全国平均高出[1.6岁]。")[:2] == (Role.COMPARISON, 1)


def test_forecast_carried_keeps_a_growth_in_a_plan() -> None:
    # in a plan the growth after a forecast is of the expected year, not a goal (the rules
    # after forecast_carried would give way to plan_section); in a review growth_cue decides
    sentence = "预计2025年全县地区生产总值完成246亿元，比2020年增长38%；2026年预期增长6%左右。"
    at = sentence.index("38%")
    x = role_input(sentence, at, "%", "plan", "report", at + 3)
    assert decide_role(x) == (Role.GROWTH, 1, RoleRuleName.FORECAST_CARRIED)
    at = sentence.index("6%左右")
    x = role_input(sentence, at, "%", "plan", "report", at + 2)
    assert decide_role(x)[0] is Role.TARGET
    at = sentence.index("38%")
    review = role_input(sentence, at, "%", "summary", "report", at + 3)
    assert decide_role(review)[2] is RoleRuleName.GROWTH_CUE
    # a forecast of the plan's own year is what the plan expects of itself: no carry
    sentence = "2026年预计组织税收收入52亿元，同比增长4.5%左右。"
    at = sentence.index("4.5%")
    x = role_input(sentence, at, "%", "plan", "report", at + 4, plan_year=2026)
    assert decide_role(x)[2] is not RoleRuleName.FORECAST_CARRIED


def test_this_year_is_the_plans_own_in_a_report_given_early_in_its_year() -> None:
    # a government work report (or a plan alone) is given early in the year it plans: its
    # 今年 is that year, and 今年…，明年… states a goal, not last year's result
    sentence = "今年全区新建城市口袋公园12个，明年实现街道全覆盖。"
    at = sentence.index("12个")
    for kind, role in (
        ("summary+plan", Role.ACTUAL),
        ("government_report", Role.TARGET),
        ("plan", Role.TARGET),
    ):
        x = role_input(sentence, at, "个", "plan", kind, at + 3, plan_year=2026)
        assert decide_role(x)[0] is role, kind


def test_a_plan_period_already_over_opens_a_part_of_results() -> None:
    # (done_last_year: “十三五”期间 in a plan for 2026 is over; “十五五”时期 is the plan's own)
    sentence = "“十三五”期间，全县累计改造农村危房1.2万户；“十五五”时期，力争再改造3000户。"
    for figure, role in (("1.2万户", Role.ACTUAL), ("3000户", Role.TARGET)):
        at = sentence.index(figure)
        x = role_input(sentence, at, "户", "plan", "report", at + len(figure), plan_year=2026)
        assert decide_role(x)[0] is role, figure
    at = sentence.index("1.2万户")
    x = role_input(sentence, at, "户", "plan", "report", at + 5, plan_year=2019)
    assert decide_role(x)[0] is Role.TARGET  # (a plan for 2019 is inside 十三五)
    for sentence in (
        "“十三五”以来，全县累计新增城镇就业2.6万人。",
        "“十四五”期末，全县森林覆盖率达到63%。",
    ):
        at = next(m.start() for m in regex.finditer(r"\d", sentence) if m.start() > 8)
        x = role_input(sentence, at, "人", "plan", "report", len(sentence) - 1, plan_year=2026)
        assert decide_role(x)[0] is Role.ACTUAL, sentence
    sentence = "“十三五”期间全县累计改造农村危房1.2万户，2026年再改造3000户。"
    at = sentence.index("3000户")
    x = role_input(sentence, at, "户", "plan", "report", at + 5, plan_year=2026)
    assert decide_role(x)[0] is Role.TARGET  # (the plan's own year ends the past's reach)


def test_every_opening_of_a_time_ahead_passes_its_gate() -> None:
    # (roles.AHEAD_OPENERS: the first two characters of every match of AHEAD_OPENS)
    from itertools import product

    from metrics.rules.roles import AHEAD_OPENERS, AHEAD_OPENS

    alphabet = "明来下一步年度新的今后两三个时期段，全县"
    for a, b, c, d in product(alphabet, repeat=4):
        text = a + b + c + d
        if AHEAD_OPENS.match(text):
            assert text[:2] in AHEAD_OPENERS, text
