"""Currencies and dimensions through the whole pipeline (``metrics.extract_text``): each
sentence (our own, in the reports' style) gives one figure with its value, unit as
written, family, base unit and value in the base unit."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from metrics.api import extract_text


@dataclass(frozen=True)
class Q:
    text: str
    value: float
    unit: str
    family: str
    base_unit: str
    base_value: float


CURRENCIES = [
    Q("全年实际利用外资1.2亿美元。", 1.2, "亿美元", "currency", "美元", 1.2e8),
    Q("对欧盟出口额达3500万欧元。", 3500, "万欧元", "currency", "欧元", 3.5e7),
    Q("港资项目合同金额8.6亿港元。", 8.6, "亿港元", "currency", "港元", 8.6e8),
    Q("与香港企业签约金额4.5亿港币。", 4.5, "亿港币", "currency", "港元", 4.5e8),
    Q("日资企业新增投资2.3亿日元。", 2.3, "亿日元", "currency", "日元", 2.3e8),
    Q("英国合作项目落地资金600万英镑。", 600, "万英镑", "currency", "英镑", 6e6),
    Q("争取国家专项资金人民币3亿元。", 3, "亿元", "currency", "元", 3e8),
    Q("台资企业追加投资9000万新台币。", 9000, "万新台币", "currency", "新台币", 9e7),
]
DIMENSIONS = [
    Q("新建标准化厂房4.5万平方米。", 4.5, "万平方米", "area", "平方米", 45000),
    Q("全县国土面积1832平方公里。", 1832, "平方公里", "area", "平方米", 1.832e9),
    Q("新改建农村公路126公里。", 126, "公里", "length", "米", 126000),
    Q("铺设污水管网38.5千米。", 38.5, "千米", "length", "米", 38500),
    Q("全年粮食总产量达到46万吨。", 46, "万吨", "mass", "千克", 4.6e8),
    Q("建成高标准农田2.1万亩。", 2.1, "万亩", "area", "平方米", 2.1e4 * 2000 / 3),
    Q("完成人工造林1200公顷。", 1200, "公顷", "area", "平方米", 1.2e7),
    Q("光伏电站年发电量5600万千瓦时。", 5600, "万千瓦时", "energy", "千瓦时", 5.6e7),
    Q("清理河道淤泥3.2万立方米。", 3.2, "万立方米", "volume", "立方米", 32000),
    Q("新建泵站管道口径80cm。", 80, "cm", "length", "米", 0.8),
]


@pytest.mark.parametrize("q", CURRENCIES + DIMENSIONS, ids=lambda q: q.unit)
def test_quantity_through_the_pipeline(q: Q) -> None:
    m = extract_text(q.text).mentions
    assert len(m) == 1, list(m["text"])
    row = m.iloc[0]
    assert (row["value"], row["unit"], row["unit_family"], row["base_unit"]) == (
        q.value,
        q.unit,
        q.family,
        q.base_unit,
    )
    assert row["base_value"] == pytest.approx(q.base_value)
