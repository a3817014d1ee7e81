"""Russian definitions and causes for `ideas.py`, read through pymorphy3 (round rukk8).

Definitions: "X — это Y" and "X — Y" (X a noun phrase in the nominative, Y one opening with a noun or an
adjective: the definition kind), "Y называется / называют X" (X the sentence's last words) and "Xом называют Y" (read
v15's set: the term first, in the instrumental). Causes: "E, потому что
/ так как / поскольку C", "C, поэтому E" and "C. Поэтому E". A part led by a pronoun ("её называют", "он плавает")
or by a conjunction is refused: the question would quote a fragment that leans on another sentence.
"""
from __future__ import annotations

import re

from studyapp.generator.lang.ru_morph import analyses

TEMPLATES = {"what": "Что такое {term}?", "why": "Почему {effect}?", "called": "Как {verb} {what}?",
             "who": "Кто {such} {term}?", "such": {"masc": "такой", "femn": "такая", "plur": "такие"}}

W = r"[^\W\d_][\w-]*"
DASH = re.compile(rf"^(?P<term>{W}(?:\s+{W}){{0,2}})\s+[—–]\s+(?P<this>это\s+)?(?P<meaning>.+?)\s*$")
CALLED = re.compile(rf"^(?P<what>.+?),?\s+(?:(?:часто|обычно|иногда|также|теперь)\s+)?(?P<verb>называ(?:ется|ются|ют|ли|лся|лась|лись))"
                    rf"\s+(?P<term>«[^«»]{{2,40}}»|{W}(?:\s+{W}){{0,2}})\s*[.;]?\s*$")
# "Коррозией называют самопроизвольное разрушение металлов …": the term first, in the instrumental (read v15's set)
CALLED_FIRST = re.compile(rf"^(?P<term>{W}(?:\s+{W}){{0,2}})\s+(?:обычно\s+|также\s+)?(?P<verb>называют)\s+(?P<what>[^:;]+?)\s*\.?\s*$")
RANKED_TERM = re.compile(rf"^{W}\s+(?:{W}\s+)?(?:пример|сцена|эпизод|момент|причина|результат|особенность|черта|часть|шаг|"
                      r"этап|достопримечательность)$", re.I)
BECAUSE = re.compile(r"^(?P<effect>.+?)(?:,\s+(?:потому\s+что|так\s+как|поскольку|ибо)|,?\s+(?:из-за\s+того|благодаря\s+тому),?\s+что)"
                     r"\s+(?P<cause>[^;:]+?)\s*[.!]?\s*$")
# "Так как C, E": the cause first, one clause without a comma of its own (where it ends is then sure)
BECAUSE_LEAD = re.compile(r"^(?:Так\s+как|Поскольку|Из-за\s+того,?\s+что|Благодаря\s+тому,?\s+что)\s+(?P<cause>[^,;:]+?),\s+"
                          r"(?P<effect>[^;:]+?)\s*[.!]?\s*$")
# "из-за этого", "благодаря этому", "вследствие этого" point back to the cause as "поэтому" does
THEREFORE = r"(?:поэтому|(?:из-за|благодаря|вследствие)\s+(?:этому|этого|чему|чего))"
SO = re.compile(rf"^(?P<cause>.+?),\s+(?:и\s+)?{THEREFORE}\s+(?P<effect>.+?)\s*[.!]?\s*$")
SO_LEAD = re.compile(rf"^(?i:{THEREFORE}),?\s+(?P<effect>.+?)\s*[.!]?\s*$")
# where a cause or an effect clause stops: a new clause, a contrast, an aside in dashes or brackets
CLAUSE_END = re.compile(r"\s*(?:[;:]|,\s+(?:а|но|однако|и\s+поэтому|хотя|причём|тогда\s+как|в\s+то\s+время\s+как)\s|\s[—–]\s)")
ASIDE = re.compile(r"\s+\([^()]{1,12}\)(?=[\s,.;]|$)")  # a short aside in brackets, a formula or an abbreviation ("(O3)")
OPENERS = re.compile(r"^(?:Кроме\s+того|Однако|Также|Например|Итак|Таким\s+образом|Зато|При\s+этом),?\s+")
PRONOUN = re.compile(r"(?<!\w)(?:он|она|оно|они|его|её|ее|их|него|неё|нее|них|ему|ей|им|ним|ней|нём|нем|ими|ими|это|этот|"
                     r"эта|эти|этого|этой|этих|этим|тот|та|те|там|тут|здесь|туда|оттуда|тогда|такой|такая|такие|таких|мы|я|вы|ты|нас|нам|вас|вам|меня|"
                     r"мне)(?!\w)", re.I)
