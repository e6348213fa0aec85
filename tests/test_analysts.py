"""For analysts: statistics that never sum a mask, the Python API, exports."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import metrics
import metrics.dataset as dataset
import metrics.derived as derived
import metrics.tables as tables
from metrics.additivity import is_additive
from metrics.cli import main
from metrics.errors import InputError
from metrics.io import iter_input_files
from metrics.pairs import plan_vs_outcome
from metrics.pipeline import process_file
from metrics.stats import stats_tables

from .conftest import SAMPLE
from .test_cli import COMPARED
from .test_implied import PLAN as PLAN_ONE
from .test_implied import REVIEW
from .test_plan_links import OUTCOME, PLAN


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("out")
    assert main(["extract", str(SAMPLE), "--out", str(folder), "--quiet"]) == 0
    return folder


def test_load_gives_analyst_dtypes(out: Path) -> None:
    t = metrics.load(out)
    m = t.mentions
    assert str(m["year"].dtype) == "Int64" and str(m["value"].dtype) == "Float64"
    assert str(m["masked"].dtype) == "boolean"
    for col in ("department", "unit", "role"):
        assert str(m[col].dtype) == "category"
    assert m.loc[m["masked"], "value"].isna().all()
    assert 0 not in set(m["year"].dropna())  # the year placeholder reads back as missing
    assert len(t.documents) == 14 and len(t.pairs) >= 4 and len(t.plan_vs_outcome) >= 1


def test_every_number_of_the_tables_an_analyst_reads_first_is_typed(out: Path) -> None:
    # no NumPy float (NaN) beside a table's Float64 values and Int64 years: the statistics'
    # description of non-additive figures, the years of a five-year plan's section
    t = metrics.load(out)
    for name in ("stats_groups", "stats_metrics", "targets", "trends", "sections"):
        frame = getattr(t, name)
        floats = [c for c in frame.columns if str(frame[c].dtype) == "float64"]
        assert floats == [], (name, floats)
    g, s = t.stats_groups, t.sections
    assert {str(g[c].dtype) for c in ("min_value", "sum_known")} == {"Float64"}
    described = g["n_values"] > 0
    assert g.loc[described, "min_value"].notna().all()
    assert g.loc[~described, "min_value"].isna().all()
    assert str(s["period_start"].dtype) == str(s["period_end"].dtype) == "Int64"
    assert set(s["period_start"].dropna()) == {2021, 2026}  # 十四五 reviewed, 十五五 planned


def test_extract_in_memory_equals_what_was_written(out: Path) -> None:
    written = metrics.load(out).mentions
    memory = metrics.extract(SAMPLE).mentions
    cols = ["mention_id", "text", "value", "unit", "role", "metric", "year"]
    left = written[cols].sort_values("mention_id", ignore_index=True).astype(object)
    right = memory[cols].sort_values("mention_id", ignore_index=True).astype(object)
    pd.testing.assert_frame_equal(left, right)


def test_extract_in_several_processes_gives_the_same_tables(tmp_path: Path) -> None:
    one, two = metrics.extract(SAMPLE), metrics.extract(SAMPLE, jobs=2)
    for name in COMPARED:
        pd.testing.assert_frame_equal(getattr(one, name), getattr(two, name))
    (tmp_path / "bad.txt").write_bytes(b"")
    with pytest.raises(InputError, match=r"bad\.txt: the file is empty"):
        metrics.extract(tmp_path, jobs=2, strict=True)


def test_extract_text_takes_text() -> None:
    t = metrics.extract_text("区统计局2023年工作总结\n完成统计调查12项，另有xx项在办。\n")
    assert list(t.mentions["text"]) == ["12项", "xx项"]
    assert t.mentions["value"].isna().tolist() == [False, True]
    # one long line is text too, though no file could have so long a name
    line = "全年完成统计调查12项，" * 40
    assert len(metrics.extract_text(line).mentions) == 40


def test_stats_sums_equal_a_direct_computation(out: Path) -> None:
    t = metrics.load(out)
    stats = t.stats_groups
    docs = t.documents.astype({c: object for c in ("level", "place", "department_canonical")})
    m = t.mentions.drop(columns="department").merge(
        docs[["doc_id", "level", "place", "department_canonical"]], on="doc_id", how="left"
    )
    m = m.rename(columns={"department_canonical": "department"})
    # a target for a later year than its plan's is counted under the year it aims at
    m["year"] = m["aim_year"].fillna(m["year"])
    keys = ["level", "place", "department", "year", "section", "unit_family", "base_unit", "role"]
    keys += ["period_kind", "change_base"]  # 年均 never adds to a year's, 环比 to 同比
    # only additive figures enter a sum, and a part or restatement (part_of) does not; the
    # others are counted
    summable = [is_additive(f, k) for f, k in zip(m["unit_family"], m["metric_key"], strict=True)]
    # …nor a threshold (收入超过50万元的村: which villages, no amount)
    summable = pd.Series(summable, index=m.index) & m["part_of"].isna()
    summable &= m["measure"] != "threshold"
    m["base_value"] = m["base_value"].where(summable)
    direct = (
        m.astype({k: object for k in keys})
        .groupby(keys, dropna=False, observed=True)
        .agg(
            n=("mention_id", "size"),
            masked=("masked", "sum"),
            known=("base_value", lambda s: s.sum(min_count=1)),
        )
        .reset_index()
    )
    merged = direct.merge(
        stats.astype({k: object for k in keys}), on=keys, how="outer", indicator=True
    )
    assert (merged["_merge"] == "both").all()
    assert (merged["n"] == merged["n_figures"]).all()
    assert (merged["masked"] == merged["n_masked"]).all()
    same = (merged["known"].isna() & merged["sum_known"].isna()) | (
        (merged["known"] - merged["sum_known"]).abs() < 1e-6
    )
    assert same.all()


def test_a_mask_never_adds_a_number() -> None:
    rows = pd.DataFrame(
        {
            "mention_id": ["a", "b", "c"],
            "department": ["局"] * 3,
            "year": [2023] * 3,
            "section": ["summary"] * 3,
            "unit_family": ["currency"] * 3,
            "base_unit": ["元"] * 3,
            "unit": ["万元"] * 3,
            "metric_key": ["投资"] * 3,
            "role": ["actual"] * 3,
            "masked": [False, True, True],
            "value": [5.0, None, None],
            "value_min": [5.0, 100.0, None],
            "value_max": [5.0, 999.0, None],
            "base_value": [50000.0, None, None],
        }
    )
    broad = stats_tables(rows)["stats_groups"].iloc[0]
    assert broad["sum_known"] == 50000 and broad["n_masked"] == 2
    assert broad["sum_min"] == 50000 + 100 * 10_000  # the * mask may be as low as 0
    assert pd.isna(broad["sum_max"]) and broad["n_unbounded"] == 1


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "parquet"])
def test_export(out: Path, fmt: str) -> None:
    assert main(["export", str(out), "--format", fmt]) == 0
    files = sorted((out / "export" / fmt).iterdir())
    if fmt == "xlsx":
        book = pd.read_excel(files[0], sheet_name=None)
        assert {"documents", "mentions", "pairs", "stats_groups", "stats_metrics"} <= set(book)
        assert len(book["mentions"]) == len(metrics.load(out).mentions)
    elif fmt == "csv":
        mentions = out / "export" / "csv" / "mentions.csv"
        assert mentions.read_bytes().startswith(b"\xef\xbb\xbf")
        assert len(pd.read_csv(mentions)) == len(metrics.load(out).mentions)
    else:
        assert len(pd.read_parquet(out / "export" / "parquet" / "stats_groups.parquet")) > 0


def test_stats_command(out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", str(out)]) == 0
    assert "share_masked" in capsys.readouterr().out


def test_stats_of_a_foreign_folder_is_refused(tmp_path: Path) -> None:
    assert main(["stats", str(tmp_path)]) == 1  # bad input, as export and load say


def test_plan_links_read_back_equal_the_in_memory_ones(out: Path) -> None:
    written = metrics.load(out).plan_vs_outcome.reset_index(drop=True)
    memory = metrics.extract(SAMPLE).plan_vs_outcome.reset_index(drop=True)
    assert len(written) >= 4
    pd.testing.assert_frame_equal(written, memory, check_categorical=False)


def test_plan_links_written_partition_by_partition_equal_the_in_memory_ones(
    corpus_files: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Three copies of the corpus and the sample: several partitions with links, each
    # needing several chunks of linked rows, and actuals that two targets could take;
    # partitions written as many files of small row groups, linked across files.
    folder = tmp_path / "in"
    folder.mkdir()
    for copy in range(3):
        for src in [*corpus_files, *sorted(SAMPLE.glob("*.txt"))]:
            (folder / f"{copy}_{src.name}").write_bytes(src.read_bytes())
        # one district's plan and outcome written under two names of its department, so
        # a link crosses department partitions
        (folder / f"{copy}_plan.txt").write_text(PLAN.format(title="东湖区教体局"), "utf-8")
        (folder / f"{copy}_outcome.txt").write_text(OUTCOME.format(title="东湖区教育局"), "utf-8")
        # a target whose outcome is only a completion rate of it: a derived actual
        plan = PLAN_ONE.format(title="东湖区发改局", plan="力争全年固定资产投资50亿元")
        review = REVIEW.format(title="东湖区发展改革局", review="全年完成固定资产投资目标的90%")
        (folder / f"{copy}_plan_one.txt").write_text(plan, "utf-8")
        (folder / f"{copy}_review.txt").write_text(review, "utf-8")
    monkeypatch.setattr(derived, "LINK_CHUNK", 3)
    monkeypatch.setattr(dataset, "ROW_GROUP", 50)
    monkeypatch.setattr(tables, "ROLL_GROUPS", 2)
    assert main(["extract", str(folder), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    written = pd.read_parquet(tmp_path / "out" / "current" / "plan_vs_outcome.parquet")
    results = [process_file(f) for f in iter_input_files([folder])]
    mentions = [m for r in results for m in r.mentions]
    documents = [d for r in results for d in r.documents]
    memory = tables.records_table(
        plan_vs_outcome(mentions, documents), tables.PAIR_SCHEMA
    ).to_pandas()
    assert len(written) >= 10 and written["department"].nunique() >= 2
    assert (written["actual_source"] == "derived").sum() >= 3
    partitions = (tmp_path / "out" / "current").glob("*/*/*/")
    assert max(len(list(d.glob("*.parquet"))) for d in partitions) >= 3
    pd.testing.assert_frame_equal(written, memory)
