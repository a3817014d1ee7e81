"""Fourteenth ru/kk round (after read p): no question from a text's own questions, review section, read-more line,
footnote or speaker tag (`lang/furniture.py`); no reserve blanks on a long text; no filler blank; Kazakh options in
the key's case and at least three of them; a Kazakh typed key with an ending accepts its bare word."""
from __future__ import annotations

from language_support import bank_of

from studyapp.generator.lang import furniture, generate, kk_morph, person_options, salience
from studyapp.generator.lang import language_module


def quotes(questions):
    return [q["source"]["quote"] for q in questions]


def test_no_question_from_review_questions_footnotes_or_read_more_lines(tmp_path):
    text = ("Вулканы Камчатки\n\nНа Камчатке находится около 300 вулканов, из них 29 действующих. Самый высокий "
            "вулкан полуострова — Ключевская сопка высотой 4750 метров*. Извержения Ключевской сопки учёные "
            "наблюдают с 1697 года. Вулканолог Пётр Ивлев изучает Ключевскую сопку уже двадцать лет.\n\n"
            "Почему в 1975 году геолог Сергей Федотов назвал Толбачик самым опасным вулканом Камчатки?\n\n"
            "Подробнее: статья вулканолога Ольги Гириной в журнале «Природа» за 2019 год.\n\n"
            "Вопросы к параграфу\n\n"
            "1. Сколько действующих вулканов на Камчатке?\n"
            "2. Найдите на карте вулкан Шивелуч высотой 3283 метра.\n\n"
            "* Высоту сопки в 1962 году измерил геодезист Аркадий Петров.\n")
    found = " ".join(quotes(bank_of(tmp_path, text)))
    assert "Ключевская сопка высотой" in found or "Ивлев" in found  # the body is still asked
    for furniture_line in ("Федотов", "Гириной", "Шивелуч", "Аркадий"):
        assert furniture_line not in found, (furniture_line, found)


def test_no_blank_in_a_speaker_tag(tmp_path):
    text = ("Мектепте жаңа кітапхана ашылды\n\nЖаңа кітапханада 5000 кітап бар. «Енді үзілісте кітап оқимыз», "
            "— дейді 7-сынып оқушысы Әсел Нұрланқызы. Кітапхананы облыс әкімдігі 2025 жылы салды. "
            "Кітапханашы Гүлнар Сапарова кітапханада оқырмандар клубы ашылатынын айтты.\n")
    answers = [str(q["answer"]) for q in bank_of(tmp_path, text)]
    assert not [a for a in answers if "Әсел" in a or "Нұрланқызы" in a], answers
    assert furniture.in_tag("«Жүр», — деді ұстаз Айдар.", 15)
    assert not furniture.in_tag("Ұстаз Айдар «Жүр» деді.", 3)


def test_furniture_rules_themselves():
    assert furniture.question("Как вы пришли в шахматы?")
    assert not furniture.question("Он пришёл в шахматы в пять лет.")

    class Para:
        section, text = "Сұрақтар мен тапсырмалар", "Өсімдікке анықтама беріңіз."
    assert furniture.skipped(Para)
    Para.section, Para.text = "Өсімдік жасушасы", "Жасушаның қабығы бар."
    assert not furniture.skipped(Para)  # read-more lines: the clean stage's POINTER (test_pointer_lines.py)


LONG = ("Городской парк\n\n" + " ".join(
    f"В {1990 + i} году в парке посадили {10 + i} лип у старого пруда, и сторож Семёнов каждое утро поливал "
    f"молодые деревья из большой лейки." for i in range(12)) + " Летом в парке играет оркестр у фонтана. "
    "Осенью дети собирают жёлуди для зоопарка. Зимой на пруду заливают каток для школьников.\n")


def test_a_long_text_takes_no_reserve_blanks(tmp_path, monkeypatch):
    from studyapp.generator.lang.common import WORD
    assert len(WORD.findall(LONG)) > salience.LONG_WORDS
    path = tmp_path / "park.txt"
    path.write_text(LONG, encoding="utf-8")
    from studyapp.generator import generate_bank
    from studyapp.generator.lang import open_blanks
    # typed common words as before read r (`open_blanks.last_typed` keeps only the document's terms): the reserves
    monkeypatch.setattr(open_blanks, "last_typed", lambda last, lang, text, start, end, base, *rest:
                        last == "any" or lang.open_usual(text[:start], text[end:], text[start:end], base))
    fewer = len(generate_bank([path])["questions"])
    monkeypatch.setattr(salience, "LONG_WORDS", 10 ** 6)
    monkeypatch.setattr(salience, "PER_100_WORDS", 50)
    more = len(generate_bank([path])["questions"])
    assert fewer < more, (fewer, more)  # the weak blanks a short text would take back are left out
    assert generate.salience is salience


def test_a_filler_word_is_never_the_blank(tmp_path):
    text = ("Шөл\n\nШөл дегеніміз — жауын-шашын өте аз түсетін, өсімдігі сирек кең аймақ. Шөлде күндіз ауа "
            "50 градусқа дейін қызады. Шөлде түйе мен кесіртке жиі кездеседі. Қызылқұм шөлі Қазақстанның "
            "оңтүстігінде жатыр. Шөлдің өсімдіктері суды терең тамырмен алады.\n")
    answers = [str(q["answer"]) for q in bank_of(tmp_path, text)]
    assert "дегеніміз" not in answers, answers
    assert furniture.filler("Дегеніміз") and furniture.filler("является") and not furniture.filler("тамыр")


def test_kazakh_bare_word_of_a_key_with_an_ending():
    assert kk_morph.bare("Таразда", "Тараз") == "Тараз"
    assert kk_morph.bare("жылуын", "жылуын") == "жылуын"
    assert kk_morph.bare("күшін", "күшін") == "күшін"
    assert kk_morph.bare("қуатын", "қуатын") == "қуатын"
    assert kk_morph.bare("энергиясын", "энергиясын") == "энергия"
    assert kk_morph.bare("қадамдай", "қадамдай") == "қадам"


def test_kazakh_options_share_the_keys_case():
    assert kk_morph.same_case("Таразда", "Шымкентте", "Тараз")
    assert not kk_morph.same_case("Таразда", "Шымкент", "Тараз")
    assert kk_morph.same_case("Тараз", "Шымкентте", "Тараз")  # a bare key: no case to agree with


def test_a_kazakh_patronymic_surname_is_shown_as_accepted():
    kk = language_module("kk", "cyrillic")
    assert "Сейітұлы" in person_options.aliases("Қанат Сейітұлы", "Қанат Сейітұлы", kk, "", " жазды.")


def test_typed_kazakh_place_with_an_ending_accepts_the_bare_name(tmp_path):
    text = ("Жібек жолы қалалары\n\nОрта ғасырларда Таразда ірі базар болды. Тараз керуен жолының бойында тұрды. "
            "Отырар қаласында кітапхана болған. Отырар кітапханасы туралы аңыз көп. Саудагерлер Таразда жібек "
            "пен күміс сатты.\n")
    typed = [q for q in bank_of(tmp_path, text) if q["type"] == "cloze" and q["answer"] == "Таразда"]
    assert all("Тараз" in q.get("aliases", []) for q in typed), typed
