"""The per-line stages' shortcuts give what the full call gives.

Normalising, the lines, the documents, the titles and the sections try patterns on every
line; a ``Guard`` (``metrics.gates``) answers "no match" without a call where a test
read from the pattern says so: a literal every match holds, a character every match
opens or closes with. Each guard is held against its pattern on random text made of the
pattern's own words and characters, and on every line of the corpus; the heading marker's
three patterns tried as one against the three in turn; the measure cues' first match
against the loop of searches; a year looked for in a heading only where its digits are.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from metrics import normalize, passages
from metrics.context import elsewhere
from metrics.gates import FirstOf, Guard
from metrics.opening import Opens, anchored, held_literals
from metrics.records import DocKind, Document, Role, SectionKind
from metrics.rules import roles
from metrics.segment import (
    govreport,
    govreport_sections,
    lines,
    sections,
    title_lines,
    titles,
    toc,
)
from metrics.segment.lines import MARKER_L1, MARKER_L2, MARKER_L3, heading_level
from metrics.segment.titles import PIECE_PREFIX, unnumbered

GUARDS: dict[str, Guard] = {
    "normalize.FIGURE_ALONE": normalize.FIGURE_ALONE,
    "normalize.UNIT_ALONE": normalize.UNIT_ALONE,
    "normalize.CHROME": normalize.CHROME,
    "lines.TAIL": lines.TAIL,
    "toc.CONTENTS_HEAD": toc.CONTENTS_HEAD,
    "toc.CONTENTS_ENTRY": toc.CONTENTS_ENTRY,
    "title_lines.ORG_NAME_END": title_lines.ORG_NAME_END,
    "title_lines.COMPILATION": title_lines.COMPILATION,
    "title_lines.BARE_REVIEW_AT": title_lines.BARE_REVIEW_AT,
    "elsewhere.REFERS_BACK_AT": elsewhere.REFERS_BACK_AT,
    "elsewhere.PARTS_TOTAL_AT": elsewhere.PARTS_TOTAL_AT,
    "roles.BENCHMARK_AT": roles.BENCHMARK_AT,
    "roles.BEAT_TASK_AT": roles.BEAT_TASK_AT,
    "roles.SIZE_AT": roles.SIZE_AT,
    "roles.FROM_AT": roles.FROM_AT,
    "roles.SHARE_AT": roles.SHARE_AT,
    "titles.PIECE_NUMBER": titles.PIECE_NUMBER,
    "govreport.TITLE": govreport._TITLE,
    "govreport.COMMITTEE_TITLE": govreport._COMMITTEE_TITLE,
    "govreport.SPEAKER_IN": govreport.SPEAKER_IN,
    "govreport_sections.BARE_AT": govreport_sections.BARE_AT,
    "govreport_sections.ANNEX_AT": govreport_sections.ANNEX_AT,
    "govreport_sections.GLOSSARY_AT": govreport_sections.GLOSSARY_AT,
    "govreport_sections.PARAGRAPH_AT": govreport_sections.PARAGRAPH_AT,
    "govreport_sections.FIVE_YEARS_PAST_AT": govreport_sections.FIVE_YEARS_PAST_AT,
    "govreport_sections.YEAR_PAST_AT": govreport_sections.YEAR_PAST_AT,
    "sections.OTHER": sections.OTHER,
    "sections.LOW_PROBLEM": sections.LOW_PROBLEM,
}
MEASURES = [regex.compile(c.pattern) for c in passages.MEASURE_CUES]
PATTERNS = [g.pattern for g in GUARDS.values()] + MEASURES
EXTRA = " \t\n0123456789xX*。，、：%（）()【】年月日新建学校"


def own_words(patterns: list[regex.Pattern[str]]) -> st.SearchStrategy[str]:
    """Random text of the patterns' own words (their runs of Han characters), their
    characters and a few others, so that matches are found as well as missed."""
    text = "".join(p.pattern for p in patterns)
    words = sorted(set(regex.findall(r"\p{Han}+", text)))
    chars = sorted({c for c in text if not c.isascii() or c in "0123456789 -—.:" } | set(EXTRA))
    return st.lists(st.sampled_from(words + chars), max_size=6).map("".join)


# A line each guard's pattern matches (searched), so that no guard passes by never matching.
MATCHED = {
    "normalize.FIGURE_ALONE": "  3.5% ",
    "normalize.UNIT_ALONE": "1286亿元",
    "normalize.CHROME": "【字号：大 中 小】",
    "lines.TAIL": "相关链接：",
    "toc.CONTENTS_HEAD": " 目 录",
    "toc.CONTENTS_ENTRY": "一、2024年工作回顾……3",
    "title_lines.ORG_NAME_END": "南岭市青川区统计局",
    "title_lines.COMPILATION": "2025年度各部门工作总结汇编（共12篇）",
    "title_lines.BARE_REVIEW_AT": "上半年工作总结",
    "elsewhere.REFERS_BACK_AT": "全县总数达到",
    "elsewhere.PARTS_TOTAL_AT": "以上两项合计",
    "roles.BENCHMARK_AT": "增速高于全省平均水平",
    "roles.BEAT_TASK_AT": "超额完成任务",
    "roles.SIZE_AT": "建设年产",
    "roles.FROM_AT": "城镇化率从",
    "roles.SHARE_AT": "占全市比重达",
    "titles.PIECE_NUMBER": "【篇二】区统计局工作总结",
    "govreport.TITLE": "2026年青川区人民政府工作报告",
    "govreport.COMMITTEE_TITLE": "南岭经济开发区管委会2025年工作报告",
    "govreport.SPEAKER_IN": "县长李明向大会作政府工作报告",
    "govreport_sections.BARE_AT": "2025年工作回顾",
    "govreport_sections.ANNEX_AT": "附件2：",
    "govreport_sections.GLOSSARY_AT": "附：名词解释",
    "govreport_sections.PARAGRAPH_AT": "“十四五”时期是全县发展极不平凡的五年",
    "govreport_sections.FIVE_YEARS_PAST_AT": "过去五年，全县地区生产总值年均增长6%",
    "govreport_sections.YEAR_PAST_AT": "各位代表！过去一年，我们迎难而上",
    "sections.OTHER": "（五）获得的荣誉",
    "sections.LOW_PROBLEM": "3.存在的主要问题",
}


def span(m: regex.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m else None


def same(guard: Guard, s: str, pos: int, endpos: int) -> None:
    p = guard.pattern
    assert span(guard.match(s, pos, endpos)) == span(p.match(s, pos, endpos)), (s, pos, endpos)
    assert span(guard.fullmatch(s, pos, endpos)) == span(p.fullmatch(s, pos, endpos))
    assert span(guard.search(s)) == span(p.search(s)), s


def edited(data: st.DataObject, line: str, pattern: regex.Pattern[str]) -> str:
    """``line`` with a few characters put in, taken out or replaced (by the pattern's own
    words and characters): near misses and near matches."""
    for _ in range(data.draw(st.integers(0, 3))):
        at = data.draw(st.integers(0, len(line)))
        piece = data.draw(own_words([pattern]))
        cut = data.draw(st.integers(0, 2))
        line = line[:at] + piece + line[at + cut :]
    return line


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(sorted(GUARDS)), st.booleans(), st.data())
def test_a_guard_is_its_pattern_on_its_own_words(
    name: str, near: bool, data: st.DataObject
) -> None:
    guard = GUARDS[name]
    own = own_words([guard.pattern])
    s = edited(data, MATCHED[name], guard.pattern) if near else data.draw(own)
    pos = data.draw(st.integers(0, len(s)))
    same(guard, s, pos, data.draw(st.integers(pos, len(s))))


def test_a_guard_is_its_pattern_on_the_corpus(corpus_files) -> None:
    seen = 0
    for path in corpus_files:
        raw = path.read_text(encoding="utf-8")
        for line in {*raw.split("\n"), *normalize.normalize(raw).text.split("\n")}:
            for guard in GUARDS.values():
                same(guard, line, 0, len(line))
                stripped = line.strip()
                same(guard, stripped, 0, len(stripped))
            seen += 1
    assert seen > len(corpus_files)


def test_each_guard_matches_what_its_pattern_matches() -> None:
    assert set(MATCHED) == set(GUARDS)
    for name, line in MATCHED.items():
        assert GUARDS[name].search(line), name
        same(GUARDS[name], line, 0, len(line))


def test_the_guards_read_their_patterns() -> None:
    assert held_literals(govreport.TITLE.pattern) == ("政府工作报告",)
    assert held_literals(toc.TOC_HEAD) == ("目",)
    assert held_literals(titles.PIECE_PREFIX) == ("第", "篇")  # one from each alternative
    assert held_literals(regex.compile("a(?:b|c)dd?e")) == ("a",)  # dd? is d, an optional d
    assert held_literals(regex.compile("x?(?:ab|cd)e?")) == ("ab", "cd")
    assert held_literals(regex.compile(r"\d{1,3}篇")) == ("篇",)  # {1,3} is a repeat
    assert held_literals(regex.compile("(?:ab|c)?d|e")) == ("d", "e")
    assert held_literals(regex.compile("(ab|c)+")) == ()  # (its group repeats: not read)
    assert held_literals(regex.compile("(?i)abc")) == ()
    assert anchored(normalize.PAGE_CHROME) and anchored(toc.TOC_ENTRY, end=True)
    assert not anchored(lines.ADVERT) and not anchored(regex.compile("^a|b"))
    assert not anchored(regex.compile("^a", regex.M))
    opens = Opens(normalize.MARKER_AHEAD)
    assert opens("一") and opens("（") and opens("1") and opens("【")
    assert not opens("全") and not opens("a")
    # $ matches before a last line end as well: no test of a last character that is one
    for line in ("3.5\n", "*\n", "12\n"):
        same(normalize.FIGURE_ALONE, line, 0, len(line))
        assert normalize.FIGURE_ALONE.match(line), line
    closes = Opens(toc.TOC_ENTRY, last=True)
    assert closes("7") and closes(" ") and not closes("告")


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_every_match_holds_one_of_the_literals(data: st.DataObject) -> None:
    pattern = data.draw(st.sampled_from(PATTERNS))
    needs = held_literals(pattern)
    for m in pattern.finditer(data.draw(own_words([pattern]))):
        assert not needs or any(n in m.group() for n in needs), (pattern.pattern, m.group())


def _level_in_turn(text: str, pos: int) -> int:
    """The heading level as three patterns tried in turn."""
    for level, marker in enumerate((MARKER_L1, MARKER_L2, MARKER_L3), 1):
        if marker.match(text, pos):
            return level
    return 0


@settings(max_examples=500, deadline=None)
@given(own_words([MARKER_L1, MARKER_L2, MARKER_L3]), st.data())
def test_heading_level_is_the_three_markers_in_turn(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    assert heading_level(text, pos) == _level_in_turn(text, pos)


def test_heading_level_on_lines() -> None:
    for line, level in (("一、过去一年", 1), ("第二部分", 1), ("（三）民生", 2), ("(2)交通", 3),
                        ("12.农业", 3), ("3)医疗", 3), ("12.5万人", 0), ("全年", 0)):
        assert heading_level(line, 0) == _level_in_turn(line, 0) == level, line


@settings(max_examples=400, deadline=None)
@given(own_words([PIECE_PREFIX]))
def test_unnumbered_is_the_substitution(title: str) -> None:
    assert unnumbered(title) == PIECE_PREFIX.sub("", title, count=1)




@settings(max_examples=500, deadline=None)
@given(own_words(MEASURES))
def test_the_first_measure_cue_is_the_loop_of_searches(near: str) -> None:
    first = next((k for k, p in enumerate(MEASURES) if p.search(near)), None)
    assert FirstOf(tuple(MEASURES)).index(near) == first


def test_measure_of_on_clauses() -> None:
    for words, unit, measure in (
        ("地区生产总值增长", "%", "growth"),
        ("城镇和农村居民收入分别增长5.5%和", "%", "growth"),
        ("产业投资占比保持在", "%", "share"),
        ("森林覆盖率达到", "%", "rate"),
        ("全员劳动生产率", "万元/人", "level"),  # a rate in another unit is a level
        ("粮食产量稳定在", "万吨", "level"),
    ):
        assert passages.measure_of(words, len(words), Role.ACTUAL, unit) == measure, words


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="20195 年工作计划，", max_size=14), st.sampled_from([None, 0, 2019, 2025]))
def test_a_year_is_looked_for_where_its_digits_are(heading: str, year: int | None) -> None:
    want = bool(year) and year in {int(y) for y in sections.YEAR_IN.findall(heading)}
    assert sections._names_year(heading, year) == want



# A section heading's kind is read from its words up to the first stop, cut at each stop
# in turn: the split by the class of them that it replaces.
CUE_STOP = regex.compile("[" + sections.CUE_STOPS + "]")


@settings(max_examples=400)
@given(st.text(alphabet=sections.CUE_STOPS + "工作计划下一步明年 2", max_size=30))
def test_a_heading_is_cut_at_its_first_stop(heading: str) -> None:
    window = heading[: sections.CUE_WINDOW]
    cut = window
    for stop in sections.CUE_STOPS:
        cut = cut.partition(stop)[0]
    assert cut == CUE_STOP.split(window)[0]


def test_a_heading_is_classified_by_its_words_before_the_stop() -> None:
    doc = Document(
        "d", "f.txt", 0, 0, 10, "某局2024年工作总结", "某局", "某局", "县", False, 2024, 2025,
        DocKind.SUMMARY,
    )
    assert sections.classify("下一步工作打算", doc, top=False) == SectionKind.PLAN
    # the plan's words after the colon do not make the heading a plan
    assert sections.classify("主要做法：下一步继续推进", doc, top=False) is None
