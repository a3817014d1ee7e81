"""Which word a Russian or Kazakh cloze blanks, and the wrong numbers offered for a number.

Blind readers rescued most items by moving the blank: never the text's topic word (in many of its sentences),
its single main figure, a generic name every pupil completes (на Земле, Жер), a minor person quoted in a news
item, or a word whose stem the prompt still shows (аристотелевской / Аристотель); rather the name, number or
term the sentence alone has. Numbers get nearby values on both sides of the key (other years of the text
first), so the key is neither the common factor nor always the latest year.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from studyapp.text import fold

SPECIFIC, USUAL, AVOID, NEVER = 0, 1, 2, 3  # tiers of a blank, best first; NEVER is not blanked at all
EVERYWHERE = 6  # a name in this many of a document's sentences is its subject: blanked only when nothing else is


@dataclass
class DocStats:
    """How a document spreads its names and terms over its units (sentences)."""

    units: int = 0
    spread: dict[str, int] = field(default_factory=dict)  # folded name base or term base -> units holding it
    main: set[str] = field(default_factory=set)  # folded name of the text's single main figure, if it has one
    leading: set[str] = field(default_factory=set)  # its one or two most-named persons (`obvious.leading`)
    years: list[str] = field(default_factory=list)  # the years the document writes, in order
    defined: set[str] = field(default_factory=set)  # the term bases it defines (`open_blanks.defined_terms`)
    subject: set[str] = field(default_factory=set)  # the stems of its title's subject's words (`title_subject`)
    title: set[str] = field(default_factory=set)  # the five-letter keys of its title's words (`salience.title_keys`)
    title_words: list[str] = field(default_factory=list)  # its title's words, folded (`salience.title_figure`)
    rows: int = 0  # its units that are rows of a label–figure list (`salience.list_row`)
    body: str = ""  # its units' text (a figure it gives twice is central: `weak.approximate`)

    def topic(self, key: str) -> bool:
        """A word (any form of it: өсімдік, өсімдіктердің) in many of the document's sentences: its topic, guessed
        without reading (растения, Байкал)."""
        n = self.spread.get(group(key), 0)
        return n >= 3 and n >= 0.3 * self.units


def doc_stats(texts: list[str], lang, corpus_names: dict[str, str], kinds: dict[str, str]) -> DocStats:
    """The spread of each name and term over the document's unit texts, and its single main figure: a person in
    three or more units when no other person comes near (Абай, Аристотель; not Тэмуджин beside Джамуха)."""
    from studyapp.generator.lang.common import WORD, YEAR

    from studyapp.generator.lang import obvious
    from studyapp.generator.lang.salience import list_row

    stats = DocStats(units=len(texts), rows=sum(map(list_row, texts)), body=" ".join(texts))
    for text in texts:
        keys = {fold(n.base) for n in lang.names(text, corpus_names)}
        keys |= {b for b in (lang.term_form(w) for w in WORD.findall(text)) if b}
        for key in keys | {group(k) for k in keys} - keys:
            stats.spread[key] = stats.spread.get(key, 0) + 1
        stats.years += [y for y in YEAR.findall(text) if y not in stats.years]
    people = sorted(((n, k) for k, n in stats.spread.items() if kinds.get(k) == "person"), reverse=True)
    if people and people[0][0] >= 3 and (len(people) == 1 or people[1][0] * 2 <= people[0][0]):
        stats.main.add(people[0][1])
    stats.leading = obvious.leading(people) if people else set()
    return stats


def title_subject(title: str, text: str) -> set[str]:
    """The stems (`stem_key`) of the capitalised words of a headline, before the colon of "X: …", the name it is
    about (Каныш Сатпаев, Малый Арал, Эрдоган): a blank on it is guessed from the headline (2026-11-29j). A headline
    without a colon gives its names too ("Семейде ғылыми жобалар көрмесі өтті": "_____ қаласында" is Semey, read
    t13), but not its first word when the text writes that word in lower case (a common word: "Новый парк …"). None
    for a title the text does not open with (a file name standing in for a missing title)."""
    from studyapp.generator.lang.common import WORD

    if title not in text:
        return set()
    words = WORD.findall(title.split(":")[0])
    if ":" not in title and words and re.search(rf"(?<![\w-]){re.escape(words[0].lower())}(?![\w-])", text):
        words = words[1:]
    return {stem_key(w) for w in words if w[:1].isupper() and len(w) >= 3}


def group(key: str) -> str:
    """The forms of one word under one key: its first five letters, marked (өсімд~ for өсімдік, өсімдіктер)."""
    return fold(key)[:5] + "~"


def stem_key(word: str) -> str:
    """The part of a word its derivatives keep (Аристотель → аристот, Кунанбаев → кунанб, ядро → ядро)."""
    word = fold(word)
    return word if len(word) <= 5 else word[:max(5, len(word) - 3)]


def leaks(answer: str, base: str, prompt_words: list[str]) -> bool:
    """Another word of the prompt starts with the answer's stem (its derivative or another form of it): the blank
    is given away (аристотелевской for Аристотель, отец Кунанбай for Кунанбаев, ядрода for ядро)."""
    stems = {stem_key(w) for w in (*answer.split(), *base.split()) if len(fold(w)) >= 4}
    words = [fold(w) for w in prompt_words]
    return any(w.startswith(s) for s in stems for w in words)


# the pupils' own country (a school in Kazakhstan) and the country of Russian texts: like Жер or Земля, every pupil
# fills it in without reading ("Тәуелсіздік алғаннан кейін _____ …": pooled reads kept 2 of 17 such blanks), so it
# is only a reserve of a document short of questions (`forms.cloze`)
HOME = re.compile(r"^(?:қазақстан|казахстан|qazaqstan|росси|ресей|resei)")
CONTINENT = re.compile(r"^(?:европ|еуроп|ази[яиюй]|африк|амери|австрал|антаркт|евраз|еураз|evrop|euraz|aziia|azia|afrik|ameri)")


def name_tier(key: str, kind: str, stats: DocStats, generic: bool, reported: bool) -> int:
    """A name's tier: a minor person in a sentence that reports what they said (a director, a minister quoted
    once or twice: the content is the point, and a who-said question asks for them) is never blanked; the main
    figure and a topic name only when nothing else is; a generic one (Земля, Жер, Ай) or the title's subject never."""
    if any(a.startswith(b) or b.startswith(a) for a in (stem_key(w) for w in key.split()) for b in stats.subject):
        return NEVER  # "В юности _____ тяжело болел" in "Каныш Сатпаев: геолог …": the headline gives it
    if kind == "person" and reported and stats.spread.get(key, 0) <= 2 and key not in stats.main:
        return NEVER
    if max(stats.spread.get(key, 0), stats.spread.get(group(key), 0)) >= EVERYWHERE:
        return AVOID  # (read u14) the name of six sentences or more (Тэмуджин, Менделеев: kept 20 %, dropped 53 %)
    if generic:
        return NEVER  # Жер, Ай, Күн: every pupil completes them, and a sentence on nothing else has no question
    if CONTINENT.match(key):
        return AVOID  # (read v15) "из Китая … до Ближнего Востока и _____": Европа, Африка kept 9 of 31 over every read
    if key in stats.main or stats.topic(key):
        return AVOID
    return SPECIFIC


