"""Kazakh word forms without a parser (there is none offline): vowel harmony, case endings taken off a name
(Ердоғанның → Ердоған) and put back on a distractor, possessives, and the 2021 Latin alphabet, so the options of a
Kazakh question agree with its blank."""
from __future__ import annotations

import re

ORDINAL_END = "(?:ыншы|інші|ншы|нші)"  # бірінші, екінші, оныншы: the ordinal of a number word
NUMBER_WORDS = ("бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз", "он")

# pointing and possessive pronouns (бұл трилогияны, мұндай несиелер, оның әкесі): the noun after one is what the
# sentence already points at, and the pronoun itself is no blank; words that only name or link (атты, деген)
POINTING = frozenset("""бұл осы сол мына ана мұндай осындай сондай бұндай мынадай сондай-ақ менің сенің оның біздің
сіздің олардың өзінің өз""".split())
LINKING = frozenset("атты деген дейтін деп сияқты секілді сайын екен екені екенін екендігі екендігін".split())

BACK, FRONT = set("аоұыя"), set("әеөүіэ")
VOICELESS = set("кқпстфхцчшщ")
SONORANT_D = set("рлйуwжз")  # after these: -дың, -ды, -дан
NASAL = set("мнң")
# case -> (after a vowel, after м/н/ң, after р/л/й/у/ж/з, after a voiceless consonant), back-vowel forms
CASES = {
    "gen": ("ның", "ның", "дың", "тың"), "acc": ("ны", "ды", "ды", "ты"), "dat": ("ға", "ға", "ға", "қа"),
    "loc": ("да", "да", "да", "та"), "abl": ("дан", "нан", "дан", "тан"), "ins": ("мен", "бен", "мен", "пен"),
    "adj": ("дағы", "дағы", "дағы", "тағы"),
}
TO_FRONT = str.maketrans({"а": "е", "ы": "і", "ғ": "г", "қ": "к"})
ENDINGS = sorted({(case, end) for case, forms in CASES.items() for back in forms
                  for end in (back, back.translate(TO_FRONT))}, key=lambda ce: -len(ce[1]))
SURE = {"gen", "abl", "adj", "ins"}  # endings a name rarely ends in: stripped even when the bare name is unseen

LATIN_2021 = dict(zip("аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя",
                      ["a", "ä", "b", "v", "g", "ğ", "d", "e", "io", "j", "z", "i", "i", "k", "q", "l", "m", "n",
                       "ñ", "o", "ö", "p", "r", "s", "t", "u", "ū", "ü", "f", "h", "h", "ts", "ç", "ş", "şş", "",
                       "y", "ı", "", "e", "iu", "ia"]))


def to_latin(text: str) -> str:
    """Cyrillic Kazakh in the 2021 Latin alphabet (for templates and labels of a Latin-script document)."""
    out = []
    for ch in text:
        lat = LATIN_2021.get(ch.lower())
        out.append(ch if lat is None else (lat[:1].upper() + lat[1:] if ch.isupper() else lat))
    return "".join(out)


FROM_LATIN = {lat: cyr for cyr, lat in LATIN_2021.items() if len(lat) == 1 and cyr not in "йһэ"}


def is_latin(word: str) -> bool:
    """The word is written in the Latin alphabet."""
    return any("a" <= ch.lower() <= "z" or ch in "äğñöūüşçı" for ch in word)


def to_cyrillic(word: str) -> str:
    """A Latin-script (2021) word letter by letter in Cyrillic, for the case rules (а round trip: to_latin)."""
    out = []
    for i, ch in enumerate(word):
        cyr = FROM_LATIN.get(ch.lower(), ch)
        if ch.lower() == "i" and i and word[i - 1].lower() in "aäeioöuūüyı":
            cyr = "й"  # "i" after a vowel is й (Qūnanbai: Құнанбай, back; not Құнанбаи, front)
        out.append(cyr.upper() if ch.isupper() else cyr)
    return "".join(out)


