"""Rules of round rukk14 (a teacher's blind read of Russian and Kazakh questions), each on hand-made sentences: a
labelled item asked by what its section lists, never by pointing at the section; no blank on the document's hero as
the subject of a plot sentence, on the home place after a verb of arrival, on a burial place, on a role word before
a dash and a name; no year of a research finding; one name per blank; a deverbal noun without its object leans on
the sentence before; a chemical formula accepted for its substance; a Kazakh stem opening with a bare noun that
stands for the title's subject names it; no 100 % among a share's options."""
from __future__ import annotations

from language_support import answer_of, bank_of

from studyapp.generator.lang import common, labelled, language_module, obvious, salience, side_details
from studyapp.generator.lang.formulas import chemical_aliases

THEMES = """«Мельница» Петра Громова: путеводитель к уроку

Основные темы и проблемы

Труд и терпение. Мельник каждый день встаёт до рассвета и чинит колесо, которое снова ломает весенняя вода.

Жадность купца. Приезжий торговец скупает всю муку за бесценок и продаёт её втридорога в городе.

Дружба соседей. Когда плотину прорывает, вся деревня выходит с лопатами и за одну ночь насыпает новую.

Сила природы. Река каждый год меняет русло, и никто не может предсказать, где она пройдёт весной.
"""


def test_a_theme_is_asked_by_the_work_not_by_the_section(tmp_path):
    prompts = [q["prompt"] for q in bank_of(tmp_path, THEMES)]
    assert not any(p.startswith("Раздел") for p in prompts), prompts
    assert any(p.startswith("Какую тему произведения «Мельница» иллюстрирует это утверждение: «Когда плотину")
               for p in prompts), prompts


def test_what_a_section_lists_names_the_question():
    assert labelled._prompt("Негізгі тақырыптар", "Жусан: әңгімеге нұсқаулық", "kk").startswith("Бұл пікір қай тақырыбын")
    assert labelled._prompt("Этапы круговорота", "", "ru").startswith("Какой этап описывают")
    assert labelled._prompt("Реформаның себептері", "", "kk").startswith("Мына сөздер қай себепті")
    assert labelled._prompt("Маршрут прогулки", "", "ru") == "О чём говорится в этих словах: «{quote}»?"
    assert labelled._prompt("Температура и давление", "", "ru") == "О чём говорится в этих словах: «{quote}»?"


GUIDE = """Повесть «Сторож» Ильи Дронова

Илья Дронов написал повесть «Сторож» в 1911 году, когда жил в Твери. Илья Дронов любил маленькие провинциальные города.
Главный герой повести Семён Ильич Кротов служит ночным сторожем на складе. Каждый вечер Семён Ильич обходит склад.
Однажды ночью Семён Ильич встречает на складе двух воров, которые уносят мешки с сахаром.
Утром Семён Ильич рассказывает обо всём хозяину, но тот ему не верит.
Илья Дронов потом переделал повесть в пьесу для городского театра. Её поставил режиссёр Павел Марков.
"""


def test_the_hero_is_no_blank_as_the_subject_of_a_plot_sentence(tmp_path):
    found = bank_of(tmp_path, GUIDE)
    assert not any(answer_of(q).startswith("Семён") for q in found), [q["prompt"] for q in found]
    assert found  # the rest stays asked (the director Павел Марков, named once, is no blank since read s12)
    assert obvious.leading([(3, "илья дронов"), (2, "семен ильич"), (1, "семен ильич кротов"), (1, "павел марков")]) \
        == {"илья дронов", "семен ильич", "семен ильич кротов"}
    assert obvious.leading([(4, "a"), (4, "b"), (4, "c")]) == set()  # three alike: none is what the text is about


def test_the_way_home_and_the_grave_are_no_blanks():
    body = "Путь в Казань. Он добрался до Казани зимой. Вернувшись в Россию, он стал профессором."
    text = "Вернувшись в Россию в 1741 году, он начал работать в академии."
    assert obvious.arrival(text, 13, 19, "country", body, "ru")
    text = "Зимой он тайно ушёл из дома и добрался до Казани."
    assert obvious.arrival(text, text.find("Казани"), len(text) - 1, "place", body, "ru")
    text = "Зимой он поехал учиться в Казань."  # no arrival verb: the goal of a journey stays
    assert not obvious.arrival(text, text.find("Казань"), len(text) - 1, "place", body, "ru")
    text = "1890 жылы ол Алматыға оралды."
    assert obvious.arrival(text, text.find("Алматыға"), text.find(" оралды"), "place", "Алматы. " + text, "kk")
    text = "Он умер в апреле 1790 года и похоронен на Смоленском кладбище."
    assert side_details.refused(text, text.find("Смоленском"), text.find(" кладбище"), language_module("ru", "cyrl"))
    text = "Ол 1901 жылы дүниеден өтіп, қазіргі Ресейдің Саратов облысындағы ауылдың маңында жерленді."
    assert obvious.burial(text, text.find("Ресейдің"), text.find(" Саратов"))
    assert not obvious.burial(text, 3, 7)  # the year of death stands before the comma


