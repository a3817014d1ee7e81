"""The forms of question every language shares (who said, when, cloze, fact/opinion/claim), the
pools their options come from and the pick of distractors; a language module (ru.py, kk.py) supplies the grammar.
A gap takes options only for a figure or a number word; on a name or a word it is typed (teachers kept 4-12 % of such
gaps with options in reads p and q). Linear and deterministic: no randomness, ties broken by a hash of the content.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from studyapp.generator.lang import (blanks, compared, cue_cut, kk_morph, kk_objects, obvious, open_blanks, person_options, point, salience,
                                    scene, side_details, synonyms, voice_lines, weak)
from studyapp.generator.lang.common import (BLANK, NUMBER, WORD, YEAR, Language, Name, Unit, candidate, digest,
                                            line_breaks, one_person, quoted, sentences)
from studyapp.generator.model import Candidate
from studyapp.text import fold


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
    at = digest(answer) % len(pool) if pool else 0
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
    acts: dict[str, set[str]] = field(default_factory=dict)  # folded name -> the verbs of the sentences it is in
    governed: dict[tuple, set[str]] = field(default_factory=dict)  # (verb, preposition) -> folded names after them
    written: set[str] = field(default_factory=set)  # every word form the document writes, in lower case
    alone: dict[str, int] = field(default_factory=dict)  # capitalised words written with no capital after them
    pairs: set[str] = field(default_factory=set)  # the term bases of pairs it repeats (тасу мен қайту)
    titles: dict[str, set[str]] = field(default_factory=dict)  # title (хан) -> the names written with it
    voices: set[str] = field(default_factory=set)  # the folded names of the people the document quotes
    synonyms: dict[str, set[str]] = field(default_factory=dict)  # term base -> its synonyms here (`synonyms.py`)
    objects: set[tuple[str, str]] = field(default_factory=set)  # Kazakh (verb, accusative) pairs (`kk_objects`)
    phrases: set[tuple[str, str]] = field(default_factory=set)  # its fixed two-word terms (`side_details.phrases`)
    used: set[str] = field(default_factory=set)  # names a question of the document already blanks (`blanks.name_key`)

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

    def attested(self, form: str | None, lang: Language, key: str, base: str, option: str) -> str | None:
        """A Kazakh term option only in a form the document itself writes, only when the key's ending is read for
        sure (the document writes its stem another way too), and for a noun (a word the document inflects) only:
        adjectives and adverbs (ауыр, ұзақ, ескі: never inflected) fit each other's slots. Without a parser a
        made form or a misread ending (ескіге, ауырға for "оқиға" read as оқи + ға) is nonsense a pupil rules out."""
        if lang.code != "kk" or not form:
            return form
        key, base, option = key.lower(), base.lower(), option.lower()
        sure = key == base or any(w != key and lang.term_form(w) == base for w in self.written)
        return form if sure and form.lower() in self.written and self.inflects(base) and self.inflects(option) else None

    def term_option(self, t: str, lang: Language, key: str, base: str, before: str, after: str):
        """A term option in the blank's form (`Language.agree`, `attested`), or None; a unit of measure only for a
        unit (`side_details.measure`: no "теңге / күнге" for "бағдарламаға")."""
        form = lang.agree(t, key, base, before, after=after)
        form = form if side_details.measure(t, form) == side_details.measure(base, key) else None
        form = form if base in lang.number_words else self.attested(form, lang, key, base, t)
        return form if lang.code != "kk" or kk_objects.fits(form, key, base, after, self.objects) else None

    def inflects(self, stem: str) -> bool:
        """The document writes the stem with an ending somewhere."""
        return any(w != stem and w.startswith(stem) for w in self.written)

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


def cloze(unit: Unit, lang: Language, corpus_names: dict[str, str], pools: Pools, widen: bool = False,
          last: bool = False, figures: bool = True) -> Candidate | None:
    """Blank the name, number or term the sentence is about (blanks.py ranks them); options take the answer's case
    and number. The candidate's score is minus its tier, so a blank on a word only avoided ranks below the other
    forms of question. `widen`: a usual word named once gets options too, in Kazakh only (for a sentence nothing else asks);
    `last`: it may be typed (the last resort of a document short of questions, `generate.questions_for`)."""
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
                    fold(base) in folded_text or related(base) or \
                    pools.acts.get(fold(base), set()) & lang.verbs(text[max(0, name.start - 50):name.end + 50]) or \
                    not person_options.fits(base, name.base, person_options.title_after(text, name.end), pools.titles,
                                            pools.voices):
                return None  # … or the text says it did what the blank did (defensible: "отпустили" Бельгия)
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

    titles = [m.span() for m in INNER_TITLE.finditer(text) if (m.start() > 0 or m.end() < len(text)) and not point.named(text, *m.span())]
    # inside a title, or its author just before it (Абайдың «Қара сөздері»): the famous name gives the answer
    in_title = lambda a, b: any(s < a and b < e or 0 <= s - b <= 1 for s, e in titles)  # noqa: E731
    plan = lang.future(text)
    reported = lang.stance(text) in ("claim", "report") or lang.speech(text) is not None
    for name in lang.names(text, corpus_names):
        capital = CAPITAL_BEFORE.search(text[:name.start])
        if capital and (capital.start() > 0 or not lang.opener(capital.group().strip())) or \
                NAME_RUN_BEFORE.search(text[:name.start]):
            continue  # a piece of a longer name (Дешті Қыпшақ, Восточной Сибири): not a blank of its own
        if {blanks.name_key(name.base), blanks.name_key(name.surface)} & pools.used:
            continue  # one blank per name per document: the sentence is asked on what it says about them
        key, kind = fold(name.base), pools.kind_of(name.base, lang)
        tier = max(blanks.name_tier(key, kind, stats, lang.generic(name.base) and not obvious.settlement(text[:name.start]), reported), blanks.AVOID if scene.scene_place(text, name.start, name.end, unit.doc.text, lang.code) else 0)  # (w17) a town named once
        tier = blanks.NEVER if salience.private(text, name.start, name.end, kind) or weak.named_once(name.surface, kind, unit.doc.text, text) or obvious.hero(name.surface, name.base, text[name.end:], stats, lang.code) or obvious.arrival(text, name.start, name.end, kind, unit.doc.text, lang.code) else tier  # a pupil, a teacher; the hero, the way home
        tier = compared.lift(tier, text, name.start, name.end, lang, last)  # "Айға қарағанда": the compared one
        spans.append((tier, name.start, name.end, "name", pools.own_first(kind, name.surface), name.surface,
                      name_maker(name), name.base))
    for match in NUMBER.finditer(text) if figures else ():  # `figures`: False once the document has its share
        surface = match.group(1)
        spans.append((salience.figure_tier(text, match.start(1), match.end(1), stats, lang), match.start(1), match.end(1), "number",
                      side_details.bounded(blanks.decades(surface, text[match.end(1):], lang.counted(
                          surface, blanks.year_options(surface, stats.years, plan, lang, text[match.end(1):]), text[match.end(1):]), digest(text)),
                          surface, text[match.end(1):], text[:match.start(1)]),
                      surface, None, ""))
    points = point.spans(text)  # the words a contrast, a naming or a cause marks as the sentence's point
    sure = lambda a, b: point.strength(points, a, b) >= 2  # noqa: E731  the word a contrast affirms or a naming names
    in_unit = {lang.term_form(w) for w in WORD.findall(text)}  # "в листьях листов": no option the unit already says
    for match in WORD.finditer(text):
        base = lang.term_form(match.group())
        if not base or match.start() == 0 or not figures and base in lang.number_words or not (lang.blankable(match.group()) or pools.terms.get(base, 0) >= 2 or sure(*match.span())) or \
                line_breaks(match.group(), lang) or weak.name_half(text, *match.span()):  # "қа-шықтықта" mended; "_____ Азия"
            continue
        surface = match.group()
        if base in lang.number_words:  # neighbours of the number: два → один, три, четыре
            at = lang.number_words.index(base)
            pool = sorted((w for w in lang.number_words if w != base), key=lambda w: abs(lang.number_words.index(w) - at))
            tier = blanks.NEVER if at == 0 or salience.number_word_never(text, match.start(), match.end(), lang) else blanks.SPECIFIC  # бір: "a"
        else:
            weight = 3 if blanks.framing(text, match.start(), match.end(), lang) or \
                open_blanks.fixed(text, match.start(), match.end(), base, set() if last else pools.pairs) else \
                lang.term_weight(surface, base, after=text[match.end():])
            pool, tier = open_blanks.term_pool(base, stats.defined, pools.repeated), point.tier(blanks.term_tier(base, stats, weight), points, match, surface)
        spans.append((tier, match.start(), match.end(), "term", pool, surface,
                      lambda t, surface=surface, base=base, at=match.start(), end=match.end():
                      None if t == base or t in in_unit or lang.other_pos(t, surface) or
                      t in pools.synonyms.get(base, ()) or not lang.same_sense(t, surface, base) or
                      (t in stats.defined) != (base in stats.defined) else  # "Фотосинтез — это процесс": a class
                      pools.term_option(t, lang, surface, base, before(at), text[end:]),
                      base))
    order = {"name": 0, "number": 1, "term": 2}  # in a tier: names, numbers, then terms, the sentence's point first
    spans.sort(key=lambda s: (s[0], order[s[3]], not sure(*s[1:3]), stats.spread.get(s[7] if s[3] == "term" else fold(s[7]), 0), -len(s[5]), s[1]))
    for tier, start, end, kind, options, answer, make, base in spans:
        if tier == blanks.NEVER or in_title(start, end) or side_details.refused(text, start, end, lang, unit.doc.text) or \
                side_details.in_phrase(text, start, end, pools.phrases) or \
                salience.title_figure(answer, text[end:], stats.title_words) or kind != "number" and not (kind == "term" and sure(start, end)) and \
                salience.title_name(answer, base, stats, kind == "name" and pools.kind_of(base, lang) == "person"):  # a fixed term the document repeats; the title's hero or term (rukk9), unless the sentence names it (rukk17)
            continue
        rare = kind == "term" and lang.code == "ru" and lang.term_weight(answer, base) == 0
        salient = salience.salient(kind, answer, base, stats, lang.number_words, rare or sure(start, end), kind == "name" and pools.kind_of(base, lang) == "person", sure(start, end)) and \
            point.weighs(kind, tier, base in stats.defined or rare, points.get((start, end), 0))
        salient = salient and not (kind == "name" and (blanks.HOME.match(fold(base)) or weak.framed(text, start, end) or
                                                      {fold(base), fold(base.split()[-1])} & stats.main))  # home; a list's item; the hero
        if not (salient or last or widen):
            continue  # a usual word named once, or a title word: guessed without reading (a reserve only)
        body = text[:start] + BLANK + text[end:]
        if kind == "term":  # the same number word twice ("екі тасу және екі қайту"): both are blanks
            if base not in lang.number_words and re.search(r"(?<!\w)" + re.escape(answer) + r"(?!\w)", body):
                continue  # another word twice ("энергию света в энергию связей"): one blank shows the other's key
            body = re.sub(r"(?<!\w)" + re.escape(answer) + r"(?!\w)", BLANK, body)
        many = len(answer.split()) > 1
        prompt = lang.templates["cloze_many" if many else "cloze"].format(quote=quoted(body))
        if _in_prompt_elsewhere(answer, prompt) or len(prompt) > 300 or \
                blanks.told(answer, base, kind, lang.number_words, body) or \
                kind != "number" and blanks.leaks(answer, base, WORD.findall(body)):
            continue  # … or "Трилогия … _____ кітаптан": a word beside it tells the number
        # a usual word a pupil could rephrase is no open blank: it is asked with options or not at all
        typed = kind == "name" or kind == "term" and base not in lang.number_words and \
            (open_blanks.open_term(answer, base, text[end:], stats.defined, lang) or sure(start, end)) and tier < blanks.AVOID  # no topic
        repeated = kind != "term" or stats.spread.get(base, 0) >= 2 or base in lang.number_words or base in stats.defined
        wrong = pick_distractors(answer, options, prompt, n=5, make=make, rotate=kind == "term" and base not in lang.number_words) if repeated or widen and lang.code != "ru" else []
        wrong = kk_morph.in_case(answer, wrong, base if kind == "name" else "") if lang.code == "kk" and kind != "number" else wrong
        wrong = (person_options.shown_like(answer, wrong, True) if kind == "name" and pools.kind_of(base, lang) == "person" else wrong)[:3]
        counted = kind == "number" or kind == "term" and (base in lang.number_words or base in stats.defined and sure(start, end))  # a named term: what is X
        if counted and len(wrong) >= (2 if kind == "number" else salience.MIN_WRONG):  # the instruction tells no number of words
            prompt = lang.templates.get("cloze_choice", lang.templates["cloze"]).format(quote=quoted(body))
            found = candidate(unit, lang, "cloze", "multiple_choice", prompt, answer, [answer, *wrong],
                              answer_kind=kind)
        elif typed and not (kind == "name" and synonyms.rival(pools.governed, text[:start], base, lang)) or last and kind == "term" and base not in \
                lang.number_words and tier < blanks.AVOID and open_blanks.last_typed(last, lang, text, start, end, base, stats, sure(start, end), unit):  # typed: graded through its lemma; a usual word named once is not asked (see open_blanks)
            usual = kind == "term" and lang.term_weight(answer, base, after=text[end:]) != 0 and not sure(start, end)
            if usual and repeated and any(lang.other_pos(o, answer) for o in rotated(options, answer)[:60]):
                continue  # its options were verbs for a noun ("атап"): a usual word has synonyms a reader would type
            found = candidate(unit, lang, "cloze", "cloze", prompt, answer, answer_kind="word" if usual else kind)
            found.aliases = person_options.aliases(answer, base, lang, before(start), text[end:], pools.alone if pools.kind_of(base, lang) == "person" else None) if many else []
            found.aliases += kk_morph.bare_alias(answer, base if kind == "name" else lang.term_form(answer), pools.written, text[end:]) if lang.code == "kk" and not many else \
                kk_morph.bare_name(answer, pools.written) if lang.code == "kk" else []  # Федор Достоевскиймен: Достоевский
        else:
            continue
        found.score = -tier
        found.reserve = not salient  # `generate.questions_for` takes it only for a document short of questions
        return found
    return None


def who_said(unit: Unit, lang: Language, speakers: list[str]) -> Candidate | None:
    """Who said the unit's content, with the corpus's other speakers and persons as options."""
    found = None if unit.merged else lang.speech(unit.text)
    if not found:
        return None
    speaker, prompt = found
    if lang.generic(speaker):
        return None  # "Тренер добавил": a role, not a name; the coach's name beside it would be true as well
    pool = one_person([speaker, *(s for s in speakers if s != speaker)], unit.doc.text)[1:]  # not Тренер for Жумабаев
    pool = [s for s in pool if not lang.generic(s)]  # no role (Организаторы) among names
    wrong = person_options.shown_like(speaker, pick_distractors(speaker, pool, prompt, n=5))[:3]
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
    wrong = pick_distractors(year, blanks.year_options(year, years, lang.future(unit.text), lang), prompt, rotate=False)
    if len(wrong) < 3 or YEAR.search(prompt):
        return None
    return candidate(unit, lang, "when", "multiple_choice", prompt, year, [year, *wrong], answer_kind="year")


def stance(unit: Unit, lang: Language) -> Candidate | None:
    """Fact, the author's opinion or someone else's, for a unit in someone's voice or one that evaluates: three
    labels that do not overlap (a reader found "мнение" and "чужое утверждение" both fit a parent's view)."""
    label = lang.stance(unit.text)
    if unit.merged and len({lang.stance(s) for s in _parts(unit, lang)}) > 1:
        return None  # a view quoted with the author's comment on it ("Аристотель считал … Это объяснение …")
    if label not in lang.stance_labels or label == "fact" or voice_lines.dialogue(unit) or \
            label == "opinion" and voice_lines.not_authors(unit, lang.code, lang.stance):  # someone's words are no author's view
        return None
    if label == "opinion" and not (voice_lines.authors_voice(unit.doc, lang.code) or voice_lines.advice(unit.text, lang.code)):
        return None  # no "I" in the text: whether a guide's or a historian's evaluation is an opinion is arguable
    said = voice_lines.opinion_clause(unit.text, lang.code, lang.stance) if label == "opinion" else unit.text
    rest = cue_cut.cut(said, lang.code)  # the view's clause (rukk15), without the writer's «Я считаю, что» (w19)
    prompt, labels = lang.templates["stance"].format(quote=quoted("…" + rest if rest else said)), lang.stance_labels
    return candidate(unit, lang, "stance", "multiple_choice", prompt, labels[label], list(labels.values()),
                     kind="perspective", answer_kind="stance")


def _parts(unit: Unit, lang: Language) -> list[str]:
    """The sentences of a merged unit."""
    return [unit.text[a:b] for a, b in sentences(unit.text, lang)]

