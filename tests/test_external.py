"""A peer project's Chinese test cases (Microsoft Recognizers-Text), run through our
recogniser. Reported per file; the floors pin what was measured.

Cases are scored as upstream does: the list of (text, value) must equal the expected list
(texts compared with width folded and case ignored, values to 1e-9 relative).
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from metrics.normalize import FOLD_TABLE
from metrics.resolve import recognize_numbers

# measured 2026-11-23; the issue asks for 95 % on numbers and percentages
FLOORS = {
    "Number/NumberModel.json": 0.95,
    "Number/PercentModel.json": 0.95,
    "currency": 0.6,
}  # measured 97.3 %, 96.7 %, 5/8


def _fold(text: str) -> str:
    return text.translate(FOLD_TABLE).lower().strip()


def _value(text: str) -> Decimal:
    return Decimal(text.rstrip("%"))


def _close(a: Decimal, b: Decimal) -> bool:
    return abs(a - b) <= max(abs(b), Decimal(1)) * Decimal("1e-9")


def numbers(sentence: str) -> list[tuple[str, Decimal]]:
    out = []
    for r in recognize_numbers(sentence):
        if r.percent and r.inner:  # the number model reports the number inside
            s, e, v = r.inner
            out.append((sentence[s:e], v))
        elif not r.percent:
            out.append((r.text, r.value))
    return out


def percents(sentence: str) -> list[tuple[str, Decimal]]:
    return [(r.text, r.value) for r in recognize_numbers(sentence) if r.percent]


def passes(case: dict, found: list[tuple[str, Decimal]]) -> bool:
    expected = [(_fold(r["Text"]), _value(r["Resolution"]["value"])) for r in case["Results"]]
    got = [(_fold(t), v) for t, v in found]
    return len(got) == len(expected) and all(
        gt == et and _close(gv, ev) for (gt, gv), (et, ev) in zip(got, expected, strict=True)
    )


def rate(path: Path, finder) -> tuple[float, list[str]]:
    cases = json.loads(path.read_text(encoding="utf-8"))
    failed = [c["Input"] for c in cases if not passes(c, finder(c["Input"]))]
    return 1 - len(failed) / len(cases), failed


@pytest.mark.parametrize(
    ("name", "finder"),
    [("Number/NumberModel.json", numbers), ("Number/PercentModel.json", percents)],
)
def test_peer_cases(external_dir: Path, name: str, finder) -> None:
    score, failed = rate(external_dir / name, finder)
    print(f"{name}: {score:.1%} pass; first failures: {failed[:10]}")
    assert score >= FLOORS[name]


def _yuan(sentence: str) -> list[Decimal]:
    from metrics.api import extract_text

    m = extract_text(sentence).mentions
    m = m[m["unit_family"].astype(object).isin(["currency", "currency_implied"])]
    return [Decimal(str(v)) for v in m["base_value"] if v is not None and v == v]


def test_peer_currency_cases_in_yuan(external_dir: Path) -> None:
    """Currency: only renminbi amounts are in our domain (the reports count in 元); the
    cases naming foreign currencies, coins or 角/分 are out of it and not scored."""
    cases = json.loads((external_dir / "NumberWithUnit/CurrencyModel.json").read_text("utf-8"))
    scored = [
        c
        for c in cases
        if c["Results"]
        and all(
            r["Resolution"].get("unit") == "Chinese yuan" and r["Resolution"].get("value")
            for r in c["Results"]
        )
        and not any(w in c["Input"] for w in ("角", "毛", "块", "分"))
    ]
    passed = sum(
        sorted(_yuan(c["Input"])) == sorted(Decimal(r["Resolution"]["value"]) for r in c["Results"])
        for c in scored
    )
    print(f"CurrencyModel (renminbi cases): {passed}/{len(scored)} pass")
    assert len(scored) >= 8 and passed / len(scored) >= FLOORS["currency"]