def _class(stem: str) -> int:
    """Which column of CASES a stem takes: by its last letter."""
    last = stem[-1:].lower()
    if last in BACK | FRONT:
        return 0  # у and и end like й: Жетісудың, Жетісуға
    if last in NASAL:
        return 1
    if last in VOICELESS or last in "бвгд":
        return 3
    return 2


def is_front(stem: str) -> bool:
    """The stem's last vowel is a front one (ә е ө ү і): its endings take е/і/г/к."""
    for ch in reversed(stem.lower()):
        if ch in FRONT or ch == "и":
            return True
        if ch in BACK or ch == "у":  # су, Жетісу: a final у is back
            return False
    return False


def attach(stem: str, case: str) -> str:
    """The stem with a case ending, in vowel harmony: Ердоған + gen → Ердоғанның, Жер + gen → Жердің."""
    if is_latin(stem):
        cyrillic = to_cyrillic(stem)
        if is_latin(cyrillic):  # letters the Kazakh alphabets lack (°C, XIV): harmony unknown, no ending to add
            raise ValueError(f"{stem!r} has no Kazakh spelling to add an ending to")
        return stem + to_latin(attach(cyrillic, case)[len(stem):])
    ending = CASES[case][_class(stem)]
    return stem + (ending.translate(TO_FRONT) if is_front(stem) else ending)


def split_case(word: str, known: set[str], permissive: bool = False) -> tuple[str, str]:
    """(stem, case) of a name: the ending stripped when the bare name is seen too, or the ending is one names rarely
    end in (any ending, when `permissive`) and it fits the stem's last letter; (word, '') otherwise.
    Both harmonies are accepted: a final у or и leaves it open (Жетісудағы, Жетісудың)."""
    if is_latin(word):
        cyrillic = to_cyrillic(word)
        if is_latin(cyrillic):
            return word, ""  # letters the Kazakh alphabet lacks: a Roman numeral (XX ғасыр), a formula (CO2)
        stem, case = split_case(cyrillic, {to_cyrillic(k) for k in known}, permissive)
        return word[:len(stem)], case
    for case, end in ENDINGS:
        stem = word[:-len(end)]
        if len(stem) >= 2 and word.endswith(end) and end in (CASES[case][_class(stem)],
                                                                CASES[case][_class(stem)].translate(TO_FRONT)):
            if stem.lower() in known or (permissive or case in SURE) and len(stem) >= 3:
                return stem, case
    return word, ""



VERB_FORM = re.compile(r"(?:ған|ген|қан|кен|тын|тін|йтын|йтін|ды|ді|ты|ті|ып|іп|ын|ін|сы|сі|уы|уі)$")
# a converb (атап, сөйлеп, алмай, білмей, айтпай): a verb form no noun's blank takes (кітап, сап are nouns)
CONVERB = re.compile(r"(?:[ауыеіәо]п|[мбп][аеә]й)$")
NOT_CONVERB = frozenset({"кітап", "сап", "тап", "жауап", "есеп", "себеп", "шарап", "сарай", "құрай", "палатай"})


# the endings of a Kazakh adjective made from a noun (тарихи, саяси, тәуліктік, әлемдік)
ADJECTIVE = re.compile(r"(?:[^аеиоуыіәөүұэю]и|[лдт][ыі][қк])$")


def other_pos(option: str, answer: str) -> bool:
    """A converb offered for a word that is none ("атап", "алмай" in a noun's slot), or a noun for an adjective
    made with its ending (жұмыс for "тарихи"): another part of speech."""
    if answer not in NUMBER_WORDS and bool(ADJECTIVE.search(answer.lower())) != bool(ADJECTIVE.search(option.lower())):
        return True
    def converb(word: str) -> bool:  # noqa: E306
        """Whether `word`'s last part is a verb form (атап, алмай), not a noun."""
        word = (to_cyrillic(word) if is_latin(word) else word).lower().split()[-1]
        return bool(CONVERB.search(word)) and word not in NOT_CONVERB
    return converb(option) and not converb(answer)


