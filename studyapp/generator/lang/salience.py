"""The precision gate of a Russian or Kazakh gap-fill: is the blanked word salient in its document?

Blind reads of documents the rules were never fitted to (2026-11-29n/o) dropped most gap-fills on a word a pupil
fills without reading: a usual word the document writes once (агрегатных _____, _____ тебу, короткое _____), or
a word of the document's own title (Наурыз in a text on Nauryz, Казахстана under "Образование Казахского
ханства"). A term is a blank only when the document writes it in two or more sentences, defines it, or is rare;
no name or term whose first five letters a title word shares when the text writes it twice or more (its
subject; "В _____ открылась школа" under "В Астане открылась школа …" stays: the prompt does not show the
title). A document left short of questions takes such blanks back as its last resort (`generate.questions_for`),
so the density of questions per 100 words holds (3 is the floor).

After read s (2026-11-29s): a figure is a gap with options only where it is the point of its sentence
(`figure_tier`: not a designator like школа № 41 or a number the sentence computes; a count of people only as a
reserve), and a private person -- one the text introduces by an everyday role, or the partner of a conversation --
or half a name is never a gap (`private`).

After reads u and v (rukk10): never a figure the stem gives by arithmetic (`computed`, `arithmetic`), a count in a
sentence that says who took part (`scene_count`), a year an age and another year give (`lifespan`), a row of a
list of shares (`list_row`), nor half of a written numeral or the count of a list after a colon
(`number_word_never`).
"""
from __future__ import annotations

import re

from studyapp.generator import arithmetic
from studyapp.generator.lang import blanks, obvious
from studyapp.generator.lang.common import WORD
from studyapp.text import fold

PER_100_WORDS = 3.2  # below this many questions per 100 words a document takes back its reserve blanks
LONG_WORDS = 250  # a longer document takes back only what keeps it at the floor: readers dropped its weak blanks
MIN_WRONG = 3  # a name or term with fewer fitting wrong options is no multiple choice (read p: two of four fit)
FLOOR = 3.0  # (read p): fewer is better there, but never fewer than 3 questions per 100 words


ACRONYM = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,}(?:-[^\W\d_]+)?")  # ЮНЕСКО-ның, ООН (rukk17)


def title_keys(title: str, doc_id: str) -> set[str]:
    """The five-letter keys of the title's words of four letters or more; none for a file name standing in for
    a missing title, or the first sentence of an untitled text (they tell nothing); one word is a title ("БАЙКАЛ")."""
    title = title.strip()
    one_word = re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", title) is not None and len(title) >= 4
    if not title or title == doc_id or " " not in title and not one_word or title.endswith((".", "!", "?")) or \
            len(WORD.findall(title)) > 12:  # no title line: the first sentence stands in for it
        return set()
    return {fold(w)[:5] for w in WORD.findall(title) if len(w) >= 4}


def title_figure(answer: str, after: str, words: list[str]) -> bool:
    """The figure stands in the title before the same noun: "Ньютонның үш заңы" gives "… тұжырымдаған _____ заң"
    (read w)."""
    following = WORD.findall(after)[:1]
    return bool(following) and any(w == fold(answer) and words[i + 1][:3] == fold(following[0])[:3]
                                   for i, w in enumerate(words[:-1]))


def in_title(word: str, keys: set[str]) -> bool:
    """Any word of the (possibly two-word) answer shares its first five letters with a title word."""
    return any(len(w) >= 4 and fold(w)[:5] in keys for w in WORD.findall(word))


def title_name(answer: str, base: str, stats: blanks.DocStats, person: bool) -> bool:
    """A name the title gives, never a gap's key (not even the reserve of a short document): a person the title
    names (the title character, the author in "Мұхтар Әуезов. «Көксерек»": read r dropped 3 of 3) or any name the
    text writes again. A place a news title names once stays (its blank is the news: "В _____ открылась школа")."""
    if not (in_title(answer, stats.title) or in_title(base, stats.title)):
        return False
    return person or max(stats.spread.get(base, 0), stats.spread.get(fold(base), 0)) >= 2


