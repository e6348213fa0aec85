"""Trimming a metric phrase: fillers, periods, quotes and brackets off its ends.

Contract: ``trim(sentence, s, e)`` and ``trim_ends`` return the narrowed span; they
never widen it.
"""

from __future__ import annotations

from typing import Final

import regex

from metrics import regex_cache
from metrics.context.clauses import last_opening
from metrics.context.periods import (
    PERIOD_OPENING_HAN,
    PERIOD_PLAIN,
    YEARLY_AVERAGE,
    period_at,
    period_search,
)
from metrics.context.word_bounds import (
    BODY_FUNDS,
    bounds,
    for_whom,
    head_deed,
    opening_deed,
    part_of_set,
    places,
)
from metrics.context.word_bounds import words as segmented
from metrics.context.words import (
    AREA_DEED,
    AREA_OPENING,
    BARE_NOUNS,
    EFFORT_BEFORE_DEED,
    EFFORT_IDIOM,
    EFFORT_WORD,
    LEADING_FILLER,
    LEADING_SCOPE,
    LEADING_VERB,
    MID_CUT,
    NOUN_TAIL,
    OPEN_OR_CLOSE,
    TRAILING_FILLER,
    VERB_WORD,
    WHO_WORKED,
)
from metrics.gates import Ends, FirstChars, may_open_in
from metrics.rules.openers import HAN_BLOCK, Steps
from metrics.segment.grid import RESIDENT_GROUP

# The Han block's ends as this module's own constants (the compiled build reads a Final
# name of its module directly, an imported one from the module's dict at each use).
HAN_FIRST: Final = HAN_BLOCK[0]
HAN_LAST: Final = HAN_BLOCK[1]
# A group of residents in brackets after a name is whose figure it is, not a remark: a
# survey's table and its prose write 人均可支配收入（城镇居民）, （农村常住居民）, （全体居民）
# where a review writes 城镇居民人均可支配收入: whose income it is (the urban and the rural
# residents' are two series, never one). It stays in the metric (its key drops the
# brackets: the plan links and trends read it as the name with the group first). Counter:
# a remark (（含高职）, （不含农户）, （PM2.5）, （次）) names nothing more and is trimmed.
GROUP_IN_BRACKETS: Final = regex_cache.compile(rf"(?<=\p{{Han}})[(（]{RESIDENT_GROUP}[)）]$")
# Every word MID_CUT cuts at holds one of these (已, 共计, 累计, 等方式, 有, 涉及, 带动, 覆盖,
# 惠及, and the 的 that ends a sorting span) or is 发现: a phrase with none is not scanned.
MID_CUT_CHARS: Final = frozenset("已共累等有涉带惠覆的")
# A yearly average after the name (城镇新增就业年均4000人以上, 新建农村公路平均每年120公里,
# 人工造林年平均2万亩) is the figure's scope (its period_kind says average), no word of what
# is counted; inside a name it stays (细颗粒物年均浓度, 年平均气温 do not end with it).
TRAILING_SCOPE: Final = YEARLY_AVERAGE
# ONLY_SCOPE: such a word alone names nothing either: a clause that opens with it before a
# second 分别 (…分别达到8960元和3420元，年均分别增长10.2%和7.6%; 城乡居民人均收入分别达到3.59万元
# 和1.86万元，年均分别增长10.8%和12.1%; …年平均分别增长2.1%和3.4%) counts what the clause
# before named, dealt again or carried, as 同比分别增长 and 年均增长 without 分别 already did.
# (Counter: 细颗粒物年均浓度, 年均气温 name a level; 城镇新增就业年均4000人 is cut as before.)
# The close of a base a figure builds on (在上年836亿元的基础上增长10%, 在去年1200户基础上
# 再增加500户): what follows it speaks of the thing the base counts, so it names nothing.
BASE_CLOSE: Final = ("的基础上", "基础上")
# The basis a change is reckoned on (一般公共预算收入31.5亿元，同口径增长2.6%; 税收收入按同
# 口径计算增长5.5%; 地区生产总值320亿元，按可比价格计算增长5.6%; 人均可支配收入2.1万元，
# 扣除价格因素实际增长6.2%): how it is counted, not what; the change is of the figure before.
BASIS: tuple[str, ...] = ("按同口径计算", "同口径", "按可比价格计算", "按可比价计算")
BASIS += ("按可比口径计算", "扣除价格因素后", "扣除价格因素")
BASE_OR_BASIS: Final = BASE_CLOSE + BASIS  # what a name may open with that names nothing
# …and its opening, a year before the base figure (规模以上工业总产值在上年836亿元的基础上,
# 城镇新增就业在2024年4200人的基础上): the time of the base, no word of the thing.
BASE_OPEN: Final = regex_cache.compile(
    r"在(?:上年|去年|前年|上一年|(?:19|20)\d{2}年)(?:同期|底|末)?$"
)
# The leading filler (some 280 alternatives) tried a word at a time, each word among the
# alternatives that can open with the characters where it stands.
# (asked whole, on its ``re`` twin, also past ``WARM_CALLS``: a corpus run's 1,684 asks
# 7.6 ms so, against 12.1 ms by the steps on ``regex`` and 10.1 ms on twins; the phrase
# lead's steps stay faster, 1.6 against 2.8 ms)
LEADING_STEPS: Final = Steps(LEADING_FILLER, steps=False)
# The trailing filler searched only where one of its words can close the phrase.
TRAILING_ENDS: Final = Ends(TRAILING_FILLER)
# What opens a sub-clause without being part of a phrase as written: scope words (全年,
# 全县, 其中), periods, spaces and quotes; a verb stays (新增城镇就业, 投入资金).
PHRASE_LEAD: Final = regex_cache.compile(rf"(?:{LEADING_SCOPE}|{PERIOD_PLAIN}|\s)+")
PHRASE_LEAD_STEPS: Final = Steps(PHRASE_LEAD)  # a word at a time (``rules.openers``)


