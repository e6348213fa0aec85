"""Score an extraction against gold files (format: ../shared/gold/README.md).

Usage: python benchmarks/accuracy.py OUT_DIR GOLD.jsonl [GOLD.jsonl ...] [--misses N]

A predicted mention belongs to a gold sentence when its original span overlaps the
sentence; it matches a gold mention when their spans overlap (each used once). A
prediction in a gold sentence that matches no gold mention is a false positive; an
``optional`` gold mention counts neither way. Prints detection precision, recall and F1,
strict F1 (value, mask and unit all right), the accuracy of each field on matched
mentions, and the number of masked gold mentions that came out with a value. Given
document gold (``dev_docs.jsonl``), prints how many documents are found and the accuracy
of their title, department, level, place, kind and years. Given targets gold (records with
``indicator`` and ``year``: every figure a report states as a target, at its span), prints
how many of them the targets table holds, the rows it holds that the gold has not, and the
accuracy of each field on those found (with ``--misses``, the extra rows and the targets
missed).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    strict: int = 0
    fabricated: int = 0
    fields: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    misses: list[str] = field(default_factory=list)
    # per rule of provenance ("role_rule:growth_cue"): [rows, right] for its own field
    by_rule: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def strict_f1(self) -> float:
        p = self.strict / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.strict / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def field_accuracy(self) -> dict[str, float]:
        return {k: ok / n for k, (ok, n) in sorted(self.fields.items()) if n}


def same_value(a: object, b: object) -> bool:
    if a is None or (isinstance(a, float) and pd.isna(a)):
        return b is None or (isinstance(b, float) and pd.isna(b))
    if b is None or (isinstance(b, float) and pd.isna(b)):
        return False
    return abs(float(a) - float(b)) < 1e-6


def metric_matches(gold: str | None, ours: str | None) -> bool:
    """The guide's rule: ours contains the labelled phrase, or lies inside it with at least
    two characters; spaces read as none (the gold keeps a name as printed, 校长 论坛, where
    the extractor drops the space print set between two Han characters, 校长论坛)."""
    if not gold:
        return True
    if not ours:
        return False
    gold, ours = _spaceless(gold), _spaceless(ours)
    return gold in ours or (len(ours) >= 2 and ours in gold)


def _spaceless(text: str) -> str:
    return "".join(text.split())


def load_gold(paths: list[Path]) -> list[dict]:
    rows = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    return rows


def mention_offsets(record: dict, mention: dict, cursor: int) -> tuple[int, int, int]:
    if "start" in mention and "end" in mention:
        return mention["start"], mention["end"], mention["end"] - record["start"]
    sentence = record["sentence"]
    i = sentence.find(mention["text"], cursor)
    if i < 0:
        i = sentence.find(mention["text"])
    s = record["start"] + i
    return s, s + len(mention["text"]), i + len(mention["text"])


def score(pred: pd.DataFrame, gold: list[dict]) -> Score:
    sc = Score()
    by_file: dict[str, pd.DataFrame] = {f: g for f, g in pred.groupby("source_file")}
    for rec in gold:
        frame = by_file.get(rec["file"])
        cands = []
        if frame is not None:
            inside = frame[(frame.char_start < rec["end"]) & (frame.char_end > rec["start"])]
            cands = inside.sort_values("char_start").to_dict("records")
        used: set[int] = set()
        cursor = 0
        for gm in rec.get("mentions", []):
            gs, ge, cursor = mention_offsets(rec, gm, cursor)
            hit = next(
                (
                    i
                    for i, p in enumerate(cands)
                    if i not in used and p["char_start"] < ge and p["char_end"] > gs
                ),
                None,
            )
            if hit is None:
                if not gm.get("optional"):
                    sc.fn += 1
                    sc.misses.append(
                        f"MISS {rec['file']}:{gs} {gm['text']!r} in {rec['sentence'][:60]!r}"
                    )
                continue
            used.add(hit)
            if gm.get("optional"):
                continue
            p = cands[hit]
            sc.tp += 1
            value_ok = same_value(gm.get("value"), p.get("value"))
            masked_ok = bool(gm.get("masked")) == bool(p.get("masked"))
            unit_ok = gm.get("unit", "") == (p.get("unit") or "")
            sc.strict += value_ok and masked_ok and unit_ok
            if gm.get("masked") and not same_value(None, p.get("value")):
                sc.fabricated += 1
            checks = {
                "value": value_ok,
                "masked": masked_ok,
                "unit": unit_ok,
                "qualifier": gm.get("qualifier") == p.get("qualifier"),
                "role": gm.get("role") == p.get("role"),
                "metric": metric_matches(gm.get("metric"), p.get("metric")),
                # the guide's containment hides a metric that carries extra words: this
                # one says how often ours is the labelled phrase itself
                "metric_exact": not gm.get("metric")
                or _spaceless(gm["metric"]) == _spaceless(p.get("metric") or ""),
            }
            for name, ok in checks.items():
                sc.fields[name][0] += int(ok)
                sc.fields[name][1] += 1
                if not ok:
                    field_name = "metric" if name == "metric_exact" else name  # no such column
                    why = p.get(PROVENANCE.get(field_name, ""))
                    sc.misses.append(
                        f"FIELD {name} {rec['file']}:{gs} {gm['text']!r}: gold "
                        f"{gm.get(field_name)!r} ours {p.get(field_name)!r}"
                        + (f" (by {why})" if why else "")
                    )
            _count_rules(sc, p, checks)
        for i, p in enumerate(cands):
            if i not in used:
                sc.fp += 1
                sc.misses.append(
                    f"FP {rec['file']}:{p['char_start']} {p['text']!r} in {rec['sentence'][:60]!r}"
                )
    return sc


def section_accuracy(sections: pd.DataFrame, gold: list[dict]) -> float:
    """Share of gold sentences whose section (at the sentence start) we name the same;
    a sentence outside every document counts as ``other``."""
    sections = sections.assign(file=sections["doc_id"].str.rsplit("#", n=1).str[0])
    by_file = {f: g for f, g in sections.groupby("file")}
    right = 0
    for rec in gold:
        frame = by_file.get(rec["file"])
        hit = (
            None
            if frame is None
            else frame[(frame.char_start <= rec["start"]) & (frame.char_end > rec["start"])]
        )
        ours = "other" if hit is None or hit.empty else hit["section"].iloc[0]
        right += ours == rec.get("section")
    return right / len(gold) if gold else 1.0


# (rank, 地级 or 县级 for a 市, is scored where the gold labels it: govreports_blind15 on)
DOC_FIELDS = (
    "title",
    "department",
    "level",
    "rank",
    "place",
    "summary_year",
    "plan_year",
    "kind",
)


def document_accuracy(documents: pd.DataFrame, gold: list[dict]) -> tuple[int, dict[str, float]]:
    """How many gold documents we find (a document of ours that starts within 10
    characters of the gold title) and, on those, the share of each field we get right
    (of the fields the gold labels)."""
    by_file = {f: g for f, g in documents.groupby("source_file")}
    found = 0
    right: dict[str, int] = dict.fromkeys(DOC_FIELDS, 0)
    labelled: dict[str, int] = dict.fromkeys(DOC_FIELDS, 0)
    for rec in gold:
        frame = by_file.get(rec["file"])
        if frame is None:
            continue
        near = (frame.char_start - rec["title_start"]).abs()
        if near.min() > 10:
            continue
        found += 1
        ours = frame.loc[near.idxmin()]
        for name in DOC_FIELDS:
            if name in rec:
                labelled[name] += 1
                right[name] += same_field(rec[name], ours.get(name))
    return found, {k: right[k] / n for k, n in labelled.items() if n}


def same_field(gold: object, ours: object) -> bool:
    """Whether ours is the gold value, or one of them where the gold lists several."""
    if isinstance(gold, list):
        return any(same_field(g, ours) for g in gold)
    if isinstance(gold, (int, float)) or isinstance(ours, (int, float)):
        return same_value(gold, ours)
    missing = ours is None or (isinstance(ours, float) and pd.isna(ours))
    return gold is None if missing else gold == ours


TARGET_FIELDS = ("government", "year", "qualifier", "value", "unit", "indicator")


def target_accuracy(targets: pd.DataFrame, gold: list[dict]) -> tuple[int, int, list[str], dict]:
    """(gold targets found, gold targets not optional, rows of the table the gold has
    not, share of each field right on those found). A row is a gold target's when their
    spans overlap in one file; its indicator is right when the gold's phrase is its
    metric (as ``metric_matches`` has it) or lies inside its indicator key."""
    files = {rec["file"] for rec in gold}
    rows = targets[targets.source_file.isin(files)].to_dict("records")
    used: set[int] = set()
    found = wanted = 0
    right: dict[str, int] = dict.fromkeys(TARGET_FIELDS, 0)
    for rec in gold:
        hit = next(
            (
                i
                for i, r in enumerate(rows)
                if r["source_file"] == rec["file"]
                and r["char_start"] < rec["end"]
                and r["char_end"] > rec["start"]
            ),
            None,
        )
        if hit is not None:
            used.add(hit)
        if rec.get("optional"):
            continue
        wanted += 1
        if hit is None:
            continue
        found += 1
        row = rows[hit]
        for name in TARGET_FIELDS:
            if name == "indicator":
                ok = metric_matches(rec[name], row.get("metric")) or rec[name] in str(
                    row.get("indicator") or ""
                )
            else:
                ok = same_field(rec[name], row.get(name))
            right[name] += ok
    extra = [
        f"EXTRA {r['source_file']}:{r['char_start']} {r['text']!r} {r['indicator']} {r['year']}"
        for i, r in enumerate(rows)
        if i not in used
    ]
    return found, wanted, extra, {k: v / found for k, v in right.items()} if found else {}


def missed_targets(targets: pd.DataFrame, gold: list[dict]) -> list[str]:
    """The gold targets (not optional) that no row of the table overlaps, one line each."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for r in targets.to_dict("records"):
        spans.setdefault(r["source_file"], []).append((r["char_start"], r["char_end"]))
    return [
        f"MISSED {rec['file']}:{rec['start']} {rec['text']!r} {rec['indicator']} {rec['year']}"
        for rec in gold
        if not rec.get("optional")
        and not any(s < rec["end"] and e > rec["start"] for s, e in spans.get(rec["file"], []))
    ]


