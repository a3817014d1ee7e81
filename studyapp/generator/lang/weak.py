"""Russian and Kazakh blanks a teacher drops though the word is in the text (round rukk15, read t), told by the
word itself and the words around it:

- a filler adjective any word of its kind would do (үлкен, зор; большой, огромный: "жай сезім емес, _____
  жауапкершілік");
- a word the word before it predicts ("тура _____" → пропорционал) or the contrast of a short saying ("Олимпиада –
  это марафон, а не _____");
- a unit or a counter word after a figure, with its case ending or not ("1 В, 2 В, 3 _____" → В-қа);
- a number word of an idiomatic count ("он мыңдаған құс", "десятки тысяч"): its neighbours (сегіз мыңдаған) are no
  options;
- a minor official's name after their post ("бөлімінің қызметкері _____", "сотрудник отдела _____"), the birthplace
  in an apposition ("писатель Валентин Распутин, уроженец _____,", "_____ өңірінің тумасы", rukk17) and the home
  town of a letter writer or an interviewee ("Меня зовут Камила, я учусь … в школе _____", "Учитель из _____ Ерлан
  Мухамеджанов");
- an approximate figure of a measure or a count ("около _____ рек", "около _____ км", "1200 шақырымдай"): the digits
  of an estimate are memorised, not understood. A ratio or a share ("үш есеге жуық", "около 80 %") stays;
- (Kazakh) a subject and its object read as one two-word name ("Сансызбай Қоренді жеңіп");
- one name of a list of names joined by commas alone ("Другие крупные реки – Урал (Жайык), _____, Кура");
- the rest of a name after its first name and particle ("Ян ван _____", fourteenth session);
- anything in a sentence that recalls earlier lessons ("Өткен параграфтарда біз … _____ шамамен таныстық").

Round rukk17 (read w11):
- the noun of a compound preposition ("движется под _____ силы тяжести": действием; "в _____ растяжения": результате;
  "с _____", "в _____ года", "за _____"; Kazakh "жел _____ пайда болады": әсерінен, нәтижесінде, көмегімен): the
  preposition and the noun after it give it, and the noun carries none of the point; so the noun of kind after
  the adjective that carries it ("озеро тектонического _____": происхождения);
- a bound of a measure ("виден на глубине до _____ м", "толщина льда может превышать _____ м"): the limit of a
  side figure is as much an estimate as "около" (a reserve, `salience.figure_tier`).

Thirteenth session (read s12):
- a person the text names once (`named_once`, never a blank: `forms.cloze` gives the name the NEVER tier): a name
  of two or more words none of whose words the document writes again -- an official at a premiere ("начальник
  управления образования _____"), a tournament's chief referee ("бас төрешісі _____"). Over every read so far such
  blanks were kept 25 % and dropped 49 % of 151 times; "Кенесары Қасымұлы", called "Кенесары" again, stays, and
  so does a person in a sentence with a year ("1665 жылы ағылшын ғалымы Роберт Гук …", a dated event);
- an item of a short list of names joined by commas ("Обь, _____, Иртыш", "Арқалық, _____, Лисаков") or an end of
  a span ("от _____ до Тихого океана", "из Москвы до _____") (`framed`): a reserve only, taken back when a document
  is short of questions (issue 17's floor), since any item of the list, or general knowledge, fills it. A pair
  joined by "и" / "мен" is no list: "между Джамухой и _____" is who fell out with whom.

Fifteenth session (read u14): the first word of a two-word name (`name_half`: "Бұл — _____ Азиядағы ең ірі …",
"Орталық" blanked) is no term of its own; any pupil completes the name.
"""
from __future__ import annotations

import re
from functools import lru_cache

from studyapp.generator.lang.common import YEAR
from studyapp.text import fold

