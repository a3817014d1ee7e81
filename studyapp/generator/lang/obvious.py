"""Russian and Kazakh blanks a pupil fills without reading the text (round rukk14, a teacher's blind read), told by
where the blank stands and what the document is about:

- the person the document is about (its single main figure, or one of its most-named persons) as the subject of a
  plot or life sentence ("Возвращаясь ночью …, _____ встречает грабителей": the hero of the guide);
- a place a life moves to after a verb of arrival or return ("Вернувшись в _____", "добрался до _____"): a
  country, or a place the document names again (the home country, the capital on its way);
- anything in the clause that says where a person is buried ("похоронен в _____ лавре", "… маңында жерленді");
- a role word before a dash and the name it introduces ("Бастаманың _____ – … Ерасыл Қайратұлы": авторы);
- the year of a research finding ("В 2009 году учёные изучили … и обнаружили …"): what was found matters, not
  when, so no year question or year blank there.

And stems that lack what they are about: a Russian deverbal noun without its object ("Над _____ разрушение
особенно сильное": `elliptic`, read by `common.leans`), a Kazakh label line without a predicate (`fragment`), and a
Kazakh quote opening with a bare noun that stands for the title's subject, named before the quote (`title_named`).
"""
from __future__ import annotations

import re

from studyapp.text import fold

UP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
# a verb of arrival or return and the preposition of its goal, just before the blank (Russian)
ARRIVAL_RU = re.compile(r"(?<![\w-])(?:вернул\w*|вернувш\w*|возвратил\w*|возвратившись|возвращ\w*|добрал\w*|"
                        r"добравшись|приехал\w*|приехав|прибыл\w*|прибыв|переехал\w*|переехав)\s+(?:в|во|до|на)\s+$",
                        re.I)
# the Kazakh goal stands before its verb: "Алматыға оралды", "Мәскеуге көшіп"
ARRIVAL_KK = re.compile(r"^\s+(?:орал|қайтып\s+(?:кел|орал)|қайтты|жетт|жетіп|көшт|көшіп|келд|келіп)\w*", re.I)
BURIAL = re.compile(r"(?<![\w-])(?:похорон\w*|погребен\w*|погребён\w*|жерленд\w*|жерленіп|жерленген\w*|"
                    r"қойылд\w*|buried)(?![\w-])", re.I)
CLAUSE_BREAK = re.compile(r"[,;:.!?()]")
DASH_AFTER = re.compile(r"^\s+[–—-]\s")
NAME = re.compile(rf"[{UP}][\w-]+\s+[{UP}][\w-]+")
# a research finding reported with its year: the finding is the point
FINDING = re.compile(r"(?<![\w-])(?:обнаружил\w*|обнаружен\w*|выяснил\w*|выяснен\w*|установил\w*|нашл[иа]|"
                     r"доказал\w*|анықтад\w*|анықталд\w*|тапты|тапқан|табылд\w*|дәлелдед\w*)(?![\w-])", re.I)
RESEARCH = re.compile(r"(?<![\w-])(?:уч[её]н\w*|исследовател\w*|археолог\w*|экспедици\w*|ғалым\w*|зерттеу\w*)", re.I)


SETTLEMENT = re.compile(r"(?<![\w-])(?:сел[оеа]|деревн[яеию]|посёлк[еау]|поселк[еау]|станиц[аеуы]|аул[еау]?|"
                        r"урочищ[еау])\s+$", re.I)


def settlement(head: str) -> bool:
    """(Russian) The name stands right after the word for a village or a settlement ("в селе Бездна"): a name,
    even when the dictionary knows it as a common noun (бездна), so no generic word (`Language.generic`)."""
    return SETTLEMENT.search(head) is not None


def hero(surface: str, base: str, after: str, stats, code: str) -> bool:
    """The name is the person the document is about (`DocStats.main` or `leading`) written in its base form as the
    subject of a verb after it: "_____ встречает грабителей" asks who the text's hero is ("Это была _____" stays:
    whom the plot reveals)."""
    key = fold(base)
    return fold(surface) == key and (key in stats.main or key in stats.leading) and _verb_next(after, code)


