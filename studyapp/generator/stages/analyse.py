"""Analyse stage: sentences, numbers, named entities, attributions, definitions and opinion cues."""
from __future__ import annotations

import bisect
import re
from collections import Counter

from studyapp.generator import lexicon as lx
from studyapp.generator.lexicon import fold
from studyapp.generator.model import Attribution, Corpus, Definition, Entity, Mention, Sentence, SourceDoc
from studyapp.generator.pipeline import stage
from studyapp.generator.stages import attrib, entities as ent
from studyapp.generator.stages.aliases import merge_entities
from studyapp.generator.stages.numbers import find_numbers
from studyapp.generator.stages.resolve import People, Roles, resolver, subject_before, title_person, work_before
from studyapp.generator.stages.segment import split_sentences, words

NUMBER_KINDS = {"year", "date", "percent", "money", "count", "range", "decade", "ordinal", "century", "count_word"}
KIND_RANK = {"person": 0, "country": 1, "city": 2, "region": 3, "org": 4, "event": 5, "place": 6, "acronym": 7,
             "name": 8, "demonym": 9}


def segment(doc: SourceDoc) -> None:
    """Split body and comment paragraphs into sentences."""
    doc.sentences = []
    for para in doc.paragraphs:
        if para.role not in ("body", "comment"):
            continue
        for start, end in split_sentences(para.text):
            doc.sentences.append(Sentence(doc.id, para.index, start, end, para.text[start:end], para.role,
                                          para.section, len(doc.sentences)))


_LIST_GAP = re.compile(r"\s*(,|,?\s+and|,?\s+or|\s+and\s+the)\s*")


_LIST_GAP = re.compile(r"\s*(,|,?\s+and|,?\s+or|\s+and\s+the)\s*")


def _in_list(text: str, same_kind: list[Mention], at: int) -> bool:
    """Mention `at` of `same_kind` (one kind, in text order) is one item of an enumeration ('A, B and C').

    Only the mentions just before and after it can be joined to it by a list's comma or 'and': a name or number
    in between is neither, so farther ones never are.
    """
    m = same_kind[at]
    for other in same_kind[max(0, at - 1):at + 2]:
        if other is m:
            continue
        between = text[min(m.end, other.end):max(m.start, other.start)]
        if _LIST_GAP.fullmatch(between):
            return True
    return False


_REPORTED_BEFORE = re.compile(r"(words of|according to|interview with)\s+$", re.I)


def _overlaps(numbers: list[Mention], starts: list[int], start: int, end: int) -> bool:
    """[start, end) overlaps one of the numbers (which are in text order and never overlap each other)."""
    before = bisect.bisect_left(starts, end)
    return before > 0 and numbers[before - 1].end > start


def _before(text: str, offset: int, width: int) -> str:
    """The spaces before `offset` and the `width` characters before them: what a pattern ending in `\\s+$` needs."""
    begin = offset
    while begin and text[begin - 1].isspace():
        begin -= 1
    return text[max(0, begin - width):offset]


MAX_FORMS = 12  # spellings kept per entity: a real name has a handful; every question lists them as aliases


def _trim_forms(e: Entity) -> None:
    """Keep the entity's name and its most used spellings; the others still count as its mentions."""
    if len(e.forms) <= MAX_FORMS:
        return
    order = {form: i for i, form in enumerate(e.forms)}
    keep = set(sorted(e.forms, key=lambda f: (f != e.name, -e.forms[f], order[f]))[:MAX_FORMS])
    e.more += sum(n for form, n in e.forms.items() if form not in keep)
    e.forms = {form: n for form, n in e.forms.items() if form in keep}


