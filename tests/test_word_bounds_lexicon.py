"""The segmenter given only the words of its spans cuts as rjieba's whole dictionary does
(``context.word_bounds._Partial``, the dictionary ``jieba_words.txt``).

Real text: every line of the sample reports, whole and in short windows (a name's span
is a few characters to a clause), each window also by a segmenter that was given nothing
before it (so nothing but the window's own words), and sentences of our own where a word
of the dictionary competes with the two it overlaps.
"""

from __future__ import annotations

from pathlib import Path

import pytest

rjieba = pytest.importorskip("rjieba")

from metrics.context import word_bounds  # noqa: E402
from metrics.io import read_text  # noqa: E402

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample"

# Our own sentences, in the corpus's style: spans where two dictionary words overlap (a
# choice the sum of all frequencies decides), a place name, letters and digits, a mark.
OWN = [
    "获嘉县地区生产总值增长5.6%",
    "全年获救遇险群众120人",
    "新建区实现社会消费品零售总额",
    "达州市常住人口城镇化率达到58.2%",
    "县电影公司全年放映公益电影1800场",
    "建成5G基站320个，PM2.5平均浓度下降",
    "城乡居民人均可支配收入分别增长4.8%和6.1%",
    "研究生教育招生规模扩大到1.2万人。。",
]


def _lines() -> list[str]:
    lines = list(OWN)
    for path in sorted(SAMPLE.glob("*.txt")):
        lines += [line.strip() for line in read_text(path).text.splitlines() if line.strip()]
    return lines


def _windows(line: str) -> list[str]:
    return [line] + [line[i : i + 12] for i in range(0, len(line), 5)]


@pytest.fixture()
def partial() -> word_bounds._Partial:
    jieba = word_bounds._extension()
    assert jieba is not None, "rjieba's compiled module is not where rjieba 0.2 keeps it"
    return word_bounds._Partial(jieba)


def test_partial_cuts_as_the_whole_dictionary(
    partial: word_bounds._Partial, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(word_bounds, "READ_BUDGET", 10**9)  # (every line of the sample)
    lines = _lines()
    assert len(lines) > 200
    for line in lines:
        for text in _windows(line):
            assert partial(text, False) == rjieba.tag(text, False), text
    assert partial.whole is None


def test_a_span_needs_only_its_own_words() -> None:
    jieba = word_bounds._extension()
    for line in _lines()[:120]:
        for text in _windows(line):
            fresh = word_bounds._Partial(jieba)
            assert fresh(text, False) == rjieba.tag(text, False), text
            # what it was given occurs in the text
            assert all(word in text for word in fresh.given)


def test_past_the_budget_the_whole_dictionary_cuts(
    partial: word_bounds._Partial, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(word_bounds, "READ_BUDGET", 2000)
    lines = _lines()
    for line in lines[:40]:
        assert partial(line, False) == rjieba.tag(line, False), line
    assert partial.whole is not None and partial.read > 2000
    assert partial(OWN[0], False) == rjieba.tag(OWN[0], False)


def test_the_file_is_jiebas_dictionary() -> None:
    data = word_bounds.WORDS_FILE.read_bytes().decode().splitlines()
    header, lines = data[0], data[1:]
    assert lines == sorted(lines, key=str.encode) and header.encode() < lines[0].encode()
    entries = [line.split(" ") for line in lines]
    assert all(len(e) == 3 and e[1].isdigit() for e in entries)
    assert int(header.rsplit("total=", 1)[1]) == sum(int(e[1]) for e in entries)
    assert len({e[0] for e in entries}) == len(entries) == 349_045
    assert all(rjieba.has_word(e[0]) for e in entries)
    # each word's flag is rjieba's where the word is cut whole
    for word, _, flag in entries[::97]:
        tags = rjieba.tag(word, False)
        if len(tags) == 1:
            assert tags[0] == (word, flag)


def test_threads_share_one_partial_segmenter(
    partial: word_bounds._Partial, monkeypatch: pytest.MonkeyPatch
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    monkeypatch.setattr(word_bounds, "READ_BUDGET", 10**9)
    texts = [text for line in _lines()[:150] for text in _windows(line)]
    with ThreadPoolExecutor(4) as pool:
        cuts = list(pool.map(lambda text: partial(text, False), texts))
    assert cuts == [rjieba.tag(text, False) for text in texts]


def test_a_fresh_process_loads_the_package_after_its_extension() -> None:
    """The first name loads rjieba's compiled module alone; past the budget ``import
    rjieba`` reuses it (a PyO3 module is initialised once a process) and cuts as before."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from metrics.context import word_bounds as wb\n"
        "first = wb.words('获嘉县地区生产总值')\n"
        "alone = 'rjieba.rjieba' in sys.modules and 'rjieba' not in sys.modules\n"
        "wb.READ_BUDGET = 0\n"
        "text = '新建区实现社会消费品零售总额'\n"
        "second = wb.words(text)\n"
        "import rjieba\n"
        "same = wb._tag(text, False) == rjieba.tag(text, False)\n"
        "print(alone, isinstance(wb._tag, wb._Partial) and wb._tag.whole is not None, same)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd="/"
    )
    assert done.stdout.split() == ["True", "True", "True"], done.stderr


def test_a_block_holds_the_lines_of_its_first_character(partial: word_bounds._Partial) -> None:
    """``_block`` splits a block's words from the block at once; a line of another shape
    (here a flag missing, a blank line) is read a line at a time instead: either way every
    line of the first character, by its word, and the longest word."""

    def by_line(data: bytes, first: str) -> dict[str, bytes]:
        rows = [row for row in data.split(b"\n")[1:] if row]
        return {row.split(b" ")[0].decode(): row for row in rows if row.decode()[0] == first}

    for data in (
        "!header total=40\n获 9 v\n获救 5 v\n获嘉县 3 ns\n获鹿镇 2 ns\n达 11 v\n达州市 4 ns\n",
        "!header total=40\n获 9 v\n获救 5\n\n获嘉县 3 ns\n达 11 v\n达州市 4 ns\n",
    ):
        raw = data.encode()
        partial.data, partial.first, partial.read = raw, raw.find(b"\n") + 1, 0
        for first in "获达":
            lines, longest = partial._block(first)
            assert lines == by_line(raw, first)
            assert longest == max(map(len, lines))
        assert partial._block("共") == ({}, 0)
        assert partial.read == len(by_line(raw, "获")) + len(by_line(raw, "达"))