def _verb_next(after: str, code: str) -> bool:
    """The words after a name hold its verb: Russian, the next word (past an adverb) is a finite verb; Kazakh, the
    name is not the sentence's last word (its verb closes the sentence)."""
    words = re.findall(r"[^\W\d_]+", re.split(r"[,;:.!?]", after)[0])
    if code != "ru":
        return bool(words)
    from studyapp.generator.lang.ru_morph import analyses

    for word in words[:3]:
        tag = analyses(word.lower())[0].tag
        if tag.POS == "VERB":
            return True
        if tag.POS not in ("ADVB", "PRCL"):
            return False
    return False


def leading(people: list[tuple[int, str]]) -> set[str]:
    """The most-named persons of a document, each in three or more of its sentences (two at most: a hero beside the
    author of the work, Акакий Акакиевич beside Гоголь), from (sentences, folded name) pairs; the forms of one
    person (Семён Ильич Кротов, Семён Ильич) are counted together by their first word."""
    groups: dict[str, int] = {}
    for n, key in people:
        groups[key.split()[0][:5]] = groups.get(key.split()[0][:5], 0) + n
    most = max(groups.values(), default=0)
    top = [g for g, n in groups.items() if n >= 3 and n == most]
    return {key for _, key in people if key.split()[0][:5] in top} if len(top) <= 2 else set()


def arrival(text: str, start: int, end: int, kind: str, body: str, code: str) -> bool:
    """The place a life moves to after a verb of arrival or return ("Вернувшись в _____", "добрался до _____",
    "_____ оралды"), when it is a country or a place the document names again (its title or a heading too)."""
    if kind not in ("country", "place", "region") or not text[start:start + 1].isupper():
        return False
    if not (ARRIVAL_RU.search(text[:start]) if code == "ru" else ARRIVAL_KK.match(text[end:])):
        return False
    stem = fold(text[start:end])[:max(3, min(5, end - start - 2))]
    return kind == "country" or len(re.findall(rf"(?<!\w){re.escape(stem)}", fold(body))) >= 2


def burial(text: str, start: int, end: int) -> bool:
    """The blank is in the clause that says where someone is buried ("похоронен в _____ лавре", "қазіргі _____
    … маңында жерленді"): a detail of a grave, no point of the text."""
    for m in BURIAL.finditer(text):
        between = text[end:m.start()] if m.start() >= end else text[m.end():start]
        if not CLAUSE_BREAK.search(between) and len(between.split()) <= 8:
            return True
    return False


def role_before_name(text: str, start: int, end: int) -> bool:
    """A small-letter word just before a dash whose clause names a person ("Бастаманың _____ – 9-сынып оқушысы
    Ерасыл Қайратұлы", "Автором идеи _____ – …"): the role word, which the name's clause tells."""
    if not text[start:start + 1].islower() or not DASH_AFTER.match(text[end:]):
        return False
    clause = CLAUSE_BREAK.split(text[end:].lstrip(" –—-"), maxsplit=1)[0]
    return bool(NAME.search(clause))


def finding(text: str) -> bool:
    """The sentence reports what research found, with its year ("учёные изучили … и обнаружили …"): asking the
    year passes over the finding."""
    return bool(FINDING.search(text) and RESEARCH.search(text) and re.search(r"(?<!\d)\d{4}(?!\d)", text))


DEVERBAL = re.compile(r"[а-яё]+(?:ние|тие)$")


ONE_OF = re.compile(r"^(?:Один|Одна|Одно|Одним|Одной)\s+из\s")


