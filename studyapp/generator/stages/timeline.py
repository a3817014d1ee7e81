"""Generate stage, structured questions and cards: ordering (timelines), matching (pairs) and flashcards."""
from __future__ import annotations

import re

from studyapp.generator.checks import anaphora
from studyapp.generator.lexicon import fold
from studyapp.generator.model import Candidate, Corpus, Flashcard, SourceDoc
from studyapp.generator.pipeline import stage
from studyapp.generator.stages.entities import is_role
from studyapp.generator.stages.generate import DANGLING, digest, usable
from studyapp.generator.stages.known import deed, office
from studyapp.generator.stages.minor_names import written_once
from studyapp.generator.stages.phrasing import lower_first, statement

# a description that points at another sentence: "the founder of the new state", "the same country"
HUMAN = re.compile(r"\b(boy|girl|man|woman|men|women|child|children|son|daughter|father|mother|brother|sister|wife|"
                   r"husband|friend|neighbou?r|cook|servant|teenager|pupil|soldier|Serb|Croat)s?\b")
LEANS_BACK = re.compile(r"\bthe (new|same|other|former|latter|above|said|following|previous)\b", re.I)# events whose place in a timeline needs no reading (read u): a birth comes first, a commemoration or a thing named in
# someone's honour last
GIVEN_PLACE = re.compile(r"\b(?:was|were) born\b|\bcommemorat\w*|\bcelebrat(?:es|ed|ing)\b|\banniversary\b|"
                         r"\b(?:is|are) (?:now )?(?:marked|held|celebrated|remembered)\b|\bin (?:her|his|their) honou?r\b|"
                         r"\bnamed (?:after|in honou?r of)\b|\bmemorial\b", re.I)


SPAN = re.compile(r"^(?:Since|Ever since|Until|Till|Throughout|For (?:many|several|decades|centuries|years))\b|"
                  r"\bsince\s+\w+ing\b|\b(?:has|have)\s+been\s+(?:\w+ly\s+)?\w+ing\b")


def event_text(s, m, mid_caps) -> str:
    """The event of a dated sentence with its date removed, or '' when it cannot stand alone."""
    body, cut = statement(s)
    start, end = m.start - cut, m.end - cut
    if start < 0:
        return ""
    text = body
    lead = re.match(r"^(?:In|On|By)\s+(?:early\s+|late\s+)?$", text[:start])
    if lead and text[end:].startswith(", "):
        text = text[end + 2:]
        text = lower_first(text, mid_caps)
        text = text[:1].upper() + text[1:]
    else:
        before = re.search(r"\s+(?:in|on|by)\s+$", text[:start])
        if not before or not re.match(r"^(\s*[.]?$|,\s|\s[a-z])", text[end:]) or re.search(
                r",\s+(which|who|where|such as)\b|\b(that|which|who|when)\s", text[:start]):
            return ""
        text = text[:before.start()] + text[end:]
    text = re.split(r",\s+(?:which|while|where|and|but|making|establishing|marking)\b|;", text)[0]
    text = text.strip().rstrip(".").strip()
    if re.search(r"\b(1[5-9]|20)\d\d\b", text) or len(text.split()) < 5 or len(text) > 170 or DANGLING.match(text) \
            or anaphora(text, True) or not (text[:1].isupper() or text[:1].isdigit()) or ",," in text or \
            re.search(r"\s[—–]\s", text) or SPAN.search(text):  # "One month later,, the dog …", "Aubakirov — the
        return ""  # first …": no event (w11); "Since gaining independence, Kazakhstan has …": a span (read u14)
    head = text.split()[:6]
    if head[0] in ("The",) and not any(w[:1].isupper() for w in head[1:]):
        return ""
    return text


def _dates_by_sentence(doc: SourceDoc) -> dict[int, list]:
    """The year and date mentions of each sentence, in text order."""
    found: dict[int, list] = {}
    for m in doc.mentions:
        if m.kind in ("year", "date"):
            found.setdefault(m.sentence, []).append(m)
    return found


