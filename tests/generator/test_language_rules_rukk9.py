"""Rules of round rukk9 (blind readers dropped trivia and arguable fact/opinion keys), each on hand-made texts:
visitor logistics and bylines are never asked; a decade and a count of people are only reserves (a rounded constant
stays a figure); the main figure of a guide is no blank while the text has other questions; "мнение автора" / "автордың пікірі" is keyed only where the writer speaks as "I"; a ruler's numeral
or an adjective is no accepted answer alone, a first name the text writes alone is."""
from __future__ import annotations

from language_support import answer_of, bank_of

from studyapp.generator.lang import blanks, furniture, person_options
from studyapp.generator.lang.kk import kazakh
from studyapp.generator.lang.ru import RUSSIAN
from studyapp.generator.lang.salience import figure_tier, private

ZOO_RU = """Путеводитель по зоопарку города Верхнедольска

Зоопарк основан в 1962 году на месте старого городского сада. Сегодня в нём живут животные 240 видов. Главная гордость зоопарка — дальневосточные леопарды, редкий вид, которых в природе осталось немногим больше ста.

Павильон «Тропики»
В павильоне поддерживается температура 28 градусов и высокая влажность. Здесь обитают игуаны, питоны и карликовые крокодилы. Крокодилы охотятся из засады: они часами лежат неподвижно и нападают внезапно.

Полезная информация
Зоопарк открыт ежедневно с 9:00 до 20:00. Входной билет для взрослых стоит 400 рублей, для школьников — 200 рублей. Экскурсию для класса можно заказать по телефону 45-12-12. Кормить животных запрещено.

Текст: Ольга Сергеевна Муравьёва
"""

PARK_KK = """Ботаникалық бақ туралы

Бақ 1932 жылы ашылды. Мұнда 3 мың түрлі өсімдік өседі. Ең құнды коллекция – Тянь-Шань шыршасы мен жабайы алма ағаштары. Жабайы алма – Сиверс алмасы – барлық мәдени алма сорттарының арғы тегі.

Бақтың жылыжайында тропикалық өсімдіктер өсіріледі. Ол жерде ауа температурасы қыста да 22 градустан төмендемейді.

Бақ сағат 10:00-ден 19:00-ге дейін жұмыс істейді. Кіру билетінің бағасы 800 теңге. Демалыс күні – дүйсенбі.

Дайындаған – Асқар Нұров
"""


def _quotes(bank: list[dict]) -> str:
    return " ".join(q["prompt"] + " " + q["source"]["quote"] for q in bank)


def test_visitor_logistics_and_bylines_are_never_asked(tmp_path):
    for text, name, service in ((ZOO_RU, "ru-zoo.txt", ("9:00", "рублей", "телефону", "Кормить")),
                                (PARK_KK, "kk-park.txt", ("10:00", "теңге", "дүйсенбі"))):
        bank = bank_of(tmp_path, text, name)
        assert bank, name
        said = _quotes(bank)
        assert not [s for s in service if s in said], [q["prompt"] for q in bank]
        assert not [q for q in bank if answer_of(q) in ("Муравьёва", "Ольга Сергеевна Муравьёва", "Асқар Нұров")]


def test_the_logistics_and_byline_rules_themselves():
    assert furniture.service("Музей открыт со вторника по субботу с 11:00 до 19:00.")
    assert furniture.service("Обзорная экскурсия длится около часа.")
    assert not furniture.service("Крокодилы охотятся из засады и нападают внезапно.")
    assert furniture.service("Понедельник — выходной день.") and furniture.service("Демалыс күні – дүйсенбі.")
    assert not furniture.service("Қазақстанда 21, 22 және 23 наурыз – ресми демалыс күндері.")
    assert not furniture.service("Архивисты искали в архиве старые планы улицы и адресные книги.")
    assert furniture.byline("Беседовал Игорь Семёнов") and furniture.byline("Сұхбаттасқан – Ерлан Нұрғалиев")
    assert not furniture.byline("Авторы учебника считают иначе")
    text = "Наш корреспондент Пётр Карпов поговорил с тренером."
    assert furniture.reporter(text, text.index("Пётр"))
    text = "Основу собрания составила коллекция инженера-механика Павла Ильича Орлова."
    at = text.index("Павла")
    assert private(text, at, text.index("."), "person")


