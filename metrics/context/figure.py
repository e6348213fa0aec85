"""The decision for one figure of a sentence: its role, measure and metric.

Contract: ``meaning_of`` gives a figure's role (and the rule that gave it), direction and
measure; ``metric_of`` what it counts, as written, from its own words, the figure before
(``FigureCarry``), the sentence before, or words elsewhere; ``move_past`` moves the carry
past it. Every look is at the ``SentenceView`` read once for the sentence.
"""

from __future__ import annotations

from typing import Final

from metrics import regex_cache
from metrics.context.cells import TableCell, column_year
from metrics.context.clauses import in_brackets, subclause_start
from metrics.context.elsewhere import (
    adds_nothing,
    bare_total,
    named_elsewhere,
    parts_in_total,
    refers_back,
    run_in_heading,
    shared_tail,
)
from metrics.context.metric_span import (
    metric_span,
    phrase_span,
    sorts_bare,
    sorts_by_threshold,
)
from metrics.context.metric_trim import trim
from metrics.context.state import (
    FigureCarry,
    Meaning,
    SectionScope,
    SentenceView,
    Span,
)
from metrics.context.subjects import Subjects, changes_only, respective_subjects
from metrics.context.word_bounds import MEASURE_END
from metrics.context.words import DEED_AFTER, VERB_WORD
from metrics.gates import FirstChars
from metrics.lexicon.changes import ADDITION, CHANGE_VERB, SIZES
from metrics.lexicon.units import BARE_MYRIADS, NOT_COUNTED_AFTER, UnitFamily
from metrics.normalize import Normalized, han_at
from metrics.passages import as_target, in_passage, measure_of
from metrics.records import BOUNDS, Measure, Role
from metrics.resolve import Resolved, share_bounds
from metrics.rules import Candidate
from metrics.rules.breaks import has_break
from metrics.rules.exclusions import CLAUSE_BREAK, family_of
from metrics.rules.metrics import MetricRuleName, enabled
from metrics.rules.roles import BASE_RULES, RoleRuleName, decide_role, role_input

RELATIVE_ROLES: Final = frozenset({Role.COMPLETION, Role.GROWTH, Role.SHARE, Role.COMPARISON})
# a rate of growth, share, completion or comparison is named as for a figure of that role
# whatever its status: a growth target (力争实现销售总额52亿元，同比增长8%) speaks of the
# figure before it as a growth does (a count after 提升 counts the noun after it: 整合提升
# 1000个民生服务综合体)
PROPORTION_FAMILIES: Final = frozenset({UnitFamily.PERCENT, UnitFamily.POINTS})
RELATIVE_MEASURES: Final = frozenset(
    {Measure.COMPLETION, Measure.GROWTH, Measure.SHARE, Measure.COMPARISON}
)
# A part of what the previous figure counts: …525户，其中新增246户.
OF_WHICH: Final = regex_cache.compile(r"[,，;；]\s*其中")
CLOSE_BRACKET: Final = regex_cache.compile(r"[)）]")
# What joins two figures that share one cue: 分别增长5.1%和7.2%.
JOINED: Final = regex_cache.compile(r"\s*(?:和|与|及|、|以及)\s*")
JOINED_FIGURE: Final = regex_cache.compile(rf"{JOINED.pattern}[\dxX*]")
# (what a join and a deed may open with, read from the patterns: most figures are followed
# by neither, and are not matched)
JOINED_OPENS, JOINED_FIGURE_OPENS = FirstChars(JOINED), FirstChars(JOINED_FIGURE)
# A change after 分别 may say its own way of change at each figure (分别下降25%、增长18%和
# 31%; 分别增长10%和下降5%): the figures are still one list, dealt in order.
JOINED_CHANGE: Final = regex_cache.compile(rf"{JOINED.pattern}{CHANGE_VERB}?了?\s*")
# ...when the list itself opens with a change (分别下降25%: not 分别为30亿元、增长8%, a level
# and its own change)
OPENS_WITH_CHANGE: Final = regex_cache.compile(rf"{CHANGE_VERB}了?\s*$")
DEED_OPENS: Final = FirstChars(DEED_AFTER)
# The most figures before a 分别 that its joined figures are dealt to.
MAX_RESPECTIVE: Final = 6
# Units after which a noun usually names what is counted (5个工作组, 3 所新校).
COUNT_FAMILIES: Final = frozenset({UnitFamily.COUNT, UnitFamily.PERSON})
# What may stand between a count and the size of each or all of the things it counts.
SIZE_GAP: Final = regex_cache.compile(r"\s*(?:总计|共计|合计|总|共)?\s*")
MEASURE_FAMILIES: Final = frozenset(
    {
        UnitFamily.AREA,
        UnitFamily.LENGTH,
        UnitFamily.MASS,
        UnitFamily.VOLUME,
        UnitFamily.ENERGY,
        UnitFamily.BANDWIDTH,
    }
)


