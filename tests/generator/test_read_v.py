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
