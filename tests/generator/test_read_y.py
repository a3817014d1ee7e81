"""Rules from the ninth session's own reading (30 Nov 2026), each on a hand-made text."""
from __future__ import annotations

from studyapp.generator import generate_bank
from studyapp.generator.stages.quantities import typed_tolerance

HOMEWORK_KK = """Үй тапсырмасы демалыс күні керек пе?

Пікір. Автор – Меруерт Жақсыбекова, Павлодар қаласындағы мектептің биология пәні мұғалімі

Соңғы жылдары ата-аналар демалыс күндері берілетін үй тапсырмасы туралы жиі пікір айтады. Біреулер оны білімді бекітудің жолы деп санаса, енді біреулер баланың демалысын ұрлайды деп есептейді.
Менің ойымша, демалыс күні оқушыға кітап оқуға және отбасымен бірге болуға уақыт қалуы керек.
Өткен жылы біздің мектепте сенбі мен жексенбіге тапсырма берілмеді, ал оқушылардың бағасы төмендеген жоқ.
"""


def _source(tmp_path, text: str, name: str) -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    bank = generate_bank([path])
    return {"source": bank["sources"][0], "prompts": [q["prompt"] for q in bank["questions"]]}


def test_a_question_on_the_first_line_is_the_title_and_the_labelled_byline_is_not_asked(tmp_path):
    got = _source(tmp_path, HOMEWORK_KK, "kk-homework.txt")
    assert got["source"]["title"] == "Үй тапсырмасы демалыс күні керек пе?"
    assert got["source"]["author"] == "Меруерт Жақсыбекова"
    assert got["prompts"]
    assert not [p for p in got["prompts"] if "Автор" in p or "Жақсыбекова" in p], got["prompts"]



def test_a_typed_decimal_is_exact_and_a_large_count_allows_one_per_cent():
    assert typed_tolerance(0.5, 1) == 0.0
    assert typed_tolerance(12.75, 2) == 0.0
    assert typed_tolerance(340, 0) == 0.0
    assert typed_tolerance(2_724_900, 0) == 27249.0
