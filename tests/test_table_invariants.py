"""What the derived tables may never do, asserted on every row of real runs.

An analyst reads ``pairs``, ``plan_vs_outcome``, ``trends``, ``targets`` and the statistics
as comparisons of like with like (docs/schema.md): these tests hold every row of a run on
the corpus, the government work reports of ../shared and two of the blind compilations to
that, by the figures' own records in ``mentions`` and ``documents``:

- no comparison across units: the two figures a row sets side by side share a unit family
  (个百分点 never meets %, 人 never 元), and a trend's share a base unit too;
- no comparison across roles: a plan link's target is a target and its actual a result, a
  trend's two figures have one role and one measure (a target never follows an actual);
- no link across places or levels: a plan link's plan and outcome reports, a trend's two
  reports, a target's report and the one that states its outcome speak for one government
  unit (level, place, canonical department: a county's plan never meets its city's outcome);
- percentages never summed: no statistics row sums a percentage, no trend of one is
  additive or has a rate of change (its change is in 个百分点).

The ../shared runs skip where ../shared is absent and run when CI is set.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import metrics

from .conftest import need_shared

DATA = Path(__file__).resolve().parent / "data"
FOLDERS = ["corpus", "govreports", "tables_blind10", "tables_blind11"]


@pytest.fixture(scope="module", params=FOLDERS)
def run(request: pytest.FixtureRequest) -> metrics.api.Tables:
    name = request.param
    folder = DATA / name if name.startswith("tables_blind") else need_shared(name)
    return metrics.extract(folder)


def _by_id(t: metrics.api.Tables) -> pd.DataFrame:
    return t.mentions.set_index("mention_id")


def _unit_of(t: metrics.api.Tables) -> pd.DataFrame:
    """Each document's government unit, as ``pairs.government_identity`` reads it."""
    docs = t.documents.set_index("doc_id")
    return docs[["level", "place", "department_canonical"]].astype("string").fillna("")


def _side(t: metrics.api.Tables, ids: pd.Series, column: str) -> pd.Series:
    return _by_id(t)[column].reindex(ids.to_numpy()).reset_index(drop=True)


def _both(df: pd.DataFrame, a: str, b: str) -> pd.DataFrame:
    return df[df[a].notna() & df[b].notna()].reset_index(drop=True)


def test_the_runs_have_rows_to_check(run: metrics.api.Tables) -> None:
    assert len(run.plan_vs_outcome) + len(run.trends) + len(run.targets) > 0


@pytest.mark.parametrize("table", ["pairs", "plan_vs_outcome"])
def test_a_target_meets_an_actual_of_its_unit_family(run: metrics.api.Tables, table: str) -> None:
    rows = _both(getattr(run, table), "target_mention_id", "actual_mention_id")
    target = _side(run, rows.target_mention_id, "unit_family")
    actual = _side(run, rows.actual_mention_id, "unit_family")
    assert (target == actual).all(), rows[target != actual].pair_id.tolist()
    # the row's unit is the actual's: the target is converted into it, never the reverse
    unit = _side(run, rows.actual_mention_id, "unit")
    assert (rows.unit.astype("string") == unit.astype("string")).all()


def test_a_plan_link_sets_a_target_against_a_result(run: metrics.api.Tables) -> None:
    links = run.plan_vs_outcome
    target = _side(run, links.target_mention_id, "role")
    assert target.eq("target").all(), links[~target.eq("target")].pair_id.tolist()
    stated = _both(links, "target_mention_id", "actual_mention_id")
    # a result: stated as a level, a growth or a share, never a target, forecast or rate
    result = _side(run, stated.actual_mention_id, "role").isin(["actual", "growth", "share"])
    assert result.all(), stated[~result.to_numpy()].pair_id.tolist()
    rates = links[links.actual_mention_id.isna() & links.completion_mention_id.notna()]
    assert _side(run, rates.completion_mention_id, "role").eq("completion").all()


def test_a_pair_stays_within_one_report(run: metrics.api.Tables) -> None:
    pairs = run.pairs
    for side in ("actual_mention_id", "target_mention_id", "completion_mention_id"):
        rows = pairs[pairs[side].notna()].reset_index(drop=True)
        doc = _side(run, rows[side], "doc_id")
        assert (doc == rows.doc_id).all(), rows[doc != rows.doc_id].pair_id.tolist()


