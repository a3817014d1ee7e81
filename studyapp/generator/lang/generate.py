"""Questions for Russian or Kazakh documents: units, names and terms gathered across the documents of one
language, one question per unit in the best form that passes the gate, near-duplicates dropped."""
from __future__ import annotations


from studyapp.generator.bank import question_dict
from studyapp.generator.checks import GateContext, check_question, near_duplicates
from studyapp.generator.lang import blanks, common, kinds as name_kinds, language_module, open_blanks, person_options
from studyapp.generator.lang import figure_share, formulas, furniture, ideas as main_ideas, kk_objects, kk_typos, labelled, obvious, salience, side_details, synonyms, voice_lines
from studyapp.generator.lang import forms as shared, name_forms, number_options
from studyapp.generator.lang.detect import script_of
from studyapp.generator.model import Candidate, Flashcard, SourceDoc
from studyapp.text import fold

DIFFICULTY = {"cloze": 0.55, "when": 0.45, "who_said": 0.5, "stance": 0.5, "define": 0.5, "name_term": 0.5, "why": 0.6, "label": 0.6}
IDEAS = ("define", "name_term", "why", "label", "formula_symbol", "symbol_named", "unit_of")  # main-idea forms (`ideas.py`): asked before any other form of their sentence
JOIN = {"ru": "и", "kk": "және"}  # a word before a name that makes it no sentence's opener (`_name_base`)
PER_NAME = 2  # questions whose key is one name, per document (read w17: a third on Маша, on Бельгия, dropped)


