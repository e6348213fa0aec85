"""A figure's own place: the place its clause names as its subject (``mentions.figure_place``).

Contract: ``with_figure_places(mentions)`` gives the mentions of one document, in reading
order, each with ``figure_place`` set to the place its own clause opens with as its
subject, or carried from the figure before it in its sentence, else None;
``foreign_place(place, level, doc_place)`` says whether such a place is another government
than the document's (its level ``level``, its place ``doc_place``). The cross-document
tables (``plans.plan_vs_outcome``, ``trends``, ``targets``) leave a foreign figure out: a
county's figure in a city's review is no outcome of the city's target, nor a step of the
city's series. Only the sentence is read; no value.

The class of language, ``own_clause``: a review or plan of a higher government states a
lower one's figure in a clause whose subject is that place, and goes on with its own
(``东湖县地区生产总值增长7.2%``, ``其中滨河区完成固定资产投资28亿元``,
``青石县新开工保障性租赁住房438套，全市新开工…2516套``). The place is the subject when the
words after it are a verb of result or the figure's own name (``SUBJECT_AFTER``, the
figure's ``metric_phrase`` or ``metric``), not when it opens a longer name
(``青石县至南岭市高速公路``, ``东湖区政府投资项目`` — the words after are no name of the figure).
A scope (``全市``, ``本县``) and a common noun ending in a level word (``老旧小区``, ``城镇``:
``comparable.COMMON_AREA``) name no place.

``several_places``: a count or 各 before a level word, as a clause's subject the same way
(``两市一般公共预算收入增长5.2%``, ``三县新增…``, ``各县区…合计``, ``全市各乡镇…``), names
lower governments together: their figure is kept as written (``两市``) and is never the
document's own (``foreign_place``), as a named county's is not.

``carried_subject``: a clause that names no subject goes on with the one before it in its
sentence (``东阳县地区生产总值增长7.2%，规模以上工业增加值增长9.3%``; ``东湖区完成投资28亿元，
占全市的23%``), across ``，`` only: a ``；``, ``：`` or ``。`` ends the subject (a review's items
after ``；`` are most often the report's own again), and so does a clause between that opens
with another scope (``全市``, ``本县``, ``各县``) or place.

A masked place (``xx县``) is kept as written and is never the document's own: two hidden
names may be any two places (``segment.places.same_place``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from metrics import regex_cache
from metrics.gates import FirstChars, may_open_in
from metrics.pairs.comparable import COMMON_AREA, OPENERS
from metrics.records import Mention
from metrics.segment.places import is_masked_place, place_chain
from metrics.segment.titles import place_level

# How far back a figure's clause is read for its subject (a clause is short).
CLAUSE_REACH = 60
# What follows a place that is its clause's subject (see the module contract): a verb of
# result or of work, 的, 分别 (东湖区、西湖区分别完成…), a list's 、, or the clause's end (the
# figure itself: 其中东湖区28亿元); or a word of change, the place's own growth with its
# metric carried from the clause before (其中青阳市增长6.9%, 其中**县增长9.4%, xx市下降2.1%).
# (Counter: a scope before a change, 全市增长6.1%, is no place: ``SCOPE_PIECE``.)
SUBJECT_AFTER = regex_cache.compile(
    r"(?:的|完成|实现|新增|达到|达|共|累计|已|全年|今年|有|分别|增长|下降|增幅|增速|[、\s]|$)"
)
# What ends a subject carried to a later clause: the end of a list item or a sentence.
SUBJECT_ENDS = regex_cache.compile(r"[;；:：。!?！？]")
# A clause that opens with a scope of its own (全市, 本县, 各县区, 两区) sets a new subject.
# (a level's word after a scope's: 全市, 本县, 各街道, 全地区)
SCOPE_LEVEL = r"(?:[省市县区镇乡旗盟州]|街道|地区)"
SCOPE_OPENS = regex_cache.compile(rf"^[全本各该我其两三多]{SCOPE_LEVEL}|^[省市县区](?:级|本级|直)")
# Several lower governments as one subject (``several_places``): a count or 各 before a
# level word, maybe after the scope they are counted in (两市, 三县, 各区县, 各县（市、区）,
# 全市各乡镇, 12个县（市、区）, a province's 两个设区市). Counter: a count before a word
# that opens with a level's character but is no level (两新组织; 各区域, 两市场, 各县级: a
# word the level's character opens; 三区三线: the words after are no subject's), a place
# whose name opens with a numeral (三河市, 十堰市: no level word right after it).
SEVERAL_PLACES = regex_cache.compile(
    r"^(?:全[省市县区州盟旗])?(?:各|(?:\d{1,3}|[两二三四五六七八九十]{1,3})个?)"
    r"(?:县[（(]市、区[）)]|县[（(]区[）)]|县[（(]市[）)]|县市区|县区|区县|县市|市县|市州|乡镇|镇街"
    r"|街道|设区的?市|[省市县区镇乡旗州盟])(?![域级划场民城内外间界])"
)
# Clause breaks a carried subject passes over (``，``) and a list's ``、``.
COMMA = regex_cache.compile(r"[,，]")


# A piece of a place chain that opens with a word of direction or a conjunction is no place
# of the chain: the chain has run into a name (青石县至南岭市高速公路: a road, not a place
# called 至南岭市).
NOT_A_PIECE = regex_cache.compile(r"^[至到和与及的在向从对经]")
# Nor, first or later, a piece that opens with a verb of result or a word of comparison
# (完成省下达高标准农田建设任务, 占省下达任务8万亩的103.8%, 超过市定目标, 低于省平均: the level
# word is a higher government named as the setter of a task or a benchmark, not a subject),
# or with a verb of work or a word of time (新认定省级概念验证中心20家, 提请市人大审议, 截至目前
# 高新区…: the chain took the words before a level word in), or that ends in a word of
# crossing a border (跨省联网定点医疗机构, 住院费用跨省直接结算率: a relation to places).
NOT_A_PLACE = regex_cache.compile(
    r"^(?:完成|实现|达到|超过|超额|超|低于|高于|占|比|较|按|由|为|截至|目前|包括|打造|提请|废止"
    r"|新认定|认定|联合|支持|推动|推进|加快|实施|开展|争创|创建|获批|入选|脱贫|境内|境外|国内"
    r"|跨|在|参加|组织|力争|新开工|开工|新建|新增|引进)|^.+(?:包括|以及)|[跨外出入异](?:省|市|县|区)$"
    # a level word after a word that makes it a kind (设区的市, 地市, 上市: no one place)
    r"|^[设地上](?:市|区)$"
    # an area that is no government: one named by its kind alone (高新区, 湖区, 新区 with no
    # name before it), an irrigation district or a trial zone (都江堰灌区, 自贸试验区,
    # 跨境电商综试区, 综合保税区)
    r"|^(?:高新|经开|开发|自贸|湖|新|地|园|城|辖|景)区$|(?:灌|试验|综试|保税)区$"
)
# Nor a chain that opens with a word of measure per unit (单位地区生产总值能耗, 人均地区生产总值,
# 万元地区生产总值能耗, 每万人): the 地区 is a word of the indicator's name, not a place.
PER_UNIT = regex_cache.compile(r"^(?:单位|人均|万元|每)")
# A piece that ends in a scope word is no place either: the words before it are a time or a
# verb the chain took in (五年来全市累计…, 以来全省新增…, 组织我县…, 在我区…: the report's own),
# and no place's name ends so.
SCOPE_PIECE = regex_cache.compile(rf"[全本各我该]{SCOPE_LEVEL}$")


def _named(place: str, words: str, m: Mention) -> bool:
    """Whether ``words`` (what follows ``place``) open with ``m``'s own name (its phrase
    or metric, less the place where the name opens with it)."""
    words = words.removeprefix("的")
    for name in (m.metric_phrase, m.metric):
        name = (name or "").removeprefix(place).removeprefix("的")
        if len(name) >= 2 and words.startswith(name):
            return True
    return False


# (the first two asked only where a match can open: most pieces open with no word of
# direction, and hold no scope word's first character)
NOT_A_PIECE_OPENS, PER_UNIT_OPENS = FirstChars(NOT_A_PIECE), FirstChars(PER_UNIT)
# (and several places only where a count, 各 or 全 opens the words: most clauses open with
# none of them)
SEVERAL_OPENS = FirstChars(SEVERAL_PLACES)
# How many pieces' and places' answers are kept: a document names the same few (我县,
# 高新区, 为全县, its counties) in clause after clause, and each is read once.
PIECES_KEPT = 4096


@lru_cache(maxsize=PIECES_KEPT)
def _no_piece(piece: str, first: bool) -> bool:
    """Whether ``piece`` (``first``: the chain's first) ends the places of its chain
    (``_cut``)."""
    if not first and NOT_A_PIECE_OPENS.opens(piece, 0) and NOT_A_PIECE.match(piece):
        return True
    if may_open_in(SCOPE_PIECE, piece) and SCOPE_PIECE.search(piece):
        return True
    return NOT_A_PLACE.search(piece) is not None


def _cut(pieces: list[str]) -> int:
    """How many of a chain's pieces may be places: up to the first that opens with a word of
    direction or a conjunction (``NOT_A_PIECE``), ends in a scope word (``SCOPE_PIECE``), or
    opens with a verb of result or ends in a word of crossing (``NOT_A_PLACE``)."""
    return next((i for i, p in enumerate(pieces) if _no_piece(p, i == 0)), len(pieces))


@lru_cache(maxsize=PIECES_KEPT)
def _common_area(place: str) -> bool:
    """Whether ``place`` is a common noun, no government (``COMMON_AREA``)."""
    return COMMON_AREA.search(place) is not None


def _per_unit(chain: str) -> bool:
    """Whether a chain opens with a word of measure per unit (``PER_UNIT``)."""
    return PER_UNIT_OPENS.opens(chain, 0) and PER_UNIT.match(chain) is not None


def _name_at(words: str, m: Mention, first: str) -> int:
    """Where ``m``'s metric opens in ``words`` (their length where it does not): a place
    chain that runs past it has taken the name's first words in (新增城市公园绿地面积, metric
    城市公园绿地面积: 新增城市 is no place), where a subject stands before the name
    (东阳县地区生产总值). A metric that opens with the words (青石县新开工…, the place kept
    in the name) is read without its first place ``first`` (xx县新增城市公园绿地面积 as a
    metric: the name opens at 新增, so xx县新增城市 is no place, xx县 is)."""
    name = (m.metric or "").removeprefix(first)
    at = words.find(name, 1) if len(name) >= 2 else -1
    return at if at >= 0 else len(words)


# ``own_name``: a district named as a common area is (东城区, 西城区 end in 城区, the urban
# area of a town; 新城区 is one and a district too), and in its own report (东城区人民政府
# 工作报告: ``东城区地区生产总值增长6.8%``) the title says it is the government. Counter: in
# another report the name stays a common area (老城区, 中心城区, 北城区 of a county's plan).
def _own_name(place: str, doc_place: str | None) -> bool:
    """Whether ``place`` is the report's own place ``doc_place`` (or its chain's last)."""
    return doc_place is not None and (place == doc_place or doc_place.endswith(place))


def several_places(words: str, m: Mention) -> str | None:
    """The lower governments ``words`` (a clause before ``m``, its openers taken off) open
    with together as their subject (``SEVERAL_PLACES`` followed by ``SUBJECT_AFTER`` or
    ``m``'s own name), as written, else None."""
    if not SEVERAL_OPENS.opens(words, 0):
        return None  # (most clauses open with no count, 各 nor 全)
    found = SEVERAL_PLACES.match(words)
    if found is None:
        return None
    place, rest = found.group(), words[found.end() :]
    return place if SUBJECT_AFTER.match(rest) or _named(place, rest, m) else None


def subject_place(words: str, m: Mention, doc_place: str | None = None) -> str | None:
    """The place ``words`` (a clause before ``m``, its openers taken off) open with as their
    subject: the longest run of the place chain there that is followed by ``SUBJECT_AFTER``
    or by ``m``'s own name and is no common noun (北塘区改造城镇老旧小区: the chain runs on into
    the name, 北塘区 is the subject) — unless it is the report's own place ``doc_place``, a
    government whatever its name's form (``own_name``)."""
    pieces = place_chain(words)  # (its pieces read once: ``place_chain``)
    chain = "".join(pieces)
    if not pieces or not words.startswith(chain) or _per_unit(chain):
        return None
    cut = _cut(pieces)
    named_at = _name_at(words, m, pieces[0])
    for n in range(cut, 0, -1):
        place = "".join(pieces[:n])
        if (_common_area(place) and not _own_name(place, doc_place)) or named_at < len(place):
            continue  # (a name of the figure that opens inside it: 新增城市公园绿地面积)
        rest = words[len(place) :]
        if NOT_A_PIECE_OPENS.opens(rest, 0) and NOT_A_PIECE.match(rest) and rest[0] != "的":
            continue  # (青石县至南岭市高速公路: the place opens a longer name)
        if SUBJECT_AFTER.match(rest) or _named(place, rest, m):
            return place
    return None


# What a place chain or a scope cannot do without: a level word (``segment.places``'
# 省, 市, 自治州, 新区, 特别行政区 …, the scope's 地区), and each holds one of these characters
# but 街道, looked for whole. A clause holding none of them names no place and sets no
# scope, and most clauses hold none (no call is made for them). (The first characters of
# the longer words, 新, 地, 自, 特, are not asked: 新增, 地方 hold no level word.)
LEVEL_CHARS: frozenset[str] = frozenset("省市县区镇乡旗盟州")
STREET = "街道"


def _names_no_level(clause: str) -> bool:
    """Whether ``clause`` holds no level word (see ``LEVEL_CHARS``)."""
    return LEVEL_CHARS.isdisjoint(clause) and STREET not in clause


# A list item's mark before its first words (（一）东湖县…, 1.东湖县…, 一是…: OPENERS).
ITEM_MARK = regex_cache.compile(
    r"^(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.．、])\s*"
)


# (what the two may open with, read from the patterns: most clauses open with neither)
ITEM_OPENS, OPENER_OPENS = FirstChars(ITEM_MARK), FirstChars(OPENERS)


def _opened(clause: str) -> str:
    """A clause without its list item's mark and the words that open it without naming
    its scope (``comparable.OPENERS``: 其中, 二是, a year)."""
    clause = clause.strip()
    if ITEM_OPENS.opens(clause, 0):
        clause = ITEM_MARK.sub("", clause, count=1)
    return OPENERS.sub("", clause, count=1) if OPENER_OPENS.opens(clause, 0) else clause


# The clause breaks of a sentence (``rules.exclusions.CLAUSE_BREAK_NOT_LINE``'s: a line
# break in a sentence is a PDF's wrap).
CLAUSE_ENDS = ",，;；。:：!?！？"


def _clause_before(sentence: str, upto: int) -> str:
    """``period_kinds.clause_before(sentence, upto, CLAUSE_REACH)``, read with a string's
    own search: each mention's sentence is a string of its own, so the breaks the rules
    find once a text are not there to be read, and a regex scan of each would cost more
    than these searches of a short window."""
    lo = max(0, upto - CLAUSE_REACH)
    cut = max(sentence.rfind(c, lo, upto) for c in CLAUSE_ENDS)
    return sentence[cut + 1 if cut >= 0 else lo : upto]


def clause_place(m: Mention, doc_place: str | None = None) -> str | None:
    """The place ``m``'s own clause names as its subject (``own_clause``): read from the
    last item of a list in it (其中东湖区28亿元、西湖区30亿元: 西湖区 for 30亿元) when that item
    opens with a place, else from the clause's opening; ``doc_place``: the report's own."""
    clause = _clause_before(m.sentence, m.at_in_sentence)
    if _names_no_level(clause):
        return None
    if "、" in clause:
        item = subject_place(_opened(clause.rsplit("、", 1)[1]), m, doc_place)
        if item is not None:
            return item
    opened = _opened(clause)
    return several_places(opened, m) or subject_place(opened, m, doc_place)


def _sets_scope(clause: str) -> bool:
    """Whether a clause opens with a scope or a place of its own (``carried_subject``); a
    chain that is no place (占全市的23%: 占全市 ends in a scope word) sets none."""
    if _names_no_level(clause):
        return False
    opened = _opened(clause)
    if SCOPE_OPENS.match(opened):
        return True
    pieces = place_chain(opened)
    return bool(pieces) and not _per_unit("".join(pieces)) and _cut(pieces) > 0


def carried(previous: Mention, m: Mention) -> bool:
    """Whether ``m`` goes on with the subject of ``previous``, the figure before it in its
    sentence (``carried_subject``)."""
    if previous.sentence_start != m.sentence_start or previous.sentence != m.sentence:
        return False
    between = m.sentence[previous.char_end - m.sentence_start : m.at_in_sentence]
    if SUBJECT_ENDS.search(between):
        return False
    return not any(_sets_scope(c) for c in COMMA.split(between)[1:])


def with_figure_places(
    mentions: Iterable[Mention], level: str | None = None, doc_place: str | None = None
) -> list[Mention]:
    """The mentions of one document (in reading order), each with its ``figure_place``;
    a figure whose place is the document's own (its level ``level``, place ``doc_place``)
    and opens its metric has a ``metric`` and a ``metric_key`` without it
    (``own_place_key``)."""
    out: list[Mention] = []
    previous: Mention | None = None
    for m in mentions:
        # (a report of no level names no government: its "place" is no own name)
        place = clause_place(m, doc_place if level else None)
        if place is None and previous is not None and previous.figure_place is not None:
            place = previous.figure_place if carried(previous, m) else None
        if place is not None:
            key = own_place_key(m, place, level, doc_place)
            metric = m.metric if key == m.metric_key else own_place_metric(m.metric, place)
            m = replace(m, figure_place=place, metric=metric, metric_key=key)
        out.append(m)
        previous = m
    return out


# ``own_place_key``: a report names its own place as the subject before a metric (北岗县地区
# 生产总值增长6.2% in 北岗县's report, 青阳市规模以上工业增加值 in 青阳市's): the place is
# the figure's ``figure_place``, and what is counted is the name after it, so the key its
# plan links, trends and statistics group by leaves it off (地区生产总值, as its target
# 全县地区生产总值增长6%左右 is keyed), and so does its ``metric``, the name of what is
# counted, as a scope (全县) is left off: a row of a link or a trend shows the name its key
# is of (``own_place_metric``; the words as written stay in ``metric_phrase``). Counter:
# another government's place stays in the key and the metric (东湖县地区生产总值 in a city's
# review: its figure is left out of the city's links, and its key keeps it apart from the
# city's in the statistics); a key that is the place alone, or leaves fewer than two
# characters, is kept.
OWN_KEY_REST = 2


def own_place_key(m: Mention, place: str, level: str | None, doc_place: str | None) -> str | None:
    """``m``'s ``metric_key`` without ``place`` at its head, where ``place`` is the report's
    own (see ``own_place_key``), else as it is."""
    key = m.metric_key
    if not key or not key.startswith(place) or foreign_place(place, level, doc_place):
        return key
    rest = key[len(place) :].removeprefix("的")
    return rest if len(rest) >= OWN_KEY_REST else key


def own_place_metric(metric: str | None, place: str) -> str | None:
    """``metric`` without the report's own ``place`` (and a 的 after it) at its head, as
    its key leaves it off (``own_place_key``): the place is the figure's subject, its
    ``figure_place``, as a scope (全县) is no word of what is counted; the words as
    written stay in ``metric_phrase``."""
    if not metric or not metric.startswith(place):
        return metric
    rest = metric[len(place) :].removeprefix("的")
    return rest if len(rest) >= OWN_KEY_REST else metric


def foreign_place(place: str | None, level: str | None, doc_place: str | None) -> bool:
    """Whether a figure whose own place is ``place`` speaks of another government than its
    document's (level ``level``, place ``doc_place``): a masked place always (never equal);
    a named one unless it is the document's place or a chain of it (青石县 in 南岭市青石县's
    report); under a document that names no place (区教育局), one of another level."""
    if place is None:
        return False
    if is_masked_place(place) or SEVERAL_PLACES.fullmatch(place):
        return True  # (two hidden names may be any two; several are none of them)
    if doc_place is None or is_masked_place(doc_place):
        return level is not None and place_level(place) != level
    return not (place == doc_place or doc_place.endswith(place) or place.endswith(doc_place))