def salient(kind: str, answer: str, base: str, stats: blanks.DocStats, number_words, rare: bool = False,
            person: bool = False, named: bool = False) -> bool:
    """Whether a blank of this kind may be asked before the last resort: numbers and number words always (their
    own rules); a person always (the title's hero is the main figure, `blanks.name_tier`); other names
    unless in the title (`title_name`); terms when written in two or more sentences, defined or `rare` (a word
    the Russian dictionary does not know: меркитами, эпишура), and not in the title unless the sentence names
    the term (`named`: "Бұл процесс _____ деп аталады" under "Фотосинтез", rukk17)."""
    if kind == "number" or person or kind == "term" and base in number_words:
        return True
    spread = max(stats.spread.get(base, 0), stats.spread.get(fold(base), 0), stats.spread.get(blanks.group(base), 0))
    if (in_title(answer, stats.title) or in_title(base, stats.title)) and spread >= 2 and not (named and kind == "term"):
        return False  # the title's subject, written again in the text; a news item's place named once stays
    if kind == "name":  # (rukk17) an organisation's acronym written once: "_____ материалдық емес мәдени мұра тізіміне"
        return spread >= 2 or ACRONYM.fullmatch(answer) is None
    return spread >= 2 or base in stats.defined or rare


def short(questions: int, words: int) -> bool:
    """The document has fewer than PER_100_WORDS questions per 100 of its words (FLOOR for a long one)."""
    return questions * 100 < (FLOOR if words > LONG_WORDS else PER_100_WORDS) * words


# A private person (read s dropped 5 of 5 blanks on one): someone the text introduces by an everyday role -- a pupil,
# a teacher, a resident, a relative, a participant -- not a public figure, whose name no pupil learns from a lesson.
ROLE = (r"(?:учени[кц]\w*|школьни\w*|студент\w*|учител\w*|педагог\w*|преподавател\w*|воспитател\w*|завуч\w*|"
        r"директор\w*|жител\w*|пенсионер\w*|ветеран\w*|собеседни\w*|выпускни\w*|родител\w*|бабушк\w*|дедушк\w*|"
        r"волонт[её]р\w*|участни\w*|сотрудни\w*|местн\w*|оқушы\w*|мұғалім\w*|ұстаз\w*|тұрғын\w*|зейнеткер\w*|"
        r"ардагер\w*|түлег\w*|түлек\w*|әже\w*|атасы\w*|апай\w*|ағай\w*|қатысушы\w*|тәрбиеші\w*|жетекші\w*|"
        r"әңгімелесуші\w*|кейіпкер\w*|"
        # everyday jobs and grades of a news item (rukk7: a chef, a dietitian, a coach, a ninth-grader were trivia)
        r"\w*классни\w*|повар\w*|шеф-повар\w*|врач-\w+|тренер\w*|координатор\w*|агроном\w*|фермер\w*|"
        # (rukk9) who gathered a museum's collection, who reported or guided: a byline or a donor, no lesson
        r"инженер\w*-\w+|коллекционер\w*|корреспондент\w*|журналист\w*|тілші\w*|экскурсовод\w*)")
ROLE_BEFORE = re.compile(rf"(?<![\w-]){ROLE}(?:\s+[^\s,.;:!?()]+){{0,6}},?\s+$", re.I)  # "ученики 10 «Б» класса Амир Жумабаев и _____"
ROLE_AFTER = re.compile(rf"^\s*[,(–—-]\s*(?:[^\s,.;:!?()]+\s+){{0,3}}{ROLE}(?![\w-])", re.I)
# the partner of a conversation: "беседуем с Андреем …", "Әлиханмен сұхбаттастық"
TALK = re.compile(r"(?<!\w)(?:бесед\w*|интервью|поговори\w*|побеседова\w*|разговор\w*|сұхбат\w*|әңгімелес\w*)", re.I)
WITH_BEFORE = re.compile(r"(?<![\w-])(?:с|со)\s+(?:[а-яё-]+\s+)?$", re.I)  # "поговорили с археологом _____" (z)
WITH_AFTER = re.compile(r"^\w*(?:мен|пен|бен)(?!\w)", re.I)
PARTICLE_AFTER = re.compile(r"^\s(?:де|фон|ван|дю|да|ди|ла|ле|ибн|бин)\s[A-ZА-ЯЁ][\w-]+")
# a surname or patronymic right after a first name (in any case): "Гүлнар Сәрсенбаева", "Анны Петровны"
CAPITAL_AFTER = re.compile(r"^\s[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*(?:ов|ев|ёв|ин|ын|ұлы|қызы|улы|кызы|ск|ович|евич|овн|евн|ичн)"
                           r"\w{0,4}(?![\w-])")


