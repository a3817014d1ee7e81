"""Tenth-round gate (blind read 29p, English): ask the sentence's point, not what it lets slip or what it can't bear.

`reasons(c, corpus)` (called from `keep_rules.reasons`, English only) gives a reason when:
- a true/false is made false by changing one figure of a long sentence, or of a sentence with other figures: the
  figure is not what the sentence says ("born around 690", 84 % against 70 % in a sentence about stability), or an approximate one ("in about 1455");
- a gap-fill's key is told by a word of its own sentence ("Russo-centric" → Russia, "the Scottish throne" →
  Scotland) or by a pattern ("the 9th and _____ centuries");
- a typed answer is a long phrase (five words or more, or a possessive) with no shorter form accepted, a date or
  a range (`short_forms` gives an institution's short name as an alias, `number_forms` a noun's other number): a pupil
  who knows it types it another way ("Eco Club" for "Ashcombe High School's Eco Club", "4 August");
- multiple-choice options hold one another ("Korea" and "North Korea") or name a state younger than the event
  ("North Korea" for 1377);
- a fact/opinion item is asked on a sentence that fits none of the three: a hypothetical ("Suppose …"), a plan
  ("is due to begin"), a fact joined to an estimate, or a definition ("… is called magma") keyed "reported claim";
- "Which document reports …?" (a plain fact: memory of the source) is asked of documents that do not debate one
  another ("argues"/"says" on the author's own view stay: they carry the seeds' coverage).
"""
from __future__ import annotations

import re

from studyapp.generator import lexicon as lx
from studyapp.generator.model import Candidate, Corpus
from studyapp.generator.stages.debate import debated_with
from studyapp.generator.stages.evidence import NUMBER_KINDS
from studyapp.generator.stages.salience import APPROXIMATE, GAPS

TYPED = {"cloze", "short_answer"}
LONG_KEY = 5  # words of a typed key past which a pupil would not type it as the text has it
INSTITUTION_TAIL = re.compile(r"\b([A-Z][a-z]+ of (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)*)$")
SCHOOL_KIND = re.compile(r"^((?:[A-Z][\w'’-]+ ){0,3}?[A-Z][\w'’-]+) ((?:Secondary|High|Primary|Comprehensive|Grammar) )?"
                         r"(School|Lyceum|Gymnasium|College)$")
FIGURE = re.compile(r"\d")
CHANGE = re.compile(r"\bfrom (?:about |around )?[\d$£€][\d,.]*\s*%?[^,;]{0,20}? to [\d$£€]")
COMBINING = re.compile(r"\b([A-Z][a-z]{3,})o-[A-Za-z]")
ORDINAL_PAIR = re.compile(r"\b\d+(?:st|nd|rd|th)\s+(?:and|or|to)\s+_____|_____\s+(?:and|or|to)\s+\d+(?:st|nd|rd|th)\b")
HYPOTHETICAL = re.compile(r"^(?:Suppose|Imagine|Say|Let us say|Let's say|If)\b|\b(?:would|could) (?:be|have)\b", re.I)
PLAN = re.compile(r"\b(?:(?:is|are|was|were) (?:due|planned|scheduled|expected|set) to|will|plans? to|hopes? to|"
                  r"intends? to)\b", re.I)
ESTIMATE = re.compile(r"\b(?:estimate[sd]?|reckon(?:s|ed)?|believe[sd]?|think|thinks|suggest(?:s|ed)?)\s+that\b", re.I)
NAMING = re.compile(r"\b(?:is|are|was|were|be) (?:called|known as|named|termed)\b|\bthis is called\b", re.I)
# states (or their present names) that did not exist before the twentieth century
MODERN_STATES = {"north korea", "south korea", "pakistan", "bangladesh", "israel", "saudi arabia", "czech republic",
                 "slovakia", "kazakhstan", "uzbekistan", "turkmenistan", "kyrgyzstan", "tajikistan", "ukraine",
                 "belarus", "indonesia", "malaysia", "the united arab emirates", "united arab emirates", "jordan",
                 "iraq", "syria", "lebanon", "the soviet union", "soviet union", "yugoslavia", "turkey", "türkiye"}
OLD_YEAR = re.compile(r"\b(?:1[0-8]\d\d|[1-9]\d{2})\b(?!\s*(?:km|m|kg|people|metres)\b|\s*%)|\b\d{1,2}(?:st|nd|rd|th) "
                      r"centur")


def _quote_words(c: Candidate) -> int:
    """How many words the item's sentence has."""
    return len(c.quote.split())


