"""Failures met by trying the tool as a new user would (round 24, the input formats as
published): each reproduced here first (each test failed on 6db9ccb), then fixed for its
class: a web page's table whose cells Word or WPS saved each in a paragraph, and one whose
cells span rows, read unlike the Word file's table; plain text under a web page's, a
PDF's or a Word file's suffix; a page saved as one file whose report is in a frame; a
scanned page among a PDF's pages of text; a page saved again in UTF-8 under its site's
GBK charset; a saved page that begins with a comment; a ZIP file of another kind (a sheet,
a template, an archive) under .docx, .pdf or .txt."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import metrics
from metrics.errors import InputError
from metrics.pipeline import process_file
from metrics.readers import read_source

from . import format_files as ff


def _word_table(path: Path, rows: list[list[str]], merged: tuple[int, int, int] | None) -> Path:
    """A Word file of a line of text and ``rows`` as a table; ``merged``: (column, first
    row, last row) merged into one cell, its text the first row's."""
    import docx

    document = docx.Document()
    document.add_paragraph(ff.REPORT[1][1])
    grid = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in zip(grid.rows, rows, strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            if value:
                cell.text = value
    if merged:
        column, first, last = merged
        grid.cell(first, column).merge(grid.cell(last, column))
    document.save(str(path))
    return path


def _table_figures(path: Path) -> list[tuple[str, str, str, str]]:
    return [
        (m.text, m.metric, m.role, m.unit)
        for m in process_file(path).mentions
        if "\t" in m.sentence
    ]


def test_a_web_tables_cells_saved_each_in_a_paragraph_are_read_as_rows(tmp_path: Path) -> None:
    """Word and WPS save a document as a web page with each table cell's text in a
    paragraph of its own (``<td><p class=MsoNormal><span>186.4</span></p></td>``), and so
    do many sites' editors. Such a cell was taken for one that lays the page out: each
    cell on a line of its own, the table no table, its figures without row or column.
    A cell whose paragraphs hold a short value is a value; the page's table reads as the
    Word file's."""

    def cell(text: str) -> str:
        return (
            "<td valign=top style='border:solid windowtext 1.0pt'><p class=MsoNormal "
            f"align=center><span style='font-size:10.5pt'>{text}</span></p></td>"
        )

    table = "".join("<tr>" + "".join(cell(c) for c in row) + "</tr>" for row in ff.TABLE)
    page = (
        "<html><head><meta http-equiv=Content-Type content='text/html; charset=gb2312'></head>"
        f"<body><div class=WordSection1><p class=MsoNormal>{ff.REPORT[1][1]}</p>"
        f"<table class=MsoNormalTable border=1>{table}</table></div></body></html>"
    )
    (tmp_path / "t.htm").write_bytes(page.encode("gb18030"))
    html = _table_figures(tmp_path / "t.htm")
    assert len(html) == 6
    assert html == _table_figures(ff.write_docx(tmp_path / "t.docx"))


def test_a_web_page_laid_out_in_a_tables_cells_keeps_its_lines(tmp_path: Path) -> None:
    """Counter-example: a cell that holds the report's paragraphs lays the page out (an
    old site's template): its paragraphs stay lines of their own, its title a line."""
    body = "".join(f"<p>{text}</p>" for _, text in ff.REPORT)
    page = (
        "<html><body><table><tr><td><p>政府工作报告</p></td></tr>"
        f"<tr><td class=content>{body}</td></tr></table></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    lines = read_source(tmp_path / "page.html").text.splitlines()
    assert lines == ["政府工作报告", *(text for _, text in ff.REPORT)]


def test_a_web_tables_cells_that_span_rows_read_as_the_word_files(tmp_path: Path) -> None:
    """A cell of a web page's table that spans rows (``rowspan``: a unit column's 亿元 for
    two indicators, merged) stands in the row it begins in only: the rows below it had
    a cell fewer, and each of their figures stood under the column to its left (the
    year's target under 单位, the result under 年度目标). Word's reader gives such a cell's
    text in every row it spans; the page's table is read so too, its rows as the Word
    file's."""
    rows = [
        ["指标名称", "单位", "年度目标", "完成情况"],
        ["地区生产总值", "亿元", "180", "186.4"],
        ["一般公共预算收入", "", "12", "12.35"],
        ["新增城镇就业", "人", "5000", "5280"],
    ]
    word = _table_figures(_word_table(tmp_path / "t.docx", rows, (1, 1, 2)))
    cells = [
        "<tr>" + "".join(f"<th>{c}</th>" for c in rows[0]) + "</tr>",
        "<tr><td>地区生产总值</td><td rowspan='2'>亿元</td><td>180</td><td>186.4</td></tr>",
        "<tr><td>一般公共预算收入</td><td>12</td><td>12.35</td></tr>",
        "<tr><td>新增城镇就业</td><td>人</td><td>5000</td><td>5280</td></tr>",
    ]
    page = f"<html><body><p>{ff.REPORT[1][1]}</p><table>{''.join(cells)}</table></body></html>"
    (tmp_path / "t.html").write_text(page, encoding="utf-8")
    html = _table_figures(tmp_path / "t.html")
    assert len(html) == 6
    assert html == word
    # a cell that spans rows and columns, and one whose span runs past the table's end
    cells[1] = (
        "<tr><td rowspan=9 colspan=2>地区生产总值（亿元）</td><td>180</td><td>186.4</td></tr>"
    )
    cells[2:] = ["<tr><td>190</td><td>192.5</td></tr>"]
    page = f"<html><body><table>{''.join(cells)}</table></body></html>"
    (tmp_path / "span.html").write_text(page, encoding="utf-8")
    assert read_source(tmp_path / "span.html").text.splitlines()[-2:] == [
        "地区生产总值（亿元）\t180\t186.4",
        "地区生产总值（亿元）\t190\t192.5",
    ]


@pytest.mark.parametrize("suffix", [".html", ".htm", ".mhtml", ".pdf", ".docx", ".doc"])
@pytest.mark.parametrize("codec", ["utf-8", "gb18030"])
def test_plain_text_under_another_formats_suffix_says_so(
    tmp_path: Path, suffix: str, codec: str
) -> None:
    """A report saved as plain text under a web page's, a PDF's or a Word file's suffix
    (renamed by hand, or by a system that names every attachment .pdf): as a page it
    was read as one paragraph (every line end a space: no title, no heading, no
    document of its own, and no word said); as a PDF it was 'damaged: download it
    again', as a Word file 'save it again as .docx' (an old .doc: 'save it as .docx'), as
    a page saved as one file 'save it again as a web page'.
    It is named as plain text, with the suffix that reads it."""
    path = tmp_path / f"报告{suffix}"
    path.write_bytes(ff.plain_text().encode(codec))
    with pytest.raises(InputError, match=r"plain text.*suffix \.txt"):
        read_source(path)
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        failed = metrics.extract(path).failures
    assert failed["message"].str.contains("plain text").all() and len(failed) == 1


def test_a_web_page_without_its_tags_at_the_top_is_still_a_page(tmp_path: Path) -> None:
    """Counter-example: a page's fragment (an editor's export, a page without <html>)
    holds tags all the same, and is read as a page."""
    path = tmp_path / "fragment.html"
    path.write_text(f"{ff.TITLE}\n<p>{ff.REPORT[1][1]}</p>\n", encoding="utf-8")
    assert read_source(path).text.splitlines() == [ff.TITLE, ff.REPORT[1][1]]


def _archive(top: str, frames: dict[str, str]) -> bytes:
    """A page saved as one file (MHTML) as Chrome writes it: the page, then each frame's
    page as a part named by its Content-ID, which the frame's src gives as ``cid:…``."""
    from email.charset import QP, Charset
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    archive = MIMEMultipart("related", type="text/html")
    for name, page in [("", top), *frames.items()]:
        part = MIMEText("", "html")
        codec = Charset("gbk")
        codec.body_encoding = QP
        part.set_payload(page, codec)
        if name:
            part["Content-ID"] = f"<{name}>"
        archive.attach(part)
    return archive.as_bytes()


def test_a_saved_page_whose_report_is_in_a_frame_reads_the_frames_part(tmp_path: Path) -> None:
    """A site that shows its report in a frame (an iframe below its navigation, or a
    frameset), saved from the browser as one file: the browser keeps the frame's page
    as a part of the archive, but the reader read the top page alone, found no text
    once its navigation was dropped, and said to open the frame's page and save that.
    The frames the page shows are read, in order; a frame of no text (a menu) adds
    nothing; the page's own text, when it has some, is read as before."""
    report = ff.html_page(None).decode("utf-8")
    menu = "<html><body><div class=menu><a>首页</a> <a>政务公开</a></div></body></html>"
    top = (
        "<html><head><title>政府工作报告</title></head><body><div class=nav><a>首页</a></div>"
        "<iframe src='cid:frame-1@mhtml.blink'></iframe>"
        "<iframe src='cid:frame-2@mhtml.blink'></iframe></body></html>"
    )
    path = tmp_path / "报告.mhtml"
    path.write_bytes(_archive(top, {"frame-1@mhtml.blink": menu, "frame-2@mhtml.blink": report}))
    page = tmp_path / "report.html"
    page.write_bytes(ff.html_page("utf-8"))
    assert read_source(path).text == read_source(page).text
    # a frame the page does not show (no src names it) is not read for it
    path.write_bytes(_archive(top.replace("frame-2", "frame-3"), {"frame-2@mhtml.blink": report}))
    with pytest.raises(InputError, match="in a frame"):
        read_source(path)


def _pdf_with_an_image_page(path: Path, width: float, height: float) -> Path:
    """A report of two pages of text (reportlab's Chinese CID font) with a page between
    them that holds one image of ``width`` × ``height`` points and no text."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(str(path), pagesize=(595, 842))
    for lines in (
        ["东湖区统计局2023年工作总结", "全年完成统计调查12项。"],
        None,
        ["发布统计信息136条。"],
    ):
        if lines is None:
            pdf.drawImage(ImageReader(Image.new("L", (200, 280), 235)), 40, 40, width, height)
        else:
            pdf.setFont("STSong-Light", 12)
            for n, line in enumerate(lines):
                pdf.drawString(72, 700 - 40 * n, line)
        pdf.showPage()
    pdf.save()
    return path


def test_a_scanned_page_among_a_pdfs_pages_of_text_is_named(tmp_path: Path) -> None:
    """A PDF whose pages are text but one, a scan (a table or the signed last page
    scanned and put among them): the page gave no text and no word was said, its
    figures missing from the tables. It is named as damage (on stderr, the exit status
    1), with what to do; the other pages' figures are kept. A page of a small image and
    no text (an emblem) is no scan."""
    path = _pdf_with_an_image_page(tmp_path / "报告.pdf", 515, 760)
    source = read_source(path)
    assert source.damage is not None and "page(s) 2 " in source.damage
    assert "scanned image" in source.damage and "OCR" in source.damage
    with warnings.catch_warnings(record=True) as said:
        warnings.simplefilter("always")
        values = metrics.extract(path).mentions["value"].tolist()
    assert sorted(values) == [12, 136]
    assert any("page(s) 2 " in str(w.message) for w in said)
    small = _pdf_with_an_image_page(tmp_path / "徽标.pdf", 90, 90)
    assert read_source(small).damage is None


@pytest.mark.parametrize("title", ["政府工作报告", "主要经济指标", "经济运行情况", "统计公报"])
def test_a_page_saved_again_in_utf8_under_its_sites_gbk_charset_is_read(
    tmp_path: Path, title: str
) -> None:
    """A page saved again by a browser or an editor is written in UTF-8 and keeps the
    charset its site declared (``<meta charset=gb2312>``). Read as declared, a short
    page's text came out garbled with no word said (政府工作报告 as 鏀垮簻宸ヤ綔鎶ュ憡: its
    bytes happened to pair up in GB18030; a longer page's seldom do, and was detected).
    Bytes that are UTF-8 are read as UTF-8; a page in GBK that declares it is read as
    before."""
    page = (
        "<html><head><meta http-equiv=Content-Type content='text/html; charset=gb2312'>"
        f"</head><body><h1>{title}</h1></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("utf-8"))
    assert read_source(path).text.splitlines() == [title]
    path.write_bytes(page.encode("gb18030"))
    source = read_source(path)
    assert source.text.splitlines() == [title] and source.encoding == "gb18030"


def test_a_pdf_under_a_saved_pages_suffix_says_what_it_is(tmp_path: Path) -> None:
    """A PDF named .mhtml was told to be saved again from the browser; it is named as
    a PDF, with the suffix that reads it, as under the other readers' suffixes."""
    path = tmp_path / "报告.mhtml"
    path.write_bytes(ff.write_pdf(tmp_path / "r.pdf").read_bytes())
    with pytest.raises(InputError, match=r"not a saved web page .*PDF.*suffix \.pdf"):
        read_source(path)


SAVED_FROM = b"<!-- saved from url=(0048)http://www.example.gov.cn/zwgk/2024/a.html -->\r\n"


@pytest.mark.parametrize(
    "start",
    [
        SAVED_FROM,  # Internet Explorer's mark of where a page was saved from
        b"<!DOCTYPE html>\n" + SAVED_FROM,  # the same after the doctype (Chrome, Edge)
        b"<!-- \xe9\xa1\xb5\xe9\x9d\xa2\xe5\xa4\xb4 -->\n<head><meta charset='utf-8'></head>",
    ],
)
def test_a_saved_page_that_begins_with_a_comment_is_named_a_page(
    tmp_path: Path, start: bytes
) -> None:
    """A page a browser saved begins with the mark of where it came from (``<!-- saved
    from url=(0048)http://… -->``), before its ``<html>``; an editor's page may begin
    with a comment or with its ``<head>``. Under .txt it was read as text, its tags and
    scripts among the report's words, and said to be 'text in another language beside
    Chinese' (which sent a user looking at the language); under .pdf it was 'damaged'.
    Each is named a web page, with the suffix that reads it."""
    page = start + ff.html_page("utf-8").removeprefix(b"<html>")
    (tmp_path / "报告.txt").write_bytes(page)
    with pytest.raises(InputError, match=r"a web page \(HTML\): give it the suffix \.html"):
        read_source(tmp_path / "报告.txt")
    (tmp_path / "报告.pdf").write_bytes(page)
    with pytest.raises(InputError, match=r"not a PDF: a web page"):
        read_source(tmp_path / "报告.pdf")
    (tmp_path / "报告.html").write_bytes(page)  # and read as one under its own suffix
    assert "186.4亿元" in read_source(tmp_path / "报告.html").text


def _office_files(folder: Path) -> dict[str, bytes]:
    """ZIP files of other kinds than a Word document: a spreadsheet, a Word template (its
    main part's content type, as Word writes a .dotx), a plain archive of reports."""
    import io
    import zipfile

    import openpyxl

    folder.mkdir()
    book = openpyxl.Workbook()
    book.active["A1"] = "全县完成投资95.7亿元"
    book.save(folder / "sheet.xlsx")
    word = ff.write_docx(folder / "report.docx").read_bytes()
    template = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(word)) as source, zipfile.ZipFile(template, "w") as out:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            out.writestr(item, data)
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("报告/统计局.txt", ff.plain_text())
    return {
        "sheet": (folder / "sheet.xlsx").read_bytes(),
        "template": template.getvalue(),
        "archive": archive.getvalue(),
        "word": word,
    }


def test_an_office_file_of_another_kind_under_docx_pdf_or_txt_says_what_it_is(
    tmp_path: Path,
) -> None:
    """Office's formats are all ZIP files. A spreadsheet saved under .docx (附件.docx that
    is a sheet) raised python-docx's ValueError, which failed as a bug (its exception
    type printed), and so did a Word template or a document with macros renamed .docx;
    a ZIP of reports under .docx was 'damaged: save it again as .docx'; under .pdf each
    was 'a ZIP archive or a Word file'. Each is said to be what it is, with what to do."""
    files = _office_files(tmp_path / "made")
    expected = {
        "sheet": r"an Excel spreadsheet \(\.xlsx\) under another suffix: a spreadsheet, not read",
        "template": r"a Word file of another kind, a template or one with macros",
        "archive": r"a ZIP archive \(of 1 file\(s\)\): an archive, not opened: unpack it",
    }
    for kind, problem in expected.items():
        path = tmp_path / f"{kind}.docx"
        path.write_bytes(files[kind])
        with pytest.raises(InputError, match=problem):
            read_source(path)
    for kind, problem in {**expected, "word": r"a Word file: give it the suffix \.docx"}.items():
        if kind != "template":
            (tmp_path / f"{kind}.pdf").write_bytes(files[kind])
            with pytest.raises(InputError, match=f"not a PDF: {problem}"):
                read_source(tmp_path / f"{kind}.pdf")
    for kind, problem in {**expected, "word": r"a Word file: give it the suffix \.docx"}.items():
        if kind != "template":  # and under .txt, which said 'a ZIP archive or a Word file'
            (tmp_path / f"{kind}.txt").write_bytes(files[kind])
            with pytest.raises(InputError, match=f"not a text file: {problem}"):
                read_source(tmp_path / f"{kind}.txt")
    (tmp_path / "word.docx").write_bytes(files["word"])  # a Word file is read as before
    assert "186.4亿元" in read_source(tmp_path / "word.docx").text
