"""Rules of round rukk15 (read t's Russian and Kazakh items, regenerated on main), each on hand-made sentences: no
blank on a filler adjective, a word the one before predicts, the contrast of a short saying, a unit after a figure,
a number word of an idiomatic count, a minor official, a writer's or guest's home town, an approximate figure, a
subject and object read as one name, a dateline after a rubric line; fact / opinion keys for a debate's indirect
question, a report of a warning and the other side's arguments, the quote cut to the view's clause; a Russian name
key accepts its plain forms; a Kazakh tribe name before a possessed noun keeps its letters."""
from __future__ import annotations

from language_support import answer_of, bank_of

from studyapp.generator.lang import common, kk_morph, name_forms, voice_lines, weak
from studyapp.generator.lang.kk import stance as kk_stance
from studyapp.generator.lang.ru import stance as ru_stance


def span(text: str, word: str) -> tuple[str, int, int]:
    at = text.index(word)
    return text, at, at + len(word)


def test_a_filler_adjective_is_no_blank():
    assert weak.filler("үлкен", "kk") and weak.filler("зор", "kk")
    assert weak.filler("огромную", "ru") and weak.filler("важное", "ru")
    assert not weak.filler("солёную", "ru") and not weak.filler("тұщы", "kk")


def test_a_word_the_one_before_predicts_or_a_sayings_contrast_is_no_blank():
    assert weak.predicted(*span("Газдың қысымы температураға тура пропорционал.", "пропорционал"))
    assert weak.predicted(*span("Сила тока обратно пропорциональна сопротивлению.", "пропорциональна"))
    assert weak.predicted(*span("Учёба – это марафон, а не спринт.", "спринт"))
    assert not weak.predicted(*span("Учёба – это марафон, а не спринт.", "марафон"))
    long = "Волга впадает в Каспийское море, а не в Чёрное, хотя многие ученики путают эти моря на контурной карте."
    assert not weak.predicted(*span(long, "Чёрное"))


def test_a_unit_after_a_figure_is_no_blank():
    assert weak.unit_word(*span("Кернеуді 2 В, 4 В, 6 В-ға дейін арттырдық.", "В-ға"))
    assert weak.unit_word(*span("Масса груза – 5 кг.", "кг"))
    assert not weak.unit_word(*span("Масса груза – 5 кг, а его объём мал.", "объём"))
    assert weak.unit_word(*span("Станция жылына 90 мың киловатт-сағат энергия береді.", "киловатт-сағат"))
    assert weak.unit_word(*span("Аудан халқы бір жарым миллионға жетті.", "миллионға"))


def test_an_idiomatic_count_gets_no_number():
    assert weak.idiom_count(*span("Жазда көлге жүз мыңдаған құс келеді.", "жүз"))
    assert weak.idiom_count(*span("На фестиваль приехали десятки тысяч зрителей.", "десятки"))
    assert not weak.idiom_count(*span("Көлге жүз құс келді.", "жүз"))
    assert not weak.idiom_count(*span("Наурыз Азия мен Шығыстың көптеген елдерінде тойланады.", "Шығыстың"))


def test_a_minor_official_and_a_home_town_are_trivia():
    assert weak.trivia_place_or_person(*span("Облыстық білім басқармасының маманы Гүлнар Әлиева жобаны мақтады.",
                                             "Гүлнар Әлиева"))
    assert weak.trivia_place_or_person(*span("Меня зовут Айгерим, я живу в Караганде и учусь в девятом классе.",
                                             "Караганде"))
    assert weak.trivia_place_or_person(*span("Тренер из Костаная Болат Сериков готовит шахматистов десять лет.",
                                             "Костаная"))
    assert not weak.trivia_place_or_person(*span("Экспедиция вышла из Костаная в мае и дошла до Тургая.", "Костаная"))


