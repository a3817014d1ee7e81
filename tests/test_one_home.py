"""One home per helper: each of these names is defined once outside the blueprints (views may share a service's
verb as their endpoint name), and typed answers and generated names fold alike."""
from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

from studyapp.services.grading import Key, grade
from studyapp.text import fold

PACKAGE = Path(__file__).resolve().parents[1] / "studyapp"
BLUEPRINTS = {"auth", "teacher", "student", "admin"}
ONCE = ("import_bank", "check_bank", "parse_number", "edit_distance", "FORMAT", "escape_cell", "fold")


def _definitions() -> dict[str, list[str]]:
    """Module-level function, class and constant names -> the modules defining them."""
    found: dict[str, list[str]] = defaultdict(list)
    for path in sorted(PACKAGE.rglob("*.py")):
        module = path.relative_to(PACKAGE)
        if module.parts[0] in BLUEPRINTS:
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                found[node.name].append(str(module))
            elif isinstance(node, ast.Assign):
                found.update({t.id: [*found[t.id], str(module)] for t in node.targets if isinstance(t, ast.Name)})
    return found


def test_each_helper_is_defined_once():
    found = _definitions()
    assert {name: found[name] for name in ONCE if len(found[name]) > 1} == {}



def test_typed_answers_and_generated_names_fold_alike():
    assert "normalise_text" not in _definitions()
    assert [fold(t) for t in ("  Türkiye ", "Austria-Hungary", "The Hague.", "“Straße”", "Kazakhstan’s")] == [
        "turkiye", "austria hungary", "hague", "strasse", "kazakhstan's"]
    assert grade(Key(type="short_answer", answer="Austria-Hungary"), "austria hungary") == (True, 1.0)
    assert grade(Key(type="cloze", answer="Türkiye"), "  TURKIYE. ") == (True, 1.0)