# a possessive ending with a case after it (жасушасында, бетінде, сызығының): the izafet "өсімдік жасушасында"
POSSESSIVE = re.compile(r"^(?P<stem>\w{2,}?)(?P<poss>с?[ыі])(?P<case>н(?:ың|ің|а|е|да|де|дағы|дегі|нан|нен))$")
GENITIVE = re.compile(r"(?:ның|нің|дың|дің|тың|тің|nyñ|nıñ|dyñ|dıñ|tyñ|tıñ)$")
VOICED = {"қ": "ғ", "к": "г", "п": "б"}


def possessive(stem: str, case_after: str) -> str:
    """The stem with the third-person possessive and the answer's case after it (ядро → ядросында, бет → бетінде,
    сызық → сызығының): the form a noun takes after another noun or a genitive."""
    front = is_front(stem)
    if stem[-1:].lower() in BACK | FRONT:
        poss = "сі" if front else "сы"
    else:
        stem, poss = stem[:-1] + VOICED.get(stem[-1], stem[-1]), "і" if front else "ы"
    return stem + poss + (case_after.translate(TO_FRONT) if front else case_after.translate(TO_BACK))


TO_BACK = str.maketrans({"е": "а", "і": "ы", "г": "ғ", "к": "қ"})


def agree(base: str, answer: str, answer_base: str = "", before: str = "", after: str = "") -> str | None:
    """`base` with the case ending the answer has beyond its own base (none, if it has none). A term takes terms of
    its kind only: a verbal noun (тасу, қайту) verbal nouns, a noun nouns, never a participle or a possessive form
    (өтетін, бетін, айналуы: they do not fit the blank's grammar). An answer in the possessive (the izafet
    "өсімдік жасушасында") gets options in the possessive with the same case; after a genitive, an answer not
    in a possessive form that can be read gets none: grammar alone would pick the key."""
    if is_latin(answer) and not is_latin(to_cyrillic(answer)):
        made = agree(to_cyrillic(base), to_cyrillic(answer), to_cyrillic(answer_base), to_cyrillic(before))
        return to_latin(made) if made is not None else None
    if answer[:1].islower() and base[:1].islower() and base not in NUMBER_WORDS:
        stem = (answer_base or answer).split()[-1]
        if VERB_FORM.search(base) or (stem[-1:] in "уү") != (base[-1:] in "уү"):
            return None
        owned = POSSESSIVE.match(answer)
        if owned:
            return None if POSSESSIVE.match(base) else possessive(base, owned.group("case"))
        if GENITIVE.search(before):
            return None
    last = answer.split()[-1]
    if answer_base:
        case = split_case(last, {answer_base.split()[-1].lower()})[1] if last != answer_base.split()[-1] else ""
    else:
        case = split_case(last, set(), permissive=True)[1]
    if case and split_case(base.split()[-1], set(), permissive=True)[1]:
        return None  # a base that still carries an ending would take a second one
    if case and is_latin(to_cyrillic(base)):
        return None  # an option in letters Kazakh lacks (°C, XIV) cannot take the key's ending
    return attach(base, case) if case else base


# a third-person possessive with the case after it (энергиясын, қаласында) and the likeness ending (метрдей)
POSSESSED = re.compile(r"(?<=[аеиоуыіәөүұэюя])(?:сы|сі)(?:н|на|не|нда|нде|нан|нен|ның|нің|мен)?$")
LIKENESS = re.compile(r"(?:дей|тей|дай|тай)$")


