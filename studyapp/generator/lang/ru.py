"""Russian: question templates, speech verbs, and names and terms through pymorphy3's dictionaries
(lemmas, and distractors inflected to the answer's case and number)."""
from __future__ import annotations

import re
from functools import lru_cache

from studyapp.generator.lang.common import WORD, YEAR, Language, Name

TEMPLATES = {
    "cloze": "Вставьте пропущенное слово: {quote}",
    "when": "В каком году {rest}?",
    "stance": "Что это — факт, мнение или чужое утверждение? {quote}",
    "which_document": "В каком документе говорится: {quote}?",
    "explain": "В тексте сказано: «{quote}»",
}
STANCE_LABELS = {"fact": "факт", "opinion": "мнение", "claim": "чужое утверждение"}
SPEECH_VERBS = ("заявил", "отметил", "подчеркнул", "сообщил", "добавил", "считал", "считает", "предположил",
                "утверждал", "утверждает", "сказал", "полагал", "указал", "признал", "знал", "объявил", "пояснил")
_VERB = "|".join(SPEECH_VERBS)
_NAME = r"[А-ЯЁ][а-яё]+(?:[- ][А-ЯЁ][а-яё]+){0,2}"
SAID = re.compile(rf"^(?P<name>{_NAME})(?: (?:также|прямо|ранее|тогда|не раз))? (?P<verb>{_VERB})(?:а|и)?,? "
                  rf"(?:что|о том, что) (?P<rest>.+)$")
BY_WORDS = re.compile(rf"^По (?P<what>словам|мнению) (?P<name>{_NAME}),\s*(?P<rest>.+)$")
YEAR_LEAD = re.compile(r"^[Вв] (?P<year>1[0-9]{3}|20[0-9]{2}) году,?\s+(?P<rest>.+)$")
PRONOUN = re.compile(r"^(он|она|оно|они|его|её|ее|их|это|этот|эта|эти|этого|там|тогда|так)\b", re.I)
OPINION = re.compile(r"\b(должн\w*|следует|нужно|необходимо|лучше|хуже|прекрасн\w*|ужасн\w*|несправедлив\w*|"
                     r"ошибочн\w*|на мой взгляд|я считаю|мы считаем|к сожалению|к счастью)\b", re.I)
CLAIM = re.compile(rf"\b(по словам|по мнению|считают|утверждают|полагают|({_VERB})(а|и)?\b)", re.I)
ABBREVIATIONS = re.compile(r"(?:\d\s*(?:гг?|вв?)\.|\b(?:т\.\s?е|т\.\s?д|т\.\s?п|др|им|ул|млн|млрд|тыс|руб|рис|стр|"
                           r"н\.\s?э)\.|(?:^|\s)[А-ЯЁ]\.)\s*$")
CLAUSE_BREAK = re.compile(r";\s|\s[—–]\s|,\s(?=(?:однако|но|а|после чего|поскольку|так как|несмотря)\b)")
PEOPLE = {"Name", "Surn", "Patr"}


@lru_cache(maxsize=1)
def morph():
    """The pymorphy3 analyser (its Russian dictionaries ship inside the pymorphy3-dicts-ru wheel)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=20000)
def _parses(word: str):
    """pymorphy3's analyses of a word (cached: a document repeats its words)."""
    return morph().parse(word)


def _keep_case(model: str, word: str) -> str:
    """`word` capitalised like `model`, part by part across hyphens (Далан-Балджутах → Далан-Балджут)."""
    models, parts = model.split("-"), word.split("-")
    if len(models) != len(parts):
        models = [model] * len(parts)
    return "-".join(p[:1].upper() + p[1:] if m[:1].isupper() else p for m, p in zip(models, parts))


def lemma(word: str) -> str:
    """The dictionary form of a word (ё kept as the dictionary writes it)."""
    return _parses(word.lower())[0].normal_form


def name_base(word: str, known: set[str]) -> str:
    """The nominative of a name as written: the analysis whose lemma the documents also write, else pymorphy3's."""
    for p in _parses(word):
        if p.normal_form in known and "NOUN" in p.tag:
            return _keep_case(word, p.normal_form)
    best = _parses(word)[0]
    if "nomn" in best.tag or "Fixd" in best.tag:
        return word
    return _keep_case(word, best.normal_form)


def name_kind(word: str) -> str:
    """'person', 'place' or 'name' from pymorphy3's tags."""
    tag = _parses(word)[0].tag
    if any(g in tag for g in PEOPLE):
        return "person"
    if "Geox" in tag:
        return "place"
    return "name"


