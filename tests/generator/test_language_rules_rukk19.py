"""Fourteenth session, Russian and Kazakh (read t13): a headline without a colon gives its names too, in any case
("Семейдегі мектепте …" gives "_____ қаласындағы" away). Hand-made texts; each test fails without its rule."""
from __future__ import annotations

from studyapp.generator import generate_bank

SEMEY = """Семейдегі мектепте ғылыми жобалар көрмесі өтті

Өткен аптада Семей қаласындағы № 12 мектепте оқушылардың ғылыми жобалар көрмесі өтті. Көрмеге облыстың он екі
мектебінен жобалар ұсынылды. Бас жүлдені Ертіс өзенінің суын тазартатын сүзгі жасаған Айдана Серікова алды. Екінші
орынды Курчатов қаласынан келген оқушылар күн батареясымен жұмыс істейтін жылыжай үшін иеленді.
"""

URALSK = """Экоклуб школы Уральска подвёл итоги года

Ученики школы № 21 города Уральска за учебный год собрали почти две тонны макулатуры. Экоклуб «Зелёный патруль»
купил саженцы клёна, которые высадили вдоль школьной ограды. Руководитель клуба Марина Орлова рассказала, что
в следующем году ребята хотят собирать пластик. Похожий клуб работает в Актобе с 2019 года.
"""


def _answers(tmp_path, name: str, text: str) -> list[str]:
    path = tmp_path / name
    path.write_text("\n\n".join(" ".join(p.split("\n")) for p in text.split("\n\n")), encoding="utf-8")
    return [str(q["answer"]) for q in generate_bank([path])["questions"]]


def test_a_kazakh_headline_gives_its_town_in_any_case(tmp_path):
    answers = _answers(tmp_path, "semey.txt", SEMEY)
    assert answers and not [a for a in answers if a.startswith("Семей")], answers


def test_a_russian_headline_gives_its_town(tmp_path):
    answers = _answers(tmp_path, "uralsk.txt", URALSK)
    assert answers and not [a for a in answers if a.startswith("Уральск")], answers
