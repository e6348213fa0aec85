"""Input files as they come: a BOM, UTF-16, GB18030's four-byte characters, a stray NUL,
UTF-16 without its BOM, an empty file among good ones, a symlink loop. Each good file's
figures point at their place in the file; each bad one is named with what to do."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest

import metrics
from metrics.cli import main
from metrics.errors import InputError
from metrics.io import TextStream, read_text

# written for these tests, in the corpus's style
REPORT = (
    "县林业局2024年工作总结\n\n"
    "2024年，县林业局全年完成营造林3.2万亩，同比增长6.5%；森林覆盖率达到62.4%。\n"
    "二、2025年工作计划\n力争完成营造林3.5万亩。\n"
)
# characters of CJK extensions A and B (B: four bytes in GB18030, two UTF-16 units)
RARE = "县林业局2024年工作总结\n\n䶮𠀀镕堃喆珺祎赟昇等12户林农获评示范户，全年完成营造林3.2万亩。\n"


def _figures_in_place(tables: metrics.Tables, folder: Path) -> None:
    """Each figure's span in its file, decoded as it was read, is the figure."""
    for name, rows in tables.mentions.groupby("source_file", observed=True):
        original = read_text(folder / str(name)).text
        for start, end, text in zip(
            rows["char_start"], rows["char_end"], rows["text"], strict=True
        ):
            assert original[start:end] == text, name


def test_every_encoding_of_one_report_gives_its_figures(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    encoded = {
        "bom.txt": codecs.BOM_UTF8 + REPORT.encode(),
        "utf16le.txt": REPORT.encode("utf-16"),
        "utf16be.txt": codecs.BOM_UTF16_BE + REPORT.encode("utf-16-be"),
        "gbk.txt": REPORT.encode("gbk"),
        "rare.txt": RARE.encode("gb18030"),
        "mixed.txt": REPORT.replace("\n", "\r\n", 2).replace("\n", "\r", 2).encode(),
    }
    for name, data in encoded.items():
        (folder / name).write_bytes(data)
    assert main(["extract", str(folder), "--out", str(tmp_path / "o"), "--quiet"]) == 0
    tables = metrics.load(tmp_path / "o")
    _figures_in_place(tables, folder)
    counts = tables.mentions["source_file"].value_counts()
    assert {str(k): int(v) for k, v in counts.items()} == {
        **{n: 4 for n in encoded if n != "rare.txt"},
        "rare.txt": 2,
    }
    assert set(tables.documents["title"]) == {"县林业局2024年工作总结"}


def test_a_stray_nul_is_replaced_and_said_not_the_file_refused(tmp_path: Path) -> None:
    """A NUL byte (a bad copy) made the whole file `not a text file`."""
    cut = REPORT.index("全年")
    path = tmp_path / "nul.txt"
    path.write_bytes(REPORT[:cut].encode() + b"\x00" + REPORT[cut:].encode())
    source = read_text(path)
    assert source.text == REPORT[:cut] + "\ufffd" + REPORT[cut:]  # one for one
    assert source.damage == f"1 NUL byte(s) replaced, the first at character {cut}"
    stream = TextStream(path, block_bytes=64)
    assert "".join(stream) == source.text
    assert stream.damage == f"NUL bytes replaced, the first at character {cut}"


def test_a_stray_nul_costs_the_run_its_status_not_the_figures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cut = REPORT.index("全年")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "nul.txt").write_bytes(
        REPORT[:cut].encode() + b"\x00" + REPORT[cut:].encode()
    )
    assert main(["extract", str(tmp_path / "in"), "--out", str(tmp_path / "o"), "--quiet"]) == 1
    assert "nul.txt: 1 NUL byte(s) replaced" in capsys.readouterr().err
    assert len(metrics.load(tmp_path / "o").mentions) == 4


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_its_bom_is_named_with_what_to_do(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(REPORT.encode(codec))
    with pytest.raises(
        InputError, match=r"UTF-16 text without a byte-order mark.*save it as UTF-8"
    ):
        read_text(path)


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 20,  # few NULs (0.5 %) among bytes that do not decode
        b"\x7fELF\x02\x01\x01" + bytes(200) + "全年完成营造林3.2万亩。".encode() * 50,
        "县林业局".encode() + b"\x00\xff\xfe" + REPORT.encode() * 20,  # a NUL and bad bytes
    ],
)
def test_binary_data_is_still_no_text(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match="not a text file: it holds NUL bytes"):
        read_text(path)


def test_an_empty_file_and_a_symlink_loop_among_good_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text(REPORT, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "sub" / "up").symlink_to(folder)  # a loop back to the folder given
    (folder / "self").symlink_to(".")
    assert main(["extract", str(folder), "--out", str(tmp_path / "o"), "--quiet"]) == 1
    assert capsys.readouterr().err.startswith(
        f"metrics: error: {folder / 'empty.txt'}: the file is empty\n"
    )
    tables = metrics.load(tmp_path / "o")
    assert tables.documents["source_file"].tolist() == ["good.txt"]  # once, not per loop
    assert tables.failures["source_file"].tolist() == ["empty.txt"]


@pytest.mark.parametrize(
    "data",
    [
        b"\xef\xbb\xbf",  # Notepad's "new file, saved as UTF-8": its BOM alone
        b"\xef\xbb\xbf\r\n\r\n",
        "\ufeff\u3000\u3000\n".encode("utf-16-le"),  # UTF-16 with its BOM, ideographic spaces
        b"\xfe\xff\x00 \x00\n",  # big-endian UTF-16: a space and a line end
    ],
)
def test_a_byte_order_mark_and_blanks_are_an_empty_file(tmp_path: Path, data: bytes) -> None:
    """A file of blanks without a BOM was refused as empty; with one it was read as a report
    of no text: no failure, nothing said, exit 0."""
    path = tmp_path / "空白.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match="the file is empty"):
        read_text(path)


PAGE = (
    '\n<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>县林业局2024年工作总结</title>'
    '</head><body><div class="nav">首页 | 政务公开</div><p>全年完成营造林3.2万亩。</p>'
    "<script>var n = 1024;</script></body></html>\n"
)


@pytest.mark.parametrize("page", [PAGE, PAGE.replace("<!DOCTYPE html>\n", "").upper()])
def test_a_web_page_saved_as_txt_is_told_the_suffix_that_reads_it(
    tmp_path: Path, page: str
) -> None:
    """Read as text, its tags ran into the title (`<!DOCTYPE html>`) and the metrics."""
    path = tmp_path / "报告.txt"
    path.write_text(page, encoding="utf-8")
    advice = "a web page (HTML): give it the suffix .html to read it as one"
    with pytest.raises(InputError, match=re.escape(advice)):
        read_text(path)
    with pytest.raises(InputError, match=re.escape(advice)):
        TextStream(path, block_bytes=64)


@pytest.mark.parametrize(
    "text",
    [
        "<县林业局2024年工作总结>\n全年完成营造林3.2万亩。\n",  # a title in angle brackets
        "县林业局在门户网站<html>栏目公开信息12条。\n",  # a tag quoted in the text
        "<html5课件制作培训>共举办3期。\n",
    ],
)
def test_a_report_with_an_angle_bracket_is_read(tmp_path: Path, text: str) -> None:
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    assert read_text(path).text == text
