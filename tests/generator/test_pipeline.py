"""The stage registry and the pipeline's build-time check of what each stage requires and provides."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from studyapp.generator import STAGES, build_pipeline
from studyapp.generator.pipeline import REGISTRY, Pipeline, PipelineError

PACKAGE = Path(__file__).parents[2] / "studyapp" / "generator"


def test_default_pipeline_builds_with_every_stage_in_order():
    pipeline = build_pipeline()
    assert pipeline.names == STAGES
    assert {"read", "clean", "analyse", "generate", "distractors", "gate", "select"} <= set(pipeline.names)


def test_every_stage_declares_requires_and_provides():
    for name in STAGES:
        stage = REGISTRY[name]
        assert stage.provides, name
        assert name == "read" or stage.requires, name


def test_a_stage_whose_input_nothing_provides_is_refused_when_the_pipeline_is_built():
    with pytest.raises(PipelineError, match="requires "):
        Pipeline(["read", "clean", "gate"])


def test_an_unknown_stage_is_refused_with_the_valid_names():
    with pytest.raises(PipelineError, match="known stages: .*analyse"):
        Pipeline(["read", "tokenise"])


def test_a_partial_pipeline_can_start_from_given_inputs():
    assert Pipeline(["clean", "analyse"], given=["blocks"]).names == ["clean", "analyse"]


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: p.name)
def test_generator_modules_import_no_web_or_database_framework(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
    assert not imported & {"flask", "sqlalchemy", "flask_sqlalchemy", "werkzeug"}


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: p.name)
def test_modules_have_a_docstring_every_function_too_and_stay_short(path):
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    assert ast.get_docstring(tree), f"{path.name} has no module docstring"
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            assert ast.get_docstring(node), f"{path.name}: {node.name} has no docstring"
    assert len(source.splitlines()) <= 330, f"{path.name} is too long"


def test_progress_is_reported_after_every_stage():
    from studyapp.generator import generate_bank

    from .conftest import DOCUMENTS

    seen = []
    generate_bank([DOCUMENTS / "plate_tectonics.txt"], progress=lambda stage, done, total: seen.append((stage, done,
                                                                                                         total)))
    assert [s for s, _, _ in seen] == STAGES and seen[-1][1:] == (len(STAGES), len(STAGES))