def questions_for(docs: list[SourceDoc], code: str) -> tuple[list[Candidate], list[Flashcard]]:
    """The questions (and flashcards) for documents all in the language `code`."""
    langs = {d.id: language_module(code, script_of(d.text)) for d in docs}
    units = {d.id: common.units_of(d, langs[d.id]) for d in docs}
    names: dict[str, str] = {}
    own: dict[str, set[str]] = {}
    speakers: list[str] = []
    doc_speakers: dict[str, list[str]] = {}
    # every word capitalised inside a sentence, so a name seen bare (Ай) loses its ending elsewhere (Аймен, Айға)
    seen = {m.group().lower(): m.group() for doc in docs for unit in units[doc.id]
            for m in common.WORD.finditer(unit.text)
            if m.group()[:1].isupper() and not voice_lines.opens(unit.text[:m.start()])}
    for doc in docs:
        lang = langs[doc.id]
        for unit in units[doc.id]:
            for name in lang.names(unit.text, seen):
                names.setdefault(fold(name.base), name.base)
                own.setdefault(doc.id, set()).add(fold(name.base))
            said = lang.speech(unit.text)
            if said:
                speakers.append(said[0])
                doc_speakers.setdefault(doc.id, []).append(said[0])
    names = _merge_forms(names)
    lang0 = langs[docs[0].id]
    every = [common.Unit(d, para.index, para.text, 0, para.text) for d in docs for para in d.paragraphs]
    kinds = name_kinds.name_kinds(every, lang0, seen, speakers)  # every paragraph: skipped sentences tell kinds too
    people = sorted({*speakers, *(b for b in names.values() if kinds.get(fold(b), lang0.name_kind(b)) == "person")})
    ctx = GateContext.from_bank({"sources": [_source(d) for d in docs]})
    chosen: list[Candidate] = []
    cards: list[Flashcard] = []
    for doc in docs:
        lang = langs[doc.id]
        texts = [u.text for u in units[doc.id]]
        stats = blanks.doc_stats(texts, lang, names, kinds)
        pools = shared.Pools.build(names, lang, lang.term_words(texts), own.get(doc.id, set()), kinds, stats)
        pools.written = {w.lower() for text in texts for w in common.WORD.findall(text)}
        pools.alone = person_options.written_alone(texts)
        pools.pairs = open_blanks.fixed_pairs(texts, lang)
        pools.phrases = side_details.phrases(texts)
        pools.objects = kk_objects.objects(texts) if lang.code == "kk" else set()
        written = kk_typos.stems(texts) if lang.code == "kk" else []
        stats.defined = open_blanks.defined_terms(texts, lang)
        stats.subject = blanks.title_subject(doc.title, doc.text)
        stats.title = salience.title_keys(doc.title, doc.id)
        stats.title_words = [fold(w) for w in common.WORD.findall(doc.title)]
        reserve: list[Candidate] = []  # last-resort blanks, taken only while the document is short of questions
        where: dict[int, common.Unit] = {}  # the unit a question asks
        start, order = len(chosen), {}
        pools.synonyms = synonyms.synonyms(texts, lang)
        for base, same in open_blanks.equated(texts, lang).items():  # "очагом, или гипоцентром": one thing
            pools.synonyms.setdefault(base, set()).update(same)
        pools.titles = person_options.titled(texts, lang, names)
        pools.voices = person_options.voices_of(texts, lang, names, pools)
        for text in texts:  # what the text says each name did: such a name is no distractor for the same act
            for name in lang.names(text, names):
                pools.acts.setdefault(fold(name.base), set()).update(lang.verbs(text))
                verb = synonyms.governor(text[:name.start], lang)  # "депортирован в Нидерланды"
                pools.governed.setdefault(verb, set()).add(fold(name.base)) if verb else None
        # Options come from the same document only: blind readers dropped Erdoğan offered about Genghis Khan.
        mine = own.get(doc.id, set())
        nouns = common.defined([p.text for p in doc.paragraphs], lang)
        doc_people = sorted({*doc_speakers.get(doc.id, []), *(p for p in people if fold(p) in mine)})
        aside = {p.index for p in doc.paragraphs if furniture.skipped(p)} | furniture.worked_examples(doc.paragraphs)
        opening = {p.index for p in doc.paragraphs[:3]}  # where a dateline stands (after a rubric line too: rukk15)
        stated = main_ideas.gather(units[doc.id], lang)  # its definitions and causes
        symbols = formulas.doc_found(doc, lang)  # its formulas' symbols and its units
        items = labelled.gather(doc.paragraphs, lang)  # its stages, themes or kinds, each under a label
        blanked: dict[str, int] = {}  # name key -> blanks of the name kept in this document
        for unit in units[doc.id]:
            if unit.paragraph in aside or furniture.question(unit.sentence) or voice_lines.list_line(unit) or \
                    furniture.service(unit.sentence) or furniture.page_line(unit.sentence, unit.paragraph in opening) or \
                    furniture.example_result(unit.sentence) or furniture.example_line(unit.text) or \
                    furniture.making_of(unit.sentence) or furniture.wish(unit.sentence) or \
                    obvious.fragment(unit.text, lang.code) and unit.paragraph not in items:  # a label line (rukk14)
                continue  # own questions, a footnote, a bare list line, visitor logistics: no content to ask
            when = shared.when(unit, lang, stats.years) if not obvious.finding(unit.text) else None  # what was found
            if when:  # "В каком году озеро Байкал было включено …?": the subject named (the quote stays verbatim)
                when.prompt = common.named(when.prompt, lang, nouns)
                main = blanks.most_written(doc.text, min(stats.main)) if len(stats.main) == 1 else ""
                main = main if lang.code != "kk" or main and pools.kind_of(main, lang) == "person" else ""  # a person's deeds
                when.prompt = blanks.pronoun_named(when.prompt, main, lang.code)  # "… он получил": Сатпаев получил
            forms = [shared.who_said(unit, lang, doc_people), when,
                     shared.cloze(unit, lang, names, pools), shared.stance(unit, lang),
                     *main_ideas.questions(unit, lang, stated), *formulas.for_unit(unit, lang, symbols),
                     *labelled.questions(unit, lang, items)]
            passed = [c for c in forms if c is not None and not check_question(question_dict(c), ctx)]
            # nothing else asks the sentence (coverage): a usual word with options, else typed where its context
            # admits one word (`Language.open_usual`); a sentence defining a term ("X — …") in any context
            defines = open_blanks.DASH_DEFINITION.match(unit.text) is not None
            if not passed and pools.used:  # the figure of most sentences asked again, not a usual word or pair half,
                used, pools.used = pools.used, pools.used - {blanks.name_key(k) for k, n in stats.spread.items()
                                                             if (k in stats.main or n >= 3 and 2 * n >= stats.units)
                                                             and blanked.get(blanks.name_key(k), 0) < PER_NAME}
                again = shared.cloze(unit, lang, names, pools)
                pools.used = used
                passed = [again] if again is not None and not check_question(question_dict(again), ctx) else []
            for last in (False, True, *(("any",) if defines else ())) if not passed else ():
                found = shared.cloze(unit, lang, names, pools, widen=True, last=last)
                passed = [found] if found is not None and not check_question(question_dict(found), ctx) else []
                if passed and getattr(passed[0], "reserve", False):  # not salient (`salience.py`): kept back for a document short of questions
                    reserve.append(passed[0])
                    where[id(passed[0])] = unit
                    order[id(passed[0])] = len(order)
                    passed = []
                    break
                if passed:
                    break
            if lang.code == "kk":  # no blank on a likely typo of the source (Моголстан beside Моғолстан)
                passed = [c for c in passed if c.template != "cloze" or not kk_typos.likely_typo(str(c.answer), written)]
            if len(passed) > 1:  # a typed blank on a usual word has synonyms a reader would type: only as the last resort
                passed = [c for c in passed if not (c.type == "cloze" and c.answer_kind == "word")]
            passed.sort(key=_rank)
            where.update((id(c), unit) for c in passed[:1])
            if passed:
                passed[0].prompt = obvious.title_named(passed[0].prompt, stats.subject, doc.text, lang.code)  # "Парк _____"
                chosen.append(passed[0])
                order[id(passed[0])] = len(order)
                if passed[0].template == "cloze" and passed[0].answer_kind == "name":
                    pools.used.add(blanks.name_key(str(passed[0].answer)))
                    base = blanks.name_key(_name_base(passed[0], lang))
                    blanked[base] = blanked.get(base, 0) + 1  # (w17) not blanked a third time: another word is
                cards.extend(Flashcard(c.prompt, str(c.answer), c.doc_id, c.quote, c.paragraph, "form")
                             for c in passed[1:2] if c.template == "cloze")
        for unit in formulas.unquoted(doc, lang, symbols, units[doc.id]):  # a formula's sentence the units skip
            found = [c for c in formulas.for_unit(unit, lang, symbols) if not check_question(question_dict(c), ctx)]
            if found and unit.paragraph not in aside:
                chosen.append(found[0])
                order[id(found[0])] = len(order)
        words = len(doc.text.split())  # as issue 17 counts them: numbers and dashes too
        reserve = [c for c in reserve if lang.code != "kk" or not kk_typos.likely_typo(str(c.answer), written)]
        floor = _at_floor(chosen[start:] + _refill([], chosen[start:], reserve, words), langs, words)
        gone = []  # the figures beyond the document's share with nothing else of their sentence to ask
        for c in figure_share.over_share(chosen[start:], doc, lang, stats.title):
            at = next(i for i in range(start, len(chosen)) if chosen[i] is c)
            again = _without_figures(where.get(id(c)), lang, names, pools, ctx)
            chosen[at:at + 1] = [again] if again else []
            order[id(again)] = order[id(c)] if again else 0
            gone += [] if again else [c]
        lead = figure_share.lead_paragraph(doc)  # (read u14) a side count only keeps a document at its floor,
        sides = [c for c in gone if figure_share.side_count(c, doc, lead)]  # before a reserve word would
        gone = [c for c in gone if id(c) not in {id(o) for o in sides}]
        back = _refill([], asked_once(chosen[start:], langs), sides, words) if floor else []
        chosen += back
        sides = sides[len(back):]
        chosen += _refill([], chosen[start:], [c for c in reserve if not figure_share.is_figure(c, lang)], words)
        gone += [c for c in reserve if figure_share.is_figure(c, lang)]  # a side figure kept back: a count, a decade
        for c in gone if floor else ():  # a document that reached the floor before keeps its density
            if not salience.short(len(asked_once(chosen[start:], langs)), words):
                break
            chosen.append(c)
        chosen += sides[:figure_share.MIN_FIGURES] if len(chosen) == start else []
        chosen[start:] = sorted(chosen[start:], key=lambda c: order[id(c)])  # in the order of the text
        for c in chosen[start:]:
            name_forms.extend(c, doc.text) if lang.code == "ru" else None  # a name accepts its plain forms (Касым-хан)
            number_options.multiplier_options(c, lang.number_words)  # "_____ есе аз": no "бір"
            number_options.fraction_options(c, lang.number_words)  # "төрттен _____": no "бес"
    dicts = asked_once(chosen, langs)
    dups = near_duplicates([q for _, q in dicts])
    final = [c for c, q in dicts if q["id"] not in dups]
    for c in final:
        c.difficulty = DIFFICULTY.get(c.template, 0.5)
    return final, cards


