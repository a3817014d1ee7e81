"""Kazakh, in Cyrillic or the Latin alphabet: question templates, speech verbs (деді, айтты, мәлімдеді, атап
өтті …), case endings stripped from names (Ердоғанның → Ердоған) and put back on a distractor with vowel
harmony, so options agree with the blank. No parser of Kazakh is used: there is none offline."""
from __future__ import annotations

import re

from studyapp.generator.lang.common import WORD, YEAR, Language, Name
from studyapp.generator.lang.kk_morph import (
    agree, attach, CASES, GENITIVE, LINKING, NUMBER_WORDS, POINTING, POSSESSIVE, split_case, to_latin, VERB_FORM,
    is_front, is_latin, to_cyrillic, other_pos, ORDINAL_END,
)
from studyapp.generator.lang import kk_open, voice_lines

TEMPLATES = {
    "cloze": "Бос орынды толтырыңыз: {quote}",
    "cloze_many": "Бос орынға тиісті сөздерді қойыңыз: {quote}",
    "when": "Қай жылы {rest}?",
    "stance": "Бұл не: дерек, автордың пікірі әлде басқа адамның пікірі? {quote}",
    "explain": "Мәтінде: «{quote}»",
}
# three kinds that do not overlap: the author's view, someone else's view, and a plain fact
STANCE_LABELS = {"fact": "дерек", "opinion": "автордың пікірі", "claim": "басқа адамның пікірі"}
SPEECH_VERBS = ("деді", "айтты", "мәлімдеді", "атап өтті", "хабарлады", "жазды", "деп санайды", "деп есептейді",
                "атап көрсетті", "түсіндірді", "мәлім етті")
SAID = re.compile(r"^(?P<all>.{15,}?),? деп (?P<verb>" + "|".join(SPEECH_VERBS) + r")\.?$")
QUOTE_SAID = re.compile(r"^«(?P<rest>[^»]{15,})»,? деп (?P<verb>" + "|".join(SPEECH_VERBS) + r") (?P<name>[А-ЯӘҒҚҢӨҰҮҺІЁ]"
                        r"[\w-]+(?: [А-ЯӘҒҚҢӨҰҮҺІЁ][\w-]+){0,2})\.?$")
# reported speech without a quote: "Министр Ғани Бейсембаев … ашылатынын мәлімдеді."
SAID_THAT = re.compile(r"^(?P<all>.{15,}?(?:ын|ін|нын|нін)) (?P<verb>айтты|мәлімдеді|атап өтті|хабарлады|жазды|"
                       r"атап көрсетті|түсіндірді)\.?$")
CAPITAL_RUN = re.compile(r"[А-ЯӘҒҚҢӨҰҮҺІЁA-ZÄĞÑÖŪÜŞÇ][\w-]+(?: [А-ЯӘҒҚҢӨҰҮҺІЁA-ZÄĞÑÖŪÜŞÇ][\w-]+){0,2}")
PERSON_END = re.compile(r"(?:ов|ова|ев|ева|ин|ина|ұлы|қызы|бек|бай|баев|бекова)$|\s\S")
YEAR_LEAD = re.compile(r"^(?P<year>1[0-9]{3}|20[0-9]{2}) ?(?:жылы|ж\.)\s+(?P<rest>.+)$")
PRONOUN = re.compile(r"^(ол|олар|оның|олардың|бұл|осы|сол|мұнда|онда)\b", re.I)
OPINION = re.compile(r"\b((?:керек|тиіс)(?!\s+(?:болды|болған|болатын|еді))|жақсы(?! \w+[дт][ыі]\b)|жаман|әділетсіз|меніңше|менің ойымша|өкінішке қарай)\b", re.I)
CLAIM = re.compile(r"\b(деді|айтты|мәлімдеді|атап өтті|хабарлады|ескертті|ескертеді|деп санайды|айтуынша|пікірінше|сөзінше|"
                   r"(?:керек|тиіс|қажет)\s+(?:деген|деп))\b", re.I)  # "… керек деген ұсыныс": a need others state (w)
# someone else's view, not a report of what they announced ("Серікованың айтуынша, сабақтарды … жүргізеді")
OTHERS_VIEW = re.compile(r"\b(деп санайды|деп санайтын|деп есептейді|деп ойлайды|пікірінше|ойынша|сенімді)\b", re.I)
ABBREVIATIONS = re.compile(r"(?:\d\s*(?:ж|жж|ғ|ғғ|г)\.|\b(?:т\.\s?б|т\.\s?с\.\s?с|б\.\s?з\.\s?б|млн|млрд|мыс|"
                           r"орт|қ|ағылш|лат|орыс|грек|қыт|араб|парс|түр|моң)\.|(?:^|\s)[А-ЯӘҒҚҢӨҰҮҺІ]\.)\s*$")  # "(лат. …)"
