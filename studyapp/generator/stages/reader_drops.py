"""Gate rules for English items that the fresh blind reads u and v dropped whatever the document's subject.

- **A fact/opinion item on a worked example or a rule of the subject** (`plain_stance`): "Is this a fact, an opinion
  or a reported claim?" on a worked example's or an exercise's sentence ("The ladder reaches 6 m up the wall.")
  makes no sense (read v dropped all four in a maths unit), and one on a birth or death record is too easy (brief
  en15), and one on an instruction ("Push hard and fast in the centre of the chest.", an imperative) judges no
  statement (brief en16; in an argued piece only a procedure's step under a line naming steps, not the writer's
  demands: "I am asking the governors for three changes: 1. Make the blazer optional …"). "An opinion" whose only marker is a modal is a rule or an
  instruction, not a view, in a conditional ("If the sides fit the rule, the triangle must contain a right angle")
  or in a text whose writer argues nothing (`SourceDoc.argued`).
- **A name-for stem that names nothing** (`broken_name_for`): "What is the name for …?" whose key is an ordinal label
  ("A third factor is …") or a quantity ("Two lessons a year is a small price …", brief en16), the tail of a longer term the document uses ("site" of "active site"), or whose meaning
  already names the thing ("… less accurate, a policy known as Selective Availability") or is only a class with no
  words that narrow it ("a mild disease" for cowpox, "an extrusive igneous rock" for basalt: one example of many).

- **A figure the pupil knows or is only a hook**: one every pupil knows, the prompt naming it (`known.world_figure`:
  "one angle of exactly _____°" in a right angle), or the figure of an opening line that speaks to the reader
  (`hook_figure`: "Your heart beats around _____ times a day.").
- **A number word the sentence tells** (`told_count`, brief en16): "two", a count that opens its sentence, one its
  sentence lists or adds up.
- **A sentence of an exercise** (`exercise_item`): the data and terms of the pupil's own task.
- **A False statement that brings in a historical state** (`state_swap`): "Soviet Union" for Russia in 1351; or
  that swaps a city standing for its government (`city_for_state`): "Almaty has become especially eager …".
- **A figure the sentence only mentions on the way** (`incidental.incidental`): "grades 5 to _____", "7 hours _____
  minutes", a figure in brackets (brief en11).
- **What a text says beside its point** (`side_points`): a call to action, an op-ed's passing small figure, a usage
  note's speakers, the country around the places a sentence names (brief en14).

- **A stem a pupil must untangle** (`double_negative`, read u14): "… does not mean that other powers, apart from
  _____, do not have their sights set on …": a negation inside a negated "that" clause. Nor a blank the next words
  narrow at once (`narrowed_blank`): "In _____, and more particularly in Kazakhstan, …" is the region around it,
  "in _____ in general and in K… in particular" too; nor one of two examples ("as seen in _____ or the Donbas").

`reasons(c, corpus)` is the gate's one call into this module.
"""
from __future__ import annotations

import re

from studyapp.generator import lexicon as lx
from studyapp.generator.lexicon import fold
from studyapp.generator.model import Candidate, Corpus, SourceDoc
from studyapp.generator.stages.cast_lists import list_gap
from studyapp.generator.stages.incidental import incidental
from studyapp.generator.stages.keep_rules import EXAMPLE, EXAMPLE_LEAD
from studyapp.generator.stages.known import world_figure
from studyapp.generator.stages.numbers import ORDINAL_WORDS, WORD_NUMBERS
from studyapp.generator.stages import side_points
from studyapp.generator.stages.stance_worth import instruction, opinion_piece, proposal

STANCE_KEYS = ("A fact", "An opinion", "A reported claim")
NAME_FOR = re.compile(r"^(?:According to .*?, )?[Ww]hat is the name for (?P<meaning>.+)\?$")
ORDINAL = re.compile(r"^(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|"
                     r"another|other|next|main|key)\b", re.I)
