"""Russian and Kazakh documents: encodings read, mojibake refused, language detected, questions in the language."""
from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.generator import DocumentError, generate_bank
from studyapp.generator.checks import GateContext, check_question
from studyapp.generator.lang.detect import detect_language
from studyapp.generator.lang.kk import attach, split_case
from studyapp.generator.lang.ru import agree
from studyapp.generator.stages.read import decode
from studyapp.text import fold

FIXTURES = Path(__file__).parent / "fixtures" / "languages"
RU = FIXTURES / "ru-history-abai.txt"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1251", "koi8_r"])
def test_a_russian_text_reads_the_same_in_every_encoding(encoding):
    text = RU.read_text(encoding="utf-8").replace("«", '"').replace("»", '"')  # KOI8-R has no «»
    assert decode(text.encode(encoding)) == decode(text.encode("utf-8"))


def test_a_windows_1251_copy_gives_the_same_bank(tmp_path):
    copy = tmp_path / "abai.cp1251.txt"
    copy.write_bytes(RU.read_text(encoding="utf-8").encode("cp1251"))
    same = tmp_path / "abai.txt"
    same.write_bytes(RU.read_bytes())
    ours, theirs = generate_bank([copy]), generate_bank([same])
    assert [(q["prompt"], q["choices"], q["answer"]) for q in ours["questions"]] == \
        [(q["prompt"], q["choices"], q["answer"]) for q in theirs["questions"]]
    assert ours["questions"]


@pytest.mark.parametrize("garble", ["cp1252", "latin-1"])
def test_mojibake_is_refused_with_a_message_a_teacher_can_act_on(tmp_path, garble):
    # Russian saved as Windows-1251, opened as Western text and saved again as UTF-8: "Àáàé Êóíàíáàåâ …"
    garbled = RU.read_text(encoding="utf-8").encode("cp1251").decode(garble, errors="replace")
    path = tmp_path / "garbled.txt"
    path.write_text(garbled, encoding="utf-8")
    with pytest.raises(DocumentError, match="garbled.*UTF-8"):
        generate_bank([path])


def test_utf8_read_as_latin_is_refused(tmp_path):
    path = tmp_path / "double.txt"
    path.write_text(RU.read_text(encoding="utf-8").encode("utf-8").decode("cp1252", errors="replace"), "utf-8")
    with pytest.raises(DocumentError, match="garbled"):
        generate_bank([path])


@pytest.mark.parametrize("name, language", [("ru-news-shkola.txt", "ru"), ("kk-news-mektep.txt", "kk"),
                                            ("kk-latn-abai.txt", "kk"), ("ru-science-fotosintez.txt", "ru")])
def test_the_language_is_detected(name, language):
    assert detect_language((FIXTURES / name).read_text(encoding="utf-8")) == language


def test_english_and_turkish_are_not_taken_for_latin_kazakh():
    assert detect_language("The Kazakh Khanate was founded in 1465 by Kerei and Janibek.") == "en"
    assert detect_language("Türkiye'nin başkenti Ankara'dır ve en büyük şehri İstanbul'dur.") == "en"


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.txt")))
def test_every_genre_gives_questions_in_its_language_that_quote_the_text(name):
    path = FIXTURES / name
    bank = generate_bank([path])
    words = len(path.read_text(encoding="utf-8").split())
    language = name[:2]
    assert len(bank["questions"]) * 100 / words >= 3
    source = bank["sources"][0]
    assert source["language"] == language
    for q in bank["questions"]:
        assert q["language"] == language
        assert q["source"]["quote"] in source["text"]
        if q["kind"] == "fact":  # the key, or the form of it the text writes (эпицентр: "эпицентром"), up to case
            keys = [str(q["answer"]), *q.get("aliases", [])]
            assert any(fold(k) in fold(q["source"]["quote"]) for k in keys), q
        if q["type"] == "multiple_choice":
            assert q["answer"] in q["choices"] and len(set(q["choices"])) == len(q["choices"]) >= 3
    assert generate_bank([path]) == bank  # deterministic


def test_a_mixed_bank_keeps_english_questions_english():
    english = Path(__file__).parent / "documents" / "photosynthesis.md"
    bank = generate_bank([english, FIXTURES / "ru-history-abai.txt"])
    assert [s.get("language", "en") for s in bank["sources"]] == ["en", "ru"]
    assert {q.get("language", "en") for q in bank["questions"]} == {"en", "ru"}


def test_russian_distractors_take_the_answers_case():
    assert agree("Бельгия", "Турции") == "Бельгии"
    assert agree("движение", "движением") == "движением"


def test_kazakh_case_endings_come_off_names_and_go_back_on_with_harmony():
    assert split_case("Ердоғанның", set()) == ("Ердоған", "gen")
    assert split_case("Барақтан", set()) == ("Барақ", "abl")
    assert split_case("Есенбұға", set()) == ("Есенбұға", "")  # a name that only looks like a dative
    assert attach("Жер", "gen") == "Жердің"
    assert attach("Ай", "dat") == "Айға"
    assert attach("Ердоған", "gen") == "Ердоғанның"


