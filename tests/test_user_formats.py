"""A new user's own files of each format, run as ``metrics extract`` runs them: a county
site's page saved from the browser (its navigation, trail, tools, share bar, links to the
site's other articles, footer and scripts), and a PDF set in two columns with a running
header and page numbers, a sentence running onto the next page. Every figure traces to
its span (``metrics.span``) and none comes from the page's furniture."""

from __future__ import annotations

from pathlib import Path

import pytest

import metrics
from metrics.cli import main

pytest.importorskip("lxml")

BODY = """<h1>西坪县农业农村局2024年工作总结</h1>
<p>2024年，县农业农村局围绕乡村振兴总体部署，扎实推进各项工作，现将全年工作总结如下。</p>
<p>一、主要工作成效</p>
<p>全县粮食播种面积稳定在46.8万亩，总产量达到19.3万吨，同比增长2.4%。新建高标准农田2.6万亩。</p>
<table border="1"><tr><td>指标名称</td><td>年度目标</td><td>完成情况</td></tr>
<tr><td>农产品加工产值（亿元）</td><td>30</td><td>31.4</td></tr></table>
<p>二、2025年工作打算</p>
<p>力争粮食总产量稳定在19万吨以上，农村居民人均可支配收入增长7%左右。</p>"""
# the site's furniture, without class names that say so (an older template): each line
# holds a figure of its own that must not come out
FURNITURE_TOP = """<script>var visits = 52318; document.write('今日访问量：' + 1286);</script>
<div>您当前的位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>部门工作总结</a></div>
<div>发布时间：2025-01-08 09:30 来源：县农业农村局 浏览次数：3417</div>"""
FURNITURE_BOTTOM = """<div>分享到：<a>微信</a> <a>微博</a></div><div>【打印本页】【关闭窗口】</div>
<p>上一篇：<a>西坪县2024年第4季度农产品质量安全抽检结果公示</a></p>
<p>下一篇：<a>关于下达2025年第1批衔接资金3500万元的通知</a></p>
<h3>相关文章</h3><ul><li><a>西坪县召开2025年春耕生产工作会议</a><span>2025-01-05</span></li>
<li><a>全县新增市级示范家庭农场15家</a><span>2024-12-20</span></li></ul>
<p>主办：西坪县人民政府办公室 承办：西坪县大数据中心</p>
<p>地址：西坪县城关镇人民路88号 邮编：476500</p>
<p>建议使用1920×1080分辨率浏览 您是第2864193位访客</p>"""
BODY_FIGURES = ["46.8万亩", "19.3万吨", "2.4%", "2.6万亩", "30", "31.4", "19万吨以上", "7%左右"]


def _page(folder: Path) -> Path:
    path = folder / "西坪县农业农村局2024年工作总结.html"
    page = f"<html><head><meta charset='utf-8'></head><body>{FURNITURE_TOP}{BODY}"
    path.write_text(page + f"{FURNITURE_BOTTOM}</body></html>", encoding="utf-8")
    return path


