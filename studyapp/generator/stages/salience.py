"""Precision gate for English gap-fills (ninth round): a blank only where a teacher would put one.

Blind reads on documents the rules were never written against (29n, 29o) dropped most gap-fills for the same
few reasons; each rule here is one of them, for every document:

- **not salient**: a one-word name or word blanked (cloze, sentence completion) outside the document's main ideas
  that the document (with those sharing its subject) mentions only once, does not define and does not make the
  subject of its sentence ("Parícutin in _____",
  "his brother _____"); a typed blank only for a proper name or a term the
  text defines (a lower-case word has synonyms a typed answer would mark wrong).
- **title word**: a blank whose key (or one of its words) is a content word of the document's title ("written by
  _____" in "William Shakespeare's Macbeth"); a definition asked the other way round whose key is the title's
  subject ("What is the name for …?" → Inflation in "Inflation: Why Prices Rise").
- **name half shown**: a one-word blank right after a capitalised word of the same name ("the Russian _____",
  "the Ottoman _____"): the collocation answers it.
- **named once** (blind reads n to s: a name whose last word the document writes once was kept 13 %, dropped
  48–60 %): a private person so named is never a key ("a swimmer, _____ (Jamie Reid)"); a name known to the world
  (a country, a capital, a famous scientist or writer) so named is answered without reading ("_____ (Isaac Newton)
  passed a beam"); a name so named right after a preposition is a setting beside the sentence's point ("the pool on
  _____ (Station Road)", "in _____ (London)"), unless it names the thing the phrase is about ("the _____ pipeline");
  a known place or a setting that stands in the sentence's subject is kept ("The city of _____ grew rich"). These
  hold for main ideas and full names too.
- **list member**: the blank is one member of a list of three or more ("China, India, Persia and the _____"), or
  of four or more of any case (`lists.long_list`: "East Asia, northern Australia, _____ and, in a weaker form, …").
- **direct speech**: the blank (word or number) stands inside a quotation.
- **title number**: a blanked number that stands in the document's title ("Photo _____" under "The Scientist Behind
  Photo 51", "in August _____" under "The Great Charter of 1215"; round en7).
- **number shown**: the blanked number stands elsewhere in the prompt, in figures or words ("two 8-bit numbers
  need more than _____ bits", "_____ dB … ten times"; brief en14).
- **approximate figure**: a number after "around", "about", "roughly" … asked with no tolerance.
- **side figure**: a count, amount or percentage from a sentence that is not among the document's main ideas
  (`importance.main_idea`) nor its subject (dates are left to `keep_rules.trivia`); "who / what / why" forms are
  not touched.
"""
from __future__ import annotations

import re

from studyapp.generator import lexicon as lx
from studyapp.generator.lexicon import fold
from studyapp.generator.model import Candidate, Corpus, SourceDoc
from studyapp.generator.stages.evidence import NUMBER_KINDS, subject_docs
from studyapp.generator.stages.importance import finding, main_idea
from studyapp.generator.stages.lists import long_list

GAPS = {"cloze", "complete", "term_gap", "called"}  # the forms that blank a word of the sentence
DEFINED = {"called", "term_gap", "definition"}  # the blank is a term the document defines or names for the reader
DATE_KINDS = {"year", "date", "decade", "century"}  # left to `keep_rules.trivia`: a date is often a history's point
APPROXIMATE = re.compile(r"\b(?:around|about|approximately|roughly|some|nearly|almost|an estimated|c\.|circa)\s*$",
                         re.I)