def test_the_gate_checks_a_russian_question_without_the_english_rules():
    text = "В 1186 году Тэмуджин был избран монгольским ханом."
    ctx = GateContext.from_bank({"sources": [{"id": "d", "text": text}]})
    q = {"type": "multiple_choice", "kind": "fact", "prompt": "В каком году Тэмуджин был избран монгольским ханом?",
         "choices": ["1186", "1187", "1190"], "answer": "1186", "language": "ru",
         "source": {"id": "d", "quote": text, "paragraph": 1}}
    assert check_question(q, ctx) == []
    assert "leftover link, footnote marker or markup" in check_question({**q, "language": "en"}, ctx)
    assert check_question({**q, "choices": ["1186", "1187", "Тэмуджин"]}, ctx) == ["a distractor stands in the prompt"]


def test_a_long_russian_text_takes_linear_time_and_a_repeated_passage_is_asked_once(tmp_path):
    import time

    text = (FIXTURES / "ru-science-fotosintez.txt").read_text(encoding="utf-8")
    generate_bank([FIXTURES / "ru-science-fotosintez.txt"])  # the dictionaries load once, outside the timing
    seconds = {}
    counts = {}
    for copies in (8, 32):
        path = tmp_path / f"x{copies}.txt"
        path.write_text("\n\n".join([text] * copies), encoding="utf-8")
        started = time.perf_counter()
        bank = generate_bank([path])
        seconds[copies] = time.perf_counter() - started
        counts[copies] = len(bank["questions"])
    assert counts[32] == counts[8]  # the repeated passage is asked once however often it repeats
    assert seconds[32] < 8 * seconds[8], seconds  # four times the text; quadratic work would take about 16 times


def test_kazakh_speech_asks_who_said_with_names_in_the_nominative(tmp_path):
    path = tmp_path / "kenes.txt"
    path.write_text("Мәслихат отырысы\n\nАқмола облысының әкімі Марат Ахметжанов жаңа жолдың құрылысы келесі жылы "
                    "басталатынын мәлімдеді. Депутат Айгүл Серікова «Ауыл мектептеріне көбірек қаржы бөлу керек» "
                    "деп айтты. Кеңес мүшесі Ғани Бейсембаев «Ауруханалардың жабдықтары ескірген» деп атап өтті. "
                    "Отырыс екі сағатқа созылды.\n", encoding="utf-8")
    questions = generate_bank([path])["questions"]
    asked = {q["prompt"]: q for q in questions}
    said = asked.get("«Ауыл мектептеріне көбірек қаржы бөлу керек» деп кім айтты?")
    assert said and said["answer"] == "Айгүл Серікова" and said["language"] == "kk"
    assert set(said["choices"]) == {"Айгүл Серікова", "Марат Ахметжанов", "Ғани Бейсембаев"}
    assert "Кім жаңа жолдың құрылысы келесі жылы басталатынын мәлімдеді?" in asked


def test_name_options_come_from_the_questions_own_document(tmp_path):
    """A bank of several Russian texts: a who-said question never offers a name from another text (blind readers
    dropped Erdoğan and Aristotle offered about Genghis Khan, Abai in a 2024 school news item). Gaps on names take
    no options at all since reads p and q (test_form_choice.py)."""
    from studyapp.generator import generate_bank
    from studyapp.text import fold

    folder = Path(__file__).parent / "fixtures" / "languages"
    khans = tmp_path / "ru-council.txt"  # several people quoted, so who-said questions offer names of their kind
    khans.write_text("Совет школы\n\nДиректор Ирина Петрова заявила, что новый спортзал откроют в сентябре. "
                     "Завуч Олег Смирнов отметил, что расписание кружков изменится с октября. Учитель физики Анна "
                     "Козлова сказала, что лаборатория получит десять новых микроскопов. Председатель родительского "
                     "комитета Марат Ахметов подчеркнул, что родители соберут деньги на новую библиотеку.\n",
                     encoding="utf-8")
    bank = generate_bank([folder / "ru-history-abai.txt", folder / "ru-news-shkola.txt",
                          folder / "ru-science-fotosintez.txt", folder / "kk-history-abai.txt",
                          folder / "kk-news-mektep.txt", khans])
    texts = {s["id"]: fold(s["text"]) for s in bank["sources"]}
    named = [q for q in bank["questions"] if q["type"] == "multiple_choice" and q.get("choices")
             and not q["prompt"].startswith(("В каком документе", "Бұл қай мәтінде"))
             and all(c[:1].isupper() and not c[:1].isdigit() for c in q["choices"])]
    assert named, "the texts should give questions with names as options"
    for q in named:
        own = texts[q["source"]["id"]]
        for choice in q["choices"]:
            stem = fold(choice)[:max(4, len(fold(choice)) - 3)]  # a name in another case keeps its stem
            assert stem in own, (q["prompt"], choice)
