"""Ideas stage: questions on what a text explains, read from the parse (issue 13, items 2 and 3).

Three forms, each with distractors of the same kind from the same document:

- **definition**: "Photosynthesis is the process by which …" -> "What is the name for the process by which …?"
  (the other terms the document defines, names with "called" or lists after a colon); the reverse ("What is
  photosynthesis?") becomes a flashcard. A person described this way ("Scout is a bold, curious girl …") gives
  "Who is …?" with the document's other people as options.
- **what a term does**: a sentence whose subject is one of the document's terms ("Imperialism caused rivalry
  between the powers.") -> "What caused rivalry between the powers?" with the sibling terms as options.
- **what the X is**: "The most obvious theme is racial injustice." -> "What is the most obvious theme …?" with the
  document's other themes (causes, results, symbols …) as options.

`select` ranks these above a blank in the same sentence (a main idea before a detail); the form of the document's
own work ("The poem is a sonnet") is asked forwards by `forms.own_form`."""
from __future__ import annotations

import re

from studyapp.generator.lexicon import fold
from studyapp.generator.model import Candidate, Corpus, Flashcard, Sentence, SourceDoc
from studyapp.generator.pipeline import stage
from studyapp.generator.stages import keep_rules, phrasing as ph
from studyapp.generator.stages.definitions import (ARTICLE, CONTEXT_WORDS, DOC_KINDS, MAX_TERM_WORDS, _clean_subject,  # noqa: F401
                                                   _definition, _span, kin, not_a_term)
from studyapp.generator.stages.generate import base, digest, doc_terms, usable
from studyapp.generator.stages.forms import own_form
from studyapp.generator.stages.kinds import a_writer
from studyapp.generator.stages.salience import title_subjects
from studyapp.generator.stages.term_gaps import repeated_terms, term_gap

# nouns naming what a sentence is about when it says "The main X is Y": the X's of one document are options
KIND_NOUNS = {"theme", "themes", "symbol", "motif", "cause", "causes", "result", "results", "consequence", "effect",
              "reason", "aim", "purpose", "message", "function", "role", "lesson", "idea", "problem", "source",
              "product", "products", "stage", "step", "type", "form", "argument"}
COLON_LIST = re.compile(r":\s*((?:[a-z][a-z-]+(?:\s[a-z][a-z-]+){0,2},\s*)+[a-z][a-z-]+(?:\s[a-z][a-z-]+){0,2},?\s+"
                        r"(?:and|or)\s+[a-z][a-z-]+(?:\s[a-z][a-z-]+){0,2})[.;]")
PERSON_NOUN = re.compile(r"^(?:a|an|the)\s+(?:[\w-]+,?\s+){0,3}(?:girl|boy|man|woman|lawyer|father|mother|brother|"
                         r"sister|friend|teacher|child|daughter|son|king|queen|farmer|doctor|soldier|leader|neighbour)\b|^(?:a|an|the)\s+(?:[\w-]+,?\s+){1,4}who\b")  # "… who": a person (read u)
SYMBOL = re.compile(r"(?:a|an|the)\s+(?:\w+\s+)?(?:symbol|sign|metaphor|image|emblem)\b", re.I)
MAX_ANSWER_WORDS = 8


def _kind_statement(s: Sentence) -> tuple[str, str, str] | None:
    """(kind noun, subject, answer) for 'The most obvious theme is racial injustice.'-like sentences; also 'A
    second theme is the loss of innocence, as …' (an ordinal subject: its answer is asked with the clause after
    it, see `_illustrated`)."""
    p = s.parse
    if not _clean_subject(s) or not p.complement or p.subject_head not in KIND_NOUNS:
        return None
    subject, answer = _span(s, p.subject), _span(s, p.complement).split(",")[0].strip()
    whole = p.complement[1] >= len(s.text.rstrip(" .")) - 1 and "," not in _span(s, p.complement)
    if CONTEXT_WORDS.search(subject) or not (re.match(r"(?:the|one)\s", subject, re.I) or ORDINAL.match(subject)) or (
            not 1 <= len(answer.split()) <= MAX_ANSWER_WORDS or len(subject.split()) > 6
            or not whole and not _illustrated(s, answer) or not answer[:1].isalpha()):
        return None
    return p.subject_head.rstrip("s"), subject, answer


