"""Reports as people get them: web pages, Word files, PDFs (metrics.readers).

Every file is made here, in tmp_path, from one report text of our own writing
(tests/format_files.py): the same report as .txt, .html (GBK and UTF-8), .docx and .pdf
must give the same figures, and every row's span must check against the text kept.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pandas as pd
import pytest

import metrics
from metrics.cli import main
from metrics.errors import InputError
from metrics.pipeline import process_file, tasks
from metrics.readers import read_source

from . import format_files as ff

pytest.importorskip("docx", reason="the formats extra is not installed")
pytest.importorskip("pdfminer", reason="the formats extra is not installed")
pytest.importorskip("reportlab", reason="reportlab (dev extra) makes the test PDFs")


def make_all(folder: Path) -> dict[str, Path]:
    folder.mkdir(exist_ok=True)
    return {
        "txt": ff.write_txt(folder / "县报告.txt"),
        "gbk": ff.write_html(folder / "县报告_gbk.html", "gb2312"),
        "utf8": ff.write_html(folder / "县报告_utf8.shtml", "utf-8"),
        "xhtml": ff.write_html(folder / "县报告_xhtml.htm", "gb2312", xml=True),
        "mhtml": ff.write_mhtml(folder / "县报告.mhtml", "utf-8"),
        "mht": ff.write_mhtml(folder / "县报告_ie.mht", "gb2312", "base64"),
        # what systems that publish reports name 附件.doc: a web page, a .docx
        "doc_page": ff.write_html(folder / "县报告_附件.doc", "gb2312"),
        "doc_docx": ff.write_docx(folder / "县报告_附件2.doc"),
        "docx": ff.write_docx(folder / "县报告.docx"),
        "pdf": ff.write_pdf(folder / "县报告.pdf"),
    }


def figures(path: Path) -> list[tuple]:
    """What a figure row says, table cells aside (only the Word file has the table)."""
    return sorted(
        (m.text, m.value, m.masked, m.unit, m.role, m.metric, m.year)
        for m in process_file(path).mentions
        if "\t" not in m.sentence
    )


def test_the_same_report_in_every_format_gives_the_same_figures(tmp_path: Path) -> None:
    files = make_all(tmp_path / "in")
    expected = figures(files["txt"])
    assert len(expected) >= 15 and any(masked for _, _, masked, *_ in expected)
    for name, path in files.items():
        assert figures(path) == expected, name


def test_a_word_tables_cells_are_read_with_their_row_and_column(tmp_path: Path) -> None:
    result = process_file(ff.write_docx(tmp_path / "r.docx"))
    cells = {m.text: m for m in result.mentions if "\t" in m.sentence}
    assert cells["186.4"].metric == "地区生产总值" and cells["186.4"].unit == "亿元"
    assert cells["180"].role == "target" and cells["5280"].role == "actual"
    without = process_file(ff.write_docx(tmp_path / "plain.docx", table=False))
    assert not any("\t" in m.sentence for m in without.mentions)


def test_a_web_pages_chrome_is_dropped_and_its_body_kept(tmp_path: Path) -> None:
    text = read_source(ff.write_html(tmp_path / "p.htm", "gbk")).text
    for chrome in ("首页", "当前位置", "字号", "发布时间", "分享到", "打印本页", "版权所有", "ICP"):
        assert chrome not in text, chrome
    assert "增长9%" not in text  # a script's text is no figure
    assert text.splitlines()[:2] == [ff.TITLE, "一、2023年工作回顾"]


def test_chrome_rules_do_not_take_a_reports_own_lines(tmp_path: Path) -> None:
    page = (
        '<html><body><div class="navigation-text"><p>全年完成作品版权登记1200件。</p>'
        '<p>来源于省级财政的补助资金2.3亿元。</p></div><div id="menuitem-body">'
        "<p>字号老店新增12家。</p></div><nav>首页</nav></body></html>"
    )
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    lines = read_source(tmp_path / "p.html").text.splitlines()
    assert lines == [
        "全年完成作品版权登记1200件。",
        "来源于省级财政的补助资金2.3亿元。",
        "字号老店新增12家。",
    ]


def test_a_page_that_declares_no_charset_is_detected(tmp_path: Path) -> None:
    page = f"<html><body><p>{ff.REPORT[1][1]}</p></body></html>"
    (tmp_path / "p.html").write_bytes(page.encode("gbk"))
    source = read_source(tmp_path / "p.html")
    assert source.encoding == "gb18030" and source.text == ff.REPORT[1][1] + "\n"


def test_a_pdfs_running_heads_and_page_numbers_are_dropped(tmp_path: Path) -> None:
    source = read_source(ff.write_pdf(tmp_path / "r.pdf"))
    assert len(source.pages) == 2 and source.text == ff.plain_text()
    wrapped = read_source(ff.write_pdf(tmp_path / "narrow.pdf", width_chars=11))
    assert len(wrapped.pages) > 2 and wrapped.text == ff.plain_text()


@pytest.mark.parametrize("footer", ["- {page} -", "第{page}页 共1页", "{page}/1"])
def test_a_page_number_goes_where_nothing_recurs(tmp_path: Path, footer: str) -> None:
    source = read_source(ff.write_pdf(tmp_path / "r.pdf", lines_per_page=40, footer=footer))
    header, *body = source.text.splitlines(keepends=True)
    assert source.pages == (0,) and "".join(body) == ff.plain_text()
    assert header == "某某县人民政府工作报告（1）\n"  # one page: nothing shows it runs


def test_every_span_checks_against_the_text_kept(tmp_path: Path) -> None:
    files = make_all(tmp_path / "in")
    out = tmp_path / "out"
    assert main(["extract", str(tmp_path / "in"), "--out", str(out), "--quiet"]) == 0
    mentions = pd.read_parquet(out / "current" / "mentions")
    for name, rows in mentions.groupby("source_file"):
        kept = out / "current" / "texts" / f"{name}.txt"
        if name.endswith(".txt"):
            assert not kept.exists()
            text = files["txt"].read_text(encoding="utf-8")
        else:
            text = kept.read_text(encoding="utf-8")
        for row in rows.itertuples():
            assert text[row.char_start : row.char_end] == row.text
    docs = pd.read_parquet(out / "current" / "documents.parquet")
    formats = dict(zip(docs.source_file, docs.input_format, strict=True))
    assert formats == {
        "县报告.txt": "text", "县报告_gbk.html": "html", "县报告_utf8.shtml": "html",
        "县报告_xhtml.htm": "html", "县报告.mhtml": "mhtml", "县报告_ie.mht": "mhtml",
        "县报告_附件.doc": "html", "县报告_附件2.doc": "docx",
        "县报告.docx": "docx", "县报告.pdf": "pdf",
    }  # fmt: skip
    pdf = mentions[mentions.source_file == "县报告.pdf"]
    assert pdf.page.notna().all() and set(pdf.page) == {1, 2}
    assert pdf.loc[pdf.text == "300个", "page"].tolist() == [2]
    assert mentions.loc[mentions.source_file != "县报告.pdf", "page"].isna().all()
    loaded = metrics.load(out)
    assert loaded.mentions.page.dtype == "Int32"
    assert loaded.documents.input_format.dtype == "category"
    # a run of plain text keeps no texts/ (the previous run's stays in its own folder)
    assert main(["extract", str(files["txt"]), "--out", str(out), "--quiet"]) == 0
    assert not (out / "current" / "texts").exists()


def write_doc(path: Path) -> Path:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    return path


def write_wps(path: Path) -> Path:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1WPS" + b"\x00" * 501)
    return path


def write_encrypted_pdf(path: Path) -> Path:
    return ff.write_pdf(path, encrypt="secret")  # a password to open it


def truncated(path: Path) -> Path:
    """The file cut in half, as a download that broke off leaves it."""
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    return path


def write_truncated_docx(path: Path) -> Path:
    return truncated(ff.write_docx(path))


def write_truncated_pdf(path: Path) -> Path:
    return truncated(ff.write_pdf(path))


def write_protected_pdf(path: Path) -> Path:
    """Opens without a password, copying and printing restricted (an owner password)."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    return ff.write_pdf(path, encrypt=StandardEncryption("", ownerPassword="x", canPrint=0))


