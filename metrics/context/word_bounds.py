"""Words of a short span, from a word segmenter: where a cut of a metric's name may fall.

Contract: ``words(text)`` are the words of ``text`` with their part-of-speech flags, as
jieba's dictionary segments it (the ``rjieba`` binding, dictionary words only: no word is
guessed); ``bounds(text)`` the offsets between them (0 and ``len(text)`` among them),
``places(text)`` the offsets where a place name begins. All are pure functions of
``text``, cached, and read the dictionary on their first call only (a run
that names no metric never pays for it).

Loading: ``rjieba`` parses its whole dictionary at import (349 046 words: 0.12 s and 30
MiB), while a small report segments a few dozen short spans that hold a few hundred of
them. The segmenter's choice between the ways to cut a span depends only on the words
that occur in the span and on the sum of all frequencies, so the spans are segmented by
an empty ``rjieba.Jieba`` given, before each span, the dictionary words that occur in it
(read a first character at a time from ``jieba_words.txt``, jieba's own dictionary,
sorted: ``tools/jieba_words.py``) and a stand-in word that holds the rest of the total
and can occur in no span. Once many words have been read (a large input), the whole
dictionary is loaded as before: the cuts are the same either way.

Why: the lists of ``context.words`` cut a name at a word they know (获, 共, 达, 新建), and a
listed word is also the first character of words they do not know (获嘉县, 获救, 公共,
达州市): a cut there splits a word (嘉县地区生产总值, 救遇险群众). A segmenter knows far
more words than any list we keep, so a cut is taken only where it falls between words.
A place name the dictionary splits before its level (新建|区, 获鹿|镇) is joined again: a
place word followed by the one character of its level is one name.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import mmap
import sys
import threading
from collections.abc import Callable
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any, Final

from metrics import regex_cache
from metrics.lexicon.verbs import DEED_VERBS
from metrics.lexicon.words import LEVY_END, PLEDGES
from metrics.opening import held_literals

# The level of a place, written after its name (新建区, 获鹿镇, 开化县).
PLACE_LEVEL: Final = frozenset("省市县区镇乡村州旗盟")

Tagger = Callable[[str, bool], list[tuple[str, str]]]
_tag: Tagger | None = None

# jieba's dictionary, its lines sorted by their bytes after a header (tools/jieba_words.py),
# found from the package (a module compiled by mypyc has no ``__file__`` beside its source:
# the file would not be found there, and the whole dictionary loaded at the first name)
WORDS_FILE: Final = Path(str(files("metrics.context").joinpath("jieba_words.txt")))
# The words read a first character at a time before the whole dictionary is loaded
# instead: a report of some pages reads 10-30 thousand (0.3 µs each, with the search for
# them in its spans), the whole dictionary costs 0.12 s; a large input passes it at once.
READ_BUDGET = 120_000  # (not Final: tests set it, and the compiled build inlines a Final int)
# The word that holds the frequencies of the words not given to the segmenter: jieba-rs
# segments only runs of Han characters, ASCII letters, digits and +#&._%, and outside them
# cuts one character at a time (a line break "\r\n" apart), so no span holds it as a word.
STAND_IN: Final = "。。"


_made: Final = threading.Lock()  # (two threads' first names would load the extension twice)


def _tagger() -> Tagger:
    global _tag
    if _tag is None:
        with _made:
            if _tag is None:
                jieba = _extension()
                whole = jieba is None or not WORDS_FILE.exists()
                _tag = _whole() if whole else _Partial(jieba)
    return _tag


def _whole() -> Tagger:
    """rjieba's own segmenter with its whole dictionary (loaded here, at the first name)."""
    import rjieba

    return rjieba.tag  # type: ignore[no-any-return]


def _extension() -> Any:
    """rjieba's compiled module, without its package's ``__init__`` (which loads the whole
    dictionary into a default segmenter); None where it is not where rjieba 0.2 keeps it."""
    spec = importlib.util.find_spec("rjieba")
    folders = list(spec.submodule_search_locations or []) if spec else []
    found = importlib.machinery.PathFinder.find_spec("rjieba.rjieba", folders)
    if found is None or not isinstance(found.loader, importlib.machinery.ExtensionFileLoader):
        return None
    module = sys.modules.get("rjieba.rjieba")
    if module is None:
        module = importlib.util.module_from_spec(found)
        found.loader.exec_module(module)
        sys.modules["rjieba.rjieba"] = module  # (a later ``import rjieba`` reuses it)
    return getattr(module, "Jieba", None)


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")  # (UTF-8 sorts as the code points do)


