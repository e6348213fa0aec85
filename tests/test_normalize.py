"""Normalisation keeps exact offsets: properties over the corpus and over random text."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from metrics.normalize import FOLD_TABLE, normalize
from metrics.pipeline import process_text


def assert_maps_back(original: str) -> None:
    norm = normalize(original)
    for i, ch in enumerate(norm.text):
        src = original[norm.offsets.start(i)]
        folded = src.translate(FOLD_TABLE)
        # (a tab where an ideographic space or a line end parted a table's cells, one
        # character for one: normalize's IDEOGRAPHIC_CELL and its one-cell-a-line tables)
        tab = ch == "\t" and src in "\u3000\n"
        assert folded == ch or (folded == "D" and ch == "党") or tab, (i, src, ch)
    # spans cover exactly what they came from: nothing kept is skipped
    if norm.text:
        s, e = norm.span(0, len(norm.text))
        dropped = original[s:e].translate(FOLD_TABLE)
        assert len(dropped) - len(norm.text) == sum(1 for j in range(s, e) if not _kept(norm, j))


def _kept(norm, j: int) -> bool:
    return j in {norm.offsets.start(i) for i in range(len(norm.text))}


def test_corpus_offsets_map_back(corpus_files: list[Path]) -> None:
    for path in corpus_files:
        text = path.read_text(encoding="utf-8")
        norm = normalize(text)
        starts = [norm.offsets.start(i) for i in range(len(norm.text))]
        assert starts == sorted(starts) and len(set(starts)) == len(starts)
        for i in range(0, len(norm.text), 7):
            src = text[starts[i]].translate(FOLD_TABLE)
            assert src == norm.text[i] or (src == "D" and norm.text[i] == "党")


def test_every_span_emitted_on_the_corpus_is_the_original_text(corpus_files: list[Path]) -> None:
    for path in corpus_files:
        text = path.read_text(encoding="utf-8")
        result = process_text(text, path.name)
        assert result.mentions
        for m in result.mentions:
            assert text[m.char_start : m.char_end] == m.text
            assert text[m.sentence_start : m.sentence_start + len(m.sentence)] == m.sentence
            assert m.sentence_start <= m.char_start and m.char_end <= m.sentence_start + len(
                m.sentence
            )
        for d in result.documents:
            assert 0 <= d.char_start < d.char_end <= len(text)
            assert d.title.replace(" ", "") in text[d.char_start : d.char_end].replace(" ", "")
        for s in result.sections:
            assert 0 <= s.char_start < s.char_end <= len(text)


def test_pdf_artefacts_are_repaired() -> None:
    cases = {
        "举办 20 20 年“区长杯”校园足球赛,提升 人 民币 使用": (
            "举办2020年“区长杯”校园足球赛,提升人民币使用"
        ),
        "同比增长1\n5.9%，全年": "同比增长15.9%,全年",
        "比例为7.2：40\n.4：52.4，结构": "比例为7.2:40.4:52.4,结构",
        "中国共产D第二十次全国代表大会，D工委": "中国共产党第二十次全国代表大会,党工委",
        "ＬＥＤ显示屏，D级危房，３D打印": "LED显示屏,D级危房,3D打印",
        "全社会R&D经费投入强度，Ｒ＆Ｄ人员": "全社会R&D经费投入强度,R&D人员",  # research, no 党
        "每日上##paidbegin##门入户宣传": "每日上门入户宣传",  # a pay-wall mark inside a word
    }
    for raw, expected in cases.items():
        assert normalize(raw).text == expected


def test_space_wrapped_line_glues_split_numbers_only_there() -> None:
    spaced = "全县 教育 工作稳步 推进,全年 投入资金 13 7 万元"
    assert "137万元" in normalize(spaced).text
    plain = "纸笔课堂 2 间,易课堂 1 间"
    assert normalize(plain).text == "纸笔课堂2间,易课堂1间"
    table = "年份 2019 2020"
    assert "2019 2020" in normalize(table).text


def test_a_number_split_by_single_spaces_is_glued_on_a_plain_line() -> None:
    # words not spaced, numbers set off by spaces and split: pdftotext's layout
    text = "带动就业 1 0 2 5 人，参保人数达 5.8 6 万人，转移就业 2 1.3 万人。"
    assert "就业1025人,参保人数达5.86万人,转移就业21.3万人" in normalize(text).text
    # columns of a table stay apart: long groups, or no unit right after them
    for table, apart in (
        ("地区生产总值 亿元 256.3 272.1 6.1", "256.3 272.1 6.1"),
        ("指标 2022 2023 年", "2022 2023"),
        ("联系：1 4367，：9 64956", "1 4367"),
    ):
        assert apart in normalize(table).text


def test_a_split_number_whose_point_is_set_apart_is_glued_whole() -> None:
    """SPLIT_NUMBER: a point set apart by spaces is a group of the number (9 2 . 5 %)."""
    text = "覆盖率达到 9 2 . 5 %，同比增长 1 2 . 3 %，指数为 1 . 2 3 5 倍。"
    assert "覆盖率达到92.5%,同比增长12.3%,指数为1.235倍" in normalize(text).text
    assert "256.3 272.1" in normalize("地区生产总值 亿元 256.3 272.1 . 6.1").text


def test_headings_and_toc_lines_are_not_joined() -> None:
    text = (
        "一、2023年工作总结\n（一）主要指标完成情况\n"
        "目录\n1.某局2022年工作总结 3\n2.某局2023年工作计划 5\n"
    )
    norm = normalize(text)
    assert norm.text.count("\n") == text.count("\n")


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("12３4.xX*％，,。 \n\r\u3000万亿元人名D党中国共产工委一二十年月")
        ),
        max_size=80,
    )
)
def test_random_text_maps_back(text: str) -> None:
    assert_maps_back(text)


def test_a_table_row_parted_by_ideographic_spaces_maps_back() -> None:
    """The random test's find (1　一一　1): the spaces part cells, made tabs in place."""
    assert_maps_back("1\u3000一一\u30001")