def test_a_plan_link_joins_one_government_unit(run: metrics.api.Tables) -> None:
    links = run.plan_vs_outcome
    unit = _unit_of(run)
    plan = unit.reindex(links.plan_doc_id.to_numpy()).reset_index(drop=True)
    outcome = unit.reindex(links.outcome_doc_id.to_numpy()).reset_index(drop=True)
    same = (plan == outcome).all(axis=1)
    assert same.all(), links[~same.to_numpy()].pair_id.tolist()
    # and a named one: a masked or unnamed place is no unit (docs/schema.md)
    assert plan.place.ne("").all()
    assert (links.plan_doc_id != links.outcome_doc_id).all()


def test_a_trend_is_one_unit_one_role_one_measure_one_base_unit(run: metrics.api.Tables) -> None:
    trends = run.trends
    unit = _unit_of(run)
    now = unit.reindex(trends.doc_id.to_numpy()).reset_index(drop=True)
    before = unit.reindex(trends.previous_doc_id.to_numpy()).reset_index(drop=True)
    same = (now == before).all(axis=1)
    assert same.all(), trends[~same.to_numpy()].trend_id.tolist()
    for column in ("role", "measure", "unit_family", "base_unit", "period_kind"):
        a = _side(run, trends.mention_id, column).astype("string").fillna("")
        b = _side(run, trends.previous_mention_id, column).astype("string").fillna("")
        assert (a == b).all(), (column, trends[(a != b).to_numpy()].trend_id.tolist())
    assert (trends.year - trends.previous_year).eq(1).all()


def test_a_target_outcome_is_its_own_governments(run: metrics.api.Tables) -> None:
    targets = run.targets
    rows = targets[targets.outcome_doc_id.notna()].reset_index(drop=True)
    unit = _unit_of(run)
    own = unit.reindex(rows.doc_id.to_numpy()).reset_index(drop=True)
    other = unit.reindex(rows.outcome_doc_id.to_numpy()).reset_index(drop=True)
    same = (own[["level", "place"]] == other[["level", "place"]]).all(axis=1)
    assert same.all(), rows[~same.to_numpy()].target_id.tolist()
    assert (rows.doc_id != rows.outcome_doc_id).all()
    for column in ("unit_family", "measure", "period_kind"):
        a = _side(run, rows.mention_id, column).astype("string").fillna("")
        b = _side(run, rows.outcome_mention_id, column).astype("string").fillna("")
        # a completion rate an outcome is derived from is in % of the target, not its unit
        stated = rows.outcome_source.eq("stated").to_numpy()
        assert (a[stated] == b[stated]).all(), (column, rows[stated & (a != b)].target_id)


def test_percentages_are_never_summed(run: metrics.api.Tables) -> None:
    for name in ("stats_metrics", "stats_groups"):
        stats = getattr(run, name)
        percent = stats[stats.base_unit.isin(["%", "个百分点", "‰"])]
        assert percent.n_additive.eq(0).all(), name
        assert percent.sum_known.isna().all(), name
    trends = run.trends
    percent = trends[trends.base_unit.isin(["%", "个百分点", "‰"])]
    assert not percent.additive.astype(bool).any()
    assert percent.change_rate.isna().all()
    # a difference of percentages is in points (‰ in ‰), never a percentage of a percentage
    known = percent[percent.change.notna()]
    points = known.unit.isin(["%", "个百分点"])
    assert known.change_unit[points].eq("个百分点").all()
    assert (known.change_unit[~points] == known.unit[~points]).all()


def test_a_statistics_row_never_sums_across_roles_or_units(run: metrics.api.Tables) -> None:
    # the key holds the role and the base unit: each (unit, year, role, metric, base unit…)
    # is one row, so no sum can hold a target and an actual, or 元 and 人
    stats = run.stats_metrics
    key = [
        "level",
        "place",
        "department",
        "year",
        "role",
        "metric_key",
        "unit_family",
        "base_unit",
        "period_kind",
        "change_base",
    ]
    assert not stats.duplicated(subset=key).any()
    assert stats.role.notna().all()
    # a bare number (unit family ``number``, no base unit) is described, never summed
    assert stats[stats.base_unit.isna()].n_additive.eq(0).all()
