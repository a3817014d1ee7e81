"""Fourteenth session, Russian and Kazakh (read t13): a headline without a colon gives its names too, in any case
("Семейдегі мектепте …" gives "_____ қаласындағы" away). Hand-made texts; each test fails without its rule."""
from __future__ import annotations

from parse_support import bank_answers

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



def test_a_kazakh_headline_gives_its_town_in_any_case(tmp_path):
    answers = bank_answers(tmp_path, "semey.txt", SEMEY)
    assert answers and not [a for a in answers if a.startswith("Семей")], answers


def test_a_russian_headline_gives_its_town(tmp_path):
    answers = bank_answers(tmp_path, "uralsk.txt", URALSK)
    assert answers and not [a for a in answers if a.startswith("Уральск")], answers


def test_half_of_a_compound_numeral_with_its_ending_is_no_blank():
    """"жиырма бес оқушының _____ тоғызы": the blank split "он тоғызы" (nineteen), its options read as nonsense."""
    from types import SimpleNamespace

    from studyapp.generator.lang.salience import number_word_never

    text = "Ай соңында жиырма бес оқушының он тоғызы бұл уақыттың сақталғанын қалайтынын айтты."
    at = text.index("он тоғызы")
    assert number_word_never(text, at, at + 2, SimpleNamespace(code="kk"))
    plain = "Сыныпта он оқушы бар."
    assert not number_word_never(plain, plain.index("он"), plain.index("он") + 2, SimpleNamespace(code="kk"))


def test_a_constant_after_the_approximately_equal_sign_is_an_estimate():
    """"g ≈ _____ Н/кг": a rounded constant in its unit, which every pupil knows (read t13 dropped it)."""
    from studyapp.generator.lang.weak import approximate

    text = "Мұндағы g ≈ 9,8 Н/кг, ал ρ — сұйықтың тығыздығы."
    at = text.index("9,8")
    assert approximate(text, at, at + 3, text)
    exact = "Атмосфералық қысым 760 мм сынап бағанасына тең."
    assert not approximate(exact, exact.index("760"), exact.index("760") + 3, exact)


def test_the_rest_of_a_name_after_its_particle_is_no_blank():
    from studyapp.generator.lang.weak import refused

    text = "В XVII веке фламандский учёный Ян ван Гельмонт посадил в кадку ивовую ветку."
    at = text.index("Гельмонт")
    assert refused(text, at, at + len("Гельмонт"), "ru")
    assert not refused(text, text.index("ивовую"), text.index("ивовую") + 6, "ru")


def test_the_number_of_an_experiment_is_a_designator():
    """"Используя результаты опыта _____ для нити …": which experiment, not a quantity (seen once "≈ _____" went)."""
    from studyapp.generator.lang.salience import DESIGNATOR

    assert DESIGNATOR.search("Используя результаты опыта ")
    assert DESIGNATOR.search("для нити длиной ") is None
    assert DESIGNATOR.search("Сегодня в таблице ") is None  # "в таблице 118 элементов" counts the elements