def term_tier(base: str, stats: DocStats, weight: int) -> int:
    """A term's tier: one the sentence alone has is specific, a topic word is avoided, a word of a set phrase (к
    сожалению, в результате: `weight` 3) never blanked, an abstract noun (weight 2: осмысление) and the rest usual."""
    if weight >= 3:
        return NEVER  # "По _____ турецкого лидера", "компаниялардың" before its noun: any reader fills it in
    if stats.topic(base):
        return AVOID
    return SPECIFIC if stats.spread.get(base, 0) <= 1 and weight <= 1 else USUAL


def framing(text: str, start: int, end: int, lang) -> bool:
    """A word that frames its sentence rather than says what it is about, told by where it stands: inside a short
    opening before the first comma ("Менің ойымша, …", "Бір күні, …"), after a numeral, ordinal, quantifier or a
    pointing pronoun (бір күнде, Первая партия, Кейбір тарауларда, своей репутации, бұл трилогияны: a measure of
    time or order, or a noun any reader completes), or in a
    sentence of fewer than five words ("Дегенмен _____ де бар": too little around the blank to tell it)."""
    from studyapp.generator.lang.common import WORD

    head = re.split(r"(?<=[.!?])\s+", text[:start])[-1]
    tail = re.split(r"(?<=[.!?])\s", text[end:])[0]
    opening = WORD.findall(head)
    if len(opening) <= 2 and "," not in head and tail.lstrip().startswith(","):
        return True
    if opening and re.search(r"[^\W\d_]\s+$", head) and lang.determiner(opening[-1], text[start:end]):
        return True
    if re.search(r"(?<!\w)(?:одн(?:а|о|ой|ого|ому|им|ом|у|их|ими)?|один)\s+из\s+$", head, re.I):
        return True  # "по одной из _____": "one of the …" is completed by the phrase (read t: версий, веществ)
    return len(opening) + 1 + len(WORD.findall(tail)) < 5