ORDINAL = re.compile(r"^(?:a|another)\s(?:second|third|fourth|fifth|further|last|final)\s", re.I)
ILLUSTRATION = re.compile(r",\s(?:as|because|since|when|where)\s(?P<clause>[^,;]{15,}?)\.?$")


# "Scout and Jem discover that the adults around them …": the clause names its people first, so its pronouns are theirs


def _illustrated(s: Sentence, answer: str) -> str:
    """What the sentence shows its answer with, after a comma: '…, as Scout and Jem discover that …' -> 'Scout and
    Jem discover that …' ("" when there is no such clause)."""
    at = s.text.find(answer)
    found = ILLUSTRATION.search(s.text[at + len(answer):]) if at >= 0 else None
    return found.group("clause").strip() if found else ""


CLAUSE_NAMES = re.compile(r"^[A-Z][\w'-]+(?P<pair>\s(?:and|or)\s[A-Z][\w'-]+)?\s[a-z]")


def _leans_out(clause: str) -> bool:
    """A pronoun of the clause has no antecedent inside it: 'Scout and Jem discover that the adults around them …'
    keeps its "them" (its names open it, plural as the pronoun), 'he cries' does not."""
    pronouns = {p.lower() for p in re.findall(r"\b(he|she|it|they|them|him|her|his|their)\b", clause, re.I)}
    names = CLAUSE_NAMES.match(clause)
    if not pronouns or not names:
        return bool(pronouns)
    return not pronouns <= ({"they", "them", "their"} if names.group("pair") else {"he", "him", "his", "she", "her"})


# "Tom Robinson and Boo Radley are both "mockingbirds": innocent people harmed by the cruelty of others."
LABELLED = re.compile(r"^(?:In [^,]{3,40},\s)?(?P<who>[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)*(?:,?\s(?:and|or)\s[A-Z][\w'-]+"
                      r"(?:\s[A-Z][\w'-]+)*)?)\s(?:are|is|was|were)\s(?:both\s|all\s)?[\"“'‘](?P<label>[^\"”'’]{3,40})"
                      r"[\"”'’]:\s(?P<meaning>[^.;]{10,150})\.$")


def _labelled(corpus: Corpus, doc: SourceDoc, s: Sentence) -> Candidate | None:
    """'Who are “mockingbirds” in the text, that is, innocent people harmed …?' for a sentence that gives people a
    symbolic label and says what it means; other people of the text (paired like the key) as options."""
    found = LABELLED.match(s.text.strip())
    if not found:
        return None
    who = found.group("who")
    names = re.split(r",?\s(?:and|or)\s", who)
    known = dict(_people(corpus, doc))
    known.update({fold(m.text): m.text for m in doc.mentions if m.kind in ("person", "name") and " " in m.text
                  and all(w[:1].isupper() for w in m.text.split())
                  and keep_rules.option_kind(corpus, doc, m.text) == "person"})
    people = sorted({p for p in known.values() if fold(p) not in fold(who) and fold(who) not in fold(p)
                     and not any(fold(p) in fold(n) or fold(n) in fold(p) for n in names)})
    if not any(a_writer(doc, n) for n in names):  # no author or critic among characters (blind read 29n)
        people = [p for p in people if not a_writer(doc, p)]
    if any(fold(n) not in known for n in names) or len(people) < 2:
        return None
    h = digest(doc.id, s.text, "labelled")
    others = sorted(people, key=lambda p: digest(p, str(h)))
    pairs = [" and ".join(others[i:i + len(names)]) for i in range(0, len(others) - len(names) + 1, len(names))]
    prompt = (f"{_according(doc)}who {'are' if len(names) > 1 else 'is'} “{found.group('label')}”, that is, "
              f"{found.group('meaning')}?")
    c = base(doc, s, "multiple_choice" if len(pairs) >= 2 else "short_answer", prompt, who, None, "symbol")
    if len(pairs) >= 2:
        c.choices = sorted([who] + pairs[:3], key=lambda o: digest(o, str(h)))
    c.answer_kind = "person"
    return c


