"""Gate rules that need the document, not only the question: what a teacher drops on reading (issue 13, item 8).

- **trivia**: a blanked (or, in a "False" true/false item, swapped) date or number whose sentence is not one of the
  document's central ones (`importance.main_idea`, the top 70%: a date in a history text is often the point) and whose number is not what the sentence is about (the number
  stands in the subject, a quantity verb's figure, or the date of a war, treaty or coup the sentence names).
- **fact/opinion without a marker**: "Is this a fact, an opinion or a reported claim?" only when the sentence
  shows why: an opinion marker (an obligation modal, an evaluative word, "I think", an imperative) for "An opinion",
  a fact marker (a source, a date, a measured figure) and no opinion marker for "A fact", a reporter (or an
  attribution the analyse stage found) for "A reported claim". An opinion keyed on a sentence that also measures
  something is arguable, unless it says "should" or "I think": dropped.
- **side details** (`stages/focus.py`): a day of the month, a date or place inside a subordinate clause, anything of a
  private event.
- **give-aways**: a recall item whose prompt holds a capitalised word of a key of several words, or words whose
  initials spell an abbreviation key.
- **options of another kind**: a multiple-choice option that is not the same kind of thing as the key (a year
  among names, a person among places, a phrase starting "Another …" among terms).
"""
from __future__ import annotations

import re

from studyapp.generator import lexicon as lx
from studyapp.generator.lexicon import fold
from studyapp.generator.model import Candidate, Corpus, Sentence, SourceDoc
from studyapp.generator.stages.citations import cited_author
from studyapp.generator.stages.focus import introduction, minor_figure, side_detail
from studyapp.generator.stages import point, salience
from studyapp.generator.stages.stance_worth import FIRST_PERSON, unworthy_stance
from studyapp.generator.stages.importance import main_idea
from studyapp.generator.stages.known import acronym_beside, described_key, name_part, opposite_key, titled_blank, \
    work_blank

NUMBER_SHARE = 0.7  # a date or figure is worth asking in the most central 70% of sentences (the rest is detail)
DATE_KINDS = {"year", "date", "decade", "century"}
NUMBER_KINDS = {"year", "date", "percent", "money", "count", "ordinal", "range", "decade", "century"}
QUANTITY_VERBS = {"rose", "rise", "rises", "fell", "fall", "falls", "grew", "grow", "grows", "reached", "reach",
                  "reaches", "numbered", "cost", "costs", "killed", "died", "doubled", "tripled", "halved", "totalled",
                  "totaled", "increased", "decreased", "dropped", "declined", "limited", "count", "counts", "fallen", "risen",
                  "grown", "increase", "decrease", "drop", "decline"}
# a date that dates one of these is the point of its sentence ("the failed coup of July 2016")
EVENT_NOUNS = re.compile(r"\b(wars?|invasion|coup|revolution|independence|treaty|armistice|crisis|assassinat\w*|shot dead|murdered|"
                         r"annex\w*|uprising|collapse|election|referendum|independence|founded|foundation|eradicated|"
                         r"established|declared war|broke out|began|ended)\b", re.I)
OBLIGATION = re.compile(r"\b(should|must|ought to|need to|needs to|have to|has to)\b", re.I)
FIRST_PERSON_STANCE = re.compile(FIRST_PERSON.pattern + r"|\b(?:I|we)\s+(?:\w+\s+)?hope\b", re.I)
VALUE_WORDS = set("""good bad best worst better worse greatest excellent wrong fair unfair cheap wise unwise foolish
dangerous risky harmful helpful unhelpful useful useless crucial vital essential necessary unnecessary needless
misleading remarkable impressive terrible awful wonderful absurd ridiculous outrageous disastrous shameful admirable
valuable worthless beneficial effective ineffective brilliant sensible reasonable unreasonable acceptable unacceptable
unfortunately fortunately hopefully sadly rightly wrongly clearly obviously surely undoubtedly arguably truly
mistake nonsense pointless cruel thanks""".split())  # "it was thanks to X that …": an interpretation
VALUE_WORDS |= lx.OPINION_CUES - {"should", "must", "ought", "need", "needs", "believe", "think", "feel", "opinion",
                                  "conclusion", "significant", "important", "right", "negative", "positive",
                                  "certainly", "hardly", "fundamental", "welcome"}
SOURCE = re.compile(r"\b(according to|report(?:ed)?|stud(?:y|ies)|survey|census|data|statistics|records?|"
                    r"published|measured|official figures)\b", re.I)
MEASURE = re.compile(r"\d")
ENTITY_KIND = {"person": "person", "country": "place", "city": "place", "region": "place", "place": "place",
               "org": "organisation", "event": "event"}