def bare(word: str, base: str, written: set[str] = frozenset()) -> str:
    """The dictionary form a pupil would type for a Kazakh key with an ending (Лермонтовтың, Алматыда,
    энергиясын, метрдей): a name's base (or the word less its case when the text writes the bare word too),
    or a term's base (its case already off) with a possessive or likeness ending taken off; never shorter than
    three letters."""
    stem = base or word
    if stem.lower() == word.lower():
        # a name's ending goes even when the text never writes it bare (Орынборда, Уфада: a pupil types Орынбор);
        # a common word's only where the bare word is written (бала is no case of бал)
        # (Алашорданың beside Алашорда: the text inflects the whole word, which is its name)
        inflected = any(w.startswith(word.lower()) and len(w) > len(word) for w in written)
        if word.lower().endswith(("стан", "stan")):
            return word  # a country in -стан is no ablative in -тан (read u14 accepted «Қазақс» for Қазақстан)
        stem = split_case(word, set(written), permissive=word[:1].isupper() and not inflected)[0]
    for pattern in (POSSESSED, LIKENESS):
        cut = pattern.sub("", stem)
        unwritten = word[:1].isupper() and written and cut.lower() not in written  # (read w16) "Ордабасы" is a
        stem = cut if len(cut) >= 3 and cut[:1].lower() == word[:1].lower() and not unwritten else stem  # name whole,
    return stem  # "Мүйізді Бұғы Ана" too: no «Ордаба», «Мүйіз» the text never writes


def case_of(word: str, base: str = "") -> str:
    """The case a Kazakh key shows: its known base's ending, or a sure ending; '' for none told."""
    if base and word.lower() != base.lower() and word.lower().startswith(base.lower()):
        return split_case(word, {base.lower()})[1]
    return split_case(word, set())[1]


def same_case(answer: str, option: str, base: str = "") -> bool:
    """The option shows the key's case ending (Алматыда among Таразда, Шымкентте; not Тараз): a pupil can not
    rule it out by grammar alone. A key whose case is not told agrees with anything."""
    case = case_of(answer, base)
    return not case or split_case(option, set(), permissive=True)[1] == case


def in_case(answer: str, options: list[str], base: str = "") -> list[str]:
    """The options that show the key's case (`same_case`)."""
    return [o for o in options if same_case(answer, o, base)]


def bare_name(answer: str, written: set[str]) -> list[str]:
    """A typed name of several words whose last word has a case ending: the name and the surname bare (Федор
    Достоевскиймен: Федор Достоевский, Достоевский), or none."""
    from studyapp.generator.lang.person_options import REGION

    words = answer.split()
    last = bare_alias(words[-1], words[-1], written) if words[-1][:1].isupper() else []
    return ([" ".join(words[:-1] + last)] + ([] if REGION.match(answer) else last)) if last else []


# a noun in the third-person possessive after a name ("Жезді кенішінде", "Ақмола облысының"): the name before it
# stands bare in the nominative, its last letters are no case ending to take off ("Жезді" is not "Жез")
# (a past tense "тұрды", an accusative "кітапты", "баланы" are not possessed: no д, т, н before a bare ы / і)
CASE_AFTER = r"(?:н|на|не|нда|нде|нан|нен|ның|нің|мен)"
NAMED_NOUN = re.compile(rf"\s+(?:[а-яәғқңөұүһі]{{2,}}(?:[аеиоуыіәөүұэюя](?:сы|сі){CASE_AFTER}?|[^аеиоуыіәөүұэюя\s](?:ы|і){CASE_AFTER}|"
                        r"[^аеиоуыіәөүұэюя\sдтн](?:ы|і))|"
                        rf"[а-яәғқңөұүһі][^аеиоуыіәөүұэюя\s](?:ы|і){CASE_AFTER})(?![\w-])")  # (rukk15) a short root: "Шекті еліне"


def bare_alias(answer: str, base: str, written: set[str], after: str = "") -> list[str]:
    """The bare word of a typed key with an ending as its one alias (Алматыда: Алматы), or none (read p); none for
    a name before a possessed noun (`NAMED_NOUN`) but in the genitive (Қазақстанның тарихы: Қазақстан)."""
    if NAMED_NOUN.match(after) and answer[:1].isupper() and not re.search(r"(?:ның|нің|дың|дің|тың|тің)$", answer):
        return []
    if answer[:1].isupper() and re.match(r"\s+[A-ZА-ЯӘҒҚҢӨҰҮҺІ]", after):
        return []  # (read w16) the first word of a name of several ("Мүйізді Бұғы Ана"): the last one takes the case
    plain = bare(answer, base or "", written)
    return [plain] if plain.lower() != answer.lower() else []
