"""One name is the key of two questions of a document at most, in any of its case forms (read w17 dropped a third
blank on Маша, written Маши, Машу and Маша, and a third on Бельгия)."""
from __future__ import annotations

from studyapp.generator.lang import language_module
from studyapp.generator.lang.generate import asked_once
from studyapp.generator.model import Candidate

SENTENCES = ["Офицер Швабрин получил отказ Маши.", "Гринёв вызволяет осиротевшую Машу из крепости.",
             "Маша едет в Царское Село просить императрицу.", "Императрица прощает Гринёва."]


def _blank(sentence: str, word: str, doc: str = "d1", kind: str = "name") -> Candidate:
    return Candidate("cloze", "fact", "Вставьте пропущенное слово: «" + sentence.replace(word, "_____") + "»", word,
                     doc, sentence, 1, answer_kind=kind, template="cloze", language="ru")


def test_a_third_blank_on_one_name_in_another_case_is_not_asked_and_the_subject_is_kept():
    chosen = [_blank(SENTENCES[0], "Маши"), _blank(SENTENCES[1], "Машу"), _blank(SENTENCES[2], "Маша"),
              _blank(SENTENCES[3], "Императрица", kind="word")]
    kept = [str(c.answer) for c, _ in asked_once(chosen, {"d1": language_module("ru")})]
    assert kept == ["Маши", "Маша", "Императрица"]  # the name as the subject ("Маша едет …") before an object


def test_the_limit_is_per_document():
    chosen = [_blank(SENTENCES[0], "Маши"), _blank(SENTENCES[1], "Машу"), _blank(SENTENCES[2], "Маша", doc="d2")]
    kept = asked_once(chosen, {"d1": language_module("ru"), "d2": language_module("ru")})
    assert len(kept) == 3


def test_a_kazakh_name_with_its_case_endings_is_one_key():
    words = ["Ердоғанның", "Ердоғанға", "Ердоған"]
    chosen = [Candidate("cloze", "fact", f"Бос орынды толтырыңыз: «{i} _____ сөзі»", w, "d1", f"{i} {w} сөзі", 1,
                        answer_kind="name", template="cloze", language="kk") for i, w in enumerate(words)]
    assert len(asked_once(chosen, {"d1": language_module("kk")})) == 2

