"""The question-type registry: one module and one template per type, and nobody else branches on a type's name."""
from __future__ import annotations

import re
from pathlib import Path

import jinja2
import pytest

from studyapp.models import QuestionType
from studyapp.question_types import REGISTRY, BaseType, get_type
from studyapp.services.grading import Key, grade

ROOT = Path(__file__).resolve().parents[2]
NAME = re.compile(r"""["'](%s)["']""" % "|".join(REGISTRY))
# Where a type's name may still be written: its own module and template, the model's enum, the generator (which
# makes questions of given types) and the format modules (each format's own names for the types).
ALLOWED = ("studyapp/question_types/", "templates/question_types/", "studyapp/models/bank.py", "studyapp/generator/",
           "studyapp/formats/", "studyapp/services/quality.py")


def test_every_stored_type_is_registered_and_every_registered_type_is_stored():
    """The enum behind the database's check constraint and the registry name the same types."""
    assert set(REGISTRY) == {t.value for t in QuestionType}
    assert all(isinstance(t, BaseType) and t.label for t in REGISTRY.values())


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_each_type_has_its_player_editor_and_paper_macros(name):
    """templates/question_types/<name>.html defines the three macros the pages call."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(ROOT / "templates"))
    module = env.get_template(get_type(name).template).module
    for macro in ("player", "editor", "paper"):
        assert callable(getattr(module, macro, None)), f"{name} lacks the {macro} macro"


def test_an_unknown_type_names_the_known_ones():
    """Grading a type nobody registered says which types exist."""
    with pytest.raises(ValueError, match="known: .*multiple_choice"):
        grade(Key(type="essay", answer="x"), "y")


def test_services_views_and_templates_ask_the_registry_instead_of_naming_types():
    """No module outside the allowed places writes a question type's name (the registry is asked instead)."""
    found = []
    for path in [*(ROOT / "studyapp").rglob("*.py"), *(ROOT / "templates").rglob("*.html")]:
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith(ALLOWED):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if NAME.search(line):
                found.append(f"{relative}:{number}: {line.strip()}")
    assert not found, "\n".join(found)
