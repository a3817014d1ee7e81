"""The language-neutral core for Russian and Kazakh documents: units to ask about (sentences, clauses, the one a
sentence leans on, damaged text), numbers and names, and the candidate a question form returns. The forms of
question every language shares are in forms.py.

A language module (ru.py, kk.py) supplies a `Language`: its templates, speech verbs, how names lose their
case endings and how a distractor takes the answer's case. Everything here is linear in the text and
deterministic: no randomness, ties broken by a hash of the content.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from studyapp.generator.lang import obvious
from studyapp.generator.model import Candidate, SourceDoc
from studyapp.text import fold

# pointing and personal pronouns, in their cases too, no blank and no subject of a formula's question ("_____ —
# … құм төбе": Бұл; "Оның өлшем бірлігі қандай?", read v15)
PRONOUNS = set("""it its they this это этот эта эти тот та те то он она оно они его её их ол бұл олар осы сол мынау
анау бұлар осылар солар этого этой этих этому этим того той тех него неё нее них ему ей им оның оны оған онда одан
онымен бұның мұның мұны бұған мұнда осының осыны соның сонда олардың оларды бұлардың""".split())
WORD = re.compile(r"[^\W\d_][^\W_]*(?:[-‐][^\W\d_][^\W_]*)*")
NUMBER = re.compile(r"(?<![\w,.])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+(?:,\d+)?)(?![\w]|[.,]\d)")
YEAR = re.compile(r"(?<![\w.,-])(1[0-9]{3}|20[0-9]{2})(?![\w.,]\d|\d)")
BLANK = "_____"


@dataclass
class Unit:
    """A sentence, or a clause of a long sentence, that one question quotes verbatim."""

    doc: SourceDoc
    paragraph: int
    text: str
    position: int
    sentence: str  # the whole sentence the unit belongs to
    merged: bool = False  # two sentences quoted together (the second leans on the first)
    lead: tuple[str, str] | None = None  # its opening pronoun and who it stands for, shown as "Аристотель"


@dataclass
class Name:
    """A capitalised name in a unit: where it stands, as written, and its base (dictionary) form."""

    start: int
    end: int
    surface: str
    base: str


@dataclass
class Language:
    """What a language module supplies to the core."""

    code: str
    templates: dict[str, str]
    abbreviations: re.Pattern  # a sentence piece ending like this continues in the next one
    clause_break: re.Pattern  # where a long sentence may be cut into units
    names: object  # (unit text, doc words) -> list[Name]
    agree: object  # (distractor base, answer surface, answer base, word before, after=…) -> it in the answer's form
    speech: object  # unit text -> (speaker, question) | None
    year_lead: object  # unit text -> (year, rest of the sentence) | None
    stance: object  # unit text -> 'opinion' | 'claim' | 'fact'
    format_number: object  # surface -> list of distractor surfaces
    term_words: object  # (doc units) -> dict of term base -> count (a document's repeated content words)
    term_form: object  # (word) -> term base or ''
    stance_labels: dict[str, str] = field(default_factory=dict)
    is_person: object = lambda name: True  # a name that can stand as a speaker's
    name_kind: object = lambda name: "name"  # person | place | name, for distractors of one kind
    anaphora: re.Pattern = re.compile(r"(?!x)x")  # a sentence opening that leans on the one before it
    number_words: tuple[str, ...] = ()  # written numbers: blanks whose options are other numbers
    lean: re.Pattern = re.compile(r"(?!x)x")  # an opening conjunction ("А также", "Бірақ") that continues a thought
    pronoun_inside: re.Pattern = re.compile(r"(?!x)x")  # a subject pronoun among the first words ("В 1187 году он")
    damage: re.Pattern = re.compile(r"(?!x)x")  # the language's own signs of a damaged sentence
    subjectless: re.Pattern = re.compile(r"(?!x)x")  # an opening that leaves the subject to the sentence before
    hyphen_prefixes: frozenset = frozenset()  # two-letter parts that stand before a hyphen in real words (по-, во-)
    kind_cue: object = lambda before, surface, after: None  # (text before a name, the name, text after) -> its kind
    referent: object = lambda before, sentence: None  # (sentence before, sentence) -> (its pronoun, the person meant)
    generic: object = lambda name: False  # a capitalised common word every pupil completes (Земля, Жер, Ай)
    blankable: object = lambda word: True  # a word a sentence has once that may be its blank (a content word)
    opener: object = lambda word: False  # a sentence's first word that is no part of a name (Однако, Кейін)
    term_weight: object = lambda word, base, after="": 1  # 0 a rare term, 1 usual, 2 abstract, 3 a set phrase's
    future: object = lambda text: False  # the sentence states a plan or what will be ("до 2027 года … появятся")
    counted: object = lambda surface, options, after: options  # number options agreeing with the counted noun after
    verbs: object = lambda text: set()  # the lemmas of a text's verbs (a name the text says did the same is no option)
    determiner: object = lambda word, noun="": False  # бір, первая, кейбір, своей, бұл: no blank after it
    other_pos: object = lambda option, answer: False  # an option of another part of speech (a verb form for a noun)
    same_sense: object = lambda option, key, key_base="": True  # an option of the key's class (ru: `ru_sense`)
    open_usual: object = lambda before, after, word="", stem="": True  # a context where a usual word may be typed (ru: `ru_sense`)


def digest(*parts: str) -> int:
    """A stable integer from text, for deterministic tie-breaks and choice order."""
    return int(hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:8], 16)


def sentences(text: str, lang: Language) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph: razdel's cut, with pieces ending in an abbreviation joined again."""
    from razdel import sentenize

    spans: list[list[int]] = []
    for piece in sentenize(text):
        if spans and lang.abbreviations.search(text[spans[-1][0]:spans[-1][1]]):
            spans[-1][1] = piece.stop
        else:
            spans.append([piece.start, piece.stop])
    return [(a, b) for a, b in spans]


