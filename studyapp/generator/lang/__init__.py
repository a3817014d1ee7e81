"""Documents in Russian and Kazakh: the stage that sets each document's language and holds the non-English ones
back from the English stages, and the stage that asks about them in their own language.

The English stages (analyse … select) see only English documents; `other_languages` runs last and adds the
questions of the held documents, made by the language-neutral core (common.py) with a language module
(ru.py, kk.py). The documents go back in their reading order, so the bank lists every source.
"""
from __future__ import annotations

from studyapp.generator.lang.common import Language
from studyapp.generator.lang.detect import LANGUAGES, detect_language
from studyapp.generator.model import Corpus
from studyapp.generator.pipeline import stage

__all__ = ["LANGUAGES", "detect_language", "language_module"]


def language_module(code: str, script: str = "cyrl") -> Language | None:
    """The Language for a code (None for English, which the main stages handle)."""
    if code == "ru":
        from studyapp.generator.lang.ru import RUSSIAN

        return RUSSIAN
    if code == "kk":
        from studyapp.generator.lang.kk import kazakh

        return kazakh(script)
    return None


@stage("languages", requires=["paragraphs"], provides=["languages"])
def languages_stage(corpus: Corpus) -> Corpus:
    """Detect each document's language (or take the one the teacher gave); hold back the Russian and Kazakh ones
    from the English stages."""
    order = [d.id for d in corpus.docs]
    for doc in corpus.docs:
        doc.language = corpus.language or detect_language(doc.text)
    corpus.held = [d for d in corpus.docs if d.language != "en"]
    corpus.docs = [d for d in corpus.docs if d.language == "en"]
    corpus.hints_order = order
    return corpus


@stage("other_languages", requires=["languages", "questions"], provides=["other_questions"])
def other_languages_stage(corpus: Corpus) -> Corpus:
    """Questions for the held documents, each in its own language; every document back in reading order."""
    from studyapp.generator.lang.generate import questions_for

    for code in sorted({d.language for d in corpus.held}):
        docs = [d for d in corpus.held if d.language == code]
        questions, cards = questions_for(docs, code)
        corpus.questions.extend(questions)
        corpus.flashcards.extend(cards)
    order = {doc_id: i for i, doc_id in enumerate(corpus.hints_order)}
    corpus.docs = sorted([*corpus.docs, *corpus.held], key=lambda d: order[d.id])
    corpus.held = []
    return corpus