class _Partial:
    """A segmenter given only the dictionary words of the spans it has cut (see the
    module's docstring); called as ``rjieba.tag`` is, from any thread (a lock keeps the
    words given and the stand-in's share of the total in step)."""

    def __init__(self, jieba: Any) -> None:
        # mapped, not read: a run touches the pages of the characters of its spans only
        with WORDS_FILE.open("rb") as fh:
            self.data: mmap.mmap | bytes = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        self.first = self.data.find(b"\n") + 1  # the first word's line, after the header
        self.rest = int(self.data[: self.first].decode().rsplit("total=", 1)[1])
        self.segmenter = jieba.empty()
        self.segmenter.add_word(STAND_IN, self.rest, "x")
        self.blocks: dict[str, tuple[dict[str, bytes], int]] = {}
        self.given: set[str] = set()
        self.read = 0
        self.whole: Tagger | None = None
        self.lock = threading.Lock()

    def __call__(self, text: str, hmm: bool) -> list[tuple[str, str]]:
        if self.whole is not None:
            return self.whole(text, hmm)
        with self.lock:
            if self.whole is None:
                self._give(text)
                if self.read <= READ_BUDGET:
                    return self.segmenter.tag(text, hmm)  # type: ignore[no-any-return]
                self.whole = _whole()
                if isinstance(self.data, mmap.mmap):
                    self.data.close()
                self.blocks, self.given, self.data, self.segmenter = {}, set(), b"", None
        return self.whole(text, hmm)

    def _give(self, text: str) -> None:
        """Give the segmenter every dictionary word that occurs in ``text``."""
        added = 0
        n = len(text)
        for i, first in enumerate(text):
            block = self.blocks.get(first)
            if block is None:
                block = self.blocks[first] = self._block(first)
            lines, longest = block
            for j in range(i + 1, min(n, i + longest) + 1):
                word = text[i:j]
                line = lines.get(word)
                if line is not None and word not in self.given:
                    _, freq, flag = line.decode().split(" ")
                    self.segmenter.add_word(word, int(freq), flag)
                    self.given.add(word)
                    added += int(freq)
        if added:
            self.rest -= added  # the total stays that of the whole dictionary
            self.segmenter.add_word(STAND_IN, self.rest, "x")

    def _block(self, first: str) -> tuple[dict[str, bytes], int]:
        """The lines of the words that begin with ``first``, by word, and the longest."""
        start = self._line_from(_utf8(first))
        end = (
            self._line_from(_utf8(chr(ord(first) + 1))) if first < "\U0010ffff" else len(self.data)
        )
        raw = self.data[start:end]
        rows = raw.split(b"\n")
        if rows and not rows[-1]:
            rows.pop()  # (the block ends with its last line's end)
        # Every line is "word freq flag" (tests/test_word_bounds_lexicon.py): the words are
        # every third field of the block decoded once, split by the C of str methods, not a
        # word at a time in Python (a large input reads 120,000 words before the budget).
        fields = raw.decode().replace("\n", " ").split(" ")
        if len(fields) == 3 * len(rows) + (raw[-1:] == b"\n") and b"" not in rows:
            keys = fields[: 3 * len(rows) : 3]
        else:  # (a line of another shape: word by word, as it stands)
            keys = [row[: row.index(b" ")].decode() for row in rows if row]
            rows = [row for row in rows if row]
        lines = dict(zip(keys, rows, strict=True))
        self.read += len(lines)
        return lines, max(map(len, lines), default=0)

    def _line_from(self, key: bytes) -> int:
        """Where the first line that sorts at or after ``key`` begins (binary search)."""
        data, lo, hi = self.data, self.first, len(self.data)
        while lo < hi:
            mid = (lo + hi) // 2
            start = data.rfind(b"\n", 0, mid) + 1
            end = data.find(b"\n", start)
            if data[start:end] < key:
                lo = end + 1
            else:
                hi = start
        return lo


@lru_cache(maxsize=8192)
def words(text: str) -> tuple[tuple[str, str], ...]:
    """The words of ``text`` and their flags, a place name joined to its level."""
    out: list[tuple[str, str]] = []
    for word, flag in _tagger()(text, False):
        if out and out[-1][1] == "ns" and len(word) == 1 and word in PLACE_LEVEL:
            out[-1] = (out[-1][0] + word, "ns")
        else:
            out.append((word, flag))
    return tuple(out)


@lru_cache(maxsize=8192)
def bounds(text: str) -> frozenset[int]:
    """The offsets in ``text`` between its words (0 and ``len(text)`` included)."""
    at, cuts = 0, {0}
    for word, _ in words(text):
        at += len(word)
        cuts.add(at)
    return frozenset(cuts)


@lru_cache(maxsize=8192)
def places(text: str) -> frozenset[int]:
    """The offsets in ``text`` where a place name (flag ``ns``: 获嘉县, 新建区) begins."""
    at, starts = 0, set()
    for word, flag in words(text):
        if flag == "ns":
            starts.add(at)
        at += len(word)
    return frozenset(starts)


# An open class of verbs of work done, read from the dictionary instead of a list: a verb
# (flag ``v``) after the body that did the work, maybe after a scope word, before its
# object (纪委监委全年处置问题线索 -> 问题线索, 县电影公司全年放映公益电影 -> 公益电影,
# 区检察院全年提起公益诉讼 -> 公益诉讼). A verb with no body before it stays: the dictionary
# flags as verbs many words that sort a noun (出院患者, 信访积案, 创业担保贷款).
# What the object may be made of: nouns, names, nouns of verbs, attributes.
OBJECT_FLAGS: Final = frozenset(
    {"n", "nt", "ns", "nz", "j", "nr", "vn", "b", "a", "an", "l", "i", "m", "q", "eng"}
)  # (letters and digits inside a name: 5G基站, 4K超高清频道)
# The verb stays: 发展党员 and 认定 (newly recognised firms) are indicators of their own
# (``lexicon.verbs``); a measure's name keeps the verb that says what it measures
# (城镇登记失业率, 经常参加体育锻炼人数比例, 社会消费品零售总额). 新增 after a body is
# its deed as at a clause's start (new_after_body: 燃气公司新增管道燃气用户 -> 管道燃气用户,
# as 全年新增市场主体 -> 市场主体).
KEPT_VERBS: Final = frozenset({"发展", "认定"})
# the last character of a body that does work (中心, 公司, 检察院, 看守所, 政协)
# (not 部 or 会 alone: 老干部, 社会 are people and society; 城市 is no place of its own; a
# word of two characters is a body only with 委, 纪委 and 监委: 公办, 住院, 带队 are none)
BODY_CHARS: Final = tuple(
    "委院处站局办所队馆社协联团科校狱"
)  # (科: an office's section, 物业管理|科)
# (校, 狱: a school and a prison that do work, 市委党校|全年举办, 县职业技术学校全年培训, 市第二
# |监狱|全年收押; a school of two characters alone is none, 高校, 驾校, nor after a place:
# 全县中小学校 before a measure stays a name, a body with no scope word before it)
BODY_WORDS: tuple[str, ...] = ("中心", "公司", "集团", "银行", "总会", "协会", "常委会", "办公室")
BODY_WORDS += ("部门",)
# (部门: a field's department named by its field, 卫生健康部门, 医保|部门, 市场监管部门)
# A department (部) of three characters or more is a body too (人武部, 武装部, 指挥部,
# 组织部, 营业部), but not cadres (干部, 村干部, 离退休干部: people) nor a part named by
# where it lies (中西部, 东北部, 内部, 全部).
NOT_BODY_PART: Final = frozenset("干东西南北中内外上下前后全局")
# the last characters of bodies, places and organisations: a span with none of them is
# not segmented (most are not)
BODY_LAST: Final = frozenset("委院处站局办所队馆社协联团心司行会织校狱") | PLACE_LEVEL
# ...and a department, a section or an office (人武部, 物业管理科, 办公室), looked for only
# where 部 and 科 do not stand in the common words that hold them (干部, 部门, 部分, 全部,
# 科技, 科学, 学科): segmenting every span that holds them cost 3 % of a run's CPU
BODY_TAIL: Final = regex_cache.compile(
    r"(?<![干全内外东西南北中局细大])部(?![分署件位长队])"
    r"|(?<![学本专百工理文医])科(?![技学研普目室])|办公室"
)
# a character every match of BODY_TAIL holds one of (部, 科, 办), read from it: a span
# with none is not searched
BODY_TAIL_HOLDS: Final = frozenset(w[0] for w in held_literals(BODY_TAIL))
# works_before_scope: a works named by its site (机场, 农场, 林场, 种猪场, 处理厂, 煤矿,
# 码头, 港口) before a scope word is the body that reports the figures after it, as an
# office is (市机场全年旅客吞吐量 -> 旅客吞吐量, 县牧场全年出栏肉牛 -> 肉牛, 县港口码头全年
# 货物吞吐量 -> 货物吞吐量). Only before a scope word: without one the site sorts what is
# counted (机场旅客吞吐量 is the airport's own measure in a city's list, 林场职工). A market
# as a whole trade is none (房地产市场全年销售面积, 劳动力市场), nor a square or a scene
# (广场, 现场).
WORKS_ENDS: Final = ("场", "厂", "矿", "码头", "港口")
NOT_WORKS: Final = ("市场", "广场", "现场", "战场", "立场", "会场", "剧场", "考场")
# ...and so is a system's body that the dictionary files as a place (海关/ns, 垦区/ns) or
# as a plain noun (农垦), before a scope word: the customs and the reclaimed land's bodies
# report their own work (海关全年监管进出口货物 -> 进出口货物, 垦区全年粮食总产量 -> 粮食
# 总产量, 农垦全年完成); without one the word sorts what is counted (垦区粮食总产量 in a
# province's list), and a customs district is a place (关区进出口货值).
SYSTEM_BODIES: Final = frozenset({"海关", "垦区", "农垦"})
# where a span holds such a works before a scope word (looked for before any segmenting)
WORKS_BEFORE_SCOPE: Final = regex_cache.compile(
    r"(?:场|厂|矿|码头|港口|海关|垦区|农垦)(?:全年|今年|当年|年内|累计)"
)
# (a span with none of them holds no works: not searched)
WORKS_HOLDS: Final = frozenset("场厂矿头口关垦")
# what a body owns rather than counts: 中心建设资金, 县党群服务中心建设项目
BODY_FUNDS: Final = frozenset({"资金", "项目", "经费", "工程", "任务", "投资"})
# the verbs of work done the lexicon lists (完成, 实现, 办理, 收到)
DEED_SURFACES: Final = frozenset(w.surface for w in DEED_VERBS)
MEASURE_END: tuple[str, ...] = ("率", "比例", "比重", "指数", "人数", "人次", "量", "额", "总值")
MEASURE_END += ("值", "数", "收入", "面积", "密度")  # 快递业务收入, 展览面积, 免疫密度