def meaning_of(
    scope: SectionScope,
    view: SentenceView,
    cand: Candidate,
    resolved: Resolved,
    cell: TableCell | None,
    passages: list[tuple[int, int]],
    carry: FigureCarry,
) -> Meaning:
    """The role (and the rule that gave it), direction and measure of ``cand``: a
    table's column says a cell's role; a figure joined to the one before shares its cue
    (分别增长5.1%和7.2%); inside a target passage a figure is a target, unless it is
    the base a plan builds on (``roles.BASE_RULES``)."""
    sentence = view.text
    rel_start, rel_end = cand.start - view.start, cand.end - view.start
    direction: int | None  # (declared: mypyc infers None from the plan section's branch)
    if cell:
        role, direction, role_rule = cell.role, cell.direction, RoleRuleName.TABLE_COLUMN
    else:
        role, direction, role_rule = decide_role(
            role_input(
                sentence,
                rel_start,
                resolved.unit,
                scope.kind,
                scope.doc.kind,
                rel_end,
                scope.norm.text,  # (the cues are scanned once in the whole text)
                view.start,
                scope.doc.plan_year,
            )
        )
    prev_end = carry.prev_end
    joined = bool(prev_end) and _joined(sentence, prev_end, rel_start)
    if role is Role.ACTUAL and joined:
        (role, direction), role_rule = carry.role, RoleRuleName.JOINED
    measure = measure_of(sentence, rel_start, role, resolved.unit, rel_end)
    if (
        measure is Measure.LEVEL
        and resolved.qualifier in BOUNDS
        and resolved.unit_family not in PROPORTION_FAMILIES
        and (sorts_by_threshold(sentence, rel_end) or sorts_bare(sentence, rel_end) is not None)
    ):
        # 收入超过50万元的村, 100户以上的合作社: a bound says which villages, no amount; an
        # amount with no bound word is one (投入1200万元的人居环境整治资金), and a percentage
        # before its noun is the share of it (推动80%以上的村卫生室达标: a target)
        measure = Measure.THRESHOLD
    if cell and cell.row_change:
        measure = Measure.GROWTH  # 地区生产总值增长\t6.3%\t6%左右: the target too
    resolved = share_bounds(resolved, measure == Measure.SHARE)
    passage = in_passage(passages, cand.start) and not _earlier_column(cell, scope.year)
    if passage and role_rule not in BASE_RULES:  # a plan's base is done, passage or not
        was = role
        role, direction = as_target(role, direction, measure, sentence, rel_start)
        role_rule = RoleRuleName.TARGET_PASSAGE if role is not was else role_rule
    elif role is Role.TARGET and direction is None:  # a plan section's 下降5%: its way too
        role, direction = as_target(role, direction, measure, sentence, rel_start)
    return Meaning(resolved, role, direction, role_rule, measure, passage, joined)