def write_unmapped_pdf(
    path: Path,
    mapped: str = "",
    unmapped: tuple[str, ...] = ("新增城镇就业5280人，", "新建5G基站300个。", "植树造林1.8万亩。"),
) -> Path:
    """``mapped`` in a font that maps its glyphs to text, then lines in a font that does
    not: its CID font's character collection renamed to one no reader knows, as a font
    embedded without its character map leaves a PDF (pdfminer gives ``(cid:N)``)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    for font in ("STSong-Light", "MSung-Light"):
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    pdf = canvas.Canvas(str(path), pageCompression=0)
    pdf.setFont("STSong-Light", 12)
    pdf.drawString(72, 600, mapped)
    pdf.setFont("MSung-Light", 12)
    for n, line in enumerate(unmapped):
        pdf.drawString(72, 560 - 20 * n, line)
    pdf.showPage()
    pdf.save()
    data = path.read_bytes()
    assert data.count(b"/Ordering (CNS1)") == 1
    path.write_bytes(data.replace(b"/Ordering (CNS1)", b"/Ordering (XXX1)"))
    return path


def write_rtf(path: Path) -> Path:
    path.write_bytes(b"{\\rtf1\\ansi\\ansicpg936 \\'c8\\'ab\\'cf\\'d8 2024}")
    return path


def write_doc_as_docx(path: Path) -> Path:
    return write_doc(path)  # an old .doc renamed .docx


def write_frameset(path: Path) -> Path:
    """An old site's page of frames: the menu and the report are other pages."""
    path.write_text(
        "<html><head><title>某某县2024年政府工作报告</title></head><frameset cols='20%,80%'>"
        "<frame src='menu.html'><frame src='content_2024.html'></frameset></html>",
        encoding="utf-8",
    )
    return path


def write_script_shell(path: Path) -> Path:
    """A page whose scripts write its report, saved as the server sent it."""
    path.write_text(
        "<!DOCTYPE html><html><head><title>某某县2024年政府工作报告</title>"
        "<script src='/static/js/app.8f3a.js'></script></head>"
        "<body><div id='app'></div><script>window.__ID__ = 20240115;</script></body></html>",
        encoding="utf-8",
    )
    return path


BAD_FILES = [
    pytest.param(write_frameset, "frames.html", "its report is in a frame", id="frameset"),
    pytest.param(write_script_shell, "shell.html", "its text is written by its scripts", id="js"),
    pytest.param(write_rtf, "rtf.doc", "an RTF document cannot be read: open it", id="rtf"),
    pytest.param(
        write_doc_as_docx, "old.docx", "an old Word .doc file under the suffix .docx", id="doc-x"
    ),
    pytest.param(write_protected_pdf, "protected.pdf", "protected (copying", id="protected"),
    pytest.param(write_unmapped_pdf, "nomap.pdf", "without their character map", id="no-map"),
    pytest.param(write_doc, "old.doc", "save it as .docx", id="doc"),
    pytest.param(write_wps, "a.wps", "save it as .docx", id="wps"),
    pytest.param(ff.write_image_pdf, "scan.pdf", "no text layer", id="image-pdf"),
    pytest.param(write_encrypted_pdf, "locked.pdf", "encrypted", id="encrypted-pdf"),
    pytest.param(write_truncated_docx, "cut.docx", "save it again as .docx", id="truncated"),
    pytest.param(write_truncated_pdf, "cut.pdf", "download it again", id="truncated-pdf"),
]


@pytest.mark.parametrize(("make", "name", "reason"), BAD_FILES)
def test_a_file_no_reader_can_use_is_listed_and_the_others_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make, name: str, reason: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    good = ff.write_docx(folder / "good.docx")
    make(folder / name)
    out = tmp_path / "out"
    assert main(["extract", str(folder), "--out", str(out), "--quiet"]) == 1
    errors = [line for line in capsys.readouterr().err.splitlines() if "error:" in line]
    named = [line for line in errors if str(folder / name) in line]
    assert len(named) == 1 and reason in named[0]
    assert errors[-1].endswith("1 input problem(s); see the errors above")
    mentions = pd.read_parquet(out / "current" / "mentions")
    assert set(mentions.source_file) == {good.name}
    assert len(mentions) == len(process_file(good).mentions)


