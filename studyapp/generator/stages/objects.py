"""Objects stage: "What did X do?" questions on the object of a sentence's main verb (issue 13, structural forms).

Texts that tell what happened (a plot, a history, a news item) say it as subject, verb, object: "Mathilde borrows a
diamond necklace from her rich friend." The other stages ask the subject (`wh_subject`), a time or a number; none asks
what the subject did to what, which is what a teacher asks first ("What does Mathilde borrow from her friend?").
Blind reads kept questions built from a sentence's structure and dropped gaps with options lifted from the text
(docs/blind-reads/README.md), so this form is typed: the key is the object as the text words it, and the pupil may
also type it without its article or just its head noun with the words that qualify it ("necklace", "diamond
necklace").

Only plain cases are asked: an active main verb in the past or present with a named or nominal subject that opens
the sentence (a fronted time or place moves to the end), a direct object of one to seven words that is not a pronoun,
a number or a clause, and nothing coordinated with the verb (the question would drop half of what the sentence
says), nor a key of an article and one common noun the document seldom writes (`vague`: "the gate"). `simpler` first cuts what such a question may leave out (a ", which …" clause, a first verb with no object
before "and", a second verb after the object), and `_prep_question` asks the thing after "from", "on", "into" … when
the object is the subject's own ("hangs its road from steel cables"). The sentence is re-parsed here with spaCy's lemmatizer, which the parse stage leaves out for speed, since
"borrows" must become "does … borrow".
"""
from __future__ import annotations

import re
from functools import lru_cache

from studyapp.generator.lexicon import fold
from studyapp.generator.model import Candidate, Corpus, SourceDoc
from studyapp.generator.pipeline import stage
from studyapp.generator.stages import phrasing as ph
from studyapp.generator.stages.generate import base, usable
from studyapp.generator.stages.parse import MODEL, english

PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "they", "them", "their", "himself", "herself"}
DO = {"VBD": "did", "VBZ": "does", "VBP": "do"}
MAX_OBJECT_WORDS, MAX_SUBJECT_WORDS = 7, 6
FRONTED = {"prep", "npadvmod"}  # "In 1215, …", "Last year, …": moved after the verb phrase
NUMBERISH = re.compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|hundreds?|thousands?|millions?|"
                       r"billions?|half|dozens?|percent|per cent)\b", re.I)
LIGHT_VERBS = {"have", "do", "make", "get", "take", "give", "use", "include", "say", "see", "show", "mean", "need",
               "want", "find", "keep", "become", "seem", "know", "think", "call", "face", "play", "contain", "cover"}
ADVERBIAL_HEADS = set("""way ways time times day days year years week month while lot deal part kind sort number rest
bit step steps spring summer autumn fall winter morning evening night weekend""".split())  # "point the same way"
MAX_QUESTION_WORDS = 18
PLACE_PREPS = {"from", "on", "onto", "into", "with"}  # "hangs its road from steel cables"
BAD_DEPS = {"neg", "nsubjpass", "auxpass", "ccomp", "xcomp", "conj", "dative", "expl", "csubj", "mark"}


@lru_cache(maxsize=1)
def nlp():
    """spaCy's small English pipeline with its lemmatizer (loaded once per process, on first use)."""
    import spacy

    return spacy.load(MODEL, exclude=["senter"])


def _span_text(tokens) -> str:
    """The text of a run of tokens as the sentence spells it."""
    return "".join(t.text_with_ws for t in tokens).strip()


def _subtree(token) -> list:
    """The token's subtree in sentence order."""
    return sorted(token.subtree, key=lambda t: t.i)