def _earlier_column(cell: TableCell | None, year: int | None) -> bool:
    """Whether ``cell`` stands in a column whose head names a year before its section's
    ``year`` (``cells.column_year``): a plan's table of targets gives last year's result
    beside each (上年实绩 / 本年目标, 2024年完成 / 2025年目标) — that year's result, stated
    where the targets are, never one of them; its column says what it is, the passage
    around the table does not (counter: 本年目标, 2025年目标 and a column naming no year)."""
    if cell is None or year is None:
        return False
    of = column_year(cell.cell.column, year)
    return of is not None and of < year


def _joined(sentence: str, end: int, start: int) -> bool:
    """Whether only a join (和, 、) stands between a figure ending at ``end`` and the
    next, starting at ``start``."""
    return JOINED_OPENS.opens(sentence, end, start) and (
        JOINED.fullmatch(sentence, end, start) is not None
    )


def metric_of(
    norm: Normalized, view: SentenceView, k: int, meaning: Meaning, carry: FigureCarry
) -> tuple[str | None, MetricRuleName, Span | None, str | None]:
    """What the figure ``view.cands[k]`` counts, as written, the rule that found it, its
    span in the sentence (None when carried or dealt by 分别) and the phrase as written it
    was cut from (``phrase_span``; the metric itself when it was named otherwise)."""
    found, left_from, next_start = _own_words(view, k, meaning, carry)
    span, rule = found or (None, MetricRuleName.NONE)
    carried, carried_rule = _carried(view, k, meaning, carry, span, left_from)
    if carried_rule in (MetricRuleName.REFERS_BACK, MetricRuleName.TOTAL_OF_PARTS):
        span = None  # 是上年的1.6倍: what its own words name is no new thing
    rel_start, rel_end = view.cands[k].start - view.start, view.cands[k].end - view.start
    if span is None and carried is None:
        span, rule = named_elsewhere(
            view.text, rel_start, rel_end, left_from, carry.prev_end, next_start
        )
    if carry.respective:  # 事故起数、死亡人数分别下降20%和25%: each figure its own subject
        subject = carry.respective.pop(0)
        metric = "".join([norm.original_slice(view.start + a, view.start + b) for a, b in subject])
        rule = MetricRuleName.RESPECTIVE
        carry.counted.append(subject)
        carry.dealt_end = rel_end
    else:
        metric = norm.original_slice(view.start + span[0], view.start + span[1]) if span else ""
        carry.counted.append((span,) if span else None)
    carried_metric, carried_unit = view.carried_in
    if (
        len(carry.counted) == 1
        and not (metric or carried)
        and meaning.resolved.unit == carried_unit
        and enabled(MetricRuleName.PREVIOUS_SENTENCE)
    ):
        carried, carried_rule = carried_metric, MetricRuleName.PREVIOUS_SENTENCE
    if not (metric or carried) and enabled(MetricRuleName.RUN_IN_HEADING):
        head = run_in_heading(norm.text, view.cands[k].start)
        metric = norm.original_slice(*head) if head else ""
        rule = MetricRuleName.RUN_IN_HEADING
    if not metric:
        rule = carried_rule if carried else MetricRuleName.NONE
    if (
        rule is MetricRuleName.ADDS_NOTHING
        and carry.role[0] is Role.TARGET
        and carry.phrase
        and ADDITION in carry.phrase
    ):
        # 新增技能人才：目标1.2万人，完成1.31万人: what was done of an added target is an
        # addition too (not after a result: 新增16条、达到54条 reaches a total)
        return carried, rule, span, carry.phrase
    wider = phrase_span(view.text, span, rule, rel_start, left_from) if span else None
    if wider and wider != span:
        return metric, rule, span, norm.original_slice(view.start + wider[0], view.start + wider[1])
    return metric or carried, rule, span, metric or carried