def private(text: str, start: int, end: int, kind: str) -> bool:
    """The person named at start:end is a private one or half a name: a role of everyday life just before the
    name or in apposition after it ("ученица 9 класса Анна Ким", "Әлихан Төлеуов, 9-сынып оқушысы"), the partner of
    a conversation the sentence reports ("беседуем с Андреем Вершининым"), or a first name whose surname or
    patronymic follows (a gap on part of a name, whatever kind the name pass gave it: "Айгүл Серікқызы")."""
    head, tail = text[:start], text[end:]
    if len(text[start:end].split()) == 1 and CAPITAL_AFTER.match(tail) and not _adjective_after(text[start:end], tail) \
            or PARTICLE_AFTER.match(tail):
        return True  # "критик _____ де Вогюэ": the first names of a name whose particle and surname stay (read z)
    if kind != "person":
        return False
    talk = TALK.search(text) and (WITH_BEFORE.search(head) or WITH_AFTER.match(tail))
    return bool(ROLE_BEFORE.search(head) or ROLE_AFTER.match(re.sub(r"^(?:\s[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+)+", "", tail))
                or talk or CAPITAL_AFTER.match(tail))


def _adjective_after(word: str, tail: str) -> bool:
    """(rukk14) The capitalised word after a Russian name is the adjective of the small noun after it ("Бездна
    Казанской губернии"): another phrase (`ru_morph.adjective_of_next`), not the rest of the name."""
    m = re.match(r"\s+([А-ЯЁ][а-яё-]+)", tail)
    from studyapp.generator.lang.ru_morph import adjective_of_next

    return bool(m) and re.match(r"[А-ЯЁа-яё-]+$", word) is not None and adjective_of_next(word, m.group(1), tail[m.end():])


# A figure as a gap with options only where it is the point of its sentence (read s kept 1 of 11 others): not a
# school's or a room's number, a number the sentence lets one compute, and how many took part only as a reserve.

# a number that is a side detail when the sentence has another: the year of a survey, a person's age
SIDE_NUMBER = re.compile(r"(?:опрос\w*|исследовани\w*|перепис\w*|сауалнама\w*|зерттеу\w*)\s+(?:\w+\s+)?$")
AGE_AFTER = re.compile(r"^(?:-летн|\s+(?:жаста|жастағы|жасында|жасар)\b)", re.I)
AGE_BEFORE = re.compile(r"(?:возрасте|жасында)\s+$", re.I)
# a score, a time of day (25:22, 16:00), one end of a range (1465-1466) or part of a fraction ("9/_____")
SCORE = re.compile(r"\d:|:\d|\d[-–]\d|\d/|/\d")
DESIGNATOR = re.compile(r"(?:№|N|номер\w*|нөмір\w*|(?<![\w-])(?:опыта?|эксперимента?|задач[аи]|рисун(?:ок|ка)|таблиц[аы]|"
                        r"параграфа?|глав[аы])(?![\w-]))\s*$", re.I)  # школа № 41, "опыта 1" (not "в таблице 118 …")
# a class or grade: "8-сынып", "7 класса", "10-го класса" (a designator too: which pupils, not how many)
GRADE_AFTER = re.compile(r"^(?:-?(?:го|й|м|х|е|ые|ых|ші|шы|нші|ншы))?\s*-?\s*(?:класс|сынып)", re.I)
# a year in a clause that describes a side noun: "питомник, который работает с 1964 года", "1972 жылы ашылған
# питомник" (a year + participle before its noun): when the питомник began is no lesson of the news item
RELATIVE_BEFORE = re.compile(r",\s*(?:котор|где|когда)\w*(?:\s+[^\s,.;:!?]+){0,5}\s+$", re.I)
IN_BRACKETS = (re.compile(r"\([^()]{0,30}$"), re.compile(r"^[^()]{0,30}\)"))  # "Эвереста (8849 м)": an aside
ATTRIBUTIVE_AFTER = re.compile(r"^\s+жыл[ыд]\w*\s+\w+(?:ған|ген|қан|кен)\s+[а-яәғқңөұүһі]", re.I)