SPEECH = re.compile(r"[—–]\s+(?:говорит|объясняет|рассказывает|отмечает|считает|добавляет|вспоминает|сказал|"
                    r"уверен|признаётся|признается)", re.I)
MAX_MEANING = 140
OWN_TIME = re.compile(r"(?:зимой|летом|весной|осенью|ночью|днём|днем|утром|вечером|обычно|часто|всегда|иногда|"
                      r"постепенно|ежегодно|ежедневно)", re.I)
# a meaning that says what kind of word the term is, not what it means ("хлестаковщина — слово, вошедшее в язык")
META = re.compile(r"слово|термин|понятие|название|выражение|имя|словосочетание")
POINTING = re.compile(rf"(?:[Ээ]то[тй]?|[Ээ]т[уаи]|[Тт]ак(?:ой|ая|ое|ие|ую))\s+{W}(?:\s+{W})?")


def _tags(word: str):
    """pymorphy3's tags of a word."""
    return [p.tag for p in analyses(word.lower())]


def _as(word: str, *grams: str):
    """The first of pymorphy3's tags of a word that has all the grammemes, or None ("лёд" is read accs first)."""
    return next((t for t in _tags(word) if all(g in t for g in grams)), None)


def _pronoun_led(text: str) -> bool:
    """The part opens with a pronoun, a conjunction, a particle or an adverb (a fragment that leans elsewhere)."""
    first = re.match(W, text)
    if not first or PRONOUN.fullmatch(first.group()):
        return True
    if re.fullmatch(r"(?:кажд|вс|любо|люб)\w*", first.group(), re.I):
        return False  # "Каждая частица", "Все тела": a quantifier leans on nothing
    if OWN_TIME.fullmatch(first.group()):
        return False  # "Зимой реки замерзают": a season or a habit, no adverb pointing back (там, тогда)
    tag = _tags(first.group())[0]
    return any(g in tag for g in ("NPRO", "Apro", "CONJ", "PRCL", "ADVB", "PRED", "INTJ"))


def _noun_phrase(text: str, case: str = "nomn") -> bool:
    """The words end in a noun that can stand in `case`, and open with a noun, an adjective or a participle."""
    words = re.findall(W, text)
    if not words or _pronoun_led(text):
        return False
    first, last = _tags(words[0]), _tags(words[-1])
    return any(("NOUN" in t or "ADJF" in t or "PRTF" in t) for t in first) and \
        any("NOUN" in t and case in t for t in last)


def _lower(text: str) -> str:
    """The part's first letter in lower case, unless its first word is a name."""
    first = re.match(W, text)
    if first and any(_as(first.group(), g) for g in ("Name", "Surn", "Patr", "Geox", "Orgn", "Abbr")):
        return text
    return text[:1].lower() + text[1:]


