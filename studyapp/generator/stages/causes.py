"""Causes stage: cause-and-effect and process questions from what a sentence says explicitly (issue 13, item 3).

- **why**: "The Analytical Engine was never built because Babbage could not raise enough money." -> "According to
  …, what is the reason that the Analytical Engine was never built?", the cause as the key and the document's
  other causes as options (multiple choice when there are two, else no question); a result's options are other
  results. An option that opens on a pronoun ("it has never seen that germ before") is never offered (blind reads
  30b-30d: a result offered as a reason, a pronoun with no referent).
  "X happens/occurs/forms when Y." gives the same question on what happens, Y as the key; its options are other
  such conditions, and a "because" reason's options other reasons (blind read 29p: a kind of inflation's
  condition offered as the reason pensioners lose out).
- **result**: "X, so Y." / "X, and therefore Y." / "X; as a result, Y." -> "According to …, what is one
  result when X?" with Y as the key (not when X opens with "when", "if", "as" …).
- **process**: three or more sentences of one paragraph that open with a step marker ("First", "Next", "Then",
  "Finally") -> "Put these steps … in order." The steps are the sentences without their markers.

Only sentences `generate.usable` accepts (stated, standing alone) give a why or result item; the key is verbatim
text of the sentence; the options come from every causal sentence of the same document.
"""
from __future__ import annotations

import re

from studyapp.generator.lexicon import fold
from studyapp.generator.model import Candidate, Corpus, Sentence, SourceDoc
from studyapp.generator.pipeline import stage
from studyapp.generator.stages import phrasing as ph
from studyapp.generator.stages.generate import DANGLING, base, digest, usable

BECAUSE = re.compile(r"^(?P<effect>[^;:]{20,}?),?\s+because\s+(?P<cause>[^;:]+?)\s*\.$")
RESULT = re.compile(r"^(?P<cause>[^;:]{20,}?)(?:,\s+so|,?\s+and\s+so|,?\s+and\s+therefore|;\s+as a result,|"
                    r",\s+and\s+as a result,?)\s+(?P<effect>(?!that\b)[^;:]+?)\s*\.$")
# "Explosive eruptions happen when gas is trapped in sticky magma.": the condition is the reason (blind read 29q)
HAPPENS_WHEN = re.compile(r"^(?P<effect>[^;:,]{3,}?\s(?:happens?|occurs?|takes? place|forms?|starts?|begins?|"
                          r"arises?|develops?))\s+when\s+(?P<cause>[^;:]+?)\s*\.$")
STEP = re.compile(r"^(First|Firstly|Second|Secondly|Third|Thirdly|Next|Then|After that|Afterwards|Finally|Lastly)"
                  r"\b,?\s+", re.I)
SUBORDINATE = re.compile(r"^(when|if|as|although|though|while|after|before|since|once|because)\b", re.I)
MIN_WORDS, MAX_WORDS = 3, 18
LEANS = re.compile(r"(?:it|its|they|their|them|he|his|she|her|this|these|those|that)\b", re.I)


def _clause(text: str) -> bool:
    """A clause short enough to be an option and long enough to say something."""
    return MIN_WORDS <= len(text.split()) <= MAX_WORDS


def explained(s: Sentence) -> tuple[str, str, str] | None:
    """(kind 'why' or 'result', the clause asked about, the key clause) of an explicitly causal sentence."""
    body, _cut = ph.statement(s)
    for kind, pattern, asked, key in (("why", BECAUSE, "effect", "cause"), ("result", RESULT, "cause", "effect"),
                                      ("why", HAPPENS_WHEN, "effect", "cause")):
        m = pattern.match(body)
        least = 2 if pattern is HAPPENS_WHEN else 4
        if m and _clause(m.group(key)) and len(m.group(asked).split()) >= least and not DANGLING.match(m.group(asked)) \
                and '"' not in m.group(key) and "“" not in m.group(key) \
                and not (kind == "result" and SUBORDINATE.match(m.group(asked))):
            return kind, m.group(asked), m.group(key)
    return None


def _condition(s: Sentence) -> bool:
    """The sentence gives when something happens ("Demand-pull inflation happens when …"), not why ("… lose out
    because …"): a condition is not offered among reasons, nor a reason among conditions (blind read 29p)."""
    return bool(HAPPENS_WHEN.match(ph.statement(s)[0]))


def why_items(corpus: Corpus, doc: SourceDoc) -> list[Candidate]:
    """The why and result items of one document; the options are its other causes and results."""
    causal = [(s, e) for s in doc.sentences if s.role == "body" and (e := explained(s))]
    pools: dict[tuple[str, bool], list[str]] = {}  # a reason among reasons, a result among results; no "it …" option
    for s, (k, _a, key) in causal:
        if not LEANS.match(key):
            pools.setdefault((k, _condition(s)), []).append(key)
    found = [(s, e) for s, e in causal if s.parse and usable(s, blanks=True)]
    out = []
    for s, (kind, asked, key) in found:
        clause = ph.lower_first(asked, corpus.mid_caps)
        prompt = (f"According to {doc.ref}, what is the reason that {clause}?" if kind == "why"
                  else f"According to {doc.ref}, what is one result when {clause}?")
        others = sorted({o for o in pools.get((kind, _condition(s)), []) if fold(o) != fold(key) and fold(o) not in fold(prompt)},
                        key=lambda o: digest(o, s.text))[:3]
        if len(others) < 2:
            continue
        c = base(doc, s, "multiple_choice", prompt, key, None, f"cause_{kind}")
        c.choices = sorted([key] + others, key=lambda o: digest(o, prompt))
        c.answer_kind = "clause"
        out.append(c)
    return out


def process_items(doc: SourceDoc) -> list[Candidate]:
    """An ordering item for each paragraph that lists three or more steps with step markers."""
    out = []
    by_paragraph: dict[int, list[Sentence]] = {}
    for s in doc.sentences:
        if s.role == "body" and STEP.match(s.text):
            by_paragraph.setdefault(s.paragraph, []).append(s)
    for paragraph, steps in sorted(by_paragraph.items()):
        if not 3 <= len(steps) <= 6:
            continue
        items = [STEP.sub("", s.text).rstrip(" .") for s in steps]
        items = [i[:1].upper() + i[1:] for i in items]
        if any(len(i) > 160 or len(i.split()) < 3 for i in items) or len({fold(i) for i in items}) < len(items):
            continue
        section = steps[0].section or doc.title
        first = steps[0]
        c = Candidate(type="ordering", kind="fact", prompt=f"Put these steps from {doc.ref} ({section}) in order.",
                      answer=items, doc_id=doc.id, quote=first.text, paragraph=paragraph, sentence=first.position,
                      topic=section, template="process")
        c.evidence = [{"id": doc.id, "quote": s.text, "paragraph": s.paragraph} for s in steps]
        c.explanation = " ".join(s.text for s in steps)
        out.append(c)
    return out


@stage("causes", requires=["sentences", "parses", "stances"], provides=["cause_candidates"])
def causes_stage(corpus: Corpus) -> Corpus:
    """Why, result and process items for every English document."""
    for doc in corpus.docs:
        if doc.language == "en":
            corpus.candidates.extend(why_items(corpus, doc))
            corpus.candidates.extend(process_items(doc))
    return corpus
