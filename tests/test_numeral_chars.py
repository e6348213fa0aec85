"""Every numeral character the recogniser and the rules accept gets a value (issue 25)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from metrics.bare_numbers import recognize_numbers
from metrics.pipeline import process_text
from metrics.resolve import chinese_value, decimal_part


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("拾万零五十六点叁叁个百分点", Decimal("100056.33")),  # financial, with decimals
        ("壹佰贰拾叁点肆伍", Decimal("123.45")),
        ("貳仟零伍拾陸點柒", Decimal("2056.7")),  # traditional financial forms
        ("一百点〇五", Decimal("100.05")),
        ("两千零二十三", Decimal(2023)),
        ("廿三", Decimal(23)),
        ("卅", Decimal(30)),
        ("三百廿", Decimal(320)),
        ("负五点五", Decimal("-5.5")),
        ("负拾点零壹", Decimal("-10.01")),
        ("１２３", Decimal(123)),  # full-width digits
        ("五点０５", Decimal("5.05")),
        ("七十八万五佰零六", Decimal(780506)),
        ("九亿八千万", Decimal(980000000)),
    ],
)
def test_numeral_values(text: str, value: Decimal) -> None:
    found = recognize_numbers(text)
    assert [(r.text, r.value) for r in found] == [(text, value)]


@pytest.mark.parametrize(
    ("digits", "value"),
    [("叁叁", "0.33"), ("〇五", "0.05"), ("两", "0.2"), ("陸", "0.6"), ("０５", "0.05")],
)
def test_decimal_part_of_every_digit_form(digits: str, value: str) -> None:
    assert decimal_part(digits) == Decimal(value)


def test_decimal_part_refuses_what_is_no_digit() -> None:
    assert decimal_part("十") is None
    assert decimal_part("") is None


def test_rules_resolve_financial_decimals() -> None:
    """The figure rules hand 点叁叁 to ``chinese_value``: it raised KeyError on 叁."""
    assert chinese_value("五十六", "点叁叁") == Decimal("56.33")
    assert chinese_value("拾", "點陸") == Decimal("10.6")
    text = "增幅回落拾万零五十六点叁叁个百分点，收入二十点两万元，下降三点〇五%。"
    got = [(m.text, m.value, m.unit) for m in process_text(text, "a.txt").mentions]
    assert got == [
        ("拾万零五十六点叁叁个百分点", 100056.33, "个百分点"),
        ("二十点两万元", 20.2, "万元"),
        ("三点〇五%", 3.05, "%"),
    ]
