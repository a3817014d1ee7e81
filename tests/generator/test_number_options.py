"""Kazakh number-word options that the words around the blank make absurd (read w19: "төрттен бес" offered for
"судың төрттен _____ бөлігі"); a multiplier's "бір" (rukk15) is tested in test_rukk15.py."""
from __future__ import annotations

from studyapp.generator.lang.kk_morph import NUMBER_WORDS
from studyapp.generator.lang.number_options import fraction_options
from studyapp.generator.model import Candidate


def _blank(prompt: str, answer: str, choices: list[str]) -> Candidate:
    return Candidate("multiple_choice", "fact", prompt, answer, "d", prompt.replace("_____", answer), 1,
                     choices=list(choices), template="cloze", language="kk")


def test_a_numerator_is_offered_only_below_its_denominator():
    found = _blank("Бос орынды толтырыңыз: «Көлге келетін судың төрттен _____ бөлігін өзен береді»", "үш",
                   ["бес", "үш", "алты", "екі"])
    fraction_options(found, NUMBER_WORDS)
    assert sorted(found.choices, key=NUMBER_WORDS.index) == ["бір", "екі", "үш"]


def test_a_tenth_keeps_four_options_and_a_count_is_left_alone():
    found = _blank("Бос орынды толтырыңыз: «Жердің оннан _____ бөлігін мұз басқан»", "бір", ["бір", "он", "екі", "үш"])
    fraction_options(found, NUMBER_WORDS)
    assert len(found.choices) == 4 and "он" not in found.choices and "бір" in found.choices
    count = _blank("Бос орынды толтырыңыз: «Мектептен _____ оқушы келді»", "бес", ["бес", "алты", "он", "екі"])
    fraction_options(count, NUMBER_WORDS)
    assert count.choices == ["бес", "алты", "он", "екі"]