def dated_events(corpus: Corpus, doc: SourceDoc) -> list[tuple[float, str, object]]:
    """(year, event text, sentence) for the usable dated sentences of a document, one per year."""
    events, years = [], set()
    dates = _dates_by_sentence(doc)
    for s in doc.sentences:
        if not usable(s, standalone=False) or GIVEN_PLACE.search(s.text):
            continue
        for m in dates.get(s.position, []):
            if m.value and m.value > 1000:
                text = event_text(s, m, corpus.mid_caps)
                if text and m.value not in years:
                    years.add(m.value)
                    events.append((m.value, text, s))
                break
    return events


def ordering(corpus: Corpus, doc: SourceDoc, events: list) -> list[Candidate]:
    """Timelines of 3 or 4 dated events from one document, earliest first."""
    out = []
    size = 4 if len(events) % 4 != 1 or len(events) < 8 else 3
    starts = range(0, len(events) - 2, size)
    for i in starts:
        group = sorted(events[i:i + size], key=lambda e: e[0])
        if len(group) < 3:
            break
        out.append(_ordering(doc, [(doc, e) for e in group], f"Put these events from {doc.ref} in chronological "
                                                               "order, earliest first."))
    return out


def _ordering(doc: SourceDoc, group: list, prompt: str) -> Candidate:
    """One ordering question over (document, event) items sorted by date."""
    first = group[0][1][2]
    c = Candidate(type="ordering", kind="fact", prompt=prompt, answer=[e[1] for _, e in group], doc_id=doc.id,
                  quote=first.text, paragraph=first.paragraph, sentence=first.position, topic=doc.title,
                  template="ordering")
    c.evidence = [{"id": d.id, "quote": e[2].text, "paragraph": e[2].paragraph} for d, e in group]
    c.explanation = "; ".join(f"{_year(e[0])}: {e[1]}" for _, e in group)
    return c


def _year(value: float) -> str:
    """A year for display, BC years marked."""
    return f"{int(-value)} BC" if value < 0 else str(int(value))


POSTMODIFIED = re.compile(r"\b(?:with|who|whose|that|which|of|from|in|at|for)\b")  # "a boy with a big imagination"


def pairs(corpus: Corpus, doc: SourceDoc, offices: bool = False) -> list[tuple[str, str, str, object]]:
    """(kind, left, right, sentence) pairs: acronym/expansion, person/role, term/definition; a public office
    ("Russian President", "the founder of the new state") only with `offices`, as it is known without the text."""
    found, seen = [], set()
    for d in doc.definitions:
        s = doc.sentences[d.sentence]
        right = re.split(r"\s*;\s", d.meaning)[0].strip("‘’'\"“” ")  # not the clause after a semicolon
        if len(right.split()) < 2 and d.kind != "acronym":
            continue
        if d.kind != "acronym" and not offices and office(right):
            continue  # a public office is matched from general knowledge ("Russian President": blind read 29m)
        entity = corpus.entity_for(d.term)
        left = entity.name if entity and d.kind == "role" else d.term
        key = fold(left)
        if key in seen or key in doc.main_topics or fold(right) in seen:
            continue
        seen.update({key, fold(right)})
        found.append((d.kind, left, right, s))
    return found


def matching(corpus: Corpus) -> list[Candidate]:
    """Matching questions of 3 or 4 pairs of one document."""
    out = []
    for doc in corpus.docs:  # never across documents; no acronym/expansion pairs (the letters give them away)
        deeds = {p[1]: p for p in deed_pairs(corpus, doc)}  # a public figure's own deed replaces their office
        found = [deeds.get(p[1], p) if p[0] == "role" and office(p[2]) else p
                 for p in pairs(corpus, doc, offices=True) if p[0] != "acronym"]
        even = even_lengths([p for p in found if p[0] != "deed"])  # a deed is a clause: longer by nature
        found = [p for p in found if p[0] == "deed" or p in even and not (deeds and p[0] != "role")]  # people only
        for i in range(0, len(found), 4):
            chunk = found[i:i + 4]
            if len(chunk) >= 3:
                out.append(_matching(doc, [(doc, p) for p in chunk]))
    return out


