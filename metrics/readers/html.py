"""Saved web pages: the report's body without the page around it.

Contract: ``read(path)`` decodes the page in the charset it declares (GB2312 and GBK read
as their superset GB18030; bytes that are UTF-8 as UTF-8: ``RESAVED``), else as
``metrics.io.decode_bytes`` detects, parses it with
lxml, drops the page's chrome and returns the text one paragraph a line; a table's rows
become tab-separated lines of trimmed cells, as the table reader reads them (a cell that
holds a table or paragraphs of prose lays the page out: its text keeps its own lines; one
whose short value stands in a paragraph is a cell), and a cell spanning rows is read in
each row it spans, as the Word reader gives a merged cell. A page of no tag is no page:
plain text under a page's suffix raises ``InputError`` (``readers.PLAIN_TEXT``). Chrome is
dropped in two steps: elements that are chrome by their tag or their class/id (``CHROME_TAGS``,
``CHROME_NAMES``), then lines that are chrome by their wording (``CHROME_LINE``).
"""

from __future__ import annotations

from copy import deepcopy
from pathlib import Path

import lxml.html
import regex
from lxml import etree

from metrics import regex_cache
from metrics.errors import InputError
from metrics.io import SourceText, decode_bytes
from metrics.readers import PLAIN_TEXT, TAG, issuing_record, read_bytes