def _own_words(
    view: SentenceView, k: int, meaning: Meaning, carry: FigureCarry
) -> tuple[tuple[Span, MetricRuleName] | None, int, int]:
    """The figure's metric from its own words (``metric_span``), where they begin, and
    where the noun after it may run to."""
    sentence, cands = view.text, view.cands
    rel_start, rel_end = cands[k].start - view.start, cands[k].end - view.start
    family = meaning.resolved.unit_family
    relative = _relative(meaning)
    # a noun after the figure ends where the next figure begins (企业近万名员工)
    next_start = view.next_start(k)
    noun_from = None
    if (
        k + 1 < len(cands)
        and family_of(cands[k + 1]) in MEASURE_FAMILIES
        and SIZE_GAP.fullmatch(sentence, rel_end, next_start)
    ):
        # a size right after a count stands between it and the noun it counts
        # (1家36.5蒸吨燃煤锅炉, 3座500立方米蓄水池, 2座总计20兆瓦光伏电站)
        noun_from = cands[k + 1].end - view.start
        next_start = view.next_start(k + 1)
    # the words of this figure begin after the figure before, or after the noun it
    # counts where that noun is its own (…个社区累计排查xxxxx户)
    left_from = min(max(carry.prev_end, carry.named_end), rel_start)
    again = (
        carry.named_end
        and left_from == carry.named_end
        and sentence.endswith(MEASURE_END, carry.prev_end, carry.named_end)
        and enabled(MetricRuleName.MEASURE_OF_COUNTED)
    )
    if again:
        # the noun after a count ends in a measure of the things counted (12个国省控断面
        # 水质优良比例达到91.7%): the measure is this figure's, read again
        left_from = carry.prev_end
    found = metric_span(
        sentence,
        rel_start,
        rel_end,
        left_from,
        noun_after=not relative
        and (
            family in COUNT_FAMILIES
            or (
                family == "number"
                and meaning.resolved.unit in BARE_MYRIADS
                and sentence[rel_end : rel_end + 1] not in NOT_COUNTED_AFTER
            )
        ),
        next_start=next_start,
        measure=not relative
        and (
            family in MEASURE_FAMILIES
            # a share of a thing named right after it (提供50%医保缴费补助)
            or (family == UnitFamily.PERCENT and han_at(sentence, rel_end))
        ),
        people=family == UnitFamily.PERSON,
        money=family == UnitFamily.CURRENCY and not relative,
        relative=relative,
        noun_from=noun_from,
        share=meaning.role is Role.SHARE,
    )
    if again and found and found[1] is MetricRuleName.WORDS_BEFORE:
        found = (found[0], MetricRuleName.MEASURE_OF_COUNTED)
    if found and found[1] is MetricRuleName.WORDS_BEFORE and k and left_from == carry.prev_end:
        # threshold_before_noun (metric_span.BARE_THRESHOLD): a count of the noun a bare
        # threshold sorts is named with its bound (其中10亿元以上项目4个 → 10亿元以上项目)
        # with no words of its own before it (a threshold with its measure named,
        # 年营业收入500万元以上服务业企业23家, sorts as one after 的 does: 服务业企业), and of
        # money: a bound of another unit defines the noun's kind (56人以上大班额 → 大班额)
        (s, e), sorted_end = found[0], sorts_bare(sentence, left_from)
        t_start = cands[k - 1].start - view.start
        t_lo = subclause_start(sentence, t_start, 0)
        if (
            sorted_end is not None
            and family_of(cands[k - 1]) == UnitFamily.CURRENCY
            and s >= left_from
            and e <= sorted_end
            and not sentence[slice(*trim(sentence, t_lo, t_start))]
        ):
            found = ((t_start, e), found[1])
    return found, left_from, next_start


