"""Formulas stage: what a symbol of a formula stands for and what a quantity is measured in, for English documents
(the reading and the options are shared with Russian and Kazakh in `lang/formulas.py`). `select` ranks these above a
blank in the same sentence: they are the sentence's main idea, where a blank would take a figure of it."""
from __future__ import annotations

from studyapp.generator.lang import formulas
from studyapp.generator.model import Corpus
from studyapp.generator.pipeline import stage
from studyapp.generator.stages.generate import base


@stage("formulas", requires=["sentences"], provides=["formula_candidates"])
def formulas_stage(corpus: Corpus) -> Corpus:
    """A symbol or unit question on each body sentence that defines one, with the document's others as options."""
    for doc in corpus.docs:
        found = formulas.gather([s.text for s in doc.sentences], "en", doc.text)
        for s in doc.sentences:
            if s.role != "body":
                continue
            for asked in formulas.ask(s.text, found, "en"):
                c = base(doc, s, "multiple_choice", asked.prompt, asked.answer, None, asked.template)
                c.choices, c.answer_kind = asked.choices, asked.answer_kind
                corpus.candidates.append(c)
    return corpus