NOT_AN_OPTION = re.compile(r"^(another|other|some|many|such|these|those|this|that|more|most)\b", re.I)
ARTICLE = re.compile(r"^the\s+", re.I)
YEARISH = re.compile(r"^(?:(?:\d{1,2}\s)?(?:[A-Z][a-z]+\s)?(?:\d{1,2},\s)?\d{3,4}s?|\d[\d,.]*\s?(?:%|percent)?)$")


def _number_text(c: Candidate) -> str:
    """The date or number the item blanks or swaps, as the sentence writes it ("" when it is not one)."""
    if c.template == "tf" and c.pending.get("swap"):
        if c.answer != "False":
            return ""  # a "True" statement asks about the whole sentence, not its date
        start, end, text, kind, _key = c.pending["swap"]
        return text if kind in NUMBER_KINDS else ""
    if c.answer_kind in NUMBER_KINDS:
        if isinstance(c.answer, float):
            return f"{c.answer:g}"
        return str(c.answer)
    return ""


def _about_the_number(doc: SourceDoc, s: Sentence, number: str) -> bool:
    """The number is what the sentence is about: it stands in the subject, or it is a figure of a quantity
    verb ("Ten million soldiers died", "Exports fell by 18 percent")."""
    at = s.text.replace(",", "").find(number.replace(",", "")) if number not in s.text else s.text.find(number)
    p = s.parse
    if p is None or at < 0:
        return False
    if p.subject and p.subject[0] <= at < p.subject[1]:
        return True
    if re.fullmatch(r"(?:\d{1,2}\s)?(?:[A-Z][a-z]+\s)?(?:\d{1,2},\s)?\d{4}", number) and EVENT_NOUNS.search(s.text):
        return True
    if "figures" not in doc.hints:  # figures per sentence, counted once per document (linear time)
        counts: dict[int, int] = {}
        for m in doc.mentions:
            if m.kind in NUMBER_KINDS - DATE_KINDS:
                counts[m.sentence] = counts.get(m.sentence, 0) + 1
        doc.hints["figures"] = counts
    figures = doc.hints["figures"].get(s.position, 0)
    return p.root in QUANTITY_VERBS and figures <= 2  # "rose from 40% to 68.5%"; not a list of figures


def trivia(c: Candidate, doc: SourceDoc) -> str:
    """A reason when the item asks a minor date or number."""
    number = _number_text(c)
    if not number or c.type in ("ordering", "matching") or c.sentence < 0 or c.kind != "fact":
        return ""
    s = doc.sentences[c.sentence]
    if EXAMPLE.match(s.section or "") or EXAMPLE_LEAD.match(s.text):
        return "trivia: a figure of a worked example or an exercise"  # read v: "The screen is _____ cm across"
    if main_idea(doc, s, share=NUMBER_SHARE) or _about_the_number(doc, s, number):
        return ""
    return "trivia: a minor date or number, not the point of its sentence"


# a worked example's or an exercise's heading, or a sentence opening one ("Example 2: A ladder …")
EXAMPLE = re.compile(r"^\s*(?:worked\s+examples?|examples?\b|exercises?\b|practice\b|try\s+it\b|check\s+your\s+"
                     r"(?:understanding|progress|knowledge)|test\s+yourself|(?:review\s+|end-of-\w+\s+)?questions\b)", re.I)
EXAMPLE_LEAD = re.compile(r"^\s*(?:worked\s+)?example\s*\d*\s*:", re.I)


def opinion_markers(s: Sentence) -> list[str]:
    """The sentence's own opinion markers: obligation, value words, "I think", an imperative."""
    found = []
    p = s.parse
    if p and p.own_stance or FIRST_PERSON_STANCE.search(s.text):
        found.append("own stance")
    if OBLIGATION.search(s.text):
        found.append("obligation")
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", s.text)}
    found += sorted(words & VALUE_WORDS)
    return found


def fact_markers(s: Sentence) -> list[str]:
    """Signs that the sentence states something checkable: a source, a date or a measured figure."""
    found = [m.group().lower() for m in SOURCE.finditer(s.text)]
    if MEASURE.search(s.text):
        found.append("figure")
    return found


