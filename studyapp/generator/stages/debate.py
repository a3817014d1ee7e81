"""Debate stage: two opinion pieces on one question made visible (issue 13, item 7).

Two documents form a debate when each is an opinion piece (an author; at least MIN_OPINIONS sentences in the writer's
own voice and a quarter of them opinions, stage `voice`), they share at least MIN_SHARED content words of their titles
and opinions, and one of them answers the other side ("Critics say …", "Supporters claim …"). For such a pair:

- "Two writers disagree. Which of them argues this: “…”?" with the two writers and "Both of them" as the options,
  for each writer's strongest own opinions (not a concession: "I agree that …" is where they meet);
- "Both writers mention “30 English schools” but read that evidence differently. Which of them writes: “…”?" when the
  same figure and the words after it stand in both documents: the one piece of evidence they read in opposite ways.

`disagreements(corpus)` lists the shared-evidence pairs with both quotes (for a bank page).
"""
from __future__ import annotations

import re

from studyapp.generator.lexicon import fold
from studyapp.generator.model import Candidate, Corpus, Sentence, SourceDoc
from studyapp.generator.pipeline import stage
from studyapp.generator.stages.generate import digest
from studyapp.limits import TEXT

CLOCK = {"am", "pm", "a.m.", "p.m.", "o'clock"}
DISAGREEMENT = "disagreement"  # the tag of a question on evidence two writers read differently
MIN_OPINIONS = 2
MIN_SHARED = 3
MIN_SHARE = 0.25  # an opinion piece: at least a quarter of its sentences are opinions
OTHER_SIDE = re.compile(r"\b(critics|supporters|opponents|sceptics|skeptics|defenders|those who|someone|some parents|"
                        r"some people|some teachers)\b", re.I)
PER_WRITER = 4
PER_WRITER_EVIDENCE = 3
# a sentence that brings evidence: a figure, a record, a study, a report, a change measured
EVIDENCE = re.compile(r"\d|\b(records?|reports?|stud(?:y|ies)|survey|research|found|shows?|showed|fell|rose|doubled|"
                      r"halved|no longer|ten|twenty|hundred|thousand|half|twice)\b", re.I)
LEANING = re.compile(r"(?:it|they|this|these|that|he|she|them|but|and|so|however|yet|also)\b", re.I)
STOP = set("""the a an and or but of in on at to for with by from as is are was were be been it its this that these
those they them their there we our you your i my me he she his her not no so than then too very can could would
should must will may might do does did have has had about into over more most less only also just every all any some
such what which who whom whose when where why how one two if""".split())
BOTH = "Both of them"  # a third option that is false: the two writers disagree on what is asked
CONCESSION = re.compile(r"^(?:I|We) (?:agree|understand|accept|am not|are not|do not deny)\b")  # where they agree
FIGURE = re.compile(r"\b(\d[\d,.]*)\s+((?:[A-Za-z][a-z-]+\s+){0,1}[a-z][a-z-]+)")


def _words(text: str) -> set[str]:
    """Content words of a text, folded."""
    return {w for w in re.findall(r"[a-z][a-z-]{3,}", fold(text)) if w not in STOP}


def _own_opinions(doc: SourceDoc) -> list[Sentence]:
    """The writer's own opinions: body sentences in the writer's voice that evaluate, quotable on their own."""
    return [s for s in doc.sentences if s.role == "body" and s.stance == "opinion" and s.parse
            and not s.parse.reporter and 8 <= len(s.text.split()) <= 40 and s.text.rstrip().endswith(".")
            and not re.match(r"(?:it|they|this|these|that|he|she|them)\b", s.text, re.I) and not CONCESSION.match(s.text)
            and s.text.count("“") == s.text.count("”") and s.text.count('"') % 2 == 0]


def _answers_a_side(doc: SourceDoc) -> bool:
    """The piece reports the other side to answer it ("Critics say …", "Supporters claim …")."""
    return any(s.parse and OTHER_SIDE.search(s.parse.reporter or s.text[:40]) for s in doc.sentences)


def debates(corpus: Corpus) -> list[tuple[SourceDoc, SourceDoc]]:
    """Pairs of opinion pieces by different writers on one subject."""
    pieces = [(d, _own_opinions(d)) for d in corpus.docs if d.author]
    pieces = [(d, ops, _words(d.title + " " + " ".join(s.text for s in ops)), _answers_a_side(d)) for d, ops in pieces
              if len(ops) >= MIN_OPINIONS and d.opinion_share >= MIN_SHARE]
    pairs = []
    for i, (a, _, wa, sa) in enumerate(pieces):
        for b, _, wb, sb in pieces[i + 1:]:
            if fold(a.author) != fold(b.author) and len(wa & wb) >= MIN_SHARED and (sa or sb):
                pairs.append((a, b))
    return pairs


def debated_with(corpus: Corpus, doc_id: str) -> set[str]:
    """The ids of the documents that debate this one (`debates`), found once per corpus and kept in the hints."""
    doc = next((d for d in corpus.docs if d.id == doc_id), None)
    if doc is None:
        return set()
    if "debated" not in doc.hints:
        for d in corpus.docs:
            d.hints["debated"] = set()
        for a, b in debates(corpus):
            a.hints["debated"].add(b.id)
            b.hints["debated"].add(a.id)
    return doc.hints["debated"]


def _candidate(doc: SourceDoc, s: Sentence, prompt: str, answer: str, choices: list[str], template: str) -> Candidate:
    """A two-option perspective question citing sentence s."""
    return Candidate(type="multiple_choice", kind="perspective", prompt=prompt, answer=answer, doc_id=doc.id,
                     quote=s.text, paragraph=s.paragraph, sentence=s.position, topic=s.section or doc.title,
                     choices=choices + [BOTH], template=template, answer_kind="person",
                     explanation=f"{doc.author} writes: “{s.text}”")


