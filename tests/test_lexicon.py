"""The lexicon proves itself: every numeral, multiplier and unit runs its example.

Numerals are read by the recogniser (``resolve.parse_numeral``); multipliers and units
go through the figure rules and resolution, so an entry the rules cannot reach fails here.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from metrics.errors import RuleError
from metrics.lexicon.numerals import FOLD, NUMERALS, place_value
from metrics.lexicon.units import MULTIPLIERS, UNITS, Unit
from metrics.normalize import normalize
from metrics.resolve import parse_numeral, resolve
from metrics.rules import find_candidates


@pytest.mark.parametrize("numeral", NUMERALS, ids=lambda n: n.char)
def test_each_numeral_reads_its_example(numeral) -> None:
    assert parse_numeral(numeral.example) == numeral.example_value


@pytest.mark.parametrize("numeral", NUMERALS, ids=lambda n: n.char)
def test_each_numeral_folds_to_a_form_worth_the_same(numeral) -> None:
    """壹 reads as 一, 廿 as 二十: the ordinary form is worth what the character is."""
    if numeral.value and numeral.kind in ("digit", "place", "tens", "myriad"):
        assert parse_numeral("一" * (numeral.kind in ("place", "myriad")) + numeral.plain) == (
            numeral.value
        )
    assert numeral.char.translate(FOLD) == numeral.plain


def test_place_words_multiply() -> None:
    assert place_value("百万万") == Decimal(10) ** 10
    assert place_value("仟") == 1000
    with pytest.raises(RuleError):
        place_value("十二")


def _resolve_one(text: str):
    norm = normalize(text)
    found = list(find_candidates(norm.text))
    assert len(found) == 1, [norm.text[c.start : c.end] for c in found]
    return resolve(found[0], norm.text[: found[0].start])


# Units that are units only in a context of their own: a medal tally, an age that is a
# statistic (an age after 共计 is a count of people's ages, not a figure).
CONTEXT_EXAMPLES = {
    "金": "获3金2银",
    "银": "获3金2银",
    "铜": "获3金2银1铜",
    "岁": "平均年龄36岁。",
}


def unit_example(unit: Unit) -> str:
    """A clause that states 36 of the unit (the clause ends, as ages and scores need)."""
    return CONTEXT_EXAMPLES.get(unit.surface, f"共计36{unit.surface}。")


@pytest.mark.parametrize("unit", UNITS, ids=lambda u: u.surface)
def test_each_unit_resolves_to_its_family_and_base(unit: Unit) -> None:
    text = unit_example(unit)
    norm = normalize(text)
    found = [c for c in find_candidates(norm.text) if c.get("unit") == unit.surface]
    assert found, f"{text!r} gives no figure in {unit.surface}"
    r = resolve(found[-1], norm.text[: found[-1].start])
    assert (r.unit_family, r.base_unit) == (unit.family, unit.base)
    assert r.base_value == pytest.approx(float(Decimal(str(r.value)) * unit.factor))


@pytest.mark.parametrize("mult", MULTIPLIERS, ids=lambda m: m.surface)
def test_each_multiplier_scales_its_unit(mult) -> None:
    for number, text in (("3.5", f"投资3.5{mult.surface}元"), ("12", f"服务12{mult.surface}人次")):
        assert Decimal(str(_resolve_one(text).base_value)) == Decimal(number) * mult.factor
