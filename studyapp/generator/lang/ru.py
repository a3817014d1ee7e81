"""Russian: question templates, speech verbs, and names and terms through pymorphy3's dictionaries
(lemmas, and distractors inflected to the answer's case and number)."""
from __future__ import annotations

import re

from studyapp.generator.lang.blanks import is_year, nearby
from studyapp.generator.lang.common import WORD, YEAR, Language, Name, digest
from studyapp.generator.lang import ru_sense, voice_lines
from studyapp.generator.lang.ru_agree import counted, verbs
from studyapp.generator.lang.ru_morph import PLURALS, adjective_of_next, agree, analyses, keep_case, lemma

TEMPLATES = {
    "cloze": "Вставьте пропущенное слово: {quote}",
    "cloze_many": "Вставьте пропущенные слова: {quote}",
    "cloze_choice": "Заполните пропуск: {quote}",  # options shown: no word count that tells a two-word option
    "when": "В каком году {rest}?",
    "stance": "Что это — факт, мнение автора или мнение другого человека? {quote}",
    "explain": "В тексте сказано: «{quote}»",
}
# three kinds that do not overlap: the author's view, someone else's view, and a plain fact
STANCE_LABELS = {"fact": "факт", "opinion": "мнение автора", "claim": "мнение другого человека"}
SPEECH_VERBS = ("заявил", "отметил", "подчеркнул", "сообщил", "добавил", "считал", "считает", "предположил",
                "утверждал", "утверждает", "сказал", "полагал", "указал", "признал", "знал", "объявил", "пояснил")
_VERB = "|".join(SPEECH_VERBS)
_NAME = r"[А-ЯЁ][а-яё]+(?:[- ][А-ЯЁ][а-яё]+){0,2}"
SAID = re.compile(rf"^(?P<name>{_NAME})(?: (?:также|прямо|ранее|тогда|не раз))? (?P<verb>{_VERB})(?:а|и)?,? "
                  rf"(?:что|о том, что) (?P<rest>.+)$")
BY_WORDS = re.compile(rf"^По (?P<what>словам|мнению) (?P<name>{_NAME}),\s*(?P<rest>.+)$")
YEAR_LEAD = re.compile(r"^[Вв] (?P<year>1[0-9]{3}|20[0-9]{2}) году,?\s+(?P<rest>.+)$")
PRONOUN = re.compile(r"^(он|она|оно|они|его|её|ее|их|это|этот|эта|эти|этого|там|тогда|так)\b", re.I)
OPINION = re.compile(r"\b((?:должен|должн[аоы]|нужно|необходимо)(?!\s+был)|следует|лучше|хуже|прекрасн\w*|ужасн\w*|несправедлив\w*|"
                     r"ошибочн\w*|на мой взгляд|я считаю|я думаю|мы считаем|к сожалению|к счастью|"
                     r"мне кажется|по-моему)(?![\w-])", re.I)  # (rukk15) the writer's "I think"
INDIRECT = re.compile(r"\b(?:нужно|надо|следует|стоит|необходимо|должн\w*)\s+ли\b", re.I)  # (rukk15)
CLAIM = re.compile(rf"\b(по словам|по мнению|считают|утверждают|полагают|({_VERB})(а|и)?\b)", re.I)
# someone else's view (not a report of what they announced, which is no opinion: "Серикова отметила, что занятия …")
OTHERS_VIEW = re.compile(r"\b(по мнению|считал[аи]?|считает|считают|полагал[аи]?|полагает|полагают|думает|думают|"
                         r"уверен[аы]?|предположил[аи]?|утверждал[аи]?|утверждает|утверждают)\b", re.I)
OWN_VIEW = re.compile(r"\b(?:я|мы)\s+(?:\w+\s+)?(?:считаю|считаем|уверен[аы]?|думаю|думаем|полагаю|полагаем)\b|"
                      r"(?:^|[,—–]\s*)(?:и\s*,\s*)?уверен[аы]?\s*,|\bпо-моему\b|\bпо моему мнению\b|\bна мой взгляд\b", re.I)
