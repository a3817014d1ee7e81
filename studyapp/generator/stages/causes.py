"""Causes stage: cause-and-effect, purpose and process questions from what a sentence says explicitly (issue 13,
item 3; brief en11).

- **why**: "X because Y." / "Because Y, X." -> "According to …, why was the Analytical Engine never built?" (the
  clause turned by `cause_stems.why_stem`; "what is the reason that …" when it does not turn), Y as the key. A
  fronted "When …," is left out of the stem ("Why did Britain declare war …?"); a hedge ("…, partly because")
  too. "X happens/occurs/forms when Y." -> "When does X happen?" (a condition, options other conditions).
- **result**: "X, so Y." / "X, and therefore Y." / "X; as a result, Y." / "X, which meant Y." -> "Why Y?" with X
  as the key, or "what is one result when X?" with Y as the key when Y does not turn.
- **what happens**: "When/If X, Y." in the present (a general rule, stated as fact) -> "What happens when X?".
- **purpose**: "… bought the canal in 1846 to remove a rival." -> "Why did … buy the canal in 1846?" with the
  purpose as the key and the document's other purposes as options (`cause_stems.purpose`).
- **process**: three or more sentences of one paragraph that open with a step marker ("First", "Next", "Then",
  "Finally") -> "Put these steps … in order." The steps are the sentences without their markers.

Options are the document's other clauses of the key's shape and tense, never in the stem nor (a reason or result)
from the key's paragraph, where it is a link of the same chain: reasons among reasons, effects among effects,
conditions among conditions, purposes among purposes; with fewer than two, no item (random sentences of the text
are no options: blind read 30z2). An option never opens on a pronoun, speaks
as "we"/"you", gives an instruction or holds a quotation (blind reads 30b-30d, 29p). The stem stands alone (no
pronoun it does not itself name); the key is verbatim text of the sentence; a key that works a sum out, holds a
quotation or is "because of …" gives no item.
"""
from __future__ import annotations

import re

from studyapp.generator.lexicon import fold
from studyapp.generator.model import Candidate, Corpus, Sentence, SourceDoc
from studyapp.generator.pipeline import stage
from studyapp.generator.stages import phrasing as ph
from studyapp.generator.stages.cause_stems import PRESENT, instruction, leans, purpose, tense, why_stem
from studyapp.generator.stages.generate import DANGLING, base, digest, usable
from studyapp.generator.stages.stance_worth import proposal

BECAUSE = re.compile(r"^(?P<effect>[^;:]{20,}?),?\s+because\s+(?P<cause>[^;:]+?)\s*\.$")
RESULT = re.compile(r"^(?P<cause>[^;:]{20,}?)(?:,\s+so|,?\s+and\s+so|,?\s+and\s+therefore|;\s+as a result,|"
                    r",\s+and\s+as a result,?|,\s+which meant(?:\s+that)?)\s+(?P<effect>(?!that\b)[^;:]+?)\s*\.$")
# "Because more water was evaporating …, the sea began to shrink fast.": the reason fronted (brief en11)
FRONT_BECAUSE = re.compile(r"^Because\s+(?!of\b)(?P<cause>[^,;:]{10,}?),\s+(?P<effect>[^,;:]+?)\s*\.$")
# "Explosive eruptions happen when gas is trapped in sticky magma.": the condition is the reason (blind read 29q)
HAPPENS_WHEN = re.compile(r"^(?P<effect>[^;:,]{3,}?\s(?:happens?|occurs?|takes? place|forms?|starts?|begins?|"
                          r"arises?|develops?))\s+when\s+(?P<cause>[^;:]+?)\s*\.$")
# "When an acid reacts with a base, the products are a salt and water.": what happens, in a general rule (en11)
WHEN_FRONT = re.compile(r"^(?P<mark>When|If)\s+(?P<cause>[^,;:]{10,}?),\s+(?P<effect>[^,;:]+?)\s*\.$")
STEP = re.compile(r"^(First|Firstly|Second|Secondly|Third|Thirdly|Next|Then|After that|Afterwards|Finally|Lastly)"
                  r"\b,?\s+", re.I)
SUBORDINATE = re.compile(r"^(when|if|as|although|though|while|after|before|since|once|because)\b", re.I)
MIN_WORDS, MAX_WORDS = 3, 18
LEANS = re.compile(r"(?:it|its|they|their|them|he|his|she|her|this|these|those|that)\b", re.I)
REASON, CONDITION, EFFECT, PURPOSE = "reason", "condition", "effect", "purpose"
QUOTED = re.compile(r"[\"“”]")
SUM = re.compile(r"\d\s*[×x*/=+÷−-]\s*\d|\bdivided by\b|\bmultiplied by\b|\bequals\b|=")
WH = re.compile(r"\b(what|which|who|how)\b", re.I)  # "… what can happen when …": not the sentence's own verb
HEDGE = re.compile(r",?\s+(?:partly|mainly|largely|probably|perhaps|simply|only|just|chiefly)$")  # "…, partly because"
LINKED = re.compile(r"\b(?:however|also|then|therefore|instead|on the other hand|as well|in turn)\b|"
                    r"^(?:(?:a|an|the)\s+)?(?:second|third|fourth|fifth|other|another|next|latter|former)\b", re.I)
