"""Rules of round rukk12 (read y: Russian and Kazakh readers found every question a fill-in-the-blank, stems leaning
on a sentence the pupil cannot see, a worked example's data asked, and loose accepted answers), each on hand-made
sentences: more causal shapes read ("Так как C, E", "E из-за того, что C", "… Осы себепті E2"); a "why" with few
other causes takes other relations' effects as options; a definition with a bracketed formula or a "тогда как"
clause is read, a comparison is none; "После его смерти …" leans on the sentence before; a count after a pointing
word is no blank; a worked example's line is not asked; a region's last word and a name before a possessed noun
are no accepted answers."""
from __future__ import annotations

from language_support import answer_of, bank_of

from studyapp.generator.lang import common, furniture, kk_ideas, kk_morph, language_module, person_options, ru_ideas
from studyapp.generator.lang import salience
from studyapp.generator.lang.ideas import Cause, Ideas, questions
from studyapp.generator.model import Paragraph, SourceDoc


def test_russian_causes_led_by_the_cause_or_by_iz_za_togo_chto():
    c = ru_ideas.cause("Так как снег отражает солнечные лучи, воздух над полями остаётся холодным.")
    assert c is not None and c.cause == "Снег отражает солнечные лучи", c
    assert c.ask == "Почему воздух над полями остаётся холодным?", c
    c = ru_ideas.cause("Река весной разливается из-за того, что в горах быстро тает снег.")
    assert c is not None and c.cause == "в горах быстро тает снег" and c.ask == "Почему река весной разливается?", c


def test_kazakh_cause_chain_osy_sebepti_takes_the_effect_before():
    before = "Қала таулардан алыс орналасқан, сондықтан жазда ауа қатты қызады."
    c = kk_ideas.cause("Осы себепті қалада жаз өте ыстық болады.", before)
    assert c is not None and c.cause == "жазда ауа қатты қызады", c
    assert c.ask == "Неліктен қалада жаз өте ыстық болады?", c


def _unit(text: str) -> common.Unit:
    doc = SourceDoc(id="d", file="d.txt", language="ru")
    doc.paragraphs = [Paragraph(index=0, text=text)]
    return common.Unit(doc, 0, text, 0, text)


def test_a_why_with_one_other_cause_takes_another_relations_effect_as_an_option():
    lang = language_module("ru", "cyrl")
    asked = "Зимой реки замерзают медленно, потому что вода отдаёт тепло очень долго."
    other = "Лёд легче воды, поэтому лёд плавает на поверхности озёр."
    ideas = Ideas(causes={asked: ru_ideas.cause(asked), other: ru_ideas.cause(other)})
    assert ideas.causes[other].effect == "лёд плавает на поверхности озёр"
    found = [c for c in questions(_unit(asked), lang, ideas) if c.template == "why"]
    assert found and found[0].prompt == "Почему зимой реки замерзают медленно?", found
    assert set(found[0].choices) == {"Вода отдаёт тепло очень долго", "Лёд легче воды", "Лёд плавает на поверхности озёр"}
    alone = Ideas(causes={asked: ideas.causes[asked], "x": Cause("", "Лёд легче воды", "")})
    assert not [c for c in questions(_unit(asked), lang, alone) if c.template == "why"]  # one option only: no question


def test_a_definition_with_a_formula_in_brackets_and_a_contrast_is_read():
    d = ru_ideas.definition("Аргон – это газ, атом которого не вступает в реакции (Ar), тогда как кислород активен.")
    assert d is not None and d.meaning == "газ, атом которого не вступает в реакции", d
    assert d.ask == "Как называется газ, атом которого не вступает в реакции?", d


def test_a_comparison_is_no_definition():
    d = ru_ideas.definition("Современная физика — это работа в лаборатории не меньше, чем работа у доски.")
    assert d is None or not d.ask and not d.meaning, d


def test_a_possessive_after_a_preposition_leans_on_the_sentence_before():
    lang = language_module("ru", "cyrl")
    assert common.leans("После его смерти по городу распространяются слухи о мертвеце.", lang)
    assert common.leans("Оказалось, что от них произошли дикие лошади степей.", lang)
    assert not common.leans("Учёный изучал его труды много лет.", lang)


def test_a_leaning_sentence_skipped_makes_the_next_no_sounder():
    text = ("После его смерти по городу распространяются слухи о мертвеце, который пугает прохожих по ночам. "
            "Однажды он пугает и самого судью на мосту.")
    doc = SourceDoc(id="d", file="d.txt", language="ru")
    doc.paragraphs = [Paragraph(index=0, text=text)]
    units = common.units_of(doc, language_module("ru", "cyrl"))
    assert not [u for u in units if "его смерти" in u.text], [u.text for u in units]