def test_decades_and_counts_of_people_are_reserves_and_rounded_constants_stay():
    stats = blanks.DocStats(units=5)
    for lang, text, key in ((RUSSIAN, "В 1960-е годы здесь построили новый корпус.", "1960"),
                            (kazakh(), "1950 жылдары бұл жерде шахта ашылды.", "1950"),
                            (kazakh(), "Акцияда 12 мектептен 300-ге жуық оқушы ағаш отырғызды.", "300"),  # rukk10: with "қатысты", never
                            (kazakh(), "Жарыста 180-нен астам оқушы жүгірді.", "180"),
                            (kazakh(), "Сауалнамаға қатысушылардың 96-сы ұл бала.", "96"),
                            (kazakh(), "Олардың 96-сы қыз, 72-сі ұл.", "72"),
                            (RUSSIAN, "Из 250 опрошенных школьников 173 выбрали футбол.", "173")):
        at = text.index(key)
        assert figure_tier(text, at, at + len(key), stats, lang) == blanks.USUAL, text
    for lang, text, key in ((RUSSIAN, "Свет проходит около 300 000 километров в секунду.", "300 000"),
                            (kazakh(), "Ауада дыбыс шамамен 340 м/с жылдамдықпен таралады.", "340"),
                            (kazakh(), "Сауалнамаға қатысушылардың 64 пайызы қыз.", "64"),
                            (kazakh(), "1954 жылы бұл жерде шахта ашылды.", "1954")):
        at = text.index(key)
        assert figure_tier(text, at, at + len(key), stats, lang) == blanks.SPECIFIC, text


HISTORY_RU = """Мануфактуры в России

В XVIII веке в России появились первые крупные мануфактуры. На них работали приписные крестьяне. Труд приписных крестьян был малопроизводительным: у них не было причин работать лучше. Владельцы мануфактур получали от государства льготы и заказы. Чтобы запустить мануфактуру, нужно было разрешение Мануфактур-коллегии.
"""

COLUMN_RU = """Зачем школе живой уголок

Я двенадцать лет веду биологию и каждый год вижу одно и то же. Дети знают о животных из роликов, но ни разу не кормили кролика. Живой уголок должен быть в каждой школе. Уход за животными учит ответственности лучше любых бесед.
"""

GUIDE_KK = """Ертегі кейіпкерлері

Алдар Көсе – қазақ ертегілерінің айлакер кейіпкері. Ол байларды алдап, кедейлерге көмектеседі. Халық оны жақсы көріп, ол туралы көп ертегі шығарған. Ертегілерде Алдар Көсе ешқашан байып кетпейді.
"""


def test_the_authors_opinion_only_where_the_writer_speaks_as_i(tmp_path):
    for text, name, label in ((HISTORY_RU, "ru-manufactures.txt", "мнение автора"),
                              (GUIDE_KK, "kk-aldar.txt", "автордың пікірі")):
        bank = bank_of(tmp_path, text, name)
        assert not [q for q in bank if answer_of(q) == label], [q["prompt"] for q in bank]
    bank = bank_of(tmp_path, COLUMN_RU, "ru-column.txt")
    assert [q for q in bank if answer_of(q) == "мнение автора"], [q["prompt"] for q in bank]


def test_no_fragment_is_accepted_alone_and_a_first_name_written_alone_is():
    assert "II" not in person_options.aliases("Екатерина II", "Екатерина II", RUSSIAN, "императрица ", ".")
    assert "Казанской" not in person_options.aliases("Бездна Казанской", "Бездна Казанской", RUSSIAN, "в селе ",
                                                     " губернии")
    assert "Пожарский" in person_options.aliases("Дмитрий Пожарский", "Дмитрий Пожарский", RUSSIAN, "", " возглавил")
    alone = person_options.written_alone(["Оля Ветрова приехала в лагерь.", "Олю встретил вожатый.",
                                          "Вечером Оля написала письмо.", "Тимур Ахметов живёт рядом.", "Тимура нет."])
    assert "Оля" in person_options.aliases("Оля Ветрова", "Оля Ветрова", RUSSIAN, "", "", alone)
    assert "Тимур" not in person_options.aliases("Тимур Ахметов", "Тимур Ахметов", RUSSIAN, "", "", alone)
    assert "Ахметов" in person_options.aliases("Тимур Ахметов", "Тимур Ахметов", RUSSIAN, "", "", alone)


GUIDE_RU = """Рассказ «Судьба человека»: путеводитель для читателя

Рассказ Михаила Шолохова был напечатан в газете «Правда» в 1956 году. Весной рассказчик встречает на переправе через реку Еланку шофёра Андрея Соколова с маленьким мальчиком. Соколов рассказывает ему историю своей жизни. До войны он работал шофёром в Воронеже, у него были жена Ирина и трое детей. В 1942 году Соколов попал в плен и два года провёл в лагерях. Комендант лагеря Мюллер хотел расстрелять пленного, но отпустил его за мужество. Вернувшись домой, герой узнал, что жена и дочери погибли при бомбёжке. Сын Анатолий погиб в Берлине 9 мая 1945 года. После войны Соколов усыновил сироту Ванюшку и стал для него отцом. Рассказ экранизировал Сергей Бондарчук в 1959 году.
"""


def test_the_hero_of_a_guide_is_no_blank_while_the_text_has_other_questions(tmp_path):
    bank = bank_of(tmp_path, GUIDE_RU, "ru-guide-story.txt")
    assert len(bank) >= 5
    assert not [q for q in bank if "Соколов" in answer_of(q)], [q["prompt"] for q in bank]

