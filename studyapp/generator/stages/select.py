"""Select stage: rank, drop near-duplicates, estimate difficulty and keep a bank that covers every document,
section and question type."""
from __future__ import annotations

import re

from studyapp.generator.bank import question_dict
from studyapp.generator.checks import FIXED_ANSWERS, near_duplicates
from studyapp.generator.refs import unnamed
from studyapp.generator.lexicon import fold
from studyapp.generator.model import Candidate, Corpus, Flashcard
from studyapp.generator.pipeline import stage
from studyapp.generator.stages.generate import digest
from studyapp.generator.stages.quantities import quantity_key
from studyapp.generator.stages.repeats import same_statements
from studyapp.generator.stages import which_document
from studyapp.generator.stages.importance import centrality
from studyapp.generator.stages.reader_drops import imperative

TEMPLATE_SCORE = {"label": 3.8, "cast": 3.7, "portrait": 3.6, "said_by": 3.4, "cause_why": 3.6, "cause_result": 3.5, "process": 3.0, "debate_evidence": 4.2, "debate_who": 3.9, "define": 4.0, "define_person": 3.6, "kind_is": 3.8, "symbol": 3.8, "formula_symbol": 4.1, "symbol_named": 3.9, "unit_of": 3.9, "term_does": 3.7, "definition": 2.8, "wh_subject": 3.0, "wh_object": 3.2, "wh_time": 3.0, "who_said": 3.0, "numeric": 2.5, "ordering": 2.5,
                  "matching": 2.5, "figures": 2.5, "which_source": 2.2, "complete": 2.0, "tf": 1.8,
                  "tf_speaker": 1.8, "stance": 1.8, "comment_stance": 2.0, "cloze": 1.5, "term_gap": 0.9}
TYPE_DIFFICULTY = {"true_false": 0.25, "multiple_choice": 0.4, "matching": 0.45, "cloze": 0.55, "ordering": 0.6,
                   "numeric": 0.65, "short_answer": 0.7}


def score(c: Candidate, corpus: Corpus) -> float:
    """Higher is better: a good template, a concrete answer, a short stem."""
    value = TEMPLATE_SCORE.get(c.template, 1.0)
    if c.answer_kind in ("percent", "money", "year", "date", "person", "org"):
        value += 0.5
    if _plain_fact(c):
        value -= 0.6  # an opinion or a reported claim is the better fact/opinion item
    if c.template == "which_source":  # the document's most central sentence first (`which_document`)
        value += which_document.rank(c, corpus)
    elif c.template == "stance":  # capped per key (`_clusters`): a document's main ideas first
        value += centrality(corpus.doc(c.doc_id)).get(c.sentence, 0.0)
    if c.answer_kind == "count" and isinstance(c.answer, str):
        value -= 1.0  # a number word ("three"): any other form of its sentence is the better item (brief en16)
    bare = unnamed(c.prompt)  # the words naming the document do not count against it
    if c.template != "which_source":  # its quote is its stem: the central sentence, however long, is the one asked
        value -= max(0, len(bare) - 180) / 200
    return value + (digest(bare) % 100) / 1000


def difficulty(c: Candidate, corpus: Corpus) -> float:
    """0 (easy) .. 1 (hard): the type's base, rarer answers and longer stems harder."""
    value = TYPE_DIFFICULTY.get(c.type, 0.5)
    entity = corpus.entities.get(c.answer_key)
    if entity and entity.count <= 2:
        value += 0.1
    if len(unnamed(c.prompt)) > 200:
        value += 0.05
    if c.kind == "perspective":
        value += 0.05
    return max(0.05, min(0.95, value))


def _as_card(c: Candidate) -> Flashcard | None:
    """Another form of a sentence already asked, as a flashcard (a true/false statement makes no card)."""
    if c.type in ("true_false", "ordering", "matching") or not isinstance(c.answer, (str, int, float)):
        return None
    return Flashcard(c.prompt, str(c.answer), c.doc_id, c.quote, c.paragraph, "form")


def _true_copy(c: Candidate) -> bool:
    """A "True" true/false item of a sentence that the distractor stage could not reword: a copy of the text."""
    return c.type == "true_false" and c.answer == "True" and c.template == "tf" and not c.pending.get("reworded")


RECALL = {"cloze", "complete", "wh_subject", "called", "definition", "term_gap", "define"}  # "byte" once (set 9)
CLOSED = {"which_source", "debate_who", "debate_evidence"}  # options are the bank's documents or writers