CLAUSE_BREAK = re.compile(r";\s|\s[—–]\s(?![−+-]?\d)|,\s(?=(?:ал|бірақ|сондай-ақ|яғни|себебі|өйткені)\b)")  # not "ойындар – | 54 %" (ru.py)
ANAPHORA = r"(?:Ол|Олар|Оның|Олардың|Оған|Оларға|Бұл|Бұның|Мұның|Осы|Осының|Сол|Солар|Солардың|Соларға|Онда|Соның|Сондықтан)\b"
ANAPHORA_LATIN = to_latin(ANAPHORA)
LEAN = r"(?:Және|Бірақ|Алайда|Ал|Сондай-ақ|Сонымен қатар|Әрі|Содан соң|Сонда)\b"
# "Сөйтіп, … көшіп келді": who did it is in the sentence before; asked only when no other sentence has its facts
SUBJECTLESS = r"(?:Сөйтіп|Сонымен|Sóitip|Söitıp|Sonymen)\b"
PRONOUN_INSIDE = r"^(?:[^\s,]+\s+){1,3}(?:ол|олар)\b"
# a Kazakh ending after a Russian soft or hard sign ("осьінен" for осінен): a word broken in the source
# or a п before a possessive and case ending ("орталыпына" for орталығына): Kazakh voices it (кітап → кітабына)
DAMAGE = re.compile(r"\w[ьъ][әіүөұқғңһ]|[аоұы]пы(?:на|ның|нда|нан)(?!\w)|[еөүі]пі(?:не|нің|нде|нен)(?!\w)")
MONTHS = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
          "қараша", "желтоқсан")

def kazakh(script: str = "cyrl") -> Language:
    """The Kazakh Language for a script ('cyrl' or 'latn')."""
    latin = script == "latn"
    templates = {k: to_latin(v) if latin else v for k, v in TEMPLATES.items()}
    labels = {k: to_latin(v) if latin else v for k, v in STANCE_LABELS.items()}
    return Language(code="kk", templates=templates, abbreviations=ABBREVIATIONS, clause_break=CLAUSE_BREAK,
                    names=names, agree=agree, speech=_speech(latin), year_lead=_year_lead(latin), stance=stance,
                    format_number=format_number, term_words=term_words, term_form=term_form,
                    stance_labels=labels, anaphora=re.compile(ANAPHORA_LATIN if latin else ANAPHORA),
                    number_words=tuple(to_latin(w) for w in NUMBER_WORDS) if latin else NUMBER_WORDS,
                    is_person=lambda name: name_kind(name) == "person",
                    name_kind=name_kind, kind_cue=kind_cue, term_weight=term_weight, future=future,
                    lean=re.compile(to_latin(LEAN) if latin else LEAN),
                    pronoun_inside=re.compile(to_latin(PRONOUN_INSIDE) if latin else PRONOUN_INSIDE),
                    damage=DAMAGE, generic=generic, blankable=blankable, subjectless=re.compile(SUBJECTLESS),
                    opener=opener, determiner=determiner, other_pos=other_pos, open_usual=kk_open.open_usual)


def determiner(word: str, noun: str = "") -> bool:
    """A numeral, ordinal, quantifier or pointing pronoun (бір, бірінші, кейбір, бұл): the noun after it counts,
    orders or is already pointed at."""
    word = (to_cyrillic(word) if is_latin(word) else word).lower()
    return word in NUMBER_WORDS or word in ("кейбір", "бірнеше", "әрбір", "әр") or bool(ORDINAL.search(word)) or \
        word in POINTING


ORDINAL = re.compile(r"\w" + ORDINAL_END + "$")


def names(text: str, corpus_names: dict[str, str]) -> list[Name]:
    """Capitalised words (and runs of them) past the sentence's first word, the case ending off the last one."""
    known = {b.lower() for b in corpus_names.values()}
    out, words = [], list(WORD.finditer(text))
    i = 0
    while i < len(words):
        m = words[i]
        first = voice_lines.opens(text[:m.start()])  # after . ! ? « or a dialogue dash ("— Әр таңда")
        word = m.group()
        if word[:1].isupper() and not word.isupper() and len(word) > 1 and \
                (not first or split_case(word, known)[0].lower() in known):
            j = i
            while j + 1 < len(words) and words[j + 1].group()[:1].isupper() and \
                    text[words[j].end():words[j + 1].start()] == " " and \
                    not split_case(words[j].group(), known, permissive=True)[1] and \
                    not _apart(word, words[j + 1].group(), text[words[j + 1].end():], known) and \
                    not (OWNS.match(text[words[j + 1].end():]) and
                         split_case(words[j + 1].group(), set(), permissive=True)[1] != "gen"):
                j += 1
            run = words[i:j + 1]
            stem, _ = split_case(run[-1].group(), known)
            base = " ".join([w.group() for w in run[:-1]] + [stem])
            out.append(Name(run[0].start(), run[-1].end(), text[run[0].start():run[-1].end()], base))
            i = j + 1
        else:
            i += 1
    return out


