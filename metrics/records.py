"""Record types that flow between the stages.

All records are frozen, slotted dataclasses. Offsets are half-open ``[start, end)``
character offsets into the *original decoded* text of a file, so that
``original[char_start:char_end]`` is exactly what the user sees in the file.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Any, Final


class SectionKind(StrEnum):
    SUMMARY = "summary"
    PLAN = "plan"
    PROBLEMS = "problems"
    OTHER = "other"


class DocKind(StrEnum):
    SUMMARY = "summary"
    PLAN = "plan"
    SUMMARY_PLAN = "summary+plan"
    KEY_POINTS = "key-points"
    # a government's report to its people's congress: reviews year Y−1, plans year Y
    GOVERNMENT_REPORT = "government_report"


class Qualifier(StrEnum):
    EXACT = "exact"
    APPROX = "approx"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    RANGE = "range"


# The qualifiers of a bound (超过, 以上, 不低于; 以下, 不超过): how a threshold is stated.
BOUNDS: Final = frozenset({Qualifier.AT_LEAST, Qualifier.AT_MOST})


class Role(StrEnum):
    ACTUAL = "actual"
    TARGET = "target"
    COMPLETION = "completion"
    GROWTH = "growth"
    SHARE = "share"
    FORECAST = "forecast"
    RATE = "rate"
    COMPARISON = "comparison"  # a difference from a benchmark elsewhere (全省平均水平)


class Measure(StrEnum):
    """What a figure measures, whatever its status (done, aimed at, expected): a level
    (an amount or count), a growth (a change over a period), a share of a whole, a rate
    named as such (失业率, 覆盖率), a completion rate against a target, a comparison
    (a difference from a benchmark elsewhere: 高于全省平均水平2个百分点), or a threshold
    (the bound that sorts what a count after it counts: 收入超过50万元的村)."""

    LEVEL = "level"
    GROWTH = "growth"
    SHARE = "share"
    RATE = "rate"
    COMPLETION = "completion"
    COMPARISON = "comparison"
    # the bound that sorts the things a count after it counts (村集体经济收入超过50万元的村
    # 达到23个: 50万元 says which villages, it is no amount of anything): never summed,
    # trended, made a target or an outcome
    THRESHOLD = "threshold"


def doc_id(source_file: str, index: int) -> str:
    """The id of a file's ``index``-th document (ids of mentions and pairs start with it)."""
    return f"{source_file}#{index}"


def mention_id(doc: str, char_start: int) -> str:
    """The id of the figure of document ``doc`` that starts at ``char_start``."""
    return f"{doc}@{char_start}"


@dataclass(frozen=True, slots=True)
class Document:
    """One report inside a (possibly compiled) file."""

    doc_id: str
    source_file: str
    doc_index: int
    char_start: int
    char_end: int
    title: str
    department: str | None
    department_raw: str | None
    level: str | None
    place_masked: bool
    summary_year: int | None
    plan_year: int | None
    kind: str
    toc_title: str | None = None
    input_format: str = "text"  # what the file was: text, html, docx, pdf (metrics.readers)
    # identity of the government unit for plan-vs-outcome: place chain as written
    # (XX区 stays masked) and the department's canonical name (教体局 → 教育局)
    place: str | None = None
    department_canonical: str | None = None
    # a government work report's delivery date (YYYY-MM-DD) and its government's rank
    # (省级, 地级, 县级, 乡级: a municipality's level is 市, its rank 省级)
    delivered: str | None = None
    rank: str | None = None

    def __reduce__(self) -> tuple[Any, tuple[object, ...]]:
        return _reduced(self)


@dataclass(frozen=True, slots=True)
class Section:
    """A stretch of a document under one heading, with its kind."""

    doc_id: str
    section_index: int
    section: str
    heading: str
    char_start: int
    char_end: int
    # the years of the five-year plan the section speaks of (“十五五”时期主要目标任务 → 2026,
    # 2030); None where it names none, or names one beside a single year
    period_start: int | None = None
    period_end: int | None = None

    def __reduce__(self) -> tuple[Any, tuple[object, ...]]:
        return _reduced(self)


