"""Cast lists: the characters and symbols a literature study guide lists one to a line (brief en11, item 3).

A guide lists its characters as "Ralph - the elected leader, who stands for order." and its symbols as "The conch: a
symbol of democracy and order." Those lines name nobody the entity finder knows and define nothing the definition
forms read ("X is a …"), so they gave no question, though they are what a teacher asks first:

- **who**: "Ralph - the elected leader, who stands for order and common sense." -> "In …, which character is the
  elected leader, who stands for order and common sense?", the other characters of the list as options;
- **what**: "The conch: a symbol of democracy and order." -> "In …, what is a symbol of democracy and order?",
  the other items of the list as options.

- **theme** (brief en15): "Language as a weapon: Squealer shows how slogans … control what people believe." under a
  themes heading -> "In …, which theme is described by the words “Squealer shows how …”?", the list's other themes as
  options; such a line's description is a clause, and a gap-fill on it glued the label into its stem.

A character the document names only in its own list line ("Moses – a tame raven …", never in the plot or themes)
is a minor one: not asked.

- **real people** (brief en16): a list of people in a document that speaks of no characters (a museum's cosmonauts,
  a history's leaders) is asked "Who was the first cosmonaut of …?" ("which character" is for fiction), every
  listed person counts (the list is the content, not a cast around a plot), and a description that is a
  past-tense verb phrase is asked too: "Aidyn Aimbetov — flew to the space station in 2015." -> "Who flew to the
  space station in 2015?"; "was" when the list tells the past, "is" otherwise. No gap-fill is made on a list line (`list_line`): it is no sentence
("_____ – a cynical old donkey …"), and the cast stage asks it.

Only a list counts: three or more such lines of one kind under one heading, each a short name and a description that opens
on a noun phrase ("a", "an", "the", a possessive or an adjective before a noun), not a clause ("Chapters 1-3: Ralph
and Piggy find a conch" is a summary, not an entry). A description is cut at its first semicolon; one that names
the key, or holds a quotation, gives no item; an option the description names is left out.
"""
from __future__ import annotations

import re

from studyapp.generator.lexicon import fold
from studyapp.generator.model import Candidate, Corpus, Sentence, SourceDoc
from studyapp.generator.pipeline import stage
from studyapp.generator.stages.generate import base, digest
from studyapp.generator.stages.objects import nlp

DASH_ENTRY = re.compile(r"^(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+[-–—]\s+(?P<desc>[^;]+?)\s*(?:;.*)?\.?$")
COLON_ENTRY = re.compile(r"^(?P<name>(?:The\s+)?[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}):\s+(?P<desc>[^;]+?)\s*(?:;.*)?\.?$")
NOUN_PHRASE = re.compile(r"^(?:a|an|the|[A-Z][\w’'-]*[’']s|[a-z]+[’']s)\s", re.I)
MIN_ENTRIES, MAX_DESC_WORDS = 3, 20
COPIES = ("cloze", "complete", "numeric", "term_gap", "called", "tf", "stance")  # items that quote their line
THEME_HEADING = re.compile(r"\b(?:themes?|motifs?|key ideas)\b", re.I)


def _entry(s: Sentence, pattern: re.Pattern) -> tuple[str, str] | None:
    """(name, description) of one list line, or None."""
    m = pattern.match(s.text.strip())
    return (m.group("name"), m.group("desc").rstrip(" .")) if m and s.role == "body" else None


def _askable(desc: str) -> bool:
    """A description that reads as "which character is …?": a noun phrase (its head a noun, not a verb: "the
    narrator confuses planning with sanity" is a clause), short, with no quotation or figure."""
    if not NOUN_PHRASE.match(desc) or len(desc.split()) > MAX_DESC_WORDS or re.search(r"[\"“”\d]", desc):
        return False
    root = next((t for t in nlp()(desc) if t.dep_ == "ROOT"), None)
    return root is not None and root.pos_ in ("NOUN", "PROPN")


def _fiction(doc: SourceDoc) -> bool:
    """The document speaks of characters (a study guide on a novel or a play), once per document."""
    if "fiction" not in doc.hints:
        doc.hints["fiction"] = re.search(r"\bcharacters?\b", doc.text, re.I) is not None
    return doc.hints["fiction"]


def _deed(desc: str) -> bool:
    """A description that is a past-tense verb phrase with no quotation ("flew to the station in 2015")."""
    if len(desc.split()) > MAX_DESC_WORDS or re.search(r"[\"“”]", desc) or not desc[:1].islower():
        return False
    first = nlp()(desc)[0]
    return first.tag_ == "VBD"


