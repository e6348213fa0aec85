"""Shortcuts before the costliest pattern calls give what the full call gives.

``trim_ends`` does not match the leading filler again where it stopped (a greedy repeat
that stopped at a position matches nothing there), nor search the trailing filler again
in a span where it found nothing. The first claim is checked on random text made of the
pattern's own characters; the trim's result must leave no filler at either end, as when
the patterns were asked at every turn of its loop. ``ends_in_verb`` searches only the
last characters of a phrase: the same answer as searching all of it. A pattern tried only
where the text opens with what its every match opens with (a pledge, a doubling, a
target after a figure, 和 before the next figure) opens so; the metric key takes the same
steps as before when it skips one that has nothing to do. A period is not looked for at
a Han character no period opens with, nor a mid-phrase cut in a phrase without any of
its characters; a role's clause is found among the sentence's breaks, found once.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from metrics.context.keys import METRIC_KEY_DROP, METRIC_KEY_TAIL, TAIL_ENDS, metric_key
from metrics.context.metric_span import capacity, ends_in_verb
from metrics.context.metric_trim import (
    LEADING_STEPS,
    MID_CUT_CHARS,
    PHRASE_LEAD,
    PHRASE_LEAD_STEPS,
    period_in,
    trim_ends,
)
from metrics.context.nouns import AND_BEFORE_FIGURE, IN_AFTER_NOUN
from metrics.context.periods import PERIOD, period_at
from metrics.context.words import ENDS_IN_VERB, LEADING_FILLER, MID_CUT, TRAILING_FILLER
from metrics.lexicon.verbs import DEED_VERBS
from metrics.normalize import FOLD_TABLE, PARTY_D
from metrics.opening import (
    group_end,
    literal_prefix,
    needles,
    opening_han,
    skip_atom,
    split_alternatives,
    spread,
)
from metrics.resolve import CLAUSE_OPENERS, DIFFERENCE_OPENERS
from metrics.rules import openers
from metrics.rules.breaks import last_break
from metrics.rules.exclusions import CLAUSE_BREAK, clause_before, excluded_by
from metrics.rules.openers import Steps
from metrics.rules.qualifiers import AFTER_DIFFERENCE_CUE, CLAUSE_PATTERN
from metrics.rules.role_cues import (
    BEAT_TASK_BEFORE,
    BEAT_TASK_CHARS,
    BENCHMARK_CHARS,
    BENCHMARK_CUE,
    CAPACITY,
    DOUBLED,
    SIZE_BEFORE,
    SIZE_CHARS,
    TARGET_AFTER,
    TARGET_AFTER_OPENERS,
)
from metrics.rules.roles import REACH, role_input
from metrics.segment.sections import PLEDGE, PLEDGE_OPENERS, after_spaces


def han_text(patterns: list[regex.Pattern[str]], extra: str, size: int) -> st.SearchStrategy[str]:
    """Random text of the patterns' own Han characters and ``extra``."""
    han = sorted({c for p in patterns for c in p.pattern if c >= "\u4e00"})
    return st.text(alphabet="".join(han) + extra, max_size=size)


TEXT = han_text([LEADING_FILLER, TRAILING_FILLER], "“”（）() 0123456789年月，", 30)
PHRASES = (
    "全年新建学校",
    "其中累计完成投资",
    "为80周岁以上老人发放高龄津贴",
    "镇综治中心调处矛盾纠纷",
    "“四上”企业达到",
    "（初审）渣土线路",
    "（初审）全年新建渣土线路",  # the filler after a bracket needs a second turn
    "（二期）累计改造老旧小区",
    "规上工业增加值同比增长",
    "在小区建设文明实践广场",
    '新一轮"平安校园"',
    "今年以来共有家庭农场",
)


@settings(max_examples=400)
@given(TEXT, st.integers(0, 30), st.integers(0, 30))
def test_the_leading_filler_stops_where_it_stopped(text: str, lo: int, hi: int) -> None:
    lo, hi = sorted((min(lo, len(text)), min(hi, len(text))))
    m = LEADING_FILLER.match(text, lo, hi)
    if m:
        again = LEADING_FILLER.match(text, m.end(), hi)
        assert again is None or again.end() == m.end()


def _no_filler_left(text: str, s: int, e: int) -> bool:
    lead = LEADING_FILLER.match(text, s, e)
    return s >= e or (not (lead and lead.end() > s) and not TRAILING_FILLER.search(text, s, e))


@settings(max_examples=400, deadline=None)  # (its first example builds the steps' table)
@given(TEXT)
def test_a_trimmed_span_has_no_filler_left(text: str) -> None:
    assert _no_filler_left(text, *trim_ends(text, 0, len(text)))


def test_phrases_are_trimmed_to_their_thing() -> None:
    got = {p: p[slice(*trim_ends(p, 0, len(p)))] for p in PHRASES}
    assert got["全年新建学校"] == "学校"
    assert got["规上工业增加值同比增长"] == "规上工业增加值"
    assert got["“四上”企业达到"] == "“四上”企业"
    assert got["（初审）全年新建渣土线路"] == "渣土线路"
    for p in PHRASES:
        assert _no_filler_left(p, *trim_ends(p, 0, len(p))), p


VERB_TEXT = han_text([ENDS_IN_VERB], "\n，的", 24)


@settings(max_examples=600)
@given(VERB_TEXT)
def test_ends_in_verb_is_the_search_of_the_whole_phrase(text: str) -> None:
    assert ends_in_verb(text) == bool(ENDS_IN_VERB.search(text))