def test_a_role_word_before_a_dash_and_a_name_is_no_blank():
    text = "Жобаның жетекшісі – № 5 мектептің 10-сынып оқушысы Айбек Серікұлы."
    assert obvious.role_before_name(text, text.find("жетекшісі"), text.find(" –"))
    text = "Жобаның мақсаты – ауыл мектептеріне кітап жинау."
    assert not obvious.role_before_name(text, text.find("мақсаты"), text.find(" –"))


FINDING = """Древние кузнецы степи

Раскопки у озера Шалкар начались в 1994 году. В 2012 году учёные изучили шлак из древних печей и обнаружили в нём следы олова.
"""


def test_the_year_of_a_research_finding_is_not_asked(tmp_path):
    questions = bank_of(tmp_path, FINDING)
    assert not any(answer_of(q) == "2012" for q in questions), [q["prompt"] for q in questions]
    assert obvious.finding("В 2012 году учёные изучили шлак и обнаружили в нём следы олова.")
    assert not obvious.finding("В 2012 году в городе открыли новую школу.")


def test_a_blank_holds_one_name_not_two_phrases():
    ru = language_module("ru", "cyrl")
    text = "Поэт родился в 1801 году в селе Озёрном близ Каменки Тверской губернии, в семье дьячка."
    bases = [n.surface for n in ru.names(text, {})]
    assert "Каменки Тверской" not in bases and "Каменки" in bases, bases
    assert "Малый Арал" in [n.surface for n in ru.names("Озеро питает Малый Арал круглый год.", {})]
    at = text.find("Каменки")
    assert not salience.private(text, at, at + 7, "place")  # the province after it is no surname
    assert obvious.settlement("Восстание произошло в селе ") and not obvious.settlement("Это была ")


def test_a_village_named_by_a_common_noun_is_blanked_alone(tmp_path):
    text = ("Волнения крестьян после реформы\n\nРеформа вызвала волну недовольства. Самое известное выступление "
            "произошло весной в селе Бездна Казанской губернии, где его подавили войска.\n")
    answers = [answer_of(q) for q in bank_of(tmp_path, text)]
    assert "Бездна" in answers, answers


def test_a_deverbal_noun_without_its_object_leans_on_the_sentence_before():
    ru = language_module("ru", "cyrl")
    assert common.leans("Над Гренландией таяние особенно быстрое, потому что летом там тепло.", ru)
    assert not common.leans("Над Гренландией таяние льда особенно быстрое.", ru)
    assert not common.leans("Таяние ускоряется каждый год.", ru)  # the subject opens it: a statement of its own


def test_a_chemical_formula_is_accepted_for_its_substance():
    assert chemical_aliases("Аммиак – это газ, молекула которого состоит из азота и водорода (NH3), тогда как …") \
        == ["NH3", "NН3"]
    assert chemical_aliases("Озон – это газ из трёх атомов кислорода (O₃).") == ["O₃", "O3", "О3"]
    assert chemical_aliases("Союз (СССР) распался в 1991 году.") == []


SAIABAQ = """Көкжайлау: оқушыларға арналған жол нұсқаулығы

Жалпы мәлімет

«Көкжайлау» мемлекеттік табиғи саябағы Алматы облысында, Іле Алатауының етегінде орналасқан. Саябақ 1996 жылы құрылған. Қаладан саябаққа дейін шамамен 40 шақырым.

Көретін орындар

Саябақтың ең үлкен көлі. Оның жағасында Ақтас жартасы тұр. Жартасқа көктемде көп турист келеді.
"""


def test_a_kazakh_stem_opening_with_the_title_subjects_noun_names_it(tmp_path):
    prompts = [q["prompt"] for q in bank_of(tmp_path, SAIABAQ)]
    year = [p for p in prompts if "жылы құрылған" in p]
    assert year and year[0].startswith("Бос орынды толтырыңыз (Көкжайлау саябағы туралы): «Саябақ _____"), prompts
    assert not any("Саябақтың ең үлкен көлі. Оның" in p for p in prompts), prompts
    assert obvious.fragment("Саябақтың ең үлкен көлі.", "kk")
    assert not obvious.fragment("Саябақ 1996 жылы құрылған.", "kk")


def test_a_share_is_never_offered_as_the_whole():
    wrong = side_details.bounded(["100", "91", "85"], "97", " пайызы, мұхиттарда", "Судың басым бөлігі, шамамен ")
    assert "100" not in wrong and len(wrong) >= 3, wrong
    wrong = side_details.bounded(["30", "45", "100"], "60", " % учеников", "Большая часть учеников, ")
    assert all(51 <= float(w) < 100 for w in wrong), wrong