def trim(sentence: str, s: int, e: int) -> tuple[int, int]:
    """Trim fillers and periods from both ends of ``sentence[s:e]``; a subject before
    已/累计 goes too (街道已完成财政税收 → 财政税收), unless nothing but verbs follows it
    (养育标准已分别提高到 → 养育标准). A cut falls between words only (``word_bounds``):
    获 is no deed in 获嘉县地区生产总值 nor 共 a subject's end in 公共建设投资."""
    clause = (s, e)
    # a period after a short subject names no thing: 高新区*-*月规上工业主营收入 →
    # 规上工业主营收入; after a long one it splits a name (…水源地前三季度水质达标率)
    m = period_in(sentence, s, min(e, s + 24))
    if m and m.start() - s <= 4 and e - m.end() >= 2:
        s = m.end()
    cut = None
    words = sentence[s:e]
    if not MID_CUT_CHARS.isdisjoint(words) or "发现" in words:
        for m in MID_CUT.finditer(sentence, s, e):
            if e - m.end() >= 2 and _between_words(sentence, clause, m.start(), m.end()):
                cut = m
    if cut is not None:
        after = trim_ends(sentence, cut.end(), e, clause)
        if after[1] > after[0] and cut.group() in SCOPE_CUTS and after[0] == cut.end():
            # a verb no list holds after the scope word opens the deed (中心累计代办社保业务)
            head = opening_deed(sentence, after[0], after[1], scoped=True)
            after = trim_ends(sentence, head, after[1], clause) if head > after[0] else after
        if after[1] > after[0]:
            return after
        e = cut.start()
    s, e = trim_ends(sentence, s, e, clause)
    opened = _subject_opened(sentence, clause[0], s, e)
    if opened > s:  # who worked and how, or where: the deed and its object follow
        s, e = trim_ends(sentence, opened, e, clause)
    head = head_deed(sentence, s, e)
    if head == s and _scope_only(sentence, clause[0], s, e):
        head = opening_deed(sentence, s, e, scoped=s > clause[0])
    elif head == s and sentence[clause[0] : s].endswith("为"):
        head = for_whom(sentence, s, e)  # 全年为农户兑付耕地地力保护补贴: what is done
    if head == s and "中" in sentence[s:e]:
        head = part_of_set(sentence, s, e)  # 规上工业企业中民营企业: the part
    # past who did the work, the words left are trimmed as a name's start is (主动检查 -> …)
    return trim_ends(sentence, head, e, clause) if head > s else (s, e)


AREA_OPENS: Final = FirstChars(AREA_OPENING)  # (asked only where an area can open)


