"""The indicator a figure of a government work report is kept under in the targets table:
the lexicon's key for its metric (or phrase) and measure, else its own metric key with a
growth named as one; the part's own for a figure of a subject named for town and country
at once (城乡居民收入分别增长7%和9%); and the level a completion rate measures."""

from __future__ import annotations

from collections.abc import Sequence

from metrics import regex_cache
from metrics.implied import strip_completion_frame
from metrics.lexicon.indicators import Indicator, indicator_of
from metrics.records import Measure, Mention
from metrics.rules.metrics import MetricRuleName
from metrics.rules.role_cues import CAPACITY
from metrics.segment.grid import RESIDENT_GROUP


def rated_key(m: Mention) -> str:
    """The indicator key of the level a completion rate measures: its metric without the
    completion frame (``implied.strip_completion_frame``), as ``indicator_key`` keys a
    level of that name."""
    name = strip_completion_frame(m.metric or "")
    ind = indicator_of(name, Measure.LEVEL)
    return ind.key if ind else strip_completion_frame(m.metric_key or "")


# A bullet's mark kept at the head of a metric (——牲畜存栏稳定在800万头只以上; ——牧民人均可支配
# 收入增长7%; －城镇新增就业; • 粮食产量): the mark is the list's, not the indicator's name,
# which is looked up and kept without it. (Counter: a name that holds a dash inside it, 中
# 欧班列—东线, keeps it: only a mark at the head goes.)
LIST_MARK = regex_cache.compile(r"^(?:——|—|－|-|•|·|●|◆|▲|■|□)+\s*")


def _unmarked(name: str | None) -> str | None:
    return LIST_MARK.sub("", name) if name else name


# A group of residents in brackets after the name (人均可支配收入（农村常住居民）, a survey's
# table row, ``segment.grid.RESIDENT_GROUP``) is looked up as the name the lexicon knows, the
# group first (农村常住居民人均可支配收入): the whole residents' indicator (人均可支配收入)
# would take the rural and the urban growth alike. (Counter: a name with no group in its
# brackets is looked up as it is.)
GROUP_AFTER = regex_cache.compile(rf"^(?P<name>.+?)[(（](?P<group>{RESIDENT_GROUP})[)）]$")


def _group_first(name: str | None) -> str | None:
    found = GROUP_AFTER.match(name) if name and name[-1] in ")）" else None
    return found["group"] + found["name"] if found else name


def mention_indicator(m: Mention) -> Indicator | None:
    """The lexicon's indicator of a figure: by its metric, else by its phrase as written,
    where the short name lost a word the indicator is named by (新增城镇就业 → 城镇就业,
    规上工业增加值 of 全县规上工业增加值 kept whole); either without a bullet's mark at its
    head (``LIST_MARK``) and with a group of residents in brackets read first
    (``GROUP_AFTER``)."""
    return indicator_of(_group_first(_unmarked(m.metric)), m.measure) or indicator_of(
        _group_first(_unmarked(m.metric_phrase)), m.measure
    )


# A subject named for town and country at once (城乡居民收入分别增长7%和9%): the figures
# after 分别 are its parts' in order, the towns' then the country's, each its own indicator.
# Not 城乡居民收入增长6.5% (no 分别: one figure of both), nor 城乡居民医保参保率 (one rate).
JOINT = regex_cache.compile(r"^城乡(?=\p{Han})")
PARTS = ("城镇", "农村")
RESPECTIVELY = "分别"


def joint_parts(mentions: Sequence[Mention]) -> dict[str, str]:
    """The part's name (农村居民人均可支配收入) of each figure given, after 分别, for a
    subject named for town and country at once, by mention id (see ``JOINT``)."""
    out: dict[str, str] = {}
    count: dict[tuple[int, str], int] = {}
    for m in mentions:
        if not m.metric or not JOINT.match(m.metric):
            continue
        before = m.words_before
        if RESPECTIVELY not in "".join(before.split()):  # 分\n别: a PDF's wrap
            continue
        nth = count.get((m.sentence_start, m.metric), 0)
        count[(m.sentence_start, m.metric)] = nth + 1
        if nth < len(PARTS):
            out[m.mention_id] = PARTS[nth] + m.metric[JOINT.match(m.metric).end() :]
    return out


def indicator_and_key(m: Mention, parts: dict[str, str]) -> tuple[Indicator | None, str]:
    """(the lexicon's indicator, the key) of a figure, a part's own for a figure of one
    part of a joint subject (``joint_parts``)."""
    name = parts.get(m.mention_id)
    if name is None:
        ind = mention_indicator(m)
        return ind, indicator_key(m, ind)
    ind = indicator_of(name, m.measure)
    if ind is not None:
        return ind, ind.key
    return None, f"{name}增长" if m.measure == Measure.GROWTH else name


# A plant's capacity is named by the plant it sizes (日处理能力3万吨的污水处理厂1座, 年产10万吨的
# 饲料加工厂2家: both figures' metric is the plant, rule made_after_capacity), but it is no count
# of plants: its key takes the capacity's words as written before it (污水处理厂日处理能力,
# 饲料加工厂年产), so that the count of the plants, the first figure of their own key, is a row
# too and not hidden by the capacity. (Counter: 新建污水处理厂2座 alone keeps 污水处理厂; a
# capacity named before, 库容5000立方米, is already its own metric.)
CAPACITY_BEFORE = regex_cache.compile(rf"(?:{CAPACITY.pattern})\s*$")


def _capacity_words(m: Mention) -> str:
    """The capacity's words right before ``m`` when its metric is the plant it sizes."""
    if m.metric_rule != MetricRuleName.MADE_AFTER_CAPACITY:
        return ""
    found = CAPACITY_BEFORE.search(m.words_before)
    return found.group().strip() if found else ""


def indicator_key(m: Mention, ind: Indicator | None) -> str:
    """The key a figure's indicator is kept under: the lexicon's, else the figure's own
    metric key with a growth named as one (农业总产值 + growth → 农业总产值增长), the way
    the lexicon names its growths, so that a report's own indicators (农业总产值,
    高标准农田) find last year's figure and next year's outcome as lexicon ones do."""
    if ind is not None:
        return ind.key
    key = _unmarked(m.metric_key)
    if not key:
        return ""
    key += _capacity_words(m)
    return f"{key}增长" if m.measure == Measure.GROWTH else key