def _refill(taken: list[Candidate], asked: list[Candidate], reserve: list[Candidate], words: int) -> list[Candidate]:
    """The reserve blanks a document of `words` words with the questions `asked` takes back, in order, while it is
    short of questions (`salience.short`)."""
    for c in reserve:
        if not salience.short(len(asked) + len(taken), words):
            break
        taken.append(c)
    return taken


def _at_floor(questions: list[Candidate], langs: dict, words: int) -> bool:
    """The questions, each asked once (`asked_once`), are at least `salience.FLOOR` per 100 words."""
    return len(asked_once(questions, langs)) * 100 >= salience.FLOOR * words


def _without_figures(unit, lang, names, pools, ctx) -> Candidate | None:
    """The unit asked on a name or a word instead of its figure (`figure_share`), None when nothing else of it is
    salient, the word is the figure's unit or scale ("1,2 миллиарда _____", "бір жарым _____") or a name the
    document writes in three or more sentences (the country of a space-port's history, its hero)."""
    found = shared.cloze(unit, lang, names, pools, figures=False) if unit else None
    if found is None or getattr(found, "reserve", False) or check_question(question_dict(found), ctx):
        return None
    head = found.prompt[:found.prompt.find("_____")].split()[-2:]  # "1,2 миллиарда _____": the figure's unit
    frequent = {blanks.name_key(k) for k, n in pools.stats.spread.items() if n >= 3}  # Казахстан in a Baikonur text
    return None if any(w[-1:].isdigit() or w.lower() in lang.number_words for w in head) or \
        found.answer_kind == "name" and blanks.name_key(str(found.answer)) in frequent else found


