"""Which veto fired: every exclusion's examples are vetoed by that exclusion, and by it
alone for at least one of them (an exclusion whose removal frees none of its examples
would add nothing)."""

from __future__ import annotations

import pytest

from metrics.normalize import normalize
from metrics.rules import EXCLUSIONS, VETOES, compiled
from metrics.rules.exclusions import Candidate, Exclusion, excluded_by


def _matches(text: str) -> list[Candidate]:
    """Every match of the rules at each position, before any veto."""
    rules = compiled()
    found, pos = [], 0
    while (m := rules.master.search(text, pos)) is not None:
        regs = m.regs
        rule = next(name for name, i in rules.rule_index if regs[i][0] >= 0)
        groups = {
            g: text[s:e]
            for g, i in rules.group_index[rule]
            if (e := regs[i][1]) > (s := regs[i][0])
        }
        found.append(Candidate(rule, m.start(), m.end(), groups))
        pos = m.start() + 1
    return found


def _vetoes(example: str, without: Exclusion | None = None) -> list[str | None]:
    text = normalize(example).text
    return [
        excluded_by(text, c, tuple(x for x in VETOES[c.rule] if x is not without))
        for c in _matches(text)
    ]


# Every example is text a rule matches (A3栋, 5+2天, 一项, 一户一档), so that the veto is what
# removes it: an example no rule matches proves nothing (the identifier veto was deleted for
# that: PM2.5, 5G, X210 never reach a veto, the rules themselves leave them out).
@pytest.mark.parametrize("exclusion", EXCLUSIONS, ids=lambda x: x.name)
def test_each_example_is_vetoed_by_its_own_exclusion(exclusion: Exclusion) -> None:
    for example in exclusion.examples:
        assert exclusion.name in _vetoes(example), example


@pytest.mark.parametrize("exclusion", EXCLUSIONS, ids=lambda x: x.name)
def test_removing_an_exclusion_frees_one_of_its_examples(exclusion: Exclusion) -> None:
    assert any(None in _vetoes(e, exclusion) for e in exclusion.examples)


def test_names_with_digits_give_no_figure_without_a_veto() -> None:
    # the deleted identifier veto's examples: the rules themselves leave them out
    from metrics import extract_text

    text = "一、2025年工作总结\nPM2.5浓度下降10%，新建5G基站120个，完成X210线改造12公里。\n"
    assert list(extract_text(text).mentions["text"]) == ["10%", "120个", "12公里"]
