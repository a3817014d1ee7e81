"""Where a Russian or Kazakh blank sits on a side detail or gives itself away by its place in the sentence (twelfth
round, after the 2026-11-29n read), told by the sentence's shape alone, without data on its words:

- a member of a list of three or more ("из _____, Китая, Индии и Монголии", "Жиры, _____ и нефть", and (rukk17)
  "Селенга, Верхняя Ангара и _____", "көктемнің, _____, бірліктің"): one of many, and a pupil fills any member in;
- the second half of a pair of two common words ("плавления и _____", "шахматы и _____"): the first tells it.
  Names in a pair (Пушкина и Лермонтова) stay: readers kept them as the point of the sentence; not a pair the
  document writes again ("Керей мен _____", read v15);
- a word inside direct speech or an interview question («… _____ …», – деді ол; "– Как вы совмещаете …?");
- a word with its gloss, translation or equivalent in brackets just after it ("_____ (Тәңіртау)") or inside them;
- a count word that a polar pair of the sentence, or "four" of it twice, tells ("_____ рет … таңертең … кешке": екі; "утром … вечером");
- the frame of a remark: whom it was told (сказала _____, что), where it was given ("Выступая … в _____,") and the
  date of a news item's source sentence ("Об этом 23 марта _____ года сообщил …");
- a person's hometown in Russian ("соперницу из _____": an animate noun before "из");
- a name in a sentence that says "our country" (еліміздің, нашей страны): the country is given away.
- (rukk10) a word of the role that introduces a side person ("_____ пәнінің мұғалімі Ерлан Сейітқалиев").

Also the bounds of a number's wrong values (within the key's order of magnitude, never past 100 % or 360°), and
units of measure offered only for a unit.
"""
from __future__ import annotations

import re
from functools import lru_cache

from studyapp.generator.lang import furniture, obvious, weak

CONJ = r"(?:и|или|либо|мен|пен|бен|және|немесе|men|pen|ben|jäne)"
ITEM = r"[^\W\d_][\w-]*"
LIST = re.compile(rf"(?<![\w-])(?:{ITEM},\s+)+{ITEM}\s+{CONJ}\s+{ITEM}")
PAIR_BEFORE = re.compile(rf"(?<![\w-])({ITEM})\s+{CONJ}\s+$")
DASH_OPENING = re.compile(r"^\s*[–—-]\s")
GLOSS_AFTER = re.compile(r"^(?:\s+[\w-]+)?\s*\(")
# pairs of words that split a whole into two: a count beside them is "two" without reading
POLAR = [(r"таңертең\w*", r"кешке|кешкі\w*"), (r"утр\w*", r"вечер\w*"), (r"бірі\w*", r"екіншісі\w*"), (r"один|одна|одно", r"друг\w+"), (r"днём|днем|күндіз", r"ночью|түнде")]
POLAR = [(re.compile(rf"(?<!\w)(?:{a})(?!\w)", re.I), re.compile(rf"(?<!\w)(?:{b})(?!\w)", re.I)) for a, b in POLAR]
TWO, FOUR = ("два", "две", "екі", "eki"), re.compile(r"(?<!\w)(?:төрт|четыр\w*|four)(?!\w)", re.I)


NAME_ITEM = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*(?:\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*)?"  # "Верхняя Ангара": a name of two words
NAME_LIST = re.compile(rf"(?<![\w-])(?:{NAME_ITEM},\s+)+{NAME_ITEM}\s+{CONJ}\s+{NAME_ITEM}")


def listed(text: str, start: int, end: int) -> bool:
    """The word at start:end is a member of a list of three or more joined by commas and a conjunction (names of
    two words too: "Селенга, Верхняя Ангара и Баргузин", rukk17), or (rukk17) between two commas with words of its
    own ending on both sides ("көктемнің, _____, бірліктің мерекесі": any word of the kind fits)."""
    if any(m.start() <= start and end <= m.end() and m.group().count(",") >= 1
           for pattern in (LIST, NAME_LIST) for m in pattern.finditer(text)):
        return True
    before, after = re.search(rf"({ITEM}),\s+$", text[:start]), re.match(rf",\s+({ITEM})", text[end:])
    ending = lambda w: w.lower()[-2:].translate(HARMONY)  # noqa: E731  көктемнің, жаңарудың: one ending
    return bool(before and after) and len(text[start:end]) >= 4 and \
        all(ending(m.group(1)) == ending(text[start:end]) and len(m.group(1)) >= 4 for m in (before, after))