def figure_aside(c: Candidate, swap: tuple) -> bool:
    """True when a true/false's swap would change a figure that is not its sentence's point: the sentence is long or
    holds other figures, or the figure is approximate. `distractors._swap_tf` then keeps the statement true
    (reworded) instead of setting a trap on the number."""
    if not swap or swap[3] not in NUMBER_KINDS:
        return False
    if CHANGE.search(c.quote):
        return False  # "rose from 40% in 1989 to 68.5% in 2020": the figures are what the sentence says
    others = len(re.findall(r"\d[\d,.]*", c.quote)) - 1
    body = c.pending.get("statement", "")
    return _quote_words(c) > 18 or others > 0 or bool(APPROXIMATE.search(body[:swap[0]])) or bounded(body, swap[0])


# a figure that bounds its statement ("did not disappear after 1348", "more than 300 schools"): another figure may leave
# the statement true (read v: "the plague did not disappear after 1348" keyed False)
BOUND = re.compile(r"\b(?:after|before|since|until|till|by|over|under|within|more than|less than|fewer than|at least|"
                   r"at most|up to|no more than|no fewer than)\s+(?:the\s+)?$", re.I)
NEGATION = re.compile(r"\b(?:not|never|no longer|n't)\b", re.I)


def bounded(statement: str, at: int) -> bool:
    """The figure at `at` is a bound, or the statement is negated: changing it need not make it false."""
    return BOUND.search(statement[:at]) is not None or NEGATION.search(statement) is not None


def tf_figure(c: Candidate) -> str:
    """A reason when a true/false was made false on a figure aside (`figure_aside`) all the same."""
    swap = c.pending.get("swap") if isinstance(c.pending, dict) else None
    if c.type != "true_false" or c.answer != "False" or not figure_aside(c, swap):
        return ""
    return "point: a true/false that changes one figure of a sentence about something else"


def told_by_sentence(c: Candidate) -> str:
    """A reason when the blank is told by a word of its own sentence (a word built on the key's name) or by a
    pattern of ordinals."""
    if c.kind != "fact" or c.template not in GAPS or not isinstance(c.answer, str):
        return ""
    if ORDINAL_PAIR.search(c.prompt):
        return "point: the blank follows from its neighbour ('the 9th and _____')"
    key = c.answer.strip()
    if " " in key or not key[:1].isupper() or not key.isalpha() or len(key) < 5:
        return ""
    for stem in COMBINING.findall(c.quote):  # "Russo-centric", "Sino-Soviet", "Anglo-French"
        if len(_common_prefix(stem.lower(), key.lower())) >= 4:
            return f"point: '{stem}o-' in the sentence tells the key"
    return ""