# (rukk9) a decade ("в 1930-е годы", "конца 1940-х годов", "1930-жылдары"): no date of the event the text is about,
# only a reserve of a document short of questions
DECADE_AFTER = re.compile(r"^(?:[-–]?(?:е|х|ые|ых|ші|шы)\s+год|\s*[-–]?\s*жылдар)", re.I)
# a count of people as part of a group, Kazakh: "Қатысушылардың 128-і қыз", "286 оқушының 240-ы қатысты"
KK_PART_OF = (re.compile(rf"(?<![\w-])(?:{ROLE}|адам\w*|бала\w*)(?:дың|дің|тың|тің|ның|нің)\s+$", re.I),
              re.compile(r"^-?(?:і|ы|сі|сы)(?![\w-])", re.I))


def decade(figure: str, tail: str) -> bool:
    """A decade ("1930-е годы", "30-жылдары"): a span of ten years is no date a pupil learns from the sentence."""
    return figure.endswith("0") and DECADE_AFTER.match(tail) is not None


# how many of them were boys or girls ("112-сі ұл", "128-і қыз"), or how many of N people did something ("из 318
# ответивших учеников 204 назвали …")
GENDER_AFTER = re.compile(r"^-?(?:і|ы|сі|сы)\s+(?:қыз|ұл)(?![\w-])", re.I)
OUT_OF = re.compile(rf"(?<![\w-])из\s+\d[\d\s]*(?:[а-яё]+\s+)?{ROLE}\s+$", re.I)


def group_count(head: str, tail: str) -> bool:
    """A count of a group's members (`KK_PART_OF`: "Қатысушылардың 128-і қыз"; `GENDER_AFTER`, `OUT_OF`)."""
    return bool(KK_PART_OF[0].search(head) and KK_PART_OF[1].match(tail) or GENDER_AFTER.match(tail) or
                OUT_OF.search(head))


PERCENT = re.compile(r"\s*(?:%|пайыз|процент)", re.I)  # "62 %", "62 пайызы", "62 процента"


def computed(text: str, start: int, end: int) -> bool:
    """The number equals the sum, difference, product or quotient of two others of the sentence (13 600 × 0,76),
    is the share a count of the sentence makes ("286 оқушының 240-ы …, яғни _____ пайыз"), the whole such a share
    gives ("_____ оқушының 240-ы …, яғни 84 пайыз") or the share its other shares leave of 100 % ("_____ пайызы
    үйде, ал 38 пайызы банкте"), is one of two alternatives ("20 немесе 21 наурызда") or a member of a plain
    series ("_____, 22 және 23 наурыз"): the stem gives it (`arithmetic`)."""
    from studyapp.generator.lang.common import NUMBER

    value = lambda s: float(re.sub(r"[\s\u00a0\u202f]", "", s).replace(",", "."))  # noqa: E731
    key, surface = value(text[start:end]), text[start:end]
    found = [(m.start(1), m.end(1), value(m.group(1))) for m in NUMBER.finditer(text)]
    others = [v for at, _, v in found if at != start]
    shares = [v for at, stop, v in found if at != start and PERCENT.match(text[stop:])]
    if arithmetic.one_of_two(text, start, end) or arithmetic.in_series(found, start) or \
            arithmetic.whole_of(key, others, shares) or arithmetic.counts_list(key, text[end:]):
        return True
    if PERCENT.match(text[end:]):
        half = 0.5 * 10 ** -(len(surface.split(",")[1]) if "," in surface else 0)
        if arithmetic.complement(key, shares) or arithmetic.share_of(key, others, half):
            return True  # the last share of a whole (78 % + 1 % and the blank is 21 %); 240 of 286 is 84 %
    return arithmetic.made_of_two(key, others, 0.01, percent=True)


KK_COUNT_END = re.compile(r"^(?:-[^\W\d_]{1,4})?(?:\s+(?:жуық|астам|аса|шақты)(?![\w-]))?")


