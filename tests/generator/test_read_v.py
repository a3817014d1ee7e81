"""Rules from blind read v (29 Nov 2026, set 7), each on a hand-made text of another subject than the read's."""
from __future__ import annotations

from language_support import answer_of, bank_of

SPACE_RU = """Первые шаги в космос

В 1957 году Советский Союз запустил первый искусственный спутник Земли.
В том же 1957 году на орбиту отправилась собака Лайка.
Первый человек полетел в космос в 1961 году, и это был Юрий Гагарин.
Через восемь лет, в 1969 году, американские астронавты высадились на Луну.
В 1975 году советский и американский корабли впервые состыковались на орбите.
Станция «Мир» работала на орбите с 1986 по 2001 год.
"""


def test_a_figure_a_document_gives_twice_is_asked_once(tmp_path):
    # read v: one year asked three times with the same options, from three sentences that each give it
    answers = [answer_of(q) for q in bank_of(tmp_path, SPACE_RU, name="ru-space.txt")]
    assert answers.count("1957") <= 1, answers
    assert len(answers) >= 3


BAIKAL_KK = """§ 7. Байкал көлі

Иркутск қаласы, № 5 мектеп, 14 қазан

Байкал – әлемдегі ең терең көл, оның тереңдігі 1642 метрге жетеді.
[Фото: Байкалдың мұз басқан жағалауы]
Көлде 1700-ден астам өсімдік пен жануар түрі тіршілік етеді.
Жазда жағадағы ауа температурасы +25 °C-қа дейін көтеріледі.
Көлге 300-ден астам өзен құяды, ал одан тек Ангара өзені ағып шығады.
Байкал 1996 жылы ЮНЕСКО-ның Бүкіләлемдік мұра тізіміне енгізілді.
"""


def test_a_section_number_a_photo_caption_a_dateline_and_a_unit_symbol_are_never_asked(tmp_path):
    prompts = [q["prompt"] for q in bank_of(tmp_path, BAIKAL_KK, name="kk-baikal.txt")]
    assert prompts
    assert not [p for p in prompts if "§" in p or "Фото" in p or "14 қазан" in p or "5 мектеп" in p
                or "°_____" in p or "° _____" in p], prompts


def test_page_lines_are_told_from_sentences():
    from studyapp.generator.lang.furniture import page_line

    assert page_line("§ 18. Рыночный механизм") and page_line("[Фото: ледник в горах Заилийского Алатау]")
    assert page_line("Сурет: Тайқазан") and page_line("Шымкент қаласы, № 3 лицей, 25 мамыр", opening=True)
    assert not page_line("Абай родился в Чингизских горах, 10 августа 1845 г.")  # not at the opening
    assert not page_line("Фотосинтез – күрделі процесс.") and not page_line("Сурет – өнердің бір түрі.")


def test_a_count_or_measure_in_the_years_range_gets_a_counts_options():
    # read v: "1200 шақырымдай" offered 1196 | 1198 | 1200 | 1202, as if it were a year
    from studyapp.generator.lang import language_module
    from studyapp.generator.lang.blanks import year_options

    for code, after in (("kk", " шақырымдай созылып жатыр"), ("ru", " км с севера на юг")):
        options = [int(o.replace(" ", "")) for o in year_options("1200", [], False, language_module(code), after)]
        assert options and min(abs(o - 1200) for o in options) >= 50, options
    years = [int(o) for o in year_options("1955", [], False, language_module("ru"), " году был основан")]
    assert max(abs(o - 1955) for o in years[:3]) <= 15, years  # a year keeps its near years


def test_a_year_paired_with_another_stays_a_year():
    from studyapp.generator.lang import language_module
    from studyapp.generator.lang.blanks import year_options

    years = [int(o) for o in year_options("1942", ["1947"], False, language_module("kk"), " және 1947 жылдары")]
    assert max(abs(o - 1942) for o in years[:3]) <= 15, years



