"""A fact/opinion item on a sentence that opens on the writer's own view shows the view without that cue ("Я
считаю, что …" → «…обязательные пиджаки не решат …»), so the key is not read off the stem (reads w16, w17, w19);
someone else's view keeps its holder ("Critics say …"); the cited sentence stays whole. Through the real pipeline on
three short columns written for this test (en, ru, kk)."""
from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.generator import generate_bank
from studyapp.generator.lang.cue_cut import cut

DATA = Path(__file__).parent / "data" / "cue_cut"


def _stances(name: str) -> list[str]:
    bank = generate_bank([DATA / name])
    return [q for q in bank["questions"] if q["kind"] == "perspective" and len(q["choices"]) == 3]


@pytest.mark.parametrize("name, shown, cue, key", [
    ("ru-col.txt", "«…обязательные пиджаки не решат ни одной из этих задач»", "Я считаю", "мнение автора"),
    ("kk-col.txt", "«…үй тапсырмасын толық алып тастау қате болады", "Менің ойымша", "автордың пікірі"),
])
def test_the_writers_view_is_shown_without_the_cue_that_tells_its_key(name, shown, cue, key):
    found = [q for q in _stances(name) if shown in q["prompt"]]
    assert found, [q["prompt"] for q in _stances(name)]
    q = found[0]
    assert cue not in q["prompt"] and q["answer"] == key
    assert q["source"]["quote"].startswith(cue)  # the evidence is the whole sentence, cue and all


@pytest.mark.parametrize("name, whole", [
    ("en-oped.txt", "“Critics say that a night bus would run almost empty and waste public money.”"),
    ("ru-col.txt", "«Многие родители считают, что форма избавит детей от соревнования в дорогой одежде»"),
    ("kk-col.txt", "«Психологтардың пікірінше, оқушыға күніне кемінде бір сағат еркін уақыт қажет"),
])
def test_someone_elses_view_keeps_its_holder(name, whole):
    assert any(whole in q["prompt"] for q in _stances(name)), [q["prompt"] for q in _stances(name)]


@pytest.mark.parametrize("text, code, rest", [
    ("I firmly believe that every town of this size needs a night bus.", "en", "every town of this size needs a night bus."),
    ("In my view, the trial should last at least six months.", "en", "the trial should last at least six months."),
    ("I believe our school should move the start of the day.", "en", ""),  # still the writer's voice
    ("I think they are wrong about the cost.", "en", ""),  # the rest leans on the cut part
    ("Я уверена, что начинать уроки подросткам нужно позже.", "ru", "начинать уроки подросткам нужно позже."),
    ("Мне кажется, так лучше.", "ru", ""),  # too short to judge
])
def test_the_cut(text, code, rest):
    assert cut(text, code) == rest