PERSON_LEAD = re.compile(r"(?:he|she|his|her|him)\b", re.I)  # "she narrates …": a person the stem must name
PERSONAL = re.compile(r"\b(I|we|us|our|you|your|my)\b", re.I)


def _clause(text: str) -> bool:
    """A clause short enough to be an option and long enough to say something."""
    return MIN_WORDS <= len(text.split()) <= MAX_WORDS


def explained(s: Sentence) -> tuple[str, str, str] | None:
    """(kind 'why', 'result' or 'happens', the clause asked about, the key clause) of an explicitly causal
    sentence. A key that is no clause ("because of their dark hulls"), holds a quotation or works a sum out
    ("4,000 divided by 50,000 equals 0.08": a worked example) gives none."""
    body, _cut = ph.statement(s)
    for kind, pattern, asked, key in (("why", BECAUSE, "effect", "cause"), ("result", RESULT, "cause", "effect"),
                                      ("why", HAPPENS_WHEN, "effect", "cause"), ("why", FRONT_BECAUSE, "effect", "cause"),
                                      ("happens", WHEN_FRONT, "cause", "effect")):
        m = pattern.match(body)
        least = 2 if pattern in (HAPPENS_WHEN, WHEN_FRONT) else 4
        if m and _clause(m.group(key)) and len(m.group(asked).split()) >= least and not DANGLING.match(m.group(asked)) \
                and not QUOTED.search(m.group(key)) and not SUM.search(m.group(0)) \
                and not re.match(r"of\b", m.group(key)) and not (pattern is HAPPENS_WHEN and WH.search(m.group(asked))) \
                and not (kind == "result" and SUBORDINATE.match(m.group(asked))):
            return kind, HEDGE.sub("", m.group(asked)), m.group(key)
    if " to " in body and not QUOTED.search(body):
        found = purpose(body)
        if found and _clause(found[1]) and len(found[0].split()) >= 4 and not DANGLING.match(found[0]):
            return "purpose", found[0], found[1]
    return None


def _shape(s: Sentence, kind: str) -> str:
    """What the key of an item is: a reason, a condition ("when the costs of production rise") or an effect."""
    if kind == "why":
        return CONDITION if HAPPENS_WHEN.match(ph.statement(s)[0]) else REASON
    return EFFECT


def _clauses(s: Sentence, kind: str, asked: str, key: str) -> list[tuple[str, str]]:
    """(shape, clause) of each part of a causal sentence that may be another item's option."""
    if kind == "result":
        return [(REASON, asked), (EFFECT, key)]
    if kind == "purpose":
        return [(PURPOSE, key), (EFFECT, asked)]
    if kind == "happens" or _shape(s, kind) == CONDITION:  # "Cost-push inflation happens" is no effect option
        return [(_shape(s, kind), key)]
    return [(REASON, key), (EFFECT, asked)]


def _question(corpus: Corpus, doc: SourceDoc, s: Sentence, kind: str, asked: str, key: str) -> tuple[str, str, str]:
    """(prompt, key, its shape): "Why …?" when the clause turns, else the older "what is the reason that …" forms."""
    clause = ph.lower_first(asked, corpus.mid_caps)
    body = ph.statement(s)[0]
    if kind != "result" and (leans(body, asked) or QUOTED.search(asked)):
        return "", key, EFFECT  # the stem would lean on the sentence before ("… in winter it drops …")
    if kind == "happens":
        if tense(body, asked) == PRESENT and tense(body, key) == PRESENT and not leans(body, asked):
            return f"According to {doc.ref}, what happens when {clause}?", key, EFFECT
        return "", key, EFFECT
    if kind == "purpose":  # "Why did Russia begin to mobilise its army?" -> "to defend Serbia"
        stem = why_stem(body, asked, corpus.mid_caps)
        return (f"According to {doc.ref}, {stem[0].lower()}{stem[1:]}" if stem else ""), key, PURPOSE
    if kind == "result":
        stem = why_stem(body, key, corpus.mid_caps) if not LEANS.match(asked) and _clause(asked) \
            and not QUOTED.search(asked) and not SUM.search(asked) else None
        if stem:
            return f"According to {doc.ref}, {stem[0].lower()}{stem[1:]}", asked, REASON
        if leans(body, asked) or leans(body, key) or QUOTED.search(asked) or SUM.search(asked):
            return "", key, EFFECT
        return f"According to {doc.ref}, what is one result when {clause}?", key, EFFECT
    stem = why_stem(body, asked, corpus.mid_caps)
    if not stem and SUBORDINATE.match(asked) and ", " in asked:  # "When German troops entered Belgium, Britain
        stem = why_stem(body, asked.split(", ", 1)[1], corpus.mid_caps)  # declared war …": why of the main clause
    if stem and _shape(s, kind) == CONDITION:  # "Igneous rocks form when …": when, not why
        stem = "When" + stem[3:]
    if stem:
        return f"According to {doc.ref}, {stem[0].lower()}{stem[1:]}", key, _shape(s, kind)
    if SUBORDINATE.match(asked):
        return "", key, EFFECT  # "what is the reason that when …"
    return f"According to {doc.ref}, what is the reason that {clause}?", key, _shape(s, kind)


