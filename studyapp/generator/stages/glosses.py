"""Glosses stage: the definitions a text gives other than "X is a …" (owned here; `ideas._definition` owns that one).

Explanatory texts name most of their terms in passing; each shape below gives (term, meaning), asked once per term
and document in the definition form of `ideas` ("What is the name for …?" -> the term, the document's other terms
of the same number as options; same template "define", so the same gates and ranking):

- a colon gloss in an enumeration: "The first is plucking: meltwater freezes onto loose rocks …";
- an appositive gloss: "… pressed into firn, a grainy ice that is halfway between snow and glacier ice, …", and
  the subject's own (set 17): "Chlorophyll, the green pigment that absorbs light energy, is found …";
- "called" / "known as" / "termed" in mid-sentence: "…, leaving long scratches called striations that show …",
  "A germ that causes disease is known as a pathogen.", "Geologists call this unsorted mix of … till.",
  "…; this is known as frost wedging." (the clause before is the meaning), and a sentence of its own after the
  one it names: "In extreme cases prices can spiral out of control. This is called hyperinflation." ("What is this
  text: “In extreme cases … of control. This is called _____.”", both sentences as written: `_named_back`);
- "X means …", "X refers to …", "X is defined as …", "By X we mean …", and "X, or Y, is a …";
- a line of a list of people (a study guide's characters): "Baba Sule: the caravan leader; he hides …", "Amina –
  Kofi's mother." is asked "who is the caravan leader?" (template "define_person"), the list's other names as
  options (`character_lines`).
"""
from __future__ import annotations

import re

from studyapp.generator.lexicon import fold
from studyapp.generator.model import Candidate, Corpus, Flashcard, Sentence, SourceDoc
from studyapp.generator.pipeline import stage
from studyapp.generator.stages.entities import is_role
from studyapp.generator.stages.generate import STRONG, TERM_STOP, digest, usable
from studyapp.generator.stages.parse import nlp
from studyapp.generator.stages.attrib import FIGURE_MEANING
from studyapp.generator.stages.definitions import CONTEXT_WORDS, DOC_KINDS, _definition
from studyapp.generator.stages.ideas import _ask, term_pool
from studyapp.generator.stages import labelled_items
from studyapp.generator.stages.term_kinds import plural

WORD = r"(?!(?:that|which|who|whose|where|when|and|or|but|are|is|was|were|in|on|at|of|to|by|for|from|with)\b)[a-z][a-z-]{2,}"
TERM = rf"{WORD}(?:\s{WORD}){{0,2}}"
CALLED = r"(?:called|known as|termed|referred to as)"
ORDINAL = r"(?:The\s(?:first|second|third|fourth|fifth|next|last|final|other)|Another|One)"
SHAPES = [  # (shape, pattern): each gives the groups term and meaning
    ("np", re.compile(rf"^{ORDINAL}(?:\s[a-z]+)?\s(?:is|was)\s(?P<term>{TERM}):\s(?P<meaning>(?:the|a|an)\s[^:]{{8,}}?)"
                      r"\.$")),
    ("clause", re.compile(rf"^{ORDINAL}(?:\s[a-z]+)?\s(?:is|was)\s(?P<term>{TERM}):\s(?P<meaning>[a-z][^:]{{12,}}?)\.$")),
    ("np", re.compile(rf"^(?P<meaning>(?:A|An|The)\s[a-z][^,;:]{{8,90}}?)\s(?:is|are)\s{CALLED}\s(?:(?:a|an|the)\s)?"
                      rf"(?P<term>{TERM})\.$")),
    ("clause", re.compile(rf"^(?P<meaning>[A-Z][^;:]{{15,}}?);\s(?:this|these)\s(?:is|are)\s{CALLED}\s(?:(?:a|an|the)\s)?"
                          rf"(?P<term>{TERM})\.$")),
    ("np", re.compile(r"^[A-Z][a-z]+\s(?:call|calls|called)\s(?P<meaning>(?:this|these|the)\s[a-z][^;:]{8,90}?)\s"
                      r"(?:(?:the|a|an)\s)?(?P<term>[a-z][a-z-]{2,})(?:,\s(?:and|but|so)\s[^;:]+)?\.$")),
    ("means", re.compile(r"^(?:(?:A|An|The)\s(?:(?:term|word)\s)?)?(?!(?:That|What|Which|This|Everything|Something|Nothing|Who|It|Each|Every)\b)(?P<term>[A-Za-z][a-z-]{2,}(?:\s[a-z][a-z-]{2,}){0,2})"
                         r"\s(?P<verb>means|refers to|is defined as)\s(?P<meaning>(?!that\b)[a-z][^;:]{8,}?)\.$")),
    ("means", re.compile(rf"^By\s(?:(?:a|an|the)\s)?(?P<term>{TERM}),?\s(?:we|scientists|economists|geologists)\s"
                         r"(?P<verb>mean)\s(?P<meaning>[a-z][^;:]{8,}?)\.$")),
    ("np", re.compile(rf"^(?:A|An|The)\s(?P<term>{TERM}),\sor\s[a-z][a-z -]{{2,30}},\s(?:is|are)\s"
                      r"(?P<meaning>(?:a|an|the)\s[^;:]{8,}?)\.$")),
]
# "… into firn, a grainy ice that …,": a bare noun (or "a/an" and up to two words), a comma, an indefinite meaning
APPOSITIVE = re.compile(r"(?:^|(?P<before>[a-z]+)\s)(?P<term>(?:(?:a|an)\s(?:[a-z][a-z-]+\s)?)?[a-z][a-z-]{2,}),\s"
                        r"(?P<meaning>(?:a|an)\s(?!few\b|lot\b|number\b|bit\b|little\b|couple\b)[a-z][^,;:()]{8,}?)"
                        r"(?=,\s|\.$)")