MIXED_SCRIPT = re.compile(r"(?<!\w)(?=\w*[A-Za-z])(?=\w*[\u0400-\u04ff])\w+")
# a word broken by a hyphen where a line once ended: an open syllable, then the rest ("құ-былыстар", "ис-тория")
LINE_BREAK = re.compile(r"(?<![\w-])([^\W\d_AEIOUYaeiouyАЕЁИОУЫЭЮЯӘӨҮҰІаеёиоуыэюяәөүұі]"
                        r"[aeiouyаеёиоуыэюяәөүұі])-([^\W\d_aeiouyаеёиоуыэюяәөүұі][^\W\d_]{2,})(?![\w-])")
MAX_MERGED = 40  # words: a sentence quoted with the one it leans on stays this short
MERGED_CHARS = 260  # and this many characters: a longer pair makes a prompt past the gate's limit
# "As a result" opening a sentence that names its own subject: it leans on the one before for the cause only, so
# it is quoted alone when the two together are too long to ask (rather than the pair asked not at all)
CAUSAL = re.compile(r"(?:Соның|Осының|Мұның)\s+(?:нәтижесінде|салдарынан)|(?:Sonyñ|Osynyñ)\s+nätijesinde|"
                    r"В\s+результате\s+(?:этого|чего)|Вследствие\s+этого|Поэтому")


def line_breaks(text: str, lang: Language) -> list[re.Match]:
    """Words a hyphen breaks in two (not "по-русски", not a doubled word)."""
    return [m for m in LINE_BREAK.finditer(text) if m.group(1).lower() not in lang.hyphen_prefixes
            and not m.group(2).lower().startswith(m.group(1).lower())]


def damaged(sentence: str, lang: Language) -> bool:
    """The sentence is damaged beyond a mechanical repair: a word mixing two alphabets, a replacement character, or
    the language's own signs (a Kazakh ending after a Russian soft sign, a hyphenated abbreviation)."""
    return bool(MIXED_SCRIPT.search(sentence) or "\ufffd" in sentence or lang.damage.search(sentence))