# a capitalised word before a lower-case noun in the possessive starts a name of its own ("Дулати | Қазақ хандығының")
OWNS = re.compile(r"^ [а-яәғқңөұүһі]+(?:[сғг][ыі]|[ыі]н(?:ың|ің|а|е|да|де|нан|нен|дағы|дегі)|[сғг][ыі]н\w{1,4})(?!\w)")
PATRONYMIC = re.compile(r"(?:ұлы|қызы|ūly|qyzy)\w{0,5}$")
AND = re.compile(r"^ (?:мен|бен|пен|және|men|ben|pen|jäne) [А-ЯӘҒҚҢӨҰҮҺІA-ZÄĞÑÖŪÜŞÇ]")


def _apart(first: str, following: str, after: str, known: set[str]) -> bool:
    """Two capitalised words that are two names, not one: the second is in the locative (Абай Семейдегі: a place),
    or the first is a name written elsewhere too and the second, no patronymic, is joined to a third name by "мен"
    (Абай Пушкин мен Лермонтовтың: Pushkin and Lermontov, whom Abai translated)."""
    if split_case(following, set(), permissive=True)[1] in ("loc", "adj"):
        return True
    seen = first.lower() in known or split_case(first, known)[0].lower() in known
    return seen and bool(AND.match(after)) and not PATRONYMIC.search(following)


def blankable(word: str) -> bool:
    """A word a sentence has once that may be its blank: five letters or more, no verb or participle ending, not a
    possessive form (its options could not take it)."""
    word = to_cyrillic(word) if is_latin(word) else word
    return len(word) >= 5 and not VERB_FORM.search(word) and not POSSESSIVE.match(word) and \
        not VERBAL_NOUN.search(word) and \
        not re.search(r"(?:ады|еді|йды|йді|мын|мін|са|се|ма|ме|уда|уде|атын|етін|уға|уге|тан|тен|дан|ден)$", word)


# a verbal noun (тартылуынан, бағытталу, нашарлау) or a comparative (күштірек: its contrast gives it away): the
# blank would test morphology or a collocation, not the fact
VERBAL_NOUN = re.compile(r"(?:[уү][ыі](?:н|на|не|нан|нен|нда|нде|ның|нің)?|[лдт][аеуү][уү]|[ыі]?р[ае][қк])$")
# class nouns that name no fact of their own ("табиғи құбылыс", "бұл процесс"): every reader fills them in
GENERIC_NOUNS = set("""құбылыс құбылыстар процесс процесі жағдай мәселе нәтиже түрі бөлігі кезең уақыт адам
адамдар жыл жылы қазақ орыс ағылшын""".split())  # a language before "тілі": no fact
POSSESSED = re.compile(r"^\s+(?:[а-яәғқңөұүһі]+\s+)?[а-яәғқңөұүһі]{3,}(?:[сл]?[ыі]|[лдт][ае]р[ыі])"
                       r"(?:н|на|не|нда|нде|нан|нен|ның|нің)?(?!\w)")


def term_weight(word: str, base: str, after: str = "") -> int:
    """3 for a class noun (құбылыс) and for a genitive that only qualifies the noun after it ("жергілікті
    компаниялардың инженерлері": the engineers are the point), 0 for a borrowed term of science, else 1."""
    word = to_cyrillic(word) if is_latin(word) else word
    if word.lower() in GENERIC_NOUNS or base.lower() in GENERIC_NOUNS:
        return 3
    if GENITIVE.search(word) and POSSESSED.match(to_cyrillic(after) if is_latin(after) else after):
        return 3
    return 0 if LOAN.search(word.lower()) else 1  # хлорофилл, митохондрия: a term of science has one answer


LOAN = re.compile(r"[фвцчщэюё]|лл|сс|^хл|[^аәеиоөұүыіуюяэ]я|ия(?![тқк]|на)")  # not native: a loan (мұқият is)


