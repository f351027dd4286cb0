"""The kinds of record NotFound and ConflictError have a sentence for: one table (errors.KINDS)."""

from __future__ import annotations

import ast
from pathlib import Path

import crm_desktop
from crm_desktop.domain import errors
from crm_desktop.domain.errors import ConflictError, NotFound

SRC = Path(crm_desktop.__file__).parent
UNKNOWN = "gadget"  # a kind no table has


def _raised_kinds() -> dict[str, set[str]]:
    """The kinds written in the code's NotFound("...") and ConflictError("...") calls (both
    branches of a conditional kind too)."""
    found: dict[str, set[str]] = {"NotFound": set(), "ConflictError": set()}
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in found
                    and node.args):
                continue
            first = node.args[0]
            for value in (first.body, first.orelse) if isinstance(first, ast.IfExp) else (first,):
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    found[node.func.id].add(value.value)
    return found


def _has_own_sentence(error: Exception, general: Exception) -> bool:
    return str(error) != str(general)


def test_a_kind_has_its_own_sentence_exactly_when_it_is_listed() -> None:
    raised = _raised_kinds()
    assert {"contact", "stage", "saved view"} <= raised["NotFound"] and "deal" in raised["ConflictError"]
    candidates = raised["NotFound"] | raised["ConflictError"] | set(errors.KINDS) | {UNKNOWN}

    gone = {k for k in candidates if _has_own_sentence(NotFound(k, 1), NotFound(UNKNOWN, 1))}
    changed = {k for k in candidates if _has_own_sentence(ConflictError(k), ConflictError(UNKNOWN))}
    assert gone == errors.NOT_FOUND_KINDS
    assert changed == errors.CONFLICT_KINDS
    # every kind the code raises with has its own sentence (not "This record ...")
    assert raised["NotFound"] <= errors.NOT_FOUND_KINDS, raised["NotFound"] - errors.NOT_FOUND_KINDS
    assert raised["ConflictError"] <= errors.CONFLICT_KINDS, raised["ConflictError"] - errors.CONFLICT_KINDS


def test_each_sentence_speaks_of_its_own_kind() -> None:
    for kind in errors.NOT_FOUND_KINDS:
        assert str(NotFound(kind, 7)).startswith(f"This {kind} no longer exists"), kind
    for kind in errors.CONFLICT_KINDS:
        assert str(ConflictError(kind)).startswith(f"This {kind} was changed elsewhere"), kind
    assert str(NotFound(UNKNOWN, 7)).startswith("This record no longer exists")
    assert str(ConflictError("activity")).startswith("This record was changed elsewhere")