# (set 17) the subject glossed between commas: "Melatonin, the hormone that makes us feel sleepy, is released …"
SUBJECT_GLOSS = re.compile(r"^(?P<term>[A-Z][a-z-]{2,}(?:\s[a-z][a-z-]{2,})?),\s(?P<meaning>(?:the|a|an)\s[a-z][^,;:()]{8,}?),\s+"
                           r"(?:is|are|was|were|has|have|had|can|may|will|[a-z]+s|[a-z]+ed)\b")
# "This effect is called herd immunity.", "These differences are called variation.": the sentence before is the meaning
NAMED_BACK = re.compile(rf"^(?P<what>(?:This|These)(?:\s[a-z]+){{0,2}})\s(?P<be>is|are)\s{CALLED}\s(?:(?:a|an|the)\s)?"
                        rf"(?P<term>{TERM})(?:,\s[^;:]+)?\.$")
LEANS_BACK = re.compile(r"^(?:this|these|those|that|it|they|he|she|its|their|his|her|such|also|however|but|and|so|then|"
                        r"for example|for instance|instead|in (?:this|that|the same) way|one|another|a second|the second|the other)\b", re.I)
PEOPLE_PLACES = {"PERSON", "GPE", "LOC", "NORP", "FAC"}  # a name glossed is a portrait or a place, not a term
# "…, leaving long scratches called striations that show …": up to three words before the head noun
CALLED_MID = re.compile(rf"(?P<np>(?:(?:a|an)\s)?(?:[a-z][a-z-]+\s){{0,2}}[a-z][a-z-]+)\s{CALLED}\s(?P<term>{TERM})"
                        r"(?P<rest>\s(?:that|which)\s[^,;:]{6,}?)?(?=[,.;])")
COMPARED = re.compile(r"^(?:more|less|fewer|most|least|(?:larg|small|bigg|high|low|great|long|short|fast|slow|strong|"
                      r"weak|warm|cold|hott|heavi|light|deep|wid|thick|thinn|steep|bright|dark|loud|quiet)(?:er|est))\s",
                      re.I)
PRONOUN = re.compile(r"\b(?:it|its|they|them|their|he|she|his|her|we|our|you|your)\b", re.I)
ARTICLE_WORDS = re.compile(r"^(?:the|a|an)\s+", re.I)
DEFINITE = {"the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your"}
PART_OF = {"of", "other", "same", "such", "many", "several", "some", "all", "few", "two", "three", "four", "thirty"}
VERBISH = {"is", "are", "was", "were", "has", "have", "had", "been", "there", "here", "it", "they"}
NOMINAL = {"dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos", "conj", "oprd", "dative"}
RELATIVE = {"that", "which", "who", "whom", "whose", "where", "when"}
# "Baba Sule: the caravan leader; …", "Amina – Kofi's mother": a name, a colon or dash, a role up to ";", "," or "."
CHARACTER = re.compile(r"^(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})\s?(?::|\s[–—-])\s(?P<meaning>(?:(?:the|a|an)\s|"
                       r"[A-Z][\w'’-]+['’]s\s)[a-z][^;:,.()]{2,60}?)\s*(?:[;,.]|$)")