UP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
FILLER_KK = frozenset({"үлкен", "зор", "нағыз", "ерекше", "маңызды", "айрықша"})
FILLER_RU = frozenset({"большой", "огромный", "важный", "серьёзный", "серьезный", "настоящий", "значительный"})
# (the word before, the start of the blank it predicts)
PREDICTS = ((re.compile(r"(?<![\w-])(?:прямо|обратно|тура|кері)\s+$", re.I), "пропорц"),)
CONTRAST = re.compile(r",\s+а\s+не\s+$", re.I)
SHORT_SAYING = 9  # words: "Олимпиада – это марафон, а не спринт"
AFTER_FIGURE = re.compile(r"\d\s*$")
# a figure, with or without its scale word ("140 мың", "2 млн", "бір жарым"): the word after it is its unit
SCALE = r"(?:мың|млн|млрд|миллион\w*|миллиард\w*|тыс\.|тысяч\w*|жарым)"
AFTER_SCALED = re.compile(rf"(?:\d|(?<![\w-]){SCALE})\s+{SCALE}?\s*$", re.I)
UNIT_WORD = re.compile(r"[^\W\d_]{1,3}(?:-[^\W\d_]{1,4})?")
IDIOM_COUNT_AFTER = re.compile(r"^\s+(?:он|жүз|мың|миллион|миллиард|жиырма|отыз|қырық|елу)(?:даған|деген|таған|теген)(?![\w-])",
                               re.I)  # "он мыңдаған", "бірнеше жүздеген"; not "көптеген" (many)
IDIOM_COUNT = re.compile(r"(?:десятк|сотн|тысяч|сотен)\w*", re.I)
POST_BEFORE = re.compile(r"(?<![\w-])(?:қызметкері|маманы|инспекторы|өкілі|сотрудни\w+|специалист\w*|"
                         r"представител\w*|инспектор\w*|работни\w+|шебер(?:і)?|мастер(?:ом|а)?|әкімі|аким(?:ом|а)?|"
                         r"сыйға\s+тартқан|подаривш\w+|уроженец|уроженк\w+|уроженц\w+|родом\s+из)\s+$",
                         re.I)  # (rukk16) a craftsman, an akim, a donor; (rukk17) a quoted writer's birthplace
NATIVE_AFTER = re.compile(r"^[\w-]*\s+(?:[^\W\d_]+\s+)?(?:тумасы|перзенті)(?![\w-])", re.I)  # "Семей өңірінің тумасы"
SELF_INTRO = re.compile(r"(?<![\w-])(?:меня\s+зовут|я\s+учусь|я\s+живу|менің\s+(?:атым|есімім)|"
                        r"\w+\s+(?:оқимын|тұрамын)|беседовал[аи]?|сұхбаттасқан)(?![\w-])", re.I)  # and a byline
FROM_BEFORE = re.compile(r"(?<![\w-])из\s+$")
PERSON_AFTER = re.compile(rf"^\s+[{UP}][а-яёәғқңөұүһі]+\s+[{UP}][а-яёәғқңөұүһі]+")
ABOUT_BEFORE = re.compile(r"(?<![\w-])(?:около|примерно|приблизительно|порядка|свыше|более|шамамен|"
                          r"шамасы|жуық)\s+(?:на\s+)?$", re.I)
BOUND_BEFORE = re.compile(r"(?<![\w-])(?:до|превыша\w*|не\s+(?:менее|более)|свыше)\s+$", re.I)
SIZE_AFTER = re.compile(r"^\s*(?:мм|см|м|км|метр\w*|километр\w*|сантиметр\w*|шақырым\w*)(?![\w/-])", re.I)
# the noun of a compound preposition, with the preposition before it (Russian) or alone (a Kazakh postposition)
COMPOUND_RU = re.compile(r"(?<![\w-])(?:под\s+(?:действием|влиянием|воздействием|руководством)|"
                         r"в(?:о)?\s+(?:результате|течение|ходе|виде|качестве|связи|отличие|честь|случае|целях|рамках|"
                         r"пределах|процессе|направлении|сторону|время)|с\s+помощью|за\s+сч[её]т|"
                         r"по\s+(?:мере|сравнению|поводу|отношению|причине)|на\s+(?:основе|протяжении|пути)|"
                         r"в\s+зависимости)$", re.I)
