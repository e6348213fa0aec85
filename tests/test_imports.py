"""What importing the package costs: the table libraries load only where tables are made."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def loaded_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print(' '.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


@pytest.mark.parametrize(
    "statement",
    ["import metrics", "from metrics import Mention, MetricsError, TablesError"],
)
def test_import_metrics_loads_no_table_library(statement: str) -> None:
    loaded = loaded_after(statement)
    assert not loaded & {"pandas", "pyarrow", "numpy", "dask", "distributed", "cn2an"}
    assert "metrics.rules" not in loaded  # nor the rules


def test_rules_compile_on_first_use_only() -> None:
    loaded = loaded_after(
        "import metrics.rules as r; assert r.compiled.cache_info().currsize == 0; "
        "list(r.find_candidates('新建学校3所')); assert r.compiled.cache_info().currsize == 1"
    )
    assert "metrics.rules" in loaded


def test_cn2an_loads_only_for_a_numeral_outside_the_canonical_forms() -> None:
    """三十 and 一百零八 are read by ``canonical_value``; 一千五 (1500) only by cn2an."""
    assert "cn2an" not in loaded_after("from metrics.resolve import chinese_value")
    assert "cn2an" not in loaded_after(
        "from metrics.resolve import chinese_value as v; "
        "assert v('三十') == 30 and v('壹佰零捌') == 108"
    )
    assert "cn2an" in loaded_after(
        "from metrics.resolve import chinese_value; assert chinese_value('一千五') == 1500"
    )


def test_a_sample_report_with_chinese_numerals_loads_no_cn2an(tmp_path) -> None:
    """data/sample/05 writes some figures in Chinese numerals (两, 十): canonical forms,
    so the run resolves them without importing cn2an (0.11 s). (Its 三 of 市十六届人大三次
    会议 names a session, no figure, since govreports round 14.)"""
    sample = Path(__file__).parent.parent / "data/sample/05_东湖县政府工作报告_2025.txt"
    run = f"from metrics.cli import main; main(['extract', {str(sample)!r}, '--out', "
    run += f"{str(tmp_path / 'out')!r}, '--quiet'])"
    code = f"import metrics.resolve as r; {run}; assert r.chinese_value.cache_info().currsize >= 2"
    assert "cn2an" not in loaded_after(code)


def test_extract_loads_no_table_library_before_its_first_file() -> None:
    """What `metrics extract` imports before it reads a file: pyarrow writes the tables;
    pandas (and pyarrow.dataset, which imports it) only where a table is computed with
    it, never the export, the in-memory API, nor Dask unless asked for."""
    loaded = loaded_after("import metrics.cli")
    assert "pyarrow" in loaded and "metrics.pipeline" in loaded
    heavy = {"pandas", "pyarrow.dataset", "pyarrow.compute", "dask", "distributed", "openpyxl"}
    heavy.add("matplotlib")
    assert not loaded & heavy
    assert not loaded & {"metrics.export", "metrics.api", "metrics.stats"}


def test_the_end_of_run_tables_are_computed_without_pandas() -> None:
    """Statistics, plan links and trends are made with Arrow and numpy (``stats`` gives
    Arrow tables): importing them, or the writer, loads no pandas."""
    loaded = loaded_after("import metrics.stats, metrics.tables, metrics.packed")
    assert "pandas" not in loaded and "metrics.stats" in loaded


def test_an_extract_run_reads_back_its_tables_without_the_dataset_scanner(tmp_path) -> None:
    """The end of a run (plan links, trends) reads its own files a row group at a time:
    neither ``pyarrow.dataset`` (whose discovery costs a fixed time a table) nor the
    in-memory API is loaded by ``metrics extract --quiet``."""
    loaded = loaded_after(_extract_small(tmp_path))
    assert "metrics.tables" in loaded
    assert not loaded & {"pyarrow.dataset", "metrics.api", "metrics.export"}


SMALL_REPORT = "2025年政府工作报告\n新建学校3所，完成投资12亿元。\n"


def _extract_small(tmp_path, text: str = SMALL_REPORT) -> str:
    """The statement that runs ``metrics extract --quiet`` on a small report."""
    source = tmp_path / "small.txt"
    source.write_text(text, encoding="utf-8")
    run = f"from metrics.cli import main; main(['extract', {str(source)!r}, '--out', "
    return run + f"{str(tmp_path / 'out')!r}, '--quiet'])"


@pytest.mark.parametrize(
    "text",
    [
        SMALL_REPORT,
        # a department's review: its figures' statistics are computed (stats' years)
        "东湖区统计局2025年工作总结\n一、工作完成情况\n全年完成地区生产总值120亿元，增长6%。\n",
    ],
)
def test_an_extract_run_loads_no_pandas(tmp_path, text: str) -> None:
    """pyarrow imports pandas when it converts Python objects (``metrics.columns``; a
    scalar made from None, ``pa.scalar(None, …)``): a run builds its columns itself, and
    reads them back without it."""
    assert "pandas" not in loaded_after(_extract_small(tmp_path, text))


def test_an_extract_run_loads_no_pyarrow_compute(tmp_path) -> None:
    """``import pyarrow.compute`` wraps each of Arrow's ~290 kernels with a signature and a
    parsed docstring (0.045 s of a start): a run calls the kernels it needs by name
    (``metrics.kernels``), never through pyarrow's computing methods (``Table.take``,
    ``Array.is_valid``…), which import it. data/sample makes every table (plan links and
    trends among them)."""
    sample = Path(__file__).parent.parent / "data/sample"
    run = f"from metrics.cli import main; main(['extract', {str(sample)!r}, '--out', "
    run += f"{str(tmp_path / 'out')!r}, '--quiet'])"
    assert "pyarrow.compute" not in loaded_after(run)


@pytest.mark.parametrize(
    "text",
    [
        SMALL_REPORT + "城镇新增就业1.2万人。\n",
        "东湖区统计局2025年工作总结\n一、工作完成情况\n全年完成地区生产总值120亿元，增长6%。\n",
    ],
)
def test_an_extract_run_loads_no_masked_arrays(tmp_path, text: str) -> None:
    """numpy 2's ``np.unique`` with no indices asks whether its array is masked, which
    imports ``numpy.ma`` (0.6 % of a small run's instructions): the trends' and links'
    distinct values are read without it (``derived._distinct``)."""
    assert "numpy.ma" not in loaded_after(_extract_small(tmp_path, text))


def test_a_run_with_a_pool_loads_no_pandas_to_take_its_results(tmp_path) -> None:
    """Two files and ``--jobs 2``: the workers pack each file's tables, and the writer
    unpickles and writes them without pandas."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name, line in (("a", "新建学校3所。"), ("b", "完成投资12亿元。")):
        (inputs / f"{name}.txt").write_text(f"2025年政府工作报告\n{line}\n", encoding="utf-8")
    run = f"from metrics.cli import main; main(['extract', {str(inputs)!r}, '--out', "
    run += f"{str(tmp_path / 'out')!r}, '--quiet', '--jobs', '2'])"
    assert "pandas" not in loaded_after(run)


@pytest.mark.parametrize("before", ["", "gc.disable(); "])
def test_importing_the_command_line_leaves_the_collector_as_it_found_it(before: str) -> None:
    """``metrics.cli`` pauses the cycle collector while the stages load (``cli``'s
    imports): on again after, unless it was off before."""
    on = not before
    loaded_after(f"import gc; {before}import metrics.cli; assert gc.isenabled() is {on}")
