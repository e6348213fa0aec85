"""Documents of compilations written blind, sixth set (tests/data/compilations_blind6): a
sub-district's communities, a county's library, party school, Red Cross, state forest farm
and a body under two signboards (工商业联合会（总商会）), and 盟/旗/苏木 bodies; labelled before
the tool was run on them (scored with sets 2-5 in tests/test_compilations_blind2.py).

First run (on 854520f, after blind4 and blind5's classes; the same on 98e6046): documents 6 of
12, none extra; department 0.167, level 0.167, summary_year 1.000, plan_year 1.000. Fixed by
class, each with its tests below: bodies that end in 馆, 党校, 红十字会, 林场 or 农场; a second
signboard in brackets; a community, a 苏木 or a 嘎查 speaking for itself as a village does; the
levels of 盟, 旗 and 州 as the government reports' labels give them.
"""

from __future__ import annotations

import pytest

from metrics.segment.title_lines import is_title_line
from metrics.segment.titles import parse_title


def _facts(title: str) -> tuple[str | None, str | None]:
    f = parse_title(title)
    return f.department, f.level


@pytest.mark.parametrize(
    ("title", "facts"),
    [
        ("XX县图书馆2023年工作总结", ("图书馆", "县")),
        ("东湖市博物馆2024年工作要点", ("博物馆", "市")),
        ("中共XX县委党校2023年工作总结", ("县委党校", "县")),
        ("XX县红十字会2023年工作总结和2024年工作计划", ("红十字会", "县")),
        ("XX县国有林场2023年工作总结", ("国有林场", "县")),
        ("东湖农场2024年工作要点", ("东湖农场", None)),
    ],
)
def test_libraries_schools_of_the_party_and_farms_are_bodies(title: str, facts: tuple) -> None:
    assert is_title_line(title)
    assert _facts(title) == facts


@pytest.mark.parametrize(
    ("title", "facts"),
    [
        ("XX县工商业联合会（总商会）2023年工作总结", ("工商业联合会", "县")),
        ("县委网信办（县网信局）2023年工作总结", ("县委网信办", "县")),
        ("县文化和旅游局（县文物局）2024年工作要点", ("文化和旅游局", "县")),
        # a note or a span of years in brackets is no second name
        ("县商务局（代拟稿）2023年工作总结", ("商务局", "县")),
        ("南溪区卫生健康局基层卫生服务能力提升三年行动方案（2024—2026年）", ("卫生健康局", "区")),
    ],
)
def test_a_second_signboard_in_brackets_is_left_out(title: str, facts: tuple) -> None:
    assert is_title_line(title)
    assert _facts(title) == facts


@pytest.mark.parametrize(
    ("title", "facts"),
    [
        ("XX社区2023年工作总结", ("社区", "社区")),
        ("东园社区居委会2023年工作总结及2024年工作计划", ("社区", "社区")),
        ("XX社区党委2024年上半年工作总结", ("社区", "社区")),
        ("XX县XX街道XX社区2023年工作总结", ("社区", "社区")),
        ("XX苏木2023年工作总结", ("苏木", "乡")),
        ("巴彦嘎查两委2023年工作总结", ("嘎查", "村")),
        # a body inside the community keeps its name; a kind of community is a topic
        ("XX街道社区卫生服务中心2023年工作总结", ("社区卫生服务中心", "街道")),
        ("城乡社区2023年工作总结", (None, None)),
    ],
)
def test_a_community_speaks_for_itself_as_a_village_does(title: str, facts: tuple) -> None:
    assert _facts(title) == facts


@pytest.mark.parametrize(
    ("title", "facts"),
    [
        ("XX盟生态环境局2023年工作总结", ("生态环境局", "市")),
        ("东胜旗农牧局2024年工作要点", ("农牧局", "县")),
        ("XX旗教育局2023年工作总结及2024年工作计划", ("教育局", "县")),
        ("XX州委组织部2023年工作总结", ("州委组织部", "市")),
        ("XX旗2023年工作总结", (None, "县")),
        # 旗 or 州 inside a place's name is no level of its own
        ("红旗街道2023年工作总结", ("街道", "街道")),
        ("红旗镇人民政府2023年工作总结", ("镇", "镇")),
        ("东胜旗乡村振兴局2023年工作总结", ("乡村振兴局", "县")),
        ("苏州市教育局2023年工作总结", ("教育局", "市")),
    ],
)
def test_leagues_banners_and_prefectures_have_the_labels_levels(title: str, facts: tuple) -> None:
    assert _facts(title) == facts


@pytest.mark.parametrize(
    ("title", "facts"),
    [
        ("2023年城乡社区治理工作总结", (None, None)),
        ("2023年城镇老旧小区改造工作总结", (None, None)),
        ("2024年美丽乡村建设工作要点", (None, None)),
        # a town named after the year is the organisation
        ("2023年度XX镇工作总结", ("镇", "镇")),
        ("2023年东湖乡工作总结", ("乡", "乡")),
    ],
)
def test_a_topic_ending_in_a_towns_character_names_no_town(title: str, facts: tuple) -> None:
    # (found on the way: 城乡, 城镇 and 乡村 read as a town named after the year)
    assert _facts(title) == facts


@pytest.mark.parametrize(
    ("title", "facts"),
    [
        ("【XX县商务局】2023年工作总结", ("商务局", "县")),
        ("【县统计局】2024年工作要点", ("统计局", "县")),
        ("县委县政府督查室2023年工作总结", ("县委县政府督查室", "县")),
        ("中共XX县委政策研究室2023年工作总结", ("县委政策研究室", "县")),
        # a piece's marker is no organisation; a room in a topic names none
        ("【篇一】县统计局2024年工作要点", ("统计局", "县")),
        ("2023年村卫生室建设工作总结", (None, None)),
    ],
)
def test_bracketed_organisations_and_committees_offices(title: str, facts: tuple) -> None:
    # (found on the way: 【】 around the organisation, 研究室 and 督查室 ending none)
    assert is_title_line(title)
    assert _facts(title) == facts