HARMONY = str.maketrans("іеүө", "ыаұо")  # a Kazakh ending in its back-vowel form


def paired(text: str, start: int, end: int, lang) -> bool:
    """A common word (not capitalised) joined by a conjunction after another common word that is no verb: the
    second half of a fixed or guessable pair (плавления и _____, шахматы и _____). The first half stays ("_____ и
    кислород": глюкоза, a product readers kept)."""
    word = text[start:end]
    if not word[:1].islower():
        return False
    before = PAIR_BEFORE.search(text[:start])
    other = before.group(1) if before else ""
    opening = before is not None and not re.search(r"\w", text[:before.start(1)])  # "Сауда мен _____" opens it
    return bool(other) and (other[:1].islower() or opening) and len(other) >= 3 and not lang.verbs(other.lower())


PAIR_AFTER = re.compile(rf"^\s+{CONJ}\s+({ITEM})")


def pair_again(text: str, start: int, end: int, body: str) -> bool:
    """(read v15) A name that is one half of a pair of names the document (`body`) writes together again elsewhere
    ("Керей мен _____": Жәнібек, the two always named together): the other half tells it."""
    word = text[start:end]
    before, after = PAIR_BEFORE.search(text[:start]), PAIR_AFTER.match(text[end:])
    other = before.group(1) if before else after.group(1) if after else ""
    if not (word[:1].isupper() and other[:1].isupper() and body):
        return False
    a, b = (other, word) if before else (word, other)
    stem = lambda w: re.escape(w[:max(3, len(w) - 3)])  # noqa: E731  the names in any case
    return len(re.findall(rf"(?<![\w-]){stem(a)}[\w-]*\s+{CONJ}\s+{stem(b)}", body)) >= 2


def in_speech(text: str, start: int) -> bool:
    """The position lies inside direct speech: an opening dash (a dialogue line, an interview question), a quote
    opened before it and not closed, a closing quote after it that nothing opened, or «…», – деді ол."""
    if DASH_OPENING.match(text):
        return True
    head, tail = text[:start], text[start:]
    depth = head.count("«") - head.count("»") + head.count("„") - head.count("“")
    if depth > 0:  # inside a quote; a short one is a title (INNER_TITLE's), a long one a remark
        opened = max(head.rfind("«"), head.rfind("„"))
        closed = [i for i in (tail.find("»"), tail.find("“")) if i >= 0]
        return start - opened + (min(closed) if closed else len(tail)) > 40
    first_close, first_open = tail.find("»"), tail.find("«")
    return first_close >= 0 and (first_open < 0 or first_close < first_open)  # the end of a remark opened before


def glossed(text: str, start: int, end: int) -> bool:
    """A bracket follows the word (or the word after it), or the word stands inside brackets just after another.
    Not a number: a figure in brackets is a conversion (хижраның 870 жылына (1465-1466 жж.)), no give-away."""
    if re.fullmatch(r"[\d\s,.]+", text[start:end]):
        return False
    return bool(GLOSS_AFTER.match(text[end:])) or bool(re.search(r"\(\s*$", text[:start]) and
                                                     re.match(r"\s*\)", text[end:]))


def count_told(base: str, body: str) -> bool:
    """The key is "two" and the sentence names both halves of a polar pair (таңертең … кешке), or it adds up: "four" of
    "two" and "two" ("төрт бөліктен тұрады: екі жүрекше және екі қарынша", w17), whichever is blanked."""
    twice = sum(len(re.findall(rf"(?<!\w){t}(?!\w)", body, re.I)) for t in TWO) >= 2 and FOUR.search(body) is not None
    return base.lower() in TWO and (twice or any(a.search(body) and b.search(body) for a, b in POLAR)) or FOUR.fullmatch(base) is not None and twice


# the frame of a remark: to whom and where it was said ("сказала _____, что", "Выступая перед журналистами в _____,")
SAID = r"(?:сказал\w*|заявил\w*|рассказал\w*|сообщил\w*|пояснил\w*|ответил\w*|отметил\w*)"
ADDRESSEE = re.compile(rf"(?<!\w){SAID}\s+$", re.I)
KK_DATIVE = re.compile(r"(?:ға|ге|қа|ке|на|не|а|е)$")
KK_SAID = re.compile(r"\s+(?:айтт\w*|мәлімдед\w*|хабарлад\w*|түсіндірд\w*|жеткізд\w*)")
SPEAKING_OPENING = re.compile(r"^(?:Выступая|Отвечая|Комментируя|Обращаясь)\b[^,]*$")
# a sentence that names the source and date of the news ("Об этом в среду 23 марта _____ года сообщил …")
DATELINE = re.compile(r"(?:Об этом|Бұл туралы|Как сообщ\w+|Как заяви\w+)\s", re.I)