def asked_once(chosen: list[Candidate], langs: dict) -> list[tuple[Candidate, dict]]:
    """The candidates with their question dicts, each question, each blanked sentence and each key of a document
    once: a repeated passage, or one sentence quoted with each neighbour, gives the same question twice; a figure or
    a name a document gives in several sentences is asked once (read v: 1955 asked three times with the same
    options, a servant's name twice), and so is a word in any of its cases (`_stem`) and a number word with the same
    options (`_same_options`); one name is the key of two questions of a document at most (`PER_NAME`)."""
    dicts, seen = [], set()
    named = _named_first(chosen, langs)
    terms = {(c.doc_id, c.pending.get("term", c.answer if c.template == "name_term" else "")): c for c in chosen
             if c.template in ("define", "name_term")}  # a term the document defines: asked by its definition
    seen |= {(c.doc_id, "word", _stem(str(t), langs[c.doc_id])) for (_, t), c in terms.items() if t}
    for c in chosen:
        q = question_dict(c)
        same = (c.doc_id, fold(str(c.answer)), _blanked_sentence(c.prompt))
        term = c.pending.get("term", c.answer if c.template == "name_term" else "")
        stem = _stem(str(term or c.answer), langs[c.doc_id]) if c.template in ("cloze", "define", "name_term") else ""
        if term and terms.get((c.doc_id, term)) is c:  # the one question that asks the term
            seen.discard((c.doc_id, "word", stem))
        key = (c.doc_id, "key", fold(str(c.answer))) if c.template == "when" or c.answer_kind in ("number", "name") and not term \
            else (c.doc_id, "word", stem) if stem else _same_options(c, langs[c.doc_id])
        if id(c) not in named:
            continue  # (w17) a third question whose key is Маша, in any case (Маши, Машу), or a third "who said"
        if q["id"] not in seen and same not in seen and (key is None or key not in seen):
            seen.update((q["id"], same, key) if key else (q["id"], same))
            dicts.append((c, q))
    return dicts