# "Two lessons a year is a small price for …": a key that counts something names no term (brief en16)
COUNTED_KEY = re.compile(r"^(?:\d[\d,.]*|a few|several|many|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                         r"twelve|twenty|thirty|forty|fifty|a hundred|hundreds|thousands|millions)\b)(?!\s+of\s+a\b)", re.I)
# the meaning holds its own naming verb: a second term cut in ("the squeezed regions are called compressions and …")
NAMES_ITSELF = re.compile(r"\b(?:called|known as|named|termed|referred to as)\b", re.I)
# a class and nothing that narrows it: an article, up to three describing words and the noun
BARE_CLASS = re.compile(r"^(?:a|an)\s+(?:[\w-]+\s+){0,3}[\w-]+$", re.I)
NARROWING = re.compile(r"\b(?:of|that|which|who|whom|whose|where|when|in|on|for|with|by|from|to|between|around|"
                       r"through|into|used|made|caused|found|measured)\b", re.I)
# the writer's own judgement: not a modal (a textbook's "must" is a rule, its "should" an instruction)
CONDITIONAL = re.compile(r"^(?:if|when|whenever|once|unless)\b", re.I)  # "If …, X must …": what follows, not a view
# the pupil's tasks (not a worked example, whose explanation teaches): "Exercises", "Check your understanding"
TASK_SECTION = re.compile(r"^\s*(?:exercises?\b|practice\b|try\s+it\b|check\s+your\s+(?:understanding|progress|knowledge)|"
                          r"test\s+yourself|(?:review\s+|end-of-\w+\s+)?questions\b)", re.I)
# a life's plain record: "Franklin was born in London on 25 July 1920 into a well-off family." (brief en15)
LIFE_RECORD = re.compile(r"\b(?:was|were)\s+born\b|\b(?:died|passed away)\s+(?:in|on|at|of|aged|after)\b", re.I)
STEPS_LEAD = re.compile(r"\b(?:steps?|instructions?|method|procedure|how to|what to do|rules? of)\b", re.I)
READER = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)
NUMBER_KINDS = {"percent", "money", "count", "ordinal", "range"}
MODALS = {"should", "must", "ought", "ought to", "need", "needs", "need to", "needs to", "have to", "has to", "shall"}


def plain_stance(c: Candidate, doc: SourceDoc) -> str:
    """A reason when a fact/opinion item asks about an example's data or keys a modal rule as an opinion."""
    if c.type != "multiple_choice" or str(c.answer) not in STANCE_KEYS or c.sentence < 0:
        return ""
    s = doc.sentences[c.sentence]
    if EXAMPLE.match(s.section or "") or EXAMPLE_LEAD.match(s.text):
        return "fact/opinion: the data of a worked example or an exercise is nobody's view"
    if c.answer == "A fact" and LIFE_RECORD.search(s.text):
        return "fact/opinion: a birth or death record is a fact for anyone, too easy to judge"
    p = s.parse
    if imperative(s) and not proposal(doc, s) and (not doc.argued or instruction(doc, s) or _steps_lead(doc, s)):
        return "fact/opinion: an instruction is no statement to judge"  # "Push hard in the centre of the chest."
    if c.answer == "An opinion" and p is not None and not p.own_stance and not opinion_piece(doc) and \
            (CONDITIONAL.match(s.text) or not doc.argued) and not [w for w in p.evaluates if w.lower() not in MODALS]:
        return "fact/opinion: a modal in a rule or a report is no opinion"
    return ""


def imperative(s) -> bool:
    """The sentence tells the reader to do something: its main verb opens it, with no subject (not "Let us …")."""
    p = s.parse
    return p is not None and p.subject is None and p.root_pos == "VERB" and p.root != "let" and re.match(
        rf"(?:(?:then|now|next|first|finally|always|never|also|just|please),?\s+)?{re.escape(p.root)}\b", s.text,
        re.I) is not None


def _steps_lead(doc: SourceDoc, s) -> bool:
    """The list the sentence belongs to is led by a line that names steps ("The basic steps could be taught …:"), not
    by the writer's demands ("I am asking the governors for three changes:"); looked for a few sentences back."""
    for back in range(1, 7):
        lead = doc.sentences[s.position - back] if s.position - back >= 0 else None
        if lead is not None and lead.text.rstrip().endswith(":"):
            return STEPS_LEAD.search(lead.text) is not None
    return False


