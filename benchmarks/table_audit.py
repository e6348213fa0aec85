"""A reader's check of every derived table an analyst reads (stats_groups, stats_metrics,
targets, trends, plan_vs_outcome, pairs) on the blind compilations and the shared texts:
what a notebook would show before trusting a table.

Usage: python benchmarks/table_audit.py [FOLDER ...]   (default: every tests/data/tables_blind*
folder, ../shared/corpus and ../shared/govreports, when present)

For each table, over all folders together: its rows, the columns never filled (a column of
the shared pair schema may be empty by design: ``plan_doc_id`` of a pair within one report),
columns of dtype ``object`` in any folder's table (every text column is ``str`` or
``category``; tables of several folders joined would make unlike categories object); per
folder: rows
duplicated whole, a figure taking one side of two rows (a target linked twice, a trend's
current year twice, an outcome given to two targets), a trend over years not consecutive,
and a value out of its unit's scale (a percentage beyond ±1000; a count or amount under a
unit of 万 or 亿 at 100000 or more: a value in base units under a scaled unit, or a text
that writes 386500万元 as such), and a status its own row contradicts (pairs and
plan_vs_outcome: a masked target judged met or not; an exact known target and actual whose
values, read with ``lower_is_better``, say otherwise than ``status`` — a fall written
unsigned beside a target to fall did, before a growth's values were signed), and a
target its own words state as a fall (下降3%) whose record has no direction, so that its
status reads it as a rise. Prints counts
and the first examples; no threshold fails a run (tests hold the contracts).
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import pandas as pd

import metrics
from metrics.lexicon.changes import DOWN_WORD

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TABLES = ("stats_groups", "stats_metrics", "targets", "trends", "plan_vs_outcome", "pairs")
# (table, column): a figure that may take that side of one row only
ONE_SIDE = (
    ("plan_vs_outcome", "target_mention_id"),
    ("plan_vs_outcome", "actual_mention_id"),
    ("plan_vs_outcome", "completion_mention_id"),
    ("pairs", "actual_mention_id"),
    ("trends", "mention_id"),
    ("trends", "previous_mention_id"),
    ("targets", "mention_id"),
    ("targets", "outcome_mention_id"),
)
# value columns and the unit column that states their scale
VALUES = {
    "targets": (("value", "unit"), ("outcome_value", "unit")),
    "trends": (("value", "unit"), ("previous_value", "unit")),
    "plan_vs_outcome": (("actual_value", "unit"), ("target_value", "unit")),
    "pairs": (("actual_value", "unit"), ("target_value", "unit")),
}
PERCENT = ("%", "‰", "个百分点")
SCALED = ("万", "亿")


def folders(given: list[str]) -> list[Path]:
    if given:
        return [Path(g) for g in given]
    found = sorted(p for p in (ROOT / "tests" / "data").glob("tables_blind*") if p.is_dir())
    return found + [p for p in (SHARED / "corpus", SHARED / "govreports") if p.is_dir()]


def out_of_scale(df: pd.DataFrame, value: str, unit: str) -> pd.DataFrame:
    """Rows whose ``value`` is out of the scale its ``unit`` states (see the module)."""
    units, values = df[unit].astype(str), pd.to_numeric(df[value], errors="coerce").abs()
    percent = units.isin(PERCENT) & (values > 1000)
    scaled = units.str.startswith(SCALED) & ~units.isin(PERCENT) & (values >= 100000)
    return df[(percent | scaled).fillna(False)]


def status_contradicted(df: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Rows of a pairs-shaped table whose status its own row contradicts (see the module):
    a masked target with a status other than unknown, or an exact target (no bound, range
    or 左右) whose known values, compared as ``lower_is_better`` says, disagree with it."""
    by_id = mentions.set_index("mention_id")
    target = df.target_mention_id
    masked = target.map(by_id.masked).fillna(False).astype(bool) & (df.status != "unknown")
    exact = target.map(by_id.qualifier).eq("exact")
    known = exact & df.actual_value.notna() & df.target_value.notna()
    lower = df.lower_is_better.fillna(False).astype(bool)
    met = (df.actual_value <= df.target_value).where(lower, df.actual_value >= df.target_value)
    judged = df.status.isin(("met", "not_met"))
    wrong = known & judged & (met.fillna(False).astype(bool) != df.status.eq("met"))
    return df[masked | wrong]