def _clause(text: str) -> str:
    """The text to its clause's end (`CLAUSE_END`), without a closing full stop; "" for a part with an aside in
    brackets or a relative clause the cut leaves unfinished ("барин, для которого главное: …")."""
    m = CLAUSE_END.search(text)
    part = (text[:m.start()] if m else text).strip().rstrip(".!,")
    part = re.sub(r",\s+[^\W\d_]+$", "", part) if m else part  # "слуга Гринёва, ворчливый": a trailing epithet
    relative = re.search(r",\s+(?:\w+\s+)?(?:котор|чь)\w*\s([^,]*)$", part)
    if "(" in part or m and relative and len(relative.group(1).split()) < 4:
        return ""
    return part


def _nominative(term: str) -> str:
    """A term in the instrumental ("электромагнитной индукцией") in the nominative, its adjectives agreeing with
    its noun ("электромагнитная индукция"), or "" when pymorphy3 reads no such form of every word."""
    parses = [next((p for p in analyses(w.lower()) if p.tag.case == "ablt"), None) for w in re.findall(W, term.strip("«»"))]
    noun = next((p for p in reversed(parses) if p is not None and "NOUN" in p.tag), None)
    out = []
    for parse in parses:
        grams = {"nomn"} if parse is None or noun is None or "NOUN" in parse.tag else \
            {"nomn", "plur"} if noun.tag.number == "plur" else {"nomn", noun.tag.gender}
        form = parse.inflect(grams) if parse else None
        if form is None:
            return ""
        out.append(form.word)
    shown = " ".join(out)
    return shown[:1].upper() + shown[1:] if term.strip("«")[:1].isupper() else shown


def definition(sentence: str, before: str = ""):
    """The sentence's definition (`ideas.Definition`), or None."""
    from studyapp.generator.lang.ideas import Definition

    text = sentence.strip()
    if text.startswith(("«", "—", "–", "-")) or SPEECH.search(text):
        return None
    m = DASH.match(text)
    if m and RANKED_TERM.search(m.group("term")):
        return None  # "Ключевая сцена — допрос у коменданта …": what the scene is, no term defined (read v15's set)
    if m and _noun_phrase(m.group("term")) and not _pronoun_led(m.group("meaning")) and _plain(m.group("term")):
        meaning = _clause(ASIDE.sub("", m.group("meaning")))
        words = re.findall(W, meaning)
        kind = m.group("this") or words and any(g in t and "nomn" in t for t in _tags(words[0])
                                                for g in ("NOUN", "ADJF", "PRTF"))
        noun = _head(words)  # the meaning's head: a noun in the nominative, not one after a preposition
        before = re.split(r",\s+(?:\w+\s+)?(?:котор|чь|где|когда)", meaning)[0]
        if kind and noun and _as(noun, "NOUN", "nomn") and not META.fullmatch(noun.lower()) and not PRONOUN.search(before) and len(words) >= 2 and len(meaning) <= MAX_MEANING and not meaning.startswith("не ") \
                and not re.search(r",\s+чем\s", meaning) and not _names_list(meaning):  # "… не меньше, чем в поле": a comparison
            # "Дворецкий — старший слуга …": a common noun at a sentence's start, not the surname pymorphy3 also reads
            named = "" if _common(m.group("term")) else _person(m.group("term"))
            term = m.group("term") if named else m.group("term")[:1].lower() + m.group("term")[1:] \
                if _common(m.group("term")) else _lower(m.group("term"))
            person = named or _animate_term(term, meaning)
            verb = "называются" if _as(noun, "NOUN", "nomn").number == "plur" else "называется"
            short = len(words) < 5  # "Правило Ленца — это проявление закона сохранения энергии": a property
            if person and len(meaning) > 70:  # a person's description as long as three others: its first phrase
                meaning = re.split(r",\s+(?:котор|чь)\w*\s", meaning)[0]
            ask = "" if named or short else TEMPLATES["called"].format(verb=verb, what=meaning)  # хан: a common noun (rukk15)
            return Definition(term, term, meaning=meaning, ask=ask, person=person)
    m = CALLED_FIRST.match(text)
    key = _lower(_nominative(m.group("term"))) if m and text[:1].isupper() else ""
    head = _head(re.findall(W, m.group("what"))) if key else ""
    if head and _as(head, "NOUN", "accs") and not _finite(m.group("what")) and not PRONOUN.search(m.group("term")):
        what = _clause(m.group("what"))
        if len(what.split()) >= 3 and len(what) <= MAX_MEANING:
            ask = TEMPLATES["called"].format(verb=m.group("verb"), what=_lower(what))
            return Definition(m.group("term"), key, ask=ask, called=True)
    m = CALLED.match(text)
    if m:
        what = re.split(r"[:;]\s+|,\s+(?:и\s+)?(?:поэтому|потому|так\s+как)\s+", m.group("what"))[-1].strip(" ,")
        key = _nominative(m.group("term"))
        reflexive = m.group("verb").endswith(("ся", "сь"))
        # "… образовалось давление. Это давление называют атмосферным": the sentence before describes it
        pointed = POINTING.fullmatch(what) if _sound(before) else None
        noun = re.findall(W, what)[-1 if pointed else 0]
        if not key or len(what.split()) < 2 or _pronoun_led(what) and not pointed or \
                not _noun_phrase(noun, "nomn" if reflexive else "accs") or _finite(what):
            return None
        ask = TEMPLATES["called"].format(verb=m.group("verb"), what=_lower(what))
        ask = f"{before.strip()} {ask}" if pointed else ask
        return Definition(m.group("term").strip("«»"), key, meaning=what if reflexive and len(what) <= MAX_MEANING
                          else "", ask=ask, called=True)
    return None