def test_a_missing_library_names_the_pip_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = ff.write_pdf(tmp_path / "r.pdf")
    monkeypatch.delitem(sys.modules, "metrics.readers.pdf", raising=False)
    monkeypatch.setitem(sys.modules, "pdfminer.high_level", None)
    monkeypatch.setenv("PATH", os.path.dirname(sys.executable))  # an activated environment
    with pytest.raises(
        InputError,
        match=r"needs pdfminer\.six: pip install 'gov-report-metrics\[formats\]' "
        r"\(in a clone: pip install -e '\.\[formats\]'\)$",
    ):
        read_source(path)
    # not activated (after `make run`): the pip a user would type installs elsewhere
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(InputError) as raised:
        read_source(path)
    assert raised.value.problem.endswith(
        f"(in a clone: {sys.executable} -m pip install -e '.[formats]')"
    )
    path = ff.write_docx(tmp_path / "r.docx")  # named by its distribution, not its module
    monkeypatch.delitem(sys.modules, "metrics.readers.docx", raising=False)
    monkeypatch.setitem(sys.modules, "docx", None)
    with pytest.raises(InputError, match=r"reading \.docx files needs python-docx: .*pip install"):
        read_source(path)
    assert read_source(ff.write_txt(tmp_path / "r.txt")).input_format == "text"


def test_a_large_file_of_another_format_is_read_whole_by_its_reader(tmp_path: Path) -> None:
    path = ff.write_pdf(tmp_path / "r.pdf")
    (task,) = tasks(path, large=16)  # a .txt this size would be streamed in pieces
    assert task.text is None and task.error is None


def test_the_dask_engine_reads_every_format(tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    make_all(tmp_path / "in")
    local, dask = tmp_path / "local", tmp_path / "dask"
    args = ["extract", str(tmp_path / "in"), "--quiet", "--jobs", "1", "--out"]
    assert main([*args, str(local)]) == 0
    assert main([*args, str(dask), "--engine", "dask"]) == 0
    a, b = metrics.load(local), metrics.load(dask)
    for name in ("documents", "mentions"):
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name))
    assert sorted(p.name for p in (dask / "current" / "texts").iterdir()) == sorted(
        p.name for p in (local / "current" / "texts").iterdir()
    )


OLD_TEMPLATE = """<html><head><meta charset="gbk"></head><body><table><tr><td>
<table><tr><td>当前位置：首页 &gt;&gt; 信息公开 &gt;&gt; 工作报告</td></tr></table>
<table><tr><td>【字体：大 中 小】【打印】【关闭】</td></tr></table>
<table><tr><td><p>全县新建村级综合服务中心46个。</p><p>全年接待游客328万人次。</p></td></tr></table>
<table><tr><td>您的位置: 首页</td></tr><tr><td>分享到 微信 微博</td></tr></table>
<table><tr><td>版权所有 &copy; 2023 某某市人民政府<br>蜀ICP备05001234号</td></tr>
<tr><td>川公网安备 51010502000123号</td></tr><tr><td>网站标识码：5101000001</td></tr></table>
</td></tr></table></body></html>"""


def test_chrome_without_class_names_is_dropped_by_its_wording(tmp_path: Path) -> None:
    (tmp_path / "old.htm").write_bytes(OLD_TEMPLATE.encode("gbk"))
    lines = read_source(tmp_path / "old.htm").text.splitlines()
    assert lines == ["全县新建村级综合服务中心46个。", "全年接待游客328万人次。"]


# A template that puts each button, share target, trail link and datum of the page in a
# block of its own, under class names no rule knows: chrome split one word a line.
SPLIT_TEMPLATE = """<html><head><meta charset="utf-8">
<title>南湖区2024年工作要点_南湖区人民政府</title></head><body>
<div class="wz"><span>您的位置:</span><p><a>首页</a></p><p>›</p><p><a>规划计划</a></p></div>
<div class="gj"><li>字体</li><li><a>[大]</a></li><li><a>[中]</a></li><li><a>[小]</a></li>
<li><a>打印本页</a></li></div>
<div class="fx"><p>分享到</p><p><a>朋友圈</a></p><p><a>新浪微博</a></p></div>
<div class="xx"><p>发布日期：</p><p>2024-02-18</p><p>来源：</p><p>区发改局</p></div>
<h1>南湖区2024年工作要点</h1>
<p>全年计划新建保障性住房1200套。</p>
<ul><li>大</li><li>中</li><li>小</li></ul><p>三类学校各新增学位300个。</p>
<ul><li>微信</li><li>微博</li></ul><p>政务新媒体粉丝达到52万人。</p>
<div><p>首页</p><p>政务公开</p></div><p>网站全年发布信息3600条。</p>
</body></html>"""


def test_chrome_split_one_word_a_line_is_dropped_whole(tmp_path: Path) -> None:
    """Each piece of the page's chrome alone was no chrome line: 字体 / [大] / [中] / [小]
    stood above the heading, which then was not among the first lines, and the page's
    <title> was added again. Joined, each run is dropped; the same words without the
    chrome's lead word (字号, 分享到, 您的位置, 来源) are a report's own lines."""
    (tmp_path / "p.html").write_text(SPLIT_TEMPLATE, encoding="utf-8")
    lines = read_source(tmp_path / "p.html").text.splitlines()
    assert lines == [
        "南湖区2024年工作要点",
        "全年计划新建保障性住房1200套。",
        "大", "中", "小", "三类学校各新增学位300个。",
        "微信", "微博", "政务新媒体粉丝达到52万人。",
        "首页", "政务公开", "网站全年发布信息3600条。",
    ]  # fmt: skip
    (document,) = process_file(tmp_path / "p.html").documents
    assert document.title == "南湖区2024年工作要点" and document.char_start == 0


@pytest.mark.parametrize(
    "names", ['class="main-nav"', 'id="footer_2"', 'class="crumbs"', 'class="share bar"']
)
def test_chrome_is_dropped_by_its_class_or_id(tmp_path: Path, names: str) -> None:
    chrome = f"<div {names}><p>新增就业岗位120个。</p></div>"
    page = f"<html><body>{chrome}<p>新建公园3个。</p></body></html>"
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    assert read_source(tmp_path / "p.html").text == "新建公园3个。\n"


