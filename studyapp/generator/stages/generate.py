"""Generate stage, fact questions: multiple choice, true/false, cloze, numeric and short answer from sentences."""
from __future__ import annotations

import hashlib
import re

from studyapp.generator import lexicon as lx
from studyapp.generator.model import Candidate, Corpus, Mention, Sentence, SourceDoc
from studyapp.generator.pipeline import stage
from studyapp.generator.stages import phrasing as ph
from studyapp.generator.stages import term_kinds
from studyapp.generator.stages.aliases import ACRONYM_AFTER, own_acronym
from studyapp.generator.stages.entities import np_head
from studyapp.generator.stages.parse import about_the_writer
from studyapp.generator.stages.quantities import FIGURE_KINDS, derivable, hedged, typed_tolerance
from studyapp.generator.stages.side_points import aside
from studyapp.generator.stages.years import latest_year

NUMBER_ORDER = ["percent", "money", "date", "year", "count", "ordinal", "range", "decade", "century", "count_word"]
ENTITY_ORDER = ["person", "org", "country", "city", "event", "place", "region", "name", "acronym"]
META = re.compile(r"\b(deserves? to be mentioned|should be (?:taken into account|made|noted)|it is worth|let us|"
                  r"we will|as follows|as following|will be covered|three key points)\b", re.I)
DANGLING = re.compile(r"^(he|she|it|they|this|these|those|that|such|its|their|his|her|them|both|the latter|"
                      r"the former|the same|the two|the above|there(?!\s+(?:is|are|was|were|have|has|had)\b))\b", re.I)
RANGE_END, RANGE_START = re.compile(r"\d\s*[–-]\s*$"), re.compile(r"^\s*[–-]\s*\d")  # either end of '1912–13'


def digest(*parts: str) -> int:
    """A stable integer from text, for deterministic choices."""
    return int(hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:8], 16)


STRONG = {"should", "must", "ought", "best", "worst", "unfortunately", "fortunately", "hopefully", "worrisome", "weird",
          "desperate", "excellent", "misleading", "inevitable", "underappreciated", "dangerous", "risky", "better",
          "greatest", "clearly", "obviously", "undoubtedly", "arguably", "surely", "might", "may", "seems", "seem",
          "probably", "perhaps", "would", "could", "think", "believe", "feel", "hardly", "fundamental"}

# a line with no clause ("A school bag with the logo, £7."): a list item or a price list, no statement (read s)
FRAGMENT_ROOTS = {"NOUN", "PROPN", "NUM", "ADJ", "X", "SYM"}


def usable(s: Sentence, blanks: bool = False, standalone: bool | None = True) -> bool:
    """A self-contained, declarative body sentence of reasonable length, stated as fact (or, for blanks, with
    only mild evaluative words: the blanked name or number is still something the text states), whose subject
    (from the parse) is not a pronoun, "his X" or "the author" that needs the sentence before (unless `standalone` is
    False: a timeline item is rewritten around its date and shown beside other events; None: a resolved it too)."""
    text = s.text.strip()
    body, _ = ph.statement(s)
    n = len(body.split())
    stated = s.stance == "fact" or blanks and s.stance == "opinion" and not STRONG & set(s.cues)
    return (s.role == "body" and stated and text.endswith((".", ".”", ".\"", ".’")) and 6 <= n <= 55
            and not (DANGLING.match(body) and (standalone or not re.match(
                r"(?:he|she|it)\b" if standalone is None else r"(?:he|she)\b", body, re.I)))
            and text.count("“") == text.count("”") and text.count('"') % 2 == 0
            and text.count("(") == text.count(")") and not re.search(r"\b(I|we|our|us|my)\b", body)
            and not META.search(text) and not (standalone and s.parse and s.parse.context_subject)
            and not (s.parse and s.parse.root_pos in FRAGMENT_ROOTS and s.parse.subject is None
                     and not s.parse.has_verb))


CLOCK = re.compile(r"^\s*(am|pm|a\.m\.|p\.m\.|o'clock)\b", re.I)


