"""A peer project's Chinese test cases (Microsoft Recognizers-Text), run through our
recogniser. Reported per file; the floors pin what was measured.

Cases are scored as upstream does: the list of (text, value) must equal the expected list
(texts compared with width folded and case ignored, values to 1e-9 relative).
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

from metrics.bare_numbers import recognize_numbers
from metrics.normalize import FOLD_TABLE
from tests.conftest import need_shared

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


# --- quantities with units, through the whole pipeline ------------------------------------
# Upstream's unit names and the surfaces of ours that write each (the multiplier aside:
# 387万亩 is 3,870,000 亩).
PEER_UNITS: dict[str, tuple[str, ...]] = {
    "Chinese yuan": ("元", "人民币"),
    "United States dollar": ("美元", "美圆"),
    "Euro": ("欧元",),
    "Hong Kong dollar": ("港元", "港币"),
    "Japanese yen": ("日元",),
    "British pound": ("英镑",),
    "New Taiwan dollar": ("新台币", "台币"),
    "Kilogram": ("千克", "公斤"),
    "Gram": ("克",),
    "Microgram": ("微克",),
    "Jin": ("斤",),
    "Ton": ("吨",),
    "Mu": ("亩",),
    "Meter": ("米", "m"),
    "Kilometer": ("千米", "公里", "km"),
    "Centimeter": ("厘米", "cm"),
    "Kilowatt": ("千瓦",),
    "Year": ("岁", "周岁"),
    "Day": ("天",),
    "Month": ("个月",),
    "C": ("℃", "摄氏度", "°C"),
}
PEER_MODELS = {"CurrencyModel": 35, "DimensionModel": 36, "AgeModel": 10, "TemperatureModel": 10}


def _peer_case(model: str, index: int) -> dict:
    path = need_shared("external/recognizers-text-zh") / "NumberWithUnit" / f"{model}.json"
    return json.loads(path.read_text(encoding="utf-8"))[index]


def states_quantity(case: dict) -> bool:
    """A case states a quantity when it expects results and each has a value."""
    return bool(case["Results"]) and all(r["Resolution"].get("value") for r in case["Results"])


def expected_quantities(case: dict) -> list[tuple[Decimal, str]]:
    found = [(Decimal(r["Resolution"]["value"]), r["Resolution"]["unit"]) for r in case["Results"]]
    return sorted(found, key=str)


def _peer_unit(written: str) -> str:
    """Upstream's name for a unit as we write it (万亩 → Mu), or what we wrote."""
    from metrics.lexicon.units import MULTIPLIER_BY_SURFACE

    words = sorted(MULTIPLIER_BY_SURFACE, key=len, reverse=True)
    word = next((w for w in words if written.startswith(w) and len(written) > len(w)), "")
    bare = written[len(word) :]
    return next((name for name, ours in PEER_UNITS.items() if bare in ours), written)


# The unit families each model of the peer suite covers: a figure of another family (the
# 180亿元 in a sentence scored for its 387万亩) is another model's business.
MODEL_FAMILIES = {
    "CurrencyModel": {"currency"},
    "DimensionModel": {"area", "length", "mass", "volume", "energy", "concentration"},
    "AgeModel": {"age", "time"},
    "TemperatureModel": {"temperature"},
}


def _multiplier(unit: str) -> Decimal:
    from metrics.lexicon.units import MULTIPLIER_BY_SURFACE

    words = sorted(MULTIPLIER_BY_SURFACE, key=len, reverse=True)
    word = next((w for w in words if unit.startswith(w) and len(unit) > len(w)), None)
    return MULTIPLIER_BY_SURFACE[word].factor if word else Decimal(1)


def found_quantities(sentence: str, model: str) -> list[tuple[Decimal, str]]:
    """(value in the unit without its multiplier, upstream's unit name) of every figure of
    the model's families that the pipeline finds."""
    from metrics.api import extract_text

    m = extract_text(sentence).mentions
    out = []
    for unit, value, family in zip(m["unit"], m["value"], m["unit_family"], strict=True):
        if family not in MODEL_FAMILIES[model]:
            continue
        number = None if pd.isna(value) else Decimal(str(value))
        out.append((number * _multiplier(unit) if number is not None else None, _peer_unit(unit)))
    return sorted(out, key=str)


def quantity_passes(case: dict, model: str) -> bool:
    got = found_quantities(case["Input"], model)
    want = expected_quantities(case)
    return len(got) == len(want) and all(
        gv is not None and gu == wu and _close(gv, wv)
        for (gv, gu), (wv, wu) in zip(got, want, strict=True)
    )


