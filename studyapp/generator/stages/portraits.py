"""Portraits: a person described by adjectives in running prose, asked as "who is …?" (tenth session).

A study guide or a biography describes its people as "Bob Ewell, Mayella's father, is poor, violent and full of
hatred." That sentence names nobody to blank but its subject, and it defines nothing (no "X is a …"), so it gave no
question, though "Who is poor, violent and full of hatred?" is what a teacher asks of a character. The subject must be
one of the document's people by name (an appositive after it is allowed), the verb "is/was", the complement a phrase
of adjectives reaching the end of the sentence, short, with no pronoun, figure or quotation; the options are three
other people of the document. The cast stage collects these beside the cast lists' items.
"""
from __future__ import annotations

import re

from studyapp.generator.lexicon import fold
from studyapp.generator.model import Candidate, Corpus, Sentence, SourceDoc
from studyapp.generator.stages import keep_rules
from studyapp.generator.stages.generate import base, digest, usable
from studyapp.generator.stages.ideas import _people
from studyapp.generator.stages.kinds import a_writer

BE = {"is", "are", "was", "were"}
MAX_WORDS = 12
# a phrase of adjectives: "poor, violent and full of hatred", "bold and curious"; not "a widowed lawyer" (a noun
# phrase: the definition forms ask it) nor "asked to …" (a passive)
ADJECTIVES = re.compile(r"^(?!(?:the|not|one|also|often|still|now|then|there|here)\b)[a-z][a-z-]+(?:,?\s[a-z][a-z-]+)*$")
# or a noun phrase of a person ("a bold, curious girl who would rather fight …") the definition forms did not take
LEANS = re.compile(r"\b(?:he|she|it|they|him|her|them|his|their|its|this|that|these|those)\b|[\d\"“”(]|"
                   r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|years?|months?|"
                   r"old|nearly|almost|about|aged|born)\b")  # an age is no portrait
SPEECH = {"tells", "told", "says", "said", "explains", "explained", "teaches", "taught", "warns", "warned", "admits",
          "admitted", "promises", "promised", "insists", "insisted", "asks", "asked", "reminds", "reminded"}
PARTICIPLE = re.compile(r"^\w+(?:ed|en)\s(?:by|to|in|at|on|from|with|as)\b")


# what only a person is or does right after a name: "Atticus Finch, Scout's father,", "Scout's older brother",
# "Atticus tells Jem", "Calpurnia, the family's Black cook,"
ROLE = (r"(?:father|mother|brother|sister|son|daughter|wife|husband|friend|neighbou?r|uncle|aunt|cousin|cook|maid|"
        r"servant|teacher|lawyer|doctor|girl|boy|man|woman|king|queen|prince|princess|master|sheriff|narrator|hero|"
        r"heroine|wife|widow|child|children|family)")
HUMAN = re.compile(r"^(?:,\s(?:a|an|the|his|her|their|[A-Z][\w'-]+[’']s)\s(?:[\w'-]+\s){0,3}" + ROLE + r"\b|"
                   r"[’']s\s(?:[\w'-]+\s)?" + ROLE + r"\b|\s(?:" + "|".join(sorted(SPEECH)) + r")\s)")


def characters(corpus: Corpus, doc: SourceDoc) -> dict[str, str]:
    """The document's people, folded -> as written: the analyse stage's persons and the names it could not place
    that read as people ("Scout", "Bob Ewell": a novel's characters are in no lexicon)."""
    if "characters" not in doc.hints:
        found = dict(_people(corpus, doc))
        for m in doc.mentions:
            after = doc.sentences[m.sentence].text[m.end:]
            if m.kind == "name" and (keep_rules.option_kind(corpus, doc, m.text) == "person" or HUMAN.match(after)):
                found.setdefault(fold(m.text), m.text)
        for gender, name in doc.hints.get("pronoun_person", {}).values():
            if gender != "n":  # "n": a work an "It" stands for (`resolve.work_before`)
                found.setdefault(fold(name), name)
        doc.hints["characters"] = found
    return doc.hints["characters"]


def _subject_name(s: Sentence, people: dict[str, str]) -> str:
    """The person the sentence's subject names, when the subject is that name alone or with an appositive."""
    start, end = s.parse.subject
    subject = s.text[start:end]
    name = re.split(r",\s", subject, maxsplit=1)[0]
    if start != 0 or fold(name) not in people or (name != subject and not subject.endswith(",") and
                                                 not re.fullmatch(re.escape(name) + r",\s[^,]+,?", subject)):
        return ""
    return people[fold(name)]