PATTERNS = ((-2, -1, 1), (-1, 1, 2), (-3, -1, 2), (1, 2, 3), (-3, -2, -1), (-1, 1, 3), (-2, 1, 3), (-4, -2, 2))


def is_year(value: float, surface: str) -> bool:
    """A four-digit whole number of the years' range written without a space."""
    return value == int(value) and 1000 <= value <= 2099 and re.fullmatch(r"\d{4}", surface) is not None


# what follows a four-digit number that is a year, not a count or a measure ("1200 шақырымдай", "1000 человек")
YEAR_AFTER = re.compile(r"^(?:\s*(?:г\.|гг\.|год\w*|ж\.|жыл\w*|jyl\w*|year\w*)|-|\s*[–—-]\s*\d|\s*$|[^\w\s]|"
                        r"\s+(?:және|мен|и|или|немесе|and|or)\s+\d{4})", re.I)


def counted(surface: str, after: str) -> bool:
    """A number in the years' range that the word after it makes a count or a measure, not a year."""
    return re.fullmatch(r"\d{4}", surface) is not None and bool(after) and YEAR_AFTER.match(after) is None


def step_of(value: float, surface: str, seed: int, year: bool | None = None) -> float:
    """A round step for wrong values near `value`: 2–5 years for a year, 1 for a digit, 5 or 10 for tens …"""
    if is_year(value, surface) if year is None else year:
        return (2, 3, 4, 5)[seed % 4]
    whole = int(abs(value))
    if "," in surface or "." in surface:
        return max(0.1, 10 ** (len(str(whole)) - 1) / (20 if whole >= 100 else 2)) if whole else 0.1  # 104,5: 99,5
    digits = len(str(whole))
    if digits == 1:
        return 1
    unit = 10 ** (digits - 2)
    if whole % (unit * 5) == 0 or digits == 2:
        return unit * 5 if whole % (unit * 5) == 0 else unit * 3
    # at least 4 % of the key apart: 778/798/818 around 788 m, 6617/6817 around 6717 km² were hair-splitting (read v)
    return unit * next(k for k in (1, 2, 3, 5) if unit * k >= 0.04 * whole or k == 5)


