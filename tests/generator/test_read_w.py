"""Rules from blind read w's start sample (29 Nov 2026, set 8), each on a hand-made text of another subject."""
from __future__ import annotations

import tempfile
from pathlib import Path

from language_support import bank_of


def _write(name: str, text: str) -> str:
    """The text in a file of that name in a fresh folder."""
    path = Path(tempfile.mkdtemp()) / name
    path.write_text(text, encoding="utf-8")
    return str(path)

SKI_KK = """Қаладағы шаңғы жарысы

«Дала таңы», 9 қаңтар. Тілші: Айгүл Серікқызы

Өткен аптада қала сыртындағы орманда мектеп оқушылары арасында шаңғы жарысы өтті.
Жарысқа он екі мектептің командалары қатысып, қыздар мен ұлдар бөлек сайысты.
Ұлдар арасында бірінші орынды Нұрлан Әбілов иеленді, ол бес шақырымды он сегіз минутта жүріп өтті.
Қыздар арасында үздік нәтижені Дана Мұратқызы көрсетті.
Ұйымдастырушылар жарысты келесі жылы облыстық деңгейде өткізуді жоспарлап отыр.
"""


def test_a_dateline_and_a_reporter_on_one_line_are_never_asked(tmp_path):
    prompts = [q["prompt"] for q in bank_of(tmp_path, SKI_KK, name="kk-ski.txt")]
    assert prompts
    assert not [p for p in prompts if "Тілші" in p or "Серікқызы" in p or "қаңтар" in p], prompts


SAVINGS_RU = """Вклады в банке

Вклад — это деньги, которые человек передаёт банку на хранение за плату.
Плату за хранение денег банк начисляет в виде процентов.
Пример 1 (простой вклад). Асель положила 80 000 тенге под 9% годовых на 3 года.
Проценты за год: 80 000 × 0,09 = 7 200 тенге.
За три года: 7 200 × 3 = 21 600 тенге.
Пример 2 (вклад с капитализацией). Та же сумма и та же ставка, но проценты прибавляются к вкладу.
После первого года: 80 000 × 1,09 = 87 200 тенге.
Доход получился на 2 105 тенге больше, чем в первом примере.
Капитализация означает, что проценты начисляются и на ранее полученные проценты.
[На фото: очередь в отделении банка. Снимок конца 1990-х годов.]
Депозиты физических лиц в Казахстане гарантирует государство.
"""


def test_a_worked_example_its_working_its_result_and_a_bracketed_caption_are_never_asked(tmp_path):
    prompts = [q["prompt"] for q in bank_of(tmp_path, SAVINGS_RU, name="ru-savings.txt")]
    assert prompts
    assert not [p for p in prompts if "Асель" in p or "80 000" in p or "Пример" in p or "примере" in p
                or "Снимок" in p or "1990" in p or "×" in p], prompts


def test_worked_example_paragraphs_are_found_and_a_lesson_sentence_after_them_is_not():
    from types import SimpleNamespace as P

    from studyapp.generator.lang.furniture import worked_examples

    paragraphs = [P(index=i, text=t) for i, t in enumerate([
        "Скорость — это путь, пройденный за единицу времени.",
        "2-мысал. Велосипедші 30 км жолды 2 сағатта жүрді.",
        "v = 30 : 2 = 15 км/сағ.",
        "Жылдамдықтың халықаралық бірлігі – метр секундына.",
        "Задача 3. Поезд прошёл 240 км за 3 часа."])]
    assert worked_examples(paragraphs) == {1, 2, 4}


def test_a_label_and_number_before_a_colon_is_not_how_a_prompt_names_its_document():
    from studyapp.generator.model import SourceDoc

    doc = SourceDoc(id="lab", file="lab.txt", title="Practical 2: Measuring the Rate of Diffusion")
    assert doc.ref == "“Measuring the Rate of Diffusion”"
    assert SourceDoc(id="x", file="x.txt", title="Strategic alliances: Turkey and Central Asia").ref == \
        "“Strategic alliances”"


