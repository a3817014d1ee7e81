"""Rules of the twelfth ru/kk round (after the 2026-11-29n blind read), each on sentences of our own in new
subjects (metallurgy, chemistry, school news, herding, geography, history, music): no blank on a member of a list
of three or more, on the second half of a pair, inside direct speech, on a word glossed in brackets, on a count a
polar pair tells, on the frame of a remark, on a repeated two-word term, on a person's hometown or on a name beside
"our country"; one blank per name per document; a number's wrong values within its order of magnitude and bounds;
units offered only for units; a bare "он" of a when-prompt named."""
from __future__ import annotations

from language_support import answer_of, bank_of


def keys(questions: list[dict], words: str) -> set[str]:
    """The keys of the questions on the sentence holding `words` (the blank may sit anywhere else in it)."""
    out = set()
    for q in questions:
        quote = q["prompt"].replace("_____", answer_of(q))
        if words in quote:
            out.add(answer_of(q))
    return out


def test_a_member_of_a_list_of_three_or_more_is_no_blank(tmp_path):
    questions = bank_of(tmp_path, "Руды Казахстана\n\nНа комбинате из руды получают свинец, цинк, кадмий и серебро. "
                                  "Комбинат построили в 1952 году на берегу Иртыша. Сегодня на нём работают "
                                  "пять тысяч человек.\n")
    assert not keys(questions, "свинец, цинк") & {"свинец", "цинк", "кадмий", "серебро"}, questions
    kk = bank_of(tmp_path, "Жеміс бағы\n\nБақта алма, өрік, шие және алмұрт ағаштары өседі. Бақты 1987 жылы "
                           "Талғар ауданында отырғызған. Жыл сайын мұнда жиырма тонна жеміс жиналады.\n")
    assert not keys(kk, "алма, өрік") & {"өрік", "шие", "алмұрт"}, kk


def test_the_second_half_of_a_pair_of_common_words_is_no_blank(tmp_path):
    from studyapp.generator.lang import language_module, side_details

    ru = language_module("ru", "cyrl")
    text = "На уроке химии ученики сравнивали свойства кислот и оснований в лаборатории."
    at = text.index("оснований")
    assert side_details.paired(text, at, at + len("оснований"), ru)  # "кислот и _____": the first half tells it
    at = text.index("кислот")
    assert not side_details.paired(text, at, at + len("кислот"), ru)  # the first half stays ("_____ и кислород")
    names = "Абай переводил Пушкина и Лермонтова на казахский язык."
    at = names.index("Лермонтова")
    assert not side_details.paired(names, at, at + len("Лермонтова"), ru)  # names in a pair stay


def test_a_word_inside_direct_speech_is_no_blank(tmp_path):
    from studyapp.generator.lang import side_details

    remark = "«Біз бұл жобаға үш жыл бойы дайындалдық, енді нәтижесін көріп отырмыз», – деді мектеп директоры."
    assert side_details.in_speech(remark, remark.index("жобаға"))
    assert not side_details.in_speech(remark, remark.index("директоры"))  # the speaker stands outside the quote
    assert side_details.in_speech("– Как вы успеваете готовиться к олимпиаде?", 20)  # an interview question
    rest = "Над этим мы ещё работаем, но результат уже виден»."  # the end of a remark opened before
    assert side_details.in_speech(rest, rest.index("работаем"))
    title = "Абай написал «Қара сөздер» в конце жизни."  # a short quote is a title, not a remark
    assert not side_details.in_speech(title, title.index("конце"))
    questions = bank_of(tmp_path, "Мектеп жаңалығы\n\nЖаңа зертхана 2025 жылы Павлодарда ашылды. «Біз бұл "
                                  "зертханаға химия мен физика сабақтары үшін жиырма микроскоп алдық», – деді "
                                  "директор Ерлан Сәрсенов. Зертханада отыз оқушы қатар жұмыс істей алады.\n")
    assert not keys(questions, "микроскоп алдық") & {"зертханаға", "сабақтары", "микроскоп", "жиырма"}, questions


