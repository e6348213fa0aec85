"""Scoring a blind set of compilations (tests/data/<name> and <name>_docs.jsonl): each
labelled document is the one whose start stands within ``NEAR`` characters of its title's,
and its fields are compared with the labels (a missing value is None)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

DATA = Path(__file__).parent / "data"
NEAR = 10  # characters between a document's start and its labelled title's


def labels(name: str) -> list[dict]:
    """The labelled documents of the blind set ``name``."""
    lines = (DATA / f"{name}_docs.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _same(gold: object, ours: object) -> bool:
    if ours is None or (not isinstance(ours, str) and pd.isna(ours)):
        return gold is None
    return gold is not None and (gold == ours or (isinstance(gold, int) and int(ours) == gold))


def wrong_fields(documents: pd.DataFrame, gold: dict, fields: tuple[str, ...]) -> dict:
    """The fields of the document found at ``gold``'s title that differ from its labels, as
    field -> (label, ours); fails when no document starts there."""
    ours = documents[documents.source_file == gold["file"]]
    near = (ours.char_start - gold["title_start"]).abs()
    assert near.min() <= NEAR, f"no document starts at {gold['title']}"
    row = ours.loc[near.idxmin()]
    return {f: (gold[f], row[f]) for f in fields if not _same(gold[f], row[f])}