def test_a_web_pages_table_is_read_as_the_word_files(tmp_path: Path) -> None:
    rows = "".join(
        "<tr>\n  " + "".join(f"<td>\n  {cell}\n</td>\n  " for cell in row) + "</tr>\n"
        for row in ff.TABLE
    )
    page = f"<html><body><p>{ff.REPORT[1][1]}</p><table>{rows}</table></body></html>"
    (tmp_path / "t.html").write_text(page, encoding="utf-8")
    html = [m for m in process_file(tmp_path / "t.html").mentions if "\t" in m.sentence]
    word = [
        m for m in process_file(ff.write_docx(tmp_path / "t.docx")).mentions if "\t" in m.sentence
    ]
    assert len(html) == 6
    assert [(m.text, m.metric, m.role, m.unit) for m in html] == [
        (m.text, m.metric, m.role, m.unit) for m in word
    ]


def test_files_on_remote_storage_are_read_by_their_readers(tmp_path: Path) -> None:
    pytest.importorskip("upath", reason="the remote extra is not installed")
    fsspec = pytest.importorskip("fsspec", reason="the remote extra is not installed")
    fs = fsspec.filesystem("memory")
    files = make_all(tmp_path / "in")
    try:
        for path in files.values():
            fs.pipe(f"/formats/{path.name}", path.read_bytes())
        remote, local = tmp_path / "remote", tmp_path / "local"
        assert main(["extract", "memory://formats", "--out", str(remote), "--quiet"]) == 0
        assert main(["extract", str(tmp_path / "in"), "--out", str(local), "--quiet"]) == 0
    finally:
        fs.rm("/formats", recursive=True)
    pd.testing.assert_frame_equal(metrics.load(remote).mentions, metrics.load(local).mentions)
    assert len(list((remote / "current" / "texts").iterdir())) == len(files) - 1  # .txt