def _subject_opened(sentence: str, lo: int, s: int, e: int) -> int:
    """Where the name ``sentence[s:e]`` begins past the subject of its deed, when the words
    trimmed before ``s`` (from ``lo``, the sub-clause's start) were scope words only: who
    worked and how hard (``effort_opened``) or the area worked in (``area_opened``); else
    ``s``. After a verb of work done was trimmed the words left are its object, whose
    words name it whole (获得省政府真抓实干督查激励事项, 创建城区共同缔造示范点)."""
    if e - s < 4:
        return s
    # (one search for any word of effort: most names hold none; a partner joined by 与, 和
    # or 同 works with the body before it, 县妇联与各乡镇共同开展: the words trimmed are
    # scope words all the same)
    window = sentence[s:e]
    if (
        may_open_in(EFFORT_WORD, window)  # (none of its words' first characters: no call)
        and EFFORT_WORD.search(sentence, s, e) is not None
        and (lo == s or PHRASE_LEAD_STEPS.end(sentence, lo, e) >= s)
    ):
        cut = effort_opened(sentence, s, e)
        if cut > s:
            return cut
    if AREA_OPENS.opens(sentence, s, e) and AREA_OPENING.match(sentence, s, e) is not None:
        return area_opened(sentence, s, e) if _scope_only(sentence, lo, s, e) else s
    return s


def effort_opened(sentence: str, s: int, e: int) -> int:
    """effort_before_deed: where the name ``sentence[s:e]`` begins past who worked and a
    word of effort before the deed (``EFFORT_BEFORE_DEED``: 全体干部职工齐心协力完成税收
    收入, 全县上下攻坚克难实现…, 县林业局与各乡镇共同开展…), at the deed; else ``s``. Who
    worked (``WHO_WORKED``): a place, a body, its people, or nothing, with no verb of work
    done among them. Before a noun the word of effort is part of a name (攻坚克难先进集体,
    共同富裕示范村, 团结奋进党员示范岗: no deed follows)."""
    for m in EFFORT_WORD.finditer(sentence, s, e):
        who = WHO_WORKED.fullmatch(sentence, s, m.start())
        if not who or VERB_WORD.search(sentence, s, m.start()) is not None:
            continue
        if EFFORT_BEFORE_DEED.match(sentence, m.start(), e):
            return m.end()
        if EFFORT_IDIOM.fullmatch(m.group()) and _verb_then_object(sentence[m.end() : e]):
            return m.end()  # (the verb, no listed one, stays: 抢修水毁工程, as after 全年)
    return s


def _verb_then_object(text: str) -> bool:
    """Whether ``text`` opens with a verb of two characters or more (flag ``v``, the
    dictionary's) and has two characters or more after it."""
    ws = segmented(text)
    return len(ws) > 1 and ws[0][1] == "v" and len(ws[0][0]) >= 2 and len(text) - len(ws[0][0]) >= 2


# The nouns a verb opens (建设资金, 改造项目, 改造面积, 建设规模, 治理任务, 建设用地): with
# such a noun after it the verb names what is counted with it, no deed done to it.
NOUN_OPENED: Final = tuple(sorted(BARE_NOUNS | BODY_FUNDS | {"指标", "计划", "用地"}))
# a second verb of work done after the first (提升改造, 新建改造)
AREA_VERB: Final = regex_cache.compile(f"(?:{LEADING_VERB})")


def area_opened(sentence: str, s: int, e: int) -> int:
    """area_before_deed: where the name ``sentence[s:e]`` begins past an area that opens it
    (``AREA_OPENING``: 城区, 县域, 各乡镇, 各村) when a deed follows it, maybe after scope
    words and pledges (``AREA_DEED``: 各镇街累计建成, 城区计划改造): a verb of work done that
    ends a word of its own (the dictionary's) and takes an object or a 的 (城区新增公共充电
    桩, 各村建立的互助站); else ``s``. Before a noun the area names what is counted (城区
    道路保洁率, 各村卫生室), and so it does before a verb that opens a noun: a verb inside a
    word (建设用地, 保障性住房), or one before a noun it makes (城区改造面积, 城区建设资金,
    城区改造项目完成投资: the projects' investment; ``NOUN_OPENED``)."""
    area = AREA_OPENING.match(sentence, s, e)
    if area is None:
        return s
    deed = AREA_DEED.match(sentence, area.end(), e)
    if deed is None or deed.end() >= e:
        return s  # no deed, or a verb with nothing after it
    span = sentence[area.end() : e]
    at = deed.end() - area.end()
    if at not in bounds(span):
        return s  # the verb opens a longer word (保障性住房)
    # (two deeds in a row before the object: 提升改造道路; before a noun they open it too,
    # 改造提升项目)
    more = AREA_VERB.match(span, at)
    while more is not None and more.end() < len(span) and more.end() in bounds(span):
        at = more.end()
        more = AREA_VERB.match(span, at)
    if span.startswith(NOUN_OPENED, at) or (span[at] in NOUN_TAIL and at + 1 in bounds(span)):
        return s  # a noun the verb opens (改造|面积, 建设|资金投入, 建设|用地, 改造|率)
    return area.end()