def question_of(text: str, mid_caps: set[str], lower_vocab: set[str] | None = None,
                referent: str = "", parsed=None) -> tuple[str, str, list[str]] | None:
    """(question, key, other accepted answers) asking the object of `text`'s main verb, or None. `referent` is the
    person a "he" or "she" subject stands for, when the analyse stage resolved it safely; `parsed` is `text`
    already parsed by `nlp()`."""
    doc = parsed if parsed is not None else nlp()(text)
    shorter = simpler(doc)
    if shorter:
        text, doc = shorter, nlp()(shorter)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB" or root.lemma_.lower() in LIGHT_VERBS:
        return None
    children = list(root.children)
    if any(c.dep_ in BAD_DEPS for c in children) or "?" in text or ";" in text or ":" in text:
        return None
    subjects = [c for c in children if c.dep_ == "nsubj"]
    objects = [c for c in children if c.dep_ == "dobj"]
    aux = [c for c in children if c.dep_ == "aux"]
    if len(subjects) != 1 or len(objects) != 1 or len(aux) > 1:
        return None
    subject, obj = _subtree(subjects[0]), noun_phrase(objects[0]) or _own_thing(objects[0])
    pronoun = subjects[0].pos_ == "PRON"
    if pronoun and not (referent and subjects[0].lower_ in ("he", "she")) \
            or pronoun and any(t.lower_ in PERSON_PRONOUNS for t in doc[subjects[0].i + 1:]) or objects[0].pos_ in ("PRON", "NUM") or any(t.pos_ == "NUM" for t in subject) or not 1 <= len(obj) <= MAX_OBJECT_WORDS \
            or len(subject) > MAX_SUBJECT_WORDS or any(t.dep_ in ("relcl", "acl", "appos") or t.dep_ == "conj" and t.head == objects[0] for t in obj) \
            or NUMBERISH.search(_span_text(obj)) or "," in _span_text(obj) or obj[0].i < root.i:
        return None  # a list ("political, economic, and cultural ties") typed is a test of memory (read t13)
    if not pronoun and not _plain_subject(subjects[0], subject) or objects[0].lower_ in ADVERBIAL_HEADS \
            or re.fullmatch(r"\w+wards?", objects[0].lower_) \
            or any(c.dep_ == "conj" for c in objects[0].children) \
            or any(t.text in (".", "!", "?") for t in doc[:-1]):  # two sentences the segmenter left joined
        return None
    fronted = [c for c in children if c.i < subject[0].i]
    if {t.i for c in fronted for t in _subtree(c)} != set(range(subject[0].i)):
        return None  # something before the subject that is not one fronted phrase of the verb
    if any(c.dep_ not in FRONTED and c.dep_ != "punct" for c in fronted):
        return None
    front = [t for c in fronted if c.dep_ in FRONTED for t in _subtree(c)]
    between = [t for t in doc[subject[-1].i + 1:root.i] if t not in aux]
    if any(t.dep_ != "advmod" for t in between):
        return None
    clauses = [t for c in children if c.dep_ == "advcl" and c.i > root.i for t in _subtree(c)]  # ", borrowing …"
    if any(t.tag_ == "WRB" or t.dep_ == "mark" and t.lower_ in ("if", "unless", "once", "until") for t in clauses):
        return None  # "… shift outwards when the economy gains …": the condition cannot be left out (set 9)
    taken = {t.i for t in front + subject + obj + between + aux + clauses + [root]}
    rest = [t for t in doc[root.i + 1:] if t.i not in taken and not (t.is_punct and t.i == len(doc) - 1)]
    if any(t.text in ('"', "“", "”") for t in rest + obj) or rest and rest[0].is_punct \
            or any(t.dep_ in ("relcl", "acl", "advcl", "ccomp") for t in rest):
        return None
    if aux:
        if aux[0].lemma_.lower() not in ("have", "will", "can", "could", "would", "may", "might", "must", "shall",
                                          "should") or aux[0].i > root.i:
            return None
        verb = f"{aux[0].text.lower()} {{subject}} {_span_text(between) + ' ' if between else ''}{root.text}"
    elif root.tag_ in DO:
        verb = f"{DO[root.tag_]} {{subject}} {_span_text(between) + ' ' if between else ''}{root.lemma_.lower()}"
    else:
        return None
    after = doc[obj[-1].i + 1] if obj[-1].i + 1 < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN", "DET", "ADJ", "NUM") \
            or obj[0].lower_ in ("this", "these", "that", "those", "another", "other", "such", "same", "each", "one") \
            or any(c.dep_ in ("oprd", "attr") for c in children):
        return None  # "named a language Ada", "this table", "another visit", "each other": a second object, or one
        # the sentence before gives
    if objects[0].ent_type_ in ("PERSON", "NORP") or misparsed(doc) \
            or any(c.dep_ == "appos" for c in objects[0].children):  # "the drunken farmer, Mr Jones"
        return None  # a person as the object: the entity forms ask it better (wh_subject, who_said)
    moved = " ".join(_span_text(_subtree(c)).rstrip(",") for c in fronted if c.dep_ in FRONTED)  # "night, at": two
    if moved and front[0].pos_ != "PROPN":
        moved = moved[0].lower() + moved[1:]
    tail = " ".join(p for p in (_span_text(rest).rstrip(" ,"), moved) if p).rstrip(" ,.")
    who = referent if pronoun else _span_text(subject)
    if not pronoun and (subject[0].pos_ == "DET" or subject[0].tag_ == "NNS" and len(subject) == 1 or lower_vocab is not None and (
            subject[0].lower_ in lower_vocab or subject[0].lemma_.lower() in lower_vocab)):
        who = ph.lower_first(who, mid_caps)  # "The couple" -> "the couple"; a name keeps its capital
    question = f"What {verb.format(subject=who)}{' ' + tail if tail else ''}?"
    if len(question.split()) > MAX_QUESTION_WORDS:
        return None
    key = _span_text(obj)
    prep = _prep_question(obj, rest, verb.format(subject=who), moved)
    if prep:
        return prep
    if rest and rest[0].lower_ == "with" and not any(t.dep_ == "det" for t in rest[1:]):
        return None  # "prefers rolling country with low vegetation": the phrase describes the object
    return question, key, aliases(obj, key)


