"""Rules of round rukk7 (after pooling every ru/kk blind read by question form), each on hand-made texts: a word
opening a dialogue line is no name; a first name before its surname or patronymic is never the blank, whatever its
kind; a class or grade number is a designator, no figure; a bare list line or a lead line ending in a colon gets no
question; a year in a clause that describes a side noun is only a reserve; the author's opinion is keyed only in the
author's own voice."""
from __future__ import annotations

from language_support import answer_of, bank_of

from studyapp.generator.lang import blanks
from studyapp.generator.lang.kk import kazakh
from studyapp.generator.lang.ru import RUSSIAN
from studyapp.generator.lang.salience import figure_tier, private

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


def test_a_first_name_before_its_surname_is_never_the_blank():
    text = "Жобаны биология пәнінің мұғалімі Айгүл Серікқызы ұсынды."
    at = text.index("Айгүл")
    assert private(text, at, at + len("Айгүл"), "name")  # a kind the name pass could not tell
    text = "Кружок ведёт Тамара Волкова уже десять лет."
    at = text.index("Тамара")
    assert private(text, at, at + len("Тамара"), "name")
    text = "Экспедицию возглавил Семёнов, а отчёт написал Берг."
    at = text.index("Семёнов")
    assert not private(text, at, at + len("Семёнов"), "name")  # a surname alone is still a name to ask


def test_a_class_or_grade_number_is_a_designator():
    stats = blanks.DocStats(units=5)
    for lang, text, key in ((kazakh(), "Көктемде 8-сынып оқушылары мектеп ауласына алма бағын отырғызды.", "8"),
                            (RUSSIAN, "Весной ученики 7 класса посадили сад за стадионом.", "7"),
                            (RUSSIAN, "Проект придумали ученицы 10-го класса из Томска.", "10")):
        at = text.index(key)
        assert figure_tier(text, at, at + len(key), stats, lang) == blanks.NEVER, text
    text = "За лето дежурные 8 раз поливали сад."
    assert figure_tier(text, text.index("8"), text.index("8") + 1, stats, RUSSIAN) != blanks.NEVER


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


def test_a_year_describing_a_side_noun_is_only_a_reserve():
    stats = blanks.DocStats(units=5)
    for lang, text in ((RUSSIAN, "Саженцы передал городской питомник, который работает с 1964 года."),
                       (kazakh(), "Көшеттерді 1972 жылы ашылған қалалық питомник сыйға тартты.")):
        at = text.index("19")
        assert figure_tier(text, at, at + 4, stats, lang) == blanks.USUAL, text
    text = "В 1961 году Гагарин совершил первый полёт в космос."
    assert figure_tier(text, text.index("1961"), text.index("1961") + 4, stats, RUSSIAN) == blanks.SPECIFIC


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


def test_a_figure_in_brackets_is_only_a_reserve():
    stats = blanks.DocStats(units=5)
    for lang, text, key in ((RUSSIAN, "На вершине Эльбруса (5642 м) воздух в два раза реже, чем у моря.", "5642"),
                            (kazakh(), "Балқаш көлінің батыс бөлігі тұщы (тұздылығы 0,5 промилле), ал шығысы тұзды.", "0,5")):
        at = text.index(key)
        assert figure_tier(text, at, at + len(key), stats, lang) == blanks.USUAL, text
    text = "Высота Эльбруса — 5642 м (это высшая точка Европы)."
    assert figure_tier(text, text.index("5642"), text.index("5642") + 4, stats, RUSSIAN) == blanks.SPECIFIC


def test_the_last_share_of_a_whole_is_computed():
    stats = blanks.DocStats(units=5)
    text = "Воздух состоит из азота (78 %), кислорода (21 %) и других газов, на которые приходится 1 %."
    at = text.index("21")
    assert figure_tier(text, at, at + 2, stats, RUSSIAN) == blanks.NEVER
    text = "Реку питают талые воды (около 50 %) и дожди, а подземные воды дают около 20 %."
    at = text.index("20")
    assert figure_tier(text, at, at + 2, stats, RUSSIAN) != blanks.NEVER  # 50 + 20 is no whole: the rain's share is unsaid


def test_the_noun_after_one_of_frames_the_sentence():
    text = "По одной из легенд, город основал купец, чьё имя забыто."
    at = text.index("легенд")
    assert blanks.framing(text, at, at + len("легенд"), RUSSIAN)
    text = "Купец основал город на берегу, где торговали солью."
    at = text.index("солью")
    assert not blanks.framing(text, at, at + len("солью"), RUSSIAN)


def test_a_part_of_a_fraction_is_no_blank():
    stats = blanks.DocStats(units=5)
    text = "Айсберг плавает так, что 9/10 его объёма скрыто под водой."
    at = text.index("10")
    assert figure_tier(text, at, at + 2, stats, RUSSIAN) == blanks.NEVER
    assert figure_tier(text, text.index("9"), text.index("9") + 1, stats, RUSSIAN) == blanks.NEVER