PREPOSITION = re.compile(r"\b(?:in|at|on|from|near|with|by|for|to|under|between)\s", re.I)
QUOTES = re.compile(r"[“”\"]")
# a private person: a common-noun role right before the name ("a swimmer, Jamie Reid", "pupil Ana Ruiz", "a keeper,
# Ana Ruiz": one of many) or an
# apposition or age right after it ("Ana Ruiz, a pupil at …", "Ana Ruiz, 15,")
PRIVATE_ROLE = (r"pupil|student|schoolgirl|schoolboy|swimmer|runner|athlete|player|cyclist|climber|teacher|"
                r"headteacher|head teacher|parent|mother|father|resident|councillor|interviewee|volunteer|worker|"
                r"nurse|coach|farmer|shopkeeper|owner|neighbour|neighbor|girl|boy|man|woman|member|local|"
                r"participant|respondent|employee|officer|caretaker|librarian|grandmother|grandfather")
ROLE_BEFORE = re.compile(rf"\b(?:{PRIVATE_ROLE})s?,?\s+$|\b(?:[Aa]n?|[Oo]ne)\s+(?:[a-z][\w-]+\s+)?[a-z][\w-]+,\s+$")
ROLE_AFTER = re.compile(rf"^,\s+(?:(?:a|an|the|one of the|our)\s+(?:[\w-]+\s+)?(?:{PRIVATE_ROLE})\b|\d{{1,2}},)", re.I)
# a name set beside the point: right after a preposition ("on _____", "in the _____")
AFTER_PREPOSITION = re.compile(r"\b(?:in|at|on|from|near|of|with|for|to|into|under|between|across|around|"
                               r"outside|inside|within|throughout|towards?|via|through)\s+(?:the\s+)?$", re.I)
# after "the KEY": a noun of a place, or no noun at all ("rows into the _____ alone"), so the key is still the setting
NOT_THE_THING = re.compile(r"\s+(?:peninsula|river|sea|lake|mountains?|range|desert|valley|coast|gorge|canyon|plateau|"
                           r"island|bay|gulf|strait|steppe|plain|forest|glacier|oasis|delta|basin|region|district|"
                           r"alone|again|too|together|instead|itself|ahead|away|back|home|abroad|[a-z]+ly)\b")
# "the governors of _____": the name says whose they are, unlike "the city of _____", which names what it is
OF_OWNER = re.compile(r"\b(?!(?:city|town|village|island|isle|port|river|lake|county|district|province|region|state|"
                      r"kingdom|republic|empire|people|peoples|bay|gulf|sea|valley|mount|capital)\s)[a-z]+\s+of\s+"
                      r"(?:the\s+)?$")


def _where(c: Candidate) -> tuple[int, int]:
    """Where the key stands in its sentence (-1, -1 when it is not written there as asked)."""
    key = str(c.answer)
    at = c.quote.find(key)
    if at < 0 and c.answer_kind in NUMBER_KINDS:
        found = re.search(re.escape(key).replace(",", ",?"), c.quote.replace(",", ""))
        return (found.start(), found.end()) if found else (-1, -1)
    return (at, at + len(key)) if at >= 0 else (-1, -1)


def in_speech(c: Candidate) -> bool:
    """The key stands inside a quotation of its sentence (an odd number of quotation marks before it)."""
    start, _ = _where(c)
    return start >= 0 and len(QUOTES.findall(c.quote[:start])) % 2 == 1


GENRE_LABEL = re.compile(r"^(?:(?:a\s)?(?:study|revision|reading|teacher'?s|student'?s)\s(?:guide|notes)|study notes|"
                         r"revision|reading|notes|guide)$")


def title_subjects(doc: SourceDoc) -> set[str]:
    """What the title names, folded and without an article: its part before a colon, the part after a genre label
    ("Study Guide: Romeo and Juliet by William Shakespeare" names "romeo and juliet"), without a "by …" tail."""
    parts = [p.strip() for p in fold(doc.title).split(":", 1)]
    if len(parts) == 2 and GENRE_LABEL.match(parts[0]):
        parts = parts[1:]
    return {re.sub(r"^(?:the|a|an)\s", "", re.sub(r"\sby\s.*$", "", parts[0])).strip()} - {""}