def mended(text: str, lang: Language) -> str:
    """The text as a student reads it: words a line break once cut joined again ("құ-былыстар" → "құбылыстар").
    Only what a student sees changes; the quote stays verbatim."""
    for m in reversed(line_breaks(text, lang)):
        text = text[:m.start()] + m.group(1) + m.group(2) + text[m.end():]
    # a part of a name the source spells small among capitalised ones ("Мырза Мұхамед хайдар Дулати Қазақ")
    return NAME_SMALL_PART.sub(lambda m: m.group(1) + m.group(2).capitalize(), text)


CAP = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\w+\s"
NAME_SMALL_PART = re.compile(rf"(\b{CAP}{CAP})(?!(?:және|немесе|или)\s)([a-zа-яёәғқңөұүһі]\w{{3,}})(?=\s{CAP}{CAP[:-2]})")


# a reference back inside the sentence (2026-11-29s read dropped "против него", "в память об этих событиях", "осы
# қорғанды" quoted alone): a Russian third-person pronoun after a preposition (него, ней, них: only ever a reference),
# or a pointing word before a noun (этих событиях, осы қорғанды), not one of time or manner (в этом году, осы жылы);
# only in the sentence's first clause: after a comma the antecedent may be the sentence's own ("стрела …, на нее")
REFERS_BACK = re.compile(r"(?<![\w-])(?:(?:у|от|для|до|без|против|около|вокруг|после|кроме|из|к|по|с|со|о|об|обо|при|на|в|"
                         r"во|за|над|под|перед|между|через|про)\s+(?:него|неё|нее|них|нему|ней|ним|ними|нём|нем)|"
                         r"(?:после|до|по|при|от|для|без|у|из-за|благодаря|в|во|на|о|об|с|со|за|к|над|под|перед|через)\s+"
                         r"(?:его|её|ее|их)\s+[^\W\d_]{3,}|"  # "После его смерти", "по их словам": whose is before
                         r"(?:этих|этим|этими|этого|этой|этому|этот|эта|эту|эти|этом|тех|осы|сол|бұл)"
                         r"\s+(?!(?:год|раз|врем|момент|период|ден|дня|недел|месяц|жыл|күн|кез|жол|уақыт|мезгіл|сияқты|"
                         r"арқылы|туралы|үшін|себепт|кезде|жерде)\w*)[^\W\d_]{3,})(?![\w-])", re.I)


# (rukk13, read z2) a pointer back to a time or place the sentence before set, anywhere in the sentence (a lead-in
# such as "Ұйымдастырушылардың дерегінше," may come first): "осы уақыт ішінде", "дәл осы жерде", "за это время",
# "именно здесь"; quoted alone the reader cannot tell which time or place
POINTS_BACK = re.compile(r"(?<![\w-])(?:(?:осы|сол)\s+уақыт\s+(?:ішінде|аралығында)|дәл\s+(?:осы|сол)\s+[^\W\d_]{3,}|"
                         r"за\s+(?:это|то)\s+время|за\s+(?:этот|тот)\s+(?:период|срок)|именно\s+(?:здесь|там|тут)|"
                         r"в\s+(?:этом|том)\s+(?:же\s+)?месте|"
                         r"в\s+том\s+же\s+(?:\d{3,4}\s+)?(?:году|месяце)|того\s+же\s+(?:года|месяца)|сол\s+жылы)(?![\w-])",
                         re.I)  # (rukk17) "Мать умерла в том же 1850 году": the year the sentence before told


# "Оказалось, что …", "Известно, что …": the first clause is the one after the lead-in
THAT_LEAD = re.compile(r"^[А-ЯЁ][а-яё]+,\s+что\s+")


def leans(sentence: str, lang: Language) -> bool:
    """The sentence continues the one before it: it opens in lower case (inside a quote too), with a conjunction ("А также", "Бірақ"),
    with a pronoun ("Он", "Ол"), has a subject pronoun among its first words ("В 1187 году он"), or refers back inside
    (`REFERS_BACK`: "против него", "осы қорғанды") or to a time or place (`POINTS_BACK`: "дәл осы жерде")."""
    return sentence.lstrip("«\"„“ ")[:1].islower() or bool(lang.anaphora.match(sentence) or lang.lean.match(sentence)
                                          or lang.pronoun_inside.match(sentence) or REFERS_BACK.search(re.split(r"[,;:(«]|\s[—–]\s", THAT_LEAD.sub("", sentence))[0])
                                          or POINTS_BACK.search(sentence) or obvious.elliptic(sentence, lang.code))


