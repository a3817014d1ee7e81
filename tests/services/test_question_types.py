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
# Where a type's name may still be written: its own module and template, the model's enum and the generator (which
# makes questions of given types). The exchange formats ask each type for its own part (to_gift, to_moodle_xml...).
ALLOWED = ("studyapp/question_types/", "templates/question_types/", "studyapp/vocabulary.py", "studyapp/generator/",
           "studyapp/services/quality.py")


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
        grade(Key(type="hotspot", answer="x"), "y")


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


@pytest.mark.parametrize(("ticked", "points"), [
    (["a", "b"], 1.0), (["a"], 0.5), (["a", "c"], 0.0), (["a", "b", "c"], 0.5), (["c", "d"], 0.0),
    (["a", "b", "c", "d"], 0.0), (["x"], 0.0), ("a", 0.0),
])
def test_multiple_response_grades_as_moodle_right_share_plus_100_wrong_share_minus_100(ticked, points):
    """Two right of four: each right tick +50%, each wrong tick -50%, never below 0; a lone string is no answer."""
    key = Key(type="multiple_response", answer=["a", "b"], choices=("a", "b", "c", "d"))
    assert grade(key, ticked) == (points == 1.0, points)


def test_multiple_response_with_three_right_of_four_reaches_exactly_one():
    """Thirds add up to a whole: all three right ticks are a right answer."""
    key = Key(type="multiple_response", answer=["a", "b", "c"], choices=("a", "b", "c", "d"))
    assert grade(key, ["a", "b", "c"], 2.0) == (True, 2.0)
    assert grade(key, ["a", "d"], 3.0) == (False, 0.0)
    assert grade(key, ["a", "b", "c", "d"], 3.0) == (False, 0.0)


def test_the_formats_a_type_names_are_the_exchange_formats():
    """Each type's `formats` uses the exporters' names; every format carries every type (GIFT ordering: Moodle 4.4) but
    an Anki deck, which has no essays."""
    from studyapp.formats.registry import EXPORTERS

    assert all(t.formats <= set(EXPORTERS) for t in REGISTRY.values())
    assert [n for n, t in REGISTRY.items() if t.formats != set(EXPORTERS)] == ["essay"]


def test_the_types_read_the_format_list_from_the_format_registry():
    """The question types keep no list of formats of their own: a type carries every registered format but the
    ones it names in `cannot_carry`."""
    import studyapp.question_types as question_types
    from studyapp.formats.registry import FORMATS

    assert not hasattr(question_types, "FORMATS")
    assert all(t.formats == set(FORMATS) - t.cannot_carry for t in REGISTRY.values())
    assert all(t.cannot_carry <= set(FORMATS) for t in REGISTRY.values())