def _prep_question(obj, rest, verb: str, moved: str) -> tuple[str, str, list[str]] | None:
    """"What does a suspension bridge hang its road from?" (steel cables): when the object is the subject's own
    thing ("its road") the key would be weak, so the place or thing after the preposition that ends the sentence
    is asked instead."""
    if obj[0].tag_ != "PRP$" or not rest or rest[0].dep_ != "prep" or rest[0].lower_ not in PLACE_PREPS:
        return None
    pobj = [c for c in rest[0].children if c.dep_ == "pobj"]
    words = noun_phrase(pobj[0]) if len(pobj) == 1 and pobj[0].pos_ in ("NOUN", "PROPN") else []
    if not words or [t.i for t in rest] != [rest[0].i] + [t.i for t in words] or NUMBERISH.search(_span_text(words)):
        return None
    question = f"What {verb} {_span_text(obj)} {rest[0].lower_}{' ' + moved if moved else ''}?"
    key = _span_text(words)
    return question, key, aliases(words, key)


def _own_thing(head) -> list:
    """"its road" in "hangs its road from steel cables" when the parser hung the "from" phrase on the object: the
    words up to the head, for `_prep_question` to ask the phrase after it."""
    words = [t for t in _subtree(head) if t.i <= head.i]
    rights = list(head.rights)
    if words[0].tag_ != "PRP$" or len(rights) != 1 or rights[0].dep_ != "prep" or rights[0].lower_ not in PLACE_PREPS:
        return []
    return words


