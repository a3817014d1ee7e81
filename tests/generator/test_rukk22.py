"""Seventeenth session, Russian and Kazakh: what the read w17 set and its samples showed. Through the real pipeline;
each test fails without its fix."""
from __future__ import annotations

from studyapp.generator import generate_bank

EQUATIONS = """Неполные квадратные уравнения

Если хотя бы один из коэффициентов b или c равен нулю, уравнение называют неполным.
Уравнение x² − 5x = 0 решается вынесением общего множителя за скобки: x(x − 5) = 0, значит, x = 0 или x = 5.
Уравнение 3x² − 12 = 0 сводится к x² = 4, откуда x = 2 или x = −2.
"""


def test_a_zero_among_three_figures_is_no_ratio_to_divide_by(tmp_path):
    path = tmp_path / "uravneniya.txt"
    path.write_text(EQUATIONS, encoding="utf-8")
    bank = generate_bank([path])  # crashed: "x = 5 … x = 0" read as a run of figures with one ratio
    assert isinstance(bank["questions"], list)


LUNGS = """Тыныс алу мүшелері

Тыныс алу жүйесіне мұрын қуысы, көмей, кеңірдек, бронхылар және өкпе жатады.
Өкпеде ауадағы оттек қанға өтеді, ал қаннан көмірқышқыл газы ауаға шығады.
Бұл алмасу өкпе көпіршіктерінде, яғни альвеолаларда жүреді.
Диафрагма — кеуде қуысын құрсақ қуысынан бөліп тұратын жалпақ бұлшықет.
Тыныштық күйде ересек адам минутына 16–18 рет тыныс алады.
Өкпенің тіршілік сыйымдылығын 1846 жылы ағылшын дәрігері Джон Хатчинсон спирометрмен өлшеген.

Негізгі ұғымдар: көмей, кеңірдек, бронх, альвеола, диафрагма, тыныс алу жиілігі.

Өзіңді тексер. Неліктен таудың басында тыныс алу қиындайды?
"""


def test_a_textbooks_list_of_its_terms_and_its_check_yourself_line_are_not_asked(tmp_path):
    path = tmp_path / "okpe.txt"
    path.write_text(LUNGS, encoding="utf-8")
    quotes = [q["source"]["quote"] for q in generate_bank([path])["questions"]]
    assert quotes, "no questions"
    assert not [q for q in quotes if "Негізгі ұғымдар" in q or "Өзіңді тексер" in q], quotes


HEART = """Жүрек

Жүрек — кеуде қуысында орналасқан бұлшықетті қуыс мүше.
Ересек адамның жүрегі шамамен жұдырықтай, салмағы 250–300 грамдай болады. Ол төрт бөліктен тұрады: екі жүрекше және
екі қарынша.
Жүректі 1628 жылы ағылшын дәрігері Уильям Гарвей зерттеп, қанның тұйық жүйемен айналатынын дәлелдеді.
"""


def test_a_count_the_sentence_adds_up_is_no_blank(tmp_path):
    path = tmp_path / "zhurek.txt"
    path.write_text(HEART, encoding="utf-8")
    keys = [str(q["answer"]) for q in generate_bank([path])["questions"]]
    assert keys, "no questions"
    assert not {"екі", "төрт"} & set(keys), keys  # "төрт бөліктен: екі жүрекше және екі қарынша"
