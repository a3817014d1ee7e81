"""Read r (2026-11-29r) rules for Russian and Kazakh gaps, each on a text written for the test: a typed gap on a
common word only on the document's own terms (`open_blanks.last_typed`), no gap on a name the title gives
(`salience.title_name`), no figure the prompt spells out in words or digits (`blanks.told`)."""
from __future__ import annotations

from language_support import answer_of, bank_of

BREAD = ("Как пекут хлеб на закваске\n\n"
         "Закваска — это смесь муки и воды, в которой живут дикие дрожжи.\n"
         "Вечером пекарь смешивает закваску с мукой, водой и солью.\n"
         "За ночь тесто поднимается и становится пышным.\n"
         "Утром его делят на куски и дают им отдохнуть.\n"
         "Потом буханки ставят в горячую печь.\n"
         "Хорошая корка получается хрустящей и тёмной.\n"
         "Такой хлеб долго не черствеет.\n"
         "Покупатели ценят его за кисловатый вкус.\n")

GLINKA = ("Композитор Михаил Глинка\n\n"
          "Михаил Глинка родился в 1804 году в селе Новоспасское Смоленской губернии.\n"
          "В детстве Глинка слушал крепостной оркестр своего дяди.\n"
          "В 1836 году в Петербурге поставили его оперу «Жизнь за царя».\n"
          "Глинка много путешествовал и долго жил в Италии и Испании.\n"
          "Там он изучал народные песни и танцы.\n"
          "Его друг Владимир Одоевский писал о нём восторженные статьи.\n"
          "Глинку называют основоположником русской классической музыки.\n")


def typed(questions):
    """The keys of the typed gaps."""
    return {answer_of(q) for q in questions if q["type"] == "cloze"}


def test_a_common_word_the_document_does_not_define_is_no_typed_gap(tmp_path):
    keys = typed(bank_of(tmp_path, BREAD, "bread.txt"))
    assert "тесто" not in keys  # "За ночь _____ поднимается": any reader types тесто, the text taught nothing
    assert "закваску" in keys  # the term the text defines ("Закваска — это …") stays a typed gap


def test_last_typed_asks_for_a_defined_or_central_term():
    from studyapp.generator.lang import language_module, open_blanks
    from studyapp.generator.lang.blanks import DocStats

    ru = language_module("ru")
    stats = DocStats(units=5, defined={"закваска"}, main={"михаил глинка"})
    text = "За ночь тесто поднимается и становится пышным."
    at = text.index("тесто")
    assert not open_blanks.last_typed(True, ru, text, at, at + 5, "тесто", stats, False)
    assert open_blanks.last_typed(True, ru, text, at, at + 5, "тесто", stats, True)  # the sentence names it
    text = "Глинка сочинил оперу для придворного театра."
    at = text.index("оперу")
    assert open_blanks.last_typed(True, ru, text, at, at + 5, "опера", stats, False)  # on the main figure


def test_a_person_the_title_names_is_no_gap(tmp_path):
    questions = bank_of(tmp_path, GLINKA, "glinka.txt")
    assert not any(q["type"] == "cloze" and "Глинк" in answer_of(q) for q in questions)
    assert any(answer_of(q) == "1804" for q in questions)  # the rest of the text is still asked


def test_a_figure_the_prompt_spells_out_is_no_blank():
    from studyapp.generator.lang.blanks import told
    from studyapp.generator.lang.kk_morph import NUMBER_WORDS

    assert told("1", "1", "number", NUMBER_WORDS, "Қадам ұзындығы метрмен өлшенеді: _____ м — шамамен бір қадам")
    assert told("3", "3", "number", (), "В упряжке бежали _____ (три) лошади")
    assert told("үш", "үш", "term", NUMBER_WORDS, "Жарысқа 3 мектеп келді, олар _____ күн жарысты")
    assert not told("5", "5", "number", (), "В упряжке бежали _____ лошадей, а два жеребёнка шли рядом")
    assert not told("үш", "үш", "term", NUMBER_WORDS, "Жарыс 3,5 сағатқа созылды, _____ күн бойы")


EYE = ("Как устроен глаз\n\n"
       "Роговица — это прозрачная передняя оболочка глаза.\n"
       "Радужка — это цветная часть глаза вокруг отверстия.\n"
       "Отверстие в центре радужки называют зрачком.\n"
       "Хрусталик — это живая линза за зрачком.\n"
       "Светочувствительную оболочку на дне глаза называют сетчаткой.\n"
       "Сетчатка передаёт сигнал в мозг по зрительному нерву.\n"
       "Склера — это плотная белая оболочка глаза.\n")


def test_a_named_term_is_asked_with_the_documents_other_defined_terms(tmp_path):
    named = [q for q in bank_of(tmp_path, EYE, "eye.txt") if "называют _____" in q["prompt"] and "оболочку" in q["prompt"]]
    assert named and named[0]["type"] == "multiple_choice", named
    assert set(named[0]["choices"]) - {"сетчаткой"} <= {"роговицей", "радужкой", "склерой", "зрачком", "хрусталиком"}


def test_terms_the_text_equates_are_not_each_others_options():
    from studyapp.generator.lang import language_module, open_blanks

    same = open_blanks.equated(["Середину реки называют фарватером, или стрежнем."], language_module("ru"))
    assert "стрежень" in same.get("фарватер", set())
