"""Rules of round rukk13 (read z2: Kazakh and Russian stems that do not stand alone, and sentences on how the text
was made), each on hand-made sentences: a pointer back to a time or a place ("осы уақыт ішінде", "дәл осы жерде",
"за это время", "именно здесь") leans on the sentence before, even after a lead-in; a sentence telling who
interviewed whom or who processed a survey's results is no content to ask."""
from __future__ import annotations

from language_support import bank_of

from studyapp.generator.lang import common, furniture, language_module


def test_a_pointer_back_to_a_time_or_place_leans_on_the_sentence_before():
    kk = language_module("kk", "cyrl")
    assert common.leans("Ұйымдастырушылардың айтуынша, осы уақыт ішінде 900-ден астам ағаш отырғызылды.", kk)
    assert common.leans("Аңыз бойынша ерте заманда дәл осы жерде батырлар жиналған.", kk)
    assert not common.leans("Ағаштар көктемде қала саябағында отырғызылды.", kk)
    ru = language_module("ru", "cyrl")
    assert common.leans("По словам учителей, за это время ученики посадили больше 900 деревьев.", ru)
    assert common.leans("Считается, что именно здесь впервые выплавили медь.", ru)
    assert not common.leans("Ученики посадили больше 900 деревьев в городском парке.", ru)


def test_who_interviewed_whom_or_processed_a_survey_is_no_content():
    assert furniture.making_of("Наши корреспонденты, ученицы 9 класса, поговорили с геологом Иваном Петровым, "
                               "который много лет работал в экспедициях на Алтае.")
    assert furniture.making_of("Результаты обработали учителя под руководством завуча Марины Олеговны Сидоровой.")
    assert furniture.making_of("Сауалнама нәтижелерін оқушылар кеңесі мектеп психологымен бірге өңдеді.")
    assert furniture.making_of("Біздің тілшіміз белгілі өлкетанушы Марат Омаровпен сұхбаттасты.")
    assert not furniture.making_of("Геологи нашли на Алтае залежи меди и олова.")
    assert not furniture.making_of("Результаты опроса показали, что 62 % учеников занимаются спортом.")


def test_a_bank_asks_neither_the_interviewer_nor_the_processing(tmp_path):
    text = ("Опрос учеников о чтении\n\n"
            "В опросе приняли участие 420 учеников седьмых–одиннадцатых классов нашей школы. "
            "Результаты обработали члены совета под руководством психолога Марины Олеговны Сидоровой. "
            "Больше всего ученики читают фантастику: её назвали 46 % опрошенных. "
            "Реже всего выбирают поэзию, её назвали только 8 % учеников.\n")
    prompts = [q["prompt"] for q in bank_of(tmp_path, text)]
    assert not any("обработали" in p for p in prompts), prompts