def _lists(doc: SourceDoc, pattern: re.Pattern) -> list[list[tuple[Sentence, str, str]]]:
    """The list lines of one kind under each heading, when there are three or more."""
    by_section: dict[str, list[tuple[Sentence, str, str]]] = {}
    for s in doc.sentences:
        found = _entry(s, pattern)
        if found:
            by_section.setdefault(s.section or "", []).append((s, *found))
    return [entries for entries in by_section.values() if len(entries) >= MIN_ENTRIES]


def list_line(doc: SourceDoc, s: Sentence) -> bool:
    """The sentence is a line of a character, symbol or theme list (three or more under one heading)."""
    if "list_lines" not in doc.hints:  # not a chapter's summary ("Chapters 1-3: Ralph and Piggy find a conch.")
        doc.hints["list_lines"] = {e.position for pattern in (DASH_ENTRY, COLON_ENTRY)
                                   for entries in _lists(doc, pattern) for e, _n, d in entries
                                   if pattern is DASH_ENTRY or _theme(doc, e, d) or _askable(d)}
    return s.position in doc.hints["list_lines"]


def list_gap(c: Candidate, doc: SourceDoc) -> str:
    """A reason when a gap-fill or true/false item copies a list line ("_____ – a cynical old donkey …",
    "Language as a weapon: _____ shows how …"): the line is no sentence, its label glued into the stem."""
    if c.sentence < 0 or c.template not in COPIES or not list_line(doc, doc.sentences[c.sentence]):
        return ""
    return "fragment: a line of a character, symbol or theme list is asked by the cast stage"


def _only_listed(doc: SourceDoc, s: Sentence, name: str) -> bool:
    """The character's name stands in no sentence of the document but its own list line: a minor one."""
    word = re.compile(r"\b" + re.escape(name) + r"\b")
    return not any(word.search(o.text) for o in doc.sentences if o.position != s.position)


def _theme(doc: SourceDoc, s: Sentence, desc: str) -> str:
    """The prompt of a theme line's item, or "" when the line is no theme of a themes list."""
    if not THEME_HEADING.search(s.section or "") or _askable(desc) or len(desc.split()) > MAX_DESC_WORDS + 5 \
            or re.search(r"[\"“”]", desc):
        return ""
    return f"In {doc.ref}, which theme is described by the words “{desc}”?"


def cast_items(doc: SourceDoc) -> list[Candidate]:
    """A who-item for each character line, a what-item for each symbol line and a which-theme item for each theme
    line of the document's lists."""
    out = []
    for pattern, who in ((DASH_ENTRY, True), (COLON_ENTRY, False)):
        for entries in _lists(doc, pattern):
            names = [name for _s, name, _d in entries]
            real = who and not _fiction(doc)  # people, not characters: "who", every one of them
            deeds = {d for _s, _n, d in entries if real and _deed(d)}
            verb = "was" if deeds else "is"
            for s, name, desc in entries:
                theme = "" if who else _theme(doc, s, desc)
                if fold(name) in fold(desc) or not (theme or desc in deeds or _askable(desc)) or \
                        who and not real and _only_listed(doc, s, name):
                    continue
                opening = "what is" if not who else f"who {verb}" if real else "which character is"
                prompt = theme or (f"In {doc.ref}, who " if desc in deeds else f"In {doc.ref}, {opening} ")
                others = [n for n in names if n != name and fold(re.sub(r"^The\s+", "", n)) not in fold(desc + prompt)]
                others = sorted(others, key=lambda n: digest(n, s.text))[:3]
                if len(others) < 2:
                    continue
                lead = desc[:1].lower() + desc[1:] if desc.split()[0] in ("A", "An", "The") else desc
                prompt = theme or f"{prompt}{lead}?"
                c = base(doc, s, "multiple_choice", prompt, name, None, "cast")
                c.choices = sorted([name] + others, key=lambda o: digest(o, prompt))
                c.answer_kind = "person" if who else "theme" if theme else "term"
                c.pending["people list"] = who  # the options are characters by the list itself (`mixed_options`)
                out.append(c)
    return out


@stage("cast", requires=["sentences", "stances", "parses", "entities"], provides=["cast_candidates"])
def cast_stage(corpus: Corpus) -> Corpus:
    """Cast-list items and portraits (`portraits.py`) for every English document."""
    from studyapp.generator.stages.portraits import portraits

    corpus.candidates.extend(c for doc in corpus.docs if doc.language == "en"
                             for c in cast_items(doc) + portraits(corpus, doc))
    return corpus