def title_words(doc: SourceDoc) -> set[str]:
    """The title's content words, folded, a plural 's' and a possessive dropped."""
    words = re.findall(r"[\w-]+", fold(doc.title).replace("'s", "").replace("’s", ""))
    return {w.rstrip("s") for w in words if len(w) >= 4 and w not in lx.FUNCTION_WORDS}


def _mentions(corpus: Corpus, doc: SourceDoc, c: Candidate) -> int:
    """How often the subject names the key: its entity's mentions in the document and those sharing its subject,
    or the folded words anywhere in the document's text."""
    if "salience_text" not in doc.hints:
        doc.hints["salience_text"] = " ".join(fold(s.text) for s in doc.sentences)
    text = doc.hints["salience_text"]
    entity = corpus.entities.get(c.answer_key) if c.answer_key else None
    subject = subject_docs(corpus, doc.id)
    by_key = sum(n for d, n in entity.docs.items() if d in subject) if entity else 0
    key = fold(str(c.answer)).rstrip("s")
    if len(key) < 3:
        return by_key
    # the phrase is written no more often than its rarest word: a word written once spares the scan of the whole
    # text (a text of many names, each once, scanned per key grew with the square of its length)
    rarest = min((_word_counts(doc).get(_word_key(w), 0) for w in re.findall(r"[\w'’-]+", key)), default=0)
    scanned = doc.hints.setdefault("salience_scans", {})  # one scan per key and document: a textbook's repeated
    if rarest >= 2 and key not in scanned:  # terms are asked in many sentences (the scaling test's prose grew 12x)
        scanned[key] = len(re.findall(r"(?<![\w-])" + re.escape(key), text))
    return max(by_key, rarest if rarest < 2 else scanned[key])


def _word_key(word: str) -> str:
    """A folded word as the word table counts it: no possessive, no plural 's'."""
    return re.sub(r"['’]s?$", "", word).rstrip("s")


def _word_counts(doc: SourceDoc) -> dict[str, int]:
    """How often the document writes each folded word (and each part of a hyphenated one), counted once."""
    if "salience_words" not in doc.hints:  # counted once per document: a scan per key is quadratic in a long one
        counts: dict[str, int] = {}
        for w in re.findall(r"[\w'’-]+", " ".join(fold(s.text) for s in doc.sentences)):
            for part in {w, *w.split("-")}:
                part = _word_key(part)
                counts[part] = counts.get(part, 0) + 1
        doc.hints["salience_words"] = counts
    return doc.hints["salience_words"]


def _named_once(corpus: Corpus, doc: SourceDoc, c: Candidate) -> bool:
    """The document writes the key's last word once, and neither it nor those sharing its subject name it again."""
    last = _word_key(fold(str(c.answer).split()[-1])) if str(c.answer).split() else ""
    if len(last) < 3:
        return False
    return _word_counts(doc).get(last, 0) < 2 and _mentions(corpus, doc, c) < 2


def named_once_reason(c: Candidate, doc: SourceDoc, corpus: Corpus) -> str:
    """A reason when a name the document writes once is a private person, known to the world, or a setting."""
    key = str(c.answer)
    start, end = _where(c)
    if start < 0 or not key[:1].isupper() or not _named_once(corpus, doc, c):
        return ""
    if c.answer_kind in ("person", "name", "") and (ROLE_BEFORE.search(c.quote[:start]) or
                                                   ROLE_AFTER.search(c.quote[end:])):
        return "precision: a side detail (a private person named once)"
    if fold(key.split()[-1]) in lx.FAMOUS_PEOPLE:
        return "precision: a name known to the world, named once (answered without reading)"
    if _subject(doc, c) and not OF_OWNER.search(c.quote[:start]):
        return ""  # "The city of _____ grew rich": what the sentence is about ("The governors of _____": whose)
    known = lx.place(key)
    if known and known[1] in ("country", "city"):
        return "precision: a name known to the world, named once (answered without reading)"
    the_thing = re.match(r"\s+[a-z]", c.quote[end:]) and re.search(r"\bthe\s+$", c.quote[:start]) and \
        not NOT_THE_THING.match(c.quote[end:])  # "on the _____ peninsula", "into the _____ alone": still a setting
    if AFTER_PREPOSITION.search(c.quote[:start]) and not the_thing:
        return "precision: a side detail (a setting named once, beside the sentence's point)"
    return ""