def _carried(
    view: SentenceView,
    k: int,
    meaning: Meaning,
    carry: FigureCarry,
    span: Span | None,
    left_from: int,
) -> tuple[str | None, MetricRuleName]:
    """The metric the figure takes from the figure before, and the rule that carries it.

    The previous figure's metric carries over within a sub-clause (交流研讨x次xx人) unless
    a deed stands after the noun it counts (…个社区累计排查xxxxx户), to a figure relative
    to it (…4 亿,完成目标任务的 200%), to a part of it (监测对象525户，其中2022年以来新增
    246户) or to its total or base (…86家，总数达到412家), not further."""
    sentence, prev_end = view.text, carry.prev_end
    rel_start, rel_end = view.cands[k].start - view.start, view.cands[k].end - view.start
    relative = _relative(meaning)
    if relative and carry.outer_metric and has_break(CLOSE_BRACKET, sentence, prev_end, rel_start):
        # 16人（理科10人，文科6人），较去年增加2人: the breakdown in brackets is done
        carry.metric = carry.outer_metric
    prev_metric = carry.metric
    if relative and span is None and enabled(MetricRuleName.SAME_UNIT_BEFORE):
        same_unit = _same_unit_before(meaning, carry)
        if same_unit:  # …投诉1260件，挽回损失86万元，比上年增加210件: the 件 changed
            return same_unit, MetricRuleName.SAME_UNIT_BEFORE
    carried = prev_metric if relative or _runs_on(view, k, meaning, carry, left_from) else None
    if carried in SIZES and meaning.role is Role.SHARE:
        # share_past_size: a share after a rate's comparison (增加值增长11.6%，增速高于全市3.2个
        # 百分点，占全市比重达到38.4%) is of the thing whose rate it was, in its own unit
        carried = _in_own_unit(meaning, carry) or carried
    if carried and not relative and sorts_by_threshold(sentence, rel_end):
        # a threshold after another (资产超过100万元的村有15个，其中超过500万元的村3个): of what
        # the threshold before measured in its unit, not of the 村 counted just before
        carried = _in_own_unit(meaning, carry) or carried
    if not enabled(MetricRuleName.CARRIED_IN_CLAUSE):
        carried = None
    total_of = _total_of_parts(view, k, carry, rel_start)
    if total_of:  # 外贸…1260万吨、内贸…4360万吨，两项合计5620万吨: what both count
        return total_of, MetricRuleName.TOTAL_OF_PARTS
    if prev_metric and enabled(MetricRuleName.REFERS_BACK) and refers_back(sentence, rel_start):
        return prev_metric, MetricRuleName.REFERS_BACK  # 是上年的1.6倍: nothing new
    if (
        prev_metric
        and span is None
        and carried is None
        and enabled(MetricRuleName.ADDS_NOTHING)
        and adds_nothing(
            sentence,
            rel_start,
            prev_end,
            prev_metric,
            rel_end,
            count_after_rate=_rate_for_a_count(prev_metric, meaning),
        )
    ):
        return prev_metric, MetricRuleName.ADDS_NOTHING  # 已完成4800人: nothing new
    return carried, MetricRuleName.CARRIED_IN_CLAUSE


# The ends of a proportion's name (抽检合格率, 优良天数比例, 占比).
PROPORTION_NAME_END: Final = ("率", "比例", "比重", "占比")


def _rate_for_a_count(prev_metric: str, meaning: Meaning) -> bool:
    """Whether a proportion's name would be carried to a figure that is no proportion (see
    ``adds_nothing``'s ``count_after_rate``)."""
    return prev_metric.endswith(PROPORTION_NAME_END) and (
        meaning.resolved.unit_family not in PROPORTION_FAMILIES
    )


def _total_of_parts(view: SentenceView, k: int, carry: FigureCarry, rel_start: int) -> str | None:
    """The name of the parts just counted, when the clause before the figure says it is
    their total (``parts_in_total``, or a bare total after parts listed with 、:
    ``bare_total``): what their names share, else the names listed as written (契税、耕地
    占用税); None when a part was carried or named nothing."""
    if not enabled(MetricRuleName.TOTAL_OF_PARTS):
        return None
    n = parts_in_total(view.text, rel_start)
    if not n and bare_total(view.text, carry.prev_end, rel_start):
        n = _listed_parts(view, k, carry)
    parts = carry.counted[-n:] if n else []
    if not n or len(parts) < n or any(p is None or len(p) != 1 for p in parts):
        return None
    names = [view.text[p[0][0] : p[0][1]] for p in parts if p]
    return shared_tail(names) or "、".join(names)