def test_ends_in_verb_on_phrases() -> None:
    assert ends_in_verb("镇政府筹集")
    assert ends_in_verb("组织开展\n")  # $ stands before a final line end
    assert ends_in_verb("为80周岁以上老人发放")
    longest = max(DEED_VERBS, key=lambda w: len(w.surface)).surface
    assert ends_in_verb(f"全年{longest}\n")  # the longest verb, before a line end
    assert not ends_in_verb("安全隐患")
    assert not ends_in_verb("培训班")  # 培训 before 班 is a noun


# Patterns tried only where the text opens with what every match of theirs opens with.
OPENERS = {
    "PLEDGE": (PLEDGE, PLEDGE_OPENERS),
    "TARGET_AFTER": (TARGET_AFTER, TARGET_AFTER_OPENERS),
    "DOUBLED": (DOUBLED, ("翻",)),
    "AND_BEFORE_FIGURE": (AND_BEFORE_FIGURE, tuple("和及与")),
    "IN_AFTER_NOUN": (IN_AFTER_NOUN, ("中",)),
}
OPENER_TEXT = han_text([p for p, _ in OPENERS.values()], "0129x* ，。", 20)


@settings(max_examples=600)
@given(st.sampled_from(sorted(OPENERS)), OPENER_TEXT)
def test_a_match_opens_with_one_of_its_openers(name: str, text: str) -> None:
    pattern, openers = OPENERS[name]
    for i in range(len(text) + 1):
        if pattern.match(text, i):
            assert text.startswith(openers, i), (name, text, i)


KEY_TEXT = st.text(alphabet="党建D数总量额Ｄ “”（）()《》\t参保人3A级", max_size=12)


@settings(max_examples=600)
@given(KEY_TEXT)
def test_metric_key_is_what_every_step_taken_gives(metric: str) -> None:
    key = PARTY_D.sub("党", METRIC_KEY_DROP.sub("", metric.translate(FOLD_TABLE)))
    if key.endswith(TAIL_ENDS):
        key = METRIC_KEY_TAIL.sub("", key) or key
    assert metric_key.__wrapped__(metric) == (key or None)


def test_pledges_after_the_opener_check() -> None:
    assert PLEDGE.match("2025年，我们将继续") and "2025年".startswith(PLEDGE_OPENERS)
    assert PLEDGE.match("下半年，将重点抓好") and not PLEDGE.match("上半年，将重点抓好")


PERIOD_TEXT = han_text([PERIOD], "新建学校全去本0123456789xX*-~ 月", 16)