def answer_mentions(doc: SourceDoc, corpus: Corpus, ms: list[Mention]) -> list[Mention]:
    """Mentions that make good answers: numbers first (not clock times), then named entities that are not the
    main topic, those set off by commas before the main verb last (`side_points.aside`); none from a sentence about
    the writer."""
    s = doc.sentences[ms[0].sentence] if ms else None
    if s is None or about_the_writer(doc, s):
        return []
    nums = sorted((m for m in ms if m.kind in NUMBER_ORDER and not CLOCK.match(s.text[m.end:])),
                  key=lambda m: NUMBER_ORDER.index(m.kind))
    names = [m for m in ms if m.kind in ENTITY_ORDER and m.key not in doc.main_topics and not m.in_list
             and not (m.kind == "name" and " " not in m.text and m.text.lower() in corpus.lower_vocab)
             and len(m.text) > 2 and not (m.text.isupper() and f"({m.text})" in s.text)
             and (not ACRONYM_AFTER.match(s.text[m.end:]) or own_acronym(s.text, m, ms))]
    names.sort(key=lambda m: (aside(s, m.start, m.end), ENTITY_ORDER.index(m.kind)))
    return [m for m in nums if m.kind != "count_word"] + names + [m for m in nums if m.kind == "count_word"]


def kind_word(m: Mention, corpus: Corpus, doc: SourceDoc) -> str:
    """'Who', 'Which country', or 'Which vehicle' from the entity's own definition."""
    if m.kind in ph.WH:
        return ph.WH[m.kind]
    if "term_heads" not in doc.hints:  # the first usable head of each term's definitions, found once
        heads: dict[str, str] = {}
        for d in doc.definitions:
            if d.kind == "term" and d.term not in heads:
                head = np_head(d.meaning)
                if head and head.isalpha():
                    heads[d.term] = f"Which {head}"
        doc.hints["term_heads"] = heads
    return doc.hints["term_heads"].get(m.text, "")


def base(doc: SourceDoc, s: Sentence, qtype: str, prompt: str, answer, m: Mention | None, template: str) -> Candidate:
    """A fact candidate citing sentence `s`; a number word ("nine million soldiers", brief en16) is a count to every
    gate, its blank typed as written or in digits."""
    return Candidate(type=qtype, kind="fact", prompt=ph.definite(prompt), answer=answer, doc_id=doc.id, quote=s.text,
                     paragraph=s.paragraph, sentence=s.position, topic=s.section or doc.title, template=template,
                     answer_kind=("count" if m.kind == "count_word" else m.kind) if m else "", answer_key=m.key if m else "",
                     explanation=f"The text says: “{s.text}”",
                     aliases=[f"{m.value:g}"] if m and m.kind == "count_word" and m.value is not None else [])