def test_an_approximate_figure_is_no_blank_but_a_ratio_is():
    assert weak.approximate(*span("Длина реки – около 2400 км.", "2400"))
    assert weak.approximate(*span("Өзеннің ұзындығы 800 шақырымдай.", "800"))
    assert weak.approximate(*span("Қорықта 300-ге жуық құс түрі бар.", "300"))
    assert not weak.approximate(*span("Растение на 90 % состоит из воды, а семя – примерно 10 % воды.", "90"))
    assert not weak.approximate(*span("Новый насос тратит примерно 40 % прежней энергии.", "40"))
    assert not weak.approximate(*span("Глубина озера – 1642 м.", "1642"))
    assert not weak.approximate(*span("Столб ртути поднялся примерно на 760 мм.", "760"))  # a physical quantity
    assert not weak.approximate(*span("Свет проходит около 300 000 км/с.", "300 000"))
    assert not weak.approximate(*span("Ағаш шамамен 60 кг ауырлады, ал топырақ 50 г ғана азайды.", "60"))  # set against
    assert not weak.approximate(*span("В степи обитает около 1,5 миллиона сайгаков.", "1,5"))  # millions: the news
    twice = "Высота горы около 4000 м. Вершина поднимается на 4000 м над морем."
    assert not weak.approximate(*span(twice, "4000"), twice)  # the document gives it twice


def test_a_subject_and_its_object_are_no_one_name():
    assert weak.two_people(*span("Асан Үсенді жекпе-жекте жеңеді.", "Асан Үсенді"), "kk")
    assert not weak.two_people(*span("Жырды Асан Қайғыұлы жазған.", "Асан Қайғыұлы"), "kk")


NEWS = """Ауыл оқушылары жылыжай салды

Жаңалықтар | Білім

Түркістан, 22 мамыр. Бородулиха ауданындағы ауыл мектебінің оқушылары мектеп ауласына шағын жылыжай салды. Оқушылардың есебінше, жылыжай қыста да көкөніс өсіруге мүмкіндік береді.

Жобаны 8-сынып оқушыларынан құралған топ жүзеге асырды. Олар жылыжайдың қабырғасын ескі терезе әйнектерінен құрастырған. Жылуды сақтау үшін топырақ астына тас төселген. Күн батқаннан кейін тастар жинаған жылуын ауаға береді.

«Біз алдымен қызанақ пен қияр ектік. Ең қиыны – суару кестесін сақтау болды», – дейді топ жетекшісі Айдана Серікқызы.

Мектеп директоры жылыжайдан алынған қиярды асханаға беруді жоспарлап отыр. Келесі жылы оқушылар жылыжайды тамшылатып суару жүйесімен жабдықтамақ.
"""


def test_a_dateline_after_a_rubric_line_is_not_asked(tmp_path):
    found = bank_of(tmp_path, NEWS)
    assert not any("Түркістан, _____" in q["prompt"] for q in found), \
        [q["prompt"] for q in found]


def test_fact_and_opinion_in_a_debate():
    assert ru_stance("Я пишу вам, потому что в классе спорят о том, нужно ли отменить домашние задания.") == "fact"
    assert ru_stance("Мне кажется, мы стали меньше читать.") == "opinion"
    assert kk_stance("Маман жүйеге үнемі күтім керек екенін ескертті.") != "opinion"
    said = "Конечно, у отмены есть противники, и их доводы тоже нужно обсудить."
    assert voice_lines.opinion_clause(said, "ru", ru_stance) == "их доводы тоже нужно обсудить."
    assert voice_lines.opinion_clause("Я считаю, что это важно.", "ru", ru_stance) == "Я считаю, что это важно."
    quoted = "Оценки выросли, а главное — пропал вопрос «зачем нам это нужно?»."
    assert voice_lines.opinion_clause(quoted, "ru", ru_stance) == quoted


LETTER = """Письмо в редакцию: оставьте нам домашние задания

Уважаемая редакция! Я учусь в девятом классе. Мне кажется, без домашних заданий мы быстро забудем всё, что прошли.

Конечно, у отмены заданий есть сторонники. Некоторые ученики занимаются спортом до вечера и должны отдыхать.
Родители жалуются, что дети сидят за уроками до ночи.

По-моему, задания нужно сделать короче, а не отменять совсем.
"""