def participants(after: str, lang) -> bool:
    """The number counts people (18 учеников, 16 оқушы, 27 человек, 12 юных натуралистов): how many took part is
    no lesson. The counted noun is the word after the number, or after an adjective there (Russian)."""
    after = KK_COUNT_END.sub("", after)  # "300-ге жуық оқушы", "180-нен астам оқушы": the noun after the ending
    words = re.findall(r"[^\W\d_]+", after[:40])[:2]
    if not words or not re.match(r"\s*[^\W\d_]", after) or re.match(r"(?:тыс|млн|мил|мың|млрд)", words[0], re.I):
        return False  # 200 мың адам: a population, a figure of the lesson
    if lang.code != "ru":
        return re.fullmatch(rf"{ROLE}|(?:адам|бала|кісі)\w*", words[0], re.I) is not None
    from studyapp.generator.lang.ru_morph import analyses

    tag = analyses(words[0].lower())[0].tag
    if tag.POS in ("ADJF", "PRTF") and len(words) > 1:
        tag = analyses(words[1].lower())[0].tag
    return tag.POS == "NOUN" and tag.animacy == "anim"


# a row of a list: a label, a dash and a figure, nothing else ("6 сағаттан көп – 16 пайызы", "2 сағатқа дейін –
# оқушылардың 15 пайызы;"): the list's heading says what the figures count, so a row alone never does (read v)
ROW = re.compile(r"^[^.!?;:–—]{1,40}?\s[–—]\s(?:[^\W\d_]+\s+)?\d[\d\s\u00a0,]*(?:%|\s+[^\W\d_]+)?\s*[.;]?$")


def list_row(text: str) -> bool:
    """The unit is one row of a label–figure list (`ROW`)."""
    return ROW.match(text.strip()) is not None


# a sentence that says who took part ("Жарысқа 38 команда қатысты", "приняли участие 186 шахматистов из 12
# стран"): its counts set the scene of the news, and readers dropped every one (teams, districts, pupils)
# ("Күнге қатысты орны", "relative to the Sun", is a postposition: the verb ends its clause)
TOOK_PART = re.compile(r"(?<![\w-])(?:(?:қатыст[ыі]|қатысады|қатысуда)(?=\s*(?:[.,;:!?()]|$))|участвова\w*|участву\w+|"
                       r"(?:принял\w*|примут|принима\w+)\s+участие)(?![\w-])", re.I)


def scene_count(text: str, surface: str) -> bool:
    """A figure other than a year in a sentence that says who took part (`TOOK_PART`)."""
    return TOOK_PART.search(text) is not None and not blanks.is_year(float(surface) if surface.isdigit() else 0, surface)


POINTING_BACK = {"осы", "бұл", "сол", "мына", "эти", "этих", "этим", "этими", "те", "тех", "тем", "теми"}


def number_word_never(text: str, start: int, end: int, lang) -> bool:
    """A written number in a sentence that says who took part, one half of a compound numeral ("он _____ сынып",
    "қырық _____ жасында", "он _____ тоғызы" with its ending: the blank splits a number, reads u and t13; Russian "он"
    is "he"), or the count of the list after a colon (`arithmetic.counts_list`), or one after a pointing word ("Осы
    екі күштің", "эти три этапа": counted in sentences the pupil does not see), or (rukk17) a member of a series of
    written numbers ("өлшенеді: _____, алты, сегіз, он екі қанат": the list, not a fact, is recalled)."""
    series = (re.match(r",\s*([^\W\d_]+)", text[end:]), re.search(r"([^\W\d_]+),\s*$", text[:start]))
    if any(m and m.group(1).lower() in SPELLED for m in series):
        return True
    before = re.search(r"([^\W\d_]+)\s+$", text[:start])
    after = re.match(r"\s+([^\W\d_]+)", text[end:])
    numeral = lambda w: (w in SPELLED or len(w) > 4 and (w[:-1] in SPELLED or w[:-2] in SPELLED)) and \
        not (lang.code == "ru" and w == "он")  # noqa: E731
    pointed = before is not None and before.group(1).lower() in POINTING_BACK  # "Осы екі күштің": counted before
    return TOOK_PART.search(text) is not None or pointed or any(m and numeral(m.group(1).lower()) for m in (before, after)) or \
        arithmetic.counts_list(age_of(text[start:end], lang), text[end:])  # "_____ түрі бар: A, B және C"