COMPOUND_KK = re.compile(r"(?:нәтижесінде|әсерінен|салдарынан|көмегімен|арқасында|барысында|кезінде|"
                         r"негізінде|сәйкес|байланысты|қарамастан)$", re.I)
ABOUT_AFTER = re.compile(r"^(?:-?[а-яәғқңөұүһі]{0,4})?\s*(?:жуық|шамасында|шақты|астам)(?![\w-])|"
                         r"^\s+[а-яәғқңөұүһі]+(?:дай|дей|тай|тей)(?![\w-])", re.I)
# a physical quantity's unit (a textbook's constant: 760 мм, 101 300 Па, 340 м/с), not a size or a count of things
PHYSICAL_AFTER = re.compile(r"^\s*(?:к|м|г)?(?:Па|Гц|Дж|Вт|Ом|Н|В|А)(?![\w-])|^\s*(?:мм|см|м|км|г|кг)\s*(?:/|рт)|"
                            r"^\s*мм(?![\w-])|^\s*°|^\s*[^\W\d_]+\s+(?:в|за)\s+(?:секунду|минуту|час)(?![\w-])|"
                            r"^\s*[^\W\d_]+\s+(?:секундына|минутына|сағатына)(?![\w-])")  # a rate in words
MILLIONS_AFTER = re.compile(r"^\s*(?:млн|млрд|миллион\w*|миллиард\w*|триллион\w*)", re.I)  # a population, a count of cells
CONTRAST_AFTER = re.compile(r"^[^.;]*?,\s+(?:ал|а|тогда\s+как|бірақ)\s[^.;]*?\d", re.I)
RATIO_AFTER = re.compile(r"^\s*(?:-?[а-яәғқңөұүһі]{0,4}\s*)?(?:%|процент|пайыз|раз(?:а|ы)?(?![\w-])|есе)", re.I)


def filler(surface: str, code: str) -> bool:
    """A filler adjective (`FILLER_KK`, `FILLER_RU`): "зор" or "маңызды" fits as well as "үлкен"."""
    if code == "kk":
        return surface.lower() in FILLER_KK
    from studyapp.generator.lang.ru_morph import analyses

    return surface[:1].islower() and analyses(surface.lower())[0].normal_form in FILLER_RU


def predicted(text: str, start: int, end: int) -> bool:
    """The word before tells the blank ("тура _____": пропорционал), or the blank is the contrast that closes a
    short saying ("марафон, а не _____": спринт)."""
    head, word = text[:start], text[start:end].lower()
    if any(before.search(head) and word.startswith(stem) for before, stem in PREDICTS):
        return True
    closes = re.match(r"\s*(?:[.!?;»]|$)", text[end:]) is not None
    return bool(CONTRAST.search(head)) and closes and len(text.split()) <= SHORT_SAYING


def unit_word(text: str, start: int, end: int) -> bool:
    """A word right after a figure (its scale word between them or not), the figure's unit or the thing it counts
    ("3 В-қа", "5 кг", "140 мың _____": киловатт-сағат), or a scale word ("бір жарым _____ жуық": миллионға): the
    figure is the point. A name after a figure stays ("1887 жылғы" is no name; "12 Apollo" is)."""
    head, word = text[:start], text[start:end]
    return bool(AFTER_FIGURE.search(head)) and UNIT_WORD.fullmatch(word) is not None or \
        re.fullmatch(SCALE, word, re.I) is not None or bool(AFTER_SCALED.search(head)) and not word[:1].isupper()


def idiom_count(text: str, start: int, end: int) -> bool:
    """A number word of an idiomatic count ("он мыңдаған", "десятки тысяч"): no count to choose."""
    return IDIOM_COUNT_AFTER.match(text[end:]) is not None or IDIOM_COUNT.fullmatch(text[start:end]) is not None