def find_mentions(corpus: Corpus) -> dict[str, list[str]]:
    """Fill doc.mentions and corpus.entities; return person gender cues by entity key."""
    lower_vocab, mid_caps = set(), set()
    for d in corpus.docs:
        for s in d.sentences:
            for n, (start, _, w) in enumerate(words(s.text)):
                if w[:1].islower():
                    lower_vocab.add(w)
                elif n and not ent._sentence_start(s.text, start):
                    mid_caps.add(w)
    corpus.mid_caps = mid_caps
    corpus.lower_vocab = lower_vocab
    acronyms: dict[str, str] = {}
    roles: list[tuple[SourceDoc, Definition]] = []
    cues: dict[str, list[str]] = {}
    for doc in corpus.docs:
        doc.mentions, doc.definitions = [], []
        for s in doc.sentences:
            numbers = find_numbers(s.text, s.position)
            names = []
            number_starts = [n.start for n in numbers]
            for start, end, text, role in ent.name_spans(s.text, lower_vocab, mid_caps):
                if _overlaps(numbers, number_starts, start, end) or len(text) < 2:
                    continue
                kind = ent.classify(text, role)
                if kind == "demonym":
                    continue
                m = ent.make_mention(s.position, start, end, text, kind)
                cue = ent.person_cue(s.text, end, single=" " not in text)
                if not cue and " " in text and _REPORTED_BEFORE.search(_before(s.text, start, 14)):
                    cue = "x"
                if cue or role:
                    cues.setdefault(m.key, []).append(cue or "x")
                if role:
                    roles.append((doc, Definition(s.position, text, role, "role")))
                names.append(m)
            for d in attrib.find_acronyms(s.text, s.position):
                acronyms[fold(d.term)] = fold(d.meaning)
                if d.kind == "acronym":
                    doc.definitions.append(d)
            doc.mentions.extend(sorted(numbers + names, key=lambda m: m.start))
    for doc, d in roles:
        doc.definitions.append(d)
    registry: dict[str, Entity] = {}
    for doc in corpus.docs:
        for m in doc.mentions:
            if m.kind in NUMBER_KINDS:
                continue
            e = registry.setdefault(m.key, Entity(m.key, m.text, m.kind))
            e.forms[m.text] = e.forms.get(m.text, 0) + 1
            e.docs[doc.id] = e.docs.get(doc.id, 0) + 1
            if KIND_RANK.get(m.kind, 9) < KIND_RANK.get(e.kind, 9) and e.kind not in ("country", "city", "region"):
                e.kind = m.kind
    for key, e in registry.items():
        if e.kind in ("name", "acronym") and key in cues:
            e.kind = "person"
        if e.kind == "acronym" and key in acronyms:
            e.kind = ent.classify(next(iter(registry.get(acronyms[key], Entity("", "", "org")).forms), "X Organization")
                                  if acronyms[key] in registry else "X Organization", "")
    canonical = merge_entities(registry, acronyms)
    corpus.entities = {}
    for key, root in sorted(canonical.items()):
        src, dst = registry[key], corpus.entities.setdefault(root, Entity(root, "", registry[root].kind))
        for form, n in src.forms.items():
            dst.forms[form] = dst.forms.get(form, 0) + n
        for d, n in src.docs.items():
            dst.docs[d] = dst.docs.get(d, 0) + n
        if KIND_RANK.get(src.kind, 9) < KIND_RANK.get(dst.kind, 9):
            dst.kind = src.kind
    corpus.alias_keys = {}
    for e in corpus.entities.values():
        for form in e.forms:
            corpus.alias_keys.setdefault(fold(form), e.key)
            corpus.alias_keys.setdefault(ent.make_mention(0, 0, 0, form, e.kind).key, e.key)
    for e in corpus.entities.values():
        known = lx.place(e.key)
        if known:
            e.name = known[0]
        elif e.kind == "person":
            e.name = max(e.forms, key=lambda f: (len(re.findall(r"[A-Za-zÀ-ž]{2,}", f)), e.forms[f], f))
        else:
            e.name = max(e.forms, key=lambda f: (e.forms[f] + 0.5 * len(f.split()), f))
        _trim_forms(e)
        # a person's name that only ever opens sentences keeps its capital in a stem ("In which year was Eleanor
        # Hart born?", not "eleanor Hart"; "Roger rolls …": read v)
        corpus.mid_caps |= {w for f in e.forms for w in f.split()[:1] if e.kind in ("person", "name") and
                            w.lower() not in lower_vocab and w.lower() not in lx.FUNCTION_WORDS and w[1:].islower()}
    for doc in corpus.docs:
        for m in doc.mentions:
            if m.kind not in NUMBER_KINDS:
                m.key = canonical.get(m.key, m.key)
                m.kind = corpus.entities[m.key].kind
        by_sentence: dict[int, list[Mention]] = {}
        for m in doc.mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        for s in doc.sentences:
            by_kind: dict[str, list[Mention]] = {}
            for m in by_sentence.get(s.position, []):
                by_kind.setdefault(m.kind, []).append(m)
            for same_kind in by_kind.values():
                for at, m in enumerate(same_kind):
                    m.in_list = _in_list(s.text, same_kind, at)
    return {k: v for k, v in ((canonical.get(k, k), v) for k, v in cues.items())}


