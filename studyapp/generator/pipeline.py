"""Named stages that declare what they require and provide, and the pipeline that checks and runs them."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from studyapp.generator.model import Corpus

StageFn = Callable[[Corpus], Corpus]
REGISTRY: dict[str, "Stage"] = {}
INITIAL = frozenset({"paths"})


class PipelineError(ValueError):
    """A pipeline asked for an unknown stage or a stage whose inputs nothing provides."""


@dataclass(frozen=True)
class Stage:
    """A registered stage: a `Corpus -> Corpus` callable with its declared inputs and outputs."""

    name: str
    fn: StageFn
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def __call__(self, corpus: Corpus) -> Corpus:
        """Run the stage and record what it provided."""
        corpus = self.fn(corpus)
        corpus.provided.update(self.provides)
        return corpus


def stage(name: str, *, requires: Iterable[str] = (), provides: Iterable[str] = ()) -> Callable[[StageFn], StageFn]:
    """Register `fn` as the stage `name`."""

    def register(fn: StageFn) -> StageFn:
        """Store the stage in the registry and hand the function back unchanged."""
        REGISTRY[name] = Stage(name, fn, tuple(requires), tuple(provides))
        return fn

    return register


class Pipeline:
    """An ordered list of stages whose requirements were checked when it was built."""

    def __init__(self, names: Iterable[str], given: Iterable[str] = ()):
        """Look up each stage and check that an earlier stage (or `given`) provides everything it requires."""
        self.stages: list[Stage] = []
        self.given = set(INITIAL) | set(given)
        available = set(self.given)
        for name in names:
            if name not in REGISTRY:
                raise PipelineError(f"Unknown stage {name!r}; known stages: {', '.join(sorted(REGISTRY))}.")
            found = REGISTRY[name]
            missing = [r for r in found.requires if r not in available]
            if missing:
                raise PipelineError(
                    f"Stage {name!r} requires {', '.join(missing)}, which no earlier stage provides "
                    f"(available: {', '.join(sorted(available))})."
                )
            available.update(found.provides)
            self.stages.append(found)

    @property
    def names(self) -> list[str]:
        """The stage names in order."""
        return [s.name for s in self.stages]

    def __call__(self, corpus: Corpus, progress: Callable[[str, int, int], None] | None = None) -> Corpus:
        """Run every stage in order; `progress(stage, done, total)` is called after each one."""
        corpus.provided.update(self.given)
        for done, st in enumerate(self.stages, start=1):
            corpus = st(corpus)
            if progress is not None:
                progress(st.name, done, len(self.stages))
        return corpus