# Cases we fail, by class of language (case index in its file; upstream's text stays in
# ../shared). A fix turns its cases red here until they are moved out.
PEER_FAILURES: dict[str, tuple[str, tuple[tuple[str, int], ...]]] = {
    "out_of_domain_unit": (
        "a unit no report of ours writes (bits, bytes, hertz, kilocalories, 两 of weight, "
        "bitcoin, naira, Swiss franc; 微克 alone names a campaign, 0.1微克攻坚行动, and is "
        "a unit only in a concentration): not in the lexicon",
        (
            *(("CurrencyModel", i) for i in (5, 11, 32)),
            *(
                ("DimensionModel", i)
                for i in (10, 20, 21, 22, 23, 24, 25, 27, 28, 29, 30, 31, 32, 35)
            ),
        ),
    ),
    "amount_in_two_units": (
        "an amount in a unit and its fraction (美元又美分, 元…角…分, 元…毛): 角, 分, 毛 and cents "
        "are no units of ours (分 is a score)",
        (
            ("CurrencyModel", 10),
            ("CurrencyModel", 16),
            ("CurrencyModel", 17),
            ("CurrencyModel", 20),
        ),
    ),
    "colloquial_unit": (
        "块 for 元 (in reports 块 counts plots and plaques) and 公分 for 厘米 are spoken forms",
        (("CurrencyModel", 18), ("DimensionModel", 2)),
    ),
    "sign_before_number": (
        "a currency sign before the number ($20, ￥300) is not read, and 20，300 joins two "
        "numbers as one with a thousands comma",
        (("CurrencyModel", 30),),
    ),
    "zhao_as_trillion": (
        "兆 as 10^12 (…兆…億元): figures never read 兆, a mega in 兆瓦",
        (("CurrencyModel", 31),),
    ),
    "upper_case_latin_unit": (
        "Latin units are read as written, in lower case (cm, km), not CM",
        (("DimensionModel", 5),),
    ),
    "unit_and_a_half": (
        "a half after the unit (吨半, 米半, 斤半) is not added to the number",
        tuple(("DimensionModel", i) for i in (11, 12, 13, 14)),
    ),
    "age_inside_a_clause": (
        "an age is a statistic only where it ends its clause (60岁以上老人 describes people): "
        "an age followed by 的, 了 or ！ is not read",
        (("AgeModel", 0), ("AgeModel", 1), ("AgeModel", 4), ("AgeModel", 5)),
    ),
    "age_in_weeks": (
        "an infant's age in weeks (周大): 周 is no unit of ours",
        (("AgeModel", 3), ("AgeModel", 9)),
    ),
    "range_of_days": (
        "a range (70 - 90天) has no single value; its bounds are value_min and value_max",
        (("AgeModel", 7),),
    ),
    "degree_alone": (
        "度 alone is a kilowatt-hour in reports (用电量1.2亿度), and Fahrenheit is never "
        "written: 度 is not a temperature",
        tuple(("TemperatureModel", i) for i in (0, 1, 2, 3, 5)),
    ),
}
FAILING = {case: (name, why) for name, (why, cases) in PEER_FAILURES.items() for case in cases}


def _peer_params() -> list:
    params = []
    for model, count in PEER_MODELS.items():
        for index in range(count):
            marks = ()
            if (model, index) in FAILING:
                name, why = FAILING[(model, index)]
                marks = (pytest.mark.xfail(strict=True, reason=f"{name}: {why}"),)
            params.append(pytest.param(model, index, id=f"{model}-{index}", marks=marks))
    return params


@pytest.mark.parametrize(("model", "index"), _peer_params())
def test_peer_quantity_case(model: str, index: int) -> None:
    """Each case of the peer suite that states a quantity gives its value and unit through
    the whole pipeline (figures of the model's unit families only)."""
    case = _peer_case(model, index)
    if not states_quantity(case):
        pytest.skip("the case states no quantity (a unit's name alone, or nothing)")
    got = found_quantities(case["Input"], model)
    assert quantity_passes(case, model), (got, expected_quantities(case))


def test_peer_quantity_score(external_dir: Path) -> None:
    """Prints how many cases stating a quantity pass (measured 28/80 before the lexicon
    listed foreign currencies, cm, °C and 周岁; 37/80 after; 38/80 once a Chinese numeral of
    hundreds or more before 元 was an amount, 一千元)."""
    scored = passed = 0
    for model, count in PEER_MODELS.items():
        cases = json.loads((external_dir / "NumberWithUnit" / f"{model}.json").read_text("utf-8"))
        assert len(cases) == count
        for case in filter(states_quantity, cases):
            scored += 1
            passed += quantity_passes(case, model)
    print(f"peer quantity cases (value and unit, whole pipeline): {passed}/{scored} pass")
    known = sum(len(cases) for _, cases in PEER_FAILURES.values())
    assert passed == scored - known