def in_list(c: Candidate) -> bool:
    """The key is one member of a list: of three or more short items of its own case ("A, B and the _____"), or of
    four or more of any case (`lists.long_list`)."""
    start, end = _where(c)
    if start < 0:
        return False
    word = r"[A-Z][\w'’-]*" if str(c.answer)[:1].isupper() else r"[a-z][\w'’-]*"
    item = rf"(?:the\s)?{word}(?:\s{word})?"
    for found in re.finditer(rf"{item}(?:,\s{item})+,?\s(?:and|or)\s(?:even\s)?{item}", c.quote):
        if found.start() <= start and end <= found.end():
            return True
    return long_list(c.quote[:start] + "KEY" + c.quote[end:])


# "independence from the _____", "the collapse of the _____": the state is the one that frame always ends (read t13)
STATE_END = re.compile(r"\b(?:collapse|demise|break-?up|dissolution|fall|end|independence\s+from)\s+(?:of\s+)?the\s+$",
                       re.I)


# the species word of a Latin name after its genus: "caused by the bacterium Yersinia pestis" (set 14)
SPECIES_AFTER = re.compile(r"^\s(?!(?:this|thus|analysis|basis|crisis|status|virus|campus|bonus|focus|census|genius|"
                           r"minimum|maximum|medium|museum|forum|area|idea|media|data)\b)[a-z]{3,}(?:us|is|um|ae|ii|ensis)\b")


def _gap_reason(c: Candidate, doc: SourceDoc, corpus: Corpus) -> str:
    """A reason when a word or name gap-fill is not worth asking."""
    key = str(c.answer)
    if c.template in ("define", "definition") and re.sub(r"^(?:the|a|an)\s", "", fold(key)).rstrip("s") in {
            subject.rstrip("s") for subject in title_subjects(doc)}:
        return "precision: the key is the document's subject, its title"  # "What is the name for …?" in "Inflation"
    if c.template in GAPS and {w.rstrip("s") for w in re.findall(r"[\w-]+", fold(key)) if len(w) >= 4} \
            & title_words(doc):
        return "precision: the key is a word of the document's title"
    if c.template not in GAPS:
        return ""
    if in_speech(c):
        return "precision: the blank is inside direct speech"
    if in_list(c):
        return "precision: the blank is one member of a list"
    start, end = _where(c)
    if fold(key) in lx.HISTORICAL_STATES and STATE_END.search(c.quote[:max(start, 0)]):
        return "precision: the frame names the state that ended (“the collapse of the _____”)"
    if start >= 0 and c.quote[:start].count("(") > c.quote[:start].count(")"):
        return "precision: the blank is inside brackets (an aside, a gloss or a name in another language)"
    before = re.search(r"(?<=\s)([A-Z][a-z]+)\s$", c.quote[:start]) if start > 0 else None
    if before and key[:1].isupper() and " " not in key and before.group(1) not in lx.TITLES:
        return "precision: the blank ends a name the prompt begins (“Northern _____”)"
    if key[:1].isupper() and " " not in key and SPECIES_AFTER.match(c.quote[end:]):
        return "precision: the blank is the genus of a Latin name (“_____ pestis”)"
    defined = c.template in DEFINED
    once = "" if defined else named_once_reason(c, doc, corpus)
    if once:
        return once
    central = c.sentence >= 0 and main_idea(doc, doc.sentences[c.sentence])
    compound = re.search(r"[\s-]", key.strip())  # "Mid-Atlantic Ridge": a name the text gives in full, not an aside
    if not defined and not central and not compound and not _subject(doc, c) and _mentions(corpus, doc, c) < 2:
        return "precision: a side detail (named once, not defined)"
    if c.type == "cloze" and not defined and not key[:1].isupper():
        return "precision: a typed blank of a common word (synonyms would be marked wrong)"
    return ""