ABBREVIATIONS = re.compile(r"(?:\d\s*(?:гг?|вв?)\.|\b(?:т\.\s?е|т\.\s?д|т\.\s?п|др|им|ул|млн|млрд|тыс|руб|рис|стр|"
                           # a language's label: "Или (каз. Іле) — река …" is one sentence (read v15)
                           r"каз|англ|лат|греч|франц|фр|нем|тюрк|монг|кит|араб|перс|тур|итал|исп|букв|см|"
                           r"н\.\s?э)\.|(?:^|\s)[А-ЯЁ]\.)\s*$")
# never at a dash a figure follows: in "ойындар – 54 %, музыка – 47 %" it ties a label to its figure, and a cut
# there leaves "54 %, музыка …" that never says what 54 % is (read v)
CLAUSE_BREAK = re.compile(r";\s|\s[—–]\s(?![−+-]?\d)|,\s(?=(?:однако|но|а|после чего|поскольку|так как|несмотря)\b)")
PEOPLE = {"Name", "Surn", "Patr"}


def name_base(word: str, known: set[str], place: bool = False) -> str:
    """The nominative of a name as written: the analysis whose lemma the documents also write, else pymorphy3's;
    after a place's cue ("близ КПП Газиантепа") a place's oblique form, not a woman's name "Газиантепа"."""
    best = analyses(word)[0]
    geo = next((p for p in analyses(word) if "Geox" in p.tag and p.tag.case != "nomn"), None)
    if place and geo and "Geox" not in best.tag:
        return keep_case(word, geo.normal_form)
    for p in analyses(word):
        if p.normal_form in known and "NOUN" in p.tag:
            return keep_case(word, p.normal_form)
    if "nomn" in best.tag or "Fixd" in best.tag:
        return word
    return keep_case(word, best.normal_form)


REGIONS = {"европа", "азия", "африка", "америка", "австралия", "евразия", "антарктида", "океания"}
SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ой|ым|ский|ская|цкий|цкая)$")


def name_kind(name: str) -> str:
    """'person', 'place' or 'name' for a name of one or more words: from pymorphy3's dictionary tags (a word it only
    guesses at says nothing, except a surname's ending); 'name' leaves the kind to the name's contexts. A part of
    the world is a 'region' of its own: "из Нидерландов в Европу" is no route a country or a city is offered for."""
    if name.lower() in REGIONS:
        return "region"
    for word in name.split():
        known = [p.tag for p in analyses(word) if p.is_known]
        if known and any(g in known[0] for g in PEOPLE):
            return "person"
    for word in name.split():
        known = [p.tag for p in analyses(word) if p.is_known]
        if known and "Geox" in known[0]:
            return "place"
    if SURNAME.search(name.split()[-1]) and name[:1].isupper():
        return "person"
    return "name"


PLACE_BEFORE = re.compile(r"(?:^|\s)(?:в|во|из|на|близ|под|около|через|при|над|город\w*|стран\w*|столиц\w*|"
                          r"КПП)\s+$", re.I)
PERSON_BEFORE = re.compile(r"(?:президент|лидер|министр|директор|хан|шаман|учён\w*|философ|поэт|писател\w*|"
                           r"сын|отец|друг\w*|покровител\w*)\w*\s+$", re.I)


def kind_cue(before: str, surface: str, after: str) -> str | None:
    """A name's kind from the words around it: a place after "в", "из", "близ"; a person before a verb in the past
    ("Джамуха поддерживал") or after a title ("президент", "хан")."""
    if PLACE_BEFORE.search(before):
        return "place"
    if PERSON_BEFORE.search(before):
        return "person"
    for word in WORD.findall(after.split(",")[0])[:2]:
        tag = analyses(word.lower())[0].tag
        if "VERB" in tag and "past" in tag:
            return "person"
    return None


