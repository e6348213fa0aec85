"""Breaks found once per text answer as a search of each window would."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from metrics.rules.breaks import first_break, has_break, last_break
from metrics.rules.exclusions import CLAUSE_BREAK, clause_before

TEXT = st.text(alphabet="增长6%，。、；:\n达到x年", max_size=40)


@given(TEXT, st.integers(0, 45), st.integers(0, 45))
def test_a_window_gets_what_searching_it_would_find(text: str, lo: int, hi: int) -> None:
    found = list(CLAUSE_BREAK.finditer(text, lo, hi))
    assert last_break(CLAUSE_BREAK, text, lo, hi) == (found[-1].end() if found else lo)
    assert first_break(CLAUSE_BREAK, text, lo, hi) == (found[0].start() if found else None)
    assert has_break(CLAUSE_BREAK, text, lo, hi) is bool(found)


@given(TEXT, st.integers(0, 45), st.integers(0, 45))
def test_the_clause_before_a_figure_is_the_last_piece_of_its_reach(
    text: str, upto: int, reach: int
) -> None:
    upto = min(upto, len(text))
    assert (
        clause_before(text, upto, reach)
        == CLAUSE_BREAK.split(text[max(0, upto - reach) : upto])[-1]
    )


def test_real_clauses() -> None:
    sentence = "全县地区生产总值增长6%，社会消费品零售总额增长7.5%。"
    assert clause_before(sentence, sentence.index("7.5"), 300) == "社会消费品零售总额增长"
    assert first_break(CLAUSE_BREAK, sentence, 0, len(sentence)) == sentence.index("，")