def nearby(value: float, surface: str, seed: int, others: list[float] = (), year: bool | None = None) -> list[float]:
    """Wrong values near the key on both sides, in an order a seed chooses, so the key is the lowest, a middle or
    the highest one as often; up to three of `others` (the text's other years), the nearest, come first. Never zero
    or below."""
    step = step_of(value, surface, seed, year)
    pattern = PATTERNS[seed % len(PATTERNS)]
    # the text's own years first, the nearest ones (read x: 1911 and 1934 beside 1958 are fair, made-up ones are not)
    close = sorted((o for o in others if o != value and abs(o - value) <= 60), key=lambda o: (abs(o - value), o))[:3]
    out = list(close)
    # the text's latest year: a wrong year goes at most 3 past it (a 2023 survey is not offered as 2032)
    latest = max([*others, value]) + 3 if others and is_year(value, surface) else float("inf")
    for k in (*pattern, 4, -4, 5, -5, 6, -6, -7):
        v = round(value + k * step, 6)
        if 0 < v <= latest and v != value and v not in out:
            out.append(v)
    return out


# a decade ("1970 жылдары", "в 1970-е годы"): only other round decades fit the blank's grammar
DECADE_AFTER = re.compile(r"^(?:-(?:е|х|ые|ых)\s+год\w*|\s*-?\s*жылдар\w*|\s+jyldar\w*)", re.I)


def decades(surface: str, after: str, options: list[str], seed: int) -> list[str]:
    """For a round year that names a decade, other decades near it on both sides (a seed picks the pattern); any
    other number's options unchanged."""
    if not (re.fullmatch(r"1[0-9]{2}0|20[0-9]0", surface) and DECADE_AFTER.match(after)):
        return options
    pattern = PATTERNS[seed % len(PATTERNS)]
    return [str(int(surface) + 10 * k) for k in (*pattern, 4, -4) if int(surface) + 10 * k <= 2030]


# words that tell a count: "Трилогия … _____ кітаптан" is үш without reading, "пара … _____ игрока" two
TELLS = {2: r"пар[аыуе]|парой|двое|оба|обе|дуэт\w*|дилоги\w*|екеу\w*|қос",
         3: r"трилоги\w*|трое|тройк\w*|трио|триад\w*|үшеу\w*",
         4: r"тетралоги\w*|четверо|четвёрк\w*|төртеу\w*"}
TELLS = {n: re.compile(rf"(?<!\w)(?:{p})(?!\w)", re.I) for n, p in TELLS.items()}


# the Russian number words one to ten in their usual forms (a Kazakh text's are its `Language.number_words`)
SPELLED_RU = ("один|одна|одно|одного|одной|одну|одним|одном", "два|две|двух|двум|двумя", "три|трёх|трех|трём|трем|тремя",
              "четыре|четырёх|четырех|четырём|четырьмя", "пять|пяти|пятью", "шесть|шести|шестью", "семь|семи|семью",
              "восемь|восьми|восемью", "девять|девяти|девятью", "десять|десяти|десятью")


def told(answer: str, base: str, kind: str, number_words: tuple[str, ...], body: str) -> bool:
    """The blank is a count (a digit or a number word) that a word of its prompt tells (трилогия, пара, екеуі), or
    that the prompt spells out in the other way: "_____ Гц — секундына бір тербеліс" (1), "2 (два)", a number word
    blanked beside its digits (read r dropped "_____ Гц — секундына бір тербеліс"), or a number word that is only
    part of a numeral ("бесінші сыныптан он _____" of "он бірінші", "он _____" of "он екі": read u)."""
    if base in number_words:
        if _in_numeral(body, number_words):
            return True
        value = number_words.index(base) + 1
        if re.search(rf"(?<![\d.,]){value}(?![\d.,]*\d)", body):
            return True
    elif kind == "number" and answer.isdigit():
        value = int(answer)
        spelled = number_words[value - 1] if number_words and 0 < value <= len(number_words) else \
            SPELLED_RU[value - 1] if not number_words and 0 < value <= len(SPELLED_RU) else ""
        if spelled and re.search(rf"(?<!\w)(?:{spelled})(?!\w)", body, re.I):
            return True
    else:
        return False
    return value in TELLS and bool(TELLS[value].search(body))