def why_items(corpus: Corpus, doc: SourceDoc) -> list[Candidate]:
    """The why, result and what-happens items of one document; the options are its other clauses of the key's
    shape and tense (reasons among reasons, then effects; no "it …" option; none from the key's sentence)."""
    causal = [(s, e) for s in doc.sentences if s.role == "body" and (e := explained(s))]
    pool = [(s, shape, c, tense(ph.statement(s)[0], c)) for s, (k, a, key) in causal
            for shape, c in _clauses(s, k, a, key) if (s.stance != "claim" or shape == PURPOSE) and not LEANS.match(c)
            and not LINKED.search(c) and not PERSONAL.search(c) and _clause(c)
            and not leans(ph.statement(s)[0], c) and not instruction(ph.statement(s)[0], c)
            and not QUOTED.search(c)]
    out = []
    for s, (kind, asked, key) in causal:
        if not (s.parse and usable(s, blanks=True, standalone=False)) or kind in ("happens", "purpose") and s.stance != "fact":
            continue  # "When …, a teenager needs to …": a view of what should happen, not what happens
        prompt, key, shape = _question(corpus, doc, s, kind, asked, key)
        if not prompt or PERSONAL.search(key) or not _clause(key) or PERSON_LEAD.match(key) \
                and not _names_of(prompt.split(", ", 1)[-1]) \
                or instruction(ph.statement(s)[0], key):
            continue
        body = ph.statement(s)[0]
        when = "" if shape == PURPOSE else tense(body, key) or tense(body, body)  # the tagger may miss a verb
        # options of the key's own shape only (a result is no reason: "The letter never arrives" for "why is Romeo
        # sad?"), and no reason or result its own paragraph gives: that is a link of the chain it asks about ("… so
        # errors are rare" after "they are easy to tell apart"), a true answer too (blind reads 29x, 30z2); a
        # paragraph's conditions ("A fever happens when …", "Clots form when …") and purposes stand side by side
        wanted = [shape]
        others: list[str] = []
        for want in wanted:
            fit = sorted({c for o, sh, c, t in pool if sh == want and o is not s and (t == when or not when)
                          and (o.paragraph != s.paragraph or shape in (CONDITION, PURPOSE))
                          and fold(c) != fold(key) and fold(c) not in fold(prompt) and fold(key) not in fold(c)
                          and not _overlaps(c, prompt) and c not in others
                          and not (want == PURPOSE and _names_of(c) & _names_of(prompt.split(", ", 1)[-1]))},
                         key=lambda c: digest(c, s.text))
            others += fit[:3 - len(others)]
        if len(others) < 2:  # a clause key is no short answer; random sentences of the text are no options
            continue
        others = [_case_of(key, o, corpus) for o in others]
        c = base(doc, s, "multiple_choice", prompt, key, None, f"cause_{'why' if shape != EFFECT else 'result'}")
        c.choices = sorted([key] + others, key=lambda o: digest(o, prompt))
        c.answer_kind = "clause"
        out.append(c)
    return out


def _case_of(key: str, option: str, corpus: Corpus) -> str:
    """An option written with its first letter as the key's, so no option stands out by its capital."""
    if key[:1].islower():
        return ph.lower_first(option, corpus.mid_caps)
    return option[:1].upper() + option[1:]


def _names_of(text: str) -> set[str]:
    """The capitalised words of a text after its first word: "to fight Russia" is no purpose Russia had."""
    return set(re.findall(r"(?<!^)\b[A-Z][a-z]+", text))


def _overlaps(option: str, prompt: str) -> bool:
    """An option that repeats most of the stem's clause (the same event said again) would read as the key."""
    words = {w for w in re.findall(r"[a-z]{4,}", fold(option))}
    return len(words) >= 2 and len(words & set(re.findall(r"[a-z]{4,}", fold(prompt)))) > len(words) // 2


def process_items(doc: SourceDoc) -> list[Candidate]:
    """An ordering item for each paragraph that lists three or more steps with step markers."""
    out = []
    by_paragraph: dict[int, list[Sentence]] = {}
    for s in doc.sentences:
        if s.role == "body" and STEP.match(s.text):
            by_paragraph.setdefault(s.paragraph, []).append(s)
    for paragraph, steps in sorted(by_paragraph.items()):
        if not 3 <= len(steps) <= 6 or all(s.parse and s.parse.own_stance and proposal(doc, s) for s in steps):
            continue  # an op-ed's "First, offer …; Second, let …": proposals, not steps of a process (brief en14)
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