def frame_of_remark(text: str, start: int, end: int) -> bool:
    """The word is the addressee right after a verb of saying, stands in an opening "Выступая …," clause, or is
    a number of a sentence that names where the news came from (its dateline)."""
    head = text[:start]
    if ADDRESSEE.search(head) and re.match(r"\s*(?:,|что\b)", text[end:]) or \
            KK_DATIVE.search(text[start:end]) and KK_SAID.match(text[end:]):
        return True  # "сказала _____, что"; "_____ (журналистерге) айтты"
    if SPEAKING_OPENING.match(head):
        return True
    sentence = re.split(r"(?<=[.!?])\s+", head)[-1]  # the dateline is the blank's own sentence
    return bool(re.fullmatch(r"\d+", text[start:end]) and DATELINE.match(sentence))


def origin(text: str, start: int, lang) -> bool:
    """Where a person comes from (Russian): "соперницу из _____", "инженер из _____": the word before "из" is an
    animate noun, so the blank is a minor person's hometown, not what the sentence is about."""
    found = re.search(r"(?<![\w-])([а-яё]+)\s+из\s+$", text[:start])
    if lang.code != "ru" or not found:
        return False
    from studyapp.generator.lang.ru_morph import analyses

    tag = analyses(found.group(1).lower())[0].tag
    return tag.POS == "NOUN" and tag.animacy == "anim"


OUR_COUNTRY = re.compile(r"(?<!\w)(?:еліміз\w*|біздің\s+ел\w*|наш\w*\s+стран\w*|стран\w*\s+наш\w*|"
                         r"отечеств\w*|отан\w*)(?!\w)", re.I)


def our_country(text: str, start: int, end: int) -> bool:
    """A capitalised name in a sentence that also says "our country" (еліміздің, нашей страны): the country is
    given away by that phrase ("Балқаш – _____ ең ірі көлі … еліміздің аумағында")."""
    return text[start:start + 1].isupper() and bool(OUR_COUNTRY.search(text[:start] + " " + text[end:]))


# (rukk10) a word of the role that introduces a side person: "_____ пәнінің мұғалімі Ерлан Сейітқалиев", "_____
# ғылымдарының кандидаты Сәуле …", "учитель _____ Анна Петровна": which subject a coach teaches is no lesson
TITLE_WORDS = r"(?:кандидат\w*|доктор\w*|маман\w*|профессор\w*)"
NAME_NEXT = r"\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+"


def role_phrase(text: str, start: int, end: int) -> bool:
    """The word at start:end describes a side person: it stands up to two words before a role word (`salience.ROLE`
    or a degree) that a first name and surname follow, or is that role word, or stands between it and the name."""
    from studyapp.generator.lang.salience import ROLE

    role = rf"(?i:{ROLE}|{TITLE_WORDS})"  # the name after it stays case-sensitive
    before = re.match(rf"^(?:\s+[^\s,.;:!?()]+){{0,2}}\s+{role}{NAME_NEXT}", text[end:])
    inside = (re.search(rf"(?<![\w-]){role}\s+$", text[:start]) or re.fullmatch(role, text[start:end])) and \
        re.match(NAME_NEXT, text[end:])  # "проверила _____ Ольга Мартынова": the role word itself
    return bool(before or inside) and text[start:start + 1].islower()


# the institution a number designates: "№ 12 лицей", "№ 74 мектеп-лицейдің" (read x: "№ 12 _____" is page trivia)
NUMBERED = re.compile(r"(?:№|N)\s*\d+\s*$")


def numbered(text: str, start: int) -> bool:
    """The word stands right after a "№ N" designator: the school or room it numbers."""
    return NUMBERED.search(text[max(0, start - 12):start]) is not None


def refused(text: str, start: int, end: int, lang, body: str = "") -> bool:
    """Any of the side-detail or give-away places above (`body`: the document's text)."""
    return listed(text, start, end) or paired(text, start, end, lang) or in_speech(text, start) or \
        pair_again(text, start, end, body) or \
        role_phrase(text, start, end) or \
        glossed(text, start, end) or count_told(text[start:end], text) or frame_of_remark(text, start, end) or \
        origin(text, start, lang) or our_country(text, start, end) or furniture.in_tag(text, start) or \
        furniture.filler(text[start:end]) or furniture.reporter(text, start) or numbered(text, start) or \
        obvious.burial(text, start, end) or obvious.role_before_name(text, start, end) or \
        name_part(text, start, end, body) or weak.refused(text, start, end, lang.code, body)