def names(text: str, corpus_names: dict[str, str]) -> list[Name]:
    """Capitalised words (runs of them: "Реджеп Тайип Эрдоган") past the first word, with their base forms."""
    known = {b.lower() for b in corpus_names.values()}
    out, words = [], list(WORD.finditer(text))
    i = 0
    while i < len(words):
        m = words[i]
        first = voice_lines.opens(text[:m.start()])  # after . ! ? « or a dialogue dash
        if m.group()[:1].isupper() and (not first or lemma(m.group()) in known) and len(m.group()) > 1 and \
                not m.group().isupper() and "NOUN" in analyses(m.group())[0].tag or \
                m.group()[:1].isupper() and not first and "UNKN" in analyses(m.group())[0].tag:
            j = i
            while j + 1 < len(words) and words[j + 1].group()[:1].isupper() and \
                    text[words[j].end():words[j + 1].start()] == " " and \
                    (name_kind(words[j + 1].group()) == "place") == (name_kind(m.group()) == "place") and \
                    not adjective_of_next(words[j].group(), words[j + 1].group(), text[words[j + 1].end():]):
                j += 1
            run = words[i:j + 1]
            place = bool(PLACE_BEFORE.search(text[:m.start()]))
            base = " ".join(name_base(w.group(), known, place) for w in run)
            base = feminine(base, [w.group() for w in run], known)
            out.append(Name(run[0].start(), run[-1].end(), text[run[0].start():run[-1].end()], base))
            i = j + 1
        else:
            i += 1
    return out


def feminine(base: str, run: list[str], known: set[str]) -> str:
    """A woman's full name in its female forms ("Динара Касымова", "Анне Петровой" → "Анна Петрова"), not the male
    lemmas; a run that reads as a man's name in the same case too (Ерлана Жумабаева) stays his when the documents
    write his name so."""
    if len(run) < 2:
        return base
    def cases(word: str, tag: str, gender: str) -> set[str]:  # noqa: E306
        """The cases in which `word` can be a `tag` (Name, Surn) of `gender`."""
        return {p.tag.case for p in analyses(word) if tag in p.tag and gender in p.tag}
    her = cases(run[0], "Name", "femn") & cases(run[-1], "Surn", "femn")
    his = cases(run[0], "Name", "masc") & cases(run[-1], "Surn", "masc")
    if not her or his and (base.lower() in known or all(w in known for w in base.lower().split())):
        return base
    first = min((p for p in analyses(run[0]) if "Name" in p.tag and "femn" in p.tag and p.tag.case in her),
                key=lambda p: "Fixd" in p.tag)  # Анне: Анна's dative before an undeclined "Анне"
    last = base.split()[-1]
    last += "а" if re.search(r"(?:ов|ев|ёв|ин|ын)$", last) else ""
    return " ".join([keep_case(run[0], first.normal_form), *base.split()[1:-1], last])


def generic(name: str) -> bool:
    """A capitalised common noun (Земля, Солнце, Слова), not a name: every pupil completes "на Земле"."""
    word = name.split()[-1].lower()
    known = [p for p in analyses(word) if p.is_known]
    return len(name.split()) == 1 and bool(known) and "NOUN" in known[0].tag and \
        not any(g in known[0].tag for g in ("Geox", "Name", "Surn", "Patr", "Orgn", "Trad"))


def opener(word: str) -> bool:
    """A sentence's first word that is no part of a name after it: a conjunction, adverb, preposition, pronoun."""
    return any(p.tag.POS in ("CONJ", "ADVB", "PREP", "PRCL", "NPRO", "PRED", "INTJ") for p in analyses(word.lower())[:2])


# nouns of set phrases (к сожалению, в результате, по мнению) and nouns that carry little on their own
SET_PHRASE = frozenset("""сожаление результат мнение основное основа просьба распоряжение случай отношение течение
связь помощь счёт время часть образ целое качество роль пример процесс раз вид сторона момент ряд человек
область
степень мера итог цель способ условие число количество дело слово различие параллель запись период жизнь свобода""".split())
ABSTRACT = re.compile(r"(?:ние|тие|ость|ство)$")


QUANTIFIERS = frozenset({"некоторый", "каждый", "несколько", "один", "многие"})