def head_deed(sentence: str, s: int, e: int) -> int:
    """Where the name ``sentence[s:e]`` begins past who did the work and a verb of work done
    (see ``OBJECT_FLAGS``), or ``s``: a body (``_is_body``), maybe scope words (全年, 今年,
    flags ``m``, ``t``, ``d``), then a verb (flag ``v``, or a listed verb of work done; after
    a scope word also a word of two characters the dictionary files as a noun of a verb or
    a noun, 全年清运生活垃圾, 全年办理公证事项: after 全年 a deed follows, while 中心建设资金
    is the centre's fund), then its object, nouns of at least two characters that name no
    measure (a listed verb takes any object: 实现地区生产总值). A body and a scope word with
    no verb after them name no thing either (中心血站全年无偿献血人数 -> 无偿献血人数); a verb
    alone after a body and an adverb names nothing (党组织按期换届87个 keeps the bodies)."""
    span = sentence[s:e]
    if len(span) < 4 or (
        BODY_LAST.isdisjoint(span)
        and "在" not in span
        and (BODY_TAIL_HOLDS.isdisjoint(span) or not BODY_TAIL.search(span))
        and not any(verb in span for verb in RESULT_DEEDS)
        and (WORKS_HOLDS.isdisjoint(span) or not WORKS_BEFORE_SCOPE.search(span))
    ):
        return s
    ws = words(span)
    where = _where_done(ws, span) or _result_of_subject(ws, span)
    if where:
        return s + where
    at, actor, scoped = 0, False, False
    for i, (word, flag) in enumerate(ws):
        if actor and (_scope_word(word, ws[i + 1 : i + 2]) or _pledge(word, ws[i + 1 : i + 2])):
            # 累计, 共计 (filed as verbs, 累计 listed), 新 before a verb: scope, not the deed
            scoped, at = True, at + len(word)
            continue
        if actor and _new_verb(word):
            flag = "v"  # 新开通, 新开工: a verb said to be new
        if actor and not scoped and _is_body(word, flag, after_body=True):
            at += len(word)  # the body goes on: 中心|血站
            continue
        if scoped and _one_verb_measure(ws[i:]):
            return s + at  # 供水公司全年售|水量 -> 售水量
        if scoped and _split_verb(ws[i : i + 2]):
            # a verb the dictionary lacks, cut into two verbs of one character (揽|收):
            # after a body and a scope word it is the deed, its object any words
            rest, after = ws[i + 2 :], at + len(word) + len(ws[i + 1][0])
            return s + after if _object(rest, span[after:], True) else s
        if actor and len(word) >= 2 and word not in KEPT_VERBS:
            listed = word in DEED_SURFACES
            deed = listed or flag == "v" or (scoped and len(word) == 2 and flag in ("vn", "n"))
            if deed and not listed and flag != "v" and _one_word_of_people(ws[i + 1 :]):
                deed = False  # a noun before people sorts them: 全年出院患者, 住院患者
            then_verb = i + 1 < len(ws) and ws[i + 1][1] in ("v", "vn")
            if deed and flag == "v" and not listed and not then_verb and _holds_object(word):
                deed = False  # it holds its own object and sorts the noun: 小学|正职|干部
            # two verbs in a row after a body: two deeds done to the object after them
            # (指挥部转移安置受灾群众, 住建局计划开工改造老旧小区); a noun the dictionary files
            # for the first is no verb here (全年办理|涉外|公证事项: 涉外 sorts the matters)
            if flag == "v" and then_verb:
                two = _second_deed(ws[i + 1 :], span[at + len(word) :])
                if two:
                    return s + at + len(word) + two
            obj, text = _negated(ws[i + 1 :]), span[at + len(word) :]
            if deed and _object(obj, text, listed):
                return s + at + len(word)
            if deed and scoped and _sorted_object(obj, text):
                # sorted_object_after_scope: after a body and a scope word the deed is sure,
                # and verbs in its object sort the noun it ends in (市医保局全年结算异地就医
                # 费用 -> 异地就医费用, 县住房保障中心全年分配公共租赁住房 -> 公共租赁住房)
                return s + at + len(word)
            if scoped and flag not in SCOPE_FLAGS:
                # (a verb alone after an adverb names nothing: 党组织按期换届87个 counts the
                # bodies; after 全年 it is the deed counted: 急救中心全年出车2.1万次)
                alone = i == len(ws) - 1 and flag == "v" and ws[i - 1][1] == "d"
                return s + at if len(span) - at >= 2 and not alone else s
            if deed:
                return s
        if flag in ("p", "x", "eng") or (actor and flag not in SCOPE_FLAGS):
            return s
        if actor:
            scoped = True
        # (a verb before the body is part of its name: 住房保障中心, 融资担保公司)
        actor = (
            actor
            or _is_body(word, flag, after_body=i > 0 and ws[i - 1][1] != "x")
            or _body_end_as_verb(ws, i)
            or _works_before_scope(ws, i)
        )
        at += len(word)
    return s


