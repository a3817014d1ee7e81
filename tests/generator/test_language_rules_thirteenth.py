"""Thirteenth round (precision gate, `lang/salience.py`): a gap-fill only on a salient word, on our own texts."""
from studyapp.generator.lang import blanks, salience

from tests.generator.test_language_rules_ninth import asked, bank_of  # noqa: F401


def answers(questions):
    return [str(q["answer"]) for q in questions if q["type"] in ("cloze", "multiple_choice")]


def test_a_usual_word_written_once_is_no_blank_in_a_long_enough_text(tmp_path):
    text = ("Школьная теплица\n\nВ нашей школе построили теплицу для уроков биологии. Теплицу построили ученики "
            "девятого класса вместе с учителем Маратом Сейткали. В теплице растут томаты, огурцы и перец. "
            "Каждое утро дежурный открывает форточку. Марат Сейткали считает, что теплица учит детей терпению. "
            "В 2025 году теплица дала 40 килограммов томатов. Томаты отдали в школьную столовую.\n")
    questions = bank_of(tmp_path, text)
    assert "столовую" not in answers(questions), questions  # written once, any pupil completes "школьную _____"
    # read s (2026-11-29s) dropped every gap on a private person (a teacher named with his role): no longer a blank
    assert not [a for a in answers(questions) if "Сейткали" in a], questions


def test_a_word_of_the_title_the_text_repeats_is_no_blank(tmp_path):
    text = ("Праздник урожая в Талгаре\n\nКаждую осень в Талгаре проходит праздник урожая. На праздник приезжают "
            "фермеры из соседних сёл. Сады Талгара славятся яблоками. В 2024 году ярмарку посетили 5000 человек. "
            "Главный приз получил садовод Ерлан Касымов за сорт яблок «Апорт». Организатор считает, что ярмарка "
            "помогает фермерам продавать урожай.\n")
    questions = bank_of(tmp_path, text)
    assert not [a for a in answers(questions) if a.lower().startswith(("урожа", "талга", "праздн"))], questions


def test_salience_rule_itself():
    stats = blanks.DocStats(units=6, spread={"реактор": 3, "реак~": 3, "кнопка": 1, "кнопк~": 1, "станция": 3,
                                             "станц~": 3, "атомная": 2, "атомн~": 2, "курчатов": 1, "курча~": 1},
                            defined={"изотоп"}, title=salience.title_keys("Атомная станция", "ru-x"))
    assert salience.salient("term", "реактора", "реактор", stats, ())  # repeated
    assert salience.salient("term", "изотопы", "изотоп", stats, ())  # defined
    assert not salience.salient("term", "кнопку", "кнопка", stats, ())  # once, a usual word
    assert salience.salient("term", "кнопку", "кнопка", stats, (), rare=True)  # a word the dictionary lacks
    assert not salience.salient("term", "станции", "станция", stats, ())  # a title word
    assert not salience.salient("name", "Атомной", "Атомная", stats, ())
    stats.title |= salience.title_keys("Курчатов", "d") | {"курча"}
    assert salience.salient("name", "Курчатове", "Курчатов", stats, ())  # a title's place the text names once
    assert salience.salient("name", "Ахметов", "Ахметов", stats, (), person=True)  # the title's hero stays
    assert salience.title_keys("ru-x", "ru-x") == set()  # a file name is no title
    assert salience.title_keys("Реактор работает на уране и даёт ток.", "d") == set()  # a first sentence is none
    assert salience.short(3, 100) and not salience.short(4, 100)


def test_kazakh_title_subject_and_a_usual_word_named_once_are_no_blanks(tmp_path):
    text = ("Көктемгі егіс\n\nКөктемгі егіс сәуір айында басталады. Фермер Болат Ахметов биыл 200 гектарға бидай "
            "екті. Егіс алдында ол жерді трактормен жыртты. Бидай тұқымы Қостанайдан әкелінді. Болат Ахметовтың "
            "айтуынша, жаңбыр уақытында жауса, өнім жақсы болады. Күзде ол астықты элеваторға тапсырады.\n")
    questions = bank_of(tmp_path, text)
    got = [a.lower() for a in answers(questions)]
    assert not [a for a in got if a.startswith(("егіс", "көкте"))], questions  # the title's subject, repeated
    assert "элеваторға" not in got, questions  # written once: "астықты _____ тапсырады" is completed unread
