"""The held-out files score the same when printed as PDFs and web pages print them.

The same sentences and labels, with artefacts the shared corpus shows: full-width digits
and per cent signs (１２.５％), and a PDF's spaces, around a figure (完成投资 4.2 亿元)
and inside its digits (18 6公里: the labelling guide keeps the space in the text and reads
186). The normaliser folds and joins them, so recall, role, metric and metric_exact must
not move from the clean text's: an artefact that changes a meaning is a defect of the
normaliser, not a new class of language.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable

import pytest
import regex

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import heldout

FILES = sorted(heldout.DEFAULT.parent.glob("heldout_meaning*.jsonl"))
FULL_WIDTH = str.maketrans("0123456789%", "０１２３４５６７８９％")
FIELDS = ("recall", "role", "metric", "metric_exact", "precision")
Record = dict


def full_width(record: Record) -> Record:
    """Digits and % full width, in the sentence, the figures' texts and the names."""
    mentions = [
        {**m, "text": m["text"].translate(FULL_WIDTH), "metric": m["metric"].translate(FULL_WIDTH)}
        for m in record["mentions"]
    ]
    return {**record, "sentence": record["sentence"].translate(FULL_WIDTH), "mentions": mentions}


def spaced(record: Record) -> Record:
    """A space on each side of every figure, and one after the second digit of a figure
    with three or more digits in a run."""
    sentence, out, at, mentions = record["sentence"], [], 0, []
    for mention in record["mentions"]:
        start = sentence.index(mention["text"], at)
        text = mention["text"]
        digits = regex.search(r"\d{3,}", text)
        if digits:
            cut = digits.start() + 2
            text = text[:cut] + " " + text[cut:]
        out += [sentence[at:start], " ", text, " "]
        at = start + len(mention["text"])
        mentions.append({**mention, "text": text})
    return {**record, "sentence": "".join(out) + sentence[at:], "mentions": mentions}


def _records(path) -> list[Record]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_the_artefacts_are_made_as_the_corpus_shows_them() -> None:
    record = {
        "section": "summary",
        "sentence": "改造农村公路186公里，完成投资4.2亿元。",
        "mentions": [
            {"text": "186公里", "role": "actual", "metric": "农村公路"},
            {"text": "4.2亿元", "role": "actual", "metric": "投资"},
        ],
    }
    assert full_width(record)["sentence"] == "改造农村公路１８６公里，完成投资４.２亿元。"
    made = spaced(record)
    assert made["sentence"] == "改造农村公路 18 6公里 ，完成投资 4.2亿元 。"
    assert [m["text"] for m in made["mentions"]] == ["18 6公里", "4.2亿元"]


# Known differences, each a defect of the layers before the meaning (not a class of language):
KNOWN = {
    ("heldout_meaning_lead7", "spaced"): (
        "a space at the start of a wrapped line (达到, a break, then ' 12.4万人') ends the "
        "figure's paragraph, so its words before are not read (segment's wrap joining); and a "
        "map scale spaced inside (1:50 0) leaves its digits in the name"
    ),
    ("heldout_meaning_lex9", "spaced"): (
        "the same wrap: 治理率提高到, a break, then ' 68.4%' loses its name"
    ),
    ("heldout_meaning_lex16", "spaced"): (
        "a space at the start of a wrapped line (收集涉企问题, a break, then ' 23 8个') leaves "
        "the count with no name, as lead7's and lex9's wraps (the bare threshold's spaces, "
        "10亿元 以上企业, are dropped from its name now: mentions.HAN_SPACE)"
    ),
}


def _cases():
    for path in FILES:
        for artefact in (full_width, spaced):
            reason = KNOWN.get((path.stem, artefact.__name__))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(path, artefact, id=f"{path.stem}-{artefact.__name__}", marks=marks)


@pytest.mark.parametrize(("path", "artefact"), list(_cases()))
def test_a_held_out_file_scores_the_same_with_print_artefacts(
    path, artefact: Callable[[Record], Record]
) -> None:
    records = _records(path)
    clean = heldout.score(records)
    printed = heldout.score([artefact(r) for r in records])
    assert {f: round(printed[f], 3) for f in FIELDS} == {f: round(clean[f], 3) for f in FIELDS}