def test_words_after_and_according_to_end_the_writers_list_and_are_no_speakers_claim():
    from studyapp.generator import run_pipeline

    path = _write("en-club.txt", "The Football Club\n\nThe team had no pitch, no kit and, according to its coach "
                  'Tom Bell, "only one old football between twenty boys". According to Tom Bell, the new pitch '
                  "will be ready by the spring of next year.\n")
    corpus = run_pipeline([path], names=["read", "clean", "languages", "analyse"])
    assert [a.content for a in corpus.docs[0].attributions] == ["the new pitch will be ready by the spring of next year"]


def test_a_month_and_year_is_asked_with_when():
    from studyapp.generator.model import Mention
    from studyapp.generator.stages.phrasing import wh_time

    text = "The first railway in the country was opened in May 1883 near the capital."
    start = text.index("May 1883")
    prompt = wh_time(text, Mention(0, start, start + 8, "May 1883", "date"), 0, "date", set())
    assert prompt == "When was the first railway in the country opened near the capital?", prompt


def test_a_number_inside_a_formula_is_never_blanked():
    from studyapp.generator.checks import GateContext
    from studyapp.generator.lang.checks import check_other_language

    quote = "Формула пути: s = v × t + 5, где v — скорость, t — время."
    ctx = GateContext.from_bank({"sources": [{"id": "d", "text": quote, "topics": []}]})
    q = {"type": "numeric", "kind": "fact", "answer": 5, "prompt": "Заполните пропуск: «s = v × t + _____, где v — "
         "скорость»", "source": {"id": "d", "quote": quote, "paragraph": 1}}
    assert "a blank inside a formula" in check_other_language(q, ctx)
    q["prompt"] = "Заполните пропуск: «Скорость поезда составила _____ км/ч»"
    assert "a blank inside a formula" not in check_other_language(q, ctx)
    q["prompt"] = "Вставьте пропущенное слово: «Город Верный (нынешний _____) был основан в 1854 году»"
    assert "a blank inside a formula" not in check_other_language(q, ctx)


LAB = """Practical 3: The Rate of Evaporation

Background

Water evaporates faster when the air around it is warm and moving. The rate of evaporation is the mass of water lost
per minute.

Method

Pour 50 cm³ of water into each of three dishes. Place one dish near the radiator, one by the open window and one in a
cupboard. Weigh each dish every ten minutes and record its mass in your table. Plot a graph of mass against time for
each dish.

Analysis

Draw a line of best fit for each dish. Compare the three lines on your graph. Write a conclusion about the effect of warm air.
"""


def test_a_step_of_a_procedure_is_no_fact_opinion_item(tmp_path):
    bank = bank_of(tmp_path, LAB, name="en-lab-evaporation.txt")
    assert not [q["prompt"] for q in bank if "fact, an opinion" in q["prompt"]], [q["prompt"] for q in bank]


DICE = """Chance and Dice

The probability of an event is the number of favourable outcomes divided by the number of possible outcomes. An
ordinary die has six faces, numbered from one to six, and each face is equally likely to land on top. The probability
of rolling a four is therefore one in six. Find P(an even number on one roll). Work out the probability of rolling a
number less than three. Solve the puzzle in pairs before the next lesson begins.
"""


def test_a_task_set_to_the_pupil_is_never_asked(tmp_path):
    prompts = [q["prompt"] for q in bank_of(tmp_path, DICE, name="en-dice.txt")]
    assert not [p for p in prompts if "Find" in p or "Work out" in p or "puzzle" in p], prompts