def who_argues(a: SourceDoc, b: SourceDoc) -> list[Candidate]:
    """'Which writer argues this?' for each writer's strongest own opinions (a stance or an obligation first)."""
    out = []
    writers = sorted([a.author, b.author])
    for doc, other in ((a, b), (b, a)):
        ranked = sorted(_own_opinions(doc), key=lambda s: (not s.parse.own_stance,
                                                            not {"should", "must"} & set(s.parse.evaluates),
                                                            digest(doc.id, s.text)))
        for s in ranked[:PER_WRITER]:
            if fold(other.author.split()[-1]) in fold(s.text) or fold(doc.author.split()[-1]) in fold(s.text):
                continue
            prompt = f"Two writers disagree. Which of them argues this: “{s.text}”?"  # their names are the options
            out.append(_candidate(doc, s, prompt, doc.author, writers, "debate_who"))
    return out


def _evidence(doc: SourceDoc, other: SourceDoc, used: set[str]) -> list[Sentence]:
    """The writer's own evidence: body sentences that do not evaluate and bring a figure, record or study ("we" is
    the writer's school: the question asks which writer), quotable on their own and not asked already (an opinion,
    a figure both writers read); those with a figure first."""
    found = [s for s in doc.sentences if s.role == "body" and s.stance != "opinion" and s.parse
             and s.text not in used and 8 <= len(s.text.split()) <= 40 and s.text.rstrip().endswith(".")
             and EVIDENCE.search(s.text) and not LEANING.match(s.text)
             and s.text.count("“") == s.text.count("”") and s.text.count('"') % 2 == 0
             and fold(other.author.split()[-1]) not in fold(s.text) and fold(doc.author.split()[-1]) not in fold(s.text)]
    return sorted(found, key=lambda s: (not re.search(r"\d", s.text), digest(doc.id, s.text)))[:PER_WRITER_EVIDENCE]


def who_gives(a: SourceDoc, b: SourceDoc) -> list[Candidate]:
    """'Which of them gives this evidence?' for each writer's own evidence (an op-ed's points are its grounds as
    well as its opinions: blind read 30d, the en-dev coverage gap)."""
    used = {s.text for d in (a, b) for s in _own_opinions(d)} | {
        s.text for _, sa, sb in shared_figures(a, b) for s in (sa, sb)}
    writers = sorted([a.author, b.author])
    out = []
    for doc, other in ((a, b), (b, a)):
        for s in _evidence(doc, other, used):
            prompt = f"Two writers disagree. Which of them writes this: “{s.text}”?"
            out.append(_candidate(doc, s, prompt, doc.author, writers, "debate_who"))
    return out


def shared_figures(a: SourceDoc, b: SourceDoc) -> list[tuple[str, Sentence, Sentence]]:
    """(figure, sentence of a, sentence of b) for each figure with the same words after it in both documents."""
    def figures(doc):
        """Figure key -> (figure as shown, its first sentence) in one document."""
        found = {}
        for s in doc.sentences:
            if s.role == "body":
                for m in FIGURE.finditer(s.text):  # keyed by the figure and the word after it: "60 pounds"
                    words = m.group(2).split()
                    if words[0].lower() in CLOCK:
                        continue  # "3.30 pm" is a time of day in both pieces, not evidence read two ways
                    shown = m.group(1) + " " + " ".join(w for w in words if w.lower() not in STOP)
                    found.setdefault(fold(f"{m.group(1)} {words[0]}"), (shown.strip(), s))
        return found
    fa, fb = figures(a), figures(b)
    return [(fa[k][0], fa[k][1], fb[k][1]) for k in sorted(fa.keys() & fb.keys()) if fa[k][1].text != fb[k][1].text]


def disagreements(corpus: Corpus) -> list[dict]:
    """Each piece of evidence two debating writers read differently, with both quotes."""
    return [{"topic": figure, "sides": [{"doc": a.id, "author": a.author, "quote": sa.text},
                                        {"doc": b.id, "author": b.author, "quote": sb.text}]}
            for a, b in debates(corpus) for figure, sa, sb in shared_figures(a, b)]


def read_differently(a: SourceDoc, b: SourceDoc) -> list[Candidate]:
    """'Both writers mention “…” but read that evidence differently. Which of them writes: “…”?' for each side,
    tagged "disagreement" and the evidence, so that the bank page can show the two sides together."""
    out = []
    writers = sorted([a.author, b.author])
    for figure, sa, sb in shared_figures(a, b):
        for doc, s in ((a, sa), (b, sb)):
            prompt = (f"Both writers mention “{figure}” but read that evidence differently. "
                      f"Which of them writes: “{s.text}”?")
            c = _candidate(doc, s, prompt, doc.author, writers, "debate_evidence")
            c.tags = [DISAGREEMENT, figure[:TEXT["tag"]]]  # the bank page pairs the two sides by this tag
            out.append(c)
    return out


@stage("debate", requires=["sentences", "voices"], provides=["debate_candidates"])
def debate_stage(corpus: Corpus) -> Corpus:
    """Who-argues-what and where-they-disagree questions for every pair of opposing opinion pieces."""
    for a, b in debates(corpus):
        corpus.candidates.extend(read_differently(a, b))
        corpus.candidates.extend(who_argues(a, b))
        corpus.candidates.extend(who_gives(a, b))
    return corpus