def _head(words: list[str]) -> str:
    """The first noun of a meaning that no preposition governs ("крупнейший по площади заповедник": заповедник)."""
    for i, word in enumerate(words):
        if "NOUN" in _tags(word)[0] and not (i and "PREP" in _tags(words[i - 1])[0]):
            return word
    return ""


def animate(meaning: str) -> str:
    """"masc", "femn" or "plur" when a meaning's head names a person ("молодой чиновник из …"), else ""."""
    tag = _as(_head(re.findall(W, meaning)), "NOUN", "nomn", "anim")
    return "" if tag is None else "plur" if tag.number == "plur" else tag.gender or "masc"


PROPER = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"}  # "Владимир" is a name and a town, never a common noun


def _common(term: str) -> bool:
    """A one-word term that pymorphy3 reads as a common noun in the nominative (and not only as a name)."""
    words = re.findall(W, term)
    return len(words) == 1 and any("NOUN" in p.tag and "nomn" in p.tag and not PROPER & p.tag.grammemes
                                   for p in analyses(words[0].lower()))


def _animate_term(term: str, meaning: str) -> str:
    """A common noun for a person defined by a person ("Барыня — капризная, скучающая старуха"): asked "Кто такая
    барыня?" (read w: "Что такое барыня?"), with the term's own gender; "" for a thing or a collective ("дворня")."""
    words = re.findall(W, term)
    tag = _as(words[-1], "NOUN", "nomn", "anim") if len(words) == 1 else None
    if tag is None or not animate(meaning):
        return ""
    return "plur" if tag.number == "plur" else tag.gender or "masc"


def _sound(before: str) -> bool:
    """A sentence before that a question may quote whole: capitalised, led by no pronoun, short, no question."""
    before = before.strip()
    first = before.split(",")[0]  # a pronoun after a comma may stand for the sentence's own subject
    return bool(before) and (before[:1].isupper() or before[:1].isdigit()) and not _pronoun_led(before) and not PRONOUN.search(first) and \
        len(before.split()) <= 30 and not re.search(r"[?«]", before)