def _overlaps(c: Candidate) -> list[tuple]:
    """What a question shares with another one that makes the two overlap in a bank: (document, sentence, key),
    and its set of options — with its key too unless the options are phrases (causes, results), where each item
    gives the other away: names, terms and years may fairly serve several questions with other keys. None for
    fixed answers (True/False, fact/opinion), options that are the bank's documents or writers, orderings and
    matchings."""
    if c.type in ("ordering", "matching") or fold(str(c.answer)) in FIXED_ANSWERS:
        return []
    found: list[tuple] = [("evidence", c.doc_id, c.sentence, fold(str(c.answer)))] if c.sentence >= 0 else []
    if c.type == "multiple_choice" and len(c.choices) >= 3 and c.template not in CLOSED:
        options = frozenset(fold(str(o)) for o in c.choices)
        phrases = c.answer_kind == "clause" or c.template not in ("kind_is", "label") and c.answer_kind != "theme" and \
            any(len(str(o).split()) > 3 for o in c.choices)
        # the themes of a work are names, however long ("the loss of innocence"): one per theme question; so are the
        # labels of a run of labelled paragraphs (`labelled_items`)
        found.append(("options", options, "" if phrases else fold(str(c.answer))))
    return found


def _recall_keys(c: Candidate, vocab: set[str]) -> set[tuple[str, str]]:
    """(document, folded answer) of an item that asks to recall a name or term ("_____ asked her …": Babbage), and
    of each shorter or longer form it accepts that differs by common words the text writes in lower case ("Baikonur"
    for "Baikonur Cosmodrome", read w11; not "Tom" for "Tom Robinson"): a document keeps one item per answer."""
    if not (c.template in RECALL and isinstance(c.answer, str) and c.kind == "fact"):
        return set()
    keys = {(c.doc_id, fold(c.answer))}
    for alias in (a for a in c.aliases if isinstance(a, str) and a):
        extra = set(c.answer.split()) ^ set(alias.split())
        if extra and all(w.lower() in vocab for w in extra):
            keys.add((c.doc_id, fold(alias)))
    return keys


def _plain_fact(c: Candidate) -> bool:
    """A fact/opinion/claim item keyed "A fact"."""
    return c.template in ("stance", "comment_stance") and c.answer == "A fact"


VIEW_VERBS = re.compile(r"^(argu|believ|claim|insist|contend|maintain|think|thought|assert|warn|urg|predict|say|"
                        r"said|told|tell|agree|admit|consider|see|saw|according)")  # not 'proposed', 'showed'


def _views(corpus: Corpus) -> dict[str, int]:
    """How many opinions and reported views the generator recognises in each document: its opinion and claim items,
    and the views it attributes to someone ('the historian X argued that …'; a scientist who 'proposed' or
    'showed' something reports no view)."""
    views: dict[str, int] = {}
    for c in corpus.candidates:
        if c.template in ("stance", "comment_stance") and not _plain_fact(c):
            views[c.doc_id] = views.get(c.doc_id, 0) + 1
    for d in corpus.docs:
        said = {a.sentence for a in d.attributions if VIEW_VERBS.match(a.verb)}
        said |= {s.position for s in d.sentences if s.stance == "claim" and s.parse and s.parse.reporter
                 and VIEW_VERBS.match(s.parse.root)}  # 'The mayor, Ilse Varga, said: "…"'
        views[d.id] = views.get(d.id, 0) + len(said)
    return views


PER_PERSON = 2  # questions on one person per document, unless the document is about them (read u: six on a conductor)
MAIN_PERSON = 4  # named this often, a person is one the document is about (a biography's subject, a novel's hero)
# fact/opinion items with the same key per document, its most central first (`score`): read s12 left a paper's
# thesis unasked at two; of them one demand ("Make the blazer optional …"): read u dropped three of an op-ed's demands
PER_STANCE_KEY, PER_DEMAND = 3, 1


def _clusters(c: Candidate, corpus: Corpus) -> list[tuple]:
    """What a question shares with others of its document that makes a bank lean on one point: the person it asks
    for or quotes (not the document's own subject), and a fact/opinion key."""
    doc = corpus.doc(c.doc_id)
    people = {a.speaker_key for a in doc.attributions if a.sentence == c.sentence and c.sentence >= 0}
    entity = corpus.entities.get(c.answer_key) if c.answer_key else None
    if entity is not None and entity.kind == "person":
        people.add(c.answer_key)
    found = [("person", c.doc_id, k, PER_PERSON) for k in sorted(people) if k and k not in doc.main_topics
             and (k not in corpus.entities or corpus.entities[k].count < MAIN_PERSON)]
    if c.template == "stance":
        found.append(("stance", c.doc_id, str(c.answer), PER_STANCE_KEY))
        if 0 <= c.sentence < len(doc.sentences) and imperative(doc.sentences[c.sentence]):
            found.append(("demand", c.doc_id, "", PER_DEMAND))
    return found + which_document.cluster(c, corpus)