def test_a_speaker_announcing_what_comes_next_is_no_stance_item(tmp_path):
    speech = ("Ten Years of the Chess Club\n\nGood afternoon, everyone. Let me tell you how our chess club began. "
              "Ten years ago four pupils met in the library with two old boards. Let me give you three numbers. "
              "Today the club has sixty members, three coaches and twelve boards. I believe every school should have "
              "a chess club, because the game teaches patience.\n")
    prompts = [q["prompt"] for q in bank_of(tmp_path, speech, name="en-chess-speech.txt")]
    assert not [p for p in prompts if "Let me" in p], prompts


SETS = """Sets and Elements

Chapter 2 — Mathematics, Grade 8

Set theory is the branch of mathematics that describes how likely collections of objects are to overlap. A set is any
collection of distinct objects, such as the days of the week. Each object in a set is called an element of the set.
Two sets are equal when they have exactly the same elements. The empty set has no elements at all. The set
of vowels in English has five elements. Sets are usually named with capital letters. The elements of a set are
written between curly brackets and separated by commas. Georg Cantor began the study of sets in the 1870s.
"""


def test_a_definition_by_any_with_an_example_and_a_mild_value_word_is_asked(tmp_path):
    prompts = {q["prompt"]: q["answer"] for q in bank_of(tmp_path, SETS, name="en-sets.txt")}
    asked = {a.lower() for p, a in prompts.items() if "What is the name for" in p}
    assert {"set", "set theory"} <= asked, prompts
    assert not [p for p in prompts if "such as the days" in p and "name for" in p], prompts


NEWTON_KK = """Ньютонның екінші заңы

Дененің үдеуі оған әсер ететін күшке тура пропорционал, ал массасына кері пропорционал болады.
Бұл заңды ағылшын ғалымы Исаак Ньютон 1687 жылы «Натурал философияның математикалық бастамалары» еңбегінде жариялады.
Күштің өлшем бірлігі – ньютон, ол ғалымның құрметіне аталған.
Ньютон Кембридж университетінде отыз жылдай сабақ берді.

Есеп шығару үлгісі

Массасы 900 кг қайыққа 1800 Н күш әсер етеді. Қайықтың үдеуін табыңдар.
Берілгені: m = 900 кг; F = 1800 Н.
"""


def test_one_word_is_asked_once_per_document_in_any_of_its_cases():
    # read w: an opinion piece on teachers' uniform blanked форма, форманы and форма again in four questions
    from studyapp.generator.lang import language_module
    from studyapp.generator.lang.generate import asked_once
    from studyapp.generator.model import Candidate

    para = "Оқушылар форма киеді. Мұғалімге форманы кигізу керек пе? Үш жыл бұрын форма енгізілді. Үш минут қалды."
    blanks = [("Оқушылар _____ киеді.", "форма"), ("Мұғалімге _____ кигізу керек пе?", "форманы"),
              ("_____ жыл бұрын форма енгізілді.", "Үш"), ("_____ минут қалды.", "үш")]
    chosen = [Candidate("cloze", "fact", prompt, answer, "d", para, 1, template="cloze", answer_kind="word")
              for prompt, answer in blanks]
    kept = [c.answer for c, _ in asked_once(chosen, {"d": language_module("kk")})]
    assert kept == ["форма", "Үш", "үш"], kept  # a number word is a figure of its own sentence


def test_a_section_of_a_worked_problem_is_never_asked(tmp_path):
    prompts = [q["prompt"] for q in bank_of(tmp_path, NEWTON_KK, name="kk-newton.txt")]
    assert prompts and not [p for p in prompts if "900" in p or "1800" in p or "қайық" in p.lower()], prompts