def _longer_term(key: str, doc: SourceDoc) -> bool:
    """The key is the last word of a longer term the document writes ("site" where it says "active site") and no
    term of its own."""
    pool = doc.hints.get("idea_terms", {})
    if " " in key.strip() or fold(key) in pool:
        return False  # a term the document defines on its own ("resistance" beside "total resistance")
    before = re.compile(rf"\b([a-z][\w-]+)\s+{re.escape(key)}\b", re.I)
    return any(fold(f"{m.group(1)} {key}") in pool for s in doc.sentences for m in before.finditer(s.text))


def broken_name_for(c: Candidate, doc: SourceDoc) -> str:
    """A reason when a "What is the name for …?" item asks for no real term (see the module docstring)."""
    m = NAME_FOR.match(c.prompt) if isinstance(c.answer, str) else None
    if not m:
        return ""
    meaning, key = m.group("meaning"), c.answer.strip()
    if ORDINAL.match(key):
        return "definition: the key is an ordinal label, not a term"
    if COUNTED_KEY.match(key):
        return "definition: a quantity ('Two lessons a year') is no term"
    if NAMES_ITSELF.search(meaning):
        return "definition: the meaning already names a term"
    if BARE_CLASS.match(meaning) and not NARROWING.search(meaning):
        return "definition: a bare class names many things, the key is one example"
    if _longer_term(key, doc):
        return "definition: the key is part of a longer term"
    return ""


def hook_figure(c: Candidate, doc: SourceDoc) -> str:
    """A reason when the blanked figure is the opening hook: a sentence of the first paragraph that speaks to the
    reader ("Your heart beats around _____ times a day."), there to catch interest, not to be learnt (read u)."""
    if c.template not in ("numeric", "cloze", "complete") or c.sentence < 0 or c.kind != "fact" or \
            c.answer_kind not in NUMBER_KINDS and not isinstance(c.answer, (int, float)):
        return ""
    s = doc.sentences[c.sentence]
    if "first_body_paragraph" not in doc.hints:  # found once per document, not once per item
        doc.hints["first_body_paragraph"] = min((x.paragraph for x in doc.sentences if x.role == "body"), default=-1)
    return "trivia: the opening hook's figure" if s.paragraph == doc.hints["first_body_paragraph"] and \
        READER.search(s.text) else ""


def exercise_item(c: Candidate, doc: SourceDoc) -> str:
    """A reason when the item asks a sentence of the pupil's own exercise ("Check your understanding: 3. An athlete
    has a stroke volume of 100 ml …"): its data and its terms are the task, not what the text teaches (read u)."""
    if c.sentence < 0 or c.type in ("ordering", "matching"):
        return ""
    section = doc.sentences[c.sentence].section or ""
    return "trivia: a sentence of an exercise" if TASK_SECTION.match(section) else ""


# a step the pupil carries out ("Write 1 if the heading fits …, otherwise write 0.", "Divide the number by 100 …"):
# its figure is the procedure's, never a fact to recall (set 9)
STEP = re.compile(r"^(?:write|divide|multiply|add|subtract|place|put|plot|record|measure|repeat|take|cut|pour|mix|heat|"
                  r"draw|mark|count|set|turn|fill|leave|weigh|stir|press|copy|circle|underline|tick)\s+"
                  r"(?:the|a|an|one|two|three|each|every|your|it|them|this|these|all|both|\d)", re.I)  # not "Heat from"


def step_gap(c: Candidate, doc: SourceDoc) -> str:
    """A reason when a gap blanks a word of an instruction to the pupil, an imperative step."""
    if c.sentence < 0 or c.template not in ("cloze", "complete", "numeric", "term_gap") or c.type == "true_false":
        return ""
    s = doc.sentences[c.sentence]
    p = s.parse
    opens = p is not None and (p.subject is None or p.subject[0] > 0)  # "Heat flows …": a noun subject, no step
    return "trivia: a word of an instruction to the pupil" if opens and STEP.match(s.text.strip()) else ""


