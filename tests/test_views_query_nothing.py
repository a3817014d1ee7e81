"""Views load, authorize, act, commit and redirect: every query lives in a service (checked by parsing the blueprints)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

BLUEPRINTS = Path(__file__).parent.parent / "studyapp"
VIEW_MODULES = sorted(p for d in ("admin", "auth", "student", "teacher") for p in (BLUEPRINTS / d).glob("*.py"))
# Running SQL or building a statement; `db.session.get` (load by id), commit and rollback stay in views.
QUERY_CALLS = {"select", "scalar", "scalars", "execute", "query", "exists", "update", "delete", "insert"}


def queries_in(path: Path) -> list[str]:
    """`line: call` for every query-building or query-running call in a module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in QUERY_CALLS:
            found.append(f"{node.lineno}: {ast.unparse(node.func)}")
        if isinstance(node, ast.Import | ast.ImportFrom) and any(a.name == "sqlalchemy" for a in node.names):
            found.append(f"{node.lineno}: import sqlalchemy")
    return found


@pytest.mark.parametrize("path", VIEW_MODULES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_blueprint_module_runs_no_query_of_its_own(path):
    assert queries_in(path) == [], f"{path}: move these queries into a service"
