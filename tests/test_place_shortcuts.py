"""A figure's own place read with fewer calls gives the place it gave (issue 29, round 24).

``segment.places.place_chain`` reads a chain's pieces from its match (each captured), where
``place_of`` found them again with a second pattern, and then the pieces a second time for
the figure's place; a piece's conjunction is a test of its characters; the chain is asked
only of a text with a level word's first character within its longest name past its first
character (a text that opens with no mask), and past its guard when it opens with a
character of the Han block. ``pairs.figure_places`` asks only of a clause that holds a
level word (``LEVEL_CHARS``, ``STREET``: no longer the first characters of the longer
ones, 新, 地, 自, 特); it asks a piece's and a place's tests once a process for each
(``_no_piece``, ``_common_area``) and its two first-character patterns only where a
match can open (``metrics.opening`` now reads past a leading ``^``). Each is held to the
calls as they were, written out here, on every line and sentence at hand, on the clauses
of each, on every figure of the corpus, on the figures of sentences written for these
tests, and on made-up text.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from metrics.gates import FirstChars
from metrics.io import read_text
from metrics.opening import _probed_openers, literal_openers
from metrics.pairs import comparable
from metrics.pairs import figure_places as fp
from metrics.pipeline import process_text
from metrics.records import Mention
from metrics.segment import places
from tests.test_read_once import on_every_line

from .conftest import REVIEW
from .test_figure_places import CARRIED, CITY, NONE, OWN

ONE = regex.compile(places._ONE)
CHAIN = regex.compile(rf"^(?:{places._ONE})+")
JOINED = regex.compile(r"^.+[和与及]")


def old_place_of(title: str) -> str | None:
    """``place_of`` as it was: the chain's pieces found again in its match, a conjunction
    asked of a pattern, the chain asked wherever a level word's first character stands."""
    text = title.strip()
    prefix = places.PARTY_PREFIX.search(text)
    text = text[prefix.end() :] if prefix else text
    if text.startswith("关于"):
        text = places.ABOUT_PREFIX.sub("", text, count=1)
    if text[:1] in places._LEVELS and old_place_of(text[1:]) is None:
        return None
    match = CHAIN.match(text)
    if match is None:
        return None
    kept: list[str] = []
    for piece in (p.group() for p in ONE.finditer(match.group())):
        # (round 25: 城乡 after two characters or more is the word, no township: a rule of
        # the reading, not of its shortcuts, so the reading as it was holds it too)
        town_and_country = piece.endswith("城乡") and len(piece) >= 4
        if piece in places._NOT_PLACES or JOINED.match(piece) or town_and_country:
            break
        kept.append(piece)
    return "".join(kept) or None


def old_pieces(chain: str | None) -> list[str]:
    return [] if chain is None else [p.group() for p in ONE.finditer(chain)]


def old_cut(pieces: list[str]) -> int:
    return next(
        (
            i
            for i, p in enumerate(pieces)
            if (i and fp.NOT_A_PIECE.match(p))
            or fp.SCOPE_PIECE.search(p)
            or fp.NOT_A_PLACE.search(p)
        ),
        len(pieces),
    )


def old_subject_place(words: str, m: Mention) -> str | None:
    chain = old_place_of(words)
    if chain is None or not words.startswith(chain) or fp.PER_UNIT.match(chain):
        return None
    pieces = old_pieces(chain)
    cut = old_cut(pieces)
    named_at = fp._name_at(words, m, pieces[0])
    for n in range(cut, 0, -1):
        place = "".join(pieces[:n])
        if comparable.COMMON_AREA.search(place) or named_at < len(place):
            continue
        rest = words[len(place) :]
        if fp.NOT_A_PIECE.match(rest) and not rest.startswith("的"):
            continue
        if fp.SUBJECT_AFTER.match(rest) or fp._named(place, rest, m):
            return place
    return None


OLD_LEVEL_CHARS = frozenset("省市县区镇乡旗盟州街道地新自特")


def old_opened(clause: str) -> str:
    clause = fp.ITEM_MARK.sub("", clause.strip(), count=1)
    return comparable.OPENERS.sub("", clause, count=1)


def old_clause_place(m: Mention) -> str | None:
    clause = fp._clause_before(m.sentence, m.at_in_sentence)
    if OLD_LEVEL_CHARS.isdisjoint(clause):
        return None
    if "、" in clause:
        item = old_subject_place(old_opened(clause.rsplit("、", 1)[1]), m)
        if item is not None:
            return item
    # (several places as one subject, tables24's ``several_places``, read before a chain)
    opened = old_opened(clause)
    return fp.several_places(opened, m) or old_subject_place(opened, m)


def old_sets_scope(clause: str) -> bool:
    if OLD_LEVEL_CHARS.isdisjoint(clause):
        return False
    opened = old_opened(clause)
    if fp.SCOPE_OPENS.match(opened):
        return True
    chain = old_place_of(opened)
    return chain is not None and not fp.PER_UNIT.match(chain) and old_cut(old_pieces(chain)) > 0