def units_of(doc: SourceDoc, lang: Language, max_words: int = 24) -> list[Unit]:
    """The document's body sentences, long ones cut at clause breaks into verbatim pieces of 7+ words. A damaged
    sentence is skipped; one that leans on the sentence before it is quoted with it (verbatim, both together),
    or skipped when the two are too long or there is no sentence before it in the paragraph."""
    out: list[Unit] = []
    spread = _fact_spread(doc, lang)
    alone = lambda sentence: any(spread.get(t, 0) <= 1 for t in _fact_tokens(sentence, lang))  # noqa: E731
    for para in doc.paragraphs:
        if para.role not in ("body",):
            continue
        spans = sentences(para.text, lang)
        usable = False  # the sentence before is sound, so one leaning on it can be quoted with it
        for i, (start, end) in enumerate(spans):
            sentence = para.text[start:end]
            if (damaged(sentence, lang) or lang.subjectless.match(sentence)) and not alone(sentence):
                usable = False  # skipped: another sentence carries its facts ("орталыпына", "Сөйтіп" …)
                continue
            if leans(sentence, lang):
                before = para.text[spans[i - 1][0]:spans[i - 1][1]] if i else ""
                if obvious.fragment(before, lang.code):  # (rukk14) a label line gives no context to glue on
                    usable = False
                    continue
                if i and CAUSAL.match(sentence) and len(para.text[spans[i - 1][0]:end]) > MERGED_CHARS:
                    out += [Unit(doc, para.index, p, len(out) + n, sentence) for n, p in enumerate(_clauses(sentence, lang, max_words))]
                    usable = True
                    continue  # "Соның нәтижесінде Жер … созылады": the effect, quoted alone
                if (usable or bool(i) and alone(sentence)) and len(para.text[spans[i - 1][0]:end].split()) <= MAX_MERGED:
                    while out and out[-1].sentence == before and out[-1].paragraph == para.index:
                        out.pop()
                    sentence = para.text[spans[i - 1][0]:end]
                    out.append(Unit(doc, para.index, sentence, len(out), sentence, merged=True))
                elif usable and lang.referent(before, sentence):
                    # too long to quote both: "Он проводил …" is shown as "Аристотель проводил …"
                    lead = lang.referent(before, sentence)
                    for piece in _clauses(sentence, lang, max_words)[:1]:
                        out.append(Unit(doc, para.index, piece, len(out), sentence, lead=lead))
                elif not i:  # skipped, opening its paragraph ("6. После его смерти …"): what it leans on is in
                    usable = False  # another paragraph, and the next sentence is no sounder quoted with it
                    continue
                usable = True
                continue
            for piece in _clauses(sentence, lang, max_words):
                out.append(Unit(doc, para.index, piece, len(out), sentence))
            usable = True
    return out


def _fact_tokens(sentence: str, lang: Language) -> set[str]:
    """The numbers and capitalised words (their first five letters) of a sentence past its first word, without
    the generic ones (Жер, Ай)."""
    words = {fold(m.group())[:5] for m in WORD.finditer(sentence) if m.start() and m.group()[:1].isupper()
             and len(m.group()) >= 4 and not lang.generic(m.group())}
    return words | {m.group(1) for m in NUMBER.finditer(sentence)}


def _fact_spread(doc: SourceDoc, lang: Language) -> dict[str, int]:
    """In how many of the document's sentences each fact token stands."""
    spread: dict[str, int] = {}
    for para in doc.paragraphs:
        for a, b in sentences(para.text, lang):
            for token in _fact_tokens(para.text[a:b], lang):
                spread[token] = spread.get(token, 0) + 1
    return spread