def test_a_word_glossed_in_brackets_is_no_blank_but_a_number_is():
    from studyapp.generator.lang import side_details

    text = "Өзен Қытайдағы Алтай (Алтын тау) жотасынан басталады."
    at = text.index("Алтай")
    assert side_details.glossed(text, at, at + len("Алтай"))
    text = "Река берёт начало в горах Памира (Крыша мира) на высоте четырёх километров."
    at = text.index("Памира")
    assert side_details.glossed(text, at, at + len("Памира"))
    text = "Город основан в 600 году хиджры (1203 год) на берегу реки."
    at = text.index("600")
    assert not side_details.glossed(text, at, at + 3)  # a conversion in brackets tells no number


def test_a_count_a_polar_pair_tells_is_no_blank(tmp_path):
    from studyapp.generator.lang import side_details

    assert side_details.count_told("екі", "Бақташы күніне екі рет мал суарады: таңертең және кешке.")
    assert side_details.count_told("два", "Садовник поливает грядки два раза в день, утром и вечером.")
    assert not side_details.count_told("три", "Садовник поливает грядки три раза в день, утром и вечером.")
    assert not side_details.count_told("екі", "Бақташы күніне екі рет мал суарады.")


def test_a_number_s_wrong_values_keep_its_magnitude_and_bounds():
    from studyapp.generator.lang import blanks, side_details

    assert blanks.step_of(104.5, "104,5", 0) == 5  # 99,5 and 109,5, not 154,5 and 204,5
    assert side_details.bounded(["154,5", "204,5", "254,5", "94,5"], "104,5", "° между связями") == \
        ["154,5", "204,5", "94,5"]
    assert side_details.bounded(["280", "300", "400"], "200", "° по часовой стрелке") == ["280", "300", "150"]
    assert side_details.bounded(["85", "95", "105"], "75", " % учеников") == ["85", "95", "70"]  # a step fills in
    assert side_details.bounded(["50", "100", "350", "400"], "150", " млн теңге") == ["100", "200", "250"]
    assert side_details.bounded(["1942", "1950"], "1945", " году") == ["1942", "1950"]  # years untouched


def test_one_blank_per_name_per_document(tmp_path):
    questions = bank_of(tmp_path, "Два мастера\n\nКузнец Арман Сеитов и гончар Бекзат Омаров жили в одном ауле. "
                                  "Сеитов ковал подковы для всего аула. Омаров учился ремеслу у Сеитова три года. "
                                  "Позже Омаров построил печь для обжига посуды. Сеитов подарил Омарову молот на "
                                  "свадьбу. Жизнь Сеитова в последующие годы описана в летописи.\n")
    on_name = [q for q in questions if q["type"] == "cloze" and "Омаров" in answer_of(q)]
    assert len(on_name) <= 1, questions  # not "_____ учился ремеслу", "подарил _____ молот" after "гончар _____"


def test_the_frame_of_a_remark_is_no_blank():
    from studyapp.generator.lang import side_details

    told = "После концерта дирижёр сказал зрителям, что оркестр готовился к выступлению полгода."
    at = told.index("зрителям")
    assert side_details.frame_of_remark(told, at, at + len("зрителям"))  # whom it was told
    assert not side_details.frame_of_remark(told, told.index("оркестр"), told.index("оркестр") + 7)
    where = "Отвечая на вопросы студентов в Караганде, профессор назвал три причины засухи."
    at = where.index("Караганде")
    assert side_details.frame_of_remark(where, at, at + len("Караганде"))  # where it was said
    news = "Об этом во вторник 4 мая 2021 года сообщил министр сельского хозяйства."
    at = news.index("2021")
    assert side_details.frame_of_remark(news, at, at + 4)  # the date of the news item's source
    event = "Плотину построили 4 мая 2021 года. Об этом сообщил министр."
    assert not side_details.frame_of_remark(event, event.index("2021"), event.index("2021") + 4)


def test_a_two_word_term_the_document_repeats_is_no_blank(tmp_path):
    from studyapp.generator.lang import side_details

    texts = ["Металлы обладают высокой теплопроводностью.", "Медь отличается высокой теплопроводностью и "
             "пластичностью.", "Серебро проводит ток лучше меди."]
    fixed = side_details.phrases(texts)
    text = "Алюминий тоже отличается высокой теплопроводностью."
    at = text.index("теплопроводностью")
    assert side_details.in_phrase(text, at, at + len("теплопроводностью"), fixed)  # "высокой _____"
    at = text.index("высокой")
    assert side_details.in_phrase(text, at, at + len("высокой"), fixed)  # "_____ теплопроводностью"
    at = text.index("отличается")
    assert not side_details.in_phrase(text, at, at + len("отличается"), fixed)  # written once beside its neighbour
    questions = bank_of(tmp_path, "Өзен\n\nӨзеннің экологиялық жағдайы соңғы жылдары нашарлады. Зауыт 1970 жылы "
                                  "салынды. Экологтар экологиялық жағдайды жақсартуды ұсынады. Жағалауда қамыс "
                                  "өседі.\n")
    assert not keys(questions, "жағдайы соңғы") & {"экологиялық", "жағдайы"}, questions


