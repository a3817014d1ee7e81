"""Rules of round rukk10 (what Russian and Kazakh blind readers of reads u and v dropped), each on hand-made
sentences: a figure the stem gives by arithmetic is never a blank (the share a count makes, the whole a share gives,
what the other shares leave of 100, one of two alternatives, a member of a plain series); a clause is never cut
between a label and its figure; a row of a label–figure list is a reserve only (never for a share); wrong values of a three- or
four-digit figure stand at least 4 % apart."""
from __future__ import annotations

from language_support import bank_of

from studyapp.generator.lang import blanks
from studyapp.generator.lang.common import _clauses
from studyapp.generator.lang.kk import kazakh
from studyapp.generator.lang.ru import RUSSIAN
from studyapp.generator.lang.salience import figure_tier
from studyapp.generator.stages.quantities import derivable


def _tier(lang, text: str, key: str, stats: blanks.DocStats | None = None) -> int:
    at = text.index(key)
    return figure_tier(text, at, at + len(key), stats or blanks.DocStats(units=5), lang)


def test_a_figure_the_stem_gives_by_arithmetic_is_never_a_blank():
    for lang, text, key in (
            (kazakh(), "Үйірмеге 150 оқушының 96-сы жазылды, яғни 64 пайызы.", "64"),  # 96 of 150
            (kazakh(), "Үйірмеге 150 оқушының 96-сы жазылды, яғни 64 пайызы.", "150"),  # 96 is 64 % of it
            (RUSSIAN, "Из 250 опрошенных 60 ответили «да», то есть 24 процента.", "24"),
            (kazakh(), "Қонақтардың 70 пайызы пойызбен келді, ал 30 пайызы ұшақпен.", "70"),  # 100 − 30
            (RUSSIAN, "Урожай собирают 14 или 15 сентября.", "14"),  # one of two alternatives
            (kazakh(), "Жәрмеңке 7 немесе 8 қазанда ашылады.", "8"),
            (kazakh(), "Мектепте 4, 5 және 6 мамыр – спорт күндері.", "4"),  # a plain series
            (RUSSIAN, "Для опыта взяли пружины длиной 10, 20 и 40 см.", "40")):
        assert _tier(lang, text, key) == blanks.NEVER, (text, key)
    for lang, text, key in (
            (kazakh(), "Қонақтардың 70 пайызы пойызбен келді, ал 45 пайызы автобуспен.", "70"),  # 115: not a whole
            (RUSSIAN, "Урожай собирают в сентябре, а 14 октября начинается ярмарка.", "14")):
        assert _tier(lang, text, key) == blanks.SPECIFIC, (text, key)


def test_english_alternatives_and_series_are_derivable_too():
    for text, key in (("The comet was last seen in 1822 or 1823.", "1823"),
                      ("The weights used were 50, 100 and 200 g.", "200")):
        at = text.index(key)
        assert derivable(text, at, at + len(key)), text
    text = "The comet was last seen in 1822, and again in 1907."
    assert not derivable(text, text.index("1907"), text.index("1907") + 4)


def test_a_clause_is_never_cut_between_a_label_and_its_figure():
    line = ("Оқушылардың сүйікті сабақтары: математика – 41 %, әдебиет – 33 %, бейнелеу өнері – 28 %, "
            "дене шынықтыру – 25 %, химия мен биология – 19 %.")
    pieces = _clauses(line, kazakh(), 12)
    assert all(not p[:1].isdigit() for p in pieces), pieces
    assert all(p.rstrip(".").endswith("%") or "–" not in p for p in pieces), pieces


def test_a_row_of_a_list_is_a_reserve_only():
    rows = blanks.DocStats(units=6, rows=3)
    text = "3 сағаттан көп – 12 пайызы."
    assert _tier(kazakh(), text, "12", rows) == blanks.NEVER  # a share: of whom, the row never says
    assert _tier(kazakh(), text, "3", rows) == blanks.NEVER  # nor its label's figure
    assert _tier(kazakh(), text, "12", blanks.DocStats(units=6)) == blanks.SPECIFIC  # a lone line of its own
    assert _tier(kazakh(), "Екінші кезең – 12 шақырым.", "12", rows) == blanks.AVOID
    assert _tier(RUSSIAN, "Высота башни – 46 метров.", "46", rows) == blanks.AVOID
    assert _tier(RUSSIAN, "Башня высотой 46 метров стоит над рекой.", "46", rows) == blanks.SPECIFIC


def test_wrong_values_of_a_long_figure_stand_apart():
    for surface in ("788", "6717", "456", "371"):
        value = float(surface)
        assert blanks.step_of(value, surface, 0, year=False) >= 0.04 * value, surface
    assert blanks.step_of(1200.0, "1200", 0, year=False) == 100  # a round figure keeps its round step