def _in_numeral(body: str, number_words: tuple[str, ...]) -> bool:
    """A number word, or its ordinal (бірінші, екінші), stands right before or after the blank: a numeral of
    several words."""
    from studyapp.generator.lang.kk_morph import ORDINAL_END, is_latin, to_cyrillic

    at = body.find("_____")
    cyrillic = lambda w: to_cyrillic(w) if is_latin(w) else w  # noqa: E731
    words = [cyrillic(fold(w.strip(".,;:»«"))) for w in body[:at].split()[-1:] + body[at + 5:].split()[:1]]
    numbers = {cyrillic(n) for n in number_words}
    return any(w == n or re.fullmatch(re.escape(n) + ORDINAL_END + r"\w*", w) for w in words for n in numbers)


def name_key(name: str) -> str:
    """One key for a name in any case (Тэмуджина, Тэмуджин; Ибрагимом Бакрауи, Бакрауи): its last word's start."""
    return fold(name.split()[-1])[:5] if name.split() else ""


def year_options(surface: str, years: list[str], plan: bool, lang, after: str = "") -> list[str]:
    """Wrong values for a number; for a year of a plan ("до 2027 года", "2027 жылға дейін … ашылатынын"), only
    years after the statement's (the text's latest year before the key): a past year is ruled out by logic alone.
    A count or a measure in the years' range ("1200 шақырымдай") gets a count's options (read v: 1196, 1198, 1202)."""
    if counted(surface, after):
        return lang.format_number(surface, [], year=False)
    options = lang.format_number(surface, years)
    if not (plan and re.fullmatch(r"\d{4}", surface)):
        return options
    before = [int(y) for y in years if int(y) < int(surface)]
    if not before:
        return options
    floor = max(before)
    later = [o for o in options if o.isdigit() and int(o) > floor]
    extra = [str(y) for y in range(floor + 1, int(surface) + 8) if str(y) != surface and str(y) not in later]
    return later + extra


def most_written(text: str, key: str) -> str:
    """The capitalised form of the name `key` (folded) the text writes most often (Сатпаев, not the guessed base
    Сатпай), the first on a tie; "" for none."""
    from studyapp.generator.lang.common import WORD

    stem = fold(key.split()[-1])[:5] if key.split() else ""
    counts: dict[str, int] = {}
    for w in WORD.findall(text):
        if stem and w[:1].isupper() and fold(w).startswith(stem):
            counts[w] = counts.get(w, 0) + 1
    return max(counts, key=counts.get) if counts else ""


def pronoun_named(prompt: str, name: str, code: str) -> str:
    """A Russian "when" prompt whose subject is a bare "он / она" (В каком году … он получил премию?) with the
    document's main figure in its place: the pronoun has no antecedent once the sentence stands alone; a Kazakh one
    whose subject is "ол" or left out, its first word an object ("Қай жылы институтты бітіріп …?": Сәтбаев)."""
    if code not in ("ru", "kk") or not name or stem_key(name.split()[-1]) in fold(prompt):
        return prompt
    if code == "ru":
        return re.sub(r"(?<![\w-])(?:он|она)(?![\w-])", name.split()[-1], prompt, count=1)
    last = name.split()[-1]
    if re.search(r"(?:ның|нің|дың|дің|тың|тің|ны|ні|ды|ді|ты|ті|ға|ге|қа|ке|да|де|та|те|нан|нен|дан|ден|тан|тен)$", last):
        return prompt  # the most written form carries a case ending: no subject to put in
    said = re.sub(r"^(Қай жылы )ол (?!(?:кез|жыл|уақыт|жер)\w*)", rf"\g<1>{last} ", prompt)
    if said != prompt:
        return said
    rest = prompt[len("Қай жылы "):] if prompt.startswith("Қай жылы ") else ""
    first = re.match(r"[^\W\d_]+", rest)
    dropped = first and first.group().islower() and re.search(r"(?:ны|ні|ды|ді|ты|ті)$", first.group()) and \
        not re.search(r"(?<![\w-])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]", rest)
    return f"Қай жылы {last} {rest}" if dropped else prompt
