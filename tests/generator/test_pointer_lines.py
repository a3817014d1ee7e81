"""A line pointing to further reading ("Read more: …", "Читайте также: …", "Толығырақ: …") is the publisher's teaser,
not the author's text: nothing is asked from it (a fresh held-out biography had "Read more: … No. _____ …" asked)."""
from __future__ import annotations

import pytest
from language_support import bank_of

from studyapp.generator.stages.furniture import POINTER

TEXTS = {
    "en": ("The Glass Bridge\n\nThe glass bridge over the Karst gorge opened in 2019 after four years of work. Its "
           "floor is made of three layers of toughened glass, each 40 millimetres thick. Engineer Maria Lenz designed "
           "it to carry 800 visitors at once.\n\nRead more: The old rope bridge of 1923 was taken down in 2015 and "
           "moved to the town museum.\n", "rope bridge"),
    "ru": ("Стеклянный мост\n\nСтеклянный мост через ущелье Карст открыли в 2019 году после четырёх лет работы. Его "
           "пол сделан из трёх слоёв закалённого стекла толщиной 40 миллиметров. Инженер Мария Ленц рассчитала мост "
           "на 800 посетителей одновременно.\n\nЧитайте также: Старый канатный мост 1923 года разобрали в 2015 году "
           "и перенесли в городской музей.\n", "канатный"),
    "kk": ("Шыны көпір\n\nҚарст шатқалы үстіндегі шыны көпір төрт жылдық жұмыстан кейін 2019 жылы ашылды. Оның "
           "едені қалыңдығы 40 миллиметр болатын шынының үш қабатынан жасалған. Инженер Мария Ленц көпірді бір "
           "мезгілде 800 келушіге есептеді.\n\nТолығырақ: 1923 жылғы ескі арқан көпір 2015 жылы бөлшектеліп, қала "
           "мұражайына көшірілді.\n", "арқан"),
}


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_nothing_is_asked_from_a_read_more_line(tmp_path, language):
    text, words = TEXTS[language]
    questions = bank_of(tmp_path, text)
    assert questions, "the article itself is asked"
    assert not [q for q in questions if words in q["source"]["quote"]], questions


@pytest.mark.parametrize("line", ["Read more: The bridge in numbers", "See also – The old bridge",
                                  "Читайте также: Как строят мосты", "Подробнее: история моста",
                                  "Толығырақ оқу: Абай. Қара сөздер."])
def test_pointer_lines_are_recognised(line):
    assert POINTER.match(line)


@pytest.mark.parametrize("line", ["Read more carefully, and the poem changes.", "Related questions of safety were "
                                  "raised by the council.", "Подробнее всего изучен северный склон."])
def test_sentences_that_merely_start_alike_are_not_pointers(line):
    assert not POINTER.match(line)
