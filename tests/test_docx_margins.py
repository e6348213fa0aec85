"""What a Word file holds beside its body: the page header and footer, and comments.

A letterhead in the first page's header (the unit that issues the report) is read above
the body when the body does not say it; a running title, a page number, 内部资料 and
every footer are not; a comment is a reviewer's remark, never the report's figure."""

from __future__ import annotations

from pathlib import Path

import pytest

from metrics.pipeline import process_file
from metrics.readers import read_source

docx = pytest.importorskip("docx", reason="the formats extra is not installed")

BODY = ["2023年工作总结", "全年完成统计调查28项，发布统计信息136条。"]


def _word(path: Path, body: list[str], header: str | None = None, footer: str | None = None,
          first_page: str | None = None) -> Path:  # fmt: skip
    document = docx.Document()
    section = document.sections[0]
    if header is not None:
        section.header.paragraphs[0].text = header
    if footer is not None:
        section.footer.paragraphs[0].text = footer
    if first_page is not None:  # a letterhead on the first page alone
        section.different_first_page_header_footer = True
        section.first_page_header.paragraphs[0].text = first_page
    for line in body:
        document.add_paragraph(line)
    document.save(str(path))
    return path


@pytest.mark.parametrize(
    ("header", "body", "place", "department"),
    [
        ("东湖县统计局", BODY, "东湖县", "统计局"),
        ("青川市人民政府办公室", ["2024年工作要点", "全年办理政务信息1,200条。"], "青川市", None),
    ],
)
def test_a_letterhead_in_the_header_is_read_above_the_body(
    tmp_path: Path, header: str, body: list[str], place: str, department: str | None
) -> None:
    path = _word(tmp_path / "总结.docx", body, header=header)
    assert read_source(path).text.splitlines() == [header, *body]
    result = process_file(path)
    (document,) = result.documents
    assert document.place == place
    if department:
        assert document.department == department
    assert all(m.char_start >= len(header) for m in result.mentions)


def test_a_letterhead_of_the_first_page_alone_is_read(tmp_path: Path) -> None:
    path = _word(tmp_path / "r.docx", BODY, header="内部资料", first_page="白桦旗水利局")
    assert read_source(path).text.splitlines() == ["白桦旗水利局", *BODY]


@pytest.mark.parametrize(
    "header",
    [
        "内部资料 注意保存",  # a mark, not a unit
        "2023年工作总结（第1页）",  # a running title
        "第1页",
        "东湖县统计局",  # said already by the body's title below
    ],
)
def test_a_header_that_is_no_letterhead_or_is_said_already_is_not_read(
    tmp_path: Path, header: str
) -> None:
    body = ["东湖县统计局2023年工作总结", BODY[1]] if header == "东湖县统计局" else BODY
    path = _word(tmp_path / "r.docx", body, header=header)
    assert read_source(path).text.splitlines() == body


def test_footers_are_not_read(tmp_path: Path) -> None:
    path = _word(tmp_path / "r.docx", BODY, footer="东湖县统计局 印发")
    assert read_source(path).text.splitlines() == BODY
    path = _word(tmp_path / "p.docx", BODY, footer="东湖县统计局")
    assert read_source(path).text.splitlines() == BODY


def test_a_comment_holding_a_figure_is_not_the_reports_text(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph(BODY[0])
    paragraph = document.add_paragraph(BODY[1])
    document.add_comment(paragraph.runs, text="此处应为128项，请核实。", author="审核人")
    path = tmp_path / "批注.docx"
    document.save(str(path))
    assert read_source(path).text.splitlines() == BODY
    assert sorted(m.text for m in process_file(path).mentions) == ["136条", "28项"]


def test_each_section_of_a_compilation_keeps_its_own_letterhead(tmp_path: Path) -> None:
    """A compilation gives each report a section of its own, with its own header: each
    letterhead is read above its own section's body, and a section whose header is the
    one before's (linked) says nothing again."""
    from docx.enum.section import WD_SECTION

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "东湖县统计局"
    for line in BODY:
        document.add_paragraph(line)
    water = document.add_section(WD_SECTION.NEW_PAGE)
    water.header.is_linked_to_previous = False
    water.header.paragraphs[0].text = "东湖县水利局"
    document.add_paragraph("2023年工作总结")
    document.add_paragraph("全年新建小型水库2座，加固堤防12公里。")
    same = document.add_section(WD_SECTION.NEW_PAGE)  # linked: the 水利局's again
    document.add_paragraph("2024年工作要点")
    document.add_paragraph("计划新建泵站3座。")
    assert same.header.is_linked_to_previous
    path = tmp_path / "汇编.docx"
    document.save(str(path))
    assert read_source(path).text.splitlines() == [
        "东湖县统计局", *BODY,
        "东湖县水利局", "2023年工作总结", "全年新建小型水库2座，加固堤防12公里。",
        "2024年工作要点", "计划新建泵站3座。",
    ]  # fmt: skip
    departments = [d.department for d in process_file(path).documents]
    assert departments[:2] == ["统计局", "水利局"]
