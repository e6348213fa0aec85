"""A pattern's text read with fewer calls gives what it gave (issue 29, round 24).

A guard's first read (``gates.Guard.read``: its literals, its first and last characters)
made most of its calls on the pattern's own text: ``opening.split_alternatives`` asked
``TOP_LEVEL`` once an alternative, and again for each group the literals' reader went
into; a group's opening was asked of a pattern built at each call, a counted repeat
(``{2,4}``) and a quantifier after every atom of ``COUNTED`` and ``QUANTIFIER_SPAN``. Now
the alternatives are one scan (``ALTERNATIVE``) and a text with no bar is one
alternative; the opening and the counted repeat are read from the text's characters, the
quantifier asked only after ``?``, ``*`` or ``{``. And a gate's test of a character
(``Opens.may``) says yes unasked to a Han character the pattern does not write where
such characters open a match: the gate then asks the pattern, so what it answers is what
a gate that asked the character first answers. Each held to the call it spares, written
out here, on every pattern text of the package (and each group's inside), on texts whose
brackets do not balance, and on made-up text.
"""

from __future__ import annotations

import contextlib
import importlib
import pkgutil
import sys

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import metrics
from metrics import opening
from metrics.gates import FirstChars, Guard
from metrics.opening import (
    COUNTED,
    HAN_BLOCK,
    QUANTIFIER_SPAN,
    TOP_LEVEL,
    Opens,
    _split_by_tokens,
    group_end,
    split_alternatives,
)


def old_split(p: str) -> list[str]:
    """``split_alternatives`` as it was: ``TOP_LEVEL`` asked from each alternative's start."""
    parts: list[str] = []
    start = 0
    while True:
        stop = TOP_LEVEL.match(p, start).end()
        if stop == len(p):
            parts.append(p[start:])
            return parts
        if p[stop] != "|":
            return parts + _split_by_tokens(p, start)
        parts.append(p[start:stop])
        start = stop + 1


OLD_OPENING = regex.compile(r"\(\?:|\(\?P<\w+>|\((?!\?)")


def same_reading(p: str) -> None:
    assert split_alternatives(p) == old_split(p), p
    for i, c in enumerate(p):
        if c == "(":
            m = OLD_OPENING.match(p[i:])
            assert opening._group_opening(p, i) == (m.end() if m else 0), (p, i)
        elif c == "{":
            m = COUNTED.match(p, i)
            assert opening._counted_end(p, i) == (m.end() if m else i + 1), (p, i)
        q = QUANTIFIER_SPAN.match(p, i)
        if q and q.group("optional"):
            assert p[i] in "?*{", (p, i)  # (where an atom may be left out: asked there only)


def package_texts() -> set[str]:
    """Every pattern text the package's modules hold, and each group's inside."""
    for m in pkgutil.walk_packages(metrics.__path__, "metrics."):
        importlib.import_module(m.name)
    texts: set[str] = set()
    for name, module in list(sys.modules.items()):
        if not name.startswith("metrics"):
            continue
        for value in vars(module).values():
            if isinstance(value, regex.Pattern) and isinstance(value.pattern, str):
                p = value.pattern
                texts.add(p)
                for i, c in enumerate(p):
                    if c == "(":
                        with contextlib.suppress(ValueError):  # (in a class, or escaped)
                            texts.add(p[i + 1 : group_end(p, i)])
    return texts


def test_every_pattern_text_of_the_package_is_read_as_before() -> None:
    texts = package_texts()
    assert len(texts) > 1_000
    for p in texts:
        same_reading(p)


ODD = ["", "|", "a|", "||", "a|b|", "(a)|", "|a", "[|]|", "a)|b", "(a|b", "a{2,}|b{,3}"]
ODD += [r"x\)|y", "[)]|(", "[]|]a|b", "[^]|(]x|(y)", "(?P<n>a)|b", "(?P<>a)|(?P<1>b)"]


def test_texts_whose_brackets_do_not_balance_are_read_as_before() -> None:
    for p in ODD:
        same_reading(p)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="ab|()[]\\^?:P<>x{},0123*+٣", max_size=14))
def test_made_up_pattern_texts_are_read_as_before(p: str) -> None:
    same_reading(p)


def test_a_gate_says_yes_unasked_only_to_han_it_would_ask() -> None:
    if not opening.__file__.endswith(".py"):
        pytest.skip("a compiled Opens holds a pattern only: no recording stand-in is set")
    asked: list[str] = []

    class Counted:
        """A pattern that records each character it is asked about."""

        pattern = r"[\p{Han}“]\p{Han}"
        flags = regex.V0

        def match(self, c: str, partial: bool = False) -> regex.Match[str] | None:
            asked.append(c)
            return regex.match(self.pattern, c, partial=partial)

    noun = Opens(regex.compile(Counted.pattern))
    noun._pattern = Counted()  # type: ignore[assignment]
    noun._any_han = any(Counted().match(c, partial=True) for c in opening.probes(set()))
    asked.clear()
    assert noun.may("学") and noun.may("校") and asked == []  # (any Han opens: not asked)
    assert noun.may("“") and not noun.may("3") and asked == ["“", "3"]
    assert not noun.may("3") and asked == ["“", "3"]  # (remembered)
    # a pattern that writes its Han characters: each is asked as before
    words = Opens(regex.compile("完成|实现"))
    assert words.may("完") and not words.may("学") and not words.any_han()


def span(m: regex.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m else None


HAN = "".join(chr(c) for c in range(0x4E00, 0x4E00 + 400, 7)) + "完成实现“”3x、，"


@settings(max_examples=1500, deadline=None)
@given(
    st.sampled_from(
        [
            r"[\p{Han}“”](?:\p{Han}){1,3}",
            r"^(?:[XxＸｘ×*＊某]+|\p{Han}{1,7}?)(?:市|县)",
            r"(?:完成|实现)\p{Han}?|\d+",
            r"[一二三]是|\p{Han}(?:回|获)",
        ]
    ),
    st.text(alphabet=HAN, max_size=6),
)
def test_a_guard_with_unasked_han_answers_as_the_pattern(p: str, text: str) -> None:
    pattern = regex.compile(p)
    guard, first = Guard(pattern), FirstChars(pattern) if pattern.match("") is None else None
    for i in range(len(text) + 1):
        assert span(guard.match(text, i)) == span(pattern.match(text, i)), (p, text, i)
        if first is not None and pattern.match(text, i) is not None:
            assert first.opens(text, i), (p, text, i)
    assert all(HAN_BLOCK[0] <= c <= HAN_BLOCK[1] for c in "完成")