# an age written out or in figures: "қырық жеті жасында", "47 жасында", "в возрасте сорока семи лет"
AGE = re.compile(r"(?<![\w-])(\d{1,3}|[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+жас(?:ында|ына|қа)(?![\w-])|"
                 r"в\s+возрасте\s+(\d{1,3}|[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+(?:лет|года?)(?![\w-])", re.I)
SPELLED = dict(zip("бір екі үш төрт бес алты жеті сегіз тоғыз он жиырма отыз қырық елу алпыс жетпіс сексен тоқсан "
                   "один два три четыре пять шесть семь восемь девять десять двадцать тридцать сорок пятьдесят "
                   "шестьдесят семьдесят восемьдесят девяносто".split(), [*range(1, 10), *range(10, 100, 10)] * 2))


def age_of(words: str, lang) -> int:
    """The value of an age in figures or in words ("қырық жеті": 47, "сорока семи": 47), else 0."""
    if words.isdigit():
        return int(words)
    parts = [w.lower() for w in words.split()]
    if lang.code == "ru":
        from studyapp.generator.lang.ru_morph import analyses

        parts = [analyses(w)[0].normal_form for w in parts]
    values = [SPELLED.get(w, 0) for w in parts]
    return sum(values) if all(values) else SPELLED.get(parts[-1], 0)


def lifespan(text: str, surface: str, stats: blanks.DocStats, lang) -> bool:
    """A year the sentence gives with an age ("1889 жылы қырық жеті жасында қайтыс болды") that another year of the
    document and that age make (1841 + 47): the birth year and the age give the death year, and back."""
    found = AGE.search(text)
    if not found or not blanks.is_year(float(surface) if surface.isdigit() else 0, surface):
        return False
    age, key = age_of(found.group(1) or found.group(2), lang), int(surface)
    return age > 0 and any(abs(abs(key - int(y)) - age) <= 1 for y in stats.years if y != surface)


def figure_tier(text: str, start: int, end: int, stats: blanks.DocStats, lang) -> int:
    """A number's tier: never a score, a range's end, a designator (№ 41), a computable number or a count of who
    took part; usual (only a reserve) a count of people; a survey's year or an age only when nothing else is; else
    specific."""
    head, tail = text[:start], text[end:]
    if SCORE.search(text[max(0, start - 2):end + 2]) or DESIGNATOR.search(head) or GRADE_AFTER.match(tail) or \
            computed(text, start, end) or scene_count(text, text[start:end]) or lifespan(text, text[start:end], stats, lang) or \
            re.fullmatch(r"\d{4}", text[start:end]) and obvious.finding(text):  # a finding's year (rukk14)
        return blanks.NEVER
    if stats.rows >= 2 and list_row(text) and re.search(r"\d\s*(?:%|пайыз|процент)", text, re.I):
        return blanks.NEVER  # "6 сағаттан көп – 16 пайызы": a row never says whose share it is, and the rows add to 100
    if IN_BRACKETS[0].search(head) and IN_BRACKETS[1].match(tail):
        return blanks.USUAL  # a figure in brackets is an aside to its sentence (read t: Everest's height, a share)
    if participants(tail, lang) or group_count(head, tail) or decade(text[start:end], tail) or blanks.is_year(float(text[start:end]) if text[start:end].isdigit() else 0,
                                                   text[start:end]) and (RELATIVE_BEFORE.search(head) or ATTRIBUTIVE_AFTER.match(tail)):
        return blanks.USUAL  # how many took part, a side noun's year, about N: a reserve of a document short of questions
    side = SIDE_NUMBER.search(head) or AGE_AFTER.match(tail) or AGE_BEFORE.search(head) or \
        stats.rows >= 2 and list_row(text)  # a row of a list the document has: a reserve only
    from studyapp.generator.lang.weak import approximate, bound

    if approximate(text, start, end, stats.body) or bound(text, start, end):  # "около _____ км" (rukk15), "до _____ м" (rukk17): a reserve
        return blanks.USUAL
    return blanks.AVOID if side else blanks.SPECIFIC
