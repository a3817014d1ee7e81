"""Documents in, a cited question bank (studyapp.bank/1) out: a plain package of named stages, no web framework."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from studyapp.generator.bank import build_bank
from studyapp.generator.checks import gate_failures
from studyapp.generator import lang  # noqa: F401  (registers the languages stages)
from studyapp.generator.model import Corpus
from studyapp.generator.pipeline import Pipeline, PipelineError
from studyapp.generator.stages import (analyse, cast_lists, causes, clean, context, debate, distractors, formula_stage, gate, generate,  # noqa: F401
                                       glosses, ideas, naming, objects, parse, perspective, read, select, timeline, voice)
from studyapp.generator.stages.read import DocumentError, read_documents

Progress = Callable[[str, int, int], None]
STAGES = ["read", "clean", "languages", "analyse", "parse", "voice", "generate", "ideas", "formulas", "glosses", "causes", "objects", "cast",
          "perspectives", "debate",
          "structured", "distractors", "context", "naming", "gate", "select", "other_languages"]

__all__ = ["generate_bank", "read_documents", "gate_failures", "build_pipeline", "run_pipeline", "DocumentError",
           "PipelineError", "STAGES"]


def build_pipeline(names: list[str] | None = None) -> Pipeline:
    """The generator pipeline (or a part of it), checked for missing inputs."""
    return Pipeline(names or STAGES)


def run_pipeline(paths: list[str | Path], manifest: str | Path | None = None, title: str | None = None,
                 names: list[str] | None = None, *, progress: Progress | None = None,
                 max_chars: int | None = None, language: str | None = None) -> Corpus:
    """Run the stages over the documents and return the corpus with everything they derived."""
    corpus = Corpus(paths=[Path(p) for p in paths], manifest=Path(manifest) if manifest else None, title=title,
                    max_chars=max_chars, language=language)
    return build_pipeline(names)(corpus, progress)


def generate_bank(paths: list[str | Path], manifest: str | Path | None = None, title: str | None = None, *,
                  progress: Progress | None = None, max_chars: int | None = None, language: str | None = None) -> dict:
    """Generate a studyapp.bank/1 dict from files and folders (.txt, .md, .html, .docx, .pdf).

    `language` ('en', 'ru' or 'kk'), if given, is the documents' language; otherwise each one's is detected.
    `progress(stage, done, total)`, if given, is called after each stage (for a job's progress bar).
    A document holding more than `max_chars` characters of text is refused (DocumentError) once it is read.
    """
    corpus = run_pipeline(paths, manifest, title, progress=progress, max_chars=max_chars, language=language)
    return build_bank(corpus, title)