COUNTRY_RU = """Охрана степей

Степи занимают около 26 % территории Центральной Азии. Главная угроза для них — распашка целинных земель.
Сайгак питается полынью и солянками и может неделями обходиться без воды.
Конвенцию об охране мигрирующих видов в регионе первым подписал Казахстан.
Весной самки сайгака собираются в стада до 1000 голов, чтобы родить детёнышей.
Волки охотятся на ослабевших животных и тем самым сохраняют здоровье стада.
Зимой антилопы уходят на юг, к пустыне Бетпак-Дала, где снежный покров тоньше.
В 2015 году от пастереллёза погибло около 200 тысяч сайгаков.
"""


def test_the_pupils_own_country_is_only_a_reserve(tmp_path):
    bank = bank_of(tmp_path, COUNTRY_RU, "ru-text-steppe.txt")
    assert bank
    assert not [q["prompt"] for q in bank if answer_of(q).startswith(("Казахстан", "Россия"))]
    assert blanks.HOME.match("қазақстанның") and blanks.HOME.match("россии") and not blanks.HOME.match("бельгия")


def test_a_person_introduced_by_an_everyday_job_is_private():
    for text, name in (("Меню составила врач-диетолог Анна Белова из районной поликлиники.", "Анна Белова"),
                       ("Повар столовой Игорь Смирнов признался, что сначала не верил в проект.", "Игорь Смирнов"),
                       ("Шеф-повар Игорь Смирнов признался, что сначала не верил в проект.", "Игорь Смирнов"),
                       ("Тренер команды Ержан Садыков доволен результатом.", "Ержан Садыков"),
                       ("Самому младшему участнику, Тимуру Ахметову, всего восемь лет.", "Тимуру Ахметову"),
                       ("Идею подала девятиклассница Алина Орлова.", "Алина Орлова")):
        at = text.index(name)
        assert private(text, at, at + len(name), "person"), text
    text = "Военным руководителем ополчения стал князь Дмитрий Пожарский."
    at = text.index("Дмитрий")
    assert not private(text, at, len(text) - 1, "person")  # a title of history, not an everyday job


def test_the_noun_dolzhnost_is_no_modal_and_dolzhen_is_one():
    """"должность" (a post) made a plain history sentence "the author's opinion"; "должен" was never a cue; "должны были" is what was required then, a fact."""
    from studyapp.generator.lang.ru import stance

    assert stance("Для разбора споров между крестьянами и помещиками вводилась должность мировых посредников.") \
        == "fact"
    assert stance("Каждый ученик должен прочитать эту книгу летом.") == "opinion"
    assert stance("Государство должно помогать сельским школам.") == "opinion"
    assert stance("Крестьяне должны были платить выкуп ещё 49 лет.") == "fact"  # an obligation of the past


CHESS_KK = """Мектептегі шахмат үйірмесі

Біздің мектептегі шахмат үйірмесі 2015 жылы ашылды. Бүгін үйірмеге бесінші сыныптан он бірінші сыныпқа дейінгі қырық оқушы қатысады.

Өткен айда үйірме оқушылары облыстық жарысқа барды. Қатысушылар әр жүрісті отыз секундта жасауы керек болды. Біздің команда үшінші орын алды.

«Ең маңызды нәрсе – күн сайынғы жаттығу, – дейді үйірме жетекшісі Асан Темірбеков. – Ойынды кітаптан оқығаннан гөрі тақтада өз қолыңмен ойнағаның әлдеқайда жақсы есте қалады».

Меніңше, әр мектеп шахмат үйірмесін қолдауы керек. Шахмат баланы ойлауға және шыдамдылыққа үйретеді.
"""


def test_a_quote_goes_on_after_its_speaker_and_a_past_obligation_is_a_fact(tmp_path):
    """"– дейді Темірбеков. – Ойынды кітаптан …»" is still his words; "жасауы керек болды" (had to) reports a rule;
    a number word is no blank inside a numeral of several words."""
    from studyapp.generator.lang.kk import stance as kk_stance
    from studyapp.generator.lang.ru import stance as ru_stance

    assert kk_stance("Қатысушылар әр жүрісті отыз секундта жасауы керек болды.") == "fact"
    assert kk_stance("Әр мектеп шахмат үйірмесін қолдауы керек.") == "opinion"
    assert ru_stance("Чтобы позвонить, нужно было крутить ручку телефона.") == "fact"
    bank = bank_of(tmp_path, CHESS_KK, "kk-news-chess-club.txt")
    authors = [q["prompt"] for q in bank if answer_of(q) == "автордың пікірі"]
    assert not [p for p in authors if "кітаптан" in p], authors
    assert [p for p in authors if "Меніңше" in p]  # the author's own view is still asked
    assert "он" not in [answer_of(q) for q in bank]  # "он _____" of "он бірінші" is half a numeral (read u)