def elliptic(sentence: str, code: str) -> bool:
    """(Russian) A deverbal noun as the subject among the first words, not the first, with no word qualifying it
    before (an adjective) or after (a genitive object), no verb before it and a property, not an act, after it
    ("Над Антарктидой разрушение особенно сильное": разрушение of what?): the sentence needs the one before."""
    if code != "ru":
        return False
    from studyapp.generator.lang.ru_morph import analyses

    if ONE_OF.match(sentence) and not re.search(r"\s[—–-]\s", sentence) and not any(
            analyses(w.lower())[0].tag.POS in ("VERB", "PRTS", "INFN") for w in re.findall(r"[^\W\d_]+", sentence)):
        return True  # "Одна из крупнейших рек Семиречья …": one of what, the sentence before named (read v15)
    words = re.findall(r"[^\W\d_]+", re.split(r"[,;:(]|\s[—–]\s", sentence)[0])[:5]
    for i, word in enumerate(words):
        tag = analyses(word.lower())[0].tag
        if tag.POS in ("VERB", "INFN"):
            return False  # a noun after the verb is its object or a subject after it ("Существует предание, …")
        if i and DEVERBAL.match(word.lower()) and "NOUN" in tag and tag.case == "nomn" and \
                analyses(words[i - 1].lower())[0].tag.POS not in ("ADJF", "PRTF", "NUMR", "NPRO"):  # "Первое ополчение"
            after = [analyses(w.lower()) for w in words[i + 1:i + 3]]
            after = [a for a in after if a[0].tag.POS != "ADVB"][:1] or [[]]
            return not any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF", "PRTF", "NPRO") for p in after[0][:2]) \
                and not any(p.tag.POS == "VERB" for p in after[0][:1])  # "ополчение двинулось": a thing that acts
    return False


# Kazakh finite verb and predicate endings: a sentence whose last word has none is a label or a caption
FINITE_KK = re.compile(r"(?:ды|ді|ты|ті|ған|ген|қан|кен|ар|ер|йды|йді|мын|мін|сың|сің|сыз|сіз|мыз|міз|дық|дік|тық|тік|"
                       r"тұр|жатыр|отыр|бар|жоқ|керек|мүмкін|екен|еді|емес|ма|ме|ба|бе|па|пе|сын|сін|ңыз|ңіз|р|ым|ім)$")


def fragment(sentence: str, code: str) -> bool:
    """(Kazakh) A short sentence with no predicate ("Парктің атын берген көл."): a label line, no context to glue in
    front of a sentence that leans on it, so that sentence is not quoted with it."""
    words = re.findall(r"[^\W\d_]+", sentence)
    return code == "kk" and 0 < len(words) <= 6 and not re.search(r"\s[–—-]\s|[!?]\W*$", sentence) and \
        not FINITE_KK.search(words[-1].lower())


def title_named(prompt: str, subject: set[str], text: str, code: str) -> str:
    """(Kazakh) A stem whose quote opens with a bare common noun that stands for the title's subject ("Парк _____
    жылы құрылған" in a guide headed "Бурабай: …", whose text writes "«Бурабай» … табиғи паркі") names it before
    the quote: "Бос орынды толтырыңыз (Бурабай паркі туралы): «Парк …»". The quote stays verbatim."""
    at = prompt.find(": «")
    first = re.match(r"[^\W\d_]+", prompt[at + 3:]) if at >= 0 and code == "kk" and subject else None
    if not first or len(first.group()) < 3 or not first.group()[:1].isupper():
        return prompt
    noun = first.group().lower()
    if not re.search(rf"(?<![\w-]){re.escape(noun)}", text):
        return prompt  # a word the text never writes small: a name, no common noun
    last = {"қ": "[қғ]", "к": "[кг]", "п": "[пб]"}.get(noun[-1], re.escape(noun[-1]))  # саябақ → саябағы
    for m in re.finditer(rf"«?((?:[{UP}][\w-]+\s)*[{UP}][\w-]+)»?(?:\s+[\w-]+){{0,3}}\s+"
                         rf"({re.escape(noun[:-1])}{last}(?:і|ы|сі|сы))(?![\w-])", text):
        if {fold(w)[:5] for w in m.group(1).split()} & {s[:5] for s in subject}:
            return f"{prompt[:at]} ({m.group(1)} {m.group(2)} туралы){prompt[at:]}"
    return prompt