def test_a_true_false_is_not_made_false_by_moving_a_bound_or_a_negated_figure():
    # read v: "the plague did not disappear after 1348" was keyed False (the text says 1353): still true
    from studyapp.generator.stages.point import bounded

    s = "The plague did not disappear after 1353."
    assert bounded(s, s.index("1353"))
    s = "More than 300 schools took part."
    assert bounded(s, s.index("300")) and not bounded("The tram opened in 1937.", 22)


def test_the_number_of_a_chapter_page_or_year_group_is_no_blank():
    # read v: "Chapters _____-12: Jack's tribe steals …", "§ _____. Рыночный механизм"
    from studyapp.generator.stages.quantities import derivable

    for text, figure in (("Chapters 10-12: the tribe steals the glasses.", "10"), ("See page 42 for the map.", "42"),
                         ("Grade 11 pupils will keep their phones.", "11"), ("§ 18. The market", "18")):
        at = text.index(figure)
        assert derivable(text, at, at + len(figure)), text
    text = "The bridge was finished in 1932 after 8 years of work."
    assert not derivable(text, text.index("1932"), text.index("1932") + 4)


def test_the_title_of_a_work_is_no_term_defined():
    # read v: "What is the name for a translation of the Hebrew name …?" keyed "title"
    from studyapp.generator.stages.ideas import not_a_term

    assert not_a_term("The title") and not not_a_term("A catalyst")


def test_a_description_that_only_says_the_name_is_a_word_for_something_is_not_asked(tmp_path):
    text = ("The Hobbit: a guide\n\nSmaug is a dragon who guards the treasure under the Lonely Mountain. The hobbits "
            "call their home the Shire, a name for the green farmland of the west. Bilbo Baggins is a hobbit who "
            "leaves home with thirteen dwarves and the wizard Gandalf. Gollum lives on an island in a dark lake.\n")
    prompts = [q["prompt"] for q in bank_of(tmp_path, text, name="en-hobbit.txt")]
    assert not [p for p in prompts if "the name for" in p and p.endswith("called?")], prompts


def test_no_figure_of_a_worked_example_is_asked(tmp_path):
    # read v: "The screen is _____ cm across the diagonal", "При цене 400 тенге … _____ кг": example data, not facts
    en = ("Ohm's law\n\nThe current through a conductor is proportional to the voltage across it. The resistance of "
          "a wire grows with its length and falls as it gets thicker. Georg Ohm published the law in 1827.\n\n"
          "## Worked example\n\nA kettle draws 8 amps from a 240 volt supply. Its resistance is 30 ohms.\n")
    asked = " ".join(q["prompt"] for q in bank_of(tmp_path, en, name="en-ohm.txt"))
    assert "1827" in asked or "_____" in asked
    assert "kettle" not in asked and "30 ohms" not in asked
    ru = ("Закон Ома\n\nСила тока в проводнике прямо пропорциональна напряжению на его концах. Сопротивление провода "
          "растёт с его длиной и падает с толщиной. Георг Ом открыл этот закон в 1827 году.\n\nПример\n\nЧайник "
          "потребляет 8 ампер от сети 240 вольт, значит, его сопротивление равно 30 омам.\n")
    asked = " ".join(q["prompt"] for q in bank_of(tmp_path, ru, name="ru-ohm.txt"))
    assert "Чайник" not in asked


def test_the_word_of_a_label_before_its_number_is_no_blank():
    from studyapp.generator.model import Candidate
    from studyapp.generator.stages.keep_rules import giveaway

    c = Candidate(type="cloze", kind="fact", prompt="The council proposed allowing _____ 11 pupils to keep phones.",
                  answer="Grade", doc_id="d", quote="", paragraph=1, template="cloze")
    assert giveaway(c)
    c.prompt, c.answer = "The council proposed allowing Grade 11 _____ to keep phones.", "pupils"
    assert not giveaway(c)