def test_a_count_after_a_pointing_word_is_no_blank():
    lang = language_module("kk", "cyrl")
    text = "Осы екі күштің арқасында айналым тоқтамай жүреді."
    at = text.index("екі")
    assert salience.number_word_never(text, at, at + 3, lang)
    text = "Айналым екі күштің арқасында тоқтамай жүреді."
    at = text.index("екі")
    assert not salience.number_word_never(text, at, at + 3, lang)


def test_a_worked_example_line_is_not_asked(tmp_path):
    assert furniture.example_line("Санды 100-ге бөлеміз.\nМысал: 25 оқушының 20-сы келді.")
    assert furniture.example_line("Пример: в классе 25 учеников.")
    assert not furniture.example_line("Наша задача: понять, как растут кристаллы.")
    text = ("Пайыздар\n\nПайыз – санның жүзден бір бөлігі. Санның пайызын табу үшін санды 100-ге бөліп, пайыз санына "
            "көбейтеміз.\nМысал: 25 оқушының 20-сы сабаққа келді. Дүкендер тауар бағасын жиі пайызбен төмендетеді.\n")
    assert not [q for q in bank_of(tmp_path, text) if "оқушының" in q["prompt"]]


def test_a_regions_last_word_and_a_name_before_a_possessed_noun_are_no_aliases():
    lang = language_module("kk", "cyrl")
    assert "Қазақстанның" not in person_options.aliases("Орталық Қазақстанның", "Орталық Қазақстан", lang, "", "")
    assert kk_morph.bare_name("Орталық Қазақстанның", set()) == ["Орталық Қазақстан"]
    assert kk_morph.bare_name("Федор Достоевскиймен", set()) == ["Федор Достоевский", "Достоевский"]
    assert kk_morph.bare_alias("Жезді", "Жезді", set(), " кенішінде марганец өндірілді") == []
    assert kk_morph.bare_alias("Қазақстанның", "Қазақстанның", set(), " тарихы") == ["Қазақстан"]
    assert kk_morph.bare_alias("Алматыда", "Алматыда", set(), " тұрды") == ["Алматы"]
    assert answer_of({"answer": "x"}) == "x"


THEMES = """Повесть о мельнике: путеводитель

Основные темы

Труд и терпение. Мельник каждый день встаёт до рассвета и чинит колесо, которое снова ломает весенняя вода.

Жадность купца. Приезжий торговец скупает всю муку за бесценок и продаёт её втридорога в городе.

Дружба соседей. Когда плотину прорывает, вся деревня выходит с лопатами и за одну ночь насыпает новую.

Сила природы. Река каждый год меняет русло, и никто не может предсказать, где она пройдёт весной.
"""


def test_labelled_themes_are_asked_by_their_description(tmp_path):
    found = [q for q in bank_of(tmp_path, THEMES) if q["prompt"].startswith("Какую тему иллюстрирует")]  # rukk14: no section
    assert len(found) >= 3, [q["prompt"] for q in bank_of(tmp_path, THEMES)]
    q = next(q for q in found if "плотину" in q["prompt"])
    assert answer_of(q) == "Дружба соседей" and "Сила природы" in q["choices"], q
    assert q["source"]["quote"].startswith("Дружба соседей. Когда плотину"), q["source"]


def test_a_description_writing_its_labels_word_is_not_asked():
    from studyapp.generator.lang import labelled
    from studyapp.generator.model import Paragraph as P

    paras = [P(1, "Булану. Күн судың бетін қыздырады, су буға айналып, ауаға көтеріледі.", section="Кезеңдер"),
             P(2, "Конденсация. Ауа салқындап, конденсация басталады және тамшылар пайда болады.", section="Кезеңдер"),
             P(3, "Жауын-шашын. Тамшылар ірілене береді де, жерге жаңбыр болып түседі.", section="Кезеңдер")]
    found = labelled.gather(paras, language_module("kk", "cyrl"))
    assert set(found) == {1, 3} and found[1].label == "Булану", found
    assert labelled.gather(paras[:2], language_module("kk", "cyrl")) == {}  # two labels: too few options


def test_a_kazakh_when_without_its_subject_names_the_main_person():
    from studyapp.generator.lang import blanks

    assert blanks.pronoun_named("Қай жылы институтты бітіріп, инженер атанды?", "Сәтбаев", "kk") == \
        "Қай жылы Сәтбаев институтты бітіріп, инженер атанды?"
    assert blanks.pronoun_named("Қай жылы ол Алматыға көшті?", "Сәтбаев", "kk") == "Қай жылы Сәтбаев Алматыға көшті?"
    assert blanks.pronoun_named("Қай жылы ол кезде қала салынды?", "Сәтбаев", "kk") == "Қай жылы ол кезде қала салынды?"
    assert blanks.pronoun_named("Қай жылы зауыт салынды?", "Сәтбаев", "kk") == "Қай жылы зауыт салынды?"  # a subject
    assert blanks.pronoun_named("Қай жылы институтты бітірді?", "Сәтбаевтың", "kk") == "Қай жылы институтты бітірді?"
