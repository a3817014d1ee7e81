"""Rules of round rukk11 (read x: Russian and Kazakh readers dropped most figures blanked from incidental sentences
and glossary items whose options gave the answer away by grammar), each on hand-made texts: a figure the title
writes is never asked; a document asks for figures in at most its share of questions, keeping the ones its text
leans on (a first, a share); wrong years are the text's own; a "Кто такая …?" offers descriptions of its gender
only; a glossary term is asked once."""
from __future__ import annotations

import re

from language_support import answer_of, bank_of

from studyapp.generator.lang import blanks, figure_share, ru_ideas

BIOGRAPHY = """Пётр Сергеевич Громов (1841–1912)

Пётр Громов родился в 1841 году в Казани в семье учителя. В 1852 году семья переехала в Москву. Там мальчик учился в гимназии и много читал. В 1859 году он поступил в университет на физико-математический факультет. Учёба давалась ему легко, и в 1864 году он окончил университет с золотой медалью.

В 1866 году Громов уехал на стажировку в Гейдельберг. Вернувшись, он преподавал в Петербурге. В 1871 году он построил первый в России сейсмограф — прибор для записи подземных толчков. Сейсмограф Громова работал точнее приборов его времени. В 1880 году он женился на дочери профессора Лебедева.

В 1887 году он издал учебник по физике Земли. В 1895 году Громов возглавил обсерваторию в Пулкове. Умер учёный в 1912 году в Петербурге.
"""


def _figures(questions: list[dict]) -> list[str]:
    return [answer_of(q) for q in questions if re.fullmatch(r"[\d\s\u00a0,]+", answer_of(q))]


def test_a_figure_the_title_writes_is_never_asked(tmp_path):
    keys = _figures(bank_of(tmp_path, BIOGRAPHY))
    assert "1841" not in keys and "1912" not in keys, keys  # "(1841–1912)" under the name gives them


def test_a_document_asks_figures_in_its_share_of_questions_never_a_side_step(tmp_path):
    questions = bank_of(tmp_path, BIOGRAPHY)
    keys = _figures(questions)
    assert len(keys) <= max(figure_share.MIN_FIGURES, -(-len(questions) * 2 // 5)), (keys, len(questions))
    assert not {"1859", "1864", "1880"} & set(keys), keys  # "в _____ году он окончил": one more step of his life


def test_kazakh_side_figures_leave_the_share_to_others(tmp_path):
    text = ("Мектептегі шахмат турнирі\n\nӨткен сенбіде қаламыздағы № 4 мектепте шахмат турнирі өтті. "
            "Турнирге 14 мектептен оқушылар келді. Әр ойыншыға партияға 15 минут берілді. Ойындар жеті турда өтті. "
            "Жеңімпаз алты ұпай жинады. Екінші орынға бес ұпаймен Данияр шықты. Жүлдегерлерге 30 кітап сыйланды. "
            "Турнир 9 сағатқа созылды. Жүлде қоры 2,5 миллион теңге болды. Келесі турнир 12 наурызда өтеді.\n")
    questions = bank_of(tmp_path, text)
    assert not [q for q in questions if answer_of(q).lower() in ("теңге", "миллион")]  # not the dropped figure's unit
    figures = [q for q in questions if re.fullmatch(r"[\d\s,]+|жеті|алты|бес", answer_of(q))]
    assert len(figures) <= max(figure_share.MIN_FIGURES, -(-len(questions) * 2 // 5)), [answer_of(q) for q in questions]


def test_wrong_years_are_the_texts_own_years_first():
    others = [1834.0, 1847.0, 1850.0, 1855.0, 1869.0, 1893.0]
    wrong = blanks.nearby(1855.0, "1855", 7, others, year=True)
    assert set(wrong[:3]) == {1850.0, 1847.0, 1869.0}, wrong


GLOSSARY = """Повесть о барском доме: путеводитель

В повести рассказывается о жизни большого барского дома в Москве. Слуги боятся гнева хозяйки и исполняют любые её прихоти.

Хозяйка — капризная, скучающая старуха. Она никого не любит и распоряжается судьбами людей, как вещами. Её слово — закон для всей многочисленной дворни.

Словарик

Дворецкий — старший слуга, управлявший хозяйством дома.
Бобыль — одинокий, бессемейный крестьянин.
Кучер — работник, который правил лошадьми.
Дворня — крепостные слуги, жившие при господском доме.
"""


def test_a_who_is_question_offers_descriptions_of_its_gender_only(tmp_path):
    gender = {"такой": "masc", "такая": "femn", "такие": "plur"}
    asked = [(re.match(r"Кто (такой|такая|такие) ", q["prompt"]), q) for q in bank_of(tmp_path, GLOSSARY)]
    assert sum(bool(m) for m, _ in asked) >= 2, asked  # the masculine ones have options enough
    for m, q in asked:
        if m:
            assert all(ru_ideas.animate(c) == gender[m.group(1)] for c in q["choices"]), (q["prompt"], q["choices"])


def test_a_glossary_term_is_asked_once(tmp_path):
    keys = [q["prompt"] + " " + answer_of(q) for q in bank_of(tmp_path, GLOSSARY)]
    assert sum(bool(re.search(r"(?i)дворн", k)) for k in keys) == 1, keys  # by its definition, not by "_____ дворни"


def test_the_institution_a_number_designates_is_no_blank():
    from studyapp.generator.lang.kk import kazakh
    from studyapp.generator.lang.side_details import refused

    for text, word in (("Үшінші орын – Илья Ким (№ 12 лицей).", "лицей"),
                       ("Елордадағы № 74 мектеп-лицейдің оқушылары құс санағына қатысты.", "мектеп-лицейдің")):
        at = text.index(word)
        assert refused(text, at, at + len(word), kazakh()), text
    text = "Оқушылар лицейде робот құрастырды."
    assert not refused(text, text.index("лицейде"), text.index("лицейде") + 7, kazakh())


def test_a_cause_pointed_back_to_by_iz_za_etogo_or_sonyn_saldarynan_is_asked_why():
    from studyapp.generator.lang import kk_ideas

    found = ru_ideas.cause("Снега в горах выпало мало, и из-за этого река летом сильно обмелела.")
    assert found is not None and found.ask == "Почему река летом сильно обмелела?", found
    found = ru_ideas.cause("Благодаря этому урожай пшеницы вырос вдвое.", "Фермеры стали поливать поля по ночам.")
    assert found is not None and found.cause.startswith("Фермеры стали поливать"), found
    found = kk_ideas.cause("Өзенге бөгет салынды, соның салдарынан көлге келетін су азайды.")
    assert found is not None and found.ask.startswith("Неліктен") and "көлге келетін су азайды" in found.ask, found
