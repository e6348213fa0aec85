"""The trim asks its filler patterns once per span: what that relies on holds.

``trim_ends`` does not match the leading filler again where it stopped (a greedy repeat
that stopped at a position matches nothing there), nor search the trailing filler again
in a span where it found nothing. The first claim is checked on random text made of the
pattern's own characters; the trim's result must leave no filler at either end, as when
the patterns were asked at every turn of its loop.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from metrics.context.metric_trim import trim_ends
from metrics.context.words import LEADING_FILLER, TRAILING_FILLER

HAN = sorted({c for p in (LEADING_FILLER, TRAILING_FILLER) for c in p.pattern if c >= "\u4e00"})
TEXT = st.text(alphabet="".join(HAN) + "“”（）() 0123456789年月，", max_size=30)
PHRASES = (
    "全年新建学校",
    "其中累计完成投资",
    "为80周岁以上老人发放高龄津贴",
    "镇综治中心调处矛盾纠纷",
    "“四上”企业达到",
    "（初审）渣土线路",
    "（初审）全年新建渣土线路",  # the filler after a bracket needs a second turn
    "（二期）累计改造老旧小区",
    "规上工业增加值同比增长",
    "在小区建设文明实践广场",
    '新一轮"平安校园"',
    "今年以来共有家庭农场",
)


@settings(max_examples=400)
@given(TEXT, st.integers(0, 30), st.integers(0, 30))
def test_the_leading_filler_stops_where_it_stopped(text: str, lo: int, hi: int) -> None:
    lo, hi = sorted((min(lo, len(text)), min(hi, len(text))))
    m = LEADING_FILLER.match(text, lo, hi)
    if m:
        again = LEADING_FILLER.match(text, m.end(), hi)
        assert again is None or again.end() == m.end()


def _no_filler_left(text: str, s: int, e: int) -> bool:
    lead = LEADING_FILLER.match(text, s, e)
    return s >= e or (not (lead and lead.end() > s) and not TRAILING_FILLER.search(text, s, e))


@settings(max_examples=400)
@given(TEXT)
def test_a_trimmed_span_has_no_filler_left(text: str) -> None:
    assert _no_filler_left(text, *trim_ends(text, 0, len(text)))


def test_phrases_are_trimmed_to_their_thing() -> None:
    got = {p: p[slice(*trim_ends(p, 0, len(p)))] for p in PHRASES}
    assert got["全年新建学校"] == "学校"
    assert got["规上工业增加值同比增长"] == "规上工业增加值"
    assert got["“四上”企业达到"] == "“四上”企业"
    assert got["（初审）全年新建渣土线路"] == "渣土线路"
    for p in PHRASES:
        assert _no_filler_left(p, *trim_ends(p, 0, len(p))), p