HE_SHE = re.compile(r"\b(he|she|him|his|her)\b", re.I)


def _pronoun_person(doc, s, people_in_para: People, by_sentence: dict) -> None:
    """Note who the sentence's he/she means when one person of that gender (as the text says) was named before
    it in the paragraph and all its person pronouns have that gender (stages/context.py shows "[Name]")."""
    found = {("m" if p.lower() in ("he", "him", "his") else "f") for p in HE_SHE.findall(s.text)}
    if not found and (work := work_before(doc, s)):  # "It is set in …": the work the sentence before names
        doc.hints.setdefault("pronoun_person", {})[s.position] = ("n", work)
    if len(found) != 1:
        return
    gender = found.pop()
    if people_in_para.count.get(gender, 0) == 1:
        doc.hints.setdefault("pronoun_person", {})[s.position] = (gender, people_in_para.first[gender][0])
    elif (person := subject_before(doc, s, gender, by_sentence)):
        doc.hints.setdefault("pronoun_person", {})[s.position] = (gender, person)
    elif people_in_para.count.get(gender, 0) == 0 and doc.hints.get("title_person", ("",))[0] == gender:
        doc.hints.setdefault("pronoun_person", {})[s.position] = doc.hints["title_person"]  # a biography's subject


def analyse_attributions(corpus: Corpus, cues: dict[str, list[str]]) -> None:
    """Fill doc.attributions and the appositive definitions."""
    genders = {}
    for key, values in cues.items():
        marks = {v for v in values if v in ("m", "f")}
        if len(marks) == 1:
            genders[key] = marks.pop()
    for doc in corpus.docs:
        doc.attributions = []
        doc.hints["genders"] = genders
        doc.hints["title_person"] = title_person(corpus.entities, genders, doc.title, " ".join(
            s.text for s in doc.sentences)) or ("",)
        by_sentence: dict[int, list[Mention]] = {}
        for m in doc.mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        people_in_para = People(genders)
        roles = Roles(doc.definitions)
        last_para, open_quote = None, None
        for s in doc.sentences:
            if s.paragraph != last_para:
                people_in_para = People(genders)
                last_para = s.paragraph
            ms = by_sentence.get(s.position, [])
            people = [m for m in ms if m.kind == "person"]
            _pronoun_person(doc, s, people_in_para, by_sentence)
            resolve = resolver(people_in_para, roles)
            found = attrib.attributions(s.text, s.position, people, resolve)
            if s.position > 0:
                found += attrib.such_claims(s.text, [x.text for x in doc.sentences[max(0, s.position - 3):s.position]],
                                            s.position, people)
            if not found and open_quote and open_quote[0] == s.paragraph:
                found = [Attribution(s.position, open_quote[1], open_quote[2], open_quote[3],
                                     s.text.strip().strip("“”\"").rstrip("."), True)]
            open_quote = None
            for a in found:
                if a.quoted and s.text.count("“") > s.text.count("”"):
                    open_quote = (s.paragraph, a.speaker, a.speaker_key, a.verb)
            for a in found:
                a.speaker_key = corpus.alias_keys.get(a.speaker_key, a.speaker_key)
                a.speaker = corpus.entities[a.speaker_key].name if a.speaker_key in corpus.entities else a.speaker
            doc.attributions.extend(found)
            doc.definitions.extend(attrib.find_definitions(s.text, s.position, ms))
            for m in people:
                people_in_para.add((corpus.entities[m.key].name, m.key))


