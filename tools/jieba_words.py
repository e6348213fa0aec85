"""Build ``metrics/context/jieba_words.txt``: jieba's dictionary sorted, read by
``metrics.context.word_bounds`` a first character at a time.

    pip download jieba==0.42.1 --no-deps --no-binary :all: -d /tmp/jieba
    tar xzf /tmp/jieba/jieba-0.42.1.tar.gz -C /tmp/jieba jieba-0.42.1/jieba/dict.txt
    .venv/bin/python tools/jieba_words.py /tmp/jieba/jieba-0.42.1/jieba/dict.txt

Provenance and licence: the words, frequencies and part-of-speech flags are those of
``jieba/dict.txt`` of jieba 0.42.1 (https://github.com/fxsjy/jieba, MIT licence, Copyright
(c) 2013 Sun Junyi: its notice is ``metrics/context/jieba_words.LICENSE``, shipped
beside), the same dictionary jieba-rs embeds and ``rjieba`` loads whole at import
(checked: every word is known to ``rjieba.has_word`` and its flag is rjieba's; the
segmentations are compared in tests/test_word_bounds_lexicon.py). Nothing is added,
removed or changed: the lines are sorted by their bytes (so by the word's first
character, UTF-8 keeping the order of code points) and a first line, which sorts before
every word, records the source's digest and the sum of all frequencies (the segmenter's
total, which a partial load must keep).

Why: ``rjieba`` parses all 349 046 lines (0.12 s and 30 MiB at start-up) when a small
report segments a few dozen short spans holding a few hundred dictionary words; sorted,
the words of one first character are found by a binary search.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "metrics" / "context" / "jieba_words.txt"
SOURCE_SHA256 = "7197c3211ddd98962b036cdf40324d1ea2bfaa12bd028e68faa70111a88e12a8"


def build(source: Path) -> bytes:
    """The sorted dictionary with its header line, from jieba's ``dict.txt``."""
    raw = source.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != SOURCE_SHA256:
        raise SystemExit(f"{source}: sha256 {digest}, not jieba 0.42.1's dict.txt")
    entries: dict[bytes, bytes] = {}
    for number, line in enumerate(raw.decode("utf-8").splitlines(), 1):
        parts = line.split()
        if len(parts) != 3 or not parts[1].isdigit():
            raise SystemExit(f"{source}:{number}: not 'word freq flag': {line!r}")
        # a word listed twice keeps its last line, as jieba-rs's load_dict does
        entries[parts[0].encode()] = " ".join(parts).encode()
    total = sum(int(line.split(b" ")[1]) for line in entries.values())
    header = f"!jieba-0.42.1-dict.txt sha256={digest} total={total}".encode()
    lines = sorted(entries.values())
    if header >= lines[0]:
        raise SystemExit("the header would not sort first")
    return b"\n".join([header, *lines]) + b"\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="jieba 0.42.1's jieba/dict.txt")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    data = build(args.source)
    tmp = args.out.with_suffix(".tmp")
    tmp.write_bytes(data)
    tmp.replace(args.out)
    words = data.count(b"\n") - 1
    print(f"{args.out}: {words} words, {len(data)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