def test_the_other_sides_argument_is_not_the_authors_opinion(tmp_path):
    found = bank_of(tmp_path, LETTER)
    keyed = {q["prompt"].split("«")[-1]: answer_of(q) for q in found if q["type"] == "multiple_choice"}
    assert not any(k.startswith("Некоторые ученики") and v == "мнение автора" for k, v in keyed.items()), keyed


def test_a_russian_name_key_accepts_its_plain_forms():
    text = "Аня росла в Петербурге. Отец часто звал Анну Павловну по имени."
    assert {"Анна Павловна", "Аня", "Аню"} <= set(name_forms.russian("Анну Павловну", text))
    assert "Аня Петрова" in name_forms.russian("Аня", "Аня Петрова пришла в класс. Аня села у окна.")
    assert name_forms.patronymic_alone("Павловну") and not name_forms.patronymic_alone("Павлодар")
    assert name_forms.russian("Абылай-хане", "") == ["Абылай-хан", "Абылай"]
    assert {"Пётр I", "Петра", "Пётр", "Пётр Первый"} <= set(name_forms.russian("Петра I", "При Петре I."))
    assert "Гиппарх" in name_forms.russian("Гиппарх Никейский", "Гиппарх составил каталог. Учёный Гиппарх Никейский.")


def test_a_tribe_name_before_a_possessed_noun_keeps_its_letters():
    assert kk_morph.bare_alias("Алшынды", "Алшынды", set(), " еліне барды") == []


def test_a_list_items_semicolon_is_not_quoted():
    assert common.quoted("Отец отправляет сына на службу;") == "«Отец отправляет сына на службу»"


def test_a_name_of_a_comma_list_and_a_recap_of_earlier_lessons_are_no_blanks():
    assert weak.listed_name(*span("Другие притоки – Тобол (Тобыл), Ишим, Омь.", "Ишим"))
    assert weak.listed_name(*span("На реке стоят Семей, Павлодар, Омск, Тобольск.", "Павлодар"))
    assert not weak.listed_name(*span("Жырда Абылай, Бөгенбай, Қабанбай сияқты батырлар бар.", "Бөгенбай"))
    assert not weak.listed_name(*span("Главный приток – Ишим, он течёт с юга.", "Ишим"))
    assert weak.refused(*span("Өткен параграфтарда біз жарықтың екі қасиетімен таныстық.", "екі"), "kk")
    assert weak.refused(*span("На прошлых уроках мы изучили три закона Ньютона.", "закона"), "ru")


def test_a_multiplier_offers_no_once():
    from studyapp.generator.model import Candidate

    found = Candidate(doc_id="d", paragraph=1, template="cloze", type="multiple_choice", kind="fact",
                      prompt="Бос орынды толтырыңыз: «Жаңа шам _____ есе аз қуат жұмсайды»", answer="екі",
                      choices=["екі", "бір", "үш", "төрт"], quote="Жаңа шам екі есе аз қуат жұмсайды.")
    from studyapp.generator.lang.number_options import multiplier_options

    multiplier_options(found, ("бір", "екі", "үш", "төрт", "бес"))
    assert found.choices == ["екі", "бес", "үш", "төрт"]


def test_a_list_of_names_after_a_dash_is_no_definition():
    from studyapp.generator.lang.ru_ideas import _names_list

    assert _names_list("Атырау, Актау, Баутино")
    assert not _names_list("город на берегу моря, где стоит порт")


def test_another_name_in_brackets_is_no_blank():
    assert weak.in_brackets(*span("Его называли «Великим зодчим» (Мимар Синан) при жизни.", "Мимар"))
    assert weak.in_brackets(*span("Ол Тараз (Әулиеата) қаласында туған.", "Әулиеата"))
    assert not weak.in_brackets(*span("Растения выделяют кислород (газ, которым мы дышим).", "газ"))



def test_a_common_noun_for_a_person_is_asked_by_its_definition():
    from studyapp.generator.lang.ru_ideas import definition

    found = definition("Акын – народный поэт и певец у казахов и киргизов.")
    assert found is not None and found.ask == "Как называется народный поэт и певец у казахов и киргизов?"