def test_a_word_cell_merged_across_columns_is_written_once(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    grid = document.add_table(rows=2, cols=3)
    grid.cell(0, 1).merge(grid.cell(0, 2)).text = "2023年"
    for cell, value in zip(grid.rows[1].cells, ["粮食产量（万吨）", "41.6", "40.2"], strict=True):
        cell.text = value
    document.save(str(tmp_path / "m.docx"))
    assert read_source(tmp_path / "m.docx").text == "\t2023年\n粮食产量（万吨）\t41.6\t40.2\n"


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _revised_docx(path: Path) -> Path:
    """A Word file as an office leaves it: a figure revised with track changes on, a
    paragraph and a figure in content controls (a template's fields), a figure shown by
    a field, a table in a content control, a page break."""
    import docx
    from docx.oxml import parse_xml

    def xml(text: str):  # NS: where the first element declares the namespace
        return parse_xml(text.replace(" NS", f" {W_NS}", 1))

    document = docx.Document()
    document.add_heading("某县2024年政府工作报告", 0)
    p = document.add_paragraph("一般公共预算收入完成")
    p._p.append(xml('<w:del NS w:id="1"><w:r><w:delText>11.9亿元</w:delText></w:r></w:del>'))
    p._p.append(xml('<w:ins NS w:id="2"><w:r><w:t>12.35亿元</w:t></w:r></w:ins>'))
    p.add_run("，增长8.1%。")
    body = document.element.body
    body.insert(len(body) - 1, xml(
        "<w:sdt NS><w:sdtContent><w:p><w:r><w:t>新建高标准农田3.2万亩。</w:t></w:r></w:p>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标名称</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>完成情况</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:tc><w:p><w:r><w:t>新增城镇就业（人）</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>5280</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        "</w:sdtContent></w:sdt>"
    ))  # fmt: skip
    p = document.add_paragraph("城镇调查失业率控制在")
    p._p.append(xml("<w:sdt NS><w:sdtContent><w:r><w:t>5%</w:t></w:r></w:sdtContent></w:sdt>"))
    p.add_run("以内，粮食总产量")
    p._p.append(
        xml('<w:fldSimple NS w:instr="DOCPROPERTY a"><w:r><w:t>41.6万吨</w:t></w:r></w:fldSimple>')
    )
    p.add_run("。")
    p._p.append(xml('<w:r NS><w:br w:type="page"/></w:r>'))
    document.add_paragraph("二、2024年工作安排")
    document.save(str(path))
    return path


def test_a_word_files_revisions_and_content_controls_are_read_as_word_shows_them(
    tmp_path: Path,
) -> None:
    lines = read_source(_revised_docx(tmp_path / "r.docx")).text.splitlines()
    assert lines == [
        "某县2024年政府工作报告",
        "一般公共预算收入完成12.35亿元，增长8.1%。",  # the deleted figure is not read
        "新建高标准农田3.2万亩。",
        "指标名称\t完成情况",
        "新增城镇就业（人）\t5280",
        "城镇调查失业率控制在5%以内，粮食总产量41.6万吨。",
        "二、2024年工作安排",
    ]
    texts = {m.text for m in process_file(tmp_path / "r.docx").mentions}
    assert {"12.35亿元", "3.2万亩", "5280", "41.6万吨"} <= texts
    assert any(text.startswith("5%") for text in texts)
    assert "11.9亿元" not in texts


def test_glyphs_a_pdfs_fonts_do_not_map_are_said_and_never_read_as_figures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    mapped = "全县地区生产总值完成186.4亿元，同比增长6.2%，粮食总产量41.6万吨。"
    path = write_unmapped_pdf(folder / "r.pdf", mapped, ("新增城镇就业5280人。",))
    out = tmp_path / "out"
    assert main(["extract", str(folder), "--out", str(out), "--quiet"]) == 1
    (error,) = [line for line in capsys.readouterr().err.splitlines() if str(path) in line]
    assert "character(s) of the PDF's fonts map to no text" in error and "(page 1)" in error
    mentions = pd.read_parquet(out / "current" / "mentions")
    assert sorted(mentions.text) == ["186.4亿元", "41.6万吨", "6.2%"]  # no (cid:N) read
    text = (out / "current" / "texts" / "r.pdf.txt").read_text(encoding="utf-8")
    assert "cid" not in text and text.count("\ufffd") == len("新增城镇就业5280人。")


@pytest.mark.parametrize(
    "title",
    [
        "东湖县2023年政府工作报告_东湖县人民政府",
        "东湖县人民政府门户网站 - 东湖县2023年政府工作报告",
        "东湖县2023年政府工作报告|政务公开",
    ],
)
def test_a_pages_title_stands_for_the_heading_its_body_lacks(tmp_path: Path, title: str) -> None:
    first = "全县地区生产总值完成186.4亿元，增长6.2%。"
    body = f"<p>{first}</p><p>新增城镇就业5280人。</p>"
    page = tmp_path / "r.html"
    page.write_text(f"<html><head><title>{title}</title></head><body>{body}</body></html>")
    (document,) = process_file(page).documents
    assert (document.title, document.department, document.plan_year) == (
        "东湖县2023年政府工作报告", "政府", 2023,
    )  # fmt: skip
    # a body that shows the title as its heading, whole or for the most part: once
    for heading in ("东湖县2023年政府工作报告", "2023年政府工作报告"):
        page.write_text(
            f"<html><head><title>{title}</title></head><body><h1>{heading}</h1>{body}</body></html>"
        )
        assert read_source(page).text.splitlines()[:2] == [heading, first]


@pytest.mark.parametrize(
    "heading", ["东湖区人民政府工作报告", "关于东湖区2023年国民经济和社会发展计划执行情况的报告"]
)
def test_a_body_with_a_heading_of_its_own_kind_gets_no_second_title(
    tmp_path: Path, heading: str
) -> None:
    """A <title> that says the year the body's heading lacks is not added above it: that
    opened an empty document before the report and moved every id."""
    body = f"<h1>{heading}</h1><p>全区地区生产总值完成186.4亿元，增长6.2%。</p>"
    page = tmp_path / "r.html"
    page.write_text(
        f"<html><head><title>2024年政府工作报告_东湖区人民政府</title></head><body>{body}</body></html>"
    )
    assert read_source(page).text.splitlines()[0] == heading
    assert len(process_file(page).documents) == 1


def test_an_editors_placeholder_title_is_no_title(tmp_path: Path) -> None:
    page = tmp_path / "r.html"
    page.write_text(
        "<html><head><title>无标题文档</title></head><body><p>新增城镇就业5280人。</p></body></html>"
    )
    assert read_source(page).text.splitlines() == ["新增城镇就业5280人。"]


def _draw_pdf(path: Path, glyphs: list[tuple[float, float, str]]) -> Path:
    """A one-page PDF with each (x, y, text) drawn where it says (STSong-Light, 12 pt)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(str(path))
    pdf.setFont("STSong-Light", 12)
    for x, y, text in glyphs:
        pdf.drawString(x, y, text)
    pdf.showPage()
    pdf.save()
    return path


def _spaced(line: str, y: float, step: float) -> list[tuple[float, float, str]]:
    """A line letter-spaced as a typesetter does it: each glyph ``step`` points apart."""
    return [(72 + n * step, y, char) for n, char in enumerate(line)]


def test_a_pdfs_letter_spaced_lines_and_table_rows_read_as_a_word_files(tmp_path: Path) -> None:
    """pdfminer gives a letter-spaced line's digits one a line (1 8 6 . 4: no figure) and
    a table's cells one a line: joined again, and the cells tab-separated."""
    title, sentence = "政府工作报告", "新增城镇就业5280人，粮食产量41.6万吨。"
    glyphs = _spaced(title, 700, 24) + [(72 + n * 13, 660, c) for n, c in enumerate(sentence)]
    for row, cells in enumerate(ff.TABLE):
        glyphs += [(72 + col * 150, 600 - row * 20, cell) for col, cell in enumerate(cells)]
    lines = read_source(_draw_pdf(tmp_path / "r.pdf", glyphs)).text.splitlines()
    assert lines == [title, sentence, *("\t".join(cells) for cells in ff.TABLE)]
    cells = {m.text: m for m in process_file(tmp_path / "r.pdf").mentions if "\t" in m.sentence}
    assert cells["186.4"].metric == "地区生产总值" and cells["186.4"].unit == "亿元"
    assert cells["5280"].role == "actual" and cells["5000"].role == "target"


def test_a_pdfs_glyphs_one_a_line_read_as_their_sentence(tmp_path: Path) -> None:
    """Vertical writing (a glyph under another) and a cover's title letter-spaced wide."""
    column = "全县地区生产总值完成186.4亿元"
    glyphs = [(300, 760 - 16 * n, c) for n, c in enumerate(column)]
    assert read_source(_draw_pdf(tmp_path / "v.pdf", glyphs)).text == column + "\n"
    title = _spaced("政府工作报告", 700, 60)
    assert read_source(_draw_pdf(tmp_path / "r.pdf", title)).text == "政府工作报告\n"


def test_extract_in_python_gives_the_command_lines_rows_for_every_format(tmp_path: Path) -> None:
    """A notebook's extract() on a folder of every format: the rows metrics extract writes,
    and each span checks against the text read_source gives (what texts/ keeps)."""
    files = make_all(tmp_path / "in")
    out = tmp_path / "out"
    assert main(["extract", str(tmp_path / "in"), "--out", str(out), "--quiet"]) == 0
    written, memory = metrics.load(out), metrics.extract(tmp_path / "in")
    for name in ("documents", "mentions", "pairs", "targets"):
        left, right = getattr(written, name), getattr(memory, name)
        pd.testing.assert_frame_equal(left, right, check_categorical=False)
    texts = {path.name: read_source(path).text for path in files.values()}
    for row in memory.mentions.itertuples():
        assert texts[row.source_file][row.char_start : row.char_end] == row.text


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("完 成 1 8 6 . 4 亿 元", "完成186.4亿元"),  # a letter-spaced line
        ("新增城镇就业 5 2 8 0 人", "新增城镇就业5280人"),  # a figure with its unit
        # one-digit cells of a table row stay apart: digits alone are no spaced figure
        ("重点项目 3 5 2", "重点项目3 5 2"),
        ("1 2 3", "1 2 3"),
    ],
)
def test_a_spaced_run_is_joined_only_where_it_is_a_figure(line: str, read: str) -> None:
    from metrics.readers.pdf import _unspaced

    assert _unspaced(line) == read


def test_a_unicode_web_page_saved_as_doc_is_read_as_a_page(tmp_path: Path) -> None:
    """Word saves a web page "as Unicode" in UTF-16: its tags are read past the BOM."""
    page = tmp_path / "县报告_附件.doc"
    html = "<html><body><p>东湖县2024年工作总结</p><p>全县新增城镇就业5280人。</p></body></html>"
    page.write_bytes(html.encode("utf-16"))
    assert [m.text for m in process_file(page).mentions] == ["5280人"]