NOT_LEADING = {"leaving", "making", "forming", "creating", "producing", "with", "into", "from", "and", "or", "of", "in",
               "on", "by", "for", "as", "are", "is", "was", "were", "has", "have", "had", "some", "many", "also",
               "through", "across", "along", "under", "over", "between", "among", "at", "to", "via", "within", "onto"}


def _called_mid(s: Sentence) -> tuple[str, str] | None:
    """(term, meaning) of '… long scratches called striations that show which way the ice moved', the noun phrase
    before 'called' (its leading verb or preposition cut) and the relative clause after the term."""
    found = CALLED_MID.search(s.text)
    if not found or found.start() == 0:
        return None
    words = found.group("np").split()
    while words and words[0] in NOT_LEADING:
        words = words[1:]
    rest = found.group("rest") or ""
    if not words or any(w in VERBISH for w in words) or not rest and (words[0] in ("a", "an") or len(words) < 3):
        return None  # "a slow process called abrasion" says too little to ask it back
    term = found.group("term")
    cut = next((i for i, w in enumerate(term.split()) if w in TERM_STOP), None)
    if cut is not None:
        return None  # where the term ends is unclear
    return term, " ".join(words) + rest


def _appositive(text: str, m: re.Match) -> str:
    """The noun the match glosses, as the parse reads it ("carbon dioxide", not "dissolves limestone"), or "" when
    the match is no gloss: the sentence's subject, an item of a list ("thirty schools, a university …, and numerous
    …"), part of a larger phrase ("a point of reference, a founding father"), a clause ("…, a portion of them are …"),
    or a meaning whose head names two things ("a father and federator")."""
    head = re.split(r"\b(?:that|which|who|where|made|found|used|left|named|formed)\b", m.group("meaning"))[0]
    if (m.start("term") < 3 or m.group("before") in DEFINITE | PART_OF or text[:m.start("term")].rstrip().endswith(",")
            or re.search(r"\b(?:and|or|is|are|was|were|has|have|had|will|can|would)\b", head)
            or re.search(r"\s(?:and|or)\s+[a-z-]+$", m.group("meaning"))):  # "… warms cold air and wide, furry paws": a list cut
        return ""
    tokens = nlp()(text)
    noun = next((tok for tok in tokens if tok.idx + len(tok.text) == m.end("term")), None)
    if noun is None or noun.pos_ in ("VERB", "AUX", "ADV", "ADP", "DET", "PRON", "NUM") or noun.dep_ not in NOMINAL:
        return ""  # "… slowly dissolves limestone, …" reads "limestone" alone ("gluten" may be read ADJ: its role counts)
    inside = [tok for tok in tokens if m.start("meaning") <= tok.idx < m.end("meaning")]
    finite = next((tok.i for tok in inside if tok.tag_ in ("VBZ", "VBP", "VBD", "MD")), None)
    if finite is not None and not any(tok.lower_ in RELATIVE for tok in inside if tok.i < finite):
        return ""  # "… a club, a teenager needs to …": a clause, not a meaning
    after = next((tok for tok in tokens if tok.idx > m.end("meaning") + 2), None)
    if re.match(r",\s(?:and|or)\s", text[m.end():]) and after is not None and after.pos_ not in ("VERB", "ADV"):
        return ""  # "…, and numerous other shops": the next item of a list
    first = noun.i
    while first > 0 and tokens[first - 1].dep_ == "compound" and tokens[first - 1].pos_ in ("NOUN", "PROPN"):
        first -= 1
    return tokens[first:noun.i + 1].text