def compound_preposition(text: str, start: int, end: int, code: str) -> bool:
    """The blank is the noun of a compound preposition (`COMPOUND_RU` with the word before it, `COMPOUND_KK` alone)."""
    word = text[start:end]
    if code == "kk":
        return COMPOUND_KK.fullmatch(word) is not None
    before = re.search(r"(?:^|\s)(\w+\s+)$", text[:start])
    return before is not None and COMPOUND_RU.fullmatch(before.group(1) + word) is not None


# a noun of kind after the adjective that says which ("озеро тектонического _____": происхождения; "смешанного
# _____": типа): the adjective is the point, the noun is empty
KIND_NOUN = re.compile(r"(?:происхождени[яеюи]|тип[ауе]|характер[ау]?|свойств[ау]?|род[ау])", re.I)
ADJECTIVE_BEFORE = re.compile(r"(?<![\w-])[а-яё]{3,}(?:ого|его|ой|ей|ых|их)\s+$", re.I)


def kind_noun(text: str, start: int, end: int) -> bool:
    """The blank is a noun of kind after its adjective (`KIND_NOUN`)."""
    return KIND_NOUN.fullmatch(text[start:end]) is not None and ADJECTIVE_BEFORE.search(text[:start]) is not None


def bound(text: str, start: int, end: int) -> bool:
    """A figure that is the bound of a size ("до _____ м", "может превышать _____ м"): no fact to recall."""
    return re.fullmatch(r"\d[\d\s\u00a0\u202f]*(?:[,.]\d+)?", text[start:end]) is not None and \
        BOUND_BEFORE.search(text[:start]) is not None and SIZE_AFTER.match(text[end:]) is not None


def trivia_place_or_person(text: str, start: int, end: int) -> bool:
    """A capitalised blank that is a minor official's name after their post, or the home town in a sentence that
    introduces the writer or a guest ("Меня зовут …", "Учитель из _____ Ерлан Мухамеджанов")."""
    if not text[start:start + 1].isupper():
        return False
    head = text[:start]
    return bool(POST_BEFORE.search(head) or SELF_INTRO.search(text) or NATIVE_AFTER.match(text[end:]) or
                FROM_BEFORE.search(head) and PERSON_AFTER.match(text[end:]))


def approximate(text: str, start: int, end: int, body: str = "") -> bool:
    """A figure the text gives as an estimate ("около _____ км", "_____ шақырымдай", "_____-ге жуық"), unless it is
    central: a ratio or a share ("үш есеге жуық", "около 80 %"), a physical quantity in its unit ("примерно 760 мм",
    "шамамен 340 м/с"), millions and more ("около 2,8 миллиона сайгаков"), a figure set against another ("74 кг, ал
    топырақ 57 г"), or one the document gives twice. A figure after "≈" is an estimate in any unit."""
    figure = text[start:end]
    if not re.fullmatch(r"\d[\d\s\u00a0\u202f]*(?:[,.]\d+)?", figure):
        return False
    tail = text[end:]
    rounded = re.search(r"[≈~]\s*$", text[:start])  # "g ≈ _____ Н/кг": a constant rounded, in any unit (read t13)
    if not rounded and (not (ABOUT_BEFORE.search(text[:start]) or ABOUT_AFTER.match(tail)) or RATIO_AFTER.match(tail)
                        or PHYSICAL_AFTER.match(tail) or CONTRAST_AFTER.match(tail) or MILLIONS_AFTER.match(tail)):
        return False
    return len(re.findall(rf"(?<![\d,.]){re.escape(figure)}(?![\d,.]*\d)", body)) < 2


def two_people(text: str, start: int, end: int, code: str) -> bool:
    """(Kazakh) Two names read as one at the head of a sentence, the second in the accusative ("Сансызбай Қоренді
    жекпе-жекте жеңіп"): the subject and the object of the verb, no name of one person."""
    words = text[start:end].split()
    return code == "kk" and len(words) == 2 and all(w[:1].isupper() for w in words) and \
        re.search(r"(?:ды|ді|ты|ті|ны|ні)$", words[1]) is not None and re.search(r"(?:^|[.!?»]\s*)$", text[:start]) is not None


