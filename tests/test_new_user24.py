"""Failures met by trying the tool as a new user would (round 24, the notebook): each
reproduced here first (each test failed on 6db9ccb), then fixed for its class: control
characters of a text's source (a form feed of a PDF's text dump, a DOS end-of-file mark)
that reached the tables and stopped a notebook's ``to_excel``; charts of tables without a
figure. The input formats' are in ``test_new_user24_formats``."""

from __future__ import annotations

import re
from pathlib import Path

import matplotlib
import pytest

import metrics
from metrics.readers import read_source

matplotlib.use("Agg")

# the C0 controls openpyxl refuses in a cell (all but tab, LF and CR)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@pytest.mark.parametrize(
    "mark",
    [
        "\f",  # a page break, as a PDF's text dump (pdftotext) writes one at each page
        "\x1a",  # the end-of-file mark an old DOS editor wrote
        "\x07",  # a stray control character of a copy and paste
    ],
)
def test_a_control_character_in_a_report_reaches_no_table(tmp_path: Path, mark: str) -> None:
    """A control character in a report's text was kept in every sentence and metric of
    its figures: a notebook's ``tables.mentions.to_excel(…)`` then raised openpyxl's
    IllegalCharacterError (the export strips them; pandas does not). A form feed ends a
    line (a page break, as Python's ``splitlines`` reads it); any other is read as the
    blank it shows as. One character for one: the offsets still point at the row's text."""
    text = (
        "东湖区统计局2023年工作总结\n全年完成统计调查12项，"
        f"发布统计{mark}信息136条。\n{mark}新建数据平台3个。\n"
    )
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    for tables in (metrics.extract(path), metrics.extract_text(text, name="report.txt")):
        m = tables.mentions
        assert sorted(m["value"].tolist()) == [3, 12, 136]
        for name, frame in vars(tables).items():
            for column in frame.columns:
                if frame[column].dtype.kind in "OUT" or str(frame[column].dtype) in (
                    "str",
                    "string",
                    "category",
                ):
                    held = frame[column].dropna().astype(str)
                    assert not held.str.contains(CONTROL).any(), (name, column)
        m.to_excel(tmp_path / "mentions.xlsx")  # raised IllegalCharacterError
    read = read_source(path).text
    assert len(read) == len(text)
    for row in metrics.extract(path).mentions.itertuples():
        assert read[row.char_start : row.char_end] == row.text


def test_charts_of_tables_without_a_figure_are_drawn_empty() -> None:
    """A notebook run on a report without figures (or a filter that leaves none): three
    charts raised pandas' or matplotlib's words (IndexError: index 0 is out of bounds,
    TypeError: no numeric data to plot, ValueError: No objects to concatenate), where the
    others drew an empty chart. Each draws its axes, saying that there is no figure."""
    from metrics import outcome_plots, plots

    tables = metrics.extract_text("某县统计局2024年工作总结\n全年工作顺利完成。\n")
    assert tables.mentions.empty
    charts = [
        plots.masked_share_by_department(tables.mentions),
        plots.masked_share_by_section(tables.mentions),
        outcome_plots.plan_vs_outcome_chart(tables),
    ]
    for figure in charts:
        said = [t.get_text() for ax in figure.axes for t in ax.texts]
        assert any("无" in text for text in said), said
    assert outcome_plots.compared_rows(tables).columns.tolist() == outcome_plots.COMPARED
