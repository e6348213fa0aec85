"""A file read right that holds no Chinese report (Korean, Japanese, English) is named on
stderr, of any format and size, never passed on to thin or empty tables in silence; a
Chinese report with foreign words or a short foreign passage is not (``io.foreign``)."""

from __future__ import annotations

from pathlib import Path

import pytest

import metrics
import metrics.pipeline as pipeline
from metrics.cli import main
from metrics.io import TextStream, foreign, read_text

KOREAN = (
    "훈춘시 상무국 2024년 사업총화\n"
    "올해 대외무역액은 35억 원으로 전년보다 8.4% 늘었고 신규 기업 16개를 유치하였다.\n"
    "국경 관광객은 42만 명에 달하였다.\n"
)
JAPANESE = (
    "姉妹都市交流事業報告（令和5年度）\n"
    "本年度は訪問団を3回受け入れ、延べ120名の市民が交流事業に参加しました。\n"
    "留学生の受入れは前年度比15%増加し、奨学金として総額800万円を支給しました。\n"
)
ENGLISH = (
    "Annual Report of the Port Authority, 2024\n"
    "Cargo throughput reached 86 million tonnes, up 6.3 % on the year before.\n"
    "Two new berths were completed and 1,500 jobs were created.\n"
)
CHINESE = (
    "县商务局2024年工作总结\n"
    "全年外贸进出口总额35亿元，同比增长8.4%，新引进企业16家。\n"
    "全县5G基站新增120个，GDP增长6.1%，PM2.5平均浓度下降到31微克/立方米。\n"
)


@pytest.mark.parametrize(
    "text",
    [
        CHINESE,
        # a report that quotes a line of its sister city's letter: a few kana among Chinese
        CHINESE * 3 + "来信写道：「交流の成果に感謝します」。\n",
        # a bilingual page whose Korean summary is short beside its Chinese
        CHINESE * 4 + KOREAN.splitlines()[1] + "\n",
        # English names and abbreviations among the sentences
        "区科技局2023年工作总结\n引进Intel、Microsoft等企业研发中心3个，建成IPv6示范点12个。\n",
    ],
)
def test_chinese_reports_with_foreign_words_are_not_named(text: str) -> None:
    assert foreign(text) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [(KOREAN, "Korean text, not Chinese"), (JAPANESE, "Japanese text, not Chinese"),
     (ENGLISH, "text in another language, not Chinese")],
)  # fmt: skip
def test_text_in_another_language_is_named_with_it(text: str, language: str) -> None:
    said = foreign(text)
    assert said is not None and said.startswith(language), said
    assert "metrics reads Chinese reports" in said


def test_japanese_with_its_kanji_is_japanese_not_half_chinese() -> None:
    """Japanese writes many kanji: its lines with kana count as Japanese whole, so a page
    in Japanese is not taken for half Chinese (its title, kanji alone, is counted so)."""
    said = foreign(JAPANESE)
    assert said is not None and said.startswith("Japanese text, not Chinese"), said


def test_a_page_half_chinese_half_korean_is_named_as_bilingual() -> None:
    said = foreign(CHINESE + KOREAN * 2)
    assert said is not None and said.startswith("Korean text beside Chinese"), said


@pytest.mark.parametrize("text", [KOREAN, ENGLISH, JAPANESE])
def test_a_large_file_read_in_blocks_is_judged_too(tmp_path: Path, text: str) -> None:
    path = tmp_path / "report.txt"
    path.write_text(text * 20, encoding="utf-8")
    assert read_text(path).damage is None  # decoding says nothing of the language
    stream = TextStream(path, block_bytes=1024)  # judged on its first block
    assert "".join(stream) == text * 20
    assert stream.damage is not None and "not Chinese" in stream.damage


def test_the_command_line_names_a_large_korean_file_and_keeps_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file over ``LARGE_FILE`` is streamed in pieces: the Korean one was read in
    silence into tables of misread figures (exit status 0)."""
    monkeypatch.setattr(pipeline, "LARGE_FILE", 1000)
    monkeypatch.setattr(pipeline, "PIECE_CHARS", 600)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "훈춘.txt").write_text(KOREAN * 30, encoding="utf-8")
    (folder / "商务.txt").write_text(CHINESE * 30, encoding="utf-8")
    out = tmp_path / "out"
    code = main(["extract", str(folder), "--out", str(out), "--jobs", "1", "--quiet"])
    err = capsys.readouterr().err
    assert code == 1
    assert "훈춘.txt: Korean text, not Chinese" in err
    assert "商务.txt" not in err
    tables = metrics.load(out)
    assert "商务.txt" in set(tables.mentions["source_file"])