def _extract(folder: Path, out: Path) -> metrics.Tables:
    assert main(["extract", str(folder), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    tables = metrics.load(out)
    for row in tables.mentions.itertuples():  # every figure traced to its span
        assert metrics.span(out, str(row.mention_id)).text == row.text
    return tables


def test_a_saved_county_page_gives_its_reports_figures_and_none_of_its_furniture(
    tmp_path: Path,
) -> None:
    """Before: 上一篇 / 下一篇 gave two figures 一篇, the next article's title 3500万元 and
    the related list's 15家, and the trail 您当前的位置 stood as the text's first line."""
    folder = tmp_path / "in"
    folder.mkdir()
    _page(folder)
    tables = _extract(folder, tmp_path / "out")
    assert list(tables.mentions["text"]) == BODY_FIGURES
    (kept,) = (tmp_path / "out" / "current" / "texts").iterdir()
    text = kept.read_text(encoding="utf-8")
    assert text.startswith("西坪县农业农村局2024年工作总结\n")
    assert text.endswith("农村居民人均可支配收入增长7%左右。\n")


@pytest.mark.parametrize(
    "line",
    [
        "上一篇：关于下达2025年第1批衔接资金3500万元的通知",
        "【下一条】全县新增家庭农场15家",
        "下一篇 2024年第4季度抽检结果公示",
        "您当前的位置：首页 > 政务公开",
        "您现在所在的位置: 首页",
        "所在位置：首页 > 通知公告",
        "您是本站第2864193位访客",
        "建议采用1366×768以上分辨率浏览本站",
        "主办单位：某某县人民政府办公室 技术支持：某某网络公司",
        "地址：城关镇人民路88号 邮编：476500 电话：0396-7712345",
    ],
)
def test_furniture_lines_are_dropped_by_their_wording(tmp_path: Path, line: str) -> None:
    kept = "全县新建村级服务中心46个。"
    assert _read_page(tmp_path, [kept, line]) == [kept]


@pytest.mark.parametrize(
    "line",
    [
        "下一步工作中，计划新建村级服务站12个。",
        "上一年度完成植树造林1.2万亩。",
        "新建下一条生产线投资3亿元。",
        "高分辨率遥感影像覆盖率达到100%。",
        "主办：县文化馆，全年举办展览12场。",
        "位置偏远的12个村完成道路硬化。",
    ],
)
def test_a_reports_own_lines_with_the_same_words_are_kept(tmp_path: Path, line: str) -> None:
    assert _read_page(tmp_path, ["全县新建村级服务中心46个。", line])[1:] == [line]


def test_a_related_list_goes_only_with_its_dated_lines(tmp_path: Path) -> None:
    """The heading of a list of the site's articles goes with the lines under it that end
    in a posting date; a heading whose lines are no such list (a report's 相关文件, its
    titles undated) stays, lines and all."""
    paragraphs = ["全年新建公园3个。", "相关文件", "县绿化三年行动方案", "推荐阅读"]
    dated = ["全县新增口袋公园15个 2024-11-02", "【2024-10-30】新建绿道8公里"]
    assert _read_page(tmp_path, paragraphs + dated) == paragraphs[:3]


def _read_page(folder: Path, paragraphs: list[str]) -> list[str]:
    """The lines read of a page that holds ``paragraphs``, each a <p>."""
    from metrics.readers import read_source

    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    (folder / "p.html").write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    return read_source(folder / "p.html").text.splitlines()


# --- a PDF set in two columns --------------------------------------------------------------

PDF_TITLE = "青河市统计局2024年工作总结"
PARAGRAPHS = [
    "2024年，市统计局坚持以高质量统计服务高质量发展，各项工作稳步推进，现将全年工作情况报告如下。",
    "一、统计调查任务全面完成",
    "全年共组织实施各类统计调查28项，处理基层报表16.4万份，报表及时率和准确率均保持在99%以上。"
    "完成第五次全国经济普查登记单位1.26万家，普查对象审核通过率达到100%。",
    "二、数据质量持续提升",
    "开展统计执法检查45家次，立案查处统计违法案件3起。组织基层统计人员培训12期，培训人数达到"
    "860人次，同比增长15.2%。",
    "三、统计服务能力增强",
    "编印统计年鉴、手册等资料2.3万册，发布统计信息136条，撰写统计分析报告48篇，其中获得市领导"
    "批示的有17篇。全年接待数据查询咨询2100余人次，门户网站统计专栏访问量达到35.6万次。全年"
    "开展统计开放日活动4次，邀请企业代表和群众代表参观统计数据采集处理中心共计320人次，发放统计"
    "宣传资料1.5万份。",
    "四、2025年工作安排",
    "2025年，计划发布普查公报6期，完成统计调查项目30项，基层统计规范化建设达标率提高到95%。",
]
PDF_FIGURES = [
    "28项", "16.4万份", "99%以上", "1.26万家", "100%", "45家次", "3起", "12期", "860人次",
    "15.2%", "2.3万册", "136条", "48篇", "17篇", "2100余人次", "35.6万次", "4次", "320人次",
    "1.5万份", "6期", "30项", "95%",
]  # fmt: skip


def _two_column_pdf(path: Path) -> int:
    """The report on low pages of two columns, each line wrapped where the next character
    would pass the column's edge (ragged, as a typesetter that does not justify leaves
    it; the digits narrower than the characters), headings flush, paragraphs indented;
    a running header (the title and 内部资料 on one baseline) and — N — on every page.
    Returns the number of pages."""
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    font, size, lead = "STSong-Light", 10.5, 16
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    width, height, margin, gap = 595, 330, 56, 24
    column = (width - 2 * margin - gap) / 2
    pdf = canvas.Canvas(str(path), pagesize=(width, height))
    page = 1

    def furniture() -> None:
        pdf.setFont(font, 9)
        pdf.drawString(margin, height - 36, PDF_TITLE)
        pdf.drawRightString(width - margin, height - 36, "内部资料")
        pdf.drawCentredString(width / 2, 30, f"— {page} —")

    furniture()
    pdf.setFont(font, 18)
    pdf.drawCentredString(width / 2, height - 90, PDF_TITLE)
    top, side, y = height - 130, 0, height - 130
    for text in PARAGRAPHS:
        indent = 0.0 if len(text) < 20 else 2 * size
        lines, current = [], ""
        for char in text:
            room = column - (indent if not lines else 0)
            if pdfmetrics.stringWidth(current + char, font, size) > room:
                lines.append(current)
                current = ""
            current += char
        for number, line in enumerate([*lines, current]):
            if y < 60:
                side += 1
                if side == 2:
                    pdf.showPage()
                    page += 1
                    furniture()
                    side, top = 0, height - 70
                y = top
            x = margin + side * (column + gap) + (indent if number == 0 else 0)
            pdf.setFont(font, size)
            pdf.drawString(x, y, line)
            y -= lead
        y -= 4
    pdf.showPage()
    pdf.save()
    return page


def test_a_two_column_pdf_is_read_column_by_column_without_its_running_heads(
    tmp_path: Path,
) -> None:
    """Before: the columns were read as a table's rows (each baseline's two lines a tab
    apart), the metrics ran across both (坚持以高质量统计服务高质\\t开展统计执法检查) and
    2100 of one column took 家 of the other; the header's title and 内部资料, split at the
    gutter on the first page and joined on the last, stayed; 四、 was joined to the
    paragraph whose last line happened to fill its column."""
    folder = tmp_path / "in"
    folder.mkdir()
    assert _two_column_pdf(folder / "青河市统计局2024年工作总结.pdf") == 2
    tables = _extract(folder, tmp_path / "out")
    assert list(tables.mentions["text"]) == PDF_FIGURES
    assert not any("\t" in str(m) for m in tables.mentions["metric"])
    (kept,) = (tmp_path / "out" / "current" / "texts").iterdir()
    lines = kept.read_text(encoding="utf-8").splitlines()
    assert lines == [PDF_TITLE, *PARAGRAPHS]  # the sentence across the page break whole
    pages = dict(zip(tables.mentions["text"], tables.mentions["page"], strict=True))
    assert pages["4次"] == 1 and pages["320人次"] == 2


def _lines_pdf(path: Path, lines: list[str]) -> Path:
    """One page, ``lines`` flush left one under another (the first the widest: it sets the
    right edge that a wrapped line reaches)."""
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    font = "STSong-Light"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    pdf = canvas.Canvas(str(path), pagesize=(400, 400))
    pdf.setFont(font, 12)
    for number, line in enumerate(lines):
        pdf.drawString(40, 300 - 18 * number, line)
    pdf.save()
    return path


@pytest.mark.parametrize(
    "lines",
    [
        ["全年新建学校12所，新增学位3600个。", "二、2025年工作安排"],
        ["全年完成水利投资4.6亿元，增长9.5%；", "（三）社会事业全面进步"],
        ["全年完成造林1.8万亩，森林覆盖率61%。", "第三章保障措施"],
    ],
)
def test_a_heading_under_a_line_that_fills_the_page_is_its_own_line(
    tmp_path: Path, lines: list[str]
) -> None:
    from metrics.readers import read_source

    path = _lines_pdf(tmp_path / "r.pdf", lines)
    assert read_source(path).text == "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "lines",
    [
        ["全年完成固定资产投资95.7亿元，其中", "一、二季度完成42.3亿元。"],
        ["全年新建学校12所，新增学位3600个，", "（二）期工程完工3所。"],
        ["全年完成造林1.8万亩，森林覆盖率达到", "61%。"],
    ],
)
def test_a_wrapped_line_that_begins_with_a_number_is_still_joined(
    tmp_path: Path, lines: list[str]
) -> None:
    """Counter-examples of the heading after a full line: a line that goes on after a
    comma (…其中 / 一、二季度…) or from a figure's words is the paragraph's."""
    from metrics.readers import read_source

    path = _lines_pdf(tmp_path / "r.pdf", lines)
    assert read_source(path).text == "".join(lines) + "\n"


NOTICE_TITLE = "青河县人民政府办公室关于2024年为民办实事项目完成情况的通报"
NOTICE = [
    "各乡镇人民政府，县直各单位：",
    "2024年，县政府确定的十二项为民办实事项目全部完成，累计完成投资7.46亿元，占年度计划的"
    "103.2%。现将有关情况通报如下。",
    "一、项目完成情况",
    "新建城区公办幼儿园5所，新增学位1350个；为农村留守儿童提供课后托管服务2.6万人次，"
    "完成适龄妇女两癌免费筛查1.9万人。",
    "改造提升农贸市场8个，新增城市公共停车泊位2140个，更换老旧供水管网46公里。",
]


def _notice_pdf(path: Path, title_size: float, mark: str = "") -> Path:
    """A notice as a county office prints it: the title centred in larger type, wider than
    the text block it stands over, the salutation flush under it, each paragraph indented
    two characters and wrapped at the block's right edge (a figure cut at a line's end);
    ``mark``: a footnote's mark set small and raised after the first wrapped line."""
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    font, size, width, margin = "STSong-Light", 14, 595, 72
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    pdf = canvas.Canvas(str(path), pagesize=(width, 842))
    pdf.setFont(font, title_size)
    pdf.drawCentredString(width / 2, 740, NOTICE_TITLE)
    y = 700.0
    for number, text in enumerate(NOTICE):
        indent = 0 if number == 0 or text.endswith("情况") else 2 * size
        line, room = "", width - 2 * margin - indent
        for char in text + "\n":
            if char == "\n" or pdfmetrics.stringWidth(line + char, font, size) > room:
                pdf.setFont(font, size)
                pdf.drawString(margin + indent, y, line)
                if mark and indent and room < width - 2 * margin:
                    pdf.setFont(font, 7)
                    end = margin + indent + pdfmetrics.stringWidth(line, font, size)
                    pdf.drawString(end, y + 6, mark)
                line, indent, room, y = "", 0, width - 2 * margin, y - 27
            line += char
    pdf.save()
    return path


@pytest.mark.parametrize("title_size", [20, 16])
@pytest.mark.parametrize("mark", ["", "①"])
def test_a_title_wider_than_the_text_block_leaves_its_paragraphs_joined(
    tmp_path: Path, title_size: float, mark: str
) -> None:
    """Before: a notice's title set larger than its body and wider than the text block
    (20 and 16 points here) set the page's edges, so every flush line read as indented
    and no wrapped line reached the right edge: no paragraph was joined and a figure cut
    at a line's end came out cut (7.4 / 6亿元, 103. / 2%). The edges are the body's
    size's lines'; the title, in another size, is not joined to the salutation under it;
    a footnote's mark set small and raised at a line's end changes nothing. (Left: a
    title centred in the body's own size that ends within 1.5 characters of the right
    edge is still joined to a flush line under it.)"""
    from metrics.readers import read_source

    path = _notice_pdf(tmp_path / "通报.pdf", title_size, mark)
    lines = read_source(path).text.splitlines()
    lines = [line.replace(mark, "") for line in lines] if mark else lines  # read where it stands
    assert lines == [NOTICE_TITLE, *NOTICE]
    folder = tmp_path / "in"
    folder.mkdir()
    path.rename(folder / path.name)
    tables = _extract(folder, tmp_path / "out")
    assert {"7.46亿元", "103.2%", "1350个", "2.6万人次", "1.9万人", "2140个", "46公里"} <= set(
        tables.mentions["text"]
    )


# A notice's issuing record (版记) at the foot of its last page: who gets copies, who
# printed it on which day, and how many copies (共印60份 read as a figure of 60 copies).
RECORD = [
    "抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院。",
    "青河县人民政府办公室\t2025年2月14日印发",
    "（共印60份）",
]
# Counter-examples: a report's own sentences with the record's words
RECORD_LIKE = [
    "县政府办公室于2024年3月5日印发《实施方案》，共印发宣传手册1.2万份。",
    "全年印发规范性文件22件，抄送市直部门备案文件35件。",
]


def _record_files(folder: Path) -> list[Path]:
    """The notice, its record-like sentences and its issuing record as a Word file, a
    PDF and a web page."""
    import docx

    body = [NOTICE_TITLE, *NOTICE, *RECORD_LIKE, "青河县人民政府办公室", "2025年2月12日"]
    word = docx.Document()
    for line in body + [line.replace("\t", "　　") for line in RECORD]:
        word.add_paragraph(line)
    word.save(str(folder / "通报.docx"))
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(str(folder / "通报.pdf"), pagesize=(595, 842))
    pdf.setFont("STSong-Light", 12)
    for number, line in enumerate(body):
        pdf.drawString(60, 780 - 26 * number, line)
    pdf.setFont("STSong-Light", 10)
    pdf.drawString(60, 130, RECORD[0])
    issuer, date = RECORD[1].split("\t")
    pdf.drawString(60, 110, issuer)
    pdf.drawRightString(535, 110, date)
    pdf.drawRightString(535, 95, RECORD[2])
    pdf.save()
    page = "".join(f"<p>{line}</p>" for line in body + RECORD)
    (folder / "通报.html").write_text(f"<html><body>{page}</body></html>", encoding="utf-8")
    return sorted(folder.iterdir())


def test_a_notices_issuing_record_gives_no_figure_in_any_format(tmp_path: Path) -> None:
    """Before: the record's line (共印60份) gave a figure of 60 copies, a target of 共印, in
    each format. The record's lines are dropped by their wording: copies sent (抄送：),
    the line that ends in the day it was printed (…2025年2月14日印发), and the count of
    copies printed alone on its line; a report's sentences with the same words keep
    their figures."""
    from metrics.readers import read_source

    folder = tmp_path / "in"
    folder.mkdir()
    for path in _record_files(folder):
        text = read_source(path).text
        assert "抄送：" not in text and "印发\n" not in text and "共印60份" not in text, path
        assert all(line in text for line in RECORD_LIKE), path
    tables = _extract(folder, tmp_path / "out")
    figures = tables.mentions.groupby("source_file", observed=True)["text"].apply(list)
    for path in ("通报.docx", "通报.pdf", "通报.html"):
        assert "60份" not in figures[path]
        assert {"1.2万份", "22件", "35件", "7.46亿元"} <= set(figures[path])