def _is_target(rec: dict) -> bool:
    return "indicator" in rec and "sentence" not in rec


def print_targets(out_dir: Path, gold: list[dict], misses: int) -> None:
    table = pd.read_parquet(out_dir / "current" / "targets.parquet")
    table = table.astype(object).where(table.notna(), None)
    found, wanted, extra, fields = target_accuracy(table, gold)
    for line in (extra + missed_targets(table, gold))[:misses]:
        print(line)
    print(f"targets found: {found} of {wanted}; rows not in the gold: {len(extra)}")
    print("field accuracy on found: " + ", ".join(f"{k} {v:.3f}" for k, v in fields.items()))


# the column that says which rule gave a field
PROVENANCE = {"role": "role_rule", "metric": "metric_rule", "qualifier": "qualifier_rule"}


def _count_rules(sc: Score, p: dict, checks: dict[str, bool]) -> None:
    for name, column in PROVENANCE.items():
        rule = p.get(column)
        if rule:
            tally = sc.by_rule[f"{column}:{rule}"]
            tally[0] += 1
            tally[1] += int(checks[name])


def print_rules(sc: Score) -> None:
    """Rows per rule of provenance on the matched gold figures, and how many of them are
    right in the field the rule gave."""
    print("per rule (rows, right in its field):")
    for key, (n, right) in sorted(sc.by_rule.items()):
        print(f"  {key:<40} {n:>5} {right / n:.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("gold", type=Path, nargs="+")
    ap.add_argument("--misses", type=int, default=0, help="print this many misses")
    args = ap.parse_args(argv)
    gold = load_gold(args.gold)
    # document records (title_start, no sentence) and sentence records may come mixed
    docs = [rec for rec in gold if "title_start" in rec]
    # targets records (indicator and year at a span, no sentence) as well
    targets = [rec for rec in gold if _is_target(rec)]
    gold = [rec for rec in gold if "title_start" not in rec and not _is_target(rec)]
    if docs:
        run = args.out_dir / "current"  # the run CURRENT names (docs/schema.md, layout)
        found, fields = document_accuracy(pd.read_parquet(run / "documents.parquet"), docs)
        print(f"documents found: {found} of {len(docs)}")
        print("field accuracy on found: " + ", ".join(f"{k} {v:.3f}" for k, v in fields.items()))
    if targets:
        print_targets(args.out_dir, targets, args.misses)
    if not gold:
        return 0
    pred = pd.read_parquet(args.out_dir / "current" / "mentions")
    pred = pred.astype(object).where(pred.notna(), None)
    sc = score(pred, gold)
    p, r, f = sc.prf()
    if args.misses:
        for line in sc.misses[: args.misses]:
            print(line)
    print(
        f"detection: precision {p:.3f} recall {r:.3f} F1 {f:.3f} "
        f"(tp {sc.tp}, fp {sc.fp}, fn {sc.fn})"
    )
    print(f"strict F1 (value, mask, unit): {sc.strict_f1():.3f}")
    print(
        "field accuracy on matched: "
        + ", ".join(f"{k} {v:.3f}" for k, v in sc.field_accuracy().items())
    )
    print(f"masked gold mentions given a value (fabricated): {sc.fabricated}")
    if sc.by_rule:
        print_rules(sc)
    sections_path = args.out_dir / "current" / "sections.parquet"
    if sections_path.exists():
        share = section_accuracy(pd.read_parquet(sections_path), gold)
        print(f"section of gold sentences: {share:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