def portrait(corpus: Corpus, doc: SourceDoc, s: Sentence) -> Candidate | None:
    """'In …, who is poor, violent and full of hatred?' for a sentence that describes one of its people so."""
    p = s.parse
    if not (p and p.subject and p.root in BE and usable(s, blanks=True)):
        return None
    people = characters(corpus, doc)
    name = _subject_name(s, people)
    rest = re.match(r"^\s(?:is|are|was|were)\s(?P<described>[^.;:]+)\.$", s.text[p.subject[1]:].rstrip())
    described = rest.group("described").strip() if rest else ""
    if not name or not ADJECTIVES.match(described) or len(described.split()) > MAX_WORDS or \
            LEANS.search(described) or PARTICIPLE.match(described):
        return None
    names = set(people.values())
    others = sorted({v for k, v in people.items() if k != fold(name) and fold(v) not in fold(name)
                     and fold(name) not in fold(v) and fold(v) not in fold(s.text) and not a_writer(doc, v)
                     and not any(v != w and re.search(rf"\b{re.escape(v)}\b", w) for w in names)},
                    key=lambda v: digest(v, s.text))  # not "Boo" beside "Boo Radley", nor a critic
    if len(others) < 3:
        return None
    verb = "was" if p.root in ("was", "were") else "is"
    c = base(doc, s, "multiple_choice", f"In {doc.ref}, who {verb} {described}?", name, None, "portrait")
    c.choices = sorted([name] + others[:3], key=lambda o: digest(o, s.text))
    c.answer_kind = "person"
    c.pending["people list"] = True
    return c


SAID = re.compile(r"^(?P<who>[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?)\s(?P<verb>[a-z]+)\s(?P<what>.+?)\.?[\"”]?\s*$")
# a second speaker after ", and": "He tells them …, and their neighbour Miss Maudie explains that …" (brief en15)
SAID_AFTER = re.compile(r",\s(?:and|while|but)\s(?:(?:their|his|her|the)\s(?:[a-z]+\s){1,2})?(?=[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?"
                        r"\s[a-z]+\s)")


def _speaker(doc: SourceDoc, s: Sentence) -> tuple[re.Match | None, str]:
    """The said-what match of the sentence and who says it: the name that opens it, the person an opening "He"/"She"
    stands for (`resolve.subject_before`: "He teaches his children that …" after "Atticus knows …"), or the
    person named after ", and" when the first speaker is neither."""
    text = s.text.strip()
    found = SAID.match(text)
    person = doc.hints.get("pronoun_person", {}).get(s.position)
    if found and found.group("who") in ("He", "She") and person:
        return found, person[1]
    if found and found.group("verb") in SPEECH and found.group("who") not in ("He", "She"):
        return found, found.group("who")
    later = SAID_AFTER.search(text)
    found = SAID.match(text[later.end():]) if later else None
    return (found, found.group("who")) if found else (None, "")


def said_by(corpus: Corpus, doc: SourceDoc, s: Sentence) -> Candidate | None:
    """'In …, who tells Jem that real courage is "…"?' for a sentence in which one of the document's people, by
    name, says something to someone: who says what is a character question.
    The speaker is the key, three other people of the document the options."""
    found, who = _speaker(doc, s)
    if not found or found.group("verb") not in SPEECH or not s.parse or s.role != "body" or "?" in s.text:
        return None
    people = characters(corpus, doc)
    what = found.group("what")
    if fold(who) not in people or not re.search(r"\bthat\b|[\"“]", what) or len(what.split()) > 30 or \
            re.search(r"\b(?:she|he|they|it)\s(?:is|was|are|were|has|had)\b", what.split("that", 1)[0]):
        return None
    name = people[fold(who)]
    names = set(people.values())
    others = sorted({v for v in names if fold(v) not in fold(name) and fold(name) not in fold(v)
                     and fold(v) not in fold(what) and not a_writer(doc, v)
                     and not any(v != w and re.search(rf"\b{re.escape(v)}\b", w) for w in names)},
                    key=lambda v: digest(v, s.text))
    if len(others) < 3:
        return None
    text = found.string
    tail = text[found.start("verb"):].rstrip()
    tail = tail[:-1] if tail.endswith(".") else tail[:-2] + tail[-1] if tail.endswith((".”", '."')) else tail
    c = base(doc, s, "multiple_choice", f"In {doc.ref}, who {tail}?", name, None, "said_by")
    c.choices = sorted([name] + others[:3], key=lambda o: digest(o, s.text))
    c.answer_kind = "person"
    c.pending["people list"] = True  # people by what the text says of them, whatever spaCy calls the names
    if who != found.group("who") and s.position > 0:  # a "He" the sentence before names: both are the evidence
        c.quote = f"{doc.sentences[s.position - 1].text} {s.text}"
    return c


def portraits(corpus: Corpus, doc: SourceDoc) -> list[Candidate]:
    """The portrait and said-by items of one English document."""
    return [c for s in doc.sentences for c in (portrait(corpus, doc, s), said_by(corpus, doc, s)) if c]