def _body_end_as_verb(ws: tuple[tuple[str, str], ...], i: int) -> bool:
    """Whether ``ws[i]``, a body's last character the dictionary cut off and filed as a
    verb (消防|救援|站, 畜牧|站, 渔业|站), or 组织 filed as a verb after what sorts the
    organisation (社会|组织, 集体经济|组织), ends a body: it follows a noun and comes before a
    scope word or a verb (组织: before a verb only), where a body stands before its deed
    (畜牧站全年生猪出栏, 渔业站投放鱼苗, 社会组织开展公益活动); 站 before a noun is a verb
    (群众站岗), 组织 after an office is its deed (教育局组织开展: the office is the body), and
    before a noun of a verb it is what is counted (社会组织登记数量, 社会组织评估覆盖率)."""
    word, flag = ws[i]
    if flag != "v" or not 0 < i < len(ws) - 1:
        return False
    if word == "组织":  # (before a measure it is counted or rated: 社会组织登记数量)
        rest = "".join(w for w, _ in ws[i + 1 :])
        return (
            ws[i - 1][1] in ("n", "vn", "nz", "l")
            and ws[i + 1][1] == "v"
            and not rest.endswith(MEASURE_END)
        )
    return (
        len(word) == 1
        and word in BODY_CHARS
        and ws[i - 1][1] in ("n", "vn", "nz")
        and ws[i + 1][1] in ("m", "t", "v")
    )


def _works_before_scope(ws: tuple[tuple[str, str], ...], i: int) -> bool:
    """Whether ``ws[i]`` is a works named by its site before a scope word (``WORKS_ENDS``)."""
    word, flag = ws[i]
    return (
        len(word) >= 2
        and (
            (flag in ("n", "nz") and word.endswith(WORKS_ENDS) and not word.endswith(NOT_WORKS))
            or word in SYSTEM_BODIES
        )
        and i + 1 < len(ws)
        and ws[i + 1][1] in ("m", "t")
        and WORKS_BEFORE_SCOPE.search(word + ws[i + 1][0]) is not None
    )


def opening_deed(sentence: str, s: int, e: int, scoped: bool = False) -> int:
    """Where the name ``sentence[s:e]`` begins past a verb of work done that opens it with no
    body before it (the caller asks only where the words before ``s`` in the sub-clause are
    scope words, 全年, 累计, 全县, or none), or ``s``. The verb: a word the dictionary flags
    ``v``, of two characters or more, which no list holds (检定计量器具 -> 计量器具, 全年放映
    农村公益电影 -> 农村公益电影, 提起公益诉讼 -> 公益诉讼, 全县累计转移农村劳动力 ->
    农村劳动力). Its object as after a body (``_object``: nouns only, no measure, no fund
    or project alone), and longer than one word of two characters: a verb and a noun of two
    characters each read as one compound noun, the verb sorting the noun (受益群众, 出生人口,
    涉案卷烟, 暂扣车辆, 补助资金, 注册用户), and a measure's name keeps its verb (快递业务
    收入, 免疫密度, 展览面积). With ``scoped`` (scope words stood before ``s``: 全年, 累计)
    the verb may be one the dictionary files as a noun of a verb (全年检测农产品样品), which
    with none before it may name a thing with its noun (检测报告书)."""
    span = sentence[s:e]
    if len(span) < (4 if scoped else 2 + OBJECT_LEAST):
        return s  # (after scope words, a verb and an object of two characters each at least)
    ws = words(span)
    new = len(ws) > 2 and ws[0][0] == "新" and _scope_word("新", ws[1:2])
    if new:  # a new deed: 新招录公务员 (新 is no verb)
        cut = opening_deed(sentence, s + 1, e, scoped)
        return cut if cut > s + 1 else s
    word, flag = ws[0]
    rest, text = _negated(ws[1:]), span[len(word) :]
    verb = flag == "v" or (scoped and flag == "vn") or _new_verb(word)
    if not verb or word in KEPT_VERBS:
        return s
    if len(word) < 2:
        # one_char_deed: after scope words a verb of one character before an object of
        # nouns, four characters or more, is the deed (全年共立刑事案件 -> 刑事案件, 全年办
        # 民生实事项目 -> 民生实事项目); with none before it, or before a short object, it
        # may be a piece of a name (售|水量, 用|电量, 立|项目)
        long_object = scoped and flag == "v" and len(text) > OBJECT_LEAST
        return s + 1 if long_object and _object(rest, text, False) else s
    if len(text) < OBJECT_LEAST and not (scoped and _short_object(word, flag, rest, text)):
        return s
    # (a verb of being in, 在册, 在建, 在岗, states a status: no deed, 在册经营主体)
    if text.endswith(PEOPLE_END) or word.startswith("在"):
        return s
    if rest[0][1] in ("v", "vn"):
        # two deeds in a row before their object, even where the first holds its own
        # object or the object has words of one character (开工建设保障性住房, 维修加固危旧
        # 桥梁): two verbs of two characters are no piece of a name; but a first verb that
        # holds its object, before a second and a third verb, names a campaign (脱贫|攻坚|
        # 投入|资金: the money put in, not two deeds done to it)
        if len(rest) > 1 and rest[1][1] == "v" and _holds_object(word):
            return s
        second = _second_deed(rest, text)
        return s + len(word) + second if second else s
    if _holds_object(word):
        return s
    levy = text.endswith(LEVY_END)  # (its last character a word of its own: 污水处理|费)
    if any(len(w) < 2 and w != "的" for w, _ in (rest[:-1] if levy else rest)):
        return s  # a word of one character: the verb may be part of a name (进出川大通道)
    # (after scope words the deed is sure, and verbs in its object sort the noun it ends
    # in: 全年结算异地就医费用, as after a body: sorted_object_after_scope)
    sorted_object = scoped and _sorted_object(rest, text)
    return s + len(word) if _object(rest, text, False) or sorted_object else s