def gloss(s: Sentence) -> tuple[str, str, str] | None:
    """(shape, term, meaning) when the sentence glosses a term in one of the shapes above, else None."""
    text = s.text.strip()
    found = next(((shape, m) for shape, pattern in SHAPES if (m := pattern.match(text))), None)
    if found:
        shape, m = found
        term, meaning = m.group("term"), m.group("meaning")
        # "The side opposite the right angle is the longest side and is called the hypotenuse.": the named thing is
        # the subject, not "… is the longest side and" (read w11: "What is the name for … side and?")
        meaning = re.sub(r"^(.{8,}?)\s(?:is|are)\s[^,;:]+?\s(?:and|but)$", r"\1", meaning)
        if shape == "means":
            if COMPARED.match(term):
                return None  # "A larger tidal range means stronger currents": a consequence, no definition (set 9)
            shape = "np" if re.match(r"(?:the|a|an)\s", meaning) else "means:" + m.group("verb")
    elif apposed := next(((a, noun) for a in APPOSITIVE.finditer(text) if (noun := _appositive(text, a))), None):
        shape, term, meaning = "np", apposed[1], apposed[0].group("meaning")
    elif called := _called_mid(s):
        shape, (term, meaning) = "np", called
    elif (m := SUBJECT_GLOSS.match(text)) and not (s.parse and any(a == 0 and label in PEOPLE_PLACES
                                                                      for a, _, label in s.parse.ents)):
        shape, term, meaning = "np", m.group("term"), m.group("meaning")  # as written: the key stands in its quote
    else:
        return None
    if shape != "clause":
        meaning = re.sub(r"^(?:this|these)\b", "the", meaning[:1].lower() + meaning[1:])
    bare = ARTICLE_WORDS.sub("", term)
    if re.match(r"the\s[a-z-]+\s(?:the|a|an)\s", meaning):
        return None  # "call this sequence the cardiac cycle": "this sequence" leans back, and the term was cut in two
    if (fold(bare) in fold(meaning) or bare.lower() in DOC_KINDS or bare.split()[0].lower() in TERM_STOP
            or CONTEXT_WORDS.search(term) or FIGURE_MEANING.search(meaning) or len(meaning.split()) < 3 or len(meaning.split()) > 30
            or shape != "clause" and (CONTEXT_WORDS.search(meaning) or PRONOUN.search(meaning)
                                      and not re.match(r"(?:a|an)\s", meaning))):
        return None
    return shape, bare, meaning


def _named_back(doc: SourceDoc, s: Sentence) -> tuple[str, str, str] | None:
    """("back", term, the sentence before) for "This effect is called herd immunity." when the sentence
    before is in the same paragraph, a plain statement that leans on nothing further back and does not hold the term."""
    m = NAMED_BACK.match(s.text.strip())
    before = doc.sentences[s.position - 1] if m and s.position > 0 and s.role == "body" else None
    if m and re.match(r",\s(?!and\b|or\b|which\b|a\b|an\b|the\b)[a-z-]+(?:\s[a-z-]+)?(?:,|\s(?:and|or)\s)", s.text[m.end("term"):]):
        return None  # "These three jobs are called erosion, transport and deposition.": one of a list is no term
    if before is None or before.paragraph != s.paragraph or before.role != "body" or not (
            before.stance == "fact" or before.stance == "opinion" and not doc.argued and not STRONG & set(before.cues)):
        return None
    meaning = before.text.strip()
    term = ARTICLE_WORDS.sub("", m.group("term"))
    if (not meaning.endswith(".") or LEANS_BACK.match(meaning) or not 5 <= len(meaning.split()) <= 35
            or ":" in meaning or "?" in meaning or fold(term) in fold(meaning) or term.lower() in DOC_KINDS
            or term.split()[0].lower() in TERM_STOP or re.search(r"\b(?:I|we|our|us|you|your)\b", meaning, re.I)):
        return None
    return "back", term, meaning[:-1]


def doc_glosses(doc: SourceDoc) -> dict[int, tuple[str, str, str]]:
    """The document's glosses by sentence position (computed once), not of a sentence `ideas` reads as 'X is a …'."""
    if "glosses" not in doc.hints:
        doc.hints["glosses"] = {s.position: g for s in doc.sentences if not (s.parse and _definition(s))
                                and (g := gloss(s) or _named_back(doc, s))}
    return doc.hints["glosses"]


def _prompt(shape: str, meaning: str) -> str:
    """The definition form for the meaning: a noun phrase, a clause quoted, or 'which term means …'."""
    if shape == "clause":
        return f"Which term names this: “{meaning}”?"
    if shape.startswith("means:"):
        verb = shape.split(":")[1]
        return f"Which term {'means' if verb == 'mean' else verb} {meaning}?"
    return f"What is the name for {meaning}?"


def _tail(a: str, b: str) -> bool:
    """One term ends the other (or they are one term)."""
    a, b = fold(a), fold(b)
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