def unmarked_stance(c: Candidate, doc: SourceDoc) -> str:
    """A reason when a fact/opinion/claim item's key has nothing in its sentence to show it."""
    if c.template != "stance" or c.sentence < 0:
        return ""
    s = doc.sentences[c.sentence]
    if s.parse is not None and s.parse.reporter == "set up":
        return "fact/opinion: a view set up to be answered is neither the writer's nor reported"  # 29m
    opinion, fact = opinion_markers(s), fact_markers(s)
    strong = "own stance" in opinion or re.search(r"\b(should|ought to)\b", s.text, re.I)
    if c.answer == "An opinion" and (not opinion or fact and not strong):
        return "fact/opinion: the opinion has no clear marker" if not opinion else \
            "fact/opinion: an opinion on a measured fact is arguable"
    if c.answer == "A fact" and (not fact or opinion):
        return "fact/opinion: the fact has no source, date or figure" if not fact else \
            "fact/opinion: the fact carries an opinion marker"
    if "attributed" not in doc.hints:
        doc.hints["attributed"] = {a.sentence for a in doc.attributions}
    reported = s.parse and s.parse.reporter or s.position in doc.hints["attributed"]
    if c.answer == "A reported claim" and not reported:
        return "fact/opinion: no one is reported"
    return ""


SPACY_KIND = {"PERSON": "person", "GPE": "place", "LOC": "place", "ORG": "organisation", "EVENT": "event",
              "DATE": "number"}


def _parsed_kinds(doc: SourceDoc) -> dict[str, str]:
    """Folded entity text -> kind, from the spaCy labels of the document's parsed sentences (computed once)."""
    if "option_kinds" not in doc.hints:
        kinds: dict[str, str] = {}
        for s in doc.sentences:
            for start, end, label in (s.parse.ents if s.parse else []):
                if label in SPACY_KIND:
                    kinds.setdefault(fold(s.text[start:end]), SPACY_KIND[label])
        doc.hints["option_kinds"] = kinds
    return doc.hints["option_kinds"]


def option_kind(corpus: Corpus, doc: SourceDoc, option: str) -> str:
    """What kind of thing an option is: number, person, place, organisation, event, or "" when unknown (the
    analyse stage's kind first, else spaCy's label for the same words in the document)."""
    if YEARISH.match(option.strip()):
        return "number"
    entity = corpus.entity_for(option)
    kind = ENTITY_KIND.get(entity.kind, "") if entity else ""
    return kind or _parsed_kinds(doc).get(fold(ARTICLE.sub("", option.strip())), "")


def mixed_options(c: Candidate, corpus: Corpus) -> str:
    """A reason when an option of a multiple-choice item is of another kind than its key."""
    if c.type != "multiple_choice" or c.answer in ("A fact", "An opinion", "A reported claim") or \
            c.template in ("which_source", "debate_who", "debate_evidence", "who_said", "tf_speaker") or \
            c.pending.get("people list"):
        return ""
    doc = corpus.doc(c.doc_id)
    key = option_kind(corpus, doc, str(c.answer))
    others = [str(o) for o in c.choices if fold(str(o)) != fold(str(c.answer))]
    if any(NOT_AN_OPTION.match(o) for o in others):
        return "an option of another kind than the key"
    kinds = [option_kind(corpus, doc, o) for o in others]
    if key and any(k and k != key for k in kinds):
        return "an option of another kind than the key"
    return ""


RECALL_TEMPLATES = {"cloze", "complete", "wh_subject", "called", "definition", "term_gap"}


LABEL_WORDS = {"year", "grade", "class", "form", "room", "chapter", "section", "page", "part", "unit", "lesson", "act",
               "scene", "stage", "level", "step", "figure", "table"}


def giveaway(c: Candidate) -> str:
    """A reason when the prompt spells the key: a name word of a key of several words stands in it ("_____ saved
    them, and Boo …" for "Boo Radley"; not "river" of "river cliff"), or the initials of its words spell an
    abbreviation key. A why-item whose reason repeats a name of its question gives it too ("why was the Turkic
    Council established?" "to promote cooperation among Turkic-speaking countries": read u14)."""
    if c.kind != "fact" or not isinstance(c.answer, str):
        return ""
    if c.template.startswith("cause_") and set(re.findall(r"[A-Z][a-z]{3,}", c.answer)) & \
            set(re.findall(r"[A-Z][a-z]{3,}", c.prompt.split(",", 1)[-1])):
        return "give-away: the reason repeats a name the question gives"
    if c.template not in RECALL_TEMPLATES:
        return ""
    if c.answer.strip().lower() in LABEL_WORDS and re.search(r"_____\s+\d", c.prompt):
        return "give-away: the word of a label before its number"  # read v: "allowing _____ 11 pupils" (Grade)
    prompt = c.prompt.replace("_____", " ")
    words = [w.lower() for w in re.findall(r"[A-Z][a-z]{2,}", c.answer) if w.lower() not in lx.FUNCTION_WORDS]
    said = set(re.findall(r"[a-z]{3,}", prompt.lower()))
    if len(c.answer.split()) >= 2 and any(w in said for w in words):
        return "give-away: a word of the key stands in the prompt"
    key = c.answer.strip()
    if key.isalpha() and key.isupper() and 2 <= len(key) <= 6:
        caps = [w[0] for w in re.findall(r"\b[A-Z][a-z]+", prompt)]
        if key in "".join(caps):
            return "give-away: the prompt spells the abbreviation"
    return ""