def test_the_pip_command_quotes_a_python_path_with_spaces(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from metrics import readers

    monkeypatch.setattr(sys, "executable", "/Users/A B/venv/bin/python")
    monkeypatch.setattr(readers.shutil, "which", lambda name: None)
    assert readers._pip() == "'/Users/A B/venv/bin/python' -m pip"


MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WPS_NS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"


def _noted_docx(path: Path) -> Path:
    """A bureau's summary as Word keeps it: a footnote giving a figure's last year, a
    footnote cited from a table cell, an endnote, a text box of key figures (with the
    second copy older Word reads, mc:Fallback), a header with the title and a year, and a
    separator note Word writes in every notes part."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    def xml(text: str):  # NS: where the first element declares the namespace
        return parse_xml(text.replace(" NS", f" {W_NS}", 1))

    def notes(kind: str, bodies: dict[int, str]) -> bytes:
        items = [
            f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
            f"</w:{kind}>"
        ] + [
            f'<w:{kind} w:id="{i}"><w:p><w:r><w:{kind}Ref/></w:r><w:r><w:t>{text}</w:t></w:r>'
            f"</w:p></w:{kind}>"
            for i, text in bodies.items()
        ]
        return f"<w:{kind}s {W_NS}>{''.join(items)}</w:{kind}s>".encode()

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "某区统计局2023年工作总结（第1页）"
    document.add_heading("某区统计局2023年工作总结", 0)
    document.add_heading("一、主要工作", 1)
    p = document.add_paragraph("全区规模以上工业增加值增长7.2%")
    p._p.append(xml('<w:r NS><w:footnoteReference w:id="1"/></w:r>'))
    p.add_run("，完成全年目标。")
    p = document.add_paragraph("完成统计执法检查45次。")
    p._p.append(xml(
        f'<w:r NS xmlns:mc="{MC_NS}" xmlns:wps="{WPS_NS}"><mc:AlternateContent><mc:Choice '
        'Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>全年发布统计'
        "信息136条</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>全年发布统计信息136条</w:t>"
        "</w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    ))  # fmt: skip
    grid = document.add_table(rows=2, cols=2)
    for cell, value in zip(grid.rows[0].cells, ["指标名称", "完成情况"], strict=True):
        cell.text = value
    grid.rows[1].cells[0].text = "统计调查（项）"
    grid.rows[1].cells[1].text = "28"
    grid.rows[1].cells[1].paragraphs[0]._p.append(
        xml('<w:r NS><w:footnoteReference w:id="2"/></w:r>')
    )
    document.add_heading("二、2024年工作安排", 1)
    p = document.add_paragraph("计划开展专项调查6项")
    p._p.append(xml('<w:r NS><w:endnoteReference w:id="1"/></w:r>'))
    p.add_run("。")
    p = document.add_paragraph("再次引用")
    p._p.append(xml('<w:r NS><w:footnoteReference w:id="1"/></w:r>'))  # read once only
    package = document.part.package
    for kind, rel, bodies in (
        ("footnote", RT.FOOTNOTES, {1: "上年同期增长6.8%。", 2: "含专项调查9项。"}),
        ("endnote", RT.ENDNOTES, {1: "其中经费投入120万元。"}),
    ):
        part = Part(
            PackURI(f"/word/{kind}s.xml"),
            f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}s+xml",
            notes(kind, bodies),
            package,
        )
        document.part.relate_to(part, rel)
    document.save(str(path))
    return path


def test_a_word_files_notes_and_text_boxes_are_read_after_what_cites_them(
    tmp_path: Path,
) -> None:
    """Footnotes, endnotes and text boxes were not read: a figure in them was lost in
    silence. Each is read as lines of its own after the paragraph (or table) that cites
    it, once; the header (a running title) and the separator notes are not."""
    path = _noted_docx(tmp_path / "注释.docx")
    lines = read_source(path).text.splitlines()
    assert lines == [
        "某区统计局2023年工作总结",
        "一、主要工作",
        "全区规模以上工业增加值增长7.2%，完成全年目标。",
        "上年同期增长6.8%。",
        "完成统计执法检查45次。",
        "全年发布统计信息136条",  # the text box once: its Fallback copy is not read
        "指标名称\t完成情况",
        "统计调查（项）\t28",
        "含专项调查9项。",
        "二、2024年工作安排",
        "计划开展专项调查6项。",
        "其中经费投入120万元。",
        "再次引用",
    ]
    result = process_file(path)
    section = {m.text: m.section for m in result.mentions}
    assert {"6.8%", "136条", "9项", "120万元"} <= set(section)
    assert section["6.8%"] == section["7.2%"] and section["120万元"] == section["6项"]
    assert section["6.8%"] != section["120万元"]


def _wrapped(text: str, x: float, y: float, width: float) -> list[tuple[float, float, str]]:
    """``text`` wrapped at ``width`` points as a typesetter does (12 pt lines, 24 apart)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    glyphs = []
    while text:
        end = 1
        while (
            end < len(text) and pdfmetrics.stringWidth(text[: end + 1], "STSong-Light", 12) <= width
        ):
            end += 1
        glyphs.append((x, y, text[:end]))
        text, y = text[end:], y - 24
    return glyphs


def test_a_pdf_page_in_two_columns_is_read_column_by_column(tmp_path: Path) -> None:
    """A bulletin's page: a title across it, two columns of prose, a heading across it,
    two columns again. Read by rows, a line of each column stood a tab apart (a table's
    row) and a figure wrapped in a column was cut (186. / 4亿元). A table whose names are
    long and whose values are figures is no page of columns: its rows stay rows."""
    left = (
        "过去一年，全县地区生产总值完成186.4亿元，同比增长6.2%；一般公共预算收入完成"
        "12.35亿元，增长8.1%。"
    )
    right = (
        "新建高标准农田3.2万亩，粮食总产量达到41.6万吨，新增城镇就业5280人，城镇调查失业率"
        "控制在5%以内。"
    )
    below_left = "今年地区生产总值预期增长6%左右，一般公共预算收入增长5%，新建5G基站300个。"
    below_right = "全年计划完成植树造林1.8万亩，新改建农村公路126公里，改造老旧小区35个。"
    glyphs = [(200, 780, "东湖县2024年政府工作报告")]
    glyphs += _wrapped(left, 60, 740, 210) + _wrapped(right, 320, 740, 210)
    glyphs += [(60, 560, "二、2024年主要目标和重点工作安排（全县统筹推进）")]
    glyphs += _wrapped(below_left, 60, 520, 210) + _wrapped(below_right, 320, 520, 210)
    text = read_source(_draw_pdf(tmp_path / "c.pdf", glyphs)).text
    assert text.splitlines() == [
        "东湖县2024年政府工作报告", left, right,
        "二、2024年主要目标和重点工作安排（全县统筹推进）", below_left, below_right,
    ]  # fmt: skip
    figures = {m.text for m in process_file(tmp_path / "c.pdf").mentions}
    assert {"186.4亿元", "12.35亿元", "41.6万吨", "1.8万亩", "126公里"} <= figures
    rows = [
        ("全县地区生产总值（亿元）", "186.4"), ("一般公共预算收入（亿元）", "12.35"),
        ("城镇居民人均可支配收入（元）", "38650"), ("粮食总产量（万吨）", "41.6"),
    ]  # fmt: skip
    table = [(72, 700, "指标名称"), (360, 700, "完成情况")]
    for n, (name, value) in enumerate(rows, start=1):
        table += [(72, 700 - 24 * n, name), (360, 700 - 24 * n, value)]
    lines = read_source(_draw_pdf(tmp_path / "t.pdf", table)).text.splitlines()
    assert lines == ["指标名称\t完成情况", *(f"{name}\t{value}" for name, value in rows)]
    # a table of tasks: text in both columns, but its names end anywhere (no column's edge)
    tasks = [
        ("新建高标准农田任务", "完成3.2万亩，超额完成"),
        ("新改建农村公路里程任务", "完成126公里，按期完成"),
        ("老旧小区改造任务", "改造35个，全部完工"),
        ("城镇新增就业人数目标任务", "新增5280人，完成105.6%"),
    ]
    table = [(72, 700 - 24 * n, name) for n, (name, _) in enumerate(tasks)]
    table += [(330, 700 - 24 * n, done) for n, (_, done) in enumerate(tasks)]
    lines = read_source(_draw_pdf(tmp_path / "k.pdf", table)).text.splitlines()
    assert lines == [f"{name}\t{done}" for name, done in tasks]


def test_a_word_files_layout_tables_are_read_as_its_body(tmp_path: Path) -> None:
    """Offices put a whole report in a one-cell table (a frame), and its 附件 in a table
    whose cell holds the indicator table. Read as rows, each was one line: the title and
    headings ran into the sentences, the 附件's table into one cell. A table of values
    (two rows of cells, none holding a table) is still read as rows."""
    import docx

    document = docx.Document()
    frame = document.add_table(rows=1, cols=1).rows[0].cells[0]
    frame.paragraphs[0].text = "某县水利局2023年工作总结"
    frame.add_paragraph("一、主要工作")
    frame.add_paragraph("全年完成水利投资4.6亿元，同比增长12.5%。")
    frame.add_paragraph("二、下一步打算")
    frame.add_paragraph("计划新建小型水库2座。")
    box = document.add_table(rows=1, cols=2).rows[0].cells
    box[0].paragraphs[0].text = "附件"
    box[1].paragraphs[0].text = "主要指标完成情况"
    grid = box[1].add_table(rows=2, cols=3)
    for row, cells in zip(grid.rows, [["指标名称", "年度目标", "完成情况"],
                                      ["水利投资（亿元）", "4", "4.6"]], strict=True):  # fmt: skip
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    values = document.add_table(rows=2, cols=2)
    rows = [["指标名称", "完成情况"], ["新建泵站（座）", "3"]]
    for row, cells in zip(values.rows, rows, strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    document.save(str(tmp_path / "框.docx"))
    assert read_source(tmp_path / "框.docx").text.splitlines() == [
        "某县水利局2023年工作总结",
        "一、主要工作",
        "全年完成水利投资4.6亿元，同比增长12.5%。",
        "二、下一步打算",
        "计划新建小型水库2座。",
        "附件",
        "主要指标完成情况",
        "指标名称\t年度目标\t完成情况",
        "水利投资（亿元）\t4\t4.6",
        "指标名称\t完成情况",
        "新建泵站（座）\t3",
    ]
    result = process_file(tmp_path / "框.docx")
    assert [d.title for d in result.documents] == ["某县水利局2023年工作总结"]
    cells = {m.text: m for m in result.mentions if "\t" in m.sentence}
    assert cells["4"].role == "target" and cells["4.6"].metric == "水利投资"


def test_a_pdfs_columns_of_vertical_writing_read_right_to_left(tmp_path: Path) -> None:
    """Vertical writing in columns side by side, read by rows, gave a glyph of each column
    in turn (新全增县…), a figure's digits among the next column's glyphs. Each column is
    read top to bottom, right to left; a column that reaches the bottom goes on in the
    next, one that starts two glyphs lower opens a paragraph. Lines of letter-spaced
    glyphs on a grid (closer side by side than one under another) are still rows."""
    first = "全县地区生产总值完成186.4亿元，同比增长6%"  # 24 glyphs: two columns of 12
    assert len(first) == 24
    second = "新增城镇就业5280人"
    glyphs = [(400 - 30 * (n // 12), 760 - 16 * (n % 12), c) for n, c in enumerate(first)]
    glyphs += [(340, 760 - 16 * (n + 2), c) for n, c in enumerate(second[:10])]  # indented
    glyphs += [(310, 760 - 16 * n, c) for n, c in enumerate(second[10:])]
    text = read_source(_draw_pdf(tmp_path / "v.pdf", glyphs)).text
    assert text.splitlines() == [first, second]
    assert {"186.4亿元", "5280人"} <= {m.text for m in process_file(tmp_path / "v.pdf").mentions}
    grid = _spaced("政府工作报告", 700, 60) + _spaced("全年新增就业", 660, 60)
    grid += _spaced("粮食产量稳定", 620, 60)  # a cover's lines, spaced wide
    # (each row as wide as the others: wrapped lines of one paragraph, joined)
    assert (
        read_source(_draw_pdf(tmp_path / "g.pdf", grid)).text
        == "政府工作报告全年新增就业粮食产量稳定\n"
    )


def test_a_word_table_of_values_with_a_table_in_a_cell_stays_rows(tmp_path: Path) -> None:
    """An indicator table of several rows, one cell of which holds a small breakdown table,
    holds values: its rows are read as rows (read as the body, 6.5% took the next row's
    name and 320亿元 none)."""
    import docx

    document = docx.Document()
    values = document.add_table(rows=3, cols=3)
    rows = [["指标", "完成", "增长"], ["地区生产总值", "320亿元", "6.5%"]]
    rows.append(["固定资产投资", "85亿元", ""])
    for row, cells in zip(values.rows, rows, strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    inner = values.rows[2].cells[2].add_table(rows=1, cols=2)
    inner.rows[0].cells[0].text = "其中工业投资"
    inner.rows[0].cells[1].text = "30亿元"
    document.save(str(tmp_path / "表.docx"))
    lines = read_source(tmp_path / "表.docx").text.splitlines()
    assert "地区生产总值\t320亿元\t6.5%" in lines


def test_a_trail_ending_in_its_separator_keeps_the_title_below_it() -> None:
    """A trail split one word a line that ends in its separator (当前位置： / 首页 / > / 政务公开
    / >) is chrome, but the report's title below it is no link of it: joined whole, the run
    read the title as the trail's last link and the page lost its report."""
    from metrics.readers.html import _without_split_chrome

    lines = ["当前位置：", "首页", ">", "政务公开", ">", "政府工作报告", "——2025年1月20日在…会议上"]
    assert _without_split_chrome(lines) == ["政府工作报告", "——2025年1月20日在…会议上"]


@pytest.mark.parametrize(
    ("datum", "short"),
    [
        ("来源：", "一、主要工作"),  # a heading
        ("信息来源：", "完成28项"),  # a sentence's last words, with its figure
        ("发布时间：", "完成28项"),  # no date
        ("浏览次数：", "二、存在问题"),  # no count
    ],
)
def test_a_page_datum_left_empty_keeps_the_short_line_after_it(
    tmp_path: Path, datum: str, short: str
) -> None:
    """A page's datum split from its value (来源： / 县政府办公室) is chrome, but one whose
    value the template left empty took the short line after it for its value and dropped
    it: a heading, or a figure. Its value must be of its kind (a name, a date, a count)."""
    from metrics.readers.html import _without_split_chrome

    assert _without_split_chrome([datum, short, "其余正文。"]) == [short, "其余正文。"]
    filled = ["发布日期：", "2024年1月5日", "来源：", "县政府办公室", "点击数：", "1024次"]
    assert _without_split_chrome([*filled, short]) == [short]
    page = tmp_path / "p.html"
    body = f"<div>{datum}</div><div>{short}</div><p>全年新增城镇就业5280人。</p>"
    page.write_text(f"<html><body><h1>某县人社局2023年工作总结</h1>{body}</body></html>")
    assert short in read_source(page).text.splitlines()


def _columns(text: str, x: float, top: float, rows: int = 12) -> list[tuple[float, float, str]]:
    """``text`` set vertically from ``x`` at ``top``, ``rows`` glyphs a column, right to
    left, 30 points apart, its first column indented two glyphs (a paragraph opens)."""
    return [
        (x - 30 * ((n + 2) // rows), top - 16 * ((n + 2) % rows), c) for n, c in enumerate(text)
    ]


@pytest.mark.parametrize(
    ("above", "body", "below"),
    [
        (
            ["某县统计局2023年工作总结"],
            ["全县地区生产总值完成186.4亿元，同比增长6%", "新增城镇就业5280人"],
            ["注：数据为快报数，最终以年报为准。"],
        ),
        (
            ["白桦旗文化和旅游局工作总结", "（二〇二四年）"],
            ["全旗接待游客312万人次，旅游收入实现24.8亿元"],
            [],
        ),
    ],
)
def test_a_pdf_page_of_vertical_writing_with_horizontal_lines(
    tmp_path: Path, above: list[str], body: list[str], below: list[str]
) -> None:
    """Vertical columns under a horizontal title (over a note) were read by rows, a glyph
    of each column side by side, for not every line of the page was one glyph: the
    columns are read right to left, each paragraph whole, between the lines above and
    below them, none joined to them."""
    glyphs = [(150, 780 - 20 * n, line) for n, line in enumerate(above)]
    x = 420
    for paragraph in body:
        glyphs += _columns(paragraph, x, 700)
        x -= 30 * (-(-(len(paragraph) + 2) // 12))
    glyphs += [(100, 450 - 20 * n, line) for n, line in enumerate(below)]
    path = _draw_pdf(tmp_path / "v.pdf", glyphs)
    assert read_source(path).text.splitlines() == [*above, *body, *below]


def test_a_table_of_one_glyph_cells_is_no_vertical_writing(tmp_path: Path) -> None:
    """Counter-example: columns of one-glyph cells under one another (序号 1…6, 是/否),
    closely set, are a table's, far apart: its rows stay rows."""
    glyphs = [(72, 700, "序号"), (150, 700, "工作任务"), (350, 700, "完成")]
    tasks = ["新建道路", "改造管网", "新增绿地", "建成公厕", "整治河道", "新建停车场"]
    for n, task in enumerate(tasks, start=1):
        glyphs += [(72, 700 - 14 * n, str(n)), (150, 700 - 14 * n, task)]
        glyphs += [(350, 700 - 14 * n, "是" if n % 3 else "否")]
    lines = read_source(_draw_pdf(tmp_path / "t.pdf", glyphs)).text.splitlines()
    assert lines[1] == "1\t新建道路\t是" and len(lines) == 7


@pytest.mark.parametrize("name", ["大页面.html", "大页面.mhtml", "附件.doc"])
def test_a_page_too_large_to_parse_whole_is_refused_with_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """A web page is parsed whole, at about 12 bytes of memory a byte (20 MB: 290 MB):
    one of gigabytes ran the machine out of memory. Past the limit it is named with its
    size and the way that reads it (its text saved as .txt, read in blocks); below, read."""
    import metrics.readers as readers

    pytest.importorskip("lxml")
    body = "<p>东湖县统计局2024年工作总结</p><p>全年完成统计调查28项。</p>"
    page = f"<html><head><meta charset='utf-8'></head><body>{body * 40}</body></html>"
    if name.endswith(".mhtml"):
        page = "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n" + page
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    size = path.stat().st_size
    monkeypatch.setattr(readers, "WHOLE_BYTES", size - 1)
    with pytest.raises(InputError, match=r"too large to read whole .*save its text as \.txt"):
        read_source(path)
    monkeypatch.setattr(readers, "WHOLE_BYTES", size)
    assert "完成统计调查28项" in read_source(path).text