# "The skull of Yorick stands for death, which …": a symbol and its meaning (blind read 29q: themes and symbols)
STANDS_FOR = re.compile(r"^(?P<symbol>[A-Z][\w' -]{2,50}?)\s+(?P<verb>stands for|stand for|represents|represent|"
                        r"symboli[sz]es|symboli[sz]e)\s+(?P<meaning>[^;,]{3,100}?)(?:,\s+(?:which|who)\b[^;]*)?\.$")


def _stands_for(corpus: Corpus, doc: SourceDoc, s: Sentence) -> Candidate | None:
    """'According to …, what stands for death?' for 'The skull of Yorick stands for death.', the document's other
    symbols as options (multiple choice only: two others at least)."""
    found = STANDS_FOR.match(s.text.strip())
    if not found or not _clean_subject(s) or CONTEXT_WORDS.search(found.group("symbol")):
        return None
    if "symbols" not in doc.hints:
        doc.hints["symbols"] = [m.group("symbol") for o in doc.sentences if (m := STANDS_FOR.match(o.text.strip()))]
    symbol = found.group("symbol")
    pool = [o[:1].lower() + o[1:] if o.split()[0] in ("The", "A", "An") else o
            for o in doc.hints["symbols"] if fold(o) != fold(symbol)]
    verb = {"stand for": "stands for", "represent": "represents"}.get(found.group("verb"), found.group("verb"))
    prompt = f"{_according(doc)}what {verb} {found.group('meaning')}?"
    c = _ask(doc, s, prompt, symbol[:1].lower() + symbol[1:] if symbol.split()[0] in ("The", "A", "An") else symbol,
             pool, "symbol", min_options=2)
    return c if c.type == "multiple_choice" else None


def term_pool(doc: SourceDoc) -> dict[str, str]:
    """The document's terms, folded -> as written: defined subjects, 'called' terms, members of colon lists."""
    if "idea_terms" not in doc.hints:
        pool: dict[str, str] = {}
        for s in doc.sentences:
            found = _definition(s)
            if found and not _person(doc, found[0]) and not PERSON_NOUN.search(found[1]):
                term = ARTICLE.sub("", found[0])
                if " " not in term and term[1:].islower():  # "Erosion is …": a common noun at the sentence start
                    term = term.lower()
                pool.setdefault(fold(term), term)
            for match in COLON_LIST.finditer(s.text):
                if re.search(r"\b(?:such as|for example|for instance|e\.g\.|like|including)\b", match.group(1)):
                    continue  # "Land: all natural resources, such as soil, forests, oil and fish": examples (set 9)
                for item in re.split(r",\s*|,?\s+(?:and|or)\s+", match.group(1)):
                    if item.strip():
                        pool.setdefault(fold(item.strip()), item.strip())
        for t in doc_terms(doc) + repeated_terms(doc):
            pool.setdefault(fold(t), t)
        doc.hints["idea_terms"] = pool
    return doc.hints["idea_terms"]


def _person(doc: SourceDoc, name: str) -> bool:
    """The name is one of the document's people (the analyse stage's entities)."""
    return fold(name) in doc.hints.get("people", {})


def _people(corpus: Corpus, doc: SourceDoc) -> dict[str, str]:
    """The people the document names, folded full name -> name (computed once per document)."""
    if "people" not in doc.hints:
        doc.hints["people"] = {fold(e.name): e.name for e in corpus.entities.values()
                               if e.kind == "person" and doc.id in e.docs}
        for m in doc.mentions:  # a one-word name the text uses ("Scout") is a person of this document too
            if m.kind == "person" and " " not in m.text:
                doc.hints["people"].setdefault(fold(m.text), m.text)
    return doc.hints["people"]