ORDINAL_LEAD = {"first", "second", "third", "fourth", "fifth", "finally", "next", "then", "lastly", "secondly",
                "thirdly"}


def told_by_frame(c: Candidate) -> str:
    """A reason when the blank is a list's ordinal lead-in ("_____, let students take bread …": Second) or a country
    its capital beside it names ("_____ and its capital, Berlin, were divided …": Germany), read z2."""
    if c.template not in ("cloze", "complete") or not isinstance(c.answer, str):
        return ""
    key = re.escape(c.answer)
    if c.answer.lower() in ORDINAL_LEAD and re.match(rf"\s*{key},", c.quote):
        return "trivia: the blank is the ordinal that opens a point"
    if re.search(rf"\b{key},?\s+and\s+its\s+capital\b|\bcapital\s+of\s+{key}\b", c.quote):
        return "give-away: the capital beside the blank names the country"
    return ""


def state_swap(c: Candidate) -> str:
    """A reason when a "False" statement brings in a historical state its sentence does not name ("… reaching
    Scandinavia and Soviet Union by 1351"): the same land under another name tests wording, and an anachronism
    is arguable, not false (read v)."""
    if c.type != "true_false" or c.answer != "False" or not c.pending.get("swap"):
        return ""
    new, old = fold(c.prompt), fold(c.quote)
    brought = [st for st in lx.HISTORICAL_STATES if re.search(rf"\b{st}\b", new) and not re.search(rf"\b{st}\b", old)]
    return "point: a False statement names a historical state for a place" if brought else ""


# a capital standing for its government: "Astana has become especially eager …", "Ankara seems to be using …"
GOVERNMENT_VERB = re.compile(r"^[’'s]*\s+(?:has|have|had|is|was|seems|seemed|wants|wanted|sees|saw|became|becomes|"
                             r"will|would|can|could|may|might|must|tries|tried|hopes|hoped|fears|feared)\b", re.I)


def city_for_state(c: Candidate) -> str:
    """A reason when a "False" statement swaps a city that stands for its government ("Almaty has become especially
    eager …" for Astana): a trick on a metonym, not on what the sentence says (reads s12 and t13 dropped each); so a
    gap on one ("_____ has become especially eager …"), which a pupil fills with the country."""
    swap = c.pending.get("swap") if c.type == "true_false" and c.answer == "False" else None
    if c.template in ("cloze", "complete") and c.answer_kind == "city" and "_____" in c.prompt:
        return "point: the gap is a city that stands for its state" if GOVERNMENT_VERB.match(
            c.prompt[c.prompt.index("_____") + 5:]) else ""
    if not swap or swap[3] != "city":
        return ""
    statement = c.pending.get("statement", "")
    return "point: a False statement swaps a city that stands for its state" if statement and \
        GOVERNMENT_VERB.match(statement[swap[1]:]) else ""


