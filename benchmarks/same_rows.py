"""One digest of every mention ``process_text`` finds in every text at hand, to show that a
restructure leaves each row as it was (run in two trees, or twice in one).

Usage: python benchmarks/same_rows.py [--each]

The texts: ../shared/corpus, ../shared/govreports, data/sample, the blind reports under
tests/data (each folder's files), and each sentence of the held-out meaning files and of
../shared/gold (a sentence as a text of its own). Every field of every mention goes into
the digest, in order. ``--each`` prints a digest a source as well, to tell which one
differs. Run it with the interpreter of each tree (``cd TREE && .venv/bin/python
/path/to/same_rows.py``): the digests are equal when the rows are.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sys
from pathlib import Path

from metrics.io import read_text
from metrics.pipeline import process_text

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def sources() -> list[tuple[str, list[tuple[str, str]]]]:
    """(name of the source, [(file name, text)]) for every text at hand."""
    out: list[tuple[str, list[tuple[str, str]]]] = []
    folders = [SHARED / "corpus", SHARED / "govreports", ROOT / "data" / "sample"]
    folders += sorted(p for p in (ROOT / "tests" / "data").glob("govreports_blind*") if p.is_dir())
    for folder in folders:
        files = sorted(folder.glob("*.txt"))
        if files:
            out.append((folder.name, [(p.name, read_text(p).text) for p in files]))
    lines = sorted((ROOT / "tests" / "data").glob("heldout_meaning*.jsonl"))
    lines += sorted((SHARED / "gold").glob("*.jsonl"))
    for path in lines:
        texts = []
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            row = json.loads(line) if line.strip() else {}
            if isinstance(row.get("sentence"), str):
                texts.append((f"{path.stem}_{i}.txt", row["sentence"]))
        if texts:
            out.append((path.name, texts))
    return out


def main() -> None:
    each = "--each" in sys.argv[1:]
    whole = hashlib.sha256()
    mentions = 0
    for name, texts in sources():
        digest = hashlib.sha256()
        for file, text in texts:
            for m in process_text(text, file).mentions:
                row = json.dumps(dataclasses.astuple(m), ensure_ascii=False, default=str)
                digest.update(row.encode())
                mentions += 1
        whole.update(digest.digest())
        if each:
            print(f"{name}: {len(texts)} texts, {digest.hexdigest()[:16]}")
    print(f"{mentions} mentions, digest {whole.hexdigest()}")


if __name__ == "__main__":
    main()