# negated_attribute: 不 and a word of two characters opening a deed's object make one
# attribute of the noun after them (不合格食盐, 不达标锅炉, 不规范广告牌: the failing ones),
# no adverb of the deed: the deed opens the name as before any attribute (查扣不合格食盐 ->
# 不合格食盐, 淘汰不达标燃煤锅炉 -> 不达标燃煤锅炉). Not before a set phrase or a preposition
# (不按规定, 不符合条件: a clause of its own), nor inside the object, where it closes a clause
# (更换宣传内容表述不准确展板: what the content says is wrong), nor where no noun ends it.
NEGATED_FLAGS: Final = frozenset({"n", "a", "an", "v", "vn"})


def _negated(ws: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """``ws`` with an opening 不 and the word of two characters after it (``NEGATED_FLAGS``)
    joined into one attribute (flag ``b``), where a noun ends the words."""
    if len(ws) < 3 or ws[0] != ("不", "d"):
        return ws
    word, flag = ws[1]
    if len(word) != 2 or flag not in NEGATED_FLAGS or not ws[-1][1].startswith("n"):
        return ws
    return (("不" + word, "b"), *ws[2:])


def _short_object(verb: str, flag: str, rest: tuple[tuple[str, str], ...], text: str) -> bool:
    """short_object_after_scope: whether ``text``, one noun of two characters after a verb
    (flag ``v``) of two characters that does not hold its own object, is the deed's object
    where scope words stood before the verb (全年运送乘客 -> 乘客, 全县输送新兵 -> 新兵,
    全镇共流转土地 -> 土地): after them a deed follows, so the verb sorts nothing. Not a fund
    (全年投入资金, 补助资金: what the money is), people a state sorts (全年出生人口, 注册用户:
    ``PEOPLE_END``), nor after a verb that holds its object (受益群众, 涉案卷烟) or names a
    state (全年暂扣车辆: ``STATE_ADVERBS``)."""
    return (
        flag == "v"
        and len(text) == 2
        and len(rest) == 1
        and rest[0][1] == "n"
        and text not in BODY_FUNDS
        and not text.endswith(PEOPLE_END)
        and not _holds_object(verb)
        and verb[0] not in STATE_ADVERBS
    )


# adverbs of time that open a verb naming a state of the thing, not a deed done to it
# (全年暂扣车辆: the vehicles held for now, 暂停, 暂缓)
STATE_ADVERBS: Final = frozenset("暂")


def _second_deed(rest: tuple[tuple[str, str], ...], text: str) -> int:
    """The length of a second verb that follows the first in a row before their object (维修
    加固病险水库 -> 病险水库, 帮扶援助困难退役军人 -> 困难退役军人: two deeds done to one
    thing), or 0 (no cut): the object after the two is longer than one word of two
    characters, as after one, and of two words or more (a noun and what sorts it), since
    two verbs before one noun sort it (并购重组企业, 返乡创业人员, 检出疑似职业病: 疑似 is
    no deed)."""
    second = rest[0][0]
    tail, obj = text[len(second) :], rest[1:]
    if len(second) < 2 or second in KEPT_VERBS or len(obj) < 2:
        return 0
    if len(tail) < OBJECT_LEAST:
        return 0
    # after two deeds, a verb may sort the noun they are done to (维修更换破损路灯: 破损)
    if not (_object(obj, tail, second in DEED_SURFACES) or _sorted_noun(obj, tail)):
        return 0
    return len(second)


def _sorted_object(obj: tuple[tuple[str, str], ...], text: str) -> bool:
    """Whether ``obj`` is a noun sorted by verbs (``_sorted_noun``) that names a thing
    done to, at least three characters long: people sorted by the state a verb names stay
    with the deed before them (转移|避险群众, 安置|返乡创业人员: ``PEOPLE_END``)."""
    return (
        len(text) >= OBJECT_LEAST
        and not text.endswith(PEOPLE_END)
        and _sorted_noun(obj, text, relative=True)
    )


def _sorted_noun(obj: tuple[tuple[str, str], ...], text: str, relative: bool = False) -> bool:
    """Whether ``obj`` (the words of ``text``) is a noun sorted by the words before it,
    verbs among them (破损|路灯, 异地|就医|费用, 公共|租赁|住房) or a clause closed by 的
    (群众反映|的|问题, 上级|交办|的|信访|事项: relative_object, with ``relative``): a
    deed's object where the deed is sure (two deeds in a row; a body or scope words before
    it); a measure keeps its verbs (搬迁脱贫劳动力人数). Not after two verbs in a row: the
    second opens the clause 的 closes (发行|用于项目建设的|专项债券)."""
    return (
        len(obj) >= 2
        and obj[-1][1].startswith("n")
        and all(
            f in OBJECT_FLAGS or f == "v" or (relative and w == "的" and k > 0)
            for k, (w, f) in enumerate(obj[:-1])
        )
        and not text.endswith(MEASURE_END)
    )


# part_of_set: a set named, then 中 (among), then the part of it a figure counts: the part
# is the name (全市规上工业企业中民营企业达到486家 -> 民营企业, 新增就业人员中高校毕业生
# 1200人 -> 高校毕业生, 参保人员中退休人员占比 -> 退休人员占比), as after 其中. 中 must be
# a word of its own (flag ``f``) between nouns: inside a word it is none (中小企业, 初中
# 学生, 集中供热面积, 中心城区), and after a place or a time it says where or when (全年中,
# 计划中, 空气中 before a pollutant's reading: no nouns on both sides); nor where the
# dictionary joins it to the words after it (制造业|中|长期贷款: 中长期 is one word), nor
# before a part of one word of two characters, which sorts the set rather than naming a
# thing of its own (村民委员会成员中女性: the women among the members).
SET_FLAGS: Final = frozenset({"n", "nz", "j", "l", "vn", "v", "b", "f"})
# a 中 that may stand alone, looked for before any segmenting: not in the common words that
# hold it (集中, 初中, 高中, 其中, 中心, 中小, 中学, 中国, 中央, 中层, 中等, 中职, 中考)
AMONG: Final = regex_cache.compile(r"(?<![集初高其空心一职大])中(?![心小学国央层等职考华长])")
# (verbs sort the people of the set or the part: 就业|人员, 退休|人员)
PART_FLAGS: Final = (OBJECT_FLAGS - {"m", "q"}) | {"v"}


def part_of_set(sentence: str, s: int, e: int) -> int:
    """Where the name ``sentence[s:e]`` begins past a set and its 中 (``SET_FLAGS``), or
    ``s``; the caller asks only where 中 stands in the span. The set: words of
    ``SET_FLAGS`` (a word of position inside, 规|上|工业企业), two characters or more,
    ending in a noun; the part: nouns and the verbs that sort them (``PART_FLAGS``, no
    figure), three characters or more, ending in a noun."""
    if AMONG.search(sentence, s + 2, e - OBJECT_LEAST) is None:
        return s  # (no 中 of its own with a set before it and a part after: not segmented)
    span = sentence[s:e]
    ws = words(span)
    at = 0
    for i, (word, flag) in enumerate(ws):
        if word == "中" and flag == "f":
            before, rest = ws[:i], ws[i + 1 :]
            if rest[-2:] == (("占", "v"), ("比", "p")):
                rest = rest[:-2]  # (the part's share: 退休人员占比)
            if (
                at >= 2
                and rest
                and all(f in SET_FLAGS for _, f in before)
                and before[-1][1] in ("n", "nz", "j", "l")
                and len(span) - at - 1 >= OBJECT_LEAST
                and len(words(span[at : at + 3])) > 1
                and all(f in PART_FLAGS for _, f in rest)
                and rest[-1][1].startswith("n")
            ):
                return s + at + 1
            return s
        at += len(word)
    return s


def for_whom(sentence: str, s: int, e: int) -> int:
    """Where the name ``sentence[s:e]`` begins past the people a deed is done for and its
    verb, or ``s``; the caller asks only after 为 (为农户兑付耕地地力保护补贴, 为小微企业
    兑现奖补资金: the name is what is done, 耕地地力保护补贴 and 奖补资金, not the people).
    The people: nouns and what sorts them (``WHOM_FLAGS``, joined by 和, 及), two
    characters or more; the verb: one the dictionary flags ``v`` or a listed one, of two
    characters or more, that does not hold its own object; its object: two characters or
    more of any words but marks, no figure at its end and no fund or project alone (framed
    by 为, the object needs no noun test: the dictionary cuts long names of subsidies into
    verbs, 耕地|地|力|保护|补贴). Counter-examples: a verb the dictionary files as a noun of
    a verb stays (为辖区老年人免费体检: 免费 sorts the deed)."""
    span = sentence[s:e]
    if len(span) < 4:
        return s
    ws = words(span)
    at = 0
    for i, (word, flag) in enumerate(ws):
        if flag in WHOM_FLAGS or word in "和及与、":
            at += len(word)
            continue
        listed = word in DEED_SURFACES
        verb = listed or (flag == "v" and not _holds_object(word))
        if at < 2 or not verb or len(word) < 2 or word in KEPT_VERBS:
            return s
        rest, text = ws[i + 1 :], span[at + len(word) :]
        if len(text) < 2 or rest[-1][1] in ("m", "q") or text in BODY_FUNDS:
            return s
        # (a verb of one character in it is a word the dictionary cut: 减税|降|费)
        broken = any(f in ("x", "p", "eng") or (f == "v" and len(w) == 1) for w, f in rest)
        return s if broken else s + at + len(word)
    return s


# what the people a deed is done for are made of (``for_whom``): nouns, names, attributes,
# pronouns (其他), counts and places (65岁以上, 辖区)
WHOM_FLAGS: Final = frozenset(
    {"n", "nr", "nz", "nt", "ns", "l", "j", "r", "an", "a", "b", "m", "q", "f"}
)


def _one_verb_measure(rest: tuple[tuple[str, str], ...]) -> bool:
    """one_verb_measure: whether ``rest`` is a verb of one character and a measure after it,
    one word ending as a measure does (``MEASURE_END``): a measure the dictionary cut after
    its verb (售|水量, 供|气量, 制|水量, where 售电量, 供热量 are words of their own), named
    whole after a body and a scope word (市供水公司全年售水量 -> 售水量, 县燃气公司全年供气量
    -> 供气量). A verb of one character before a thing is no measure (全年建|学校)."""
    return (
        len(rest) == 2
        and len(rest[0][0]) == 1
        and rest[0][1] in ("v", "n")
        and len(rest[1][0]) >= 2
        and rest[1][0].endswith(MEASURE_END)
    )


def _split_verb(pair: tuple[tuple[str, str], ...]) -> bool:
    """Whether ``pair`` is two verbs of one character each (揽|收, 投|递 where the
    dictionary lacks the word): one verb of two characters the segmenter did not know."""
    return len(pair) == 2 and all(f == "v" and len(w) == 1 for w, f in pair)


# Words of scope between a body and its deed that the dictionary files as verbs (各乡镇
# 综合服务中心累计代办社保业务: the deed is the verb after them).
SCOPE_VERBS: Final = frozenset({"累计", "共计", "合计", "总计"})


def _scope_word(word: str, after: tuple[tuple[str, str], ...]) -> bool:
    """Whether ``word``, after a body, is a scope word before its deed: one of
    ``SCOPE_VERBS``, or 新 (new) right before a verb of two characters or more (县档案馆
    新接收婚姻登记档案, 供水公司新铺设供水管网); before a noun the dictionary joins 新 to it
    (新村, 新馆, 新能源) and it is no word of its own."""
    if word in SCOPE_VERBS:
        return True
    return word == "新" and bool(after) and after[0][1] in ("v", "vn") and len(after[0][0]) >= 2


# What a body pledges before its deed in a plan (县文旅局力争全年接待游客, 县住建局计划开工
# 改造老旧小区, 区医院拟新建发热门诊): as 全年, scope words before the deed; before a noun of a
# verb 计划 is part of the name (县人民医院计划投资: the planned investment).
PLEDGE_WORDS: Final = frozenset(PLEDGES)


def _pledge(word: str, after: tuple[tuple[str, str], ...]) -> bool:
    """Whether ``word``, after a body, is a pledge before its deed or measure: one of
    ``PLEDGE_WORDS``; 计划 only before a verb or a scope word (flags ``v``, ``m``, ``t``, ``d``)."""
    if word not in PLEDGE_WORDS or not after:
        return False
    # (before a noun, only 计划 makes one with it: 计划投资 is the plan's measure, while
    # 派出所力争刑事案件发案数下降 pledges the measure after it)
    return word != "计划" or after[0][1] == "v" or after[0][1] in SCOPE_FLAGS


def _one_word_of_people(rest: tuple[tuple[str, str], ...]) -> bool:
    """Whether ``rest`` is one word naming people (患者, 群众): a noun of a verb before it
    sorts them (出院患者, 住院患者), while before a longer phrase it may be a deed done to
    them (供气|居民用户: gas supplied to households)."""
    return len(rest) == 1 and rest[0][0].endswith(PEOPLE_END)


def _new_verb(word: str) -> bool:
    """Whether ``word`` is a verb the dictionary joins to 新 (新开通, 新开工: flag ``nz``), read
    as the verb after 新: a word of three characters or more, 新 then a verb of its own."""
    if len(word) < 3 or word[0] != "新":
        return False
    tagged = words(word[1:])
    return len(tagged) == 1 and tagged[0][1] == "v"


# the least length of the object of a verb that opens a name (``opening_deed``)
OBJECT_LEAST: Final = 3
# People sorted by the state a verb before them names, not done to by it: 返乡创业人员,
# 外出务工人员, 参保城乡居民, 应届高校毕业生, 受益贫困人口 (a deed done to people after a verb
# no list holds is rarer: 转移农村劳动力 still names 农村劳动力)
PEOPLE_END: tuple[str, ...] = ("人员", "人口", "居民", "群众", "职工", "学生", "毕业生", "儿童")
PEOPLE_END += ("老人", "患者", "家庭", "农户", "家长", "用户", "对象", "同志")  # (参与老同志)


@lru_cache(maxsize=4096)  # asked again for each figure's verb; a few hundred verbs in all
def _holds_object(verb: str) -> bool:
    """Whether ``verb`` holds its own object: its last character is a noun by itself in the
    dictionary (造血, 返乡, 持证, 涉案, 脱贫, 竣工, 征兵: a verb and its object made one
    word), so that it takes no other and the noun after it is what it sorts (造血干细胞,
    持证残疾人, 涉案卷烟); 提起, 放映, 检定 and 给予 end in verbs and take one, and so does
    a verb ending in 结, the dictionary's noun for a knot, here the deed's end (办结人大代表
    建议, 审结民商事案件: handled to the end), and one ending in 布, the dictionary's noun for
    cloth, here to spread a word (公布典型案例, 颁布地方性法规, 新公布县级文物保护单位)."""
    if verb[-1] in RESULT_ENDS or verb[-1] in SPREAD_ENDS:
        return False
    return _tagger()(verb[-1], False)[0][1].startswith("n")


# the last characters of verbs that say a deed was carried to its end, not its object (办结,
# 审结; 成, the dictionary's noun for a tenth, here the deed's result: 形成课题调研成果,
# 促成招商引资项目, 造成直接经济损失 -> 直接经济损失)
RESULT_ENDS: Final = frozenset("结成")
# spread_ends: the last characters of verbs of making known, filed as nouns (布: cloth) but
# here a verb of their own (公布, 颁布, 宣布, 发布); 织布 (weaving cloth) is no deed a report
# counts the object of
SPREAD_ENDS: Final = frozenset("布")


def _where_done(ws: tuple[tuple[str, str], ...], span: str) -> int:
    """Where the object begins after a place phrase and its deed: who did it maybe (nouns),
    在, the place (a few words, maybe closed by 上, 中, 内: flag ``f``), then a verb (flag
    ``v`` or listed) and its object (运动员在省运会上获得金牌 -> 金牌, 在省级以上媒体刊发
    稿件 -> 稿件, 选手在全国青少年科技创新大赛中获得一等奖 -> 一等奖); else 0. 在 inside
    a word is none (在校学生, 在岗职工, 在册经营主体), nor is a verb that holds its object
    (在创新创业大赛中获奖企业: ``_holds_object``)."""
    i = next((k for k, w in enumerate(ws) if w == ("在", "p")), -1)
    who = ws[:i] if i >= 0 else ()
    # (who may be named with nouns of verbs, 融|媒体|中心, and scope words after it, 全年)
    if i < 0 or not all(_who(w, f) or f in WHO_SCOPE_FLAGS for w, f in who):
        return 0
    at = sum(len(w) for w, _ in who) + 1
    hi = min(i + PLACE_WORDS + 1, len(ws))
    # a place closed by 上, 中 or 内 may hold a verb of its own name (全国青少年科技创新大赛中):
    # the deed is the verb after the close
    close = next((k for k in range(i + 2, hi) if ws[k][1] == "f" and ws[k][0] in "上中内"), -1)
    for k in range(i + 1, hi):
        word, flag = ws[k]
        listed = word in DEED_SURFACES
        if (listed or flag == "v") and len(word) >= 2 and k > close:
            if not listed and _holds_object(word):
                return 0
            if k > i + 1 and _object(ws[k + 1 :], span[at + len(word) :], listed):
                return at + len(word)
            return 0
        if flag in ("p", "x", "eng", "m") or (close < 0 and k >= i + 5):
            return 0
        at += len(word)
    return 0


# what else may stand before 在 with who did the deed: a noun of a verb in a body's name
# (融|媒体|中心) and a scope word after it (全年, 今年)
WHO_SCOPE_FLAGS: Final = frozenset({"vn", "m", "t"})


# The verbs of result that take as subject whoever reports the work, never the thing
# counted: what follows them is the name, whatever the subject (国有林场完成森林抚育 ->
# 森林抚育, 市属国有企业完成投资 -> 投资, 道路运输行业完成客运量 -> 客运量, 国资委监管企业
# 全年实现营业收入 -> 营业收入), a body (``_is_body``) or not, and any object. Not where a
# share of a plan follows (外贸进出口总额完成年度目标的: the thing is the subject), nor
# where nothing does (一般公共预算收入完成, 完成率: one word), nor after a place: a zone's or
# a town's figure in a county's report keeps its name (东湖经济开发区实现工业总产值,
# 青山镇完成造林: not the county's).
RESULT_DEEDS: Final = ("完成", "实现")
# what a subject is made of: nouns, names, nouns of verbs and attributes (监管企业, 县级),
# and scope words after them (全年); at least one noun among them
SUBJECT_FLAGS: Final = frozenset({"n", "nt", "ns", "nz", "j", "nr", "vn", "b", "l", "zg"})
SUBJECT_NOUNS: Final = frozenset({"n", "nt", "nz", "j", "l", "nr"})  # (nr: 苗圃, 红外 as names)
# where what follows the verb is a plan or a task it is measured against, not the thing
PLAN_OBJECT: Final = ("年度", "全年", "计划", "目标", "任务", "省", "市", "县", "区", "上级")


def _result_of_subject(ws: tuple[tuple[str, str], ...], span: str) -> int:
    """Where the object begins after a subject of nouns and a verb of result
    (``RESULT_DEEDS``), or 0."""
    at, noun, scoped = 0, False, False
    for i, (word, flag) in enumerate(ws):
        if word in RESULT_DEEDS:
            text = span[at + len(word) :]
            rest = ws[i + 1 :]
            # (a fund is what such a verb reports: 完成投资, while 中心建设资金 is owned)
            if not noun or len(text) < 2 or text.startswith(PLAN_OBJECT) or rest[-1][1] in "mq":
                return 0
            return at + len(word)
        if (scoped and flag not in SCOPE_FLAGS) or flag == "ns":
            return 0  # (a place as the subject keeps its name, as for ``_is_body``)
        if word[-1] in PLACE_LEVEL and not _own_level(ws, i):
            return 0
        if flag in SCOPE_FLAGS:
            scoped = noun  # (全年 after the subject; a scope word before it is trimmed)
        elif flag not in SUBJECT_FLAGS:
            return 0
        noun = noun or (flag in SUBJECT_NOUNS and len(word) >= 2)
        at += len(word)
    return 0


def _own_level(ws: tuple[tuple[str, str], ...], i: int) -> bool:
    """own_level: whether the word ``ws[i]`` is a level alone (县, 市, 区) opening the
    subject before a body (县国资委监管企业全年实现利润总额, 市城投集团完成融资, 区供销社实现
    销售额): the report's own level names the office, no place apart from it, while a named
    place keeps the name (青山镇完成造林, 东湖区实现)."""
    return i == 0 and len(ws[0][0]) == 1 and len(ws) > 1 and _is_body(*ws[1])


# the words a place phrase closed by 上, 中 or 内 may take, its close and its deed included
# (an open one takes four before its deed: 在省级以上媒体)
PLACE_WORDS: Final = 7


def _who(word: str, flag: str) -> bool:
    """Whether ``word`` may name who did a deed before 在: nouns, pronouns, abbreviations,
    and people the dictionary files as verbs (选手: a word ending in 手, 员 or 者)."""
    return (
        flag.startswith("n")
        or flag in ("r", "zg", "j")
        or (flag == "v" and len(word) >= 2 and word.endswith(("手", "员", "者")))
    )


def _object(rest: tuple[tuple[str, str], ...], text: str, listed: bool) -> bool:
    """Whether ``rest`` (the words of ``text``) may be the object of a deed: at least two
    characters, no figure or counter at its end, and, after a verb no list holds, nouns
    only (a word of position inside: 省级以上赛事) and no measure (城镇登记失业率, 研发投入
    强度 keep their verb)."""
    if len(text) < 2 or not rest or rest[-1][1] in ("m", "q") or text in BODY_FUNDS:
        return False
    # (a word of position inside it bounds a level or a place, 省级以上赛事, 规模以上企业,
    # 辖区内企业: never at its end)
    # (a tax or a fee holds the verbs of what it is levied on, levy_in_name: 收取污水处理费,
    # 征收城市维护建设税 -> the levy)
    levy = text.endswith(LEVY_END)
    return listed or (
        all(
            f in OBJECT_FLAGS or (f == "f" and i < len(rest) - 1) or (levy and f == "v")
            for i, (_, f) in enumerate(rest)
        )
        and not text.endswith(MEASURE_END)
    )


SCOPE_FLAGS: Final = frozenset({"m", "t", "d"})


# the ends of a body's branch named after it (农商银行|支行, 税务局|分局, 移动公司|分公司)
BRANCH_ENDS: Final = (*BODY_CHARS, "行", "司", "心")


def _is_body(word: str, flag: str, after_body: bool = False) -> bool:
    """Whether ``word`` names a body that does work: an organisation (flag ``nt``) or a noun
    that ends as a body does (检察院, 看守所, 疾控中心, 燃气公司; of two characters only with
    委: 纪委, 监委, while 公办, 住院, 带队 are none). A place is none: a district's figure in
    a city's report keeps its name (东湖区完成固定资产投资 is not the city's). ``after_body``:
    the word ends a name begun before it, where a body's character alone or a short word
    ending in one is its end (计量|所, 中心|血站)."""
    if flag == "nt":
        return True
    if after_body and len(word) >= 2 and word[0] in "分支" and word.endswith(BRANCH_ENDS):
        return True  # a branch of the body before it, whatever its flag (银行|支行: v)
    if after_body and len(word) <= 2 and word.endswith(BODY_CHARS) and flag not in ("v", "p"):
        return True
    if flag == "j" and len(word) >= 2:
        # 纪委, 政协, 发改委, and a committee's short name (管委会, 居委会, 村委会); 研发,
        # 人均 are none
        return word[-1] in "委协" or word.endswith("委会")
    if len(word) >= 3 and word[-1] == "部" and word[-2] not in NOT_BODY_PART:
        return flag in ("n", "nz", "nr")  # (宣传部 is filed as a person's name)
    if flag == "l" and word.endswith(BODY_WORDS):
        return True  # a set phrase filed whole: 急救中心, 活动中心
    return flag in ("n", "nz") and (
        word.endswith(BODY_WORDS)
        or (len(word) >= 3 and word.endswith(BODY_CHARS))
        or (len(word) == 2 and word[1] == "委")
    )