def simpler(doc) -> str | None:
    """The sentence without what a question on its main verb's object leaves out, or None when nothing is cut: a
    clause after a comma on the object (", which drags his boat"), a first verb with no object before "and"
    ("sails far out and hooks a marlin" -> "hooks a marlin"), a second verb after the object ("respects the
    marlin and calls it his brother"), and a "that" clause on the last noun ("steel cables that run over …")."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB":
        return None
    cut: set[int] = set()
    verbs = [c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > root.i]
    ccs = [c for c in root.children if c.dep_ == "cc" and c.lower_ == "and"]
    if len(verbs) == 1 and len(ccs) == 1 and ccs[0].i < verbs[0].i and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in verbs[0].children):
        mine = [c for c in root.children if c.dep_ == "dobj"]
        theirs = [c for c in verbs[0].children if c.dep_ == "dobj"]
        if theirs and not mine and all(c.dep_ in ("advmod", "prt") for c in root.rights if c.i < ccs[0].i):
            cut |= set(range(root.i, verbs[0].i))
        elif mine:
            cut |= {t.i for t in verbs[0].subtree} | {ccs[0].i} | ({ccs[0].i - 1} if doc[ccs[0].i - 1].text == ","
                                                                 else set())
    for t in doc:
        if t.dep_ == "relcl" and t.i > root.i and t.head.pos_ in ("NOUN", "PROPN") and t.i not in cut:
            span = _subtree(t)
            first = span[0].i
            comma = doc[first - 1].text == "," if first > 0 else False
            ends = span[-1].i + 1 >= len(doc) - 1 or doc[span[-1].i + 1].is_punct
            # "from steel cables that run …", "rolls a boulder that kills Piggy": the clause tells more of a thing
            # the question asks; on "answers that connect …" it says which answers, so it stays (and refuses)
            asked = t.head.dep_ == "pobj" and t.head.head.lower_ in PLACE_PREPS \
                or t.head.dep_ == "dobj" and t.head.head == root and _subtree(t.head)[0].lower_ in ("a", "an")
            if ends and (comma or asked and span[0].lower_ in ("that", "which") and span[-1].i + 1 >= len(doc) - 1):
                cut |= {x.i for x in span} | ({first - 1} if comma else set())
    if not cut:
        return None
    return "".join(t.text_with_ws for t in doc if t.i not in cut).strip().replace(" .", ".")


def _plain_subject(head, words: list) -> bool:
    """A subject the tagger is unlikely to have misread: a name, a noun after a determiner or possessive, or one
    bare noun ("Photosynthesis converts light …" was read as the noun "converts" lit by "light")."""
    if head.pos_ == "PROPN":
        return True
    if any(t.tag_ in ("JJR", "RBR") or t.lower_ in ("another", "other", "such", "same", "your", "no", "few") for t in words):
        return False  # "the other group": compared with what the sentence before says; "No war … caused" (set 14)
    return head.pos_ == "NOUN" and (words[0].dep_ in ("det", "poss") or len(words) == 1)


def noun_phrase(head) -> list:
    """The object as a noun phrase: its words up to its head noun, and an "of" phrase after it ("the rest of the
    money"); other phrases after it ("from her friend") stay in the question."""
    words = [t for t in _subtree(head) if t.i <= head.i]
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            words += _subtree(child)
        elif child.dep_ == "prep":
            return []  # "an article about the Engine": the key would lose what the question then shows apart
    return sorted(words, key=lambda t: t.i)


def misparsed(doc) -> bool:
    """A noun right before a determiner ("ice scrape the valley floor"): a verb the tagger read as a noun, so the
    main verb it found is not the sentence's."""
    return any(a.pos_ in ("NOUN", "PROPN") and b.pos_ == "DET" and b.lower_ in ("the", "a", "an")
               for a, b in zip(doc, doc[1:]))


# a noun that counts, sorts or weighs what its "of" phrase names: the "of" phrase is the answer a pupil types
CONTAINERS = {"quantity", "number", "amount", "lot", "kind", "type", "sort", "importance", "group", "set", "series",
              "range", "variety", "pair", "piece", "part", "role", "use", "idea", "value", "collection", "supply"}


def aliases(obj, key: str) -> list[str]:
    """The object without its article, and its head noun with the nouns and adjectives right before it; for a head
    with an "of" phrase, what the "of" phrase names when the head only counts or sorts it."""
    out = []
    if any(t.pos_ == "PROPN" for t in obj):
        return []  # a name is typed whole ("King's College London", not "London")
    if obj[0].dep_ == "det" or obj[0].tag_ == "PRP$":
        out.append(_span_text(obj[1:]))
    head = next((t for t in obj if t.dep_ == "dobj"), obj[-1])
    of = [t for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.children if t.dep_ == "pobj"]
    if of:  # "a significant quantity of Turkish armored vehicles": "quantity" alone is no answer (read u)
        return sorted({a for a in out if a and fold(a) != fold(key)} | (
            {_span_text(_subtree(of[0])).removeprefix("the "), _span_text([t for t in of[0].lefts if t.dep_ in (
                "compound", "amod") and t.i == of[0].i - 1] + [of[0]])} if head.lemma_ in CONTAINERS else set()))
    lead = [t for t in obj if t.i < head.i and t.dep_ in ("compound", "amod") and t.i == head.i - 1]
    out += [head.text, _span_text(lead + [head])]
    return sorted({a for a in out if a and fold(a) != fold(key)})


def _person(corpus: Corpus, key: str) -> bool:
    """A key that names one of the texts' people ("challenges Romeo"): "What does …" would not ask it."""
    entity = corpus.entity_for(re.sub(r"^(?:the|a|an)\s+", "", key, flags=re.I))
    return bool(entity and entity.kind in ("person", "name"))


REPEATED = 3  # a common noun the document writes this often (in lower case) is one of its things, worth a key


def vague(key: str, doc: SourceDoc) -> bool:
    """A key of an article and one common noun the document seldom writes ("the gate", "the rules", "a boulder"):
    what the sentence points at, not a thing worth asking (brief en14); "the land" of a text on heating land and sea
    is one of its subjects."""
    words = key.split()
    if len(words) != 2 or words[0].lower() not in ("the", "a", "an") or not words[1].isalpha() \
            or not words[1].islower():
        return False
    if "object_words" not in doc.hints:  # counted once per document: a scan per question grew with the square
        counts: dict[str, int] = {}
        for w in re.findall(r"[A-Za-z]+", " ".join(s.text for s in doc.sentences)):
            counts[w] = counts.get(w, 0) + 1
        doc.hints["object_words"] = counts
    counts, noun = doc.hints["object_words"], words[1]
    # "an alliance" counts "alliances"; "the rules" not "rule"
    written = counts.get(noun, 0) + (0 if noun.endswith("s") else counts.get(noun + "s", 0) + counts.get(noun + "es", 0))
    return written < REPEATED


def likely(s, referent: str, body: str) -> bool:
    """What the parse stage already read of the sentence allows an object question: a verb as its root, a subject
    that is not a pronoun (unless resolved), no quotation, question, colon or semicolon after a part's label
    ("Act 3: Tybalt …", which `ph.statement` leaves out)."""
    p = s.parse
    return bool(p and p.root_pos == "VERB" and p.subject and (p.subject_pos != "PRON" or referent)
                and not any(mark in body for mark in ('"', "“", "?", ";", ":")))


def object_items(corpus: Corpus, doc: SourceDoc) -> list[Candidate]:
    """A typed object question for each plain subject-verb-object sentence of the document's body."""
    out = []
    resolved = doc.hints.get("pronoun_person", {})
    asked = []
    for s in doc.sentences:
        referent = resolved.get(s.position, (None, ""))[1] if resolved.get(s.position, ("",))[0] != "n" else ""
        body = ph.statement(s)[0]
        if likely(s, referent, body) and usable(s, standalone=not referent) and english(s.text):
            asked.append((s, referent, body))
    # only sentences whose first parse already shows a verb with a subject are parsed again, in batches
    for (s, referent, body), parsed in zip(asked, nlp().pipe([body for _s, _r, body in asked], batch_size=256)):
        made = question_of(body, corpus.mid_caps, corpus.lower_vocab, referent, parsed)
        if made is None or fold(made[1]) in fold(made[0]) or _person(corpus, made[1]) or vague(made[1], doc):
            continue
        question, key, others = made
        c = base(doc, s, "short_answer", question, key, None, "wh_object")
        c.aliases = others
        c.answer_kind = "phrase"
        out.append(c)
    return out


@stage("objects", requires=["sentences", "parses", "stances"], provides=["object_candidates"])
def objects_stage(corpus: Corpus) -> Corpus:
    """Object questions for every English document."""
    corpus.candidates.extend(c for doc in corpus.docs if doc.language == "en" for c in object_items(corpus, doc))
    return corpus