def _named_first(chosen: list[Candidate], langs: dict) -> set[int]:
    """The ids of the candidates `asked_once` may keep: all but those past the first `PER_NAME` whose key is one name
    of a document, the name as the sentence's subject first ("_____ сама едет в Царское Село": who acts), then in
    the text's order (read w17 dropped "получивший отказ _____" and "вызволяет осиротевшую _____", Маши and Машу)."""
    groups: dict[tuple[str, str], list[tuple[bool, int, Candidate]]] = {}
    for at, c in enumerate(chosen):
        if c.answer_kind in ("name", "person"):
            base = _name_base(c, langs[c.doc_id])
            groups.setdefault((c.doc_id, blanks.name_key(base)), []).append((fold(base) != fold(str(c.answer)), at, c))
    over = {id(c) for group in groups.values() for *_, c in sorted(group, key=lambda g: g[:2])[PER_NAME:]}
    return {id(c) for c in chosen} - over


def _name_base(c: Candidate, lang) -> str:
    """The base of a candidate's name key as the language reads it after a joining word (Маши, Машу → Маша;
    Ердоғанның → Ердоған); one key for all its cases is then `blanks.name_key` of it (Тэмуджина, Тэмуджин). Read once
    per candidate: `asked_once` runs again and again while a document is topped up."""
    if "name_base" not in c.pending:
        found = lang.names(JOIN.get(lang.code, "and") + " " + str(c.answer), {})
        c.pending["name_base"] = found[-1].base if found else str(c.answer)
    return c.pending["name_base"]


def _same_options(c: Candidate, lang) -> tuple | None:
    """(rukk17, read w11) A number word asked with options is one item per key and options: "төрт" among "үш, төрт,
    бес, екі" three times in one museum guide read as one question asked thrice."""
    if c.type != "multiple_choice" or fold(str(c.answer)) not in lang.number_words:
        return None
    return (c.doc_id, "options", fold(str(c.answer)), frozenset(fold(str(x)) for x in c.choices))


def _stem(answer: str, lang) -> str:
    """A word key by its stem, so that one word in several cases is one key (read w: an opinion piece on teachers'
    uniform blanked форма, форманы and форма again in four questions)."""
    words = answer.lower().split()
    if any(w in lang.number_words for w in words):
        return ""  # "үш минут" and "үш жыл ашылған" are two figures, each asked once already by its sentence
    return " ".join(lang.term_form(w) or fold(w) for w in words)


def _blanked_sentence(prompt: str) -> str:
    """The sentence of a prompt that holds its blank, folded: a sentence quoted once with the sentence before it and
    once with the one after it ("… Вартбург. Там Лютер … в _____ году" and "Там Лютер … в _____ году. Его перевод …",
    read t) is one question."""
    at = prompt.find("_____")
    if at < 0:
        return fold(prompt)
    start = max(prompt.rfind(". ", 0, at), prompt.rfind("«", 0, at)) + 1
    end = prompt.find(". ", at)
    return fold(prompt[start:end if end >= 0 else len(prompt)]).strip(" .»«\"“”")


def _rank(c: Candidate) -> float:
    """The order of a unit's forms of question: who said and when first, then a cloze on the name or number the
    sentence is about, then fact/opinion (whose view is this: the parents' or the author's), then a cloze on a
    term, and last a cloze on a word only avoided (the topic, the main figure)."""
    if c.template in IDEAS:  # a definition or a cause is the sentence's main idea
        return -1.0
    if c.template == "cloze":
        if c.score == 0:
            return 0.0 if c.answer_kind in ("name", "number") else 0.75
        return 1.0 if c.score == -blanks.USUAL else 3.0
    return {"stance": 0.5}.get(c.template, 0.0)


def _merge_forms(names: dict[str, str]) -> dict[str, str]:
    """One base per name when a guessed base is another plus an ending (Тэмуджина and Тэмуджин: the shorter)."""
    bases = sorted(set(names.values()), key=len)
    keep: dict[str, str] = {}
    for base in bases:
        if not any(base.startswith(b) and 0 < len(base) - len(b) <= 2 for b in keep.values()):
            keep[fold(base)] = base
    return keep


def _source(doc: SourceDoc) -> dict:
    """The gate's view of a document: its id and cleaned text."""
    return {"id": doc.id, "text": doc.text, "topics": []}
