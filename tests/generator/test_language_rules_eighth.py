"""Rules of the eighth ru/kk round (after the 2026-11-30g blind read), each on hand-made sentences: no blank after a
pointing pronoun or on a role after its adjective; Kazakh pronouns and linking words are no terms; Kazakh options
only in forms the document writes, for nouns; countries and cities never mixed in options; no role as a who-said
answer; decades for a decade; a word written twice is no blank; Kazakh "Солардың" and a quoted clause in lower case
lean on the sentence before."""
from __future__ import annotations

import re

from language_support import answer_of, bank_of, LANGS

from studyapp.generator import generate_bank
from studyapp.generator.lang import blanks
from studyapp.generator.lang.common import leans
from studyapp.generator.lang.forms import Pools
from studyapp.generator.lang.kinds import COUNTRY
from studyapp.generator.lang.kk import determiner as kk_determiner, kazakh, term_form as kk_term
from studyapp.generator.lang.ru import RUSSIAN, determiner as ru_determiner


def test_a_pointing_pronoun_or_an_adjective_before_a_role_frames_the_noun():
    assert ru_determiner("своей", "репутации") and ru_determiner("наши", "предупреждения")
    assert ru_determiner("турецкого", "лидера") and ru_determiner("29-летнего", "гражданина")
    assert not ru_determiner("монгольскую", "аристократию")  # a thing, not a person's role: still a blank
    assert not ru_determiner("как", "покровитель")
    assert kk_determiner("бұл", "кітапты") and kk_determiner("мұндай", "несиелер") and not kk_determiner("жаңа", "үй")


def test_no_blank_on_the_noun_a_pronoun_points_at():
    text = "Купец Рахим нанёс большой вред своей торговле тем, что поднял цены на соль и хлопок."
    at = text.index("торговле")
    assert blanks.framing(text, at, at + len("торговле"), RUSSIAN)
    at = text.index("хлопок")
    assert not blanks.framing(text, at, at + len("хлопок"), RUSSIAN)
    text = "Жас оқырманға бұл кітап ауыр тиюі мүмкін, бірақ оқиғалары қызық."
    at = text.index("кітап")
    assert blanks.framing(text, at, at + len("кітап"), kazakh())


def test_kazakh_pronouns_and_linking_words_are_no_terms():
    assert kk_term("мұндай") == "" and kk_term("атты") == "" and kk_term("екенін") == ""
    assert kk_term("кітаптарды")  # a content word still is one


def test_kazakh_options_are_forms_the_document_writes():
    kk = kazakh()
    pools = Pools({}, {}, [], written={"мектепке", "мектептің", "кітапханаға", "кітапхананың", "ескі", "ауыр",
                                       "оқиға", "оқиғаның", "жылға", "жылдары"})
    assert pools.attested("мектепке", kk, "кітапханаға", "кітапхана", "мектеп") == "мектепке"
    assert pools.attested("ескіге", kk, "кітапханаға", "кітапхана", "ескі") is None  # a form nobody wrote
    assert pools.attested("ауыр", kk, "ескі", "ескі", "ауыр") is None  # adjectives fit each other's slots
    assert pools.attested("жылға", kk, "оқиға", "оқи", "жыл") is None  # "оқиға" is no dative of "оқи"
    assert pools.attested("Томской", RUSSIAN, "Улытауской", "Улытауска", "Томск") == "Томской"  # Russian: as made
    bank = generate_bank([LANGS / "kk-review-koshpendiler.txt"])["questions"]
    written = {w.lower() for w in re.findall(r"\w+", (LANGS / "kk-review-koshpendiler.txt").read_text("utf-8"))}
    for q in bank:
        if q["type"] == "multiple_choice" and q["prompt"].startswith("Бос орын") and answer_of(q)[:1].islower():
            assert all(c.lower() in written for c in q["choices"] if not c[:1].isdigit()), q


def test_a_city_is_not_offered_among_countries(tmp_path):
    assert COUNTRY.search("Казахстан") and COUNTRY.search("Бельгия") and COUNTRY.search("Нидерланды")
    assert not COUNTRY.search("Павлодар") and not COUNTRY.search("Ташкент") and not COUNTRY.search("Анкара")
    text = ("Турнир по шахматам\n\nВ турнире играли шахматисты из Казахстана, Узбекистана и Кыргызстана. "
            "Первый тур прошёл в Ташкенте, второй — в Бишкеке. Лучшим игроком стал школьник из Павлодара Арман "
            "Сеитов. Команда Казахстана заняла первое место, команда Узбекистана — второе. Финал сыграли в "
            "Ташкенте при полном зале. Шахматист из Караганды Болат Оспанов выиграл партию у гостя из "
            "Кыргызстана. Следующий турнир пройдёт в Алматы.\n")
    countries = {"Казахстана", "Узбекистана", "Кыргызстана", "Казахстан", "Узбекистан", "Кыргызстан"}
    for q in bank_of(tmp_path, text):
        choices = set(q.get("choices") or [])
        if q["type"] == "multiple_choice" and choices & countries:
            assert choices <= countries | {c for c in choices if COUNTRY.search(c)}, q


def test_a_role_is_no_who_said_answer(tmp_path):
    text = ("Финал\n\nТренер заявил, что команда готова к финалу в Астане. Капитан Дана Ильясова заявила, что "
            "зал был полон. Врач Марат Оспанов заявил, что все игроки здоровы. Директор клуба Ерлан Касенов "
            "заявил, что билеты раскупили за день.\n")
    asked = [q for q in bank_of(tmp_path, text) if q["prompt"].startswith("Кто ")]
    assert asked and all(answer_of(q) != "Тренер" for q in asked), asked


def test_a_decade_gets_decades():
    options = blanks.decades("1970", " жылдары кітап көп оқылды", ["1969", "1962", "1974"], 5)
    assert len(options) >= 3 and all(int(o) % 10 == 0 and o != "1970" for o in options), options
    assert blanks.decades("1970", "-е годы", [], 2) and all(int(o) % 10 == 0 for o in blanks.decades("1970", "-е годы", [], 2))
    assert blanks.decades("1975", " жылдары", ["1974"], 1) == ["1974"]  # not a decade: unchanged
    assert blanks.decades("1970", " жылы", ["1969"], 1) == ["1969"]  # one year, not the decade


def test_a_word_written_twice_in_its_sentence_is_no_blank(tmp_path):
    text = ("Су электр станциясы\n\nТурбина превращает энергию воды в энергию тока. Станцию построили на горной "
            "реке в 1970 году. Плотина подняла уровень воды на сорок метров. Инженеры проверяют турбины каждую "
            "весну.\n")
    assert not [q for q in bank_of(tmp_path, text) if answer_of(q) == "энергию"]


def test_a_kazakh_pronoun_of_many_and_a_quoted_lowercase_clause_lean_on_what_comes_before():
    kk = kazakh()
    assert leans("Солардың арқасында 2 100 жаңа жұмыс орны ашылды.", kk)
    assert leans("Бұның нәтижесінде өзен тазарды.", kk)
    assert not leans("Сәуле Жұмабаева мектепте сабақ береді.", kk)
    assert leans("«несмотря на наши предупреждения о том, что этот человек опасен»", RUSSIAN)
    assert not leans("«Мы готовы к финалу», — сказал тренер.", RUSSIAN)