def told_count(c: Candidate, doc: SourceDoc) -> str:
    """A reason when a number word's blank (brief en16) is told by its sentence or asks nothing: "two" (a pair is
    told by what it pairs: "when _____ plates collide", "in _____ forms, which she named A and B"), a count that opens
    its sentence ("_____ clauses spoke in more general terms": which?), one the sentence lists ("_____ pigs, Snowball
    and Napoleon", "_____ times a day, at 9am, 1pm and 6pm") or adds up ("_____ years, six as a pupil and two …"), and
    a range's end ("four to _____ leaves"), "all _____" (all of what the text named before), one the next ordinal
    tells ("_____ satellites …; a fourth satellite") and a count in an instruction ("cut _____ cylinders")."""
    key = str(c.answer).lower()
    if c.template not in ("cloze", "complete") or key not in WORD_NUMBERS or c.sentence < 0:
        return ""
    found = re.search(rf"\b{key}\b", c.quote, re.I)
    n, at = WORD_NUMBERS[key], found.start() if found else -1
    rest = c.quote[found.end():] if found else ""
    listed = re.match(r"(?:[^;:.]{0,40}:)?([^;:.]*?)\s(?:and|or)\s", rest)  # "_____ headings: a, b, c and d" (u14)
    commas = listed.group(1).count(",") if listed else -9
    others = [WORD_NUMBERS.get(w.lower(), 0) or int(w) for w in re.findall(r"\b(?:[a-z]+|\d{1,3})\b", rest, re.I)
              if w.lower() in WORD_NUMBERS or w.isdigit()]
    ranged = re.search(r"\b(?:" + "|".join(WORD_NUMBERS) + r"|\d+)\s+(?:to|or)\s+$", c.quote[:max(at, 0)], re.I)
    after = ORDINAL_WORDS[n] if n < len(ORDINAL_WORDS) else ""  # "_____ satellites …; a fourth satellite"
    if n == 2 or at == 0 or ranged or re.search(r"\ball\s+$", c.quote[:max(at, 0)], re.I) or \
            after and re.search(rf"\b{after}\b", rest, re.I) or imperative(doc.sentences[c.sentence]) or commas > 0 and n in (commas + 1, commas + 2) or \
            any(a + b == n for i, a in enumerate(others) for b in others[i + 1:]) or KINDS_AFTER.match(rest):
        return "give-away: the count is told by its sentence, or says nothing alone"
    return ""


# "geographers describe _____ processes of river erosion" (read v15): how many kinds the text lists, not what they are
KINDS_AFTER = re.compile(r"\s+(?:main\s+|key\s+|basic\s+|different\s+|major\s+)?(?:processes|stages|types|kinds|ways|"
                         r"causes|reasons|factors|steps|groups|headings|categories|principles|features|laws)\b", re.I)


# "does not mean that … do not", "it is not true that no one …"; not "not only … but"
DOUBLE_NEGATIVE = re.compile(r"\b(?:not|never|n't)\b(?!\s+(?:only|just|merely)\b)[^.;:?]*\bthat\b[^.;:?]*"
                             r"(?:\b(?:not|never|no one|nobody|nothing)\b|n't\b)", re.I)


def double_negative(c: Candidate) -> str:
    """A reason when a fact item's prompt negates a clause that itself negates (a double negative to untangle)."""
    if c.kind != "fact" or not DOUBLE_NEGATIVE.search(c.prompt):
        return ""
    return "a double negative a pupil must untangle before answering"


NARROWED = re.compile(r"_____,?\s+(?:and\s+|or\s+)?(?:more\s+|most\s+)?(?:particularly|especially|notably|"
                      r"in particular|above all|specifically)\b|_____\s+in general\b|"
                      # one of two examples: "as seen in _____ or the Donbas", "such as Japan and _____"
                      r"\b(?:such as|like|including|as seen in|for example|for instance|e\.g\.)\s+(?:in\s+)?(?:_____\s*,?"
                      r"\s+(?:or|and)\s+(?:in\s+)?(?:the\s+)?[A-Z]|(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s*,?\s+"
                      r"(?:or|and)\s+(?:in\s+)?_____)")


def narrowed_blank(c: Candidate) -> str:
    """A reason when the words right after the blank single out a part of it ("_____, and more particularly in
    Kazakhstan"): the whole around the part is guessed from the part."""
    return "the words after the blank single out a part of it, which gives the whole away" \
        if c.kind == "fact" and NARROWED.search(c.prompt) else ""


def reasons(c: Candidate, corpus: Corpus) -> list[str]:
    """Every reason of this module that the candidate fails (English items)."""
    if c.language != "en" or not any(d.id == c.doc_id for d in corpus.docs):
        return []
    doc = corpus.doc(c.doc_id)
    found = [plain_stance(c, doc), broken_name_for(c, doc), world_figure(c), hook_figure(c, doc), exercise_item(c, doc),
             state_swap(c), city_for_state(c), incidental(c), step_gap(c, doc), told_by_frame(c), list_gap(c, doc),
             told_count(c, doc), double_negative(c), narrowed_blank(c)]
    return [r for r in found if r] + side_points.reasons(c, doc)
