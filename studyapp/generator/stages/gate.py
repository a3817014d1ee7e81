"""Gate stage: run the quality checks on every candidate and keep each rejection with its reasons."""
from __future__ import annotations

from studyapp.generator.bank import question_dict, source_dict
from studyapp.generator.checks import GateContext, check_question
from studyapp.generator.model import Corpus
from studyapp.generator.pipeline import stage
from studyapp.generator.stages import keep_rules, memory


def context(corpus: Corpus) -> GateContext:
    """The gate context for a corpus, built the same way as for a saved bank, with every sentence known verbatim
    in its paragraph (so a quote that is a sentence is not searched for again in a long text)."""
    ctx = GateContext.from_bank({"sources": [source_dict(d, corpus) for d in corpus.docs]})
    ctx.sentences = {(d.id, s.paragraph, s.text) for d in corpus.docs for s in d.sentences}
    return ctx


@stage("gate", requires=["choices"], provides=["accepted", "rejections"])
def gate_stage(corpus: Corpus) -> Corpus:
    """Split candidates into accepted and rejected (with reasons): the bank checks, then the rules that read the
    document (trivia, fact/opinion markers, options of another kind: stages/keep_rules.py)."""
    ctx = context(corpus)
    kept = []
    for c in corpus.candidates:
        reasons = check_question(question_dict(c), ctx) + keep_rules.reasons(c, corpus)
        reasons = reasons or memory.reasons(c, corpus)  # years, nationality words, debatable stances (blind read 29n)
        if reasons:
            c.reasons.extend(reasons)
            corpus.rejected.append(c)
        else:
            kept.append(c)
    corpus.candidates = kept
    return corpus
