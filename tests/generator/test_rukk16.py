"""Rules of round rukk16 (a teacher's blind read of Russian and Kazakh questions), each on hand-made sentences: a
number counted "N из M" gets no option past M; a blank never splits a word ("3_____" for "3D-…"); no blank on the
capitalised first word of an institution's name the lower-case words after it finish ("Бас штаб")."""
from __future__ import annotations

from types import SimpleNamespace

from studyapp.generator.lang import language_module, side_details
from studyapp.generator.lang.checks import check_other_language


def span(text: str, word: str) -> tuple[str, int, int]:
    start = text.find(word)
    return text, start, start + len(word)


def test_an_out_of_count_gets_no_option_past_its_whole():
    wrong = side_details.bounded(["38", "56", "40"], "36", " задач из 40 решила команда", "Команда верно решила ")
    assert "56" not in wrong and all(float(w) <= 40 for w in wrong), wrong
    assert "56" in side_details.bounded(["38", "56", "40"], "36", " задач решила команда", "Команда верно решила ")


def test_a_blank_never_splits_a_word():
    quote = "Макет моста ученики распечатали на 3D-принтере в кабинете физики"
    q = {"prompt": "Вставьте пропущенное слово: «Макет моста ученики распечатали на 3_____ в кабинете физики»",
         "type": "cloze", "kind": "fact", "answer": "D-принтере", "source": {"id": "d", "paragraph": 1, "quote": quote}}
    reasons = check_other_language(q, SimpleNamespace(paragraphs={"d": [quote]}))
    assert "a blank splits a word" in reasons, reasons
    whole = dict(q, prompt="Вставьте пропущенное слово: «Макет моста ученики распечатали на _____ в кабинете физики»",
                 answer="3D-принтере")
    assert "a blank splits a word" not in check_other_language(whole, SimpleNamespace(paragraphs={"d": [quote]}))


def test_the_first_word_of_an_institution_name_is_no_blank():
    kk = language_module("kk", "cyrl")
    text = "1912 жылы Бекен Алматыға келіп, Бас штабта аудармашы болып істеді. Кейін ол ауылға оралды."
    assert side_details.refused(*span(text, "Бас"), kk, text)
    ru = language_module("ru", "cyrl")
    text = "В 1845 году учёный вступил в Русское географическое общество и описал озёра Алтая."
    assert side_details.refused(*span(text, "Русское"), ru, text)


def test_a_person_before_an_institution_word_stays_a_blank():
    text = "Арман университетте физиканы оқыды. Кейін Арман мектепке оралып, балаларды оқытты."
    assert not side_details.name_part(*span(text, "Арман"), text)
    text = "Летом Гаухар институт окончила с отличием. Потом Гаухар уехала в Караганду."
    assert not side_details.name_part(*span(text, "Гаухар"), text)


def _unit(paragraph: str):
    para = SimpleNamespace(index=1, text=paragraph)
    return SimpleNamespace(text=paragraph, sentence=paragraph, paragraph=1, doc=SimpleNamespace(paragraphs=[para]))


def test_an_evaluating_word_inside_a_cited_saying_is_no_authors_opinion():
    kk, ru = language_module("kk", "cyrl"), language_module("ru", "cyrl")
    from studyapp.generator.lang import voice_lines

    cited = "Баяндамамды атамның «Еңбек – ең жақсы ұстаз» деген сөзімен аяқтағым келеді"
    assert kk.stance(cited) == "opinion"
    assert voice_lines.not_authors(_unit(cited), "kk", kk.stance)
    own = "Бұл кітап өте жақсы"
    assert kk.stance(own) == "opinion" and not voice_lines.not_authors(_unit(own), "kk", kk.stance)
    said = "Напоследок я хочу привести пословицу «Лучше поздно, чем никогда»"
    if ru.stance(said) == "opinion":
        assert voice_lines.not_authors(_unit(said), "ru", ru.stance)


def test_a_round_year_gets_no_option_one_year_off():
    wrong = side_details.bounded(["1790", "1801", "1750", "1810"], "1800", " году", "К ")
    assert "1801" not in wrong and len(wrong) == 3, wrong
    assert "1847" in side_details.bounded(["1847", "1850", "1840"], "1848", " году", "В ")


def test_a_craftsman_an_akim_a_donor_and_a_byline_name_are_trivia():
    from studyapp.generator.lang import weak

    assert weak.trivia_place_or_person(*span("Ауыл әкімі Серік Жандосов жаңа саябақты ашты", "Серік Жандосов"))
    assert weak.trivia_place_or_person(*span("Бұл кілемді шебер Гүлнар Әлиева тоқыған", "Гүлнар Әлиева"))
    assert weak.trivia_place_or_person(*span("Самовар музею подаривший Иван Сёмин жил в Туле", "Иван Сёмин"))
    assert weak.trivia_place_or_person(*span("Беседовали Олег Ким и Дина Сагатова, 9 «А»", "Дина Сагатова"))
    assert not weak.trivia_place_or_person(*span("Академик Сәтбаев Жезқазған кенін зерттеді", "Сәтбаев"))