def others_for(term: str, pool) -> list[str]:
    """The pool's terms of the key's number, sorted; none ending as another ("erosion", "soil erosion") nor an
    ordinal label ("third factor": read as a term from "The third factor is …")."""
    others: list[str] = []
    for t in sorted(pool):
        if plural(t) == plural(term) and t.lower() not in DOC_KINDS and not any(_tail(t, o) for o in [term] + others) \
                and not re.match(r"(?:the\s)?(?:first|second|third|fourth|fifth|next|last|final|other)\b", t, re.I):
            others.append(t)
    return others


def for_sentence(doc: SourceDoc, s: Sentence, asked: set[str]) -> tuple[Candidate, Flashcard | None] | None:
    """The definition question of a glossed term not asked yet in its document, and its flashcard."""
    found = doc_glosses(doc).get(s.position)
    if not found or fold(found[1]) in asked:
        return None
    shape, term, meaning = found
    pool = {fold(t): t[:1].lower() + t[1:] if t[1:].islower() else t
            for t in list(term_pool(doc).values()) + [g[1] for g in doc_glosses(doc).values()]}
    others = others_for(term, pool.values())
    if SUBJECT_GLOSS.match(s.text) and s.text.startswith(term):  # "Chlorophyll, the …": options written alike
        others = [o[:1].upper() + o[1:] for o in others]
    prompt = _prompt(shape, meaning)
    if shape == "back":  # the two sentences as written: "this effect" is the text's own word here
        prompt = "Complete the text: “{}. {}”".format(meaning, re.sub(rf"\b{re.escape(term)}\b", "_____", s.text.strip(), count=1))
    c = _ask(doc, s, prompt, term, others, "define", min_options=2)
    c.prompt = prompt
    card = Flashcard(f"What {'are' if plural(term) else 'is'} {term}?", meaning, doc.id, s.text, s.paragraph,
                     "definition") if shape in ("np", "back") else None
    return c, card


def character_lines(doc: SourceDoc) -> dict[int, tuple[str, str]]:
    """Sentence position -> (name, role) for each line of a list of people: two such lines or more in a document,
    the role a person's ("the caravan leader", "a young trader who …", "Kofi's mother")."""
    found = {}
    for s in doc.sentences:
        m = CHARACTER.match(s.text.strip())
        if m and s.role == "body" and (is_role(m.group("meaning")) or "'" in m.group("meaning")
                                       or "’" in m.group("meaning")) and not PRONOUN.search(m.group("meaning")):
            found[s.position] = (m.group("name"), m.group("meaning").strip())
    return found if len(found) >= 2 else {}


def character_items(doc: SourceDoc) -> list[Candidate]:
    """'Who is the caravan leader?' for each line of a list of people, the list's other names as options."""
    lines = character_lines(doc)
    names = [name for name, _ in lines.values()]
    out = []
    for at, (name, meaning) in lines.items():
        prompt = f"In {doc.ref}, who is {meaning}?"
        others = sorted((n for n in names if n != name and fold(n) not in fold(prompt)), key=lambda n: digest(n, name))
        c = _ask(doc, doc.sentences[at], prompt, name, [], "define_person")
        if len(others) >= 3:  # `_ask` takes a one-word name for a term; the list's names are people
            c.type, c.choices = "multiple_choice", sorted([name] + others[:3], key=lambda n: digest(n, prompt))
        c.answer_kind = "person"
        c.pending["people list"] = True  # the options are people by the list itself (`keep_rules.mixed_options`)
        out.append(c)
    return out


@stage("glosses", requires=["idea_candidates"], provides=["gloss_candidates"])
def glosses_stage(corpus: Corpus) -> Corpus:
    """A definition question for each term a document glosses and does not define as 'X is a …'."""
    for doc in corpus.docs:
        asked = {fold(ARTICLE_WORDS.sub("", str(c.answer))) for c in corpus.candidates
                 if c.doc_id == doc.id and c.template == "define"}
        corpus.candidates.extend(character_items(doc) + labelled_items.items(doc))
        for s in doc.sentences:
            ok = usable(s, blanks=True, standalone="; this " not in s.text) or s.text.startswith("By ") and \
                s.role == "body" or NAMED_BACK.match(s.text)  # "…; this is called X" leans on its own first half;
            # "By X we mean …" is no opinion; "This is called X." names the sentence before
            made = for_sentence(doc, s, asked) if s.parse and ok else None
            if made:
                asked.add(fold(str(made[0].answer)))
                corpus.candidates.append(made[0])
                corpus.flashcards.extend([made[1]] if made[1] else [])
    return corpus

