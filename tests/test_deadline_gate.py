"""roles._deadline_after asks DEADLINE_AFTER only where a pledge word's character stands
within PLEDGE_REACH of the figure: the gate never turns away a text the pattern matches."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from metrics.rules.roles import DEADLINE_AFTER, PLEDGE_CHARS, PLEDGE_REACH

WRITTEN = [
    "个村级便民服务站改造计划于12月底前全部完成。",
    "户危房改造任务确保在年底前全部完成。",
    "座农村供水站拟于明年6月底前建成投用。",
    "座桥梁加固工程主体部分力争在汛期前完工。",
    "处隐患要求各乡镇于月底前完成整改。",
    # the deadline by its shape, any verb after it, and the pledge opening the next clause
    "户易地搬迁安置户计划在春节前全部入住。",
    "公里堤防工程，务必在明年汛期前全面合龙。",
    "件积案打算三个月内全部化解。",
]


def _gate_passes(text: str, at: int) -> bool:
    return not PLEDGE_CHARS.isdisjoint(text[at : at + PLEDGE_REACH])


def test_written_pledges_pass_the_gate_and_match() -> None:
    for text in WRITTEN:
        assert DEADLINE_AFTER.match(text, 0) and _gate_passes(text, 0), text


@settings(max_examples=400, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("计划拟力争取确保务必须求打算准备将要在于前底内全部完成建成竣工投用，。已月1的X")
        ),
        max_size=40,
    )
)
def test_the_gate_never_turns_a_match_away(text: str) -> None:
    for at in range(len(text) + 1):
        if DEADLINE_AFTER.match(text, at):
            assert _gate_passes(text, at), (text, at)


def test_a_pledge_at_the_patterns_farthest_reach_passes_the_gate() -> None:
    text = "处农村人居环境整治提升重点村庄项目" + "计划于年底前完成。"  # 16 characters, then 计划
    assert DEADLINE_AFTER.match(text, 1) and _gate_passes(text, 1)
    text = "处农村人居环境整治提升重点村庄项目，" + "务必于年底前完成。"  # 16, a comma, then 务必
    assert DEADLINE_AFTER.match(text, 1) and _gate_passes(text, 1)
