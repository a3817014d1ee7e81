"""Powers of units stay (кг/м³, km²: the reader saw «кг/м» in a prompt); a starred footnote ("года*" and its
"* …" note) is a marker and a note, never asked and never printed. Texts made up for the test."""
from __future__ import annotations

from language_support import bank_of

from studyapp.generator.stages.furniture import star_notes, strip_markup


def test_a_unit_keeps_its_power_and_a_footnote_marker_goes():
    assert strip_markup("Плотность ртути около 13 600 кг/м³, площадь 5 км²¹.") == \
        "Плотность ртути около 13 600 кг/м³, площадь 5 км²."
    assert strip_markup("The tank holds 3 m³ of water² and the hall¹ is 40 m² large.") == \
        "The tank holds 3 m³ of water and the hall is 40 m² large."


def test_stars_mark_notes_only_where_a_word_carries_one():
    assert star_notes(["Указ подписали 5 марта 1762 года* в Петербурге.", "* По старому стилю."])
    assert not star_notes(["* first item", "* second item", "*An italic line.*"])


RU = ("Плавание тел\n\nТело плавает, если его плотность меньше плотности жидкости. Плотность пробки около 240 кг/м³, "
      "поэтому пробка плавает в воде, плотность которой 1000 кг/м³. Железный гвоздь с плотностью 7800 кг/м³ тонет. "
      "Правило плавания тел описал ещё Архимед в III веке до н. э.*\n\n"
      "Ртуть — жидкий металл, плотность которого 13 600 кг/м³. В ртути железо плавает, а золото тонет.\n\n"
      "* Точные годы жизни Архимеда неизвестны; обычно называют 287–212 годы до н. э.\n")


def test_a_bank_prints_powers_and_never_asks_a_starred_note(tmp_path):
    questions = bank_of(tmp_path, RU)
    assert questions
    quotes = " ".join(q["source"]["quote"] for q in questions)
    prompts = " ".join(q["prompt"] for q in questions)
    assert "кг/м³" in quotes + prompts and "кг/м " not in quotes + prompts and "кг/м." not in quotes + prompts
    assert "Точные годы" not in quotes and "*" not in quotes + prompts