# a ship's prefix tells its navy's country ("HMS Dreadnought": Britain)
SHIP_PREFIX = {"HMS": {"britain", "great britain", "the united kingdom", "united kingdom", "the uk", "uk", "england",
                       "british"},
               "USS": {"the united states", "united states", "america", "the usa", "usa", "american"},
               "SMS": {"germany", "german", "austria-hungary"}}
# years every student knows without the text, and the words that call them up
FAMOUS_YEARS = {"1991": re.compile(r"\b(independen\w*|USSR|Soviet)", re.I),
                "1914": re.compile(r"\b(First World War|World War I\b|Great War|Franz Ferdinand)", re.I),
                "1945": re.compile(r"\b(Second World War|World War II\b)", re.I),
                "1939": re.compile(r"\b(Second World War|World War II\b)", re.I),
                "1989": re.compile(r"\bBerlin Wall\b", re.I)}
PERSON_WORDS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f",
                "herself": "f"}


def _leading_people(corpus: Corpus, doc: SourceDoc) -> list[tuple[str, str]]:
    """(entity key, gender or "") of the document's two most named people (a gender the text marks); counted once
    per document (every question of it asks: counting per question made the gate quadratic in the text)."""
    if "leading_people" not in doc.hints:
        counts: dict[str, int] = {}
        for m in doc.mentions:
            if m.kind in ("person", "name"):
                counts[m.key] = counts.get(m.key, 0) + 1
        genders = doc.hints.get("genders", {})
        top = sorted(counts, key=lambda k: (-counts[k], k))[:2]
        doc.hints["leading_people"] = [(k, genders.get(k, "")) for k in top]
    return doc.hints["leading_people"]


def implied_key(c: Candidate, corpus: Corpus, doc: SourceDoc) -> str:
    """A reason when the prompt (or the document's title) tells the key without the text: the key is the title's
    subject, a he/his after the blank leaves one of the document's two leading people, a ship's prefix names
    the country, or the key is a year everyone knows for the event the prompt names."""
    if c.kind != "fact" or not isinstance(c.answer, (str, int)):
        return ""
    key = str(c.answer).strip()
    recall = c.template in RECALL_TEMPLATES | {"define", "define_person"}
    if recall and len(key) >= 4 and not key.isdigit() and len(key.split()) >= 2 \
            and (fold(key) == fold(doc.title) or re.sub(r"^(?:the|a|an)\s", "", fold(key)) in salience.title_subjects(doc)):
        return "give-away: the key is the document's title"  # its whole subject: "Ada Lovelace: The First …"
    blank = c.prompt.find("_____")
    if recall and blank >= 0:
        after = {w.lower() for w in re.findall(r"[A-Za-z]+", c.prompt[blank:])}
        said = {PERSON_WORDS[w] for w in after if w in PERSON_WORDS}
        people = _leading_people(corpus, doc)
        entity = corpus.entity_for(key)
        if len(said) == 1 and len(people) == 2 and entity and entity.key in dict(people):
            gender = said.pop()
            if all(g and g != gender for k, g in people if k != entity.key):  # the others are of the other gender
                return "give-away: a pronoun leaves only the key"
    for prefix, names in SHIP_PREFIX.items():
        if re.search(rf"\b{prefix}\b", c.prompt) and fold(key) in names:
            return "give-away: a ship's prefix names the country"
    if key in FAMOUS_YEARS and FAMOUS_YEARS[key].search(c.prompt):
        return "give-away: a year known without the text"
    return ""


def reasons(c: Candidate, corpus: Corpus) -> list[str]:
    """Every teacher's-rule reason this candidate fails (English fact and perspective items)."""
    if c.language != "en":
        return []
    doc = corpus.doc(c.doc_id)
    found = [trivia(c, doc), minor_figure(c, doc), side_detail(c, doc), introduction(c, doc), unmarked_stance(c, doc), mixed_options(c, corpus), giveaway(c),
             implied_key(c, corpus, doc), name_part(c), titled_blank(c), work_blank(c, doc.title), described_key(c),
             cited_author(c, doc),
             acronym_beside(c), opposite_key(c), unworthy_stance(c, corpus)]
    return [r for r in found if r] + salience.reasons(c, corpus) + point.reasons(c, corpus)