def name_kind(name: str) -> str:
    """person for a name with a person's ending (-ов, -ұлы, Пушкин; Latin-script Puşkin too), else name."""
    word = to_cyrillic(name) if is_latin(name) else name
    return "person" if PERSON_END.search(word) else "name"


# a plan: a future participle before "дейін" or a word of a plan (the statement's year is the earliest possible)
FUTURE = re.compile(r"\b(?:дейін|жоспар\w*|болады деп)\b|\w(?:атын|етін|йтын|йтін)(?:ын|ін|ы|і)? "
                    r"(?:мәлімдеді|айтты|хабарлады)", re.I)


def future(text: str) -> bool:
    """The sentence states a plan or what will be (its years cannot lie before the statement)."""
    return bool(FUTURE.search(to_cyrillic(text) if is_latin(text) else text))


OPENERS = set("""кейін сөйтіп содан соңынан кейіннен алайда бірақ ал және сонымен сондықтан онда мұнда бұрын қазір
ол олар бұл осы сол""".split())


def opener(word: str) -> bool:
    """A sentence's first word that is no part of a name after it (Кейін Абай …, Сөйтіп …)."""
    word = to_cyrillic(word) if is_latin(word) else word
    return word.lower() in OPENERS or word.isdigit()


GENERIC = {"жер", "ай", "күн", "жер-ай", "жер-күн", "жер-айдың"}


def generic(name: str) -> bool:
    """The Earth, the Moon, the Sun (Жер, Ай, Күн): capitalised, but every pupil completes "Жер бетінде"."""
    word = (to_cyrillic(name) if is_latin(name) else name).lower()
    return word in GENERIC or any(word == attach(g, case) for g in GENERIC for case in CASES)  # Жерде, Айға


PLACE_AFTER = re.compile(r"^\s*(?:(?:мен|пен|бен|және)\s+\S+\s+)?(?:өзен|қала|облыс|тау|көл|аудан|ауыл|өлке|"
                         r"батыс|шығыс|оңтүстік|солтүстік|жерінде|аумағ|баурай|етег|маңы)", re.I)
# "хан" as a title after a name (Керей хан, Барақ ханның), not the first letters of "Қазақ хандығы" (a state)
PERSON_AFTER = re.compile(r"^\s*(?:хан(?:ы|ның|ға|ды|нан|мен)?\b|сұлтан|би\b|батыр|ақын|деді|айтты|мәлімдеді)", re.I)
PERSON_BEFORE = re.compile(r"(?:министрі|директоры|ханы|ақын|депутат|әкімі|ұлы|баласы)\s+$", re.I)
KIND_CUES = [(re.compile(p.pattern, re.I), re.compile(to_latin(p.pattern), re.I)) for p in
             (PLACE_AFTER, PERSON_AFTER, PERSON_BEFORE)]


def kind_cue(before: str, surface: str, after: str) -> str | None:
    """A name's kind from its ending and the words around it: a place in the locative (Астанада, Семейдегі) or
    before "өзені", "батысына"; a person before "хан", after "министрі"."""
    if split_case(surface.split()[-1], set(), permissive=True)[1] in ("loc", "adj"):
        return "place"
    (place, place_l), (person, person_l), (title, title_l) = KIND_CUES
    if place.search(after) or place_l.search(after):
        return "place"
    if person.search(after) or person_l.search(after) or title.search(before) or title_l.search(before):
        return "person"
    return None


def _speech(latin: bool):
    """The speech finder for a script (Latin-script speech verbs are the Cyrillic ones transliterated)."""
    said = re.compile(to_latin(SAID.pattern)) if latin else SAID
    quote_said = re.compile(to_latin(QUOTE_SAID.pattern)) if latin else QUOTE_SAID
    said_that = re.compile(to_latin(SAID_THAT.pattern)) if latin else SAID_THAT
    ask, who = (to_latin("деп кім"), to_latin("Кім")) if latin else ("деп кім", "Кім")

    def speech(text: str) -> tuple[str, str] | None:
        """(speaker, question) for "X … деп мәлімдеді", "«…» деп айтты X" and "X … ашылатынын мәлімдеді"."""
        m = quote_said.match(text)
        if m:
            return _base_name(m.group("name")), f"«{m.group('rest').strip(' ,«»')}» {ask} {m.group('verb')}?"
        m = said.match(text) or said_that.match(text)
        if not m:
            return None
        # the speaker: the first person's name among the opening words (after "Білім министрі", say)
        run = next((r for r in CAPITAL_RUN.finditer(m.group("all")[:80]) if PERSON_END.search(r.group())), None)
        rest = m.group("all")[run.end():].strip(" ,") if run else ""
        if not run or len(rest.split()) < 3:
            return None
        if m.re is said_that:
            return _base_name(run.group()), f"{who} {rest} {m.group('verb')}?"
        return _base_name(run.group()), f"{rest} {ask} {m.group('verb')}?"

    return speech