SURVEY_KK = """Оқушылар кітапханасы туралы сауалнама

Мектеп кітапханасы 1978 жылы ашылған, қазір оның қорында 12 мың кітап бар. Сауалнамаға мектептің 320 оқушысы қатысты. Біз олардан кітапханаға қаншалықты жиі баратынын сұрадық.

Кітапханаға аптасына бір рет баратындар – 48 пайызы, айына бір рет баратындар – 37 пайызы, мүлде бармайтындар – 15 пайызы.

Оқушылардың 70 пайызы кітапханада сабаққа дайындалатынын айтты, ал 30 пайызы тек көркем әдебиет алатынын жазды.

Қорытынды: кітапхана оқушылардың көбі үшін сабаққа дайындалатын тыныш орын болып қала береді.
"""


def test_a_survey_asks_no_fragment_and_no_complement(tmp_path):
    bank = bank_of(tmp_path, SURVEY_KK, "kk-survey-library.txt")
    assert bank
    for q in bank:
        prompt = q["prompt"].split("«", 1)[-1]
        assert not prompt.startswith("_____ пайыз"), q["prompt"]  # a piece of a list line that names no owner
        assert not (q["answer"] in ("70", "30") and "пайызы" in prompt), q["prompt"]  # 100 minus the other


def test_the_counts_of_who_took_part_are_never_blanks():
    for lang, text, key in ((kazakh(), "Байқауға облыстың 9 ауданынан 57 команда қатысты.", "57"),
                            (kazakh(), "Байқауға облыстың 9 ауданынан 57 команда қатысты.", "9"),
                            (kazakh(), "Қазір хорға 31 бала қатысады.", "31"),
                            (RUSSIAN, "В турнире приняли участие 214 борцов из 9 стран.", "214")):
        assert _tier(lang, text, key) == blanks.NEVER, (text, key)
    for lang, text, key in ((kazakh(), "Ай Күнге қатысты 27 тәулікте бір айналады.", "27"),  # "relative to"
                            (kazakh(), "1936 жылы ойындарға 49 ел қатысты.", "1936")):  # the event's year stays
        assert _tier(lang, text, key) != blanks.NEVER, (text, key)


def test_a_death_year_an_age_and_a_birth_year_give_is_never_a_blank():
    stats = blanks.DocStats(units=4, years=["1802", "1851"])
    for lang, text in ((kazakh(), "Ақын 1851 жылы қырық тоғыз жасында дүние салды."),
                       (RUSSIAN, "Поэт умер в 1851 году в возрасте сорока девяти лет.")):
        assert _tier(lang, text, "1851", stats) == blanks.NEVER, text
    assert _tier(kazakh(), "Ақын 1851 жылы отыз жасында дүние салды.", "1851", stats) != blanks.NEVER


def test_no_blank_splits_a_written_numeral(tmp_path):
    from studyapp.generator.lang.salience import number_word_never

    text = "Ақын 1851 жылы қырық тоғыз жасында дүние салды."
    assert number_word_never(text, text.index("тоғыз"), text.index("тоғыз") + 5, kazakh())
    text = "Сыныпта он екі оқушы оқиды."
    assert number_word_never(text, text.index("екі"), text.index("екі") + 3, kazakh())
    text = "Потом он три года жил в Казани."
    assert not number_word_never(text, text.index("три"), text.index("три") + 3, RUSSIAN)


def test_the_count_of_a_list_the_sentence_spells_out_is_never_a_blank():
    from studyapp.generator.lang.salience import number_word_never

    text = "Мектепте төрт үйірме бар: шахмат, хор, би және робототехника."
    assert number_word_never(text, text.index("төрт"), text.index("төрт") + 4, kazakh())
    text = "Различают три вида горных пород: магматические, осадочные и метаморфические."
    assert number_word_never(text, text.index("три"), text.index("три") + 3, RUSSIAN)
    assert _tier(RUSSIAN, "Экспедиция посетила 4 острова: Врангеля, Беннетта, Жаннетты и Генриетты.", "4") == blanks.NEVER
    text = "Мектепте төрт үйірме бар, олардың ең танымалы – шахмат."
    assert not number_word_never(text, text.index("төрт"), text.index("төрт") + 4, kazakh())


def test_the_role_that_introduces_a_side_person_is_no_blank():
    from studyapp.generator.lang.side_details import role_phrase

    for text, word in (("Сабақты жоба жетекшісі, химия пәнінің мұғалімі Дина Оразова өткізді.", "химия"),
                       ("Біз тарих ғылымдарының кандидаты Бауыржан Сапаровпен сөйлестік.", "тарих"),
                       ("Экскурсию провела учитель географии Ирина Павловна Седова.", "географии")):
        at = text.index(word)
        assert role_phrase(text, at, at + len(word)), text
    text = "Химия пәнінің мұғалімі тәжірибені үш рет қайталады."  # no side person named: the word may stay
    assert not role_phrase(text, text.index("мұғалімі"), text.index("мұғалімі") + 8)
    text = "Барлық оқушы құстарды санады, ал мұғалім Алма Серікова журналды толтырды."
    assert not role_phrase(text, text.index("құстарды"), text.index("құстарды") + 8)
    text = "Меню проверила врач-диетолог Анна Серова."
    assert role_phrase(text, text.index("врач"), text.index(" Анна"))