# (rukk16) the head noun of an institution's name ("Бас штаб", "Орыс география қоғамы", "Русское географическое
# общество", "Экономикалық ынтымақтастық және даму ұйымы"): its capitalised first word is a fragment of the name
INSTITUTION = re.compile(r"^[\s\u00a0]+(?:[^\W\d_A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*\s+){0,4}(?:штаб|ұйым|қоғам|институт|университет|"
                         r"академи|комитет|министрлі|министерств|обществ|организаци|одағ|союз|партия|парти[июяй]|"
                         r"комисси|агентств|агенттіг|собор|кеңес)\w*(?![\w-])")


def name_part(text: str, start: int, end: int, body: str = "") -> bool:
    """A capitalised word inside a sentence that opens an institution's name the lower-case words after it
    finish, and stands nowhere in the document (`body`) outside that name (a person, "Шоқан университетте", does):
    the blank asks a fragment of a name, not a fact."""
    word = text[start:end]
    if not (word[:1].isupper() and re.fullmatch(r"[\w-]+", word) and start > 0 and
            not re.search(r"(?:^|[.!?…:]\s*)$", text[max(0, start - 3):start]) and INSTITUTION.match(text[end:end + 90])):
        return False
    return _only_in_names(word, body or text)


@lru_cache(maxsize=4096)
def _only_in_names(word: str, body: str) -> bool:
    """Every time the document writes `word`, an institution's name goes on after it (once per word and text)."""
    return all(INSTITUTION.match(m.string[m.end():m.end() + 90])
               for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", body))


def bounded(options: list[str], surface: str, after: str, before: str = "") -> list[str]:
    """A number's wrong values within half and twice the key, and never past 100 for a percent or 360 for
    degrees (204,5° for an angle of 104,5°: ruled out by sense alone); neighbours one step apart fill in when
    fewer than three are left. Years and keys under 10 keep their options. (rukk14) A share is never 100 %: the
    whole is no share; and "the greater part" (басым бөлігі, большая часть) is over half."""
    from studyapp.generator.lang.blanks import step_of

    raw = re.sub(r"[\s\u00a0\u202f]", "", surface)
    if re.fullmatch(r"\d{4}", surface) and surface.endswith("0"):
        near = [o for o in options if not (o.isdigit() and abs(int(o) - int(surface)) == 1)]
        return near if len(near) >= 3 else options  # (rukk16) 1501 beside a round 1500: a trap, not a fact
    if not re.fullmatch(r"\d+(?:[,.]\d+)?", raw) or re.fullmatch(r"\d{4}", surface) or \
            float(raw.replace(",", ".")) < 10:
        return options
    key = float(raw.replace(",", "."))
    cap = 100 if re.match(r"^\s*(?:%|процент|пайыз)", after) else 360 if re.match(r"^\s*°", after) else month_days(after)
    share = cap == 100 and not re.search(r"\d\s*$", before)  # a share, not a range's end ("от 60 до _____ %")
    low = 51 if share and GREATER_PART.search(before[-60:]) and key > 50 else key / 2
    fits = lambda v: low <= v <= key * 2 and (v < cap if share else v <= cap) and v != key  # noqa: E731
    value = lambda o: float(re.sub(r"[\s\u00a0\u202f]", "", o).replace(",", "."))  # noqa: E731
    out = [o for o in options if not re.fullmatch(r"[\d\s\u00a0\u202f]+(?:[,.]\d+)?", o) or fits(value(o))]
    if len(out) >= 3 or re.search(r"\d[\s\u00a0\u202f]\d", surface):
        return out  # a grouped number ("2 500") keeps the language's own grouping
    decimals = len(raw.split(",")[1]) if "," in raw else len(raw.split(".")[1]) if "." in raw else 0
    step, have = step_of(key, surface, 0), {value(o) for o in out if re.fullmatch(r"[\d,.]+", o)}
    for k in (-1, 1, 2, -2, 3, -3, 4):
        v = round(key + k * step, 6)
        if fits(v) and v not in have and len(out) < 3:
            have.add(v)
            text = f"{v:.{decimals}f}"
            out.append(text.replace(".", ",") if "," in raw else text)
    return out


GREATER_PART = re.compile(r"(?<![\w-])(?:басым\s+бөліг\w*|көп\s+бөліг\w*|больш\w+\s+част\w*|большинств\w*)", re.I)
# a day of a month ("23 марта", "16 желтоқсан"): its options are days that month has (read s: "32" was offered)
MONTHS = ("январ|қаңтар", "феврал|ақпан", "март|наурыз", "апрел|сәуір", "ма[йяюе](?![\\w-])|мамыр", "июн|маусым",
          "июл|шілде", "август|тамыз", "сентябр|қыркүйек", "октябр|қазан", "ноябр|қараша", "декабр|желтоқсан")
DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


OUT_OF = re.compile(r"^\s*(?:[^\W\d_]+\s+){0,2}(?:из|out\s+of)\s+(\d+)(?![\d,.])", re.I)


def month_days(after: str) -> float:
    """The days of the month a number stands before (31 for "марта"), or no bound; (rukk16) the whole of an
    "N из M" count ("47 предметов из 50"): no option may pass M."""
    whole = OUT_OF.match(after)
    if whole:
        return float(whole.group(1))
    for month, days in zip(MONTHS, DAYS):
        if re.match(rf"\s*(?:{month})\w*(?![\w-])", after, re.I):
            return days
    return float("inf")


LOWER_WORD = re.compile(r"(?<![\w-])[^\W\d_A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*")


def _stem(word: str) -> str:
    """The first five letters: one key for a word's forms (агрегатных, агрегатные; жағдайы, жағдайын)."""
    return word.lower().replace("ё", "е")[:5]


def phrases(texts: list[str]) -> set[tuple[str, str]]:
    """Two common words of four letters or more written side by side in two or more sentences of the document
    (агрегатных состояниях … агрегатные состояния; экологиялық жағдайы … экологиялық жағдай): a fixed term,
    either word of which the other gives away."""
    seen: dict[tuple[str, str], int] = {}
    for text in texts:
        words = [(m.group(), m.start(), m.end()) for m in LOWER_WORD.finditer(text)]
        found = {(_stem(a), _stem(b)) for (a, _, e), (b, s, _) in zip(words, words[1:])
                 if len(a) >= 4 and len(b) >= 4 and re.fullmatch(r"\s+", text[e:s])}
        for pair in found:
            seen[pair] = seen.get(pair, 0) + 1
    return {pair for pair, n in seen.items() if n >= 2}


def in_phrase(text: str, start: int, end: int, fixed: set[tuple[str, str]]) -> bool:
    """The word at start:end with the word just before or after it is one of the document's fixed terms."""
    if not fixed:
        return False
    word = _stem(text[start:end])
    before = re.search(r"([\w-]+)\s+$", text[:start])
    after = re.match(r"\s+([\w-]+)", text[end:])
    return bool(before and (_stem(before.group(1)), word) in fixed or after and (word, _stem(after.group(1))) in fixed)


# units of measure, money, time and score: a word of another kind is no option for one, nor one for it
RU_END = r"(?:а|у|ом|е|ы|ов|ам|ами|ах|и|ей|ям|ями|ях|ой|ю)?"
KK_END = r"(?:ға|ге|қа|ке|да|де|та|те|дан|ден|тан|тен|нан|нен|дың|дің|тың|тің|ның|нің|ды|ді|ты|ті|ны|ні|ы|і|"\
    r"дар|дер|тар|тер|лар|лер)?"
MEASURES = re.compile(rf"(?:теңге|доллар|евро|тенге|күн|жыл|апта|сағат|минут|секунд|шақырым|тонна|литр|метр|"
                      rf"пайыз|грамм|килограмм|километр|гектар){KK_END}|"
                      rf"(?:рубл|минут|секунд|метр|литр|грамм|килограмм|километр|тонн|гектар|процент|год|час|раз|"
                      rf"очк|балл|сч[её]т|месяц|недел){RU_END}[ьяиеоу]?|день|дн(?:я|ю|ём|ем|е|и|ей|ям|ями|ях)")


def measure(*forms: str | None) -> bool:
    """A form of the word (its base or a surface: "тең" is read off "теңге") is a unit of measure, money, time or
    score (теңге, күнге, минута, тонна, очко, год), not a word that starts like one (часть, раздел, годовой)."""
    return any(MEASURES.fullmatch(f.lower()) for f in forms if f)