def names(text: str, corpus_names: dict[str, str]) -> list[Name]:
    """Capitalised words (runs of them: "Реджеп Тайип Эрдоган") past the first word, with their base forms."""
    known = {b.lower() for b in corpus_names.values()}
    out, words = [], list(WORD.finditer(text))
    i = 0
    while i < len(words):
        m = words[i]
        first = m.start() == 0 or re.search(r"[.!?«\"]\s*$", text[:m.start()])
        if m.group()[:1].isupper() and (not first or lemma(m.group()) in known) and len(m.group()) > 1 and \
                not m.group().isupper() and "NOUN" in _parses(m.group())[0].tag or \
                m.group()[:1].isupper() and not first and "UNKN" in _parses(m.group())[0].tag:
            j = i
            while j + 1 < len(words) and words[j + 1].group()[:1].isupper() and \
                    text[words[j].end():words[j + 1].start()] == " " and \
                    (name_kind(words[j + 1].group()) == "place") == (name_kind(m.group()) == "place"):
                j += 1
            run = words[i:j + 1]
            base = " ".join(name_base(w.group(), known) for w in run)
            out.append(Name(run[0].start(), run[-1].end(), text[run[0].start():run[-1].end()], base))
            i = j + 1
        else:
            i += 1
    return out


def agree(base: str, answer: str, answer_base: str = "") -> str | None:
    """`base` (a name or term, one word or several) in the case and number of `answer`, or None."""
    target = _parses(answer.split()[-1])[0].tag
    grams = {g for g in (target.case, target.number) if g}
    words = []
    for word in base.split():
        parses = _parses(word)
        parse = next((p for p in parses if p.normal_form == word.lower() and "nomn" in p.tag), parses[0])
        form = parse.inflect(grams) if grams else parse
        if form is None:
            return None
        words.append(_keep_case(word, form.word))
    return " ".join(words)


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
    tag = _parses(name.split()[-1])[0].tag
    return any(g in tag for g in PEOPLE) or "UNKN" in tag or "Fixd" in tag or \
        ("NOUN" in tag and "anim" in tag and "Geox" not in tag)


def year_lead(text: str) -> tuple[str, str] | None:
    """(year, the rest) for "В 1186 году Тэмуджин был избран …"; None when the rest leans on an earlier sentence."""
    m = YEAR_LEAD.match(text)
    if not m or PRONOUN.match(m.group("rest")) or YEAR.search(m.group("rest")):
        return None
    return m.group("year"), m.group("rest")


def stance(text: str) -> str:
    """'claim' in someone's voice, 'opinion' when the text itself evaluates, else 'fact'."""
    if CLAIM.search(text):
        return "claim"
    return "opinion" if OPINION.search(text) else "fact"


def format_number(surface: str) -> list[str]:
    """Wrong values written the Russian way: a space between thousands, a decimal comma."""
    raw = re.sub(r"[ \u00a0\u202f]", "", surface)
    if "," in raw:
        value, decimals = float(raw.replace(",", ".")), len(raw.split(",")[1])
        return [f"{v:.{decimals}f}".replace(".", ",") for v in (value * 2, value / 2, value * 1.5, value + 1)]
    value = int(raw)
    if 1000 <= value <= 2099 and " " not in surface:
        return [str(value + d) for d in (-10, -3, -1, 2, 5)]
    options = [value * 2, max(1, value // 2), value + max(1, value // 4), value * 3] if value > 3 else \
        [value + 1, value + 2, value + 3, value + 5]
    return [_group(v) for v in options if v != value]


def _group(value: int) -> str:
    """An integer with a space between thousands when it has five digits or more ("2 724 900", "1187")."""
    return f"{value:,}".replace(",", " ") if value >= 10000 else str(value)


def term_form(word: str) -> str:
    """The lemma of a lower-case common noun of five letters or more, else ''."""
    if not word[:1].islower() or len(word) < 5:
        return ""
    parse = _parses(word)[0]
    if "NOUN" not in parse.tag or any(g in parse.tag for g in ("Name", "Surn", "Geox", "Abbr")):
        return ""
    return parse.normal_form


def term_words(texts: list[str]) -> dict[str, int]:
    """How often each common noun's lemma occurs in the texts."""
    counts: dict[str, int] = {}
    for text in texts:
        for m in WORD.finditer(text):
            base = term_form(m.group())
            if base:
                counts[base] = counts.get(base, 0) + 1
    return counts


RUSSIAN = Language(code="ru", templates=TEMPLATES, abbreviations=ABBREVIATIONS, clause_break=CLAUSE_BREAK,
                   names=names, agree=agree, speech=speech, year_lead=year_lead, stance=stance,
                   format_number=format_number, term_words=term_words, term_form=term_form,
                   stance_labels=STANCE_LABELS, is_person=lambda name: name_kind(name.split()[-1]) == "person",
                   name_kind=lambda name: name_kind(name.split()[-1]),
                   anaphora=re.compile(r"(?:Он|Она|Оно|Они|Его|Её|Ее|Их|Ему|Ей|Им|Это|Эта|Этот|Эти|Об этом|Там|Тогда|"
                                       r"Поэтому)\b"))
