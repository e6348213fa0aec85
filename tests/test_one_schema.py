"""One schema for the analyst: a table ``metrics.load`` reads back and the same table
``metrics.extract`` makes in memory have the same columns, dtypes and values, so that an
analyst who concatenates a written run with an in-memory one gets no dtype surprise."""

from __future__ import annotations

import dataclasses
import warnings
from pathlib import Path

import pandas as pd

import metrics
from metrics.cli import main

from . import format_files as ff

# A district bureau's summary of our own writing: figures of several units, a masked one,
# a target and its actual, a stock at a date (another period kind), a place.
SUMMARY = """南湖区教育局2023年工作总结
一、主要工作完成情况
全年新建中小学3所，新增学位2400个，完成年度目标的120%。
全区教育经费投入12.6亿元，同比增长4.2%；截至12月底，在校学生达到8.35万人。
东湖街道完成校舍改造xx处，投入资金1.2亿元。
二、2024年工作打算
计划新建幼儿园2所，新增学位不少于1500个。
"""


def _inputs(folder: Path) -> Path:
    folder.mkdir()
    (folder / "南湖区教育局.txt").write_text(SUMMARY, "utf-8")
    ff.write_docx(folder / "县报告.docx")
    ff.write_pdf(folder / "县报告.pdf")
    (folder / "空白.txt").write_bytes(b"")  # a failure: the failures table has a row
    return folder


def test_load_and_extract_give_one_schema(tmp_path: Path) -> None:
    folder = _inputs(tmp_path / "报告 2024")
    out = tmp_path / "out"
    assert main(["extract", str(folder), "--out", str(out), "--quiet"]) == 1  # the empty file
    written = metrics.load(out)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the empty file's warning
        memory = metrics.extract(folder)
    assert len(written.failures) == 1 and len(written.stats_groups) > 3
    assert written.stats_groups["place"].isna().any()  # a missing key part, both ways
    for field in dataclasses.fields(metrics.Tables):
        left, right = getattr(written, field.name), getattr(memory, field.name)
        assert dict(left.dtypes) == dict(right.dtypes), field.name
        pd.testing.assert_frame_equal(
            left.reset_index(drop=True), right.reset_index(drop=True), check_categorical=False
        )
        both = pd.concat([left, right], ignore_index=True)
        kept = [c for c in left.columns if not isinstance(left[c].dtype, pd.CategoricalDtype)]
        assert dict(both[kept].dtypes) == dict(left[kept].dtypes), field.name