def _like(answer: str, option: str) -> str:
    """The option capitalised as the answer is."""
    return option[:1].upper() + option[1:] if answer[:1].isupper() else option


def _holds(a: str, b: str) -> bool:
    """One of two options ends with the other ("tides", "spring tides"): the gate refuses such a set (point)."""
    a, b = fold(ARTICLE.sub("", a)), fold(ARTICLE.sub("", b))
    return a != b and (b.endswith(" " + a) or a.endswith(" " + b))


def _options(answer: str, pool: list[str], prompt: str, h: int, n: int = 3) -> list[str]:
    """Up to n options from the pool that are not the answer and do not stand in the prompt, picked by h."""
    folded_prompt, folded_answer = fold(prompt), fold(ARTICLE.sub("", answer))
    picked = []
    proper = ARTICLE.sub("", answer)[:1].isupper() and not ARTICLE.sub("", answer)[1:2].islower() or " " in answer \
        and answer.split()[-1][:1].isupper()
    rest = sorted({p for p in pool if fold(ARTICLE.sub("", p)) != folded_answer
                   and (p.split()[-1][:1].isupper()) == proper
                   and fold(ARTICLE.sub("", p)) not in folded_prompt and folded_answer not in fold(p)},
                  key=lambda p: digest(p, str(h)))
    for p in rest:
        if fold(p) not in {fold(x) for x in picked} and not any(_holds(p, x) for x in picked + [answer]):
            picked.append(_like(answer, p))
        if len(picked) == n:
            break
    return picked


def _ask(doc: SourceDoc, s: Sentence, prompt: str, answer: str, pool: list[str], template: str,
         min_options: int = 3) -> Candidate:
    """A multiple-choice candidate when the pool gives enough options, else a short answer."""
    h = digest(doc.id, s.text, template)
    options = _options(answer, pool, prompt, h)
    if len(options) >= min_options:
        c = base(doc, s, "multiple_choice", prompt, answer, None, template)
        c.choices = sorted([answer] + options, key=lambda o: digest(o, str(h)))
    else:
        c = base(doc, s, "short_answer", prompt, answer, None, template)
    c.answer_kind = "term"
    return c


def _title_subject(doc: SourceDoc, term: str) -> bool:
    """The term is what the title names ("Monsoon", "The Cardiac Cycle: How the Heart Pumps Blood")."""
    return ARTICLE.sub("", fold(term)).rstrip("s") in {subject.rstrip("s") for subject in title_subjects(doc)}


def _what_is(corpus: Corpus, doc: SourceDoc, s: Sentence, term: str, meaning: str) -> Candidate | None:
    """"What is a monsoon?" with the meaning as key and the document's other definitions' meanings as options."""
    others = sorted({m for other in doc.sentences if other is not s and (d := _definition(other))
                     and fold(ARTICLE.sub("", d[0])) != fold(ARTICLE.sub("", term)) and (m := d[1]) != meaning
                     and not PERSON_NOUN.search(m)}, key=lambda m: digest(m, doc.id))
    if len(others) < 2:  # systole and diastole beside the cardiac cycle: confusable, so fair
        return None
    h = digest(doc.id, s.text, "what_is")
    c = base(doc, s, "multiple_choice", f"What is {ph.lower_first(term, corpus.mid_caps)}?", meaning, None, "what_is")
    c.choices = sorted([meaning] + others[:3], key=lambda o: digest(o, str(h)))
    c.answer_kind = "meaning"
    return c


def _according(doc: SourceDoc) -> str:
    """'According to “Title”, ' or 'According to the text by X, '."""
    return f"According to {doc.ref}, "