# the words right before a figure that state a fall (下降3%, 降低4%, 减少2%)
FALL_BEFORE = 4


def fall_undirected(df: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Rows of a pairs-shaped table whose target is a change its own words state as a fall
    (a word of ``lexicon.changes``' DOWN right before the figure) but whose record has no
    direction: its status reads the fall as a rise (单位建筑面积能耗下降3% met by 下降2.1%)."""
    by_id = mentions.set_index("mention_id")
    target = df.target_mention_id.dropna()
    rows = by_id.reindex(target)
    growth = rows.measure.eq("growth") & rows.direction.isna()
    upto = (rows.char_start - rows.sentence_start).fillna(0).astype(int)
    before = [
        str(s)[max(0, n - FALL_BEFORE) : n] if isinstance(s, str) else ""
        for s, n in zip(rows.sentence, upto, strict=True)
    ]
    falls = pd.Series([bool(DOWN_WORD.search(b)) for b in before], index=rows.index)
    undirected = set(rows.index[(growth & falls).to_numpy()])
    return df[df.target_mention_id.isin(undirected)]


def audit_folder(name: str, tables: metrics.api.Tables) -> list[str]:
    """The findings of one folder's tables, one line each."""
    lines = []
    for table in TABLES:
        df = getattr(tables, table)
        if df is None or not len(df):
            continue
        duplicated = int(df.astype(str).duplicated().sum())
        if duplicated:
            lines.append(f"{name} {table}: {duplicated} rows duplicated whole")
    for table, column in ONE_SIDE:
        df = getattr(tables, table)
        if df is None or column not in df or not len(df):
            continue
        twice = df[column].dropna()
        twice = twice[twice.duplicated()]
        if len(twice):
            lines.append(f"{name} {table}.{column}: {len(twice)} figures twice, {list(twice[:3])}")
    for table in ("pairs", "plan_vs_outcome"):
        df = getattr(tables, table)
        if df is None or not len(df):
            continue
        odd = status_contradicted(df, tables.mentions)
        if len(odd):
            shown = odd[["metric", "target_value", "actual_value", "status"]][:3].values.tolist()
            lines.append(f"{name} {table}: {len(odd)} statuses their rows contradict {shown}")
        undirected = fall_undirected(df, tables.mentions)
        if len(undirected):
            shown = undirected[["metric", "target_value", "actual_value", "status"]][:3]
            lines.append(
                f"{name} {table}: {len(undirected)} targets to fall with no direction "
                f"{shown.values.tolist()}"
            )
    trends = tables.trends
    if trends is not None and len(trends):
        apart = trends[(trends.year - trends.previous_year) != 1]
        if len(apart):
            lines.append(f"{name} trends: {len(apart)} over years not consecutive")
    for table, pairs in VALUES.items():
        df = getattr(tables, table)
        if df is None or not len(df):
            continue
        for value, unit in pairs:
            odd = out_of_scale(df, value, unit)
            if len(odd):
                values, units = odd[value][:3], odd[unit].astype(str)[:3]
                shown = [(float(v), u) for v, u in zip(values, units, strict=True)]
                lines.append(f"{name} {table}.{value}: {len(odd)} out of {unit}'s scale {shown}")
    return lines


def main(given: list[str]) -> None:
    warnings.filterwarnings("ignore")  # a truncated download's warning is not the tables'
    found: dict[str, list[pd.DataFrame]] = {t: [] for t in TABLES}
    objects: dict[str, set[str]] = {t: set() for t in TABLES}
    lines: list[str] = []
    for folder in folders(given):
        tables = metrics.extract(folder)
        lines += audit_folder(folder.name, tables)
        for table in TABLES:
            df = getattr(tables, table)
            if df is not None and len(df):
                found[table].append(df)
                objects[table].update(c for c in df.columns if df[c].dtype == object)
    for table, dfs in found.items():
        if not dfs:
            print(f"{table}: no rows")
            continue
        df = pd.concat(dfs, ignore_index=True)
        empty = [c for c in df.columns if df[c].isna().all()]
        odd = sorted(objects[table])
        print(f"{table}: {len(df)} rows; never filled {empty}; dtype object {odd}")
    clean = "no duplicates, figures twice, gaps, odd scales or statuses"
    print("\n".join(lines) if lines else clean)


if __name__ == "__main__":
    main(sys.argv[1:])
