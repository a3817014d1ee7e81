"""The data the generator stages pass along: documents, paragraphs, sentences, mentions, candidates."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


# the words of a title's part that names only a genre or a place in a course ("Study Guide", "Chapter 3")
GENRE_WORDS = set("""a an the my our teacher's student's pupil's teachers students pupils study revision reading class
course lesson lecture chapter unit part section module topic week term day guide notes note review worksheet handout
fact facts sheet summary overview introduction background exercise exercises homework assignment case key quick
glossary question questions answer answers and for of practical practicals lab laboratory experiment activity task
project investigation required""".split())


def genre_label(text: str) -> bool:
    """Every word of `text` is a genre word, a number or a numeral letter: "Study Guide", "Unit 2 Review", "Part IV"."""
    found = re.findall(r"[\w'’]+", text.lower().replace("’", "'"))
    return bool(found) and all(w in GENRE_WORDS or w.isdigit() or re.fullmatch(r"[ivxlc]+|[a-z]|\d+[a-z]", w)
                               for w in found)


@dataclass
class Block:
    """One raw text unit as a reader found it (a line or a paragraph), before cleaning."""

    text: str
    heading: int = 0  # heading level, 0 for body text
    list_item: bool = False


@dataclass
class Paragraph:
    """A cleaned paragraph; `index` is 1-based in the cleaned document."""

    index: int
    text: str
    role: str = "body"  # title | heading | body | comment_label | comment
    section: str = ""


@dataclass
class Parse:
    """What the parse stage keeps of one sentence; offsets are in the sentence text."""

    ents: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, spaCy label)
    root: str = ""  # the main verb, lower-cased
    root_past: bool = False  # the main verb is a simple past ("signed", tag VBD): "did" + its dictionary form asks it
    root_pos: str = ""
    has_verb: bool = True  # any verb or auxiliary: none in a list line or a price ("A school bag with the logo, £7.")
    subject: tuple[int, int] | None = None  # the main clause's subject phrase
    subject_head: str = ""
    subject_pos: str = ""
    context_subject: bool = False  # a pronoun, "this X", "his X", "the author": needs the sentence before
    main_start: int = 0  # where the main clause starts after a fronted phrase and its comma (0: no fronted phrase)
    fronted: tuple[int, int] | None = None  # the fronted phrase, without its comma
    fronted_moves: bool = False  # a short time or place phrase that reads the same at the end of a simple clause
    appositive: tuple[int, int] | None = None  # a term named between commas after a noun: "the crust" -> "crust"
    complement: tuple[int, int] | None = None  # what the subject is when the root is "is/was": "X is [a process …]"
    reporter: str = ""  # who else the sentence reports ("Critics say that …"): see stages/voice.py
    own_stance: bool = False  # the writer's own "I believe", "I urge", or an imperative
    evaluates: list[str] = field(default_factory=list)  # evaluative words of the main clause
    # subordinate clauses (start, end, finite): "which had been united in …" (finite), "launched in August …" (not)
    side: list[tuple[int, int, bool]] = field(default_factory=list)
    terms: list[tuple[int, int]] = field(default_factory=list)  # noun phrases that may be terms: "the [left ventricle]"
    second_clause: int | None = None  # where a clause with its own subject follows the main one (", and X landed …")
    starts_with_name: bool = False  # its first word is a proper noun ("Fred, Scrooge's nephew, …"): keeps its capital


@dataclass
class Sentence:
    """A sentence of a cleaned paragraph; `start`/`end` are offsets in the paragraph text."""

    doc_id: str
    paragraph: int
    start: int
    end: int
    text: str
    role: str
    section: str
    position: int = 0  # index in the document's sentence list
    stance: str = "fact"  # fact | opinion | claim | question | other
    cues: list[str] = field(default_factory=list)
    parse: Parse | None = None


@dataclass
class Mention:
    """A named entity or number found in a sentence; offsets are in the sentence text."""

    sentence: int
    start: int
    end: int
    text: str
    kind: str  # person, country, city, region, org, event, name, acronym | year, date, percent, money, count, ...
    key: str = ""  # canonical entity key (entities) or normalised value (numbers)
    value: float | None = None
    in_list: bool = False


@dataclass
class Attribution:
    """Who said, argued or wrote what; `content` is verbatim text of the sentence."""

    sentence: int
    speaker: str  # canonical display name
    speaker_key: str
    verb: str
    content: str
    quoted: bool = False


@dataclass
class Definition:
    """A term with its definition, an acronym with its expansion, or a person with their role."""

    sentence: int
    term: str
    meaning: str
    kind: str  # term | acronym | role


@dataclass
class Entity:
    """A corpus-wide named entity: every surface form that names it, and its fine kind."""

    key: str
    name: str
    kind: str
    forms: dict[str, int] = field(default_factory=dict)
    docs: dict[str, int] = field(default_factory=dict)
    more: int = 0  # mentions under spellings beyond those kept in `forms`

    @property
    def count(self) -> int:
        """How often the documents name it, under any spelling."""
        return sum(self.forms.values()) + self.more


ARGUED = 0.15  # op-eds and analyses: 0.16-0.48 of the body; most news items and biographies 0.04-0.12 (read u)


@dataclass
class SourceDoc:
    """One input document as it moves through the stages."""

    id: str
    file: str
    path: Path | None = None
    title: str = ""
    author: str = ""
    kind: str = ""
    published: str = ""
    blocks: list[Block] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    definitions: list[Definition] = field(default_factory=list)
    main_topics: list[str] = field(default_factory=list)
    hints: dict[str, Any] = field(default_factory=dict)  # reader hints: wrapped lines, HTML <title>
    language: str = "en"  # kk | ru | en (generator/lang/detect.py)

    @property
    def text(self) -> str:
        """The cleaned text: paragraphs separated by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)

    def one_too_many(self, quota: str, sentence: int, limit: int) -> bool:
        """Count the sentence as asked under `quota` ("year_keys"); True when it would be one sentence more than
        `limit` (a document's year keys, its survey's shares)."""
        asked = self.hints.setdefault(quota, set())
        if sentence not in asked and len(asked) >= limit:
            return True
        asked.add(sentence)
        return False

    def mentions_in(self, position: int) -> list[Mention]:
        """The mentions of one sentence (indexed once per document: asking per question stays linear)."""
        if "mentions_at" not in self.hints:
            at: dict[int, list[Mention]] = {}
            for m in self.mentions:
                at.setdefault(m.sentence, []).append(m)
            self.hints["mentions_at"] = at
        return self.hints["mentions_at"].get(position, [])

    @property
    def named_author(self) -> str:
        """The author when the document's own text names them (a byline, a signature), else "": a name typed
        beside a file but printed only in another one sends a student to the wrong text."""
        if "named_author" not in self.hints:
            surname = self.author.split()[-1] if self.author.split() else ""
            own = "\n".join(b.text for b in self.blocks) or self.text
            self.hints["named_author"] = self.author if surname and surname.lower() in own.lower() else ""
        return self.hints["named_author"]

    @property
    def opinion_share(self) -> float:
        """The share of the body sentences that are opinions (once the analyse stage has set their stances; the voice
        stage, which decides them last, keeps it in `hints`, so that asking once per question stays linear)."""
        if "opinion_share" in self.hints:
            return self.hints["opinion_share"]
        body = [s for s in self.sentences if s.role == "body"]
        return sum(s.stance == "opinion" for s in body) / max(1, len(body))

    @property
    def argued(self) -> bool:
        """The writer argues here: at least ARGUED of the body is opinion (an essay, an op-ed, an analysis), not a
        report or a biography whose byline a pupil never notes. The voice stage sets it once it has decided the stances."""
        return self.hints.get("argued", True)

    @property
    def ref(self) -> str:
        """A short way to name the document in a prompt: its writer when its text names them and argues in it, else
        its short title (the part before a colon, when that has two words or more: "Strategic alliances"): "the text
        by Helen Ashworth" named a news report by a byline no pupil remembers (read u)."""
        head, _, tail = (part.strip() for part in self.title.partition(":"))
        short = head if tail and len(head.split()) >= 2 else self.title
        if tail and genre_label(head):
            short = tail  # "Study Guide: William Shakespeare's Macbeth" is the guide on Macbeth (blind read 29q)
        elif tail and genre_label(tail):
            short = head  # "Macbeth: A Study Guide"
        return f"the text by {self.named_author}" if self.named_author and self.argued else f"“{short}”"

    @property
    def label(self) -> str:
        """How prompts name this document: its title, with the author when its text names them."""
        return f"“{self.title}” ({self.named_author})" if self.named_author else f"“{self.title}”"


