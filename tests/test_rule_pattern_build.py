"""The rules' alternation written shorter matches exactly what it matched (issue 29:
compiling it was 0.10-0.14 s of every start-up, most of it the units' tree, which stands
in 8 of the rules).

Two rewrites, each checked against the form it replaces: ``word_trie`` writes a chain
with one way on as one run and the words ending at one character as a class, and a
unit's vetoes are one look-ahead (``(?![素旦宵]|多月)``) instead of one a veto. The
reference forms are the flat longest-first alternation (what the tree promises to match)
and one ``(?!veto)`` a veto; the master alternation built from them is compared with the
compiled one on the shared corpus, match by match, every group's span.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from metrics.lexicon.units import UNITS
from metrics.normalize import normalize
from metrics.rules import FIRST, compiled
from metrics.rules.figures import RULES
from metrics.rules.numbers import UNIT, unit_pattern, veto_after
from metrics.rules.qualifiers import MID, MID_PATTERN, POST, POST_PATTERN, PRE, PRE_PATTERN
from metrics.rules.trie import word_trie


def flat(tails: dict[str, str]) -> str:
    """What ``word_trie`` promises to match: each word and its tail, longest first."""
    words = sorted(tails, key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(w) + tails[w] for w in words) + ")"


def unit_tails() -> dict[str, str]:
    """Each unit with one look-ahead a veto, as the units' pattern was written."""
    return {u.surface: "".join(f"(?!{v})" for v in u.veto) for u in UNITS}


ALPHABET = "甲乙丙丁"
TAILS = st.sampled_from(["", "(?!甲)", "(?![乙丙])", "(?<!甲乙)", "(?=丁)", "(?!丙丁)"])
WORDS = st.dictionaries(st.text(ALPHABET, min_size=1, max_size=4), TAILS, min_size=1)


@settings(max_examples=300, deadline=None)
@given(WORDS, st.text(ALPHABET, max_size=12), st.text(ALPHABET, max_size=2))
def test_the_tree_matches_what_the_flat_alternation_matches(tails, text, after) -> None:
    """At every position, and followed by any short continuation (which makes the engine
    go back to a shorter word when a longer one leaves no way on), the same span."""
    tree = regex.compile(f"{word_trie(tails)}{regex.escape(after)}")
    reference = regex.compile(f"{flat(tails)}{regex.escape(after)}")
    for pos in range(len(text) + 1):
        got, want = tree.match(text, pos), reference.match(text, pos)
        assert (got and got.span()) == (want and want.span()), (tails, text, pos)


def test_the_tree_is_one_group_that_a_quantifier_can_follow() -> None:
    """``MID_PATTERN?`` stands in a rule: a one-word tree is a group, not a bare run."""
    one = word_trie({"左右": ""})
    assert regex.fullmatch(f"{one}?元", "元") and not regex.fullmatch(f"{one}?元", "左元")


def test_one_look_ahead_for_a_units_vetoes_is_the_vetoes_one_by_one() -> None:
    assert veto_after(("素", "旦")) == "(?![素旦])"
    assert veto_after(("性", "多月")) == "(?!性|多月)"
    assert veto_after(()) == ""
    text = "元素元旦一个多月个性10个人3人民币5人次个月"
    for unit in UNITS:
        ours = regex.compile(regex.escape(unit.surface) + veto_after(unit.veto))
        theirs = regex.compile(regex.escape(unit.surface) + unit_tails()[unit.surface])
        for pos in range(len(text)):
            assert bool(ours.match(text, pos)) == bool(theirs.match(text, pos)), unit.surface


UNIT_TEXT = st.text(
    "".join(sorted({c for u in UNITS for c in u.surface + "".join(u.veto) if c.isalnum()}))
    + "0123456789,，。、万亿",
    max_size=16,
)


@settings(max_examples=300, deadline=None)
@given(UNIT_TEXT)
def test_the_units_pattern_matches_what_the_flat_one_matches(text: str) -> None:
    ours, theirs = regex.compile(UNIT, regex.X), regex.compile(flat(unit_tails()), regex.X)
    for pos in range(len(text)):
        got, want = ours.match(text, pos), theirs.match(text, pos)
        assert (got and got.span()) == (want and want.span()), (text, pos)


def test_the_units_pattern_is_shorter_than_the_flat_one() -> None:
    assert unit_pattern(UNITS) == UNIT
    assert len(UNIT) < len(flat(unit_tails())) * 0.6


def reference_master() -> regex.Pattern[str]:
    """The master alternation with the units and qualifiers written flat, a veto a look-
    ahead: the rules' patterns take our pieces verbatim, so each is replaced."""
    pieces = {UNIT: flat(unit_tails())}
    for words, ours in ((PRE, PRE_PATTERN), (MID, MID_PATTERN), (POST, POST_PATTERN)):
        assert word_trie(_guards(words)) == ours  # the guards are read as they are written
        pieces[ours] = flat(_guards(words))
    ordered = sorted(RULES, key=lambda r: r.priority)
    body = "|".join(f"(?P<{r.name}>{_replace(r.pattern, pieces)})" for r in ordered)
    return regex.compile(f"(?={_replace(FIRST, pieces)})(?:{body})", regex.X)


def _guards(words) -> dict[str, str]:
    """Each qualifier word with its guard, as ``qualifiers`` writes them (checked)."""
    return {
        w.surface: f"(?<![{regex.escape(w.not_after)}]{regex.escape(w.surface)})"
        if w.not_after
        else ""
        for w in words
    }


def _replace(pattern: str, pieces: dict[str, str]) -> str:
    for ours, theirs in pieces.items():
        pattern = pattern.replace(ours, theirs)
    return pattern


def test_the_master_alternation_matches_what_the_flat_one_matches(corpus_files) -> None:
    ours, theirs = compiled().master, reference_master()
    assert ours.groupindex == theirs.groupindex
    assert len(ours.pattern) < len(theirs.pattern) * 0.8
    matches = 0
    for path in corpus_files:
        text = normalize(path.read_text(encoding="utf-8")).text
        pos = 0
        while True:  # every match, and the one a character on (as a veto retries)
            m, r = ours.search(text, pos), theirs.search(text, pos)
            assert (m and m.regs) == (r and r.regs), (path.name, pos)
            if m is None:
                break
            matches += 1
            pos = m.start() + 1
    assert matches > 1000