def _listed_parts(view: SentenceView, k: int, carry: FigureCarry) -> int:
    """How many figures just before ``view.cands[k]`` stand listed with 、, each after its
    own name (耕地占用税3.4亿元、契税5.1亿元); 0 for fewer than two."""
    counted, n = carry.counted, 1
    while n < len(counted):
        part, before = counted[len(counted) - n], view.cands[k - n - 1]
        if not part or view.text[before.end - view.start : part[0][0]] != "、":
            break
        n += 1
    return n if n >= 2 else 0


def _relative(meaning: Meaning) -> bool:
    if meaning.role_rule is RoleRuleName.SHARE_PUT_TO:
        return False  # 80%以上用于民生: the part is named after it, by what it goes to
    return meaning.role in RELATIVE_ROLES or (
        meaning.measure in RELATIVE_MEASURES and meaning.resolved.unit_family in PROPORTION_FAMILIES
    )


def _same_unit_before(meaning: Meaning, carry: FigureCarry) -> str | None:
    """The metric of the sentence's last figure in the unit of a change, when the figure
    just before was in another: a change in a unit of its own (件, 所, 吨, 元), not a rate."""
    if meaning.role not in (Role.GROWTH, Role.COMPARISON):
        return None
    if meaning.resolved.unit_family in (UnitFamily.PERCENT, UnitFamily.POINTS, UnitFamily.RATIO):
        return None
    return _in_own_unit(meaning, carry)


def _in_own_unit(meaning: Meaning, carry: FigureCarry) -> str | None:
    """The metric of the sentence's last figure in this figure's unit, where the figure just
    before was in another (``carry.by_unit``)."""
    earlier = carry.by_unit.get(_unit_key(meaning.resolved))
    return earlier if earlier and earlier != carry.metric else None


def _unit_key(resolved: Resolved) -> str:
    return resolved.base_unit or resolved.unit


def _runs_on(
    view: SentenceView, k: int, meaning: Meaning, carry: FigureCarry, left_from: int
) -> bool:
    """Whether a figure that is not relative takes the metric of the figure before: in
    its sub-clause, with no deed of its own between, or after 其中."""
    sentence, prev_end = view.text, carry.prev_end
    rel_start = view.cands[k].start - view.start
    own = (
        has_break(CLAUSE_BREAK, sentence, prev_end, rel_start)
        or (carry.named_end and VERB_WORD.search(sentence, left_from, rel_start))
        # a list item of its own, a deed counted in another unit (龙头企业27个、带动XX户) or
        # a deed alone (排查矛盾纠纷120起、化解115起: 化解, as 走访…120户，慰问85户 is 慰问),
        # not a deed run on from the figure (问答活动xx场参与xxxx余人)
        or _deed_item(sentence, prev_end, rel_start, meaning.resolved.unit != carry.unit)
    )
    # (其中 is looked for first: few clauses hold it)
    return not own or (
        sentence.find("其中", prev_end, rel_start) >= 0
        and OF_WHICH.search(sentence, prev_end, rel_start) is not None
    )


def _deed_item(sentence: str, prev_end: int, start: int, other_unit: bool) -> bool:
    """Whether a list item after 、 opens with a deed that is its own: counted in another
    unit, or the deed alone before the figure at ``start``."""
    if not sentence.startswith("、", prev_end):
        return False
    deed = DEED_AFTER.match(sentence, prev_end + 1, start)
    return deed is not None and (other_unit or deed.end() == start)


def move_past(
    sentence: str,
    rel_start: int,
    rel_end: int,
    span: Span | None,
    metric: str | None,
    meaning: Meaning,
    carry: FigureCarry,
) -> None:
    """``carry`` after the figure at ``[rel_start, rel_end)``, which counts ``metric``."""
    carry.prev_end = rel_end
    # a noun after the figure that a verb ends (1,286户脱贫户发放…) or that the next
    # figure is joined to (10 个球场和 2000 平方米的广场) is its own
    named = (
        span
        and span[0] == rel_end
        and (
            (DEED_OPENS.opens(sentence, span[1]) and DEED_AFTER.match(sentence, span[1]))
            or (
                JOINED_FIGURE_OPENS.opens(sentence, span[1])
                and JOINED_FIGURE.match(sentence, span[1]) is not None
            )
        )
    )
    carry.named_end = span[1] if named and span else 0
    carry.metric, carry.unit = metric, meaning.resolved.unit
    if not in_brackets(sentence, rel_start):  # a breakdown in brackets is done with
        carry.outer_metric = metric
        if metric and meaning.resolved.unit:
            carry.by_unit[_unit_key(meaning.resolved)] = metric
    carry.role = (meaning.role, meaning.direction)