# <meta charset="gbk">, <meta http-equiv="Content-Type" content="text/html; charset=gb2312">,
# an XHTML page's <?xml version="1.0" encoding="gb2312"?>
DECLARED = regex.compile(
    rb"""(?:<meta[^>]+charset|<\?xml[^>]+encoding)\s*=\s*["']?\s*([\w-]+)""", regex.IGNORECASE
)
# An XHTML page's XML declaration, which lxml refuses in text it is given decoded.
XML_DECLARATION = regex_cache.compile(r"^\s*<\?xml[^>]*\?>")
# what Chinese pages declare and the codec that reads every page so declared
SUPERSET = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
    # a page of Hong Kong declares Big5 and may hold HKSCS's characters
    "big5": "big5hkscs", "x-x-big5": "big5hkscs", "big5-hkscs": "big5hkscs",
}  # fmt: skip
# Never part of a report's body: scripts, forms, and HTML5's own chrome elements.
CHROME_TAGS = (
    "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "iframe",
    "button", "select", "input", "textarea", "object", "embed", "svg",
)  # fmt: skip
# Words of a class or id that name page chrome on government sites' templates: site
# navigation (nav, menu), where-am-I trails (breadcrumb, crumbs, position, location),
# share bars (share, bdsharebuttonbox), footers (footer, foot, copyright, bottom) and side
# columns (sidebar). Matched as whole words of the name (class="main-nav", id="footer_2"
# are chrome), never inside a word (class="navigation-text", id="menuitem-body" are not).
CHROME_NAMES = frozenset(
    (
        "nav", "navbar", "menu", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "position",
        "location", "share", "bdsharebuttonbox", "footer", "foot", "copyright", "bottom",
        "sidebar", "topbar", "toolbar",
    )
)  # fmt: skip
NAME_WORD = regex_cache.compile(r"[a-z0-9]+")
# A page's tools, alone on a line in any mix: the font-size switch (字号：大 中 小,
# 字体：[大][中][小]), print, close, bookmark, back to top, each maybe in 【】 or [].
PAGE_TOOL = (
    r"(?:(?:字号|字体)\s*[:：]?\s*\[?大\]?\s*\[?中\]?\s*\[?小\]?"
    r"|打印本页|打印|关闭窗口|关闭|收藏本页|收藏|返回顶部)"
)
# Lines that are a page's chrome by their wording, on any template:
#   tool bars: 【字号：大 中 小】【打印本页】, 【字体：大 中 小】【打印】【关闭】
#   share bars: 分享到：微信 微博, 分享到 QQ空间
#   copyright, site licences: 版权所有：某某市人民政府, 京ICP备12345678号, 公网安备 11010502号
#   the where-am-I trail: 当前位置：首页 > 政务公开, 您的位置: 首页, 您当前的位置：首页
#   the page's own data: 发布时间：2024-01-05 来源：区政府办, 浏览次数：1024
#   the footer of a template without class names: 您是第2864193位访客, 建议使用1920×1080
#   分辨率浏览, 主办：县政府办公室 承办：县大数据中心 (two of the site's roles), 地址：人民路
#   88号 邮编：476500
#   the links to the site's next and previous articles, whose titles hold figures of their
#   own: 上一篇：关于下达第1批资金3500万元的通知, 【下一条】全县新增家庭农场15家
# Counter-examples kept: a report's sentence that mentions 版权 (版权登记1200件) is no
# copyright line, for the line must say 版权所有; 来源于 is no 来源：; 字号老店 is no tool;
# 下一步工作, 上一年度, 下一条生产线 are no link to an article; 高分辨率遥感影像 is no
# advice to the browser; 主办：县文化馆 alone is an event's organiser.
TRAIL = r"(?:(?:您|你)(?:当前|现在|目前)?(?:所在)?的?|当前|所在)位置"
CHROME_LINE = regex_cache.compile(
    rf"^[\W_]*(?:{PAGE_TOOL}[\W_]*)+$"
    r"|^\W*分享到"
    r"|版权所有|ICP\s*备|ICP证|公网安备|网站标识码"
    rf"|^\W*{TRAIL}\s*[:：]"
    r"|^\W*(?:发布时间|发布日期|信息来源|来源|浏览次数|点击数|作者)\s*[:：].{0,60}$"
    r"|^\W*[上下]一(?:篇|条)(?:文章|信息)?(?:[\W_]|$)"
    r"|邮编\s*[:：]\s*\d{6}"
    r"|您是(?:本站|本网)?第\s*\d+\s*位(?:访客|访问者)|建议(?:使用|采用).{0,20}分辨率"
    r"|^\W*主办(?:单位)?\s*[:：].{0,30}(?:承办|协办|技术支持|维护)(?:单位)?\s*[:：]"
)
# A list of the site's other articles below its heading (相关文章, 相关链接, 推荐阅读…), each
# line a title with its posting date at its end or its start: the titles hold figures of
# other pages (全县新增市级示范家庭农场15家2024-12-20, 【2024-10-30】新建绿道8公里).
# Dropped with the heading, as far as lines hold such a date; a heading followed by no
# dated line is left, as nothing shows it is such a list (a report's own 相关文件 with its
# titles).
LINK_LIST = regex_cache.compile(
    r"^\W*(?:相关(?:文章|链接|阅读|新闻|信息|稿件)|推荐阅读|延伸阅读|热点(?:新闻|文章)|热门文章"
    r"|最新(?:文章|信息))\W*$"
)
POSTED = r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}-\d{1,2})"
DATED = regex_cache.compile(rf"{POSTED}\W*$|^\W*{POSTED}(?!\d)")
# The same chrome split one word a line (SPLIT_CHROME): templates that put each button,
# share target or trail link in a block of its own (<li>, <div>, <p>) give a run of short
# lines, each no chrome alone, that together are one chrome line:
#   tool bars: 【字号： / 大 / 中 / 小 / 】, 字体 / [大] / [中] / [小]
#   share bars: 分享到： / 微信 / 微博 / QQ空间, 分享到 / 朋友圈 / 新浪微博
#   trails: 当前位置： / 首页 / > / 政务公开, 您的位置: / 首页 / › / 规划计划
#   the page's data: 发布时间： / 2024-01-05, 来源： / 县政府办公室 (DATE_VALUE, NAME_VALUE)
# Left as lines they stood before the report's heading (its title no longer among the
# first lines: the page's <title> added again) and read as its text. A run is of lines
# of at most SHORT_LINE characters, joined by a space and matched whole, the longest first
# from each line: a short line after it (a heading 通知, a sentence's last words 完成3项)
# is no share target, trail link behind a separator nor single value, so it stays.
# Counter-examples kept: 大 / 中 / 小 without 字号 (a list of sizes in a report), 微信 /
# 微博 without 分享到 (a report's list of its channels), 首页 / 政务公开 without 当前位置.
SHORT_LINE = 12
MAX_RUN = 24
# A line that names a report (政府工作报告, 2025年工作总结, 工作要点) is the page's heading
# below a trail that ends in its separator (当前位置： / 首页 / > / 政务公开 / >), never a
# link of the trail: no run takes it.
REPORT_NAMED = regex_cache.compile(r"(?:报告|工作(?:总结|计划|要点))\s*$")
SHARE_TARGET = (
    r"(?:微信|朋友圈|微博|新浪微博|腾讯微博|人民微博|QQ空间|QQ好友|QQ|豆瓣|人人网|"
    r"今日头条|抖音|复制链接|更多)"
)
TRAIL_LINK = r"\w{1,10}"
# A page datum split from its value takes only a value of its kind: a date (and time), a
# count, a name (县统计局, 青河日报, 人民网-人民日报) without digits, spaces or the marks
# of a sentence or a list. Its value left empty by the template, the short line after it
# is the report's own (来源： / 一、主要工作, 来源： / 完成28项, 发布时间： / 完成28项): taken
# for the value, it was dropped with the datum, a heading or a figure lost.
DATE_VALUE = (
    r"\d{2,4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
)
NAME_VALUE = r"[^\s\d、，。；：！？,.;:!?]{2,20}"
SPLIT_CHROME = regex_cache.compile(
    rf"^[\W_]*(?:{PAGE_TOOL}[\W_]*)+$"
    rf"|^\W*分享到\W*(?:{SHARE_TARGET}\W*)+$"
    rf"|^\W*{TRAIL}\s*[:：]\W*{TRAIL_LINK}"
    rf"(?:\s*[>›»＞/]+\s*{TRAIL_LINK})*\W*$"
    rf"|^\W*(?:发布时间|发布日期)\s*[:：]\s*{DATE_VALUE}$"
    rf"|^\W*(?:浏览次数|点击数|阅读数|访问量)\s*[:：]\s*\d{{1,9}}次?$"
    rf"|^\W*(?:信息来源|来源|作者)\s*[:：]\s*{NAME_VALUE}$"
)
# Elements whose text starts a line of its own.
BLOCKS = frozenset(
    (
        "address", "article", "blockquote", "body", "center", "dd", "div", "dl", "dt",
        "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
        "main", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "ul",
    )
)  # fmt: skip
CELLS = frozenset({"td", "th"})
# A cell of a table of values holds a name, a figure or a unit, maybe in a paragraph of its
# own (Word and WPS save each cell's text in a <p class=MsoNormal> when a document is saved
# as a web page, and many sites' editors do the same); one whose paragraphs hold more
# characters than this (blanks aside) or a sentence's end lays the page out: an old
# template's cell holding the report (全县新建村级综合服务中心46个。/ 全年接待游客328万人次。,
# each a line), a list of links. A table in a cell lays it out too.
VALUE_CHARS = 40
SENTENCE_END = regex_cache.compile(r"[。！？!?]")
# A cell's rowspan or colspan is read up to this (a page's rowspan=9999 copies no cell
# thousands of times; a table of values spans a few rows).
MAX_SPAN = 200
# what parts a page's <title> from its site's name: _ , | , " - ", " — ", "——"
TITLE_SITE = regex_cache.compile(r"\s*(?:[_|｜]|\s[-–—]\s|——)\s*")
# the site's part of a <title>: 某某县人民政府, 某某市人民政府门户网站, 中国某某网, 首页
SITE_NAME = regex_cache.compile(r"(?:网|网站|门户|人民政府|政务公开|首页)\s*$")
# how many of the body's first lines a heading that repeats the <title> may stand in
TITLE_LINES = 8
# the characters of a title that name its kind of document (工作报告 → 报告): a first line
# ending in them is the body's own heading, whatever else it says (its place, no year)
TITLE_KIND = 2
# what an editor calls a page it was not given a title for
PLACEHOLDER_TITLE = regex_cache.compile(r"(?i)\s*(?:无标题|新建网页|新建文档|untitled|document\b)")
SPACE = regex_cache.compile(r"[ \t\r\n\f\v]+")
LINE_PAD = regex_cache.compile(r"^[ \xa0]+|[ \xa0]+$", regex.MULTILINE)


