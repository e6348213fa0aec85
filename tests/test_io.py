"""Reading files: encodings detected, bad files named with their problem."""

from __future__ import annotations

import codecs
import contextlib
from pathlib import Path

import pytest

from metrics.errors import InputError
from metrics.io import TextStream, iter_input_files, read_text

TEXT = "区统计局2023年工作总结\n全年完成xx项调查，同比增长５%。\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("gbk"), "gb18030"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
    ],
)
def test_encodings_are_detected(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(data)
    source = read_text(path)
    assert source.text == TEXT
    assert source.encoding == encoding


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty"),
        (b"%PDF-1.7\n...", "looks like a PDF file: give it the suffix .pdf to read it as one"),
        (b"PK\x03\x04rest", "a Word file reads with the suffix .docx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "save it from Word or WPS as .docx"),
        (b"\x89PNG\r\n\x1a\n", "PNG"),
        (b"\x00\x01\x02binary", "NUL"),
        (b"\xff\xfe\x00\xd8", "UTF-16"),
    ],
)
def test_bad_files_are_named_with_the_problem(tmp_path: Path, data: bytes, problem: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_text(path)
    assert "bad.txt" in str(info.value) and problem in str(info.value)


def test_folders_are_walked_sorted_and_once(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b" / "skip.md").write_text("x")
    files = list(iter_input_files([tmp_path, tmp_path / "a.txt"]))
    assert [f.relative_to(tmp_path).as_posix() for f in files] == ["a.txt", "b/2.txt"]


def test_a_missing_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(iter_input_files([tmp_path / "nope"]))


def test_lock_and_metadata_files_of_other_programs_are_skipped_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder of reports as users keep it: Word (or WPS) leaves `~$名称.docx` beside a
    document while it is open, and a folder copied from a Mac holds `._名称.txt` beside
    each file. Neither is a report: each failed as a damaged file (exit 1, with the advice
    to save it again in Word); they are skipped, each named in a warning."""
    from metrics.cli import main

    reports = tmp_path / "报告"
    reports.mkdir()
    text = "县交通运输局2024年工作总结\n全年新改建农村公路63.5公里，新增公交线路4条。\n"
    (reports / "交通.txt").write_text(text, encoding="utf-8")
    (reports / "~$交通总结.docx").write_bytes(b"\x06zhangw" + b"\x00" * 155)  # Word's owner
    (reports / "._交通.txt").write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ")
    out = tmp_path / "out"
    assert main(["extract", str(reports), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert f"{reports / '~$交通总结.docx'}: the lock file of a document open in Word or WPS" in err
    assert f"{reports / '._交通.txt'}: macOS metadata of the file beside it" in err
    import metrics

    assert set(metrics.load(out).mentions["source_file"]) == {"交通.txt"}
    # given by name, such a file is read: the user asked for it
    assert main(["extract", str(reports / "~$交通总结.docx"), "--out", str(out)]) == 1


def test_what_a_browser_saves_with_a_page_is_skipped_beside_its_page(tmp_path: Path) -> None:
    """ "Webpage, complete" writes 报告.html and 报告_files/, whose frames are pages too
    (saved_resource.html: a share bar, an advert): skipped, and said, beside their page;
    a folder so named without its page is read."""
    from metrics.io import iter_inputs

    folder = tmp_path / "in"
    for name in ("报告_files", "通知.files", "汇编_files"):
        (folder / name / "sub").mkdir(parents=True)
        (folder / name / "saved_resource.html").write_text("<p>阅读量3.5万次</p>")
        (folder / name / "sub" / "frame.htm").write_text("<p>点赞1024次</p>")
    (folder / "报告.html").write_text(f"<p>{TEXT}</p>", encoding="utf-8")
    (folder / "通知.HTM").write_text(f"<p>{TEXT}</p>", encoding="utf-8")
    (folder / "汇编.txt").write_text(TEXT, encoding="utf-8")  # no page: its folder is read
    said: list[tuple[str, str]] = []
    files = [f.name for f in iter_inputs([folder], on_skip=lambda p, w: said.append((p.name, w)))]
    assert files == [
        "报告.html", "汇编.txt", "汇编_files/saved_resource.html", "汇编_files/sub/frame.htm",
        "通知.HTM",
    ]  # fmt: skip
    assert sorted(said) == [
        ("报告_files", "the files a browser saved with the web page beside it: skipped"),
        ("通知.files", "the files a browser saved with the web page beside it: skipped"),
    ]


def test_documents_no_reader_takes_are_named_never_passed_over(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder of reports as a new user gets it from a publishing system: the report, the
    statistics sheet sent with it (附件1.xlsx, a WPS 表格 .et), a presentation, an archive
    of attachments, and the report again as .odt, .rtf or .ofd. None gave a row and none
    was named. A document that may hold a report is a failure with what to do; a sheet, a
    presentation, an archive a warning saying it is not read; given by name, each fails."""
    from metrics.cli import main

    folder = tmp_path / "附件 材料"
    folder.mkdir()
    text = "县农业农村局2024年工作总结\n全年新建高标准农田2.6万亩，粮食产量达到18.3万吨。\n"
    (folder / "总结.txt").write_text(text, encoding="utf-8")
    for name in ("附件1.xlsx", "附件2.ET", "汇报.pptx", "附件.zip"):
        (folder / name).write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    (folder / "总结.odt").write_bytes(b"PK\x03\x04" + b"\x00" * 40)  # no .docx in it
    (folder / "总结.rtf").write_text(r"{\rtf1\ansi 全年新建农田2.6万亩}", encoding="utf-8")
    (folder / "总结.ofd").write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    (folder / "~$附件1.xlsx").write_bytes(b"\x06zhangw" + b"\x00" * 155)  # Excel's owner file
    out = tmp_path / "out"
    assert main(["extract", str(folder), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    for name in ("附件1.xlsx", "附件2.ET"):
        assert f"{folder / name}: a spreadsheet, not read" in err
    assert f"{folder / '汇报.pptx'}: a presentation, not read" in err
    assert f"{folder / '附件.zip'}: an archive, not opened: unpack it" in err
    assert f"{folder / '总结.odt'}: an OpenDocument text cannot be read" in err
    assert f"{folder / '总结.rtf'}: an RTF document cannot be read" in err
    assert f"{folder / '总结.ofd'}: an OFD document cannot be read" in err
    assert "~$附件1.xlsx" not in err  # a lock file, no sheet of the user's
    import metrics

    tables = metrics.load(out)
    assert set(tables.mentions["source_file"]) == {"总结.txt"}
    assert set(tables.failures["source_file"]) == {"总结.odt", "总结.rtf", "总结.ofd"}
    # given by name, a sheet is a failure naming it (it was read as a ZIP "Word file"),
    # and an RTF is no longer read as plain text (its control words became the text)
    for name, what in (("附件1.xlsx", "a spreadsheet"), ("总结.rtf", "an RTF document")):
        assert main(["extract", str(folder / name), "--out", str(tmp_path / name)]) == 1
        assert f"{folder / name}: {what}" in capsys.readouterr().err


# Traditional Chinese as Hong Kong and Macao publish it, saved in Big5: GB18030 decodes
# these bytes too (into kana and rare characters), so strict decoding alone cannot tell.
BIG5_TEXTS = [
    "澳門統計暨普查局2023年工作總結\n全年完成統計調查28項，發布統計資訊136條，同比增長12.5%。\n",
    "香港特別行政區政府漁農自然護理署2024年工作報告\n本年度巡查漁船1,250艘次，較上年增加8%，發出牌照316個。\n",
]
# Simplified reports in GBK whose bytes happen to decode as Big5 too: each stays GB18030;
# and a table typed in box-drawing characters (GB2312's row A9), no doubt either.
GBK_TEXTS = [
    "县统计局工作总结\n┌────┬────┐\n│指标│数值│\n├────┼────┤\n│调查│28项│\n└────┴────┘\n",
    "县水利局工作总结\n新建水库3座，加固堤防45公里，受益农田2万亩。\n",
    "区文化馆2024年工作计划\n举办展览12场，开展送戏下乡活动56次。\n",
]


@pytest.mark.parametrize("text", BIG5_TEXTS)
def test_big5_text_is_read_as_big5_not_as_the_gbk_it_also_decodes_as(
    tmp_path: Path, text: str
) -> None:
    path = tmp_path / "澳門.txt"
    path.write_bytes(text.encode("big5"))
    assert path.read_bytes().decode("gb18030") != text  # what was read before: no error
    source = read_text(path)
    assert (source.text, source.encoding) == (text, "big5hkscs")
    blocks = TextStream(path, block_bytes=64)  # a large file judged on its first block
    assert "".join(blocks) == text and blocks.damage is None


@pytest.mark.parametrize("text", GBK_TEXTS)
def test_gbk_text_that_decodes_as_big5_too_stays_gbk(tmp_path: Path, text: str) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(text.encode("gbk"))
    with contextlib.suppress(UnicodeDecodeError):  # valid Big5 as well, most of them
        path.read_bytes().decode("big5hkscs")
    source = read_text(path)
    assert (source.text, source.encoding, source.damage) == (text, "gb18030", None)


def test_traditional_characters_in_gbk_stay_gbk(tmp_path: Path) -> None:
    text = BIG5_TEXTS[1]  # GBK holds traditional characters too: not Big5 for being them
    path = tmp_path / "r.txt"
    path.write_bytes(text.encode("gbk"))
    source = read_text(path)
    assert (source.text, source.encoding) == (text, "gb18030")


def test_a_big5_web_page_is_read_with_or_without_its_charset(tmp_path: Path) -> None:
    pytest.importorskip("lxml")
    from metrics.readers import read_source

    body = "<p>澳門統計暨普查局2023年工作總結</p><p>發布統計資訊136條，同比增長12.5%。</p>"
    page = "<html><head>{}<title>統計局</title></head><body>{}</body></html>"
    bare = tmp_path / "bare.html"
    bare.write_bytes(page.format("", body).encode("big5"))
    # HKSCS: a character of Hong Kong's set that plain Big5 lacks
    hk = tmp_path / "hk.html"
    meta = '<meta charset="big5">'
    hk.write_bytes(page.format(meta, body + "<p>啲</p>").encode("big5hkscs"))
    for path in (bare, hk):
        text = read_source(path).text
        assert "發布統計資訊136條" in text, text
    assert "啲" in read_source(hk).text


MIXED_LINES = [
    "某市统计局2023年工作总结\n",
    "全年完成统计调查28项，发布统计信息136条，同比增长12.5%。\n",
    "地区生产总值达到356亿元。\n",
]


@pytest.mark.parametrize(
    "encodings",
    [("utf-8", "gbk", "utf-8"), ("gbk", "utf-8", "gbk"), ("utf-8", "utf-8", "gb18030")],
)
def test_a_file_of_lines_in_two_encodings_reads_each_line_in_its_own(
    tmp_path: Path, encodings: tuple[str, ...]
) -> None:
    """Lines in UTF-8 and lines in GBK pasted into one file: read whole in either, the
    others' figures were lost (replaced bytes) or read as rare characters."""
    text = "".join(MIXED_LINES)
    path = tmp_path / "两种编码.txt"
    path.write_bytes(
        b"".join(line.encode(e) for line, e in zip(MIXED_LINES, encodings, strict=True))
    )
    source = read_text(path)
    assert source.text == text
    assert source.damage and "lines in two encodings" in source.damage, source.damage
    other = 2 if encodings[0] == encodings[1] else 1
    assert f"the first is line {other + 1}" in source.damage
    whole = TextStream(path, block_bytes=1 << 20)
    assert "".join(whole) == text and whole.damage == source.damage


def test_a_file_in_two_encodings_read_in_blocks_gives_the_same_text(tmp_path: Path) -> None:
    lines = MIXED_LINES * 8
    data = b"".join(line.encode("gbk" if n % 5 == 3 else "utf-8") for n, line in enumerate(lines))
    path = tmp_path / "r.txt"
    path.write_bytes(data)
    for block in (64, 100, 4096):
        stream = TextStream(path, block_bytes=block)
        assert "".join(stream) == "".join(lines), block
        assert stream.damage and "line(s) read as GB18030" in stream.damage


def test_damaged_gbk_is_read_as_gbk_not_as_the_utf8_its_first_bytes_form(
    tmp_path: Path,
) -> None:
    """GBK's 某 (C4 B3) is a valid UTF-8 character: judged by the bytes before its first
    bad one, a damaged GBK file was read as UTF-8, every character replaced."""
    data = "".join(MIXED_LINES).encode("gbk")
    data = data[:50] + b"\xff" + data[50:]
    path = tmp_path / "r.txt"
    path.write_bytes(data)
    source = read_text(path)
    assert source.encoding == "gb18030" and source.text.startswith(MIXED_LINES[0])
    assert source.text == data.decode("gb18030", errors="replace")
    stream = TextStream(path, block_bytes=64)
    assert "".join(stream) == source.text


def test_a_dash_for_standard_input_says_it_is_not_read(tmp_path: Path, capsys) -> None:
    """`metrics extract -` (many tools read standard input so; the README never says
    this one does) said only `-: no such file or directory`."""
    from metrics.cli import main

    assert main(["extract", "-", "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "-: no such file or directory: standard input is not read" in err
    assert "save the text to a file" in err
    assert not (tmp_path / "out" / "CURRENT").exists()


def test_one_long_damaged_line_is_decoded_in_parts_not_held_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large file read line by line after a bad byte held a line without end whole (a
    PDF paste of megabytes on one line): it is decoded in parts, cut after a byte that
    stands inside no character, with the text of the file read whole."""
    import metrics.io as io

    monkeypatch.setattr(io, "HELD_BYTES", 200)
    data = ("全年完成统计调查28项, 发布统计信息136条, " * 40).encode()
    data = data[:300] + b"\xff" + data[300:]
    path = tmp_path / "one_line.txt"
    path.write_bytes(data)
    stream = TextStream(path, block_bytes=64)
    held = []
    original = io._LineDecoder.decode

    def decode(self, chunk: bytes, final: bool = False) -> str:
        text = original(self, chunk, final)
        held.append(len(self.pending))
        return text

    monkeypatch.setattr(io._LineDecoder, "decode", decode)
    assert "".join(stream) == read_text(path).text
    assert held and max(held) <= 200 + 64


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_chinese_in_utf16_without_its_mark_is_named_so_not_binary(
    tmp_path: Path, encoding: str
) -> None:
    """Chinese alone in UTF-16 without a BOM has a NUL only in 一 (U+4E00) and the like:
    too few for the NUL-beside-every-ASCII-character test, it was called binary data."""
    path = tmp_path / "r.txt"
    path.write_bytes(
        "县统计局工作总结全年完成统计调查二十八项发布统计信息一百三十六条".encode(encoding)
    )
    with pytest.raises(InputError, match="UTF-16 text without a byte-order mark"):
        read_text(path)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("東京都統計局の令和五年度事業報告では、調査を二十八件実施した。", "shift_jis"),
        ("大阪府の統計調査は三十二件、うち新規調査は五件であった。\n", "cp932"),
    ],
)
def test_a_text_gb18030_reads_into_rare_characters_is_said_to_be_in_doubt(
    tmp_path: Path, text: str, encoding: str
) -> None:
    """Shift-JIS decodes strictly as GB18030, into characters no report uses (搶嫗搒摑…):
    read so in silence before; the reading is kept and said to be in doubt."""
    path = tmp_path / "r.txt"
    path.write_bytes(text.encode(encoding))
    source = read_text(path)
    assert source.damage and "may be in another encoding" in source.damage
    stream = TextStream(path, block_bytes=64)
    assert "".join(stream) == source.text and stream.damage == source.damage


# A page of a Korean-language (朝鲜族) unit, in Korean's own legacy encoding: EUC-KR's
# Hangul rows (B0-C8) are GB2312's first-level characters, so GB18030 decoded such a file
# whole into common characters (연길시 → 楷辨矫), with no doubt to say.
KOREAN_TEXTS = [
    "연길시 통계국 2024년 사업총화\n올해 통계조사 28건을 완수하여 전년보다 12.5% 늘었다.\n",
    "화룡시 교육국 2025년 사업계획\n학교 3곳을 새로 짓고 교원 120명을 양성한다.\n",
    # a few Hanja among the Hangul, as official Korean may write them
    "延吉市 농업국 2023년 總結\n벼 재배면적은 5만 무에 달하였다.\n",
]


@pytest.mark.parametrize("text", KOREAN_TEXTS)
@pytest.mark.parametrize("encoding", ["euc_kr", "cp949"])
def test_korean_text_in_euc_kr_is_read_as_korean_and_said_so(
    tmp_path: Path, text: str, encoding: str
) -> None:
    path = tmp_path / "연길.txt"
    path.write_bytes(text.encode(encoding))
    assert path.read_bytes().decode("gb18030") != text  # read so before, in silence
    source = read_text(path)
    assert source.text == text and source.encoding == "cp949"
    assert source.damage and "Korean" in source.damage and "EUC-KR" in source.damage
    stream = TextStream(path, block_bytes=64)  # a large file: the same, judged on a block
    assert "".join(stream) == text and stream.damage == source.damage


@pytest.mark.parametrize("text", [TEXT, *GBK_TEXTS, "县统计局工作总结\n完成调查28项。\n"])
def test_chinese_in_gbk_is_never_taken_for_korean(tmp_path: Path, text: str) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(text.encode("gbk"))
    source = read_text(path)
    assert (source.text, source.encoding, source.damage) == (text, "gb18030", None)


def test_korean_in_utf8_or_in_a_web_page_is_said_so_too(tmp_path: Path) -> None:
    """Read right (UTF-8, or a page whose charset says EUC-KR or whose bytes are), Korean
    is still no Chinese report: said as an EUC-KR text file is, never in silence."""
    pytest.importorskip("lxml")
    from metrics.readers import read_source

    text = KOREAN_TEXTS[0]
    plain = tmp_path / "연길.txt"
    plain.write_text(text, encoding="utf-8")
    page = (
        "<html><head>{}</head><body><p>" + "</p><p>".join(text.splitlines()) + "</p></body></html>"
    )
    bare = tmp_path / "bare.html"
    bare.write_bytes(page.format("").encode("euc_kr"))
    declared = tmp_path / "declared.html"
    declared.write_bytes(page.format('<meta charset="euc-kr">').encode("euc_kr"))
    for path in (plain, bare, declared):
        source = read_source(path)
        assert "통계조사 28건" in source.text
        assert source.damage and source.damage.startswith("Korean text"), path
    chinese = tmp_path / "r.txt"
    chinese.write_text(TEXT, encoding="utf-8")
    assert read_source(chinese).damage is None