def numeric_value(m: Mention) -> tuple[str, float, int] | None:
    """(digits as written, value, decimals) of a number mention, scale words left in the sentence."""
    match = re.search(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", m.text)
    if not match:
        return None
    digits = match.group()
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return digits, float(digits.replace(",", "")), decimals


def for_sentence(doc: SourceDoc, corpus: Corpus, s: Sentence, ms: list[Mention],
                 true_false: bool = True) -> list[Candidate]:
    """Up to four candidates from one sentence: by its best answer span, its second one, and true/false."""
    out: list[Candidate] = []
    body, cut = ph.statement(s)
    targets = [m for m in answer_mentions(doc, corpus, ms) if m.start >= cut
               and not (m.kind in NUMBER_ORDER and (RANGE_END.search(s.text[:m.start]) or  # '13' of '1912–13'
                                                    derivable(s.text, m.start, m.end, m.kind in FIGURE_KINDS)))]
    h = digest(doc.id, s.text)
    topics = {k for d in corpus.docs for k in d.main_topics}
    for rank, m in enumerate(targets[:2]):
        start, end = m.start - cut, m.end - cut + (own_acronym(s.text, m, ms) if m.kind in ENTITY_ORDER else 0)
        shown = ph.window(body, start, end)
        if not shown:
            continue
        if m.kind in NUMBER_ORDER:
            out.extend(_number_questions(doc, s, m, body, shown, start, end, h + rank, corpus))
        else:
            out.extend(_entity_questions(doc, s, m, body, shown, start, end, h + rank, corpus))
    swappable = [m for m in ms if m.start >= cut and m.kind in ("person", "country", "city", "org", "year", "date",
                                                                  "percent", "money", "count", "ordinal")
                 and m.key not in topics
                 and not RANGE_END.search(s.text[:m.start]) and not RANGE_START.match(s.text[m.end:])]
    if len(body) <= 260 and swappable and true_false:
        swap = swappable[h % len(swappable)]
        tf = base(doc, s, "true_false", f"True or false? {body}", "True", swap, "tf")
        tf.choices = ["True", "False"]
        tf.pending = {"swap": (swap.start - cut, swap.end - cut, swap.text, swap.kind, swap.key), "statement": body}
        tf.prompt = ph.definite(f"True or false? {body}")
        out.append(tf)
    return out


def _number_questions(doc, s, m, body, shown, start, end, h, corpus) -> list[Candidate]:
    """Numeric, time wh-question, sentence completion or cloze for a number span."""
    out = []
    if m.kind in ("percent", "money", "count") and (h % 3 != 0 or m.kind == "count"):
        parsed = numeric_value(m)
        if parsed:
            digits, value, decimals = parsed
            at = m.text.find(digits)
            prompt = f"Fill in the number: “{ph.blank(shown, start + at, start + at + len(digits))}”"
            c = base(doc, s, "numeric", prompt, int(value) if value.is_integer() else value, m, "numeric")
            c.tolerance = typed_tolerance(value, decimals, hedged(doc, m), m.kind == "percent")
            out.append(c)
            return out
    if m.kind in ("year", "date"):
        wh = ph.wh_time(shown, m, m.start - start, m.kind, corpus.mid_caps, s.parse)
        if wh:
            c = base(doc, s, "multiple_choice", wh, m.text, m, "wh_time")
            c.pending = {"distractors": "number"}
            out.append(c)
            return out
    if m.kind in ("year", "date", "percent", "money", "ordinal") and (h % 2 == 0 or m.kind == "date"):  # a typed date fails
        c = base(doc, s, "multiple_choice", f"Complete the sentence: “{ph.blank(shown, start, end)}”", m.text, m,
                 "complete")
        c.pending = {"distractors": "number"}
        out.append(c)
        return out
    out.append(base(doc, s, "cloze", ph.blank(shown, start, end), m.text, m, "cloze"))
    return out


def _entity_questions(doc, s, m, body, shown, start, end, h, corpus) -> list[Candidate]:
    """Wh-question (multiple choice or short answer), sentence completion or cloze for a named entity."""
    word = kind_word(m, corpus, doc)
    if word and len(shown) == len(body):
        wh = ph.wh_subject(body, m, m.start - start, word, s.parse.second_clause if s.parse else None)
        if wh:
            entity = corpus.entities.get(m.key)
            short = len(m.text.split()) <= 4 and (h % 2 == 1 or m.kind == "name")
            c = base(doc, s, "short_answer" if short else "multiple_choice", wh, m.text, m, "wh_subject")
            c.aliases = sorted(({f for f in entity.forms if f != m.text} | (
                {entity.name} if entity.name != m.text else set()) if entity else set()) | set(lx.answer_names(m.text, latest=latest_year(doc))))
            if not short:
                c.pending = {"distractors": "entity"}
            return [c]
    entity = corpus.entities.get(m.key)
    governs = bool(re.search(r"\bofficial\s+$", body[:start]))  # "close to official Moscow": the Russian state
    aliases = sorted({f for f in (entity.forms if entity else []) if f != m.text} | set(lx.answer_names(m.text, governs, latest_year(doc))))
    # a gap on a name is typed: with names lifted from the texts as options teachers kept a third of them, typed
    # two in five (reads p and q, docs/blind-reads/README.md)
    c = base(doc, s, "cloze", ph.blank(shown, start, end), m.text, m, "cloze")
    c.aliases = aliases
    return [c]


# A term the text names for the reader: "in a process called subduction", "it is known as lava".
CALLED = re.compile(r"(?<!so-)\b(?:called|known as|termed|referred to as)\s+(?:(?:the|a|an)\s+)?[\"“‘']?"
                    r"(?P<term>[A-Za-z][a-z-]{2,}(?:\s[A-Za-z][a-z-]{2,}){0,2})(?P<next>[\"”’']?\s*(?:[,.;:)]|\w+)?)")
TERM_STOP = set("""the a an of from in on at to by for with and or but which that who whose where when while is are
was were be been its their his her this these those as into than then because after before during over under
through across along about around""".split())
NAMED_THING = set("it them him her us me you this that these those itself themselves himself herself".split())
MAX_TERMS_COUNTED = 200  # terms of several words looked up again in one document; no real text has as many


def _term(match: re.Match, doc: SourceDoc) -> str:
    """The term of a CALLED match, or "" when where it ends is unclear ('called the floodplain forms on …'):
    it ends at punctuation, or at a function word when it is one word or used again; "called them …" names no term."""
    words = match.group("term").split()
    cut = 0 if words[0].lower() in NAMED_THING else \
        next((i for i, w in enumerate(words) if w.lower() in TERM_STOP), len(words))
    term = " ".join(words[:cut])
    after = words[cut] if cut < len(words) else match.group("next").strip(" \"”’'")
    if not term or len(term) < 4:
        return ""
    if after and after[0] in ",.;:)":
        return term
    if after.lower() in TERM_STOP and (" " not in term or _used_again(doc, term.lower())):
        return term
    return ""


def _used_again(doc: SourceDoc, term: str) -> bool:
    """The lower-case term occurs at least twice in the document's sentences (each term looked up once)."""
    if "used_again" not in doc.hints:
        doc.hints["used_again"] = {}
        doc.hints["sentences_lower"] = " ".join(s.text for s in doc.sentences).lower()
    found, text = doc.hints["used_again"], doc.hints["sentences_lower"]
    if term not in found:
        if len(found) >= MAX_TERMS_COUNTED:
            return False
        first = text.find(term)
        found[term] = first >= 0 and text.find(term, first + len(term)) >= 0
    return found[term]


def called_terms(doc: SourceDoc, s: Sentence) -> list[Candidate]:
    """A cloze on a term the sentence introduces ('… a process called _____', or by apposition in the parse: 'the
    outer layer, the _____, is …'), multiple choice when the document names at least three other terms that way."""
    body, cut = ph.statement(s)
    out = []
    spans = [(m.start("term"), _term(m, doc)) for m in CALLED.finditer(body)]
    if s.parse and s.parse.appositive and s.parse.appositive[0] >= cut:  # "The outer layer, the crust, is …"
        spans.append((s.parse.appositive[0] - cut, s.text[s.parse.appositive[0]:s.parse.appositive[1]]))
    for start, term in spans:
        if not term:
            continue
        end = start + len(term)
        shown = ph.window(body, start, end)
        if not shown or term.lower() in ph.blank(shown, start, end).lower():
            continue  # the sentence gives the term away elsewhere ('… a point bar; point bars grow …')
        others = _Others(doc, term)
        h = digest(doc.id, s.text, term)
        picked = [o for o in others.spread(h, len(others)) if term_kinds.fits(doc, term, o)][:3]
        if len(picked) >= 3:  # options of the key's kind and number only (blind read 29p)
            c = base(doc, s, "multiple_choice", f"Complete the sentence: “{ph.blank(shown, start, end)}”", term,
                     None, "called")
            c.choices = sorted([term] + picked, key=lambda t: digest(t, str(h)))
        else:
            c = base(doc, s, "cloze", ph.blank(shown, start, end), term, None, "called")
        c.answer_kind = "term"
        out.append(c)
    return out


def doc_terms(doc: SourceDoc) -> list[str]:
    """Every term the document introduces with 'called', 'known as' … (kept in the document's hints)."""
    if "called_terms" not in doc.hints:
        found = (_term(match, doc) for s in doc.sentences for match in CALLED.finditer(s.text))
        doc.hints["called_terms"] = list(dict.fromkeys(t for t in found if t))
    return doc.hints["called_terms"]


class _Others:
    """The document's other terms in alphabetical order: every term but those spelled like `term` in any case."""

    def __init__(self, doc: SourceDoc, term: str):
        """Look the term up in the document's sorted terms (sorted once)."""
        if "terms_sorted" not in doc.hints:
            ordered = sorted(set(doc_terms(doc)))
            at: dict[str, list[int]] = {}
            for i, t in enumerate(ordered):
                at.setdefault(t.lower(), []).append(i)
            doc.hints["terms_sorted"] = (ordered, at)
        self.terms, at = doc.hints["terms_sorted"]
        self.skipped = at.get(term.lower(), [])

    def __len__(self) -> int:
        """How many other terms there are."""
        return len(self.terms) - len(self.skipped)

    def __getitem__(self, i: int) -> str:
        """The i-th other term."""
        for skipped in self.skipped:
            if skipped <= i:
                i += 1
        return self.terms[i]

    def spread(self, h: int, n: int) -> list[str]:
        """Up to n terms picked every 7th from position h, each once."""
        picked: dict[int, None] = {}
        for i in range(len(self)):
            picked.setdefault((h + i * 7) % len(self), None)
            if len(picked) == n:
                break
        return [self[i] for i in picked]


@stage("generate", requires=["sentences", "mentions", "entities", "stances", "parses"], provides=["candidates"])
def generate_stage(corpus: Corpus) -> Corpus:
    """Fact candidates from every usable sentence of every document."""
    for doc in corpus.docs:
        by_sentence: dict[int, list[Mention]] = {}
        for m in doc.mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        for s in doc.sentences:  # a resolved "He is asked …" / "It is set …" is shown as "[Atticus Finch] is asked …"
            if usable(s, blanks=True, standalone=s.position not in doc.hints.get("pronoun_person", {}) or None):
                corpus.candidates.extend(for_sentence(doc, corpus, s, by_sentence.get(s.position, []),
                                                      true_false=usable(s)))
                corpus.candidates.extend(called_terms(doc, s))
    return corpus