def read(path: Path) -> SourceText:
    """The page's report text (see the module contract)."""
    return page_text(read_bytes(path), path)


def from_bytes(data: bytes, path: Path) -> SourceText:
    """The report text of the page whose bytes are ``data``."""
    return page_text(data, path)


def page_text(
    data: bytes, path: Path, charset: str | None = None, form: str = "html"
) -> SourceText:
    """The report text of a page's bytes; ``charset`` is the one its container declares
    (an MHTML part's), used when the page declares none."""
    text, encoding = decode_page(data, path, charset)
    if TAG.search(text) is None:  # text without a tag: no page (``readers.PLAIN_TEXT``)
        raise InputError(path, f"not a web page: {PLAIN_TEXT}")
    try:
        root = lxml.html.document_fromstring(XML_DECLARATION.sub("", text, count=1))
    except (etree.ParserError, ValueError) as exc:
        raise InputError(path, f"cannot be parsed as a web page ({exc})") from exc
    empty = _why_empty(root)  # before the chrome, frames and scripts among it, are dropped
    _drop_chrome(root)
    _spread_row_spans(root)
    body = root.find("body")
    parts: list[str] = []
    _text_of(body if body is not None else root, parts)
    lines = (LINE_PAD.sub("", line) for line in "".join(parts).split("\n"))
    kept = _without_split_chrome([line for line in lines if line.strip()])
    if not kept:
        raise InputError(path, f"the web page holds no text once its navigation is dropped{empty}")
    kept[:0] = _missing_title(root, kept)
    return SourceText(path, path.name, "\n".join(kept) + "\n", encoding, input_format=form)