@settings(max_examples=600)
@given(PERIOD_TEXT, st.integers(0, 16))
def test_period_at_is_the_match_of_the_pattern(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    got, want = period_at(text, pos, len(text)), PERIOD.match(text, pos, len(text))
    assert (got and got.span()) == (want and want.span())


@settings(max_examples=600)
@given(PERIOD_TEXT, st.integers(0, 16), st.integers(0, 16))
def test_period_in_is_the_search_of_the_pattern(text: str, lo: int, hi: int) -> None:
    lo, hi = sorted((min(lo, len(text)), min(hi, len(text))))
    got, want = period_in(text, lo, hi), PERIOD.search(text, lo, hi)
    assert (got and got.span()) == (want and want.span())


CAPACITY_TEXT = han_text([CAPACITY], "新建学校 3x", 8)


@settings(max_examples=600)
@given(CAPACITY_TEXT)
def test_capacity_is_the_full_match_of_the_pattern(text: str) -> None:
    assert capacity(text) == bool(CAPACITY.fullmatch(text))


def test_period_at_on_phrases() -> None:
    assert period_in("新建学校", 0, 4) is None and not capacity("新建学校")
    assert period_in("今年1-9月新建学校", 0, 10).group() == "1-9月"
    assert period_in("水源地前三季度水质达标率", 0, 12).group() == "前三季度"  # all Han
    assert capacity("年处理能力") and capacity("每日可供应")
    assert period_at("前三季度水质达标率", 0, 9).group() == "前三季度"
    assert period_at("截至10月底新增", 0, 8).group() == "截至10月底"
    assert period_at("新建学校", 0, 4) is None


CLAUSE_TEXT = st.text(alphabet="完成投资亿元，新建学校所。；:\n5", max_size=40)


@settings(max_examples=400)
@given(CLAUSE_TEXT, st.integers(0, 40), st.integers(0, 40))
def test_the_clause_of_a_role_is_the_clause_before_the_figure(
    text: str, upto: int, reach: int
) -> None:
    upto = min(upto, len(text))
    lo = max(0, upto - reach)
    assert text[last_break(CLAUSE_BREAK, text, lo, upto) : upto] == clause_before(text, upto, reach)
    assert role_input(text, upto, "个", "summary", "").clause == clause_before(text, upto, REACH)


@settings(max_examples=300)
@given(st.text(alphabet="a b\n", max_size=20), st.integers(0, 20), st.integers(0, 20))
def test_after_spaces_is_every_position_after_a_space(text: str, lo: int, hi: int) -> None:
    want = [i + 1 for i in range(lo, hi) if i < len(text) and text[i] == " "]
    assert after_spaces(text, lo, hi) == want


# Cues before a figure searched only in words holding one of the characters each of
# their matches holds.
NEEDS = {
    "BENCHMARK_CUE": (BENCHMARK_CUE, BENCHMARK_CHARS),
    "BEAT_TASK_BEFORE": (BEAT_TASK_BEFORE, BEAT_TASK_CHARS),
    "SIZE_BEFORE": (SIZE_BEFORE, SIZE_CHARS),
    "MID_CUT": (MID_CUT, MID_CUT_CHARS),  # (the trim's cut, scanned only in such a phrase)
    # a qualifier's clause cues, read from the patterns (``resolve.qualifier_and_rule``)
    "AFTER_DIFFERENCE_CUE": (AFTER_DIFFERENCE_CUE, DIFFERENCE_OPENERS),
    "CLAUSE_PATTERN": (CLAUSE_PATTERN, CLAUSE_OPENERS),
}
NEEDS_TEXT = han_text([p for p, _ in NEEDS.values()], " ，3x个", 16)


@settings(max_examples=800)
@given(st.sampled_from(sorted(NEEDS)), NEEDS_TEXT)
def test_a_match_holds_one_of_its_characters(name: str, text: str) -> None:
    pattern, chars = NEEDS[name]
    for m in pattern.finditer(text):
        assert not chars.isdisjoint(m.group()), (name, text)


def test_cues_before_a_figure_on_phrases() -> None:
    for name, words in (
        ("BENCHMARK_CUE", "高于全省平均水平"),
        ("BEAT_TASK_BEFORE", "超额完成任务"),
        ("SIZE_BEFORE", "年处理能力"),
    ):
        pattern, chars = NEEDS[name]
        assert pattern.search(words) and not chars.isdisjoint(words), name


# A repeated alternation tried a step at a time among the alternatives that can open
# where each step stands (``rules.openers``): where the whole pattern's match ends.
# (the steps of both fillers: the leading filler's own ``LEADING_STEPS`` is asked whole, on
# its twin, and is held to its pattern below with the warm ones)
STEPS = {"LEADING_FILLER": Steps(LEADING_STEPS.pattern), "PHRASE_LEAD": PHRASE_LEAD_STEPS}
STEP_TEXT = han_text(
    [LEADING_FILLER, PHRASE_LEAD], "“”（）() 0123456789xX*-年月，、\n\t ②⑶❸〇龘", 16
)


@pytest.fixture(autouse=True, scope="module")
def _steps_from_the_first_call():
    """The steps answer from a process's ``WARM_CALLS``-th call on; here from the first, so
    that what is checked is the steps, not the whole pattern they stand in for."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(openers, "WARM_CALLS", 0)
        yield


def test_a_pattern_asked_whole_never_builds_its_steps(monkeypatch) -> None:
    monkeypatch.setattr(openers, "WARM_CALLS", 0)
    for phrase, end in (("全年累计新建学校", 6), ("其中镇综治中心调处矛盾纠纷", 9), ("学校", 0)):
        assert LEADING_STEPS.end(phrase, 0, len(phrase)) == end and LEADING_STEPS._table is None


def test_the_whole_pattern_answers_till_the_steps_would_pay(monkeypatch) -> None:
    monkeypatch.setattr(openers, "WARM_CALLS", 3)
    steps = Steps(LEADING_FILLER)
    for _ in range(3):
        assert steps.end("全年累计新建学校", 0, 8) == 6 and steps._table is None
    assert steps.end("全年累计新建学校", 0, 8) == 6 and steps._table is not None


@settings(max_examples=1500)
@given(st.sampled_from(sorted(STEPS)), STEP_TEXT, st.integers(0, 16), st.integers(0, 16))
def test_steps_end_where_the_pattern_ends(name: str, text: str, lo: int, hi: int) -> None:
    steps = STEPS[name]
    lo, hi = sorted((min(lo, len(text)), min(hi, len(text))))
    m = steps.pattern.match(text, lo, hi)
    assert steps.end(text, lo, hi) == (m.end() if m else lo), (name, text, lo, hi)


def test_steps_on_phrases() -> None:
    for phrase, left in (
        ("全年累计新建学校", "学校"),
        ("其中镇综治中心调处矛盾纠纷", "矛盾纠纷"),  # an office before its deed
        ("活动期间共收到简历", "简历"),  # a filler opening with any Han character
        ("街道网格员排查出租房屋", "出租房屋"),
        ("②为80周岁以上老人发放高龄津贴", "高龄津贴"),
        ("新建学校", "学校"),
    ):
        end = LEADING_STEPS.end(phrase, 0, len(phrase))
        assert phrase[end:] == left, phrase
        assert LEADING_FILLER.match(phrase).end() == end
    assert PHRASE_LEAD_STEPS.end("全年 新增城镇就业", 0, 9) == 3  # 全年 and the space


def test_the_alternatives_are_read_from_the_pattern() -> None:
    assert split_alternatives(r"a|(?:b|c)d|[|]e|\|f") == ["a", "(?:b|c)d", "[|]e", r"\|f"]
    assert spread("(?:b|(?:c|e)f)d") == ["bd", "cfd", "efd"]
    assert spread("(?:b|c)?d") == ["(?:b|c)?d"]  # a repeated group is no opening to spread
    assert literal_prefix("完成(?!性)") == "完成" and literal_prefix("年度?") == "年"
    assert needles(r"\p{Han}{0,4}?(?:网格员|工作人员)(?=x)") == ("网格员", "工作人员")
    assert needles(r"\p{Han}{1,6}?期间") == ("期间",) and needles("期间") is None
    assert needles(r"[\dA-Za-z\p{Han}]{0,14}?热线") == ("热线",)  # a class holding any Han
    # every filler that opens with any Han character has a literal to look for first
    for steps in STEPS.values():
        table = steps.table()
        assert table.anywhere and set(table.needles) == table.anywhere
    with pytest.raises(ValueError):
        Steps(regex.compile("(?:a|b)+c"))
    assert opening_han(regex.compile("[高低]于|超过")) == frozenset("高低超")
    with pytest.raises(ValueError):
        opening_han(regex.compile(r"\p{Han}{1,6}?期间"))


# --- issue 29, branch speed9: a match's first character, read from the pattern ---------
# ``FirstChars`` says a match cannot open at a position from the character there alone
# (a partial match of it, asked once); ``opening_chars`` is the set of characters every
# match opens with (read from a list of words with no call, else asked character by
# character) and ``may_open_in`` a text holding none of them. Each is checked against the
# full call on random text of the pattern's own characters and on the corpus's sentences.
from metrics.context import figure as figure_mod  # noqa: E402
from metrics.context import nouns as nouns_mod  # noqa: E402
from metrics.context.metric_span import NOUN_UNIT, NOUN_UNIT_CHARS  # noqa: E402
from metrics.gates import FirstChars, may_open_in  # noqa: E402
from metrics.opening import _probed_openers, literal_openers, opening_chars  # noqa: E402
from metrics.pairs.within import DONE_BETWEEN  # noqa: E402
from metrics.resolve import MASK_DIGIT, mask_bounds  # noqa: E402
from metrics.rules import role_cues  # noqa: E402
from metrics.rules.cue_hits import relaxed  # noqa: E402


def _told(pattern: regex.Pattern[str]) -> frozenset[str] | None:
    try:
        return opening_chars(pattern)
    except ValueError:
        return None


FIRST = {
    "AFTER_NOUN": nouns_mod.NOUN_OPENS,
    "TARGET_NOUN": nouns_mod.TARGET_OPENS,
    "JOINED": figure_mod.JOINED_OPENS,
    "JOINED_FIGURE": figure_mod.JOINED_FIGURE_OPENS,
    "DEED_AFTER": figure_mod.DEED_OPENS,
}
CUE_PATTERNS = {name: p for name, p in vars(role_cues).items() if isinstance(p, regex.Pattern)}
WORDS = {
    "AGENT_NOUN_END": (nouns_mod.AGENT_NOUN_END, nouns_mod.AGENT_END_CHARS),
    "VERB_WORD": (nouns_mod.VERB_WORD, nouns_mod.VERB_CHARS),
    "NOUN_UNIT": (NOUN_UNIT, NOUN_UNIT_CHARS),
    "DONE_BETWEEN": (DONE_BETWEEN, opening_chars(DONE_BETWEEN)),
    **{
        f"{name} {kind}": (q, told)
        for name, p in CUE_PATTERNS.items()
        for kind, q in (("as written", p), ("relaxed", relaxed(p)))
        if q is not None and (told := _told(q)) is not None
    },
}
FIRST_TEXT = han_text([f.pattern for f in FIRST.values()], "0129xX* ，、。“”《》（）", 14)
WORDS_TEXT = han_text([p for p, _ in WORDS.values()], " ，3x个", 16)


def _first_chars_hold(first: FirstChars, text: str) -> None:
    for i in range(len(text) + 1):
        for j in range(i, len(text) + 1):
            if first.pattern.match(text, i, j) or first.pattern.fullmatch(text, i, j):
                assert first.opens(text, i, j), (first.pattern.pattern[:30], text, i, j)


@settings(max_examples=600)
@given(st.sampled_from(sorted(FIRST)), FIRST_TEXT)
def test_first_chars_never_refuse_a_match(name: str, text: str) -> None:
    _first_chars_hold(FIRST[name], text)


def _openers_hold(pattern: regex.Pattern[str], chars: frozenset[str], text: str) -> None:
    for m in pattern.finditer(text, overlapped=True):
        assert m.group() and m.group()[0] in chars, (pattern.pattern[:30], text)
    if chars.isdisjoint(text):
        assert pattern.search(text) is None


@settings(max_examples=800)
@given(st.sampled_from(sorted(WORDS)), WORDS_TEXT)
def test_a_match_opens_with_one_of_its_opening_chars(name: str, text: str) -> None:
    _openers_hold(*WORDS[name], text)


def test_opening_chars_read_from_words_are_those_asked_of_the_pattern() -> None:
    from metrics.context import words

    read = 0
    for module in (role_cues, words, nouns_mod):
        for p in vars(module).values():
            if isinstance(p, regex.Pattern) and literal_openers(p) is not None:
                assert literal_openers(p) == _probed_openers(p), p.pattern[:40]
                read += 1
    assert read >= 20  # most cue lists are read with no call
    assert opening_chars(regex.compile("(?<![计划])完成|(?:全年|年度)?目标|[与同]比")) == set(
        "完全年目与同"
    )
    for text, opening in (("年{0}度", "年度"), ("年{0,2}度", "年度"), ("年{2}度", "年")):
        assert literal_openers(regex.compile(text)) == set(opening), text


def test_opening_chars_refuse_what_they_cannot_tell() -> None:
    for text in (r"\d+元", "[①-⑩]项", r"\p{Han}{2}了", "(?<=年)完成", "完成?|", r"\b完成"):
        with pytest.raises(ValueError):
            opening_chars(regex.compile(text))
    assert may_open_in(regex.compile(r"\d+元"), "完成")  # (not told: searched)
    assert not may_open_in(DONE_BETWEEN, "新建学校3所") and may_open_in(DONE_BETWEEN, "已办结")
    with pytest.raises(ValueError):
        FirstChars(regex.compile(r"\s*"))


@settings(max_examples=300)
@given(st.text(alphabet="0123456789xX*.,", min_size=1, max_size=8))
def test_mask_bounds_write_the_masked_digits_as_the_pattern_did(mask: str) -> None:
    digits = mask.replace(",", "")
    if "*" in mask or not digits or digits.count(".") > 1 or digits.strip(".") != digits:
        return
    whole, point, _ = digits.partition(".")
    leading = digits[0] in "xX*" and not (point and len(whole) == 1)
    low = "1" + digits[1:] if leading else digits
    want = (MASK_DIGIT.sub("0", low), MASK_DIGIT.sub("9", digits))
    got = mask_bounds(mask)
    assert got is not None and (str(got[0]), str(got[1])) == tuple(
        str(type(got[0])(w)) for w in want
    )


def test_first_chars_on_the_corpus_sentences(corpus_files) -> None:
    from metrics.io import read_text

    sentences = [
        s
        for path in corpus_files[:12]
        for line in read_text(path).text.splitlines()
        for s in regex.split(r"(?<=[。；;！？])", line)
        if regex.search(r"\d", s)
    ][:400]
    assert len(sentences) >= 100
    for s in sentences:
        for first in FIRST.values():
            for i in range(len(s)):
                if first.pattern.match(s, i):
                    assert first.opens(s, i), (s, i)
        for pattern, chars in WORDS.values():
            _openers_hold(pattern, chars, s)


# A sentence's breaks of every class, found in one scan (``rules.breaks``), and the cues
# right before a figure looked for only where the sentence's one scan puts one
# (``roles._near``): what each full call gives.
from metrics.context.clauses import SUBCLAUSE_SPLIT  # noqa: E402
from metrics.context.elsewhere import LABEL_BREAK  # noqa: E402
from metrics.rules.breaks import (  # noqa: E402
    break_ends,
    class_chars,
    first_break,
    stands_in,
)
from metrics.rules.role_cues import COMPLETION_CUE, GROWTH_CUE  # noqa: E402
from metrics.rules.roles import _near  # noqa: E402

BREAKS = [CLAUSE_BREAK, SUBCLAUSE_SPLIT, LABEL_BREAK, figure_mod.CLOSE_BRACKET]
BREAK_TEXT = st.text(alphabet="完成投资5亿元，,;；。:：!?！？、()（）\n\t 其中", max_size=30)


@settings(max_examples=400)
@given(st.permutations(BREAKS), BREAK_TEXT)
def test_break_ends_are_the_ends_of_each_classes_matches(order, text: str) -> None:
    for pattern in order:  # (whatever class is asked first, the scan of all gives each)
        assert break_ends(pattern, text) == tuple(m.end() for m in pattern.finditer(text))


@settings(max_examples=400)
@given(st.permutations(BREAKS), BREAK_TEXT, st.integers(0, 30), st.integers(0, 30))
def test_a_sentence_said_to_stand_in_its_text_has_its_own_breaks(
    order, text: str, a: int, b: int
) -> None:
    """A sentence's breaks read from its text's one scan (``stands_in``) are those of the
    sentence alone: where its last and first breaks stand in every window of it."""
    start, stop = min(a, b, len(text)), min(max(a, b), len(text))
    sentence = text[start:stop]
    alone = "".join(list(sentence))  # an equal text, another object: scanned on its own
    stands_in(sentence, text, start)
    for pattern in order:
        for lo in range(len(sentence) + 1):
            for hi in range(lo, len(sentence) + 1):
                assert last_break(pattern, sentence, lo, hi) == last_break(
                    pattern, alone, lo, hi
                ), (sentence, lo, hi)
                assert first_break(pattern, sentence, lo, hi) == first_break(
                    pattern, alone, lo, hi
                ), (sentence, lo, hi)


@pytest.mark.parametrize("block", [1, 3, 7])
def test_breaks_read_a_block_at_a_time_are_those_of_the_whole_text(
    block: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A text read a block at a time (``breaks.BLOCK``, made small): a window across
    blocks, or over blocks without a break, finds the breaks a scan of it finds."""
    import metrics.rules.breaks as breaks_mod

    monkeypatch.setattr(breaks_mod, "BLOCK", block)
    text = "全年新建学校3所，改造校舍12处；新增学位（含幼儿园）800个。\n其中，城区学校4所、乡镇8所"
    for pattern in BREAKS:
        alone = [m.start() for m in pattern.finditer(text)]
        copy = "".join(list(text))  # (a new object: read a block at a time afresh)
        for lo in range(len(text) + 1):
            for hi in range(lo, len(text) + 1):
                inside = [p for p in alone if lo <= p < hi]
                assert last_break(pattern, copy, lo, hi) == (inside[-1] + 1 if inside else lo)
                assert first_break(pattern, copy, lo, hi) == (inside[0] if inside else None)


def test_a_sentence_said_to_stand_where_it_does_not_is_refused() -> None:
    with pytest.raises(ValueError, match="does not stand"):
        stands_in("新建学校3所", "全年新建学校3所，", 1)


def test_class_chars_are_read_only_from_a_plain_class() -> None:
    assert class_chars(CLAUSE_BREAK) == frozenset(",，;；。:：!?！？\n")
    for text in ("[a-z]", r"[\d,]", "[^，]", r"[\p{Han}]", "和|与", "[，]+"):
        assert class_chars(regex.compile(text)) is None, text


NEAR_TEXT = han_text([GROWTH_CUE, COMPLETION_CUE], "5%，。的x", 30)


@settings(max_examples=400)
@given(NEAR_TEXT, st.integers(0, 30))
def test_a_cue_near_the_figure_is_the_search_of_its_words(text: str, at: int) -> None:
    at = min(at, len(text))
    x = role_input(text, at, "%", "summary", "")
    for pattern in (GROWTH_CUE, COMPLETION_CUE):
        got, want = _near(pattern, x), pattern.search(x.near)
        assert (got and got.span()) == (want and want.span()), (text, at)


# Calls asked once where they were asked per figure (branch speed11): the rules' scan
# resumed from a match's end (a search only after a veto), a clause's start read from the
# sentence's breaks, an advert's words looked for with ``in``.
from metrics import rules as rules_mod  # noqa: E402
from metrics.context import period_kinds  # noqa: E402
from metrics.gates import Holds  # noqa: E402
from metrics.rules import find_candidates  # noqa: E402
from metrics.segment.lines import ADVERT, HAS_ADVERT  # noqa: E402

# Reports' sentences and the figures a reader finds in them: what is no figure is named.
SCANNED = [
    (
        # 一小时: a daily rule; 2023年: a year; “333工程”: a name in quotes; 45岁: an age
        "每天锻炼一小时，全年新建学校3所，2023年投资5亿元。“333工程”完成12项，林某,45岁。",
        ["3所", "5亿元", "12项"],
    ),
    (
        # 共 5 篇: the reports a compilation holds; *岁: a person's age; a slogan in quotes
        "全区共有中小学47所（共 5 篇），党支部书记王某，*岁，大专学历，落实“两个一百年”目标。",
        ["47所"],
    ),
    (
        # a masked amount is a figure (missing, not guessed); 每月 here pays, it rules nothing
        "每月发放补贴资金XX万元，城镇新增就业1.2万人，完成年度计划的108.5%。",
        ["XX万元", "1.2万人", "108.5%"],
    ),
    (
        "一季度实现地区生产总值356.8亿元，同比增长5.6%；全年接待游客1200万人次，旅游收入增长8%。",
        ["356.8亿元", "5.6%", "1200万人次", "8%"],
    ),
    (
        # a document's number is no figure
        "编号2024-0815号文件印发后，新增停车位3000个，改造老旧小区12个。",
        ["3000个", "12个"],
    ),
]


@pytest.mark.parametrize(("text", "figures"), SCANNED)
def test_the_rules_scan_finds_the_figures_a_reader_finds(text: str, figures: list[str]) -> None:
    assert [text[c.start : c.end] for c in find_candidates(text)] == figures


def _searched_candidates(text: str) -> list[tuple[int, int]]:
    """The candidates of ``text`` found the slow way, without the scan: a search of the
    rules from each position, each match asked the vetoes and whether it is quoted (one
    character on, past a run of digits, after a veto; from its end after a kept one)."""
    rules = rules_mod.compiled()
    quotes = rules_mod.quoted_spans(text)
    found, pos = [], 0
    while (m := rules.master.search(text, pos)) is not None:
        rule = next(name for name, i in rules.rule_index if m.start(i) >= 0)
        groups = {g: m.group(i) for g, i in rules.group_index[rule] if m.group(i)}
        cand = rules_mod.Candidate(rule, m.start(), m.end(), groups)
        vetoed = excluded_by(text, cand, rules_mod.VETOES[rule]) is not None
        if vetoed or any(lo <= m.start() and m.end() <= hi for lo, hi in quotes):
            run = rules_mod.NUMBER_RUN.match(text, m.start())
            pos = run.end() if run else m.start() + 1
        else:
            found.append(m.span())
            pos = m.end()
    return found


def test_the_rules_scan_finds_what_a_search_from_each_end_finds(corpus_files) -> None:
    from metrics.io import read_text

    texts = [read_text(p).text for p in corpus_files[:6]] + [t for t, _ in SCANNED]
    for text in texts:
        spans = [(c.start, c.end) for c in find_candidates(text)]
        assert spans, text[:40]
        assert spans == _searched_candidates(text), text[:40]


@settings(max_examples=400)
@given(CLAUSE_TEXT, st.integers(0, 40), st.integers(0, 200), st.booleans())
def test_a_clause_is_the_words_back_to_the_last_break(
    text: str, upto: int, reach: int, line_break_ends: bool
) -> None:
    """``clause_before`` read character by character: the clause breaks, with the line
    break only when ``line_break_ends``."""
    upto = min(upto, len(text))
    breaks = ",，;；。:：!?！？" + ("\n" if line_break_ends else "")
    lo = max(0, upto - reach)
    cut = max((i + 1 for i in range(lo, upto) if text[i] in breaks), default=lo)
    assert clause_before(text, upto, reach, line_break_ends=line_break_ends) == text[cut:upto]
    if not line_break_ends:  # (the name pairs.comparable reads)
        assert period_kinds.clause_before(text, upto, reach) == text[cut:upto]


ADVERT_TEXT = st.text(
    alphabet="".join(sorted(set(ADVERT.pattern) - set("\\[](){}|?*+.^$"))) + " \t\n0123456789",
    max_size=24,
)
MIXED = regex.compile(r"^\s*\d+页$|查看更多|^【|svip|x\d+$")


@settings(max_examples=600)
@given(ADVERT_TEXT)
def test_holds_is_whether_the_search_finds(text: str) -> None:
    assert HAS_ADVERT(text) == (ADVERT.search(text) is not None), text
    assert Holds(MIXED)(text) == (MIXED.search(text) is not None), text


def test_holds_on_adverts_and_the_corpus_lines(corpus_files) -> None:
    from metrics.io import read_text

    adverts = ["  12.5 MB", "3 页", "查看更多", "推荐：svip专享", "【哒哒素材】", "欢迎加入我们"]
    assert all(HAS_ADVERT(a) for a in adverts)
    assert not HAS_ADVERT("文档介绍了全年新建学校3所") and not HAS_ADVERT("12 页码")
    lines = [ln for p in corpus_files for ln in read_text(p).text.splitlines()]
    assert len(lines) > 500
    for line in lines:
        assert HAS_ADVERT(line) == (ADVERT.search(line) is not None), line
    caseless = Holds(regex.compile("vip|^a", regex.I))  # (words not read: asked whole)
    assert caseless("VIP") and not caseless("b")


# A filler's whole pattern (before the steps pay): asked on its ``re`` twin, it matches
# what the pattern matches.
# (a process's first calls: the whole pattern)
WARM = {name: Steps(steps.pattern) for name, steps in STEPS.items()}


@settings(max_examples=1500, deadline=None)
@given(st.sampled_from(sorted(STEPS)), STEP_TEXT, st.integers(0, 16), st.integers(0, 16))
def test_a_filler_asked_whole_ends_where_it_matches(name: str, text: str, lo: int, hi: int) -> None:
    pattern, warm = STEPS[name].pattern, WARM[name]
    lo, hi = sorted((min(lo, len(text)), min(hi, len(text))))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(openers, "WARM_CALLS", 10**9)
        m = pattern.match(text, lo, hi)
        assert warm.end(text, lo, hi) == (m.end() if m else lo), (name, text, lo, hi)


# The gate before a filler's whole pattern (``openers._Openings``): the answer for the two
# characters where an ask stands, read once from the alternatives' text, and the first
# characters of the literals that an alternative opening with any Han character holds.
def _refused(gate: openers._Openings, text: str, lo: int, hi: int) -> bool:
    key = text[lo : lo + 2] if lo + 1 < hi else text[lo]
    return not gate.learn(key) and gate.needle_chars.isdisjoint(text[lo:hi])


def test_a_filler_is_not_asked_where_no_alternative_opens(corpus_files) -> None:
    from metrics.io import read_text

    sentences = [
        s
        for path in corpus_files[:12]
        for line in read_text(path).text.splitlines()
        for s in regex.split(r"(?<=[。；;！？，,、])", line)
        if s
    ][:1500]
    assert len(sentences) >= 1000
    for name, steps in STEPS.items():
        gate, refused = openers._openings(steps.pattern), 0
        for s in sentences:
            for lo in range(len(s)):
                for hi in {min(len(s), lo + k) for k in (1, 2, 3, 12)} | {len(s)}:
                    if _refused(gate, s, lo, hi):
                        refused += 1
                        assert steps.pattern.match(s, lo, hi) is None, (name, s, lo, hi)
        assert refused > 10_000, (name, refused)  # (a gate that turns nothing away is none)


def test_the_gate_reads_what_the_fillers_open_with() -> None:
    lead = openers._openings(LEADING_FILLER)
    phrase = openers._openings(PHRASE_LEAD)
    # a name that opens with none of their words is not asked of either
    for words in ("粮食产量", "城镇新增就业", "规模以上工业增加值"):
        assert _refused(phrase, words, 0, len(words)), words
        # (工 of 工业 may be the first of 工作人员, after a name: 社区工作人员走访)
        assert _refused(lead, words, 0, len(words)) == ("工" not in words), words
    # a literal by its first two characters, a class as written, a digit asked of alone
    assert not _refused(lead, "新建学校", 0, 4) and _refused(lead, "建筑业", 0, 3)
    assert not _refused(phrase, "全县学校", 0, 4) and not _refused(phrase, "5、学校", 0, 4)
    assert not _refused(phrase, "2025年学校", 0, 7) and _refused(phrase, "人口", 0, 2)
    # an alternative opening with any Han character: asked where its literal's first
    # character stands in the window (活动期间, 县信访局)
    assert not _refused(phrase, "活动期间共收到简历", 0, 9) and _refused(phrase, "活动", 0, 2)
    assert not _refused(lead, "信访局全年受理", 0, 7)


def test_a_refused_ask_makes_no_call() -> None:
    asked: list[int] = []

    class Counted:
        def match(self, text: str, pos: int, endpos: int) -> regex.Match[str] | None:
            asked.append(pos)
            return PHRASE_LEAD.match(text, pos, endpos)

    steps = Steps(PHRASE_LEAD, steps=False)
    steps._whole = Counted()
    assert steps.end("城镇新增就业", 0, 6) == 0 and asked == []
    assert steps.end("全年城镇新增就业", 0, 8) == 2 and asked == [0]


# A pattern's alternatives and groups read by the engine (``opening.TOP_LEVEL``, ``GROUP``):
# what reading the text an atom at a time finds, brackets that do not balance included.
def _by_atoms(p: str) -> list[str]:
    parts, depth, start, i = [], 0, 0, 0
    while i < len(p):
        if p[i] == "|" and depth == 0:
            parts.append(p[start:i])
            start = i + 1
        depth += (p[i] == "(") - (p[i] == ")")
        i = skip_atom(p, i)
    return [*parts, p[start:]]


def test_alternatives_read_by_the_engine_are_those_read_an_atom_at_a_time() -> None:
    written = [LEADING_FILLER, PHRASE_LEAD, TRAILING_FILLER, MID_CUT, PERIOD, ENDS_IN_VERB]
    odd = ["a)|b", "(a|b", "a|(b))|c", r"x\)|y", "[)]|(", "a||b", "[]|]a|b", "[^]|(]x|(y)"]
    for p in [w.pattern for w in written] + odd:
        assert split_alternatives(p) == _by_atoms(p), p[:40]
    for w in written:
        p, i = w.pattern, 0
        opened: list[int] = []
        while i < len(p):  # each group's close, found an atom at a time
            if p[i] == "(":
                opened.append(i)
            elif p[i] == ")":
                assert group_end(p, opened.pop()) == i
            i = skip_atom(p, i)


def test_steps_refuse_an_empty_step() -> None:
    with pytest.raises(ValueError, match="empty"):
        Steps(regex.compile("(?:a|b?)+"))


# The trailing filler searched only where one of its words can close the phrase
# (``gates.Ends``).
from metrics.context.metric_trim import TRAILING_ENDS  # noqa: E402
from metrics.gates import Ends  # noqa: E402

TRAIL_TEXT = han_text([TRAILING_FILLER], "“”（）() 0123456789年月，\n可学校", 16)


@settings(max_examples=1500)
@given(TRAIL_TEXT, st.integers(0, 16), st.integers(0, 16))
def test_the_trailing_filler_is_searched_wherever_it_may_end(text: str, lo: int, hi: int) -> None:
    lo, hi = sorted((min(lo, len(text)), min(hi, len(text))))
    if TRAILING_FILLER.search(text, lo, hi) is not None:
        assert TRAILING_ENDS.may_end(text, lo, hi), (text, lo, hi)


def test_ends_on_phrases_and_shapes() -> None:
    for phrase in ("学校达到", "占比", "不低于专任教师的", "增速位居全市第三", "学校达到\n"):
        assert TRAILING_FILLER.search(phrase) and TRAILING_ENDS.may_end(phrase, 0, len(phrase))
    for phrase in ("全年新建学校", "学校可", "城镇新增就业", "农村公路里程"):  # (可: before 达)
        assert not TRAILING_FILLER.search(phrase)
        assert not TRAILING_ENDS.may_end(phrase, 0, len(phrase)), phrase
    assert Ends(regex.compile(r"(?:a|\w)+$")).may_end("zz", 0, 2)  # (\w: asked, it closes)
    for shape in (r"(?:a|b)+", r"a+$", r"(?:a|b)+$|c"):
        with pytest.raises(ValueError, match="repeated group"):
            Ends(regex.compile(shape))


@settings(max_examples=300)
@given(st.text(alphabet="人 民币a1，\n龘〇", max_size=40))
def test_han_characters_counted_by_runs(text: str) -> None:
    from metrics.normalize import HAN_CHAR, HAN_RUN

    assert sum(map(len, HAN_RUN.findall(text))) == len(HAN_CHAR.findall(text))


def test_a_needle_is_read_past_a_look_around() -> None:
    # (a look-around takes no character: the word after it stands in every match)
    assert needles(r"\p{Han}(?<![内附])设(?![施备])") == ("设",)
    assert needles(r"\p{Han}{1,3}(?=全年)(?:全年|年内)") == ("全年", "年内")
    assert needles(r"\p{Han}(?<!x)?设") is None  # (a repeated look-around is not read)


# A sentence's periods and stretches of years read from one scan of its text (branch
# calls14, ``cue_hits.sentence_matches``): what a scan of the sentence alone gives.
from metrics.context.period_kinds import SEVERAL_YEARS  # noqa: E402
from metrics.rules.cue_hits import looked_behind, sentence_matches  # noqa: E402

SPAN_TEXT = han_text([PERIOD, SEVERAL_YEARS], "0129x* -~\n，。", 40)


@settings(max_examples=800)
@given(SPAN_TEXT, st.integers(0, 40), st.integers(0, 40))
def test_a_sentences_matches_read_from_its_text_are_its_own(text: str, a: int, b: int) -> None:
    start, stop = min(a, b, len(text)), min(max(a, b), len(text))
    sentence = text[start:stop]
    stands_in(sentence, text, start)
    for pattern in (PERIOD, SEVERAL_YEARS):
        got = sentence_matches(pattern, sentence)
        want = [(m.start(), m.end(), m.group()) for m in pattern.finditer(sentence)]
        assert got is None or got == want, (text, start, stop)


def test_where_a_sentences_text_decides_its_matches_it_is_scanned_alone() -> None:
    # 10-12月 runs across the sentence's start; 较上半年: 较 is read by a look-behind
    # before the sentence; 1-\n3月 runs past its end (a PDF's wrap the cut fell in)
    for text, start, stop in (
        ("去年10-12月新建学校3所", 4, 14),
        ("增速较上半年回升0.5个百分点", 3, 14),
        ("本年度1-\n3月完成投资", 0, 5),
    ):
        sentence = text[start:stop]
        stands_in(sentence, text, start)
        assert sentence_matches(PERIOD, sentence) is None, sentence
    text = "今年以来新建学校3所。五年来累计投入8亿元。"
    sentence = text[11:]
    stands_in(sentence, text, 11)
    assert sentence_matches(PERIOD, sentence) == []
    assert sentence_matches(SEVERAL_YEARS, sentence) == [(0, 3, "五年来")]
    assert sentence_matches(PERIOD, "今年以来新建学校3所") is None  # (said nowhere)


def test_only_patterns_blind_past_their_match_are_read_from_a_text() -> None:
    assert looked_behind(PERIOD) == frozenset("比较提之此以目当年月日事空超向跟面门")
    assert looked_behind(SEVERAL_YEARS) == frozenset()
    for source in ("年(?!底)", "年$", r"\b年", "(?<=全年)增长", "月?", r"(年)\1"):
        assert looked_behind(regex.compile(source)) is None, source