def determiner(word: str, noun: str = "") -> bool:
    """A numeral, an ordinal or a quantifier (первая, два, некоторые): the noun after it counts or orders; a
    possessive or demonstrative pronoun (своей репутации, наши предупреждения, этот): the noun is what the sentence
    already points at; an adjective before a person's role (турецкого лидера, 29-летнего гражданина): the role
    stands for a name, and any reader fills it in."""
    parse = analyses(word.lower())[0]
    if parse.tag.POS == "NUMR" or "Anum" in parse.tag or parse.normal_form in QUANTIFIERS:
        return True
    if "Apro" in parse.tag and parse.normal_form != "который" or word.lower() in ("его", "её", "ее", "их"):
        return True
    role = analyses(noun.lower())[0] if noun else None
    return bool(role and "NOUN" in role.tag and "anim" in role.tag and parse.tag.POS in ("ADJF", "PRTF")
                and parse.tag.case == role.tag.case)


# a plan or what will be: its years cannot lie before the statement ("до 2027 года … появятся")
FUTURE = re.compile(r"\b(?:планиру\w*|план(?:а|у|ом|е|ы|ов)?|будет|будут|появятся|откроются|станет|станут|до \d{4} года)\b", re.I)


def term_weight(word: str, base: str, after: str = "") -> int:
    """0 a word the dictionary does not know (a rare term: эпишура), 3 the noun of a set phrase, 2 an abstract
    noun (осмысление, склонность), else 1."""
    if base in SET_PHRASE:
        return 3
    if not any(p.is_known for p in analyses(word.lower())):
        return 0
    return 2 if ABSTRACT.search(base) else 1


def referent(before: str, sentence: str) -> tuple[str, str] | None:
    """("Он", "Аристотель") when the sentence opens with он/она and the one before opens with a person's name
    (known to the dictionary) of that gender: the person the pronoun stands for, beyond doubt."""
    m = re.match(r"(Он|Она) ", sentence)
    first = re.match(r"[А-ЯЁ][а-яё]+(?: [А-ЯЁ][а-яё]+)?(?= [а-яё])", before)
    if not m or not first:
        return None
    last = first.group().split()[-1]
    known = [p for p in analyses(last) if p.is_known and any(g in p.tag for g in PEOPLE) and "nomn" in p.tag]
    gender = "masc" if m.group(1) == "Он" else "femn"
    if not known or known[0].tag.gender != gender:
        return None
    return m.group(1), first.group()


def speech(text: str) -> tuple[str, str] | None:
    """(speaker, question) for "X заявил, что …" and "По словам X, …"; None otherwise."""
    known: set[str] = set()
    m = BY_WORDS.match(text)
    if m and _is_person(m.group("name")):
        ask = "По чьим словам" if m.group("what") == "словам" else "По чьему мнению"
        speaker = " ".join(name_base(w, known) for w in m.group("name").split())
        return speaker, f"{ask}, {m.group('rest').rstrip(' .')}?"
    m = SAID.match(text)
    if m and _is_person(m.group("name")):
        return m.group("name"), f"Кто {m.group('verb')}, что {m.group('rest').rstrip(' .')}?"
    return None


def _is_person(name: str) -> bool:
    """A name pymorphy3 knows as a person's, or one it does not know at all (a foreign surname)."""
    tag = analyses(name.split()[-1])[0].tag
    return any(g in tag for g in PEOPLE) or "UNKN" in tag or "Fixd" in tag or \
        ("NOUN" in tag and "anim" in tag and "Geox" not in tag)


def year_lead(text: str) -> tuple[str, str] | None:
    """(year, the rest) for "В 1186 году Тэмуджин был избран …"; None when the rest leans on an earlier sentence."""
    m = YEAR_LEAD.match(text)
    if not m or PRONOUN.match(m.group("rest")) or YEAR.search(m.group("rest")):
        return None
    return m.group("year"), m.group("rest")