@dataclass
class Candidate:
    """A question on its way to the bank, with the internal facts the later stages need."""

    type: str
    kind: str
    prompt: str
    answer: Any
    doc_id: str
    quote: str
    paragraph: int
    sentence: int = -1
    choices: list[str] = field(default_factory=list)
    tolerance: float | None = None
    explanation: str = ""
    topic: str = ""
    difficulty: float = 0.5
    aliases: list[str] = field(default_factory=list)
    notes: str = ""
    evidence: list[dict] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)  # written to the bank ("disagreement" and what is read differently)
    template: str = ""
    answer_kind: str = ""  # fine kind of the answer, for distractors
    answer_key: str = ""
    pending: dict = field(default_factory=dict)  # work left for the distractor stage
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    language: str = "en"


@dataclass
class Flashcard:
    """A front/back card with its evidence."""

    front: str
    back: str
    doc_id: str
    quote: str
    paragraph: int
    kind: str = ""


@dataclass
class Corpus:
    """Everything the pipeline knows: the documents and what the stages derived from them."""

    paths: list[Path] = field(default_factory=list)
    manifest: Path | None = None
    title: str | None = None
    max_chars: int | None = None  # characters of text one document may hold
    language: str | None = None  # the documents' language when the teacher says it; None: detect each one's
    docs: list[SourceDoc] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    candidates: list[Candidate] = field(default_factory=list)
    flashcards: list[Flashcard] = field(default_factory=list)
    rejected: list[Candidate] = field(default_factory=list)
    questions: list[Candidate] = field(default_factory=list)
    provided: set[str] = field(default_factory=set)
    mid_caps: set[str] = field(default_factory=set)  # words capitalised inside sentences: names
    alias_keys: dict[str, str] = field(default_factory=dict)  # folded surface form -> canonical entity key
    lower_vocab: set[str] = field(default_factory=set)  # words seen in lower case: common words
    held: list[SourceDoc] = field(default_factory=list)  # documents in another language than English (lang/)
    hints_order: list[str] = field(default_factory=list)  # document ids in reading order, while some are held

    def entity_for(self, name: str) -> Entity | None:
        """The entity a name (any spelling) refers to."""
        from studyapp.generator.lexicon import fold

        key = self.alias_keys.get(fold(name), fold(name))
        return self.entities.get(key)

    def doc(self, doc_id: str) -> SourceDoc:
        """The document with this id."""
        for doc in self.docs:
            if doc.id == doc_id:
                return doc
        raise KeyError(doc_id)