def _base_name(name: str) -> str:
    """A name without the case ending of its last word (and without a title before a first name and surname:
    "Депутат Айгүл Серікова" → "Айгүл Серікова")."""
    words = name.split()
    if len(words) == 3 and re.search(r"(?:ов|ова|ев|ева|ин|ина|ұлы|қызы)\w{0,4}$", words[-1]):
        words = words[1:]
    return " ".join([*words[:-1], split_case(words[-1], set())[0]])


def _year_lead(latin: bool):
    """The year finder for a script: "1465 жылы …" → (1465, …)."""
    pattern = re.compile(to_latin(YEAR_LEAD.pattern)) if latin else YEAR_LEAD

    def year_lead(text: str) -> tuple[str, str] | None:
        """(year, the rest) when the unit opens with its year."""
        m = pattern.match(text)
        if not m or PRONOUN.match(m.group("rest")) or YEAR.search(m.group("rest")):
            return None
        return m.group("year"), m.group("rest")

    return year_lead


STOP = set("""және мен бен пен немесе бірақ ал яғни сондай-ақ өзінің оның олардың болып болады болды қарай
үшін кезінде ретінде арқылы бойынша туралы бұл осы сол барлық әрқашан өте ішінде қарағанда байланысты дейін
кейін бері соң онда мұнда сонда осында бір-біріне бір-бірін бір-бірінің бір-бірімен бетінде бетіне бетінен
жағында жағына жақтағы әсерінен нәтижесінде арқасында салдарынан бойында бойымен ортасында алдымен әсіресе
кейде негізінен шамамен емес болмас""".split())
# (relational nouns after the word they locate: "Жер бетінде", "заңы әсерінен" are completed by any reader)


def term_form(word: str) -> str:
    """The stem of a lower-case content word (its case ending off), or a number word; '' for other words."""
    if word in NUMBER_WORDS:
        return word
    if not word[:1].islower() or len(word) < 4 or word in STOP or \
            (to_cyrillic(word) if is_latin(word) else word) in POINTING | LINKING:
        return ""
    return split_case(word, set(), permissive=True)[0]


def term_words(texts: list[str]) -> dict[str, int]:
    """How often each content word's stem occurs in the texts (number words always count twice)."""
    counts: dict[str, int] = {w: 2 for w in NUMBER_WORDS}  # always worth a blank; their options are each other
    for text in texts:
        for m in WORD.finditer(text):
            base = term_form(m.group())
            if base and base not in NUMBER_WORDS:
                counts[base] = counts.get(base, 0) + 1
    return counts


CLAIM_LATIN, OPINION_LATIN = re.compile(to_latin(CLAIM.pattern), re.I), re.compile(to_latin(OPINION.pattern), re.I)
VIEW_LATIN = re.compile(to_latin(OTHERS_VIEW.pattern), re.I)


def stance(text: str) -> str:
    """'claim' for someone else's view (… деп санайды), 'report' for what someone announced (no stance question),
    'opinion' when the text itself evaluates, else 'fact'."""
    if OTHERS_VIEW.search(text) or VIEW_LATIN.search(text):
        return "claim"
    if CLAIM.search(text) or CLAIM_LATIN.search(text):
        return "report"
    if PHYSICAL.search(to_cyrillic(text) if is_latin(text) else text):
        return "fact"  # "ось әрқашан Айға бағытталу керек": a law of nature, not the author's view
    return "opinion" if OPINION.search(text) or OPINION_LATIN.search(text) else "fact"


# necessity of nature: a passive verbal noun with no owner before "керек" (бағытталу керек, not "үйренуі керек"),
# or "әрқашан … керек/тиіс" (always must)
PHYSICAL = re.compile(r"\w{3,}(?:ал|ел|ыл|іл|н)[уү] (?:керек|тиіс)|әрқашан\b.*\b(?:керек|тиіс)\b", re.I)


def format_number(surface: str, others: list[str] = (), year: bool | None = None) -> list[str]:
    """Wrong values near the key, in the way the text writes numbers (a space between thousands, a decimal comma)."""
    from studyapp.generator.lang.ru import format_number as spaced

    return spaced(surface, others, year)


def date_phrase(day: int, month: int, year: int) -> str:
    """A date in Kazakh: 1992 жылдың 2 наурызында."""
    name = MONTHS[month - 1]
    return f"{year} жылдың {day} {name}{'ында' if not is_front(name) else 'інде'}"