REPORTED = re.compile(r"\b[Aa]ccording to\b|(?<!would )(?<!could )(?<!might )(?<!anyone )\b(argue|argues|argued|believe|believes|believed|claim|claims|claimed|"
                      r"say|says|said|state|states|stated|suggest|suggests|suggested|think|thinks|thought|"
                      r"contend|contends|insist|insists|maintain|maintains)\s+that\b"
                      # "X thinks it would be better …", "Y argues there is …": the same report without "that"
                      r"|(?<!I )(?<!we )(?<!We )\b(argues|argued|believes|believed|claims|claimed|thinks|thought|"
                      r"insists|insisted|contends|contended|maintains|maintained)\s+(it|there|this|they|he|she|the)\s"
                      r"|(?<!I )(?<!we )(?<!We )\b(regard|regards|regarded)\s+(\w+\s+){1,3}as\b")  # "regard X as …"


def stance(s: Sentence, attributed: bool, masked: str | None = None) -> tuple[str, list[str]]:
    """fact, opinion, claim, question or other, with the cue words found."""
    text = s.text.strip()
    if text.endswith("?"):
        return "question", []
    tokens = [w.lower() for _, _, w in words(masked if masked is not None else text)]
    cues = sorted({t for t in tokens if t in lx.OPINION_CUES or t in lx.HEDGE_CUES})
    if attributed or REPORTED.search(text) and not re.match(r"^(I|We)\b", text):
        return "claim", cues
    first_person = {"i", "we", "our", "my", "us"} & set(tokens)
    if cues or (first_person and s.role == "comment"):
        return "opinion", cues + sorted(first_person)
    return ("fact" if not first_person else "other"), sorted(first_person)


def main_topics(doc: SourceDoc) -> list[str]:
    """Entity keys a document is mainly about: frequent ones named in its title, else the most frequent."""
    counts = Counter(m.key for m in doc.mentions if m.kind not in NUMBER_KINDS)
    if not counts:
        return []
    top = counts.most_common(1)[0][1]
    title = fold(doc.title)
    forms = {}
    for m in doc.mentions:
        forms.setdefault(m.key, set()).add(fold(m.text))
    topics = [k for k, n in counts.items() if n >= 0.4 * top and any(f in title for f in forms[k] | {k})]
    if topics:
        return sorted(topics)
    ranked = counts.most_common(2)
    if ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return [ranked[0][0]]
    return []


@stage("analyse", requires=["paragraphs"], provides=["sentences", "mentions", "entities", "attributions",
                                                     "definitions", "stances"])
def analyse_stage(corpus: Corpus) -> Corpus:
    """Segment, find mentions and entities, attributions, definitions and stances."""
    for doc in corpus.docs:
        segment(doc)
    cues = find_mentions(corpus)
    analyse_attributions(corpus, cues)
    for doc in corpus.docs:
        attributed = {a.sentence for a in doc.attributions}
        spans: dict[int, list[Mention]] = {}
        for m in doc.mentions:
            if m.kind in NUMBER_KINDS:
                spans.setdefault(m.sentence, []).append(m)
        for s in doc.sentences:
            masked = s.text
            if s.position in spans:
                chars = list(s.text)
                for m in spans[s.position]:
                    chars[m.start:m.end] = " " * (m.end - m.start)
                masked = "".join(chars)
            s.stance, s.cues = stance(s, s.position in attributed, masked)
        doc.main_topics = main_topics(doc)
    return corpus
