"""The records whose ``__init__`` is written out (for the compiled build: a field set in C
instead of a call of ``object.__setattr__`` a field) take the same arguments as the one
``dataclass`` would generate: every field, in order, by position and by name, with its
default; and they stay frozen (a mention crosses to another process equal). Besides the
records, the frozen values made once a figure or a sentence (``RoleInput``, ``Meaning``,
``SentenceView``) and once a match of the scan (``Candidate``) are written out the same
way."""

from __future__ import annotations

import ast
import pickle
import sys
from dataclasses import MISSING, FrozenInstanceError, fields, replace
from enum import Enum
from typing import Any

import pytest

from metrics.context.state import Meaning, SentenceView
from metrics.records import Mention
from metrics.resolve import Resolved
from metrics.rules import Candidate
from metrics.rules.roles import RoleInput
from tests.conftest import ROOT

WRITTEN_OUT = [Mention, Resolved, RoleInput, Meaning, SentenceView, Candidate]
# the tuples' fields, one value each of the type the source writes (a compiled class
# checks a fixed tuple's items)
TUPLES: dict[str, Any] = {
    "tuple[Candidate, ...]": (Candidate("rule", 1, 2, {"number": "3"}),),
    "tuple[tuple[int, str], ...]": ((4, "2023年"),),
    "tuple[str | None, str]": ("metric", "unit"),
    "dict[str, str]": {"number": "3"},
}


def written_types(cls: type) -> dict[str, str]:
    """The annotation of each field of ``cls`` as its source writes it (a compiled class
    reports ``type`` for ``int | None``)."""
    source = ROOT.joinpath(*cls.__module__.split(".")).with_suffix(".py")
    tree = ast.parse(source.read_text(encoding="utf-8"))
    body = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == cls.__name__)
    return {
        n.target.id: ast.unparse(n.annotation)
        for n in body.body
        if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)
    }


def distinct_values(cls: type) -> dict[str, Any]:
    """A value for each field of ``cls`` that no other field has, of the field's type (a
    compiled class checks them), none of them its default."""
    written = written_types(cls)
    values: dict[str, Any] = {}
    for k, f in enumerate(fields(cls)):
        kind = written[f.name]
        named = getattr(sys.modules[cls.__module__], kind, None)
        if isinstance(named, type) and issubclass(named, Enum):
            values[f.name] = next(m for m in named if m != f.default)
        elif named in WRITTEN_OUT:
            values[f.name] = named(**distinct_values(named))
        elif kind in TUPLES:
            values[f.name] = TUPLES[kind]
        elif kind == "bool":
            values[f.name] = f.default is not True
        elif kind.startswith("int"):
            values[f.name] = 1000 + k
        elif kind.startswith("float"):
            values[f.name] = k + 0.25
        else:
            assert kind.startswith("str"), (cls.__name__, f.name, kind)
            values[f.name] = f"{f.name}-{k}"
    return values


@pytest.mark.parametrize("cls", WRITTEN_OUT, ids=lambda c: c.__name__)
def test_every_field_is_set_by_name_and_by_position_in_order(cls: type) -> None:
    values = distinct_values(cls)
    by_name = cls(**values)
    by_position = cls(*values.values())
    for f in fields(cls):
        assert getattr(by_name, f.name) == values[f.name], f.name
        assert getattr(by_position, f.name) == values[f.name], f.name
    assert by_name == by_position
    if cls not in (SentenceView, Candidate):  # (a candidate's groups are a dict: no hash)
        assert hash(by_name) == hash(by_position)


@pytest.mark.parametrize("cls", WRITTEN_OUT, ids=lambda c: c.__name__)
def test_the_fields_left_out_take_their_defaults(cls: type) -> None:
    values = distinct_values(cls)
    required = {f.name: values[f.name] for f in fields(cls) if f.default is MISSING}
    made = cls(**required)
    for f in fields(cls):
        expected = values[f.name] if f.name in required else f.default
        assert getattr(made, f.name) == expected, f.name
    with pytest.raises(TypeError):
        cls(**dict(list(required.items())[:-1]))  # one required field missing


@pytest.mark.parametrize("cls", WRITTEN_OUT, ids=lambda c: c.__name__)
def test_they_stay_frozen_and_replace_makes_a_changed_copy(cls: type) -> None:
    made = cls(**distinct_values(cls))
    name = fields(cls)[0].name
    with pytest.raises(FrozenInstanceError):
        setattr(made, name, getattr(made, name))
    other = {
        "mention_id": "another",
        "value": 99.5,
        "sentence": "another",
        "start": 99,
        "rule": "another",
    }.get(name, made)
    if name == "resolved":
        other = replace(made.resolved, value=99.5)
    changed = replace(made, **{name: other})
    assert getattr(changed, name) == other
    assert all(getattr(changed, f.name) == getattr(made, f.name) for f in fields(cls)[1:])


def test_a_mention_crosses_to_another_process_equal() -> None:
    # (a worker's mentions come back pickled: ``records.__reduce__`` gives the class its
    # fields again through this ``__init__``; a ``Resolved`` never leaves its process)
    made = Mention(**distinct_values(Mention))
    again = pickle.loads(pickle.dumps(made))
    assert again == made and type(again) is Mention