NAME_ITEM = rf"[{UP}][\w-]*(?:\s+\([^)]*\))?"
OTHER_BEFORE = re.compile(r"(?<![\w-])(?:други\w*|прочи\w*|басқа|өзге)\s+(?:[^\s,.;:]+\s+){0,2}[–—:-]?\s*$", re.I)
NAMES_LIST = re.compile(rf"(?<![\w-]){NAME_ITEM}(?:,\s+{NAME_ITEM}){{2,}}")


def listed_name(text: str, start: int, end: int) -> bool:
    """A member of a list of names joined by commas alone, four or more of them or "other" ones ("Другие крупные реки
    – Урал (Жайык), _____, Кура"; "Тверь, _____, Кострома, Нижний Новгород, …"): which one a pupil recalls is trivia
    (a list with a conjunction: `side_details.listed`). Three examples of a kind stay ("Абылай, _____, Қабанбай
    сияқты батырлар")."""
    for m in NAMES_LIST.finditer(text):
        if m.start() <= start and end <= m.end() and (m.group().count(",") >= 3 or OTHER_BEFORE.search(text[:m.start()])):
            return True
    return False


# a sentence that recalls earlier lessons ("Өткен параграфтарда біз … үш шамамен таныстық"): it points at pages the
# pupil does not see, and its count or its words are asked where those pages are
EARLIER_LESSONS = re.compile(r"(?<![\w-])(?:(?:өткен|алдыңғы)\s+(?:параграф|сабақ|тарау)\w*|"
                             r"(?:предыдущ|прошл)\w+\s+(?:параграф|урок|глав)\w*|ранее\s+мы)(?![\w-])", re.I)


def in_brackets(text: str, start: int, end: int) -> bool:
    """A name inside round brackets after a «…» title or a name: an aside giving its other name ("«Екінші ұстаз»
    (_____ әс-Сани)", "Фараб (_____)"), not the sentence's point; or anything of a Latin name in brackets
    ("киік (латынша _____ tatarica)", "(лат. _____ major)": read t13 dropped a species' Latin name as trivia)."""
    if LATIN_GLOSS.search(text[:start]) and re.match(r"[^()]*\)", text[end:]):
        return True
    return re.search(rf"[{UP}]", text[start:end]) is not None and re.search(rf"(?:»|[{UP}][\w-]*)\s*\([^()]*$", text[:start]) is not None \
        and re.match(r"[^()]*\)", text[end:]) is not None


LATIN_GLOSS = re.compile(r"\((?:латынша|латын\w*|лат\.|латинск\w*|по-латыни)[\s:]+[^()]*$", re.I)

# the rest of a name after its first name and particle ("Ян ван _____", "Отто фон _____"): half a name is spelling
PARTICLE_BEFORE = re.compile(rf"(?<![\w-])[{UP}][\w-]+\s+(?:ван|фон|де|ди|да|дю|ибн|аль|эль|ле|van|von|de)\s+$")


def refused(text: str, start: int, end: int, code: str, body: str = "") -> bool:
    """Any of the weak blanks above."""
    return filler(text[start:end], code) or predicted(text, start, end) or unit_word(text, start, end) or \
        idiom_count(text, start, end) or trivia_place_or_person(text, start, end) or \
        two_people(text, start, end, code) or listed_name(text, start, end) or EARLIER_LESSONS.search(text) is not None or \
        in_brackets(text, start, end) or compound_preposition(text, start, end, code) or \
        kind_noun(text, start, end) or PARTICLE_BEFORE.search(text[:start]) is not None or \
        proportional(text, start, end) or opposite_named(text, start, end)


