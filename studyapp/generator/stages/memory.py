"""Items a teacher drops as memory tests or as keyed by something other than the text (blind read 29n, issue 13).

- **Years that are not the point** (`minor_year`): a year asked as the key (a blank, a "which year" question) only
  when the document makes it its point: the year stands in its title or a heading, or in two sentences or more.
  Otherwise the sentence is asked in another form or left, and a document gets at most MAX_YEARS year keys. A
  "False" statement that moves such a year is the same memory test (`false_year`), and one that moves the year
  the document repeats most is known without it.
- **A nationality word that names the key** (`nationality.given_away`): a country or person key that a demonym or
  country name in the prompt fits and no other option does.
- **Options of another kind** (`kinds.mixed_kinds`): an organisation of states among companies, a writer or critic
  among a novel's characters.
- **Fact/opinion items on a debatable line** (`debatable_stance`, reading `voice.debatable`), and a "reported claim"
  whose reporter is the writer of the work the document studies (`studied_author`: "Hines suggests that …" in a
  study guide on a novel by Hines).

- **What reads u and v dropped in any document** (`reader_drops`): a fact nobody disputes, a name-for stem that
  names nothing.

`reasons(c, corpus)` is the gate's one call into this module.
"""
from __future__ import annotations

import re

from studyapp.generator.model import Candidate, Corpus, SourceDoc
from studyapp.generator.stages.kinds import mixed_kinds
from studyapp.generator.stages.known import collocated_key, famous_key
from studyapp.generator.stages.nationality import given_away
from studyapp.generator.stages import reader_drops
from studyapp.generator.stages.voice import debatable
from studyapp.generator.stages.years import YEAR, year_counts, year_fault

MAX_YEARS = 2
STANCE_KEYS = ("A fact", "An opinion", "A reported claim")


def minor_year(c: Candidate, doc: SourceDoc) -> str:
    """A reason when the key is a year the document does not make its point, the year its title states, or one year
    key too many."""
    if c.kind != "fact" or c.type in ("true_false", "ordering", "matching") or c.answer_kind not in ("year", ""):
        return ""
    key = str(c.answer).strip()
    if not YEAR.fullmatch(key):
        return ""
    counts, heads = year_counts(doc)
    if key in YEAR.findall(doc.title):  # "… The Great Fire of London, 1666": "In which year did …?" (read s12)
        return "give-away: the title states the year"
    if key not in heads and counts.get(key, 0) < 2:
        return "trivia: a year that is not the document's point"
    return "trivia: the document has enough year questions" if doc.one_too_many("year_keys", c.sentence, MAX_YEARS) \
        else ""


def false_year(c: Candidate, doc: SourceDoc) -> str:
    """A reason when a "False" statement moves a year it should not (`year_fault`), or when such a year's true
    statement was left word for word because its swap was refused (the select stage would drop it anyway)."""
    unmoved = c.answer == "True" and c.pending.get("reworded") is False
    swap = c.pending.get("swap") if c.type == "true_false" and (c.answer == "False" or unmoved) else None
    return year_fault(doc, str(swap[2])) if swap and swap[3] == "year" else ""


def debatable_stance(c: Candidate, doc: SourceDoc) -> str:
    """A reason when a fact/opinion item asks a line a teacher could key either way (`voice.debatable`)."""
    if c.type != "multiple_choice" or str(c.answer) not in STANCE_KEYS or c.sentence < 0:
        return ""
    s = doc.sentences[c.sentence]
    if debatable(s):
        return "debatable: a generic group, the writer's generalisation or own findings"
    if c.answer == "A reported claim" and studied_author(s, doc):
        return "debatable: the studied author's meaning is the guide's reading of the work"
    return ""


def studied_author(s, doc: SourceDoc) -> bool:
    """The sentence's reporter is the writer of the work the document studies, named in its title ("by X", "X's
    Work") and not its author ("Priestley suggests that hope lies with the young" under "An Inspector Calls by
    J. B. Priestley"): what the work means is the guide's reading, opinion as much as reported claim (read 29t)."""
    who = s.parse.reporter.strip() if s.parse else ""
    last = who.split()[-1] if who and who[:1].isupper() else ""
    writer = re.escape(last)  # "… by J. B. Priestley", "William Shakespeare's Macbeth"; not a biography's subject
    return bool(last) and last not in (doc.named_author or "").split() and \
        re.search(rf"\bby\s+(?:[A-Z][\w.'’-]*\s+)*{writer}\b|\b{writer}['’]s\s+[A-Z]", doc.title) is not None


def reasons(c: Candidate, corpus: Corpus) -> list[str]:
    """Every reason of this module that the candidate fails (English items)."""
    if c.language != "en":
        return []
    doc = corpus.doc(c.doc_id)
    found = [debatable_stance(c, doc), famous_key(c), collocated_key(c), given_away(c, corpus), mixed_kinds(c, corpus), false_year(c, doc),
             minor_year(c, doc)]  # the year count last: it counts
    return [r for r in found if r] + reader_drops.reasons(c, corpus)
