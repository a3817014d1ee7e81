"""Sixteenth ru/kk round (after read s): no figure gap on a designator (школа № 27) or a number the sentence
computes, a count of people only as a reserve (`salience.figure_tier`), days of a month offered as real days (`side_details.month_days`), no gap on a private
person or half a name (`salience.private`), and a sentence that refers back inside its first clause quoted with
its antecedent or not alone (`common.REFERS_BACK`). Texts written for these tests (new subjects and genres)."""
from __future__ import annotations

import re

from language_support import answer_of, bank_of

from studyapp.generator.lang import blanks, common, point, salience, side_details
from studyapp.generator.lang.kk import kazakh
from studyapp.generator.lang.ru import RUSSIAN

KAZAKH = kazakh()

BEES = (
    "Пчёлы и опыление\n\n"
    "Пчёлы переносят пыльцу с цветка на цветок, и так растения дают плоды и семена. "
    "Без опыления пчёлами урожай яблок падает почти вдвое. "
    "Пчёлы находят цветы по запаху и по цвету лепестков. "
    "Опыление — это перенос пыльцы с тычинок на пестик.\n\n"
    "В школе № 27 работает кружок юных пчеловодов. "
    "Прошлой весной в кружок записались 14 учеников. "
    "Руководит кружком учитель биологии Ерболат Нургалиев. "
    "Ученица 8 класса Дана Оспанова построила для пчёл домик из глины.\n")
CAVE = (
    "Үңгірдегі сталактиттер\n\n"
    "Сталактиттер үңгірдің төбесінен тамған судан пайда болады. "
    "Судың құрамындағы әк тамшы кепкенде төбеде қалады. "
    "Сталактит жылына бір миллиметрдей ғана өседі. "
    "Сталагмиттер еденде өседі, ал сталактиттер төбеде өседі.\n\n"
    "Үңгірге биыл 23 оқушы барды. "
    "Саяхатты 7-сынып оқушысы Әлия Бекова ұйымдастырды. "
    "Оқушылармен мұғалім Серік Жанұзақов бірге жүрді.\n")


def keys(questions):
    return [answer_of(q) for q in questions]


def test_figure_tiers_by_the_figures_role():
    stats = blanks.DocStats()
    never = [("В школе № 27 работает кружок.", "27", RUSSIAN), ("Счёт матча 25:22 в пользу гостей.", "25", RUSSIAN),
             ("Из 2 400 саженцев прижились 75 %, то есть 1 800 деревьев.", "1 800", RUSSIAN)]
    for text, number, lang in never:
        at = text.index(number)
        assert salience.figure_tier(text, at, at + len(number), stats, lang) == blanks.NEVER, text
    for text, number, lang in [("В кружок записались 14 учеников.", "14", RUSSIAN), ("Жобада 12 оқушы жұмыс істеді.", "12", KAZAKH)]:
        at = text.index(number)  # a count of people: a reserve only (with "қатысты" never: rukk10)
        assert salience.figure_tier(text, at, at + len(number), stats, lang) == blanks.USUAL, text
    for text, number, lang in [("Озеро замерзает на 120 дней в году.", "120", RUSSIAN),
                               ("Олардың саны 200 мың адамға жетті.", "200", KAZAKH)]:  # a population stays
        at = text.index(number)
        assert salience.figure_tier(text, at, at + len(number), stats, lang) == blanks.SPECIFIC, text


def test_a_count_of_people_weighs_nothing_so_it_is_only_a_reserve():
    assert not point.weighs("number", blanks.USUAL, False, 0) and point.weighs("number", blanks.AVOID, False, 0)
    assert salience.figure_tier("Озеро покрыто льдом 120 дней.", 20, 23, blanks.DocStats(), RUSSIAN) == blanks.SPECIFIC


def test_no_school_number_in_a_bank(tmp_path):
    ru = bank_of(tmp_path, BEES, "bees.txt")
    assert "27" not in keys(ru), ru


def test_a_day_of_a_month_is_offered_only_as_a_day_it_has():
    assert side_details.month_days(" февраля") == 29 and side_details.month_days(" сәуірде") == 30
    assert side_details.month_days(" мая") == 31 and side_details.month_days(" маяка") == float("inf")
    options = side_details.bounded(["32", "31", "28", "20"], "30", " апреля 2019 года")
    assert all(int(o) <= 30 for o in options) and len(options) >= 3


def test_no_gap_on_a_private_person_or_half_a_name(tmp_path):
    def private(text, name):
        at = text.index(name)
        return salience.private(text, at, at + len(name), "person")
    assert private("Кружком руководит учитель биологии Ерболат Нургалиев.", "Ерболат Нургалиев")
    assert private("Саяхатты 7-сынып оқушысы Әлия Бекова ұйымдастырды.", "Әлия Бекова")
    assert private("Дана Оспанова, ученица 8 класса, построила домик.", "Дана Оспанова")
    assert private("Мы побеседовали с Ириной Гордеевой о пчёлах.", "Ириной Гордеевой")
    assert private("Домик построила Дана Оспанова.", "Дана")  # a first name, its surname beside it
    assert not private("Поэт Абай Құнанбайұлы перевёл Пушкина.", "Абай Құнанбайұлы")
    assert not private("Абай Семейге барды.", "Абай")
    assert not private("Президент Токаев выступил с речью.", "Токаев")
    people = ("Ерболат Нургалиев", "Ерболат", "Нургалиев", "Дана Оспанова", "Оспанова", "Әлия Бекова", "Бекова",
              "Серік Жанұзақов", "Жанұзақов")
    for name, text in (("bees.txt", BEES), ("cave.txt", CAVE)):
        asked = [q for q in bank_of(tmp_path, text, name) if re.sub(r"ым$|ой$|ға$", "", answer_of(q)) in people]
        assert not asked, asked


def test_a_reference_back_in_the_first_clause_leans_on_the_sentence_before():
    for text in ("Войска выступили против него весной.", "В память об этих событиях поставили камень.",
                 "Ауыл осы қорғанды 1750 жылы салды.", "Учёные знали об этой проблеме давно."):
        assert common.leans(text, RUSSIAN if re.search("[ыэё]", text) else KAZAKH), text
    for text in ("В этом году школа открылась.", "Осы жылы мектеп ашылды.",
                 "Пока стрела летит, на неё действует сила.", "Братья поссорились, и каждый из них ушёл."):
        assert not common.leans(text, RUSSIAN if re.search("[ыэё]", text) else KAZAKH), text


def test_a_sentence_that_refers_back_is_quoted_with_its_antecedent(tmp_path):
    text = ("Крепость на холме\n\nВ 1716 году на холме над рекой построили деревянную крепость Кызыл-Тас. "
            "Против неё кочевники Жетысу выступили 3 раза за 10 лет.\n\n"
            "Против неё в 1741 году выступил отряд джунгар из долины Или. "
            "Позже крепость стала торговым городом.\n")
    quotes = [q["source"]["quote"] for q in bank_of(tmp_path, text, "fort.txt")]
    assert not [q for q in quotes if q.startswith("Против неё")], quotes  # alone it says nothing of what it means
    assert any("Кызыл-Тас. Против неё" in q for q in quotes), quotes  # … with the sentence before it, it does