def for_sentence(corpus: Corpus, doc: SourceDoc, s: Sentence) -> tuple[list[Candidate], list[Flashcard]]:
    """The idea candidates of one sentence (at most one) and the flashcards of its reverse form."""
    terms = term_pool(doc)
    people = _people(corpus, doc)
    body = s.text.rstrip()[:-1].rstrip()
    found = _definition(s)
    if found:
        term, meaning = found
        name = ARTICLE.sub("", term) if term[:1].islower() or fold(ARTICLE.sub("", term)) in terms else term
        if fold(term) in people or fold(name) in people or term[:1].isupper() and PERSON_NOUN.search(meaning):
            prompt = f"In {doc.ref}, who is {meaning}?"
            c = _ask(doc, s, prompt, term, list(people.values()), "define_person")
            return [c], []
        card = Flashcard(f"What {s.parse.root} {ph.lower_first(term, corpus.mid_caps)}?", meaning, doc.id, s.text,
                         s.paragraph, "definition")
        if _title_subject(doc, name):  # "Monsoon": its name is the headline, so ask what it is (issue 13)
            back = _what_is(corpus, doc, s, term, meaning)
            if back is not None:
                return [back], [card]
        prompt = f"What is the name for {meaning}?"
        if SYMBOL.match(meaning):  # "The lantern is a symbol of hope." -> "What is a symbol of hope?"
            prompt, name = f"What is {meaning}?", term
        return [_ask(doc, s, prompt, name, kin(doc, meaning, list(terms.values())), "define", min_options=2)], [card]
    kind = _kind_statement(s)
    if kind:
        noun, subject, answer = kind
        pool = [a for other in doc.sentences if other is not s and (k := _kind_statement(other)) and k[0] == noun
                for a in [k[2]]]
        shown = _illustrated(s, answer)
        if ORDINAL.match(subject) or shown:  # "A second theme is …": ask which one the clause illustrates
            if not shown:
                return [], []
            if _leans_out(shown):
                return [], []  # a pronoun of the clause points outside it: the gate could not tell
            prompt = f"{_according(doc)}which {noun} is shown when {shown}?"
        else:
            prompt = f"{_according(doc)}what {s.parse.root} {ph.lower_first(subject, corpus.mid_caps)}?"
        return [_ask(doc, s, prompt, answer, pool, "kind_is", min_options=2)], []
    labelled = _labelled(corpus, doc, s)
    if labelled:
        return [labelled], []
    standing = _stands_for(corpus, doc, s)
    if standing:
        return [standing], []
    p = s.parse
    subject = _span(s, p.subject) if p.subject else ""
    if _clean_subject(s) and not p.complement and fold(subject) in terms and not not_a_term(subject):
        rest = body[p.subject[1]:p.second_clause if (p.second_clause or 0) > p.subject[1] else None].strip()
        if rest and re.match(r"[a-z]", rest) and ":" not in rest and not re.search(r"\b(it|they|them|this|these|its|their)\b", rest):
            prompt = f"{_according(doc)}what {rest}?"
            return [_ask(doc, s, prompt, subject, list(terms.values()), "term_does")], []
    return [], []


@stage("ideas", requires=["sentences", "parses", "stances", "entities"], provides=["idea_candidates"])
def ideas_stage(corpus: Corpus) -> Corpus:
    """Definition, what-a-term-does and what-the-X-is questions from every usable sentence."""
    for doc in corpus.docs:
        for s in doc.sentences:
            # in a text of facts a definition with a mild value word ("… how likely an event is") still defines
            if s.parse and (usable(s) or not doc.argued and usable(s, blanks=True) and _definition(s)):
                questions, cards = for_sentence(corpus, doc, s)
                questions = questions or own_form(doc, s) or [g for g in [term_gap(
                    doc, s, term_pool(doc), (_definition(s) or [""])[0])] if g]
                corpus.candidates.extend(questions)
                corpus.flashcards.extend(cards)
    return corpus