def _without_split_chrome(lines: list[str]) -> list[str]:
    """``lines`` less those that are chrome: each line ``CHROME_LINE`` finds, a list of
    links below its heading (``LINK_LIST``), and each run of short lines that
    ``SPLIT_CHROME`` matches joined (the longest from each line)."""
    dropped = [bool(CHROME_LINE.search(line)) or issuing_record(line) for line in lines]
    for at, line in enumerate(lines):
        end = at + 1
        while LINK_LIST.match(line) and end < len(lines) and DATED.search(lines[end]):
            end += 1
        if end > at + 1:  # a list of links below its heading (``LINK_LIST``)
            dropped[at:end] = [True] * (end - at)
    at = 0
    while at < len(lines):
        end = at
        while (
            end < len(lines)
            and end - at < MAX_RUN
            and len(lines[end].strip()) <= SHORT_LINE
            and not REPORT_NAMED.search(lines[end])
        ):
            end += 1
        run = next(
            (j for j in range(end, at + 1, -1) if SPLIT_CHROME.match(" ".join(lines[at:j]))),
            None,
        )
        if run is not None:
            dropped[at:run] = [True] * (run - at)
        at = run or at + 1
    return [line for line, drop in zip(lines, dropped, strict=True) if not drop]


def _why_empty(root: etree._Element) -> str:
    """What to say of a page without text, by what it holds instead: frames (the report is
    another page, which the frameset shows), or scripts (a page whose text its scripts
    write, saved as the server sent it: the browser's "HTML only" or a download)."""
    if root.find(".//frameset") is not None or root.find(".//iframe") is not None:
        return (
            ": its report is in a frame, another page: open the frame's page (right-click "
            "in the report, show this frame) and save that"
        )
    if root.find(".//script") is not None:
        return (
            ": its text is written by its scripts, which a saved copy does not run: save "
            "the page from the browser once it shows the report, as a single file (.mhtml)"
        )
    return ""