@dataclass(frozen=True, slots=True)
class Mention:
    """One statistic: its exact span, its resolved value (never for a mask), and context."""

    mention_id: str
    doc_id: str
    source_file: str
    char_start: int
    char_end: int
    text: str
    sentence: str
    sentence_start: int
    section: str
    year: int | None
    period: str | None
    value: float | None
    value_min: float | None
    value_max: float | None
    masked: bool
    mask: str | None
    unit: str
    unit_family: str
    base_unit: str | None
    base_value: float | None
    qualifier: str
    role: str
    direction: int | None
    metric: str | None
    metric_key: str | None
    rule: str
    department: str | None
    note: str | None = None  # why a figure that is not masked has no value (a range, …)
    page: int | None = None  # a PDF's page the figure stands on (1-based); None otherwise
    measure: str = Measure.LEVEL  # the second axis of meaning beside ``role``
    target_passage: bool = False  # it stands in a passage that states targets
    # provenance: the names of the rules that gave the role, the metric and the qualifier
    # (rules.roles.RoleRuleName, rules.metrics.MetricRuleName, rules.qualifiers.QualifierRule)
    role_rule: str = ""
    metric_rule: str = ""
    qualifier_rule: str = ""
    # the months the figure's period covers (its own, or one carried across ；and list
    # items): 2025-01..2025-10; None when no period names months
    period_label: str | None = None
    # the phrase as written that ``metric`` was taken from, verbs and modifiers kept
    # (新增城镇就业 for metric 城镇就业, 专项整治行动涉及企业 for 企业); ``metric`` itself
    # when it was named elsewhere
    metric_phrase: str | None = None
    # the mention_id of the figure this one restates or is a part of (其中…), so that sums
    # count it once (metrics.restated); None otherwise
    part_of: str | None = None
    # the stretch of time the figure covers (context.period_kinds.PeriodKind: annual,
    # average 年均, cumulative 累计, as_of 年末, several_years 五年来); None when not read
    period_kind: str | None = None
    # what a growth is measured against (context.change_bases.ChangeBase: previous_year
    # 同比, previous_period 环比, plan 比预算, since_year 比2020年); None for no growth
    change_base: str | None = None
    # the later year a target aims at when its clause or a deadline before it names one
    # (到2027年累计建成…15条, 2026年新建…500个 in a plan for 2025: pairs.comparable.aim_year);
    # None for a target of its section's year and for any other figure
    aim_year: int | None = None
    # the place the figure's own clause names as its subject, or carried from the clause
    # before it (东湖县地区生产总值增长7.2% in a city's review: 东湖县; pairs.figure_places);
    # None when none is named
    figure_place: str | None = None
    # for a target of a plan of several years whose clause names no year of its own
    # (三年行动方案（2022—2024年）: 到2024年底累计改造360个), the plan's span, first-last
    # (2022-2024); its ``year`` is then the span's last, the year it is judged in
    plan_period: str | None = None

    # Written out, not generated by ``dataclass``: compiled by mypyc, this ``__init__`` sets
    # each field in C (``object.__setattr__`` on a compiled class is a plain store), where
    # the generated one, a Python function in either build, calls ``object.__setattr__``
    # once a field: 40 calls a figure (measured: 0.54 µs against 0.03 µs for three fields).
    # The pure build does what the generated one does. ``tests/test_records.py`` holds the
    # parameters to the fields, in order, with their defaults.
    def __init__(
        self,
        mention_id: str,
        doc_id: str,
        source_file: str,
        char_start: int,
        char_end: int,
        text: str,
        sentence: str,
        sentence_start: int,
        section: str,
        year: int | None,
        period: str | None,
        value: float | None,
        value_min: float | None,
        value_max: float | None,
        masked: bool,
        mask: str | None,
        unit: str,
        unit_family: str,
        base_unit: str | None,
        base_value: float | None,
        qualifier: str,
        role: str,
        direction: int | None,
        metric: str | None,
        metric_key: str | None,
        rule: str,
        department: str | None,
        note: str | None = None,
        page: int | None = None,
        measure: str = Measure.LEVEL,
        target_passage: bool = False,
        role_rule: str = "",
        metric_rule: str = "",
        qualifier_rule: str = "",
        period_label: str | None = None,
        metric_phrase: str | None = None,
        part_of: str | None = None,
        period_kind: str | None = None,
        change_base: str | None = None,
        aim_year: int | None = None,
        figure_place: str | None = None,
        plan_period: str | None = None,
    ) -> None:
        object.__setattr__(self, "mention_id", mention_id)
        object.__setattr__(self, "doc_id", doc_id)
        object.__setattr__(self, "source_file", source_file)
        object.__setattr__(self, "char_start", char_start)
        object.__setattr__(self, "char_end", char_end)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "sentence", sentence)
        object.__setattr__(self, "sentence_start", sentence_start)
        object.__setattr__(self, "section", section)
        object.__setattr__(self, "year", year)
        object.__setattr__(self, "period", period)
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "value_min", value_min)
        object.__setattr__(self, "value_max", value_max)
        object.__setattr__(self, "masked", masked)
        object.__setattr__(self, "mask", mask)
        object.__setattr__(self, "unit", unit)
        object.__setattr__(self, "unit_family", unit_family)
        object.__setattr__(self, "base_unit", base_unit)
        object.__setattr__(self, "base_value", base_value)
        object.__setattr__(self, "qualifier", qualifier)
        object.__setattr__(self, "role", role)
        object.__setattr__(self, "direction", direction)
        object.__setattr__(self, "metric", metric)
        object.__setattr__(self, "metric_key", metric_key)
        object.__setattr__(self, "rule", rule)
        object.__setattr__(self, "department", department)
        object.__setattr__(self, "note", note)
        object.__setattr__(self, "page", page)
        object.__setattr__(self, "measure", measure)
        object.__setattr__(self, "target_passage", target_passage)
        object.__setattr__(self, "role_rule", role_rule)
        object.__setattr__(self, "metric_rule", metric_rule)
        object.__setattr__(self, "qualifier_rule", qualifier_rule)
        object.__setattr__(self, "period_label", period_label)
        object.__setattr__(self, "metric_phrase", metric_phrase)
        object.__setattr__(self, "part_of", part_of)
        object.__setattr__(self, "period_kind", period_kind)
        object.__setattr__(self, "change_base", change_base)
        object.__setattr__(self, "aim_year", aim_year)
        object.__setattr__(self, "figure_place", figure_place)
        object.__setattr__(self, "plan_period", plan_period)

    @property
    def at_in_sentence(self) -> int:
        """Where the figure starts in its ``sentence`` (0 where the sentence was cut after)."""
        return max(0, self.char_start - self.sentence_start)

    @property
    def words_before(self) -> str:
        """The words of the figure's sentence before it."""
        return self.sentence[: self.at_in_sentence]

    def __reduce__(self) -> tuple[Any, tuple[object, ...]]:
        return _reduced(self)