# The cuts of MID_CUT that are scope words (a subject before them: 服务中心累计代办…):
# the words after them open with the deed, as after 全年.
SCOPE_CUTS: Final = frozenset({"已经", "已", "共计", "累计"})


def _scope_only(sentence: str, lo: int, s: int, e: int) -> bool:
    """Whether the words of ``sentence[lo:s]`` trimmed off a name's start (a sub-clause's,
    not a list item's after 、) were scope words only (全年, 累计, 全县, a year, or none): no
    verb of work done was trimmed, so a verb at ``s`` is the deed's own (全年放映农村公益
    电影), while after a trimmed verb it is part of the noun (化解信访积案, 查处破坏森林资源
    案件); after 其中 a part is named, the verb sorting it (其中涉外公证事项)."""
    if sentence.startswith("其中", lo) or sentence[lo:s].rstrip().endswith(NOUN_GOVERNORS):
        return False
    if sentence[lo - 1 : lo] == "、":
        return False  # an item of a list shares the verb before it (修改、废止政府规章)
    # (read up to the name's end: an office is known by the words after it, 县住建局|开工)
    return lo == s or PHRASE_LEAD_STEPS.end(sentence, lo, e) >= s


# Words among the scope words that govern a noun after them, not a deed: 共有注册志愿者,
# 下达整改通知书, 对重点企业, 为困难群众 (a noun phrase follows; its verb sorts its noun).
NOUN_GOVERNORS: tuple[str, ...] = ("有", "是", "下达", "下达的", "对", "为", "向", "将", "把")
NOUN_GOVERNORS += ("由", "于", "与", "和", "及", "的", "了", "通过", "利用", "依托", "结合")
NOUN_GOVERNORS += ("围绕", "按照", "根据")


def _between(sentence: str, s: int, e: int) -> frozenset[int]:
    """The offsets of ``sentence[s:e]`` between its words, as offsets of ``sentence``."""
    return frozenset(s + k for k in bounds(sentence[s:e])) if e > s else frozenset({s})


def _between_words(sentence: str, clause: tuple[int, int], *at: int) -> bool:
    """Whether each offset ``at`` falls between two words of the ``clause`` (the segmenter
    is asked only when a cut is to be made)."""
    between = _between(sentence, clause[0], clause[1])
    return all(k in between for k in at)


def _word_kept(sentence: str, s: int, led: int, between: frozenset[int]) -> int:
    """Where the leading filler stops when it ended at ``led`` inside a word: before the
    word, when the filler took only that word's first character as a word of its own (获 of
    获嘉县, 获救; 达 of 达州市) or the word is a place name (新建 of 新建区), and the filler
    stops at the word's start by itself; else at
    ``led`` (a year that ends with the first character of a word the dictionary reads there,
    2018年|关区, or a listed verb of two characters the dictionary joins to its object, 减免|税费:
    the filler's word is whole)."""
    first = max(b for b in between if b < led)
    if LEADING_STEPS.end(sentence, s, first) != first:
        return led
    if led - first == 1 or _is_place(sentence, between, first):
        return first
    return led


def _is_place(sentence: str, between: frozenset[int], at: int) -> bool:
    """Whether the word at ``at`` of the span whose words are ``between`` is a place name."""
    lo, hi = min(between), max(between)
    return at - lo in places(sentence[lo:hi])


def period_in(text: str, pos: int, endpos: int) -> regex.Match[str] | None:
    """``PERIOD.search(text, pos, endpos)``, without the call where every character is a
    Han character no period opens with (``periods.period_at``), or where the sentence's
    periods answer (``periods.period_search``)."""
    window = text[pos:endpos]
    if not window:
        return None
    all_han = min(window) >= HAN_FIRST and max(window) <= HAN_LAST
    if all_han and PERIOD_OPENING_HAN.isdisjoint(window):
        return None
    return period_search(text, pos, endpos)