def _plain(term: str) -> bool:
    """A term a definition may have: no pair ("Понедельник и вторник"), no ranking or counting word before it
    ("Главная тема", "Первые две главы", "Особая гордость парка": what a text says about itself or a thing it
    praises, not a term)."""
    words = re.findall(W, term)
    return "и" not in words and not any(g in _tags(words[0])[0] for g in ("NUMR", "Anum")) and \
        not re.match(r"(?:главн|основн|важн|перв|втор|последн|особ|любим|лучш|известн|интересн|самы)", words[0], re.I)


def _person(term: str) -> str:
    """"masc", "femn" or "plur" for a term that names a person (a given name or surname pymorphy3 knows), else ""."""
    for word in re.findall(W, term):
        tag = _tags(word)[0]
        if word[:1].isupper() and ("Name" in tag or "Surn" in tag or "Patr" in tag):
            return "plur" if tag.number == "plur" else tag.gender or "masc"
    return ""


def _finite(what: str) -> bool:
    """A finite verb outside the relative clauses of a "what" ("Прибор, который записывает …," has none): the part
    is a clause of its own, not the thing named."""
    bare = re.sub(r",\s+(?:котор\w+|где|когда|что)\s[^,]*(?:,|$)", " ", what)
    return any("VERB" in _tags(w)[0] for w in re.findall(W, bare))


def cause(sentence: str, before: str = ""):
    """The sentence's cause (`ideas.Cause`), or None: the effect must be a clause of its own, no pronoun standing
    for the cause; the cause at least three words."""
    from studyapp.generator.lang.ideas import Cause

    text = sentence.strip()
    m = BECAUSE_LEAD.match(text) or BECAUSE.match(text) or SO.match(text)
    if m:
        effect, reason = m.group("effect"), m.group("cause")
        if m.re is BECAUSE_LEAD:
            reason = reason[:1].upper() + reason[1:]
        elif m.re is BECAUSE:
            effect = re.split(r"[:;]\s+", effect)[-1]
        else:
            reason = re.split(r"[:;]\s+", reason)[-1]
    else:
        m = SO_LEAD.match(text)
        if not m or not before or len(before.split()) > 20 or _clause(before) != before.strip().rstrip(".!"):
            return None
        effect, reason = m.group("effect"), before
    effect, reason = _clause(OPENERS.sub("", effect.strip())), _clause(OPENERS.sub("", reason.strip()))
    effect = _named(effect, reason)
    if re.search(r"[.!?]\s+[А-ЯЁ]", reason) or len(reason.split()) < 3 or _pronoun_led(reason) or re.search(r"[?«]", reason):
        return None
    asked = len(effect.split()) >= 3 and not (_pronoun_led(effect) or PRONOUN.search(effect) or "«" in effect)
    # a clean cause of an effect that cannot be asked ("её формула") is still an option for another "why"
    return Cause(TEMPLATES["why"].format(effect=_lower(effect)) if asked else "", reason, effect if asked else "")


def _named(effect: str, reason: str) -> str:
    """An effect opening with "он / она / оно / они" named by the cause's subject when the cause opens with a noun
    in the nominative of the pronoun's gender and number ("Лёд легче воды, поэтому он плавает": лёд плавает)."""
    pronoun = re.match(r"(он|она|оно|они)\s", effect)
    first = re.match(W, reason)
    if not pronoun or not first:
        return effect
    want = {"он": "masc", "она": "femn", "оно": "neut", "они": "plur"}[pronoun.group(1)]
    tag = _as(first.group(), "NOUN", "nomn")
    fits = tag is not None and (tag.number == "plur" if want == "plur" else tag.gender == want)
    return _lower(first.group()) + effect[pronoun.end() - 1:] if fits else effect


def _names_list(meaning: str) -> bool:
    """(rukk15) The meaning lists three or more names ("Крупные порты – Актау, Баку, Махачкала"): examples of the
    term, no definition to ask it by."""
    items = [i.strip() for i in re.split(r",\s*|\s+и\s+", meaning.strip(" .")) if i.strip()]
    return len(items) >= 3 and all(i[:1].isupper() for i in items)
