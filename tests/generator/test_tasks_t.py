"""Read t (tenth session): a worksheet's tasks, whose numbers the cleaner takes off, are no facts to recall. A word
problem ending on its question or an instruction to the pupil is set aside, in Kazakh and Russian alike."""
from __future__ import annotations

from studyapp.generator import generate_bank
from studyapp.generator.lang.furniture import task

KK = """Жұмыс парағы: Жылдамдық есептері

Еске түсірейік

Жылдамдық – дененің бірлік уақытта жүрген жолы. Жылдамдықты табу үшін жолды уақытқа бөлеміз.

І бөлім

1. Велосипедші 2 сағатта 36 км жол жүрді. Оның жылдамдығы қандай?

2. Пойыз 80 км/сағ жылдамдықпен 3 сағат жүрді. Пойыз қанша жол жүрді?

3. Есептеңдер: а) 120 км жолды 40 км/сағ жылдамдықпен; ә) 250 м жолды 5 м/с жылдамдықпен.
"""

RU = """Рабочий лист: задачи на скорость

Повторим

Скорость – это путь, пройденный телом за единицу времени.

1. Автобус проехал 150 км за 3 часа. С какой скоростью он ехал?

2. Найдите время, за которое пешеход со скоростью 5 км/ч пройдёт 20 км.
"""


def test_a_word_problem_or_an_instruction_is_a_task():
    assert task("Велосипедші 2 сағатта 36 км жол жүрді. Оның жылдамдығы қандай?")
    assert task("Есептеңдер: а) 120 км жолды 40 км/сағ жылдамдықпен.")
    assert task("Найдите время, за которое пешеход пройдёт 20 км.")
    assert not task("Жылдамдық – дененің бірлік уақытта жүрген жолы.")
    assert not task("Об этом рассказали на сайте школы 12 мая.")


def test_no_question_asks_a_task_s_data(tmp_path):
    for name, text in (("kk.txt", KK), ("ru.txt", RU)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        answers = [str(q["answer"]) for q in generate_bank([path])["questions"]]
        assert not {"36", "80", "3", "120", "250", "150", "20", "5"} & set(answers), (name, answers)