def still_dealt(view: SentenceView, cand: Candidate, carry: FigureCarry) -> bool:
    """Whether ``cand`` is the next of a list 分别 deals that says its own way of change
    (…分别下降25%、增长18%: the subjects left stay dealt, as after a bare join)."""
    return bool(carry.respective) and (
        JOINED_CHANGE.fullmatch(view.text, carry.prev_end, cand.start - view.start) is not None
    )


def respective_for(view: SentenceView, first: int, carry: FigureCarry) -> Subjects:
    """The subjects of 分别 for the figures joined from ``cands[first]`` on, when there
    are as many figures as subjects; else ``()``. A 分别 that names no subject of its own
    takes the sentence's last subjects of 分别 (…分别达到4.2万元、2.1万元，分别增长5%和
    7%), else what as many figures before it count (接待游客456.8万人次，实现旅游收入
    38.2亿元，分别增长21.5%、26.3%). Changes joined in a clause of the change alone right
    after the figures a 分别 dealt are dealt the same subjects (…分别为12起、9人，同比下降
    20%和25%: ``subjects.changes_only``)."""
    sentence, cands, previous = view.text, view.cands, carry.subjects
    s_end = view.start + len(sentence)
    start = cands[first].start - view.start
    subjects = respective_subjects(sentence, start, carry.prev_end)
    if (
        subjects == ()
        and previous
        and carry.dealt_end == carry.prev_end
        and changes_only(sentence, start, carry.prev_end)
    ):
        # …分别为12起、9人，同比下降20%和25%: dealt again, right after the figures they
        # were dealt to (not past figures of other names: …分别达到4.6万元和2.1万元，人均
        # 消费支出2.8万元和1.6万元，增长5.2%和7.1%)
        subjects = previous
    from_figures = not previous and subjects is None
    if subjects is None:
        # a None (a figure that names nothing of its own) is refused below
        subjects = previous or tuple(carry.counted[-MAX_RESPECTIVE:])  # type: ignore[arg-type]
    if not subjects:
        return ()
    # the figures joined plainly (和, 、); where they are too few, those that say their own
    # way of change too (分别下降25%、增长18%和31%) — not first: 分别增长6%和7%、增加28亿元
    # deals two, and the third is a change of its own
    changes = OPENS_WITH_CHANGE.search(sentence, max(0, start - 4), start) is not None
    for verbs in (False, True) if changes else (False,):
        count = _listed(view, first, len(subjects) + 1, s_end, verbs)
        if from_figures:  # as many figures before, each counting a thing of its own
            last = subjects[-count:]
            ok = count >= 2 and len(last) == count and None not in last
            if ok and len(set(last)) == count:
                return last
        elif count == len(subjects):
            return subjects
    return ()


def _listed(view: SentenceView, first: int, most: int, s_end: int, verbs: bool) -> int:
    """How many figures from ``view.cands[first]`` on (at most ``most``: one more than the
    subjects is enough to tell the counts apart) stand joined in one list; with ``verbs``,
    a join may be followed by a word of change (、增长18%)."""
    sentence, cands = view.text, view.cands
    count, end = 1, cands[first].end - view.start
    for k in range(first + 1, min(len(cands), first + most)):
        nxt = cands[k]
        start = nxt.start - view.start
        if nxt.end > s_end or not (
            _joined(sentence, end, start)
            or (verbs and JOINED_CHANGE.fullmatch(sentence, end, start) is not None)
        ):
            break
        count, end = count + 1, nxt.end - view.start
    return count