def _subject(doc: SourceDoc, c: Candidate) -> bool:
    """The key stands in its sentence's subject ("No fewer than 4,000 firms were working …", "The city of _____
    grew rich"), not in a phrase beside it: what the sentence is about."""
    start, _ = _where(c)
    p = doc.sentences[c.sentence].parse
    if start < 0 or p is None or not p.subject or not p.subject[0] <= start < p.subject[1]:
        return False
    return not PREPOSITION.search(c.quote[p.subject[0]:start])  # "Parícutin in _____": a place beside the subject


def _in_title(key, doc: SourceDoc) -> bool:
    """The key's number is one of the numbers of the document's title ("The Great Charter of 1215"), or the decade
    of one of its years ("the late _____" under "… 9 November 1989": 1980s, set 9)."""
    decade = re.fullmatch(r"(?:the\s)?(\d{3})0s", str(key).strip())
    if decade:
        return re.search(rf"(?<!\d){decade.group(1)}\d(?!\d)", doc.title) is not None
    try:
        value = float(str(key).replace(",", ""))
    except ValueError:
        return False
    return any(float(n.replace(",", "")) == value for n in re.findall(r"\d[\d,]*(?:\.\d+)?", doc.title))


NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
                11: "eleven", 12: "twelve", 20: "twenty", 100: "hundred"}


def number_shown(c: Candidate) -> bool:
    """The blanked number stands elsewhere in the prompt, in figures (also inside a compound, "8-bit") or in words:
    the pupil copies it instead of reading (brief en14)."""
    try:
        value = float(str(c.answer).replace(",", ""))
    except ValueError:
        return False
    shown = c.prompt.replace("_____", " ")
    if any(float(n.replace(",", "")) == value for n in re.findall(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?(?![\d.])", shown)):
        return True
    word = NUMBER_WORDS.get(int(value)) if value == int(value) else None
    return bool(word and re.search(rf"\b{word}\b", shown, re.I))


def _number_reason(c: Candidate, doc: SourceDoc) -> str:
    """A reason when a blanked number is a side figure, approximate (not a round word: "about _____ million" keyed
    "nine" is what the text states, brief en16), or quoted."""
    if c.template not in GAPS | {"numeric"}:
        return ""
    if _in_title(c.answer, doc):
        return "give-away: the number stands in the document's title"  # "Photo _____" under "… Photo 51" (read q)
    start, _ = _where(c)
    if start >= 0 and APPROXIMATE.search(c.quote[:start]) and not c.tolerance and not str(c.answer).isalpha():
        return "precision: an approximate figure asked exactly"
    if in_speech(c):
        return "precision: a number inside direct speech"
    if number_shown(c):
        return "give-away: the number stands elsewhere in its sentence"  # "8-bit numbers need more than _____ bits"
    if c.answer_kind not in DATE_KINDS and c.sentence >= 0 and not main_idea(doc, doc.sentences[c.sentence]) \
            and not finding(doc.sentences[c.sentence]) and not _subject(doc, c):
        return "precision: a figure outside the document's main ideas"
    return ""


def reasons(c: Candidate, corpus: Corpus) -> list[str]:
    """The precision reasons of an English fact item (none for other forms or languages)."""
    if c.language != "en" or c.kind != "fact" or c.type in ("true_false", "ordering", "matching"):
        return []
    doc = corpus.doc(c.doc_id)
    reason = _number_reason(c, doc) if c.answer_kind in NUMBER_KINDS else _gap_reason(c, doc, corpus)
    return [reason] if reason else []