def deed_pairs(corpus: Corpus, doc: SourceDoc) -> list[tuple[str, str, str, object]]:
    """("deed", person, what they do, sentence) for the public figures whose office the text gives (left out of the
    matchings: "Russian President" is general knowledge, blind read 29m): the first sentence where the person is
    the subject and `known.deed` finds a short deed of their own."""
    people = {}
    for d in doc.definitions:
        entity = corpus.entity_for(d.term)
        if d.kind == "role" and office(d.meaning) and entity is not None and entity.key not in doc.main_topics:
            people.setdefault(entity.key, entity.name)
    found, seen = [], set()
    for m in doc.mentions:
        s = doc.sentences[m.sentence]
        if m.key not in people or m.key in seen or s.parse is None or s.parse.subject is None:
            continue
        if s.parse.subject[0] <= m.start < s.parse.subject[1] and not anaphora(s.text, False):
            done = deed(s.text, s.parse.subject)
            if done and fold(done) not in {fold(p[2]) for p in found}:
                seen.add(m.key)
                found.append(("deed", people[m.key], done, s))
    return found


def even_lengths(found: list) -> list:
    """The pairs without one whose description is far longer than the others' (over twice the middle length and
    over four words): a role written as a long clause among short titles gives its match away (blind read 30c)."""
    sizes = sorted(len(p[2].split()) for p in found)
    middle = sizes[len(sizes) // 2] if sizes else 0
    return [p for p in found if not (len(p[2].split()) > max(4, 2 * middle))]


def _matching(doc: SourceDoc, chunk) -> Candidate:
    """One matching question over (document, pair) items."""
    first = chunk[0][1][3]
    kinds = {p[0] for _, p in chunk}
    what = {"acronym": "each abbreviation with what it stands for", "role": "each person with their role",
            "deed": "each person with what the text says about them"}.get(
        "deed" if "deed" in kinds else kinds.pop() if len(kinds) == 1 else "", "each name with its description")
    where = doc.ref if all(d.id == doc.id for d, _ in chunk) else "the documents"
    c = Candidate(type="matching", kind="fact", prompt=f"Match {what}, according to {where}.", answer=[[p[1], p[2]] for _, p in chunk],
                  doc_id=doc.id, quote=first.text, paragraph=first.paragraph, sentence=first.position,
                  topic=doc.title, template="matching")
    c.evidence = [{"id": d.id, "quote": p[3].text, "paragraph": p[3].paragraph} for d, p in chunk]
    c.explanation = "; ".join(f"{p[1]}: {p[2]}" for _, p in chunk)
    return c


def _a_person(right: str, entity) -> bool:
    """The description is of a person: the analyse stage says so, or it names a role or a human noun."""
    return bool(entity is not None and entity.kind == "person" or is_role(right) or HUMAN.search(right))


OF_NAME = re.compile(r"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*) of $")  # "Pythagoras of ", "Joan of " before the name
META_NOUNS = {"name", "word", "term", "title", "nickname", "translation", "expression", "phrase"}


def definition_questions(corpus: Corpus, doc: SourceDoc) -> list[Candidate]:
    """Short answers from descriptions: 'According to “…”, who is the small boy with a big imagination?', 'what is
    the machine that calculated tables of numbers called?' ("Who is described in … as …?" and "What is the name of
    a …?" read badly, blind reads of 30 Nov). A description that leans on another sentence ("the founder of the new
    state") stays a flashcard, as does what an abbreviation stands for (trivia, and its letters give it away)."""
    out = []
    for kind, left, right, s in pairs(corpus, doc):
        entity = corpus.entity_for(left)
        words = right.split()
        if kind == "acronym" or words[0] not in ("a", "an", "the") or len(words) < 3 or LEANS_BACK.search(right):
            continue
        if fold(left) in fold(right) or words[1].lower() in META_NOUNS:
            continue  # "the small insect called the bark beetle": the name is in the question (blind read 29r);
            # "Beelzebub, a name for the devil": "what is the name for the devil called?" (read v)
        described = " ".join(["the"] + words[1:])
        be = "was" if s.parse and s.parse.root_past else "is"  # "In 1854 he persuaded Said Pasha, the ruler …" (v15)
        if words[0] != "the" and (kind == "role" or left[:1].isupper()) and len(words) <= 4 and not POSTMODIFIED.search(
                right):
            continue  # "who is the Scottish nobleman?": several characters may fit a bare indefinite one (29q)
        if kind == "role" or kind == "term" and _a_person(right, entity):
            if s.stance == "claim" and written_once(doc, set(entity.forms if entity else []) | {left}, s.position):
                continue  # "who is the researcher with a focus on …?" of a writer cited once: trivia (read t13)
            prompt = f"According to {doc.ref}, who {be} {described}?"
        elif kind == "term":
            called = " called " in f" {described} "
            prompt = f"According to {doc.ref}, " + (f"what {be} the name of {described}?" if called else
                                                   f"what {be} {described} called?")
        else:
            continue
        answer = left
        aliases = sorted(f for f in (entity.forms if entity else []) if f != left)
        whole = OF_NAME.search(s.text[:max(0, s.text.find(left + ","))])
        if whole:  # "Pythagoras of Samos, a Greek thinker …": the description is of Pythagoras, not of Samos (w11)
            answer, aliases = f"{whole.group(1)} of {left}", [whole.group(1)]
        c = Candidate(type="short_answer", kind="fact", prompt=prompt, answer=answer, doc_id=doc.id, quote=s.text,
                      paragraph=s.paragraph, sentence=s.position, topic=s.section or doc.title,
                      template="definition", aliases=[a for a in aliases if fold(a) not in fold(prompt)])
        c.explanation = f"The text says: “{s.text}”"
        out.append(c)
    return out


def flashcards(corpus: Corpus, doc: SourceDoc) -> list[Flashcard]:
    """Term/definition, person/claim and date/event cards with their evidence."""
    cards = [Flashcard(p[1], p[2], doc.id, p[3].text, p[3].paragraph, "term") for p in pairs(corpus, doc)]
    for a in doc.attributions:
        s = doc.sentences[a.sentence]
        if 4 <= len(a.content.split()) <= 40:
            cards.append(Flashcard(f"{a.speaker}: what view does the text report?", a.content, doc.id, s.text,
                                   s.paragraph, "claim"))
    dates = _dates_by_sentence(doc)
    for s in doc.sentences:
        if not usable(s):
            continue
        m = next(iter(dates.get(s.position, [])), None)
        text = event_text(s, m, corpus.mid_caps) if m else ""
        if text:
            prep = "on " if m.kind == "date" and re.search(r"\d{1,2}\b.*\d{4}|\w+ \d{1,2}$", m.text) else "in "
            cards.append(Flashcard(f"What happened {prep + m.text}?", text,
                                   doc.id, s.text, s.paragraph, "date"))
    return cards


@stage("structured", requires=["sentences", "definitions", "candidates"], provides=["structured_candidates",
                                                                                   "flashcards"])
def structured_stage(corpus: Corpus) -> Corpus:
    """Ordering and matching questions, and flashcards."""
    for doc in corpus.docs:  # an ordering never mixes documents (events of two texts are not one sequence)
        corpus.candidates.extend(ordering(corpus, doc, dated_events(corpus, doc)))
        corpus.candidates.extend(definition_questions(corpus, doc))
        corpus.flashcards.extend(flashcards(corpus, doc))
    corpus.candidates.extend(matching(corpus))
    corpus.flashcards.sort(key=lambda f: (f.doc_id, f.paragraph, digest(f.front)))
    return corpus
