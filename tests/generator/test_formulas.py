"""Round "formulas": what a symbol of a formula stands for and what a quantity is measured in (en, ru, kk), from
hand-made textbook sentences; the sentence asked this way is not also blanked."""
from __future__ import annotations

import re

from studyapp.generator.lang import formulas


def _split(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


def _asked(text: str, code: str) -> dict[str, formulas.Asked]:
    found = formulas.gather(_split(text), code, text)
    return {a.prompt: a for s in _split(text) for a in formulas.ask(s, found, code)}


EN = ("Pressure tells us how strongly a force presses on a surface. Pressure is calculated with the formula "
      "p = F / A, where p is the pressure, F the force and A the area. Pressure is measured in pascals (Pa). "
      "Force is measured in newtons (N). Area is measured in square metres (m²).")


def test_english_symbol_and_units():
    asked = _asked(EN, "en")
    q = asked["In the formula p = F / A, what does A stand for?"]
    assert q.answer == "area" and set(q.choices) == {"area", "pressure", "force"}
    unit = asked["In what unit is pressure measured?"]
    assert unit.answer == "pascals" and set(unit.choices) == {"pascals", "newtons", "square metres"}


def test_english_word_equation_beside_its_symbols():
    text = ("Interest is the money a bank pays for keeping savings. Simple interest grows each year:\n"
            "interest = principal × rate × time (I = P × r × t)\n"
            "A higher rate gives more interest.")
    q = _asked(text, "en")["In the formula I = P × r × t, what does t stand for?"]
    assert q.answer == "time" and {"principal", "rate"} <= set(q.choices)


def test_english_it_takes_the_subject_before_and_two_units_are_not_enough():
    text = ("Energy is the ability to do work. It is measured in joules (J). Power is measured in watts (W).")
    asked = _asked(text, "en")
    assert not asked  # joules and watts: one wrong option only, so no question
    more = text + " A kettle of 2000 W heats water for 120 seconds."
    unit = _asked(more, "en")["In what unit is energy measured?"]
    assert unit.answer == "joules (J)" and "seconds (s)" in unit.choices


RU = ("Плотность показывает, какая масса вещества приходится на единицу объёма. Её находят по формуле ρ = m/V, где "
      "ρ — плотность вещества, m — масса тела, V — объём тела. Плотность измеряется в килограммах на кубический метр "
      "(кг/м³). Масса измеряется в килограммах (кг), а объём — в кубических метрах (м³).")


def test_russian_symbol_and_units():
    asked = _asked(RU, "ru")
    q = asked["Что обозначает буква V в формуле ρ = m/V?"]
    assert q.answer == "Объём тела" and {"Плотность вещества", "Масса тела"} <= set(q.choices)
    unit = asked["В каких единицах измеряется плотность?"]
    assert unit.answer == "килограмм на кубический метр"
    assert {"килограмм", "кубический метр"} <= set(unit.choices)


def test_russian_letter_named_without_where_and_a_formula_elsewhere():
    text = ("Простые проценты считают по формуле I = P · r · t, где P — вложенная сумма, r — годовая ставка. "
            "Доход обозначают буквой I.")
    q = _asked(text, "ru")["Что обозначает буква I в формуле I = P · r · t?"]
    assert q.answer == "Доход" and {"Вложенная сумма", "Годовая ставка"} <= set(q.choices)


def test_russian_accusative_voice_kept():
    text = "Силу тока измеряют в амперах (А). Напряжение измеряется в вольтах (В). Лампа горит 60 с при 5 Н."
    unit = _asked(text, "ru")["В каких единицах измеряют силу тока?"]
    assert unit.answer == "ампер (А)" and "вольт (В)" in unit.choices


KK = ("Жылдамдық дененің бірлік уақытта жүрген жолын көрсетеді. Жылдамдық v = s/t формуласымен есептеледі, мұндағы "
      "v – жылдамдық, s – жүрілген жол, t – уақыт. Жол метрмен (м) өлшенеді. Уақыт секундпен (с) өлшенеді. "
      "Жұмыстың өлшем бірлігі – джоуль.")


def test_kazakh_symbol_and_units():
    asked = _asked(KK, "kk")
    q = asked["«v = s/t» формуласындағы t әрпі нені білдіреді?"]
    assert q.answer == "Уақыт" and set(q.choices) == {"Уақыт", "Жылдамдық", "Жүрілген жол"}
    assert asked["Жол қандай бірлікпен өлшенеді?"].answer == "метр (м)"
    assert asked["Жұмыстың өлшем бірлігі қандай?"].answer == "джоуль (Дж)"


def test_no_question_without_the_texts_own_definition():
    text = ("The formula F = m × a links force, mass and acceleration. Newton wrote it in 1687. "
            "A heavier trolley needs a larger force.")
    assert not _asked(text, "en")
    assert not _asked("Формула F = ma известна всем. Её записал Ньютон.", "ru")


def test_a_word_is_no_symbol_and_a_value_is_no_meaning():
    assert formulas.formula_of("Speed equals distance") == ""
    assert formulas.formula_of("Формула: F_А = ρ_ж · g · V_т") == "F_А = ρ_ж · g · V_т"
    found = formulas._defined("ρ_ж — плотность жидкости, g ≈ 9,8 Н/кг, V_т — объём тела.", "F_А = ρ_ж · g · V_т", "ru")
    assert [(s.symbol, s.meaning) for s in found] == [("ρ_ж", "плотность жидкости"), ("V_т", "объём тела")]


def _bank(tmp_path, name: str, text: str) -> list[dict]:
    from studyapp.generator import generate_bank

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return generate_bank([path])["questions"]


def _sentence_asked_once(questions: list[dict], prompt: str) -> None:
    """The formula question is kept, and no other question quotes its sentence (replace, not add)."""
    mine = [q for q in questions if q["prompt"] == prompt]
    assert mine, [q["prompt"] for q in questions]
    quote = mine[0]["source"]["quote"]
    assert [q["prompt"] for q in questions if q["source"]["quote"] == quote] == [prompt]


def test_pipelines_ask_the_formula_instead_of_a_blank(tmp_path):
    en = EN + " A sharp knife cuts well because its edge has a very small area. Snowshoes spread the weight of a " \
              "walker over a large area, so the pressure on the snow is small."
    _sentence_asked_once(_bank(tmp_path, "en.txt", "Pressure\n\n" + en), "In what unit is pressure measured?")
    ru = "Плотность вещества\n\n" + RU + " Плотность воды равна 1000 кг/м³, а плотность железа — 7800 кг/м³."
    _sentence_asked_once(_bank(tmp_path, "ru.txt", ru), "Что обозначает буква V в формуле ρ = m/V?")
    kk = "Жылдамдық\n\n" + KK + " Автомобиль 2 сағатта 120 шақырым жол жүрді. Оның жылдамдығы сағатына 60 шақырым."
    _sentence_asked_once(_bank(tmp_path, "kk.txt", kk), "Жол қандай бірлікпен өлшенеді?")


def test_a_bracketed_symbol_is_asked_in_the_formula_that_holds_it():
    text = ("Период обращения (T) — время одного полного оборота. Частоту находят по формуле ν = 1/T, где ν — частота "
            "обращения. Скорость обозначается буквой v.")
    q = _asked(text, "ru")["Что обозначает буква T в формуле ν = 1/T?"]
    assert q.template == "symbol_named" and q.answer == "Период обращения"
    assert {"Частота обращения", "Скорость"} <= set(q.choices)


def test_english_it_after_an_or_subject_and_a_second_russian_quantity():
    text = ("Voltage, or potential difference, tells us how much energy the charge carries. It is measured in volts "
            "(V). Current is measured in amperes (A). Resistance is measured in ohms (Ω).")
    assert _asked(text, "en")["In what unit is voltage measured?"].answer == "volts (V)"
    found = formulas.gather(["Магнитный поток измеряют в веберах (Вб), а ЭДС — в вольтах (В)."], "ru", "")
    measures = [(m.quantity, m.unit) for ms in found.measures.values() for m in ms]
    assert measures == [("магнитный поток", "вебер (Вб)"), ("ЭДС", "вольт (В)")]


def test_a_unit_after_and_names_the_sentences_subject():
    text = ("Brightness depends on the current and is measured in candelas (cd). Current is measured in amperes (A). "
            "Charge is measured in coulombs (C).")
    assert _asked(text, "en")["In what unit is brightness measured?"].answer == "candelas (cd)"
    kk = ("Жарықтың күші токқа байланысты және канделамен (кд) өлшенеді. Ток күші ампермен (А) өлшенеді. "
          "Заряд кулонмен (Кл) өлшенеді.")
    assert _asked(kk, "kk")["Жарықтың күші қандай бірлікпен өлшенеді?"].answer == "кандела (кд)"


def test_symbols_named_in_a_bracket_after_the_formula():
    text = "Waves obey v = f × λ (v is the wave speed, f is the frequency and λ is the wavelength)."
    q = _asked(text, "en")["In the formula v = f × λ, what does λ stand for?"]
    assert q.answer == "wavelength" and set(q.choices) == {"wavelength", "wave speed", "frequency"}
    kk = "Қуат N = A/t өрнегімен табылады. Қуат N әрпімен белгіленеді. Жұмыс A әрпімен белгіленеді, уақыт – секундпен."
    assert not _asked(kk, "kk")  # two meanings only: no question
    kk += " Уақыт t әрпімен белгіленеді."
    q = _asked(kk, "kk")["«N = A/t» формуласындағы N әрпі нені білдіреді?"]
    assert q.answer == "Қуат" and {"Жұмыс", "Уақыт"} <= set(q.choices)


def test_a_quantity_measured_in_a_compound_unit_is_an_option_when_it_reads_as_a_subject():
    text = ("Скорость находят по формуле v = s/t, где s — пройденный путь, t — время движения. "
            "Скорость выражают в км/ч. Силу тока измеряют в амперах.")
    q = _asked(text, "ru")["Что обозначает буква t в формуле v = s/t?"]
    assert set(q.choices) == {"Время движения", "Пройденный путь", "Скорость"}  # not "Силу тока"


def test_a_formula_sentence_the_units_skip_is_still_asked(tmp_path):
    text = ("Скорость движения\n\nСкорость показывает, какой путь тело проходит за единицу времени. Её находят по "
            "формуле:\n\nv = s / t, где s — пройденный путь, t — время движения.\n\nСкорость выражают в км/ч. "
            "Автобус проехал 120 км за 2 часа, значит, его скорость равна 60 км/ч.")
    questions = _bank(tmp_path, "ru.txt", text)
    asked = [q for q in questions if q["prompt"] == "Что обозначает буква t в формуле v = s / t?"]
    assert asked and asked[0]["answer"] == "Время движения"
