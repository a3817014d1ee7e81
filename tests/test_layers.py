"""The layers hold: services, formats and the generator use no Flask request state, and the generator and formats
import in a process where Flask cannot be imported at all."""
from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "studyapp"
LAYERS = ("services", "formats", "generator")
REQUEST_STATE = {"request", "session", "g", "current_user"}


def _is_flask(module: str) -> bool:
    """True for Flask and its extensions (flask, flask.x, flask_login, ...)."""
    top = module.split(".")[0]
    return top == "flask" or top.startswith("flask_")


def _layer_files() -> list[Path]:
    """Every module of the layers that must stay free of Flask."""
    return sorted(p for layer in LAYERS for p in (PACKAGE / layer).rglob("*.py"))


def _problems(source: str) -> list[str]:
    """The Flask imports and request-state names imported by one module's source."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [f"import {a.name}" for a in node.names if _is_flask(a.name)]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if _is_flask(module):
                found.append(f"from {module} import ...")
            found += [f"from {module} import {a.name}" for a in node.names if a.name in REQUEST_STATE]
    return found


@pytest.mark.parametrize("path", _layer_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_services_formats_and_generator_import_no_flask_and_no_request_state(path):
    assert _problems(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("source", ["from flask import current_app", "import flask_login",
                                    "from flask_login import current_user", "from studyapp.web import g",
                                    "def f():\n    from flask import request\n"])
def test_the_import_check_catches_each_form(source):
    assert _problems(source)


BLOCK_FLASK = """
import importlib.abc, sys

class BlockFlask(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] == "flask" or name.startswith("flask_"):
            raise ImportError(f"{name} is blocked in this test")
        return None

sys.meta_path.insert(0, BlockFlask())
try:
    import flask  # noqa: F401
except ImportError:
    pass
else:
    raise SystemExit("the block did not work")
import studyapp.generator, studyapp.formats, studyapp.formats.registry, studyapp.formats.scores_csv
import studyapp.formats.scores_xlsx, studyapp.numbers
from studyapp.generator import generate_bank  # noqa: F401
from studyapp.formats.registry import FORMATS
assert "flask" not in sys.modules and not any(m.startswith("flask_") for m in sys.modules)
print(len(FORMATS))
"""


def test_the_generator_and_the_formats_import_where_flask_cannot_be_imported():
    env = {**os.environ, "PYTHONPATH": str(PACKAGE.parent)}
    result = subprocess.run([sys.executable, "-c", BLOCK_FLASK], capture_output=True, text=True, env=env,
                            cwd=PACKAGE.parent, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "6"