def decode_page(data: bytes, path: Path, charset: str | None = None) -> tuple[str, str]:
    """The page's text and encoding: the charset it declares (else ``charset``) if the
    bytes decode in it (a page may declare one charset and be saved in another), else as
    detected."""
    declared = DECLARED.search(data[:4096])
    name = declared.group(1).decode("ascii") if declared else charset
    if name:
        codec = SUPERSET.get(name.lower(), name.lower())
        if codec.replace("_", "-") not in ("utf-8", "utf8") and _utf8(data):
            return data.decode(RESAVED).lstrip("\ufeff"), RESAVED
        try:
            return data.decode(codec).lstrip("\ufeff"), codec
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: detect as for a text file
    text, encoding, _ = decode_bytes(data, path)
    return text, encoding


# A page saved again by a browser or an editor is written in UTF-8 and keeps the charset its
# site declared (<meta charset=gb2312>). Decoded as declared, its text was garbled (政府工作报告
# read as 鏀垮簻宸ヤ綔鎶ュ憡), with no error when the bytes happened to pair up, as they do in
# short pages. Bytes that decode as UTF-8 whole, non-ASCII among them, are UTF-8, as a text
# file's are (``io.decode_bytes`` tries UTF-8 first): text in GBK is almost never valid UTF-8.
RESAVED = "utf-8"