def clauses(text: str) -> list[str]:
    """Each clause of ``text`` (between its clause breaks), as written and opened."""
    out = [c for c in regex.split(rf"[{fp.CLAUSE_ENDS}]", text) if c]
    return out + [fp._opened(c) for c in out]


def same_chain(text: str) -> None:
    old = old_place_of(text)
    assert places.place_of(text) == old, text
    assert places.place_chain(text) == old_pieces(old), text


def same_piece_answers(text: str) -> None:
    """The chain's pieces of ``text`` (found by the old reading) answer as the calls did."""
    chain = old_place_of(text)
    pieces = old_pieces(chain)
    if chain is not None:
        assert fp._per_unit(chain) == bool(fp.PER_UNIT.match(chain)), chain
    assert fp._cut(pieces) == old_cut(pieces), pieces
    for n in range(1, len(pieces) + 1):
        place = "".join(pieces[:n])
        assert fp._common_area(place) == bool(comparable.COMMON_AREA.search(place)), place
        for first in (True, False):
            piece = pieces[n - 1]
            old = (not first and fp.NOT_A_PIECE.match(piece)) or old_cut([piece]) == 0
            assert fp._no_piece.__wrapped__(piece, first) == bool(old), (piece, first)


def same_level_gate(text: str) -> None:
    """A text the level gate turns away holds no place and no scope's level word."""
    if fp._names_no_level(text):
        assert ONE.search(text) is None, text
        assert regex.search(fp.SCOPE_LEVEL, text) is None, text
    assert fp._sets_scope(text) == old_sets_scope(text), text


def same_places(raw: str) -> None:
    for text in (raw, *clauses(raw)):
        same_chain(text)
        same_piece_answers(text)
        same_level_gate(text)


def test_a_place_chain_is_read_as_before_on_every_line_and_clause_at_hand() -> None:
    on_every_line(same_places)


PIECES = ("XX", "某", "x", "东湖", "青石", "县", "市", "区", "镇", "乡", "街道", "自治州", "新区")
PIECES += ("全", "我", "本", "各", "为", "在", "至", "和", "及", "的", "城乡", "社区", "小区")
PIECES += ("高新", "地区", "人均", "单位", "完成", "新增", "跨", "省", "其中", "2024年", "一是")
PIECES += ("（一）", "1.", "中共", "关于", "生产总值", "增长", "，", "、", "；", " ", "\n")


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=10))
def test_a_place_chain_is_read_as_before_on_made_up_text(pieces: list[str]) -> None:
    same_places("".join(pieces))


def test_the_first_characters_of_an_anchored_pattern_are_read_from_its_words() -> None:
    # (a leading ^ takes no character: the words after it are read, with no call)
    for pattern in (fp.NOT_A_PIECE, fp.PER_UNIT, comparable.OPENERS, fp.SCOPE_OPENS):
        assert literal_openers(pattern) is not None, pattern.pattern
        assert literal_openers(pattern) == _probed_openers(pattern), pattern.pattern
    assert FirstChars(fp.PER_UNIT)._words == frozenset("单人万每")
    assert literal_openers(regex.compile(r"\A(?:其中|另外)")) == frozenset("其另")
    assert literal_openers(regex.compile(r"^\d+")) is None  # (a digit: asked, as before)


def _figures(text: str) -> list[Mention]:
    return process_text(text, "places.txt").mentions


def same_figure_places(mentions: list[Mention]) -> int:
    """Each figure's clause place and carry as the old reading gives them; and at the end
    of each clause of its sentence, the place the clause names."""
    asked = 0
    for k, m in enumerate(mentions):
        assert fp.clause_place(m) == old_clause_place(m), (m.sentence, m.text)
        if k:
            prev = mentions[k - 1]
            assert fp.carried(prev, m) == old_carried(prev, m), (m.sentence, m.text)
        for cut in regex.finditer(rf"[{fp.CLAUSE_ENDS}]", m.sentence):
            at = replace(m, char_start=m.sentence_start + cut.start())
            assert fp.clause_place(at) == old_clause_place(at), (m.sentence, cut.start())
            asked += 1
    return asked


def old_carried(previous: Mention, m: Mention) -> bool:
    if previous.sentence_start != m.sentence_start or previous.sentence != m.sentence:
        return False
    between = m.sentence[previous.char_end - m.sentence_start : m.at_in_sentence]
    if fp.SUBJECT_ENDS.search(between):
        return False
    return not any(old_sets_scope(c) for c in fp.COMMA.split(between)[1:])


def test_every_figure_of_the_corpus_has_the_place_it_had(corpus_files) -> None:
    asked = 0
    for path in corpus_files:
        asked += same_figure_places(_figures(read_text(path).text))
    assert asked > 1_000


@pytest.mark.parametrize(
    "sentence", [s for s, *_ in (*OWN, *CARRIED, *NONE)] + ["其中东湖区28亿元、滨河区完成30亿元"]
)
def test_figures_of_written_sentences_have_the_place_they_had(sentence: str) -> None:
    mentions = _figures(REVIEW.format(title=CITY, year=2024, text=sentence))
    assert mentions
    same_figure_places(mentions)
