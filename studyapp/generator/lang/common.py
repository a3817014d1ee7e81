"""The language-neutral core for Russian and Kazakh documents: units to ask about, numbers, names, the forms
of question every language shares (who said, when, cloze, fact/opinion/claim, which document), and the pick.

A language module (ru.py, kk.py) supplies a `Language`: its templates, speech verbs, how names lose their
case endings and how a distractor takes the answer's case. Everything here is linear in the text and
deterministic: no randomness, ties broken by a hash of the content.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from studyapp.generator.lang import blanks
from studyapp.generator.model import Candidate, SourceDoc
from studyapp.text import fold

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
    lead: tuple[str, str] | None = None  # its opening pronoun and who it stands for, shown as "[Аристотель]"


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
    return text


def leans(sentence: str, lang: Language) -> bool:
    """The sentence continues the one before it: it opens in lower case, with a conjunction ("А также", "Бірақ"),
    with a pronoun ("Он", "Ол"), or has a subject pronoun among its first words ("В 1187 году он")."""
    return sentence[:1].islower() or bool(lang.anaphora.match(sentence) or lang.lean.match(sentence)
                                          or lang.pronoun_inside.match(sentence))


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
                if (usable or bool(i) and alone(sentence)) and len(para.text[spans[i - 1][0]:end].split()) <= MAX_MERGED:
                    while out and out[-1].sentence == before and out[-1].paragraph == para.index:
                        out.pop()
                    sentence = para.text[spans[i - 1][0]:end]
                    out.append(Unit(doc, para.index, sentence, len(out), sentence, merged=True))
                elif usable and lang.referent(before, sentence):
                    # too long to quote both: "Он проводил …" is shown as "[Аристотель] проводил …"
                    lead = lang.referent(before, sentence)
                    for piece in _clauses(sentence, lang, max_words)[:1]:
                        out.append(Unit(doc, para.index, piece, len(out), sentence, lead=lead))
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
        prompt = prompt.replace("«" + unit.lead[0] + " ", f"«[{unit.lead[1]}] ", 1)
    return Candidate(type=qtype, kind=kind, prompt=mended(prompt, lang), answer=answer, doc_id=unit.doc.id,
                     quote=unit.text, paragraph=unit.paragraph, sentence=unit.position, choices=ordered,
                     topic=unit.doc.title, template=template, answer_kind=answer_kind, language=lang.code,
                     explanation=lang.templates["explain"].format(quote=mended(unit.text, lang)))


def quoted(text: str) -> str:
    """The unit as a student reads it inside a question: in «», its final full stop dropped."""
    return "«" + text.rstrip(" .") + "»"


def pick_distractors(answer: str, pool: list[str], prompt: str, n: int = 3, make=None,
                     scan: int = 60, rotate: bool = True) -> list[str]:
    """Up to n pool items (made by `make`, which may refuse one with None) that differ from the answer and do not
    stand in the prompt. The pool is read from a place that depends on the answer, at most `scan` items of it,
    so a long document's hundreds of terms cost the same per question as a short one's few (linear time)."""
    seen, out = {fold(answer)}, []
    folded_prompt = " " + " ".join(WORD.findall(fold(prompt))) + " "
    for item in (rotated(pool, answer) if rotate else pool)[:scan]:
        item = make(item) if make else item
        key = fold(item or "")
        if not key or key in seen or f" {key} " in folded_prompt or \
                any(f" {key} " in f" {k} " or f" {k} " in f" {key} " for k in seen):
            continue
        seen.add(key)
        out.append(item)
        if len(out) == n:
            break
    return out


def rotated(pool: list[str], answer: str) -> list[str]:
    """The pool (in its given, deterministic order) starting at a place chosen by the answer."""
    if not pool:
        return []
    at = digest(answer) % len(pool)
    return pool[at:] + pool[:at]


def _in_prompt_elsewhere(word: str, prompt: str) -> bool:
    """The blanked word stands again in the prompt (the answer would be visible)."""
    return f" {fold(word)} " in " " + " ".join(WORD.findall(fold(prompt))) + " "


@dataclass
class Pools:
    """Distractor pools built once per language: the corpus's names by kind, and a document's repeated terms."""

    names_by_kind: dict[str, list[str]]
    terms: dict[str, int]  # a document's term bases and how often they occur
    repeated: list[str]  # its terms that occur twice or more, sorted
    own: set[str] = field(default_factory=set)  # the folded names the document itself uses

    kinds: dict[str, str] = field(default_factory=dict)  # folded name base -> person | place | name
    stats: blanks.DocStats = field(default_factory=blanks.DocStats)  # how the document spreads its words

    @classmethod
    def build(cls, names: dict[str, str], lang: Language, terms: dict[str, int], own: set[str] = frozenset(),
              kinds: dict[str, str] | None = None, stats: blanks.DocStats | None = None) -> "Pools":
        """Sorted pools (sorting once keeps the per-question work constant); the document's `own` names first, so
        a question on Genghis Khan offers his rivals before a Turkish city from another document. `kinds` (from
        the names' contexts in the documents) overrides the language's guess of a name's kind."""
        kinds = dict(kinds or {})
        by_kind: dict[str, list[str]] = {}
        for base in sorted(set(names.values())):
            kind = kinds.setdefault(fold(base), lang.name_kind(base))
            by_kind.setdefault(kind, []).append(base)
        return cls(by_kind, terms, sorted(t for t, n in terms.items() if n >= 2 and t not in lang.number_words),
                   set(own), kinds, stats or blanks.DocStats())

    def kind_of(self, base: str, lang: Language) -> str:
        """A name's kind: from its contexts when known, else the language's guess."""
        return self.kinds.get(fold(base)) or lang.name_kind(base)

    def names_like(self, kind: str) -> list[str]:
        """Names of the same kind only: a place among persons, or a name of unknown kind among either, gives the
        answer away (blind readers dropped 'Газиантепа' offered as a speaker, 'Астанада' as a minister)."""
        return self.names_by_kind.get(kind, [])

    def own_first(self, kind: str, answer: str) -> list[str]:
        """The document's own names of the kind, read from an answer-chosen place. Names from the bank's other
        documents are no distractors: blind readers dropped Erdoğan and Aristotle offered about Genghis Khan."""
        return rotated([b for b in self.names_like(kind) if fold(b) in self.own], answer)


CAPITAL_BEFORE = re.compile(r"(?<![\w-])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІÄĞÑÖŪÜŞÇ][\w-]* $")  # a capitalised word just before
# two capitalised words and a lower-case one just before: a name the source spells with a small letter inside
# ("Мырза Мұхамед хайдар Дулати"); blanking its last word splits a famous name
NAME_RUN_BEFORE = re.compile(r"(?<![\w-])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+ [A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+ "
                             r"(?!(?:мен|пен|бен|және|и|или|да|ал|men|ben|pen|jäne) )[a-zа-яёәғқңөұүһі]+ $")
# a short «…» inside the sentence is a title («Қара сөздері», «Война и мир»): a blank in it splits the title
INNER_TITLE = re.compile(r"«[^«»]{1,40}»")
# a number that is a side detail when the sentence has another: the year of a survey, a person's age
SIDE_NUMBER = re.compile(r"(?:опрос\w*|исследовани\w*|перепис\w*|сауалнама\w*|зерттеу\w*)\s+(?:\w+\s+)?$")
AGE_AFTER = re.compile(r"^(?:-летн|\s+(?:жаста|жастағы|жасында|жасар)\b)", re.I)
AGE_BEFORE = re.compile(r"(?:возрасте|жасында)\s+$", re.I)


def cloze(unit: Unit, lang: Language, corpus_names: dict[str, str], pools: Pools) -> Candidate | None:
    """Blank the name, number or term the sentence is about (blanks.py ranks them); options take the answer's case
    and number. The candidate's score is minus its tier, so a blank on a word only avoided ranks below the other
    forms of question."""
    text, stats = unit.text, pools.stats
    folded_text = fold(text)
    spans: list[tuple[int, int, int, str, list[str], str, object, str]] = []  # tier, start, end, kind, pool, …

    def before(start: int) -> str:
        """The word before a blank (a preposition there settles the blank's case: "в Турции" is locative)."""
        words = WORD.findall(text[:start][-40:])
        return words[-1] if words and re.search(r"\w\s+$", text[:start]) else ""

    def name_maker(name: Name):
        """A distractor name in the blank's form, or None for one related to the answer or in the unit."""
        def make(base: str) -> str | None:
            """The base in the answer's case, unless it is the answer's own or stands in the unit."""
            if base == name.base or base.startswith(name.base) or name.base.startswith(base) or \
                    fold(base) in folded_text or related(base):
                return None
            return lang.agree(base, name.surface, name.base, before(name.start), after=text[name.end:])
        return make

    # the people a distractor may not be: those the unit names and the text's main figure (Абай is not offered
    # as a poet Абай translated, nor is his father Құнанбай, whose name his own patronymic holds)
    near = {blanks.stem_key(w) for n in lang.names(text, corpus_names) for w in n.base.split() if len(w) >= 4}
    main_words = {w for key in stats.main for w in key.split()}
    near |= {blanks.stem_key(w) for base in corpus_names.values() if main_words & set(fold(base).split())
             for w in base.split() if len(w) >= 4}  # Абай Құнанбайұлы: Құнанбай too

    def related(base: str) -> bool:
        """The distractor shares a name (or its stem) with a person of the unit or the main figure."""
        return any(fold(w).startswith(s) or s.startswith(blanks.stem_key(w))
                   for w in base.split() if len(w) >= 4 for s in near)

    titles = [(m.start(), m.end()) for m in INNER_TITLE.finditer(text) if m.start() > 0 or m.end() < len(text)]
    # inside a title, or its author just before it (Абайдың «Қара сөздері»): the famous name gives the answer
    in_title = lambda a, b: any(s < a and b < e or 0 <= s - b <= 1 for s, e in titles)  # noqa: E731
    plan = lang.future(text)
    reported = lang.stance(text) in ("claim", "report") or lang.speech(text) is not None
    for name in lang.names(text, corpus_names):
        capital = CAPITAL_BEFORE.search(text[:name.start])
        if capital and (capital.start() > 0 or not lang.opener(capital.group().strip())) or \
                NAME_RUN_BEFORE.search(text[:name.start]):
            continue  # a piece of a longer name (Дешті Қыпшақ, Восточной Сибири): not a blank of its own
        key, kind = fold(name.base), pools.kind_of(name.base, lang)
        tier = blanks.name_tier(key, kind, stats, lang.generic(name.base), reported)
        spans.append((tier, name.start, name.end, "name", pools.own_first(kind, name.surface), name.surface,
                      name_maker(name), name.base))
    for match in NUMBER.finditer(text):
        surface = match.group(1)
        side = SIDE_NUMBER.search(text[:match.start(1)]) or AGE_AFTER.match(text[match.end(1):]) or \
            AGE_BEFORE.search(text[:match.start(1)])
        spans.append((blanks.AVOID if side else blanks.SPECIFIC, match.start(1), match.end(1), "number",
                      year_options(surface, stats.years, plan, lang), surface, None, ""))
    in_unit = {lang.term_form(w) for w in WORD.findall(text)}  # "в листьях листов": no option the unit already says
    terms_of = lambda base: pools.terms.get(base, 0)  # noqa: E731
    for match in WORD.finditer(text):
        base = lang.term_form(match.group())
        if not base or match.start() == 0 or not lang.blankable(match.group()) and terms_of(base) < 2 or \
                line_breaks(match.group(), lang):  # a word a line break cut ("қа-шықтықта") is shown mended only
            continue
        surface = match.group()
        if base in lang.number_words:  # neighbours of the number: два → один, три, четыре
            at = lang.number_words.index(base)
            pool = sorted((w for w in lang.number_words if w != base), key=lambda w: abs(lang.number_words.index(w) - at))
            tier = blanks.SPECIFIC
        else:
            weight = lang.term_weight(surface, base, after=text[match.end():])
            pool, tier = pools.repeated, blanks.term_tier(base, stats, weight)
        spans.append((tier, match.start(), match.end(), "term", pool, surface,
                      lambda t, surface=surface, base=base, at=match.start(), end=match.end():
                      None if t == base or t in in_unit else lang.agree(t, surface, base, before(at), after=text[end:]),
                      base))
    order = {"name": 0, "number": 1, "term": 2}
    spans.sort(key=lambda s: (s[0], order[s[3]], stats.spread.get(s[7] if s[3] == "term" else fold(s[7]), 0),
                              -len(s[5]), s[1]))
    for tier, start, end, kind, options, answer, make, base in spans:
        if tier == blanks.NEVER or in_title(start, end):
            continue
        body = text[:start] + BLANK + text[end:]
        if kind == "term":  # the same word twice ("екі тасу және екі қайту"): both are blanks (a name: not asked)
            body = re.sub(r"(?<!\w)" + re.escape(answer) + r"(?!\w)", BLANK, body)
        many = len(answer.split()) > 1
        prompt = lang.templates["cloze_many" if many else "cloze"].format(quote=quoted(body))
        if _in_prompt_elsewhere(answer, prompt) or len(prompt) > 300 or \
                kind != "number" and blanks.leaks(answer, base, WORD.findall(body)):
            continue
        repeated = kind != "term" or stats.spread.get(base, 0) >= 2 or base in lang.number_words
        wrong = pick_distractors(answer, options, prompt, make=make, rotate=kind == "term" and base not in lang.number_words) if repeated else []
        if len(wrong) >= 2:
            found = candidate(unit, lang, "cloze", "multiple_choice", prompt, answer, [answer, *wrong],
                              answer_kind=kind)
        elif kind in ("name", "term") and base not in lang.number_words:  # typed: graded through its lemma
            found = candidate(unit, lang, "cloze", "cloze", prompt, answer, answer_kind=kind)
            found.aliases = [answer.split()[-1]] if many else []  # the surname alone is right too
        else:
            continue
        found.score = -tier
        return found
    return None


def who_said(unit: Unit, lang: Language, speakers: list[str]) -> Candidate | None:
    """Who said the unit's content, with the corpus's other speakers and persons as options."""
    found = None if unit.merged else lang.speech(unit.text)
    if not found:
        return None
    speaker, prompt = found
    wrong = pick_distractors(speaker, [s for s in speakers if s != speaker], prompt)
    if len(wrong) < 2 or len(prompt) > 300:
        return None
    return candidate(unit, lang, "who_said", "multiple_choice", prompt, speaker, [speaker, *wrong],
                     kind="perspective", answer_kind="person")


def when(unit: Unit, lang: Language, years: list[str] = ()) -> Candidate | None:
    """In which year: a unit that opens with its year; wrong years near it on both sides, one of the text's other
    `years` among them."""
    found = None if unit.merged else lang.year_lead(unit.text)
    if not found:
        return None
    year, rest = found
    prompt = lang.templates["when"].format(rest=rest.rstrip(" ."))
    wrong = pick_distractors(year, year_options(year, years, lang.future(unit.text), lang), prompt, rotate=False)
    if len(wrong) < 3 or YEAR.search(prompt):
        return None
    return candidate(unit, lang, "when", "multiple_choice", prompt, year, [year, *wrong], answer_kind="year")


def year_options(surface: str, years: list[str], plan: bool, lang: Language) -> list[str]:
    """Wrong values for a number; for a year of a plan ("до 2027 года", "2027 жылға дейін … ашылатынын"), only
    years after the statement's (the text's latest year before the key): a past year is ruled out by logic alone."""
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


def stance(unit: Unit, lang: Language) -> Candidate | None:
    """Fact, the author's opinion or someone else's, for a unit in someone's voice or one that evaluates: three
    labels that do not overlap (a reader found "мнение" and "чужое утверждение" both fit a parent's view)."""
    label = lang.stance(unit.text)
    if unit.merged and len({lang.stance(s) for s in _parts(unit, lang)}) > 1:
        return None  # a view quoted with the author's comment on it ("Аристотель считал … Это объяснение …")
    if label not in lang.stance_labels or label == "fact":  # a plain fact, or a report of what someone announced
        return None
    labels = lang.stance_labels
    prompt = lang.templates["stance"].format(quote=quoted(unit.text))
    return candidate(unit, lang, "stance", "multiple_choice", prompt, labels[label], list(labels.values()),
                     kind="perspective", answer_kind="stance")


def _parts(unit: Unit, lang: Language) -> list[str]:
    """The sentences of a merged unit."""
    return [unit.text[a:b] for a, b in sentences(unit.text, lang)]


def which_document(unit: Unit, lang: Language, titles: dict[str, str], names: list[Name]) -> Candidate | None:
    """Which of three or more documents in the language says the unit (one naming something of its own)."""
    if len(titles) < 3 or not names:
        return None
    prompt = lang.templates["which_document"].format(quote=quoted(unit.text))
    answer = titles[unit.doc.id]
    wrong = [t for d, t in sorted(titles.items()) if d != unit.doc.id][:3]
    quote_words = [fold(w) for w in WORD.findall(unit.text)]
    if any(w.startswith(blanks.stem_key(t)) for title in (answer, *wrong) for t in WORD.findall(title)
           if len(t) >= 4 for w in quote_words):
        return None  # a title's word in the quote ("Эрдоган") gives the document away
    return candidate(unit, lang, "which_document", "multiple_choice", prompt, answer, [answer, *wrong],
                     kind="perspective", answer_kind="document")


def name_kinds(units: list[Unit], lang: Language, seen: dict[str, str], speakers: list[str]) -> dict[str, str]:
    """Each name's kind (person, place or name) across the documents: the language's guess where it is sure, else
    the votes of its contexts ("в Газиантепе": a place; "Джамуха поддерживал": a person). A speaker is a person,
    and so is a name that ends a person's full name ("Ибрагим Бакрауи" → "Бакрауи")."""
    votes: dict[str, dict[str, int]] = {}
    bases: dict[str, str] = {}
    for unit in units:
        for name in lang.names(unit.text, seen):
            key = fold(name.base)
            bases[key] = name.base
            cue = lang.kind_cue(unit.text[:name.start], name.surface, unit.text[name.end:])
            if cue:
                votes.setdefault(key, {}).setdefault(cue, 0)
                votes[key][cue] += 1
    for speaker in speakers:
        votes.setdefault(fold(speaker), {}).setdefault("person", 0)
        votes[fold(speaker)]["person"] += 2
    kinds: dict[str, str] = {}
    for key, base in sorted(bases.items()):
        guess = lang.name_kind(base)
        tally = votes.get(key, {})
        if guess == "name" and tally:
            guess = max(sorted(tally), key=lambda k: tally[k])
        kinds[key] = guess
    for key, base in sorted(bases.items()):  # the last word of a person's full name is a person
        if kinds[key] == "name" and any(kinds.get(fold(b)) == "person" and b.endswith(" " + base)
                                        for b in bases.values()):
            kinds[key] = "person"
    return kinds