def _utf8(data: bytes) -> bool:
    """Whether ``data`` is UTF-8 holding more than ASCII (see ``RESAVED``)."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _missing_title(root: etree._Element, lines: list[str]) -> list[str]:
    """The page's ``<title>`` as a first line, when the body does not show it: a page
    whose report has no heading of its own (its title only in the browser's tab) would
    otherwise have no title, government unit or year. The site's name beside it is cut
    off, after it or before it (2024年政府工作报告_某某县人民政府, … - 某某市人民政府门户网站,
    某某县人民政府|2024年政府工作报告); a title the body shows in its first lines (as its
    heading, or the most of it) is not added again."""
    parts = TITLE_SITE.split(SPACE.sub(" ", root.findtext(".//title") or ""))
    title = next((p.strip() for p in parts if p.strip() and not SITE_NAME.search(p)), "")
    if not title or CHROME_LINE.search(title) or PLACEHOLDER_TITLE.match(title):
        return []
    bare = title.replace(" ", "")
    kind = bare[-TITLE_KIND:]  # 报告, 总结, 计划, 要点: the kind of document it names
    for line in (line.replace(" ", "") for line in lines[:TITLE_LINES]):
        if bare in line or (2 * len(line) >= len(bare) and line in bare):
            return []  # the body's heading, maybe with the place the <title> adds or lacks
        if len(line) >= 2 * TITLE_KIND and line.endswith(kind):
            return []  # a heading of its own of that kind (东湖区人民政府工作报告)
    return [title]


def _is_chrome(element: etree._Element) -> bool:
    if not isinstance(element.tag, str):  # comments, processing instructions
        return True
    if element.tag in CHROME_TAGS:
        return True
    names = f"{element.get('class', '')} {element.get('id', '')}".lower()
    return any(word in CHROME_NAMES for word in NAME_WORD.findall(names))


def _drop_chrome(root: etree._Element) -> None:
    for element in list(root.iter()):
        if element.getparent() is not None and _is_chrome(element):
            element.drop_tree()  # keeps the tail: the text after it is not chrome


def _text_of(element: etree._Element, parts: list[str]) -> None:
    """Append the element's text: blocks on lines of their own, cells split by tabs."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "head":  # a page without <body> (a frameset) is read whole, but its head
        return
    if tag in CELLS and not _holds_blocks(element):
        _cell(element, parts)
        return
    block = tag in BLOCKS or tag in CELLS  # a cell of a layout table holds paragraphs
    if block or tag == "br":
        parts.append("\n")
    if element.text and not (tag == "tr" and element.text.isspace()):  # before a cell
        parts.append(_inline(element.text, tag))
    for child in element:
        _text_of(child, parts)
    if block:
        parts.append("\n")
    if element.tail:
        parts.append(_inline(element.tail, ""))


def _holds_blocks(cell: etree._Element) -> bool:
    """Whether a cell lays out a page (a table in it, or paragraphs of more than a value's
    text: ``VALUE_CHARS``) rather than holding a value."""
    blocks = [e.tag for e in cell.iterdescendants() if isinstance(e.tag, str) and e.tag in BLOCKS]
    if not blocks:
        return False
    text = SPACE.sub("", cell.text_content())
    return "table" in blocks or len(text) > VALUE_CHARS or SENTENCE_END.search(text) is not None


def _spread_row_spans(root: etree._Element) -> None:
    """Give each row of a table a copy of every value cell that spans down into it from a
    row above (``rowspan``), where it stands in the grid of columns (``colspan`` counted),
    as Word's reader gives a merged cell in each row (module contract)."""
    for table in root.iter("table"):
        above: dict[int, tuple[int, etree._Element | None]] = {}  # column -> (rows left, cell)
        for row in (r for r in table.iter("tr") if _table_of(r) is table):
            column = 0
            for cell in [c for c in row if c.tag in CELLS]:
                column = _fill(row, above, column, cell)
                width = _span(cell, "colspan")
                if _span(cell, "rowspan") > 1 and not _holds_blocks(cell):
                    for at in range(column, column + width):  # (its copy: the first column)
                        above[at] = (_span(cell, "rowspan") - 1, cell if at == column else None)
                column += width
            _fill(row, above, column, None)


def _fill(
    row: etree._Element,
    above: dict[int, tuple[int, etree._Element | None]],
    column: int,
    before: etree._Element | None,
) -> int:
    """Put into ``row`` the copies of the cells that span down into it from ``column`` on:
    before the cell ``before``, as far as they reach without a gap; or, ``before`` None, at
    the row's end, each one left (an empty cell for a column between them that none
    reaches). Return the column after them."""
    while column in above or (before is None and above and column <= max(above)):
        gap = column not in above  # (at the row's end only: see the loop's condition)
        left, cell = above.pop(column, (1, None))
        if left > 1:
            above[column] = (left - 1, cell)
        if cell is not None or gap:  # (None: a later column of a cell spanning columns)
            copy = deepcopy(cell) if cell is not None else etree.Element("td")
            for name in ("rowspan", "id"):
                copy.attrib.pop(name, None)
            copy.tail = None
            if before is None:
                row.append(copy)
            else:
                before.addprevious(copy)
        column += 1
    return column


def _span(cell: etree._Element, name: str) -> int:
    """A cell's ``rowspan`` or ``colspan``: 1 unless a whole number above 1 (at most
    ``MAX_SPAN``; ``0``, which HTML reads as to the end, is read as 1)."""
    value = cell.get(name, "").strip()
    return min(int(value), MAX_SPAN) if value.isdigit() and int(value) > 1 else 1


def _table_of(element: etree._Element) -> etree._Element | None:
    """The table nearest above ``element``."""
    return next(element.iterancestors("table"), None)


def _cell(element: etree._Element, parts: list[str]) -> None:
    """A table cell's text on one line, trimmed (the table reader reads it by its tabs),
    after a tab unless it is the first of its row."""
    inner: list[str] = [_inline(element.text or "", "td")]
    for child in element:
        _text_of(child, inner)
    if parts and not parts[-1].endswith("\n"):
        parts.append("\t")
    parts.append(SPACE.sub(" ", "".join(inner)).strip())
    if element.tail and element.tail.strip():
        parts.append(_inline(element.tail, ""))


def _inline(text: str, tag: str) -> str:
    """Text as a browser shows it: runs of white space are one space (outside <pre>)."""
    return text if tag == "pre" else SPACE.sub(" ", text)