def _clauses(sentence: str, lang: Language, max_words: int) -> list[str]:
    """A long sentence cut at its clause breaks; pieces shorter than 7 words stay with their neighbour. A piece that
    continues the one before it ("а также …", "однако …") goes with it when the two are short enough, else it is
    left out: a prompt never starts mid-clause."""
    if len(sentence.split()) <= max_words:
        return [sentence]
    cuts = [m.start() for m in lang.clause_break.finditer(sentence)]
    spans, last = [], 0
    for cut in cuts:
        if len(sentence[last:cut].split()) >= 7 and len(sentence[cut:].split()) >= 7:
            spans.append([last, cut])
            last = cut
    spans.append([last, len(sentence)])
    pieces: list[list[int]] = []
    for a, b in spans:
        piece = sentence[a:b].strip(" ,;:—–-")
        if not piece:
            continue
        if pieces and leans(piece, lang):
            if len(sentence[pieces[-1][0]:b].split()) <= MAX_MERGED:
                pieces[-1][1] = b
            continue  # else too long to quote with the piece it continues: left out
        pieces.append([a, b])
    return [sentence[p[0]:p[1]].strip(" ,;:—–-") for p in pieces if sentence[p[0]:p[1]].strip(" ,;:—–-")]


def candidate(unit: Unit, lang: Language, template: str, qtype: str, prompt: str, answer, choices=(),
              kind: str = "fact", answer_kind: str = "") -> Candidate:
    """A candidate in the unit's language, quoting the unit, with its choices in a stable shuffled order."""
    ordered = sorted(dict.fromkeys(choices), key=lambda c: digest(prompt, str(c))) if choices else []
    if unit.lead:  # the pronoun the quote opens with, named (only what the student reads changes)
        prompt = prompt.replace("«" + unit.lead[0] + " ", f"«{unit.lead[1]} ", 1)  # readers faulted "[Аристотель]"
    return Candidate(type=qtype, kind=kind, prompt=mended(prompt, lang), answer=answer, doc_id=unit.doc.id,
                     quote=unit.text, paragraph=unit.paragraph, sentence=unit.position, choices=ordered,
                     topic=unit.doc.title, template=template, answer_kind=answer_kind, language=lang.code,
                     explanation=lang.templates["explain"].format(quote=mended(unit.text, lang)))


DEFINITION = re.compile(r"(?:^|(?<=[.!?]\s))([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]+)\s+[—–]\s+((?:\S+\s+){0,4}\S+)")


def defined(texts: list[str], lang: Language) -> dict[str, str]:
    """The generic noun a document defines a name by ("Байкал — самое глубокое озеро": озеро → Байкал), when only
    one name is defined by it; a question whose subject is that noun alone names it ("озеро Байкал")."""
    found: dict[str, set[str]] = {}
    for text in texts:
        for m in DEFINITION.finditer(text):
            base = next((b for b in (lang.term_form(w) for w in WORD.findall(m.group(2))) if b), "")
            if base:
                found.setdefault(base, set()).add(m.group(1))
    return {base: next(iter(names)) for base, names in found.items() if len(names) == 1}


def named(prompt: str, lang: Language, nouns: dict[str, str]) -> str:
    """The prompt with the name its generic subject stands for shown after it, with no editor's brackets ("озеро
    Байкал было включено")."""
    for m in WORD.finditer(prompt):
        name = nouns.get(lang.term_form(m.group()))
        if name:
            return prompt if fold(name)[:5] in fold(prompt) else prompt[:m.end()] + f" {name}" + prompt[m.end():]
    return prompt


def quoted(text: str) -> str:
    """The unit as a student reads it inside a question: in «», its final full stop (or a list's ";") dropped."""
    return "«" + text.rstrip(" .;") + "»"


def one_person(options: list[str], text: str) -> list[str]:
    """The options, each left out when the text writes it within two words of an earlier one ("Тренер сборной Ерлан
    Жумабаев": a role and the name of one person, both offered as if two people)."""
    words = " " + " ".join(WORD.findall(fold(text))) + " "
    out: list[str] = []
    for option in options:
        key = fold(option)
        if not any(re.search(rf" {re.escape(a)}(?: \w+){{0,2}} {re.escape(b)} ", words)
                   for k in map(fold, out) for a, b in ((key, k), (k, key))):
            out.append(option)
    return out