def trim_ends(
    sentence: str, s: int, e: int, clause: tuple[int, int] | None = None
) -> tuple[int, int]:
    """Strip marks, periods and fillers from both ends of ``sentence[s:e]`` until none is
    left. The fillers' patterns (long alternations, the costliest calls of a figure) are
    not asked again about a span they already answered for: ``lead_done`` is where the
    leading filler stopped, with the end it was given (a greedy repeat that stopped at a
    position matches nothing more there, its look-behinds seeing the same text), and
    ``trail_done`` the span the trailing filler last searched and found nothing to cut in.
    With ``clause`` (the span ``trim`` was given, whose words are read), the leading filler
    keeps a word whole that it would cut in two (获救遇险群众: ``_word_kept``).
    """
    lead_done = trail_done = (-1, -1)
    while True:
        before = (s, e)
        while s < e and sentence[s] in OPEN_OR_CLOSE:
            if sentence[s] == "“" and sentence.find("”", s + 1, e) > 0:
                break  # a quote that closes inside the name opens it: “四上”企业
            s += 1
        if s >= e:
            return s, e  # nothing is left to trim
        m = period_at(sentence, s, e)
        if m:
            s = m.end()
        if (s, e) != lead_done:
            led = LEADING_STEPS.end(sentence, s, e)
            if clause is not None and led > s and not _between_words(sentence, clause, led):
                led = _word_kept(sentence, s, led, _between(sentence, clause[0], clause[1]))
            s = led
            lead_done = (s, e)
        e -= _trailing_scope(sentence, s, e)  # before the filler takes 平均 of 年平均
        base = BASE_OPEN.search(sentence, s + 2, e) if sentence.find("在", s, e) >= 0 else None
        e = base.start() if base else e
        # (each list of words is asked in one call first: few spans open or end with one)
        if sentence.startswith(BASE_OR_BASIS, s, e):
            s += next((len(w) for w in BASE_OR_BASIS if sentence.startswith(w, s, e)), 0)
        if sentence.endswith(BASIS, s + 2, e):
            e -= next((len(w) for w in BASIS if sentence.endswith(w, s + 2, e)), 0)
        if (s, e) != trail_done:
            m = None
            if TRAILING_ENDS.may_end(sentence, s, e):
                m = TRAILING_FILLER.search(sentence, s, e)
            if m and m.start() < e:
                e = m.start()
            else:
                trail_done = (s, e)
        while e > s and sentence[e - 1] in ' \t"“':
            if sentence[e - 1] == '"' and sentence.count('"', s, e) % 2 == 0:
                break  # the close of a name quoted in ASCII marks: 新一轮"平安校园"
            e -= 1
        if s < e and sentence[s] in "(（":  # so does one that opens it: （初审）渣土线路
            close = max(sentence.find(")", s, e), sentence.find("）", s, e))
            s = close + 1 if close > 0 else s + 1
        if e > s and sentence[e - 1] == "”" and "“" not in sentence[s:e]:
            e -= 1  # the close of a quote whose opening was trimmed: “三会一课”
        if e - s > 2 and sentence[s] == "“" and sentence.find("”", s + 1, e) == e - 1:
            s, e = s + 1, e - 1  # a name quoted whole: “僵尸车”
        if e > s and sentence[e - 1] in ")）" and not GROUP_IN_BRACKETS.search(sentence, s, e):
            opening = last_opening(sentence, s, e)  # a remark in brackets names nothing more
            e = opening if opening > s else e - 1
        if (s, e) == before:
            return s, e


def _trailing_scope(sentence: str, s: int, e: int) -> int:
    """The length of a ``TRAILING_SCOPE`` word that ends ``sentence[s:e]`` after a name of
    two characters or more, or that is the whole span (``ONLY_SCOPE``), else 0."""
    if not sentence.endswith(TRAILING_SCOPE, s, e):
        return 0  # (most names end with none of them: one call asks for all)
    for word in TRAILING_SCOPE:
        rest = e - len(word) - s  # what names the thing before it: two characters, or none
        if sentence.endswith(word, s, e) and (rest >= 2 or rest == 0):
            return len(word)
    return 0