def _common_prefix(a: str, b: str) -> str:
    """The letters two words begin with alike."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def long_typed(c: Candidate) -> str:
    """A reason when a typed key is a phrase of three or more words (not a person's name), a date or a range:
    a pupil who knows the answer would type it another way and be marked wrong."""
    if c.kind != "fact" or c.type not in TYPED or not isinstance(c.answer, str) or c.aliases:
        return ""
    key = c.answer.strip()
    if c.answer_kind in ("date", "range") or re.search(r"\d\s*[–-]\s*\d", key):
        return "point: a typed date or range"
    if len(key.split()) >= LONG_KEY and c.answer_kind != "person" or "'s " in key:
        return "point: a long typed key with no shorter form accepted"
    return ""


def short_forms(c: Candidate) -> list[str]:
    """The short name a pupil types for a long typed institution key: "Department of Defense" for "United States
    Department of Defense" (the head noun and its "of" phrase)."""
    if not isinstance(c.answer, str) or c.type not in TYPED:
        return []
    found = INSTITUTION_TAIL.search(c.answer.strip())
    if found and found.start(1) > 0:
        return [found.group(1)]
    school = SCHOOL_KIND.search(c.answer.strip())  # (read u14) "Ak Bota Secondary School": "Ak Bota", "Ak Bota School"
    return [school.group(1), f"{school.group(1)} {school.group(3)}"] if school and school.group(2) else \
        [school.group(1)] if school else []


def number_forms(c: Candidate) -> list[str]:
    """The other number of a typed common-noun key (brief en16: "shelters" refused "shelter"): the singular of a
    plural head noun (spaCy's lemma of an NNS word), the regular plural of a singular one ("fire" -> "fires"), for
    a key of a few lower-case words, not a name or a possessive; a question's, not a gap-fill's (the sentence around
    a blank tells its number, and "a _____; point bars grow …" would show the other form)."""
    if not isinstance(c.answer, str) or c.type != "short_answer" or c.answer_kind in ("person", "date", "range"):
        return []
    words = c.answer.strip().split()
    if not 1 <= len(words) < LONG_KEY or "'s" in c.answer or "’s" in c.answer or \
            not all(re.fullmatch(r"[a-z][a-z-]*", w) for w in words) or len(words[-1]) < 3:
        return []
    from studyapp.generator.stages.objects import nlp

    head = nlp()(c.answer.strip())[-1]
    if head.lower_.endswith("ing"):
        return []  # "computing", "swimming": an activity has no plural ("computings": read u14)
    if head.tag_ == "NNS" and head.lemma_ != head.lower_ and head.lemma_.isalpha():
        other = head.lemma_
    elif head.tag_ == "NN" and re.search(r"[^aiousxyzh]$", head.lower_):
        other = head.lower_ + "s"
    else:
        return []
    return [" ".join(words[:-1] + [other])]


# a run of two or three capitalised words ("National Assembly", "Committee of Public Safety" is left out)
CAPITALISED_RUN = re.compile(r"(?<![\w'’-])(?:[A-Z][a-z]+\s){1,2}[A-Z][a-z]+(?![\w'’-])")


def long_forms(c: Candidate, doc) -> list[str]:
    """The fuller name a pupil may type for a typed one-word key the document also writes inside one longer
    capitalised name: "National Assembly" for "Assembly" (read w), when that is the only such name (counting a run
    that opens a sentence: "Proctor" of "John Proctor is …" and "Elizabeth Proctor" is two people, read v15)."""
    if not isinstance(c.answer, str) or c.type not in TYPED or not re.fullmatch(r"[A-Z][a-z]+", c.answer) or \
            c.answer_kind == "person":
        return []
    if "capitalised_runs" not in doc.hints:  # one pass per document, so that asking per question stays linear
        runs: dict[str, set[str]] = {}
        openers: dict[str, set[str]] = {}  # runs that open a sentence: no long form, but another bearer of the key
        for m in CAPITALISED_RUN.finditer(doc.text):
            words = m.group().split()
            before = doc.text[max(0, m.start() - 4):m.start()].rstrip(" “\"‘'(")  # a few characters: linear time
            if (not before or before[-1] in ".!?:\n") and words[0].lower() not in lx.FUNCTION_WORDS and len(words) >= 2:
                openers.setdefault(words[-1], set()).add(" ".join(words))  # "John Proctor is …" may be a name too
            if not before or before[-1] in ".!?:\n":
                words = words[1:]  # "Is Ankara …", "Certain Eurasianist …": a sentence's first word is no part of a name
            if len(words) >= 2:
                runs.setdefault(words[-1], set()).add(" ".join(words))
        doc.hints["capitalised_runs"] = runs, openers
    runs, openers = doc.hints["capitalised_runs"]
    longer = [r for r in runs.get(c.answer, ()) if r != c.answer]
    others = openers.get(c.answer, set()) - set(longer) - {c.answer}
    return longer if len(longer) == 1 and not {o for o in others if not o.endswith(" " + longer[0])} else []


def options_misfit(c: Candidate) -> str:
    """A reason when options hold one another ("Korea", "North Korea") or name a state younger than the event."""
    if c.type != "multiple_choice" or c.kind != "fact" or not c.choices or c.template == "stance":
        return ""
    lowered = [str(o).lower() for o in c.choices]
    for a in lowered:
        for b in lowered:
            if a != b and re.search(rf"(?:^|\s){re.escape(a)}$", b) and len(a.split()) < len(b.split()):
                return "point: one option holds another"
    if OLD_YEAR.search(c.quote) and not re.search(r"\b(?:19|20)\d\d\b", c.quote) and \
            any(o in MODERN_STATES for o in lowered if o != str(c.answer).lower()):
        return "point: an option names a state younger than the event"
    return ""


def stance_misfit(c: Candidate) -> str:
    """A reason when a fact/opinion/claim item stands on a sentence that fits none of the three."""
    if c.template != "stance":
        return ""
    text = c.quote
    if c.answer == "A fact" and HYPOTHETICAL.search(text):
        return "point: a hypothetical is no fact, opinion or claim"
    if c.answer == "A fact" and PLAN.search(text):
        return "point: a plan for the future is no fact, opinion or claim"
    estimate = ESTIMATE.search(text)
    if estimate and re.search(r"[,;]\s*(?:and|but|while)?\s*(?:\S+\s+){0,2}$", text[:estimate.start()]):
        return "point: a fact joined to an estimate"
    if c.answer == "A reported claim" and NAMING.search(text) and not re.search(r"[“\"]", text):
        return "point: a definition the author gives is no reported claim"
    return ""


def loose_source(c: Candidate, corpus: Corpus) -> str:
    """A reason when 'Which document reports …?' is asked of a document that debates no other."""
    if c.template != "which_source" or not c.prompt.startswith("Which document reports") \
            or debated_with(corpus, c.doc_id):
        return ""
    return "point: 'which document' among documents that do not debate one another"


def reasons(c: Candidate, corpus: Corpus) -> list[str]:
    """Every reason of this module the candidate fails."""
    found = [tf_figure(c), told_by_sentence(c), long_typed(c), options_misfit(c), stance_misfit(c),
             loose_source(c, corpus)]
    return [r for r in found if r]
