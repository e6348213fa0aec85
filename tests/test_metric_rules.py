"""The metric rules: every example, run through the whole pipeline, gives its metric
and records the rule that named it; every row records the rules of its role, metric and
qualifier."""

from __future__ import annotations

import pytest

import metrics
from metrics.rules.catalog import rules_markdown
from metrics.rules.metrics import METRIC_RULES, MetricExample, MetricRule, MetricRuleName, disabled
from metrics.rules.qualifiers import QualifierRule
from metrics.rules.roles import RoleRuleName
from tests.conftest import ROOT

EXAMPLES = [(r.name, e) for r in METRIC_RULES for e in r.examples]


def test_every_rule_name_is_listed_once() -> None:
    names = [r.name for r in METRIC_RULES]
    assert len(set(names)) == len(names) == len(MetricRuleName)
    assert all(r.why for r in METRIC_RULES)


@pytest.mark.parametrize("name,example", EXAMPLES, ids=[f"{n}-{e.figure}" for n, e in EXAMPLES])
def test_example_gives_its_metric_by_its_rule(name: MetricRuleName, example: MetricExample) -> None:
    m = metrics.extract_text(example.text).mentions
    row = m[m.text == example.figure].iloc[0]
    assert (row.metric, row.metric_rule) == (example.metric, name)


# every rule but the absence of one proves itself on its own examples
RULES_WITH_EXAMPLES = [r for r in METRIC_RULES if r.name is not MetricRuleName.NONE]


def _metric(example: MetricExample) -> str:
    m = metrics.extract_text(example.text).mentions
    return m[m.text == example.figure].iloc[0].metric


@pytest.mark.parametrize("rule", RULES_WITH_EXAMPLES, ids=[r.name for r in RULES_WITH_EXAMPLES])
def test_switching_a_rule_off_changes_the_metric_of_one_of_its_examples(rule: MetricRule) -> None:
    # a rule whose examples the other rules name just as well is not needed: delete it
    assert len(rule.examples) >= 2, f"{rule.name} needs two examples of different wording"
    with disabled(rule.name):
        without = [_metric(e) for e in rule.examples]
    assert any(got != e.metric for got, e in zip(without, rule.examples, strict=True)), without


def test_the_switch_is_only_on_inside_its_block() -> None:
    example = METRIC_RULES[0].examples[0]
    with disabled(METRIC_RULES[0].name):
        assert _metric(example) != example.metric
    assert _metric(example) == example.metric


def test_schema_doc_lists_the_rules_as_the_tables_define_them() -> None:
    doc = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    assert rules_markdown() in doc, "regenerate the list with metrics.rules.catalog.rules_markdown"


@pytest.mark.parametrize(
    "text,figure,qualifier,rule",
    [
        ("新增城镇就业3000人以上。", "3000人以上", "at_least", QualifierRule.WORD_AFTER),
        ("粮食产量超过45万吨。", "超过45万吨", "at_least", QualifierRule.WORD_BEFORE),
        ("引进企业30余家。", "30余家", "at_least", QualifierRule.WORD_BETWEEN),
        ("投资规模5-8亿元。", "5-8亿元", "range", QualifierRule.RANGE),
        ("控制在城镇登记失业率4.5%。", "4.5%", "at_most", QualifierRule.CLAUSE_CUE),
        ("低于全省平均水平3个百分点。", "3个百分点", "exact", QualifierRule.DIFFERENCE),
        ("新建公园6个。", "6个", "exact", QualifierRule.NO_WORD),
    ],
)
def test_each_row_records_the_rule_of_its_qualifier(
    text: str, figure: str, qualifier: str, rule: QualifierRule
) -> None:
    m = metrics.extract_text(text).mentions
    row = m[m.text == figure].iloc[0]
    assert (row.qualifier, row.qualifier_rule) == (qualifier, rule)


def test_role_rule_names_the_rule_or_what_decided_around_it() -> None:
    m = metrics.extract_text("规上工业增加值同比增长6.2%，完成全年目标任务的103%。").mentions
    assert list(zip(m.role, m.role_rule, strict=True)) == [
        ("growth", "growth_cue"),
        ("completion", "completion_cue"),
    ]
    known = {str(n) for n in RoleRuleName}
    assert set(m.role_rule) <= known and set(m.metric_rule) <= {str(n) for n in MetricRuleName}


def test_metric_phrase_keeps_the_words_the_metric_was_cut_from() -> None:
    m = metrics.extract_text(
        "全年新增城镇就业2860人，清理拖欠超过6个月的欠款12笔，组建5个工作专班。"
    ).mentions.set_index("text")
    assert tuple(m.loc["2860人", ["metric", "metric_phrase"]]) == ("城镇就业", "新增城镇就业")
    assert tuple(m.loc["12笔", ["metric", "metric_phrase"]]) == (
        "欠款",
        "清理拖欠超过6个月的欠款",
    )
    # a noun after the figure is the phrase as well as the name
    assert tuple(m.loc["5个", ["metric", "metric_phrase"]]) == ("工作专班", "工作专班")
