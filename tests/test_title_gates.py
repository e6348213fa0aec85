"""The gates before a title's patterns answer as the patterns (issue 29, the fourteenth
pass of the regex calls): ``parse_title``'s, ``clean_department``'s, ``title_years``' and
``topic_title``'s patterns asked through their ``Guard``s, ``place_of``'s chain only of a
title with a level word's first character past its first, the bare title and the dangling
end through theirs, a numbered line searched for a year only where a year can open. Each
held against the call it spares on every line and sentence at hand, as written and
stripped (the title lines read them stripped), and on made-up titles; and a title's facts
kept for its text (``titles.TITLES_KEPT``) are those read afresh.
"""

from __future__ import annotations

import itertools

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from metrics.gates import Guard, may_open_in
from metrics.segment import places, title_lines, titles
from tests.test_read_once import on_every_line

GUARDED: tuple[tuple[Guard, regex.Pattern[str], str], ...] = (
    (titles.ORG_IN_TITLE_AT, titles.ORG_IN_TITLE, "search"),
    (titles.ORG_AFTER_YEAR_AT, titles.ORG_AFTER_YEAR, "match"),
    (titles.PAREN_ORG_AT, titles.PAREN_ORG, "search"),
    (titles.MANY_BODIES_AT, titles.MANY_BODIES, "match"),
    (titles.HALF_YEAR_PLAN_AT, titles.HALF_YEAR_PLAN, "search"),
    (titles.GRASSROOTS_AT, titles.GRASSROOTS, "fullmatch"),
    (titles.VILLAGE_AT, titles.VILLAGE, "fullmatch"),
    (titles.LEVEL_COMMITTEE_AT, titles.LEVEL_COMMITTEE, "match"),
    (titles.COVER_TITLE_AT, titles.COVER_TITLE, "match"),
    (titles.PARTY_AT_START, places.PARTY_PREFIX, "match"),
    (places._CHAIN_AT, places._CHAIN, "match"),
    (title_lines.BARE_TITLE_AT, title_lines.BARE_TITLE, "match"),
    (title_lines.DANGLING_END_AT, title_lines.DANGLING_END, "search"),
)


def span(m: regex.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m else None


def same_title_gates(raw: str) -> None:
    for text in (raw, raw.strip()):
        for guard, pattern, method in GUARDED:
            gated = getattr(guard, method)(text)
            called = getattr(pattern, method)(text)
            assert span(gated) == span(called), (pattern.pattern[:30], method, text)
        # place_of's chain: a match holds a level word past its first character
        if places._LEVEL_OPENS.isdisjoint(text[1:]):
            assert places._CHAIN.match(text) is None, text
        # a headline's keyword (``_headline``): one of the characters a keyword opens with
        if title_lines.KEYWORD_OPENS.isdisjoint(text):
            assert title_lines.TITLE_KEYWORD.search(text) is None, text
        # a numbered line's year: one of the characters a year opens with
        if not may_open_in(title_lines.TITLE_YEAR, text):
            assert title_lines.TITLE_YEAR.search(text) is None, text


def test_the_title_gates_on_every_line_and_sentence_at_hand() -> None:
    on_every_line(same_title_gates)


def same_kept_facts(raw: str) -> None:
    """A title's kept facts are the facts read afresh, asked twice (``TITLES_KEPT``)."""
    line = raw.strip()
    fresh = titles.parse_title.__wrapped__(line)
    assert titles.parse_title(line) == fresh == titles.parse_title(line), line


def same_kept_answer(raw: str) -> None:
    """Whether a line is a title line, kept (``TITLE_LINES_KEPT``): as asked afresh."""
    fresh = title_lines.is_title_line.__wrapped__(raw)
    assert title_lines.is_title_line(raw) == fresh == title_lines.is_title_line(raw), raw


def test_a_lines_kept_answer_is_its_answer_on_every_line_at_hand() -> None:
    title_lines.is_title_line.cache_clear()
    on_every_line(same_kept_answer)
    assert title_lines.is_title_line.cache_info().hits > 0


def test_a_titles_kept_facts_are_its_facts_on_every_line_at_hand() -> None:
    titles.parse_title.cache_clear()
    on_every_line(same_kept_facts)
    assert titles.parse_title.cache_info().hits > 0


TITLE_PIECES = ("XX", "某", "×", "东湖", "县", "市", "区", "镇", "乡", "村", "街道", "自治州")
TITLE_PIECES += ("社区", "嘎查", "统计局", "党委", "县委", "市直", "中共", "共青团", "团县委")
TITLE_PIECES += ("关于", "2024", "xxxx", "年", "年度", "下半年", "三季度", "工作", "总结")
TITLE_PIECES += ("计划", "要点", "安排", "的报告", "和", "及", "全县", "各", "乡镇", "（", "）")
TITLE_PIECES += ("(", ")", "教育局", "，", " ", "\u3000", "\n", "一、")


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(TITLE_PIECES), max_size=9))
def test_the_title_gates_on_made_up_titles(pieces: list[str]) -> None:
    same_title_gates("".join(pieces))