def test_a_common_noun_for_a_person_is_asked_who_and_praise_is_no_term():
    # read w: "Что такое барыня?" and "Как называется роща …? → особая гордость парка"
    from studyapp.generator.lang.ru_ideas import definition

    d = definition("Ямщик — крестьянин, который возил почту и путников на лошадях.")
    assert d is not None and d.person == "masc" and d.term == "ямщик", d
    assert definition("Кузнец — мастер, который куёт железо.").term == "кузнец"
    thing = definition("Тройка — упряжка из трёх лошадей, запряжённых рядом.")
    assert thing is not None and not thing.person, thing
    assert definition("Главное украшение сада — старая яблоня у самого крыльца.") is None
    assert definition("Особая гордость музея — коллекция старинных самоваров из Тулы.") is None
    named = definition("Пётр Гринёв — молодой дворянин, которого отец отправляет служить в крепость.")
    assert named is not None and named.term == "Пётр Гринёв" and named.person == "masc", named


def test_a_need_someone_else_states_is_no_opinion_of_the_writer():
    from studyapp.generator.lang import language_module

    kk = language_module("kk")
    assert kk.stance("Ата-аналар арасында сабақты кешірек бастау керек деген ұсыныс жиі айтылады.") == "report"
    assert kk.stance("Менің ойымша, сабақты кешірек бастау керек.") == "opinion"


def test_a_figure_the_title_gives_before_the_same_noun_is_never_blanked():
    from studyapp.generator.lang.salience import title_figure

    title = ["кеплердің", "үш", "заңы"]
    assert title_figure("үш", " заң планеталардың қозғалысын сипаттайды", title)
    assert not title_figure("үш", " жыл бойы бақылау жүргізді", title)
    assert title_figure("три", " закона движения", ["три", "закона", "ньютона"])



REPUBLIC = """The Roman Republic

In 509 BC the Romans drove out their last king and set up a republic. Power passed to two consuls, elected every
year, and to the Senate, a council of former officials. The Roman Senate advised the consuls and controlled the
treasury. Ordinary citizens met in the Assembly, which passed laws and elected the consuls. Over time the Senate
grew more powerful than the Assembly, and rich families came to dominate both.
"""


def test_a_one_word_key_accepts_the_longer_name_the_document_writes_once(tmp_path):
    typed = [q for q in bank_of(tmp_path, REPUBLIC, name="en-rome.txt") if q["type"] in ("cloze", "short_answer")
             and q["answer"] == "Senate"]
    assert typed and all("Roman Senate" in q.get("aliases", []) for q in typed), typed


def test_a_sentences_first_word_is_no_part_of_a_longer_name():
    from types import SimpleNamespace

    from studyapp.generator.model import Candidate
    from studyapp.generator.stages.point import long_forms

    doc = SimpleNamespace(text="Why is the capital so far north? Is Ankara older than Istanbul? Visitors love Ankara.",
                          hints={})
    key = Candidate("cloze", "fact", "Visitors love _____.", "Ankara", "d", "Visitors love Ankara.", 1)
    assert long_forms(key, doc) == []


def test_a_conjunction_before_a_unit_is_no_quantity():
    from studyapp.generator.lang.formula_units import measures

    found = measures("Ставка показывает долю долга, которую платят за год, и выражается в процентах годовых.", "", "ru")
    assert all(len(m.quantity) >= 3 for m in found), found


def test_a_key_whose_word_family_stands_in_its_stem_is_refused():
    # read w and x: "thousands of _____ women marched … to Paris" (Parisian) was dropped by both readers
    from studyapp.generator.checks import GateContext, check_question

    quote = "In 1917 many Russian workers marched through Petrograd, and soon the whole of Russia was in revolt."
    ctx = GateContext.from_bank({"sources": [{"id": "d", "text": quote, "topics": []}]})
    q = {"type": "cloze", "kind": "fact", "answer": "Russian", "source": {"id": "d", "quote": quote, "paragraph": 1},
         "prompt": "In 1917 many _____ workers marched through Petrograd, and soon the whole of Russia was in revolt."}
    assert "the answer's word family in the stem" in check_question(q, ctx)
    q["answer"], q["prompt"] = "Petrograd", "In 1917 many Russian workers marched through _____, and soon the whole "\
        "of Russia was in revolt."
    assert "the answer's word family in the stem" not in check_question(q, ctx)
