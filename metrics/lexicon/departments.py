"""Department synonyms: one canonical name for the many ways a department is called.

Contract: `canonical_department(name)` maps a department's full name, short name or
merged name (教体局, 教育体育局) to one canonical name (教育局), and
`department_in(title)` finds the longest known department name inside a title.
Merged departments (教育体育局) count as their main remit, so a plan written under one
name links to an outcome written under the other. Each entry carries an example
title that tests/test_places.py runs.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Department:
    """A canonical department, its other names, and a title that names it."""

    canonical: str
    names: tuple[str, ...]
    example: str


DEPARTMENTS: tuple[Department, ...] = (
    Department(
        "教育局",
        ("教育局", "教育体育局", "教体局", "教育委员会", "教委"),
        "XX区教体局2023年工作要点",
    ),
    Department(
        "卫生健康局",
        ("卫生健康局", "卫生健康委员会", "卫健委", "卫健局", "卫生和计划生育委员会", "卫计委"),
        "XX县卫健委2022年工作总结",
    ),
    Department(
        "人力资源和社会保障局",
        ("人力资源和社会保障局", "人力资源社会保障局", "人社局"),
        "XX市人社局工作报告",
    ),
    Department(
        "发展和改革局",
        ("发展和改革委员会", "发展改革委员会", "发展和改革局", "发展改革局", "发改委", "发改局"),
        "XX区发展改革局2024年工作计划",
    ),
    Department("财政局", ("财政局",), "XX镇财政局2023年工作总结"),
    Department("民政局", ("民政局",), "XX区民政局工作总结"),
    Department("公安局", ("公安局", "公安分局"), "XX区公安分局年度工作总结"),
    Department("司法局", ("司法局",), "XX县司法局2022年工作要点"),
    Department(
        "自然资源和规划局",
        (
            "自然资源和规划局",
            "自然资源局",
            "规划和自然资源局",
            "自然资源和规划委员会",
            "国土资源局",
            "自规局",
        ),
        "XX区规划和自然资源局工作总结",
    ),
    Department(
        "生态环境局", ("生态环境局", "生态环境分局", "环境保护局", "环保局"), "XX市环保局工作总结"
    ),
    Department(
        "住房和城乡建设局",
        ("住房和城乡建设局", "住房城乡建设局", "住房和城乡建设委员会", "住建局", "住建委"),
        "XX区住建局2023年工作计划",
    ),
    Department("交通运输局", ("交通运输局", "交通局", "交通运输委员会"), "XX县交通局年度工作报告"),
    Department("水务局", ("水务局", "水利局", "水利水务局"), "XX区水利局2022年工作总结"),
    Department(
        "农业农村局", ("农业农村局", "农业农村委员会", "农业局", "农委"), "XX县农业局工作要点"
    ),
    Department("商务局", ("商务局", "商务委员会", "商务委"), "XX市商务委工作总结"),
    Department(
        "文化和旅游局",
        (
            "文化和旅游局",
            "文化旅游局",
            "文化广电旅游局",
            "文化广电和旅游局",
            "文旅局",
            "文广旅局",
            "文化体育和旅游局",
        ),
        "XX区文旅局2023年工作总结",
    ),
    Department("退役军人事务局", ("退役军人事务局", "退役军人局"), "XX区退役军人事务局工作总结"),
    Department(
        "应急管理局",
        ("应急管理局", "应急局", "安全生产监督管理局", "安监局"),
        "XX县应急局2024年工作计划",
    ),
    Department("审计局", ("审计局",), "XX区审计局工作总结"),
    Department(
        "市场监督管理局",
        ("市场监督管理局", "市场监管局", "市场监督管理分局", "市场监管分局"),
        "XX区市场监管局工作总结",
    ),
    Department("统计局", ("统计局",), "XX市统计局2022年工作总结"),
    Department("医疗保障局", ("医疗保障局", "医保局"), "XX县医保局工作要点"),
    Department(
        "城市管理局",
        ("城市管理局", "城市管理行政执法局", "城市管理综合行政执法局", "城管局", "城管执法局"),
        "XX区城管局2023年工作总结",
    ),
    Department("体育局", ("体育局", "体育发展中心"), "XX市体育局工作总结"),
    Department(
        "科学技术局",
        ("科学技术局", "科技局", "科学技术委员会", "科委", "科技和工业信息化局"),
        "XX区科技局2024年工作要点",
    ),
    Department(
        "工业和信息化局",
        ("工业和信息化局", "经济和信息化局", "经信局", "工信局", "经济和信息化委员会", "经信委"),
        "XX市经信局工作总结",
    ),
    Department("林业局", ("林业局", "林业和园林局", "园林绿化局"), "XX县林业局2023年工作总结"),
    Department(
        "行政审批服务局",
        ("行政审批服务局", "行政审批局", "政务服务管理局", "政务服务和数据管理局", "政务服务中心"),
        "XX区行政审批局工作总结",
    ),
    Department(
        "机关事务管理局",
        ("机关事务管理局", "机关事务局", "机关事务服务中心"),
        "XX市机关事务局年度工作总结",
    ),
    Department("信访局", ("信访局", "信访办"), "XX县信访局工作总结"),
    Department("档案局", ("档案局", "档案馆"), "XX区档案馆2022年工作总结"),
    Department("人民政府", ("人民政府", "政府"), "XX镇人民政府2023年工作总结"),
    Department("街道办事处", ("街道办事处", "街道办", "街道"), "XX街道办事处工作计划"),
)

_BY_NAME: dict[str, str] = {name: d.canonical for d in DEPARTMENTS for name in d.names}
# A province names its office of a bureau's work a 厅 (农业农村厅, 住房和城乡建设厅, 财政厅,
# 交通运输厅 beside a county's 农业农村局…): the same department, one level up, so a title
# that opens with it before its topic (江南省农业农村厅高标准农田建设两年攻坚行动方案
# （2023—2024年）) names it as one with 局 does. Counter: a name that holds 局 elsewhere than
# at its end, or a short one (局 alone), takes no 厅 form; a name the lexicon holds already
# keeps its own department.
PROVINCE_OFFICE_FROM = 3
for _name, _canonical in list(_BY_NAME.items()):
    if len(_name) >= PROVINCE_OFFICE_FROM and _name.endswith("局"):
        _BY_NAME.setdefault(_name[:-1] + "厅", _canonical)
# Longest first, so 市场监督管理局 wins over 管理局-like tails and 卫生健康委员会 over 委员会.
_NAMES_LONGEST = sorted(_BY_NAME, key=len, reverse=True)


def canonical_department(name: str) -> str | None:
    """The canonical name of a department name, or None when the lexicon does not know it."""
    return _BY_NAME.get(name.strip())


def department_in(title: str) -> str | None:
    """The canonical name of the longest known department named inside `title`."""
    span = named_department(title)
    return None if span is None else _BY_NAME[title[span[0] : span[1]]]


def named_department(title: str) -> tuple[int, int] | None:
    """Where the longest known department name stands in ``title`` (its first place)."""
    for name in _NAMES_LONGEST:
        at = title.find(name)
        if at >= 0:
            return at, at + len(name)
    return None