class PairStatus(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Pair:
    """A target and its actual (and/or a stated completion rate) for one metric.

    Values are in ``unit`` (the actual's unit as written, the target converted to it);
    completions are percentages. ``plan_doc_id``/``outcome_doc_id`` are set when the
    pair links a plan in one report to the outcome in a later one."""

    pair_id: str
    doc_id: str
    department: str | None
    year: int | None
    period: str | None
    metric: str | None
    metric_key: str | None
    unit: str
    actual_mention_id: str | None
    target_mention_id: str | None
    completion_mention_id: str | None
    actual_value: float | None
    target_value: float | None
    stated_completion: float | None
    computed_completion: float | None
    consistent: bool | None
    status: str
    implied_target: float | None
    lower_is_better: bool
    plan_doc_id: str | None = None
    outcome_doc_id: str | None = None
    match: str | None = None  # a plan link's metric keys: PlanMatch
    # where the actual comes from: ActualSource (stated, or derived from a completion)
    actual_source: str | None = None
    # a plan link's target of a plan of several years: its span, first-last (2022-2024;
    # mentions.plan_period); None for a year's target and within a report
    plan_period: str | None = None

    def __reduce__(self) -> tuple[Any, tuple[object, ...]]:
        return _reduced(self)


class PlanMatch(StrEnum):
    """How a plan link's two metric keys agree: equal, or equal once normalised
    (``pairs.plan_metric``: word order, 的, scope words, synonyms)."""

    EXACT = "exact"
    NORMALISED = "normalised"


class ActualSource(StrEnum):
    """Where a pair's actual comes from: a figure the report states, or one derived from
    a stated completion of a known target (完成目标的90% of 50亿元 → 45亿元)."""

    STATED = "stated"
    DERIVED = "derived"


class FailureStage(StrEnum):
    """Where a file's work failed: reading it, or extracting from its text."""

    READ = "read"
    EXTRACT = "extract"


@dataclass(frozen=True, slots=True)
class Failure:
    """A file (or a piece of a large one) whose tables could not be made; the other
    files' tables are written all the same. ``error_type`` names the exception's class,
    ``message`` is its one-line summary."""

    source_file: str
    stage: str
    error_type: str
    message: str

    def __reduce__(self) -> tuple[Any, tuple[object, ...]]:
        return _reduced(self)


# The records cross to worker processes and back (a file's ``FileResult``). Each is pickled
# as its class and its field values, given back to the class's ``__init__``: the default
# pickling of a frozen slotted dataclass sets each field through ``__setattr__``, which a
# class compiled by mypyc (pyproject's ``[tool.metrics-compile]``) refuses as frozen.
_FIELDS: Final[dict[type, tuple[str, ...]]] = {
    cls: tuple(f.name for f in fields(cls)) for cls in (Document, Section, Mention, Pair, Failure)
}


def _reduced(record: Any) -> tuple[Any, tuple[object, ...]]:
    """``record``'s class and its field values in order: what ``__reduce__`` returns."""
    cls = type(record)
    return cls, tuple(getattr(record, name) for name in _FIELDS[cls])