def test_the_gated_title_still_reads_its_organisation_and_years() -> None:
    facts = titles.parse_title("XX县统计局2023年工作总结及2024年工作计划")
    assert (facts.department, facts.level, facts.summary_year, facts.plan_year) == (
        "统计局",
        "县",
        2023,
        2024,
    )
    after = titles.parse_title("2023年东湖区水务局上半年工作总结及下半年工作计划")
    assert (after.department, after.summary_year, after.plan_year) == ("水务局", 2023, 2023)
    assert places.place_of("东湖县桃园镇农业服务中心") == "东湖县桃园镇"
    assert places.place_of("2024年工作计划") is None
    assert title_lines._bare_title("2024年工作要点")
    assert not title_lines._bare_title("2024年，全县上下")


def every_guard() -> list[Guard]:
    """Every ``Guard`` a module of the package holds (the pipeline's modules imported)."""
    import sys

    import metrics.pipeline  # noqa: F401  (imports every stage)

    found = {
        id(v): v
        for name, module in list(sys.modules.items())
        if name.startswith("metrics.")
        for v in list(vars(module).values())
        if isinstance(v, Guard)
    }
    return list(found.values())


def test_every_guard_answers_an_empty_text_as_its_pattern() -> None:
    """An empty text is answered without a call where the pattern matches no empty string
    (the title lines ask several patterns of each empty line): as the pattern would."""
    guards = every_guard()
    assert len(guards) > 50
    # (and patterns that match an empty text, or an empty window after what they see)
    guards += [Guard(regex.compile(p)) for p in (r"\s*", r"(?<=县)", r"^$", r"[一二]?")]
    for guard in guards:
        for method in ("match", "search", "fullmatch"):
            for text, pos in (("", 0), ("县", 1), ("\n", 1)):
                called = getattr(guard.pattern, method)(text, pos)
                assert span(getattr(guard, method)(text, pos)) == span(called), guard.pattern


def name_split_called(
    text: str, cut: tuple[int, str] | None, at: int, line: str
) -> title_lines.Start | None:
    """``title_lines._name_split`` as it was: the line's title read first."""
    if cut is None or not title_lines._line_break(text[cut[0] + len(cut[1]) : at]):
        return None
    if titles.parse_title(line).department is not None:
        return None
    joined = cut[1] + line
    raw = titles.parse_title(joined).department_raw
    if not raw or len(raw) <= len(cut[1]) or not title_lines.is_title_line(joined):
        return None
    return cut[0], text[cut[0] : at] + line, False


def test_a_name_cut_in_two_is_read_as_before_below_every_short_line_at_hand() -> None:
    """``_name_split`` asks its three pure tests cheapest first: the same answer, on every
    line at hand below a line that may start a name, and on made-up pairs."""
    from tests.test_text_answers import need_shared, texts

    need_shared()
    asked = 0
    pairs = [("东湖区住房和城乡建设", "局2023年工作总结"), ("县发展和改革委员", "会2024年工作要点")]
    pairs += [("存在问题", "县统计局2024年工作总结")]
    pairs += [("主要做法", "全年新建学校3所，完成投资5亿元。")]
    for text in texts():
        lines = [line.strip() for line in text.split("\n")]
        pairs += [(a, b) for a, b in itertools.pairwise(lines) if title_lines._name_start(a) and b]
    for above, line in pairs:
        text = above + "\n" + line
        cut, at = (0, above), len(above) + 1
        assert title_lines._name_split(text, cut, at, line) == name_split_called(
            text, cut, at, line
        ), text
        asked += 1
    assert asked > 200
    above, line = "县发展和改革委员", "会2024年工作要点"
    split = title_lines._name_split(above + "\n" + line, (0, above), len(above) + 1, line)
    assert split == (0, above + "\n" + line, False)
