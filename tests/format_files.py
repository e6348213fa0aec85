"""Files of every input format, made from one report text of our own writing.

The tests and ``benchmarks/formats.py`` build their HTML pages, Word files and PDFs here,
in a folder they own: nothing of the kind is stored in the repository.
"""

from __future__ import annotations

from pathlib import Path

TITLE = "政府工作报告"
# (heading or None, paragraph): a county's report, a summary and a plan
REPORT: list[tuple[bool, str]] = [
    (True, "一、2023年工作回顾"),
    (
        False,
        "过去一年，全县地区生产总值完成186.4亿元，同比增长6.2%；一般公共预算收入完成"
        "12.35亿元，增长8.1%，完成年度目标的103.5%。",
    ),
    (
        False,
        "新建高标准农田3.2万亩，粮食总产量达到41.6万吨。新增城镇就业5280人，城镇调查失业率"
        "控制在5%以内。",
    ),
    (
        False,
        "完成固定资产投资95.7亿元，其中工业投资38.2亿元。新改建农村公路126公里，改造老旧小区xx个。",
    ),
    (True, "二、2024年工作安排"),
    (
        False,
        "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，"
        "城镇居民人均可支配收入增长6.5%。",
    ),
    (False, "全年计划新增城镇就业5000人以上，新建5G基站300个，完成植树造林1.8万亩。"),
]
# an indicator table (指标 | 目标 | 完成 | 完成率), which only the Word file holds
TABLE = [
    ["指标名称", "年度目标", "完成情况", "完成率"],
    ["地区生产总值（亿元）", "180", "186.4", "103.6%"],
    ["新增城镇就业（人）", "5000", "5280", "105.6%"],
]
CHROME_TOP = (
    '<div class="top-nav"><a href="/">首页</a> <a href="/zwgk">政务公开</a>'
    ' <a href="/hdjl">互动交流</a></div>'
    '<div class="position">当前位置：<a href="/">首页</a> &gt; <a>规划计划</a></div>'
)
CHROME_TOOLS = (
    '<div class="info">发布时间：2024-01-12 来源：县政府办公室 浏览次数：1024</div>'
    '<div class="tools">【字号：<a>大</a> <a>中</a> <a>小</a>】</div>'
)
CHROME_BOTTOM = (
    '<div class="bdsharebuttonbox">分享到：<a>微信</a><a>微博</a></div>'
    "<div>【打印本页】【关闭窗口】</div>"
    '<div id="footer"><p>主办单位：某某县人民政府办公室</p>'
    "<p>版权所有：某某县人民政府 备案号：湘ICP备12345678号-1</p></div>"
)


Report = list[tuple[bool, str]]


def plain_text(report: Report = REPORT) -> str:
    return TITLE + "\n" + "".join(f"{text}\n" for _, text in report)


def write_txt(path: Path, report: Report = REPORT) -> Path:
    path.write_text(plain_text(report), encoding="utf-8")
    return path


def html_page(charset: str | None, report: Report = REPORT, xml: bool = False) -> bytes:
    """A government site's page: navigation, a trail, tools, the report, share bar, footer;
    its charset declared in a <meta> (None: nowhere) or, ``xml``, in an XHTML page's XML
    declaration."""
    body = "".join(
        f"<h3>{text}</h3>" if heading else f"<p>&nbsp;&nbsp;{text}</p>\n"
        for heading, text in report
    )
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    page = (
        f"<html><head>{meta if charset and not xml else ''}"
        f"<title>{TITLE}_某某县人民政府</title><script>var a = '增长9%';</script></head>"
        f'<body>{CHROME_TOP}<div class="article"><h1>{TITLE}</h1>{CHROME_TOOLS}'
        f'<div class="TRS_Editor">{body}</div></div>{CHROME_BOTTOM}</body></html>'
    )
    if xml:
        page = (
            f'<?xml version="1.0" encoding="{charset}"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD '
            'XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-'
            'transitional.dtd">\n'
            + page.replace("<html>", '<html xmlns="http://www.w3.org/1999/xhtml">')
        )
    codec = charset or "utf-8"
    return page.encode("gb18030" if codec.lower().startswith("gb") else codec)


def write_html(path: Path, charset: str, report: Report = REPORT, xml: bool = False) -> Path:
    path.write_bytes(html_page(charset, report, xml))
    return path


def write_mhtml(path: Path, charset: str, transfer: str = "quoted-printable") -> Path:
    """The page as a browser saves it in one file (MHTML): Chrome's quoted-printable part,
    or IE's base64 one; the charset on the part, not in the page."""
    from email.charset import BASE64, QP, Charset
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    page = html_page(None, REPORT).decode("utf-8")
    codec = Charset(charset)
    codec.body_encoding = BASE64 if transfer == "base64" else QP
    part = MIMEText("", "html")
    part.set_payload(page, codec)
    archive = MIMEMultipart("related", type="text/html")
    archive["Snapshot-Content-Location"] = "http://www.example.gov.cn/zwgk/2024/report.html"
    archive.attach(part)
    path.write_bytes(archive.as_bytes())
    return path


def write_docx(path: Path, table: bool = True, report: Report = REPORT) -> Path:
    import docx

    document = docx.Document()
    document.add_heading(TITLE, level=0)
    for heading, text in report:
        if heading:
            document.add_heading(text, level=1)
        else:
            document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(TABLE), cols=len(TABLE[0]))
        for row, cells in zip(grid.rows, TABLE, strict=True):
            for cell, value in zip(row.cells, cells, strict=True):
                cell.text = value
    document.save(str(path))
    return path


def write_pdf(
    path: Path,
    width_chars: int = 24,
    lines_per_page: int = 12,
    footer: str = "- {page} -",
    report: Report = REPORT,
    **kw: object,
) -> Path:
    """The report with a text layer (reportlab's Chinese CID font), paragraphs wrapped at
    the width of ``width_chars`` Chinese characters with their first line indented, a
    running header and a page number on every page."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    size, left, width, height = 12, 72, 595, 842
    lines: list[tuple[float, str]] = [(left, TITLE)]
    for _, text in report:
        indent = 2 * size
        while text:  # as a typesetter wraps: as many characters as the width holds
            end = 1
            while (
                end < len(text)
                and indent + pdfmetrics.stringWidth(text[: end + 1], "STSong-Light", size)
                <= width_chars * size
            ):
                end += 1
            lines.append((left + indent, text[:end]))
            text, indent = text[end:], 0
    pdf = canvas.Canvas(str(path), pagesize=(width, height), **kw)  # type: ignore[arg-type]
    for page, first in enumerate(range(0, len(lines), lines_per_page), start=1):
        pdf.setFont("STSong-Light", 9)
        pdf.drawString(left, height - 40, f"某某县人民政府工作报告（{page}）")
        pdf.drawCentredString(width / 2, 30, footer.format(page=page))
        pdf.setFont("STSong-Light", size)
        for n, (x, line) in enumerate(lines[first : first + lines_per_page]):
            pdf.drawString(x, height - 120 - n * 2 * size, line)
        pdf.showPage()
    pdf.save()
    return path


def write_image_pdf(path: Path) -> Path:
    """A scan: a page holding only an image, no text layer."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    pdf.drawImage(ImageReader(Image.new("L", (200, 280), 235)), 72, 72, 400, 560)
    pdf.showPage()
    pdf.save()
    return path