def stance(text: str) -> str:
    """'claim' for someone else's view ("Родители считают, что …"), 'report' for what someone announced (no
    stance question: it is neither a fact the text states nor an opinion), 'opinion' when the text itself
    evaluates, else 'fact'."""
    if OWN_VIEW.search(text):
        return "opinion"  # "он учится охотнее — и, уверен, лучше": the writer is sure, no one else (read v15)
    if OTHERS_VIEW.search(text):
        return "claim"
    if CLAIM.search(text):
        return "report"
    return "opinion" if OPINION.search(INDIRECT.sub(" ", text)) else "fact"  # "спорят о том, нужно ли …": no view


def format_number(surface: str, others: list[str] = (), year: bool | None = None) -> list[str]:
    """Wrong values near the key on both sides (for a year, one of the text's other years first), written the
    Russian way (a decimal comma) and grouped as the key is: "2 500" among "1000" and "3500" gave the key away."""
    raw = re.sub(r"[ \u00a0\u202f]", "", surface)
    decimals = len(raw.split(",")[1]) if "," in raw else 0
    value = float(raw.replace(",", "."))
    years = [float(o) for o in others] if (is_year(value, surface) if year is None else year) else []
    values = nearby(value, surface, digest(surface), years, year)
    if decimals:
        return [f"{v:.{decimals}f}".replace(".", ",") for v in values]
    least = 1000 if re.search(r"\d[ \u00a0\u202f]\d", surface) else 10000
    return [_group(int(v), least) for v in values if v == int(v)]


def _group(value: int, least: int = 10000) -> str:
    """An integer with a space between thousands from `least` on ("2 724 900", "1187"; "2 500" when the key is)."""
    return f"{value:,}".replace(",", " ") if value >= least else str(value)


def term_form(word: str) -> str:
    """The lemma of a lower-case common noun of five letters or more, else ''."""
    if not word[:1].islower() or len(word) < 5:
        return ""
    parse = analyses(word)[0]
    if "NOUN" not in parse.tag or any(g in parse.tag for g in ("Name", "Surn", "Geox", "Abbr")):
        return ""
    return parse.normal_form




def term_words(texts: list[str]) -> dict[str, int]:
    """How often each common noun's lemma occurs in the texts; the lemmas seen in the plural are kept for `agree`,
    which offers a term in the plural only when the document writes it so (no "кислороды", "фотосинтезы")."""
    counts: dict[str, int] = {}
    PLURALS.clear()
    for text in texts:
        for m in WORD.finditer(text):
            base = term_form(m.group())
            if base:
                counts[base] = counts.get(base, 0) + 1
                if analyses(m.group())[0].tag.number == "plur":
                    PLURALS.add(base)
    return counts


RUSSIAN = Language(code="ru", templates=TEMPLATES, abbreviations=ABBREVIATIONS, clause_break=CLAUSE_BREAK,
                   names=names, agree=agree, speech=speech, year_lead=year_lead, stance=stance,
                   format_number=format_number, term_words=term_words, term_form=term_form,
                   stance_labels=STANCE_LABELS, is_person=lambda name: name_kind(name) == "person",
                   name_kind=name_kind, kind_cue=kind_cue, referent=referent, generic=generic,
                   opener=opener, term_weight=term_weight, future=lambda text: bool(FUTURE.search(text)),
                   counted=counted, verbs=verbs, determiner=determiner, same_sense=ru_sense.same_sense,
                   open_usual=ru_sense.open_usual,
                   lean=re.compile(r"(?:И|Но|А|А также|Также|Однако|Причём|Притом|Кроме того|При этом|Тем не менее|"
                                   r"Зато|Ведь|Впрочем)\b"),
                   pronoun_inside=re.compile(r"^(?:[^\s,]+\s+){1,3}(?:он|она|оно|они)\b"),
                   hyphen_prefixes=frozenset({"по", "во", "ко", "то"}),
                   anaphora=re.compile(r"(?:Он|Она|Оно|Они|Его|Её|Ее|Их|Ему|Ей|Им|Это|Эта|Этот|Эти|Об этом|Там|Тогда|"
                                       r"Поэтому)\b"))
