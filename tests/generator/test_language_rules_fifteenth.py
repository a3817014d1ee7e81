"""Fifteenth ru/kk round (after read p): the blank goes on the word that carries the sentence's point (`lang/point.py`):
the word a contrast affirms, the term a sentence names, a word of a cause or result; not an everyday agent (команда,
оқушылар), not an instruction to the reader, and a repeated usual word that carries no point is only a reserve."""
from __future__ import annotations

from language_support import answer_of, bank_of

from studyapp.generator.lang import blanks, point

OBSERVATORY = (
    "Школьная обсерватория\n\nВ 2023 году команда астрономического кружка построила на крыше школы обсерваторию. "
    "Команда собрала телескоп из линз и картонной трубы. Линзы для телескопа заказали в Новосибирске. "
    "Телескоп показывает кольца Сатурна и спутники Юпитера. Звёзды мерцают не из-за самих звёзд, а из-за движения "
    "воздуха над городом. Поэтому наблюдения ведут зимой, когда воздух спокойнее. Движение воздуха сильнее всего "
    "летом. Фотокамеру кружку подарил музей.\n")
WELL = ("Ауылдағы құдық\n\nАуылымыздағы құдықтың суы таза әрі салқын. Құдықтың суы өзеннен емес, бұлақтан келеді. "
        "Бұлақтың суы тастардың арасынан сүзіліп өтеді. Өзеннің суы жазда жылынып, лайланады. "
        "Сондықтан ауыл тұрғындары өзеннің суын ішпейді. Құдықты 1965 жылы Сәрсен ата қазған. "
        "Қазір құдыққа шелекпен су алуға балалар да келеді.\n")


def on(questions, words):
    return [q for q in questions if words in q["source"]["quote"]]


def test_a_contrast_is_asked_on_the_word_it_affirms(tmp_path):
    kk = on(bank_of(tmp_path, WELL, "well.txt"), "өзеннен емес")
    assert [answer_of(q) for q in kk] == ["бұлақтан"], kk
    ru = on(bank_of(tmp_path, OBSERVATORY, "obs.txt"), "мерцают")
    assert [answer_of(q) for q in ru] == ["движения"], ru


def test_the_point_words_of_a_sentence():
    def marked(text):
        return {text[a:b]: s for (a, b), s in point.spans(text).items()}
    assert marked("Рыба уходит не на дно, а к берегу.")["берегу"] == 2
    assert marked("Рыба уходит не на дно, а к берегу.")["дно"] == 1
    assert marked("Такие участки называли «заимками».")["заимками"] == 2
    assert marked("Мұндай жануарларды жыртқыштар деп атайды.")["жыртқыштар"] == 2
    assert marked("Лёд не тонет, потому что он легче воды.")["легче"] == 1
    assert marked("Жаңбыр аз болғандықтан, егін шықпады.")["Жаңбыр"] == 1
    assert marked("Обратите внимание на цвет пламени.")["внимание"] == -1
    assert "берегу" not in marked("Рыба уходит к берегу.")


def test_point_tiers_and_weight():
    import re
    text = "Весной команда купит фотокамеру."
    m = re.search("команда", text)
    assert point.tier(blanks.USUAL, {}, m, "команда") == blanks.AVOID  # an everyday agent: only if nothing else
    assert point.tier(blanks.USUAL, {m.span(): 1}, m, "команда") == blanks.SPECIFIC  # … unless it is the point
    assert point.everyday("оқушылар") and point.everyday("ученики") and not point.everyday("учение")
    assert not point.weighs("term", blanks.USUAL, False, 0)  # a repeated usual word, no point: a reserve
    assert point.weighs("term", blanks.USUAL, True, 0) and point.weighs("term", blanks.USUAL, False, 1)
    assert point.weighs("name", blanks.USUAL, False, 0)
    assert point.named("называли «заимками»", 9, 20) and not point.named("«Абай жолы» деп аталды", 0, 11)


def test_a_name_before_a_kind_noun_takes_options_written_with_that_noun():
    from studyapp.generator.lang import person_options
    text = "Съезд уақытша Халық кеңесін құрды."
    end = text.index("Халық") + len("Халық")
    assert person_options.title_after(text, end) == "кең"  # a council: no person, no month among its options
    assert person_options.title_after("после поражения в Северной войне", len("после поражения в Северной")) == "вои"  # folded
    assert not person_options.fits("Сәкен", "Халық", "кең", {"кең": {"халық", "әскери"}}, set())
    assert person_options.fits("Әскери", "Халық", "кең", {"кең": {"халық", "әскери"}}, set())
    assert person_options.title_after("Абай Семейге барды.", 4) == ""
