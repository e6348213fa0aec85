"""Exports open cleanly: every table, one folder per format, typed cells, inert formulas."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

import metrics
from metrics.cli import main
from metrics.errors import WriteError
from metrics.export import (
    EXCEL_ROWS,
    column_widths,
    display_width,
    escape_formula,
    export_tables,
    parse_schema,
    sheet_parts,
    table_names,
)

from .conftest import ROOT, SAMPLE

# a report whose lines begin as a spreadsheet formula would: each sentence is exported
HOSTILE = (
    "区教育局2024年工作总结\n\n"
    '=HYPERLINK("http://example.com/x","x")全年新建学校3所。\n'
    "+SUM(1,2)完成投资5000万元。\n"
    "@cmd 新增学位xxxx个。\n"
    "- 新建道路12公里，能耗下降3.5%。\n"
)


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("run")
    reports = tmp_path_factory.mktemp("reports")
    for f in sorted(SAMPLE.glob("*.txt")):
        (reports / f.name).write_bytes(f.read_bytes())
    (reports / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    assert main(["extract", str(reports), "--out", str(folder), "--quiet", "--jobs", "1"]) == 0
    return folder


def test_csv_then_xlsx_leaves_both_with_every_table(out: Path) -> None:
    assert main(["export", str(out), "--format", "csv"]) == 0
    assert main(["export", str(out), "--format", "xlsx"]) == 0
    csv = out / "export" / "csv"
    assert {p.stem for p in csv.glob("*.csv")} == set(table_names())
    assert (out / "export" / "xlsx" / "metrics.xlsx").exists()
    tables = metrics.load(out)
    for name in table_names():
        raw = (csv / f"{name}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
        frame = pd.read_csv(csv / f"{name}.csv") if raw.strip(b"\xef\xbb\xbf\r\n") else None
        expected = getattr(tables, name)
        if frame is not None:
            assert list(frame.columns) == list(expected.columns)  # stable order
            assert len(frame) == len(expected)
    assert main(["export", str(out), "--format", "csv"]) == 0  # a re-export keeps xlsx
    assert (out / "export" / "xlsx" / "metrics.xlsx").exists()
    assert not [p for p in (out / "export").iterdir() if p.name.startswith(".")]


def test_extract_with_csv_writes_every_table(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(report), "--out", str(out), "--format", "csv", "--quiet"]) == 0
    assert {p.stem for p in (out / "export" / "csv").glob("*.csv")} == set(table_names())


def test_csv_cells_that_look_like_formulas_are_inert(out: Path) -> None:
    export_tables(out, "csv")
    mentions = pd.read_csv(out / "export" / "csv" / "mentions.csv")
    sentences = set(mentions["sentence"])
    assert any(s.startswith("'=HYPERLINK(") for s in sentences)
    assert any(s.startswith("'+SUM(1,2)") for s in sentences)
    assert any(s.startswith("'@cmd") for s in sentences)
    assert any(s.startswith("'- 新建道路") for s in sentences)
    assert not any(s.startswith(("=", "+", "@", "-")) for s in sentences)
    # a number column is never escaped: a fall stays a negative number
    assert pd.api.types.is_numeric_dtype(mentions["direction"])
    assert (mentions["direction"] == -1).any()


def test_escape_formula_covers_every_opening() -> None:
    for text in ("=1+1", "+SUM(1,2)", "-2+3", "@cmd", "\tx", "\rx"):
        assert escape_formula(text) == "'" + text
    for kept in ("教育局", "3所", "", -3.5, None):
        assert escape_formula(kept) == kept


def test_xlsx_sheets_are_typed_frozen_filtered_and_safe(out: Path) -> None:
    (path,) = export_tables(out, "xlsx")
    book = openpyxl.load_workbook(path)
    tables = metrics.load(out)
    assert book.sheetnames == ["README", *table_names()]
    for name in table_names():
        sheet = book[name]
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:")
        assert sheet.max_row == len(getattr(tables, name)) + 1
    sheet = book["mentions"]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, (c for c in r), strict=True)) for r in sheet.iter_rows(min_row=2)]
    hyperlink = next(r for r in rows if str(r["sentence"].value).startswith("=HYPERLINK"))
    assert hyperlink["sentence"].data_type == "s"  # a string, never a formula
    masked = next(r for r in rows if r["text"].value == "xxxx个")
    assert masked["value"].value is None and masked["mask"].value == "xxxx"  # empty cell
    known = next(r for r in rows if r["text"].value == "5000万元")
    assert known["value"].data_type == "n" and known["value"].value == 5000
    width = sheet.column_dimensions[_letter(header.index("sentence") + 1)].width
    assert width > sheet.column_dimensions[_letter(header.index("masked") + 1)].width


def _letter(index: int) -> str:
    return openpyxl.utils.get_column_letter(index)


def test_xlsx_readme_sheet_describes_the_columns(out: Path) -> None:
    (path,) = export_tables(out, "xlsx")
    readme = openpyxl.load_workbook(path)["README"]
    rows = {(r[0], r[1]): r[2] for r in readme.iter_rows(min_row=2, values_only=True)}
    assert "redacted" in rows[("mentions", "masked")]
    assert rows[("documents", "department_raw")] == "the organisation as written"


def test_schema_rows_name_several_columns() -> None:
    text = (ROOT / "docs" / "schema.md").read_text("utf-8")
    meanings = parse_schema(text)
    assert meanings[("mentions", "value_min")] == meanings[("mentions", "value_max")]
    assert ("pairs", "status") in meanings and ("documents", "title") in meanings


def test_a_table_past_excels_rows_is_split() -> None:
    assert sheet_parts("mentions", 10) == [("mentions", 0, 10)]
    parts = sheet_parts("mentions", 2 * EXCEL_ROWS)
    assert [p[0] for p in parts] == ["mentions_1", "mentions_2", "mentions_3"]
    assert all(end - start <= EXCEL_ROWS - 1 for _, start, end in parts)
    assert parts[-1][2] == 2 * EXCEL_ROWS and parts[1][1] == parts[0][2]


def test_widths_count_wide_characters_twice() -> None:
    assert display_width("教育局") == 6 and display_width("abc") == 3
    widths = column_widths(pd.DataFrame({"a": ["教育局教育局"], "bb": ["x"]}))
    assert widths == [14, 4]


@pytest.mark.parametrize("code", [errno.EROFS, errno.ENOSPC])
def test_export_into_a_refusing_place_leaves_the_previous_export(
    out: Path, code: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(out), "--format", "csv"]) == 0
    before = (out / "export" / "csv" / "mentions.csv").read_bytes()

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(pd.DataFrame, "to_csv", refuse)
    capsys.readouterr()
    assert main(["export", str(out), "--format", "csv"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(out / "export") in err and os.strerror(code) in err
    assert "Traceback" not in err
    assert (out / "export" / "csv" / "mentions.csv").read_bytes() == before
    assert not [p for p in (out / "export").iterdir() if p.name.startswith(".")]
    with pytest.raises(WriteError):
        export_tables(out, "csv")


def test_parquet_export_holds_what_load_reads(out: Path) -> None:
    export_tables(out, "parquet")
    tables = metrics.load(out)
    for name in table_names():
        expected = getattr(tables, name)
        frame = pd.read_parquet(out / "export" / "parquet" / f"{name}.parquet")
        assert list(frame.columns) == list(expected.columns)
        if name == "mentions":  # streamed by partition, not sorted as load sorts
            frame = frame.sort_values(["source_file", "char_start"], ignore_index=True)
            assert frame["department"].isna().sum() == expected["department"].isna().sum()
        assert frame.astype(str).equals(expected.astype(str).reset_index(drop=True))


def test_xlsx_streams_batches_across_split_sheets(
    out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import metrics.export as export

    monkeypatch.setattr(export, "EXCEL_ROWS", 101)  # 100 rows a sheet
    monkeypatch.setattr(export, "CHUNK", 7)  # batches that straddle the sheets' ends
    (path,) = export_tables(out, "xlsx")
    book = openpyxl.load_workbook(path, read_only=True)
    mentions = metrics.load(out).mentions
    parts = [s for s in book.sheetnames if s.startswith("mentions_")]
    assert len(parts) == -(-len(mentions) // 100)
    ids = []
    for name in parts:
        rows = list(book[name].iter_rows(values_only=True))
        assert rows[0] == tuple(mentions.columns) and len(rows) <= 101
        ids += [r[0] for r in rows[1:]]
    assert sorted(ids) == sorted(mentions["mention_id"])  # every row once


def test_readme_describes_columns_the_schema_gives_in_prose_or_by_reference() -> None:
    meanings = parse_schema((ROOT / "docs" / "schema.md").read_text("utf-8"))
    # sections: `heading` (the heading that opened it, …) in a sentence, not a table row
    assert meanings[("sections", "heading")].startswith("the heading that opened it")
    # plan_vs_outcome has "the columns of `pairs`": their meanings, its own kept
    pairs_status = meanings[("pairs", "status")]
    assert (
        meanings[("plan_vs_outcome", "computed_completion")]
        == meanings[("pairs", "computed_completion")]
    )
    assert meanings[("plan_vs_outcome", "status")] != pairs_status  # it says its own
    assert "plan section" in meanings[("plan_vs_outcome", "plan_doc_id")]
    text = "## a.parquet — x\nIt has `kind` (one of b, c) and `note`.\n\n## b.parquet\n"
    assert parse_schema(text) == {("a", "kind"): "one of b, c"}  # `note` has no meaning


def test_export_quiet_prints_nothing(out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(out), "--format", "csv", "--quiet"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["export", str(out), "--format", "csv"]) == 0
    assert f"exported {len(table_names())} file(s)" in capsys.readouterr().out


def test_a_missing_or_corrupt_table_is_named_and_nothing_exported(tmp_path: Path) -> None:
    out = tmp_path / "run"
    assert main(["extract", str(SAMPLE), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    run = out / "current"  # the tables of the run CURRENT names
    (run / "failures.parquet").unlink()  # optional: an empty sheet, as load reads it
    assert export_tables(out, "csv")
    (run / "sections.parquet").unlink()
    with pytest.raises(metrics.TablesError, match=r"^sections\.parquet: is missing"):
        export_tables(out, "xlsx")
    assert not (out / "export" / "xlsx").exists()


def test_a_rerun_names_the_exports_it_left_of_the_run_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An export is a copy of one run: after a re-run without `--format csv` the old
    `export/csv/mentions.csv` (587 rows of data/sample) stood beside a current run of 2,
    and nothing said so. The re-run warns, naming each such folder and the command."""
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(HOSTILE, encoding="utf-8")
    second.write_text("县交通运输局2024年工作总结\n全年新改建农村公路63.5公里。\n", "utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(first), "--out", str(out), "--format", "csv", "--quiet"]) == 0
    assert main(["export", str(out), "--format", "xlsx", "--quiet"]) == 0
    (out / "export" / "summary.csv").write_text("mine\n", encoding="utf-8")  # the user's
    capsys.readouterr()
    assert main(["extract", str(second), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    for fmt in ("csv", "xlsx"):
        assert (
            f"metrics: warning: {out / 'export' / fmt}: an export of an earlier run, "
            f"not of this one; `metrics export {out} --format {fmt}` refreshes it\n"
        ) in err
    assert "summary" not in err and err.count("\n") == 2
    assert main(["export", str(out), "--format", "xlsx", "--quiet"]) == 0
    assert main(["extract", str(second), "--out", str(out), "--format", "csv"]) == 0
    err = capsys.readouterr().err  # csv made by this run; xlsx of the one before again
    assert f"{out / 'export' / 'xlsx'}: an export of an earlier run" in err
    assert str(out / "export" / "csv") not in err and err.count("\n") == 1
    # the export folder holds the tables alone: a user's loop over it meets no mark
    assert {p.name for p in (out / "export" / "csv").iterdir()} == {
        f"{name}.csv" for name in table_names()
    }


def test_a_five_year_plans_years_are_whole_numbers_in_load_and_csv(tmp_path: Path) -> None:
    """sections.period_start and period_end (a section on 十四五: 2021, 2025) read back as
    floats: 2021.0 in a notebook and in the CSV Excel opens, against Int64 years."""
    report = tmp_path / "县政府工作报告_2026.txt"
    report.write_text(
        "东湖县人民政府工作报告\n——2026年1月9日在东湖县第十九届人民代表大会第五次会议上\n"
        "各位代表：\n一、“十四五”时期工作回顾\n五年来，全县地区生产总值年均增长6.1%。\n"
        "二、“十五五”时期主要目标\n到2030年，全县地区生产总值达到300亿元。\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert main(["extract", str(report), "--out", str(out), "--quiet"]) == 0
    sections = metrics.load(out).sections
    assert str(sections["period_start"].dtype) == "Int64"
    assert {2021, 2026} <= set(sections["period_start"].dropna())
    assert main(["export", str(out), "--format", "csv", "--quiet"]) == 0
    text = (out / "export" / "csv" / "sections.csv").read_text(encoding="utf-8-sig")
    assert ",2021,2025" in text and "2021.0" not in text
    memory = metrics.extract([report]).sections
    assert str(memory["period_end"].dtype) == "Int64"


def test_every_column_of_every_table_has_its_meaning_in_the_readme_sheet(out: Path) -> None:
    """The XLSX README sheet left the statistics tables' columns without a meaning (their
    heading names two tables, which the parser took for one name) and most of sections'
    (a sentence, not rows): every column of every table has one now."""
    meanings = parse_schema((ROOT / "docs" / "schema.md").read_text("utf-8"))
    tables = metrics.load(out)
    for name in table_names():
        for column in getattr(tables, name).columns:
            assert (name, column) in meanings, (name, column)


# masks of partial shape: a digit kept beside the masked ones, a masked whole beside a kept
# decimal point (what the rows hold is the rules'; here, what every export makes of them)
PARTIAL_MASKS = (
    "南岭县统计局2024年工作总结\n一、主要工作成效\n"
    "全年规模以上工业增加值增长1x.5%，地区生产总值达到XX.X亿元。\n"
    "新增就业岗位xx个，完成统计调查28项，城镇居民人均可支配收入增长x.x%。\n"
    "二、2025年工作计划\n固定资产投资增长1X%左右，新增市场主体X家。\n"
)


def test_masked_rows_are_empty_in_csv_null_in_parquet_and_blank_in_xlsx(
    tmp_path: Path,
) -> None:
    report = tmp_path / "南岭 统计局.txt"
    report.write_text(PARTIAL_MASKS, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(report), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    for fmt in ("csv", "parquet", "xlsx"):
        assert main(["export", str(out), "--format", fmt]) == 0
    numbers = ["value", "base_value"]
    raw = pd.read_csv(out / "export" / "csv" / "mentions.csv", dtype=str, keep_default_na=False)
    masked = raw[raw["masked"] == "True"]
    assert {"1x.5%", "XX.X亿元", "1X%左右"} <= set(masked["text"])
    assert (masked[numbers] == "").all().all()  # an empty field, never 0 nor "nan"
    assert set(masked["mask"]) >= {"1x.5", "XX.X", "1X"}  # the mask as written, as text
    parquet = pd.read_parquet(out / "export" / "parquet" / "mentions.parquet")
    hidden = parquet[parquet["masked"].astype(bool)]
    assert len(hidden) == len(masked) and hidden[numbers].isna().all().all()
    assert parquet.loc[~parquet["masked"].astype(bool), "value"].notna().any()
    sheet = openpyxl.load_workbook(out / "export" / "xlsx" / "metrics.xlsx")["mentions"]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, r, strict=True)) for r in sheet.iter_rows(min_row=2)]
    shown = [r for r in rows if r["masked"].value is True]
    assert len(shown) == len(masked)
    for row in shown:
        assert row["value"].value is None and row["base_value"].value is None
        assert row["mask"].data_type == "s"  # 1X is text, not a number Excel reads