# (read w16) one half of a pair of opposites whose other half the sentence writes ("_____ Иныльчек және Оңтүстік
# Иныльчек", "Үлкен және _____ Қалқан", "Верхняя и _____ Ангара"): the other half tells it
OPPOSITES = (("солтүстік", "оңтүстік"), ("шығыс", "батыс"), ("северн", "южн"), ("восточн", "западн"),
             ("жоғарғы", "төменгі"), ("верхн", "нижн"), ("үлкен", "кіші"), ("больш", "мал"), ("north", "south"),
             ("east", "west"), ("upper", "lower"))


def opposite_named(text: str, start: int, end: int) -> bool:
    """The blank is one of a pair of opposites and the sentence writes the other."""
    word, rest = text[start:end].lower(), (text[:start] + " " + text[end:]).lower()
    for a, b in OPPOSITES:
        for mine, other in ((a, b), (b, a)):
            if word.startswith(mine) and re.search(rf"(?<![\w-]){other}", rest):
                return True
    return False


def proportional(text: str, start: int, end: int) -> bool:
    """(read v15) A multiplier the sentence gives twice or more ("Егер кернеуді екі есе арттырсақ, ток күші де екі
    есе өседі"; "во сколько раз …, во столько же раз"): a rule of proportion, true of any number, so no key."""
    word = re.escape(text[start:end])
    return len(re.findall(rf"(?<![\w-]){word}\s+(?:есе\w*|раз(?:а|ы)?|times)(?![\w-])", text, re.I)) >= 2


CAP = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*"
ITEM_BEFORE = re.compile(rf"{CAP},\s+$")  # "Обь, _____"
ITEM_AFTER = re.compile(rf"^,\s+{CAP}")  # "_____, Иртыш"
SPAN_BEFORE = re.compile(rf"(?<![\w-])(?:от|из)\s+{CAP}(?:\s+{CAP})?\s+до\s+$")  # "от Москвы до _____"
SPAN_AFTER = re.compile(rf"^\s+до\s+(?:{CAP}|[а-яё]+\s+{CAP})")  # "от _____ до Тихого океана"


def named_once(surface: str, kind: str, doc_text: str, sentence: str) -> bool:
    """A person's name of two or more words none of whose words (its first five letters) the document writes again,
    in a sentence with no year (a year makes them part of a dated event: "1665 жылы ағылшын ғалымы Роберт Гук …")."""
    words = [w for w in surface.split() if len(w) >= 4]
    if kind != "person" or len(surface.split()) < 2 or not words or YEAR.search(sentence):
        return False
    counts = _starts(doc_text)
    return all(counts.get(fold(w)[:5], 0) <= 1 for w in words)


@lru_cache(maxsize=8)
def _starts(doc_text: str) -> dict[str, int]:
    """How many words of the document begin with each five letters (counted once per document, not per name)."""
    counts: dict[str, int] = {}
    for w in re.findall(r"(?<![\w-])[^\W\d_][\w-]*", fold(doc_text)):
        for n in range(1, min(5, len(w)) + 1):
            counts[w[:n]] = counts.get(w[:n], 0) + 1
    return counts


def framed(text: str, start: int, end: int) -> bool:
    """The name at start:end is an item of a list of names (a comma between it and the next or the last) or an end
    of a span "от … до …"."""
    return bool(ITEM_BEFORE.search(text[:start]) or ITEM_AFTER.match(text[end:]) or SPAN_BEFORE.search(text[:start])
                or re.search(r"(?<![\w-])(?:от|из)\s+$", text[:start]) and SPAN_AFTER.match(text[end:]))


# (read u14) "Бұл — _____ Азиядағы ең ірі …": the first word of a two-word place name, any pupil completes it
NAME_AFTER = re.compile(r"^\s[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]+")


def name_half(text: str, start: int, end: int) -> bool:
    """The word at start:end is capitalised inside its sentence and a capitalised word follows it: the first half of
    a name ("Орталық Азия", "Средняя Азия", "Северный Ледовитый"), no term to blank on its own."""
    word = text[start:end]
    head = text[:start].rstrip()
    return word[:1].isupper() and bool(head) and head[-1] not in ".!?«\":" and NAME_AFTER.match(text[end:]) is not None