def test_runs_of_other_redaction_marks_are_masks_never_numbers() -> None:
    """MASK_SIGN_RUN: ××万元, □□个, ××.×% are masked figures (value none); a lone ×
    multiplies (2×10万千瓦) and stays."""
    import pandas as pd

    import metrics

    text = "县发改局2025年工作总结\n一、工作完成情况\n全年投入资金××万元，新建□□个，增长××.×%。\n"
    m = metrics.extract_text(text).mentions.set_index("text")
    for figure in ("××万元", "□□个", "××.×%"):
        assert bool(m.loc[figure, "masked"]) and pd.isna(m.loc[figure, "value"]), figure
    assert "2×10万千瓦" in normalize("装机容量2×10万千瓦").text


@pytest.mark.parametrize(
    ("text", "figure"),
    [("全年实现营业收入○○万元。", "○○万元"), ("新增就业△△人，完成目标的◯◯.◯%。", "△△人")],
)
def test_circles_and_triangles_in_a_row_are_masks_too(text: str, figure: str) -> None:
    """MASK_SIGN_RUN: templates mask figures with ○○ and △△ as with ××; the figure is
    masked, never a number, and keeps its own characters in the source."""
    import metrics

    m = metrics.extract_text(f"一、2025年工作完成情况\n{text}\n").mentions.set_index("text")
    assert bool(m.loc[figure, "masked"]) and m.loc[figure, "value"] is pd.NA


@pytest.mark.parametrize(
    "text",
    ["二○○八年底建成", "捐款一○○万元", "二○二三年", "投入一○○○万元", "人口一二○○○人", "1○○万元"],
)
def test_a_circle_beside_chinese_digits_is_a_zero_not_a_mask(text: str) -> None:
    assert normalize(text).text == text
