"""Seventeenth session (read w16): a place the document names once, where the sentence's event happened, is no key
(`lang.scene`): "в _____" (a town in a life story), "_____ қаласында", "on the eastern shore of the _____". A place
the text comes back to, and a battle's place, stay. English had the rule (`salience.named_once_reason`) but let "the
_____ <noun>" pass as the thing named; now a place noun or no noun after it ("into the _____ alone") is still a
setting. Through the real pipeline; each test fails without its rule."""
from __future__ import annotations

from studyapp.generator import generate_bank
from studyapp.generator.lang.scene import scene_place

# made-up lives and towns: no rule names them
LIFE = """Жизнь механика Петра Гордеева

Пётр Гордеев родился в 1921 году в семье учителя. Детство он провёл в Кинешме, где увлёкся моторами.
В 1939 году Гордеев поступил в Горьковский политехнический институт. Там он собрал свой первый двигатель.
После войны в Тарусе Гордеев встретил инженера Анну Лебедеву, и вскоре они поженились.
В 1955 году Гордеев сконструировал лёгкий трактор для полей Горьковской области. Трактор выпускали двадцать лет.
Горьковский завод наградил Гордеева орденом за этот трактор. Гордеев работал на заводе до 1981 года.
"""

STORY = """The Fisherman of Kossi

"The Fisherman of Kossi" is a short novel by the Ghanaian writer Kofi Mensah, published in 1962. It tells the story of
an old fisherman, Yaw, and his long fight with a great fish.
For sixty days Yaw has caught nothing, and the other fishermen call him unlucky. Only the boy Kwame still helps him.
On the sixty-first day Yaw rows far out into the Volta Current alone, hoping to find the great fish.
The fish pulls his boat for three days and nights. Yaw talks to the fish and calls it his brother.
Yaw represents courage and dignity in defeat. Kwame represents loyalty and the hope of the next generation.
"""


def test_a_place_set_after_a_preposition_and_named_once_is_a_scene():
    text = "После войны в Тарусе Гордеев встретил инженера Анну Лебедеву."
    at = text.find("Тарусе")
    assert scene_place(text, at, at + 6, LIFE, "ru")
    kk = "Ансамбль көктемде Түркістан қаласында өтетін байқауға қатысады."
    at = kk.find("Түркістан")
    assert scene_place(kk, at, at + 9, kk, "kk")


def test_a_place_the_text_returns_to_or_a_battles_place_stays():
    text = "В 1939 году Гордеев поступил в Горьковский политехнический институт."
    at = text.find("Горьковский")
    assert not scene_place(text, at, at + 11, LIFE, "ru")  # "Горьковский завод" again
    battle = "Тэмуджин потерпел поражение в битве при Далан-Балджутах."
    at = battle.find("Далан")
    assert not scene_place(battle, at, len(battle) - 1, battle, "ru")
    kk = "Көп ұзамай қазақ қолы Бұланты өзенінің бойында жоңғарларға соққы берді."
    at = kk.find("Бұланты")
    assert not scene_place(kk, at, at + 7, kk, "kk")


def test_no_russian_question_asks_a_town_of_the_life_named_once(tmp_path):
    path = tmp_path / "gordeev.txt"
    path.write_text(LIFE, encoding="utf-8")
    keys = [str(q["answer"]) for q in generate_bank([path])["questions"]]
    assert keys, "no questions"
    assert not [k for k in keys if k.startswith(("Тарус", "Кинешм"))], keys


def test_no_english_gap_asks_the_setting_of_a_story_named_once(tmp_path):
    path = tmp_path / "kossi.txt"
    path.write_text(STORY, encoding="utf-8")
    keys = [str(q["answer"]) for q in generate_bank([path])["questions"]]
    assert keys, "no questions"
    assert "Volta Current" not in keys, keys