def _nothing_to_tell_apart(corpus: Corpus) -> list[Candidate]:
    """The "A fact" items of a document with no opinion or view to set them beside: a chemistry chapter's lines are
    all facts, and "fact" is then no answer to think about (blind read 29r). Where a document has views, its fact
    items stay, ranked below its opinion and claim items (score)."""
    views = _views(corpus)
    return [c for c in corpus.candidates if _plain_fact(c) and not views.get(c.doc_id)]


@stage("select", requires=["accepted"], provides=["questions"])
def select_stage(corpus: Corpus) -> Corpus:
    """Keep the best candidates: one question per quoted sentence, or per statement a document makes twice (its
    other forms become flashcards), one blank or wh-question per answer and document, no copied "True" statements,
    no near-duplicates, no "A fact" item where the document has no view to tell it from."""
    spans = ("ordering", "matching")  # these span many sentences: not counted against the one they cite
    lone = _nothing_to_tell_apart(corpus)
    for c in lone:
        c.reasons.append("fact/opinion: the document has no opinion or reported claim to tell this fact from")
        corpus.rejected.append(c)
    ranked = sorted((c for c in corpus.candidates if not any(c is x for x in lone)), key=lambda c: (-score(c, corpus), c.doc_id, c.paragraph, c.prompt))
    asked: set[tuple[str, str]] = set()
    answered: set[tuple[str, str]] = set()  # (document, key) of the blanks and wh-questions kept
    shared: set[tuple] = set()  # the evidence-and-key and option sets of the questions kept (_overlaps)
    leaning: dict[tuple, int] = {}  # questions kept per person or fact/opinion key of a document (_clusters)
    chosen = []
    statement = same_statements([(c.doc_id, fold(c.quote)) for c in ranked])  # a sentence the text says twice
    for c in ranked:
        key = statement[(c.doc_id, fold(c.quote))]
        if _true_copy(c):
            c.reasons.append("a true/false item that copies its sentence")
            corpus.rejected.append(c)
            continue
        same_key = _recall_keys(c, corpus.lower_vocab)
        quantity = quantity_key(c, corpus.doc(c.doc_id))  # one quantity the text gives twice, asked once
        overlaps = _overlaps(c) + ([quantity] if quantity else [])
        reason = "another question on this document has the same answer" if same_key & answered else \
            "this sentence is asked already" if key in asked and c.type not in spans else \
            "another question has the same evidence and answer, or the same options" if shared & set(overlaps) else \
            "the document has enough questions on this person or with this key" if any(
                leaning.get(k, 0) >= k[-1] for k in _clusters(c, corpus)) else ""
        if reason:
            c.reasons.append(reason)
            corpus.rejected.append(c)
            card = _as_card(c)
            if card:
                corpus.flashcards.append(card)
            continue
        if c.type not in spans:
            asked.add(key)
        answered |= same_key
        shared.update(overlaps)
        for k in _clusters(c, corpus):
            leaning[k] = leaning.get(k, 0) + 1
        chosen.append(c)
    dicts = [question_dict(c) for c in chosen]
    dups = near_duplicates(dicts)
    final = []
    for c, q in zip(chosen, dicts):
        if q["id"] in dups:
            c.reasons.append(dups[q["id"]])
            corpus.rejected.append(c)
        else:
            c.difficulty = difficulty(c, corpus)
            final.append(c)
    order = {d.id: i for i, d in enumerate(corpus.docs)}
    final.sort(key=lambda c: (order[c.doc_id], c.paragraph, c.sentence, c.type, c.prompt))
    ids = {id(c): q["id"] for c, q in zip(chosen, dicts)}  # a question's id depends on nothing changed here
    while True:  # the file order decides which of two near-duplicates a re-check flags: drop those too
        dups = near_duplicates([question_dict(c) for c in final])
        if not dups:
            break
        for c in final:
            if ids[id(c)] in dups:
                c.reasons.append(dups[ids[id(c)]])
                corpus.rejected.append(c)
        final = [c for c in final if ids[id(c)] not in dups]
    corpus.questions = final
    return corpus