def test_a_person_s_hometown_is_no_blank(tmp_path):
    from studyapp.generator.lang import language_module, side_details

    ru = language_module("ru", "cyrl")
    text = "Второе место занял инженер из Павлодара, а первое досталось команде школы."
    assert side_details.origin(text, text.index("Павлодара"), ru)  # whose hometown: a side detail
    text = "Зерно везут из Костаная по железной дороге."
    assert not side_details.origin(text, text.index("Костаная"), ru)  # where the grain comes from: the point


def test_a_unit_of_measure_is_an_option_only_for_a_unit():
    from studyapp.generator.lang import side_details

    assert side_details.measure("тонна") and side_details.measure("тең", "теңге") and side_details.measure("дней")
    assert not side_details.measure("часть") and not side_details.measure("раздел") and not side_details.measure("дно")
    assert not side_details.measure("комбинат", "комбинатқа")


def test_the_second_half_of_a_pair_that_opens_the_sentence_is_no_blank():
    from studyapp.generator.lang import language_module, side_details

    kk = language_module("kk", "cyrl")
    text = "Егіншілік пен мал шаруашылығы ауданның негізгі салалары болып табылады."
    at = text.index("мал")
    assert side_details.paired(text, at, at + 3, kk)  # "Егіншілік пен _____": the first word opens the sentence


def test_the_kazakh_addressee_of_a_remark_is_no_blank():
    from studyapp.generator.lang import side_details

    text = "Жарыстан кейін бапкер команданың дайындығы жақсы екенін айтты."
    at = text.index("команданың")
    assert not side_details.frame_of_remark(text, at, at + len("команданың"))  # what was said stays
    text = "Жарыстан кейін бапкер команданың дайындығы жақсы екенін тілшілерге айтты."
    at = text.index("тілшілерге")
    assert side_details.frame_of_remark(text, at, at + len("тілшілерге"))  # whom it was told, just before айтты


def test_a_when_prompt_names_the_main_figure_for_a_bare_pronoun():
    from studyapp.generator.lang import blanks

    text = "Ерлан Тулегенов родился в Семее. Тулегенова учили в Томске. Тулегенов открыл рудник. Тулегенов умер."
    assert blanks.most_written(text, "тулегенов") == "Тулегенов"
    prompt = "В каком году за открытие месторождения вольфрама он получил премию?"
    assert blanks.pronoun_named(prompt, "Тулегенов", "ru") == \
        "В каком году за открытие месторождения вольфрама Тулегенов получил премию?"
    assert blanks.pronoun_named("В каком году Тулегенов получил премию?", "Тулегенов", "ru") == \
        "В каком году Тулегенов получил премию?"  # already named
    # rukk12: Kazakh "ол" is named too (read y: "Қай жылы институтты бітіріп…?" never named Satbayev)
    assert blanks.pronoun_named("Қай жылы ол сыйлық алды?", "Тулегенов", "kk") == "Қай жылы Тулегенов сыйлық алды?"


def test_a_name_beside_our_country_is_no_blank():
    from studyapp.generator.lang import side_details

    text = "Бұл тау Қазақстандағы ең биік шың, ол еліміздің оңтүстігінде орналасқан."
    at = text.index("Қазақстандағы")
    assert side_details.our_country(text, at, at + len("Қазақстандағы"))
    text = "Этот завод — крупнейший в Казахстане: он даёт треть меди нашей страны."
    at = text.index("Казахстане")
    assert side_details.our_country(text, at, at + len("Казахстане"))
    text = "Этот завод — крупнейший в Казахстане."
    assert not side_details.our_country(text, text.index("Казахстане"), text.index("Казахстане") + 10)
