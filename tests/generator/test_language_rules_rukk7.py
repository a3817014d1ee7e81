"""Rules of round rukk7 (after pooling every ru/kk blind read by question form), each on hand-made texts: a word
opening a dialogue line is no name; a first name before its surname or patronymic is never the blank, whatever its
kind; a class or grade number is a designator, no figure; a bare list line or a lead line ending in a colon gets no
question; a year in a clause that describes a side noun is only a reserve; the author's opinion is keyed only in the
author's own voice."""
from __future__ import annotations

from language_support import answer_of, bank_of


INTERVIEW_KK = """Ауыл дәрігерімен сұхбат

Біз аудандық ауруханада жиырма жыл істеген дәрігер Нұрлан Есенұлымен сөйлестік.

— Сіздің күніңіз қалай басталады?

— Әр таңда жедел жәрдем бөлімінен хабар аламын. Кейін ауыл бойынша науқастарды аралаймын.

— Ең қиыны не?

— Қыс. Науқас күн таңдамайды. Боран кезінде жолдың бәрі жабылып қалады.

— Ол кезде қайтесіз?

Аудандық ауруханада үш жедел жәрдем көлігі бар. Ол қыста шанамен алмастырылады.

Әр ауылда фельдшерлік пункт жұмыс істейді, бірақ олардың көбінде тұрақты дәрігер жоқ.
Науқас балаларды емдеу үшін аудан орталығына апару керек.
"""


def test_a_word_opening_a_dialogue_line_is_no_name(tmp_path):
    bank = bank_of(tmp_path, INTERVIEW_KK, "kk-interview-doctor.txt")
    assert bank
    assert not [q for q in bank if answer_of(q) in ("Әр", "Науқас", "Қыс", "Ол")], [q["prompt"] for q in bank]


LIST_KK = """Мектептегі бақ

Көктемде мектеп оқушылары ауладағы бос жерге алма бағын отырғызды. Көшеттерді қалалық питомник берді.

Агроном топырақтың қышқылдығы жоғары екенін анықтады, сондықтан оған әк қосылды.

Алма ағашы алғашқы жемісін төрт жылдан кейін береді. Бақтағы ең биік ағаш — 1985 жылы отырғызылған терек.

Жазда кезекшілер ағаштарды аптасына екі рет суарады:
7-сынып — 3 шелек;
8-сынып — 5 шелек;
9-сынып — 6 шелек.

Күзде алғашқы жемістерді мектеп асханасына береді.
"""


def test_a_bare_list_line_or_a_lead_line_gets_no_question(tmp_path):
    bank = bank_of(tmp_path, LIST_KK, "kk-news-orchard.txt")
    assert bank
    for q in bank:
        assert "шелек" not in q["prompt"] and "суарады:" not in q["prompt"], q["prompt"]


NEWS_RU = """Школьный сад

Весной школьники посадили яблоневый сад на пустыре за стадионом. Саженцы привезли из питомника.

Идею предложила учительница биологии Марина Котова. По её словам, дети должны видеть, как растёт то, что они посадили сами.

Агроном Павел Игнатьев объяснил, что яблоне нужно от трёх до пяти лет, чтобы дать первые плоды.

— Мы не должны ждать, пока взрослые всё сделают за нас, — говорит восьмиклассница Вера.

Школе лучше заранее договориться о поливе на лето.
"""


def test_the_authors_opinion_is_keyed_only_in_the_authors_voice(tmp_path):
    bank = bank_of(tmp_path, NEWS_RU, "ru-news-school-garden.txt")
    stance = [q for q in bank if q["prompt"].startswith("Что это — факт")]
    authors = [q["prompt"] for q in stance if answer_of(q) == "мнение автора"]
    assert not [p for p in authors if "словам" in p or "объяснил" in p or "— Мы" in p], authors
    assert [p for p in authors if "Школе лучше" in p]  # the author's own evaluation is still asked