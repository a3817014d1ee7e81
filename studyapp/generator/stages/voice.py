"""Fact, opinion or reported claim by whose voice a sentence is in and whether it evaluates (issue 13, item 6).

`voice_of(doc)` reads a parsed spaCy sentence once (in the parse stage) and keeps three things on `Parse`: the
reporter (someone other than the writer who says, argues, warns … what the sentence holds), the writer's own stance
("I believe", "I urge", an imperative), and the evaluative words of the main clause (modals of obligation, value
adjectives, comparisons of value). Words inside a quotation, a relative clause or a clause that completes a noun
("the belief that a country should …") are not the sentence's own evaluation. The writer's own study as the
subject ("The research predicts that …") is the writer's voice, and a prediction there the writer's opinion; a view
set up to be answered ("One might assume that …", "Some say …") is someone else's. `classify` turns them into a
label.
The labelled set in tests/generator/data/stance-labels.json measures it (tests/generator/test_voice.py).
"""
from __future__ import annotations

import re

from studyapp.generator import lexicon as lx
from studyapp.generator.model import ARGUED, Corpus, Sentence
from studyapp.generator.pipeline import stage

REPORTING = {"say", "says", "said", "argue", "argues", "argued", "claim", "claims", "claimed", "believe", "believes",
             "believed", "think", "thinks", "thought", "warn", "warns", "warned", "told", "tell", "tells", "insist",
             "insists", "insisted", "suggest", "suggests", "suggested", "contend", "contends", "contended", "maintain",
             "maintains", "maintained", "worry", "worries", "worried", "fear", "fears", "feared", "point", "points",
             "pointed", "found", "finds", "find", "explains", "explained", "stated", "states", "state", "wrote", "writes", "write", "noted",
             "notes", "note", "reported", "reports", "report", "predicted", "predicts", "predict", "estimate",
             "estimates", "estimated", "agree", "agrees", "agreed", "disagree", "disagrees", "disagreed", "doubt",
             "doubts", "doubted", "call", "calls", "called", "concluded", "concludes",
             "accept", "accepts", "accepted", "declare", "declares", "declared", "finalized", "propose", "proposes",
             "proposed", "teach", "teaches", "taught", "understands", "understood", "announce", "announces", "announced", "recommend", "recommends", "recommended", "urge", "urges", "urged",
             "reply", "replies", "replied", "respond", "responds", "responded", "counter", "counters", "countered"}
STANCE_VERBS = {"believe", "think", "urge", "feel", "agree", "disagree", "doubt", "hope", "understand", "suggest",
                "argue", "propose", "recommend", "accept", "insist", "fear", "wish", "want", "prefer", "arguing", "saying",
                "suggesting", "asking", "calling"}
FIRST = {"i", "we"}
OBLIGATION = {"should", "must", "ought", "shall"}
HEDGES = {"may", "might", "would"}  # the writer's own guess ("Kazakhstan may be turning …"); "could" is often a fact
EVALUATIVE = set("""good bad best worst better worse greatest excellent wrong right fair unfair cheap
simple wise unwise foolish dangerous risky harmful helpful unhelpful useful useless important crucial vital essential
necessary unnecessary needless misleading inevitable remarkable impressive terrible awful wonderful absurd ridiculous
outrageous disastrous shameful deplorable admirable laudable valuable worthless beneficial effective ineffective
powerful weak brilliant clearly obviously surely undoubtedly arguably unfortunately fortunately hopefully sadly
rightly wrongly tempting temptation mistake nonsense sensible reasonable unreasonable acceptable
unacceptable evident true real biggest contributes too seems seem perhaps probably likely possibly apparently worth deserve deserves matter matters mistake distraction""".split())
# the lexicon's value words count too; its verbs and modals are read from the parse instead
EVALUATIVE |= lx.OPINION_CUES - {"believe", "think", "feel", "should", "must", "ought", "need", "needs", "opinion",
                                 "conclusion", "significant", "right", "negative", "positive"}
DEFINING = {"means", "mean", "denotes", "refers"}  # a main verb that defines a word (set 9)
CONDITION = {"when", "whenever", "if", "once", "until", "unless"}  # a clause that says when, not how good
NOT_OWN = {"acl", "relcl", "ccomp"}  # clauses that complete an idea noun: what the belief holds, not the writer's claim
IDEA_NOUNS = {"belief", "idea", "view", "principle", "theory", "doctrine", "policy", "rule", "law", "system", "claim",
              "argument", "notion", "demand", "demands", "promise", "order", "plan", "ideology", "hope", "fear"}
NEEDS_THAT = {"found", "finds", "find", "teach", "teaches", "taught"}  # "the jury finds Tom guilty" reports nothing
# who or what can report a view: a thing is no reporter ("Ohm's law states that …", "Voltage tells us how much …")
SOURCES = {"report", "study", "survey", "poll", "article", "paper", "newspaper", "magazine", "book", "letter",
           "statement", "government", "ministry", "council", "committee", "court", "agency", "company", "police",
           "army", "organisation", "organization", "school", "university", "institute", "team", "club", "commission",
           "board", "office", "authority", "website", "inquiry", "review", "party", "union", "press", "media",
           "narrator", "speaker", "family", "community", "side", "opposition", "campaign", "group"}
# the writer's own work as the subject of a reporting verb: "The research predicts that …" is the writer's voice
OWN_WORK = re.compile(r"^(?:the|this|our|my|the present)\s+(?:research|study|paper|article|survey|analysis)$", re.I)
PREDICTS = {"predict", "predicts", "predicted", "expect", "expects", "forecast", "forecasts", "anticipate",
            "anticipates"}
# a view the writer sets up to answer ("One might assume that …", "Some say …"): someone else's, not the writer's
SET_UP = re.compile(r"^(?:one (?:might|may|could) (?:assume|think|expect|argue|say|believe|suppose)|some (?:people )?"
                    r"(?:might |may |would )?(?:say|argue|claim|think|believe|assume)|it (?:might|may) seem)\b", re.I)
QUOTES = re.compile(r"[\"“][^\"”]*[\"”]")


def _quoted(doc) -> set[int]:
    """Indices of tokens inside quotation marks."""
    spans = [(m.start(), m.end()) for m in QUOTES.finditer(doc.text)]
    return {t.i for t in doc if any(a <= t.idx < b for a, b in spans)}


def _own(t, root) -> bool:
    """The token belongs to the sentence's own clause: no noun-describing clause between it and the root, no
    purpose clause ("raised the deck so that the bridge should stay above the water": an aim, not a verdict) and
    no "whether" clause (a question left open)."""
    while t.i != root.i and t.head.i != t.i:
        if t.dep_ in NOT_OWN and t.head.lower_ in IDEA_NOUNS or t.dep_ == "appos":
            return False
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in t.children):
            return False  # an open question: "will vote on whether our school should tighten its rules" (w19)
        marks = {c.lower_ for c in t.children if c.dep_ == "mark" or c.tag_ == "WRB"} if t.dep_ == "advcl" else set()
        if marks >= {"so", "that"} or marks & CONDITION:
            return False  # an aim, or a condition: "… when the economy gains better technology" (set 9)
        t = t.head
    return True


def _can_report(subject) -> bool:
    """A subject that can hold a view: a name, a pronoun, people, or a body or text that speaks; not a singular
    thing ("The law", "Voltage", "The map")."""
    if subject.pos_ in ("PROPN", "PRON") or subject.tag_ == "NNS" or subject.ent_type_:
        return True
    word = subject.lower_  # the pipeline has no lemmatiser: a singular noun is its own lemma
    return word in lx.ROLE_NOUNS or word in SOURCES


def voice_of(doc) -> tuple[str, bool, list[str]]:
    """(reporter's words or "", writer's own stance, evaluative cues of the main clause) of one parsed sentence."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return "", False, []
    quoted = _quoted(doc)
    heads = [root] + [t for t in root.children if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")]
    reporter, stance, reported = "", False, set()
    for verb in heads:
        subject = next((t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        after = doc[verb.i + 1:verb.i + 4].text
        marks = [t for t in doc[verb.i + 1:verb.i + 10] if t.lower_ == "that" and (t.dep_ == "mark" or t.i <= verb.i + 3)
                 and doc[t.i - 1].lower_ not in ("so", "such")]  # "insists on keeping a fire so that …" (set 14)
        that = bool(marks)
        said = verb.lower_ in REPORTING and (verb.lower_ not in NEEDS_THAT and any(c.dep_ == "ccomp" for c in verb.children)
                                             or that
                                             or re.match(r"^(\w+\s*)?:", after)
                                             or verb.lower_ in ("point", "points", "pointed")
                                             and any(c.dep_ == "prt" for c in verb.children))
        own_work = (said or verb.lower_ in PREDICTS) and subject is not None and OWN_WORK.match(
            doc[subject.left_edge.i:subject.right_edge.i + 1].text)
        if own_work:  # the writer's own study: its prediction is the writer's opinion, its finding a fact
            stance = stance or verb.lower_ in PREDICTS
            continue
        if subject is not None and subject.lower_ in FIRST:
            sensed = verb.lower_ in ("feel", "feels", "felt") and not that and any(c.dep_ in ("acomp", "oprd") for c in verb.children)
            if (verb.lower_ in STANCE_VERBS or verb.lower_ in REPORTING and verb.lower_ not in ("found", "told")) \
                    and not sensed:  # "I still feel half asleep": a sensation, no view (read u14)
                stance = True
        elif said and subject is not None and _can_report(subject):
            reporter = doc[subject.left_edge.i:subject.right_edge.i + 1].text
            reported |= {t.i for c in verb.children if c.dep_ == "ccomp" for t in c.subtree}
            for m in marks[:1]:  # the reported clause runs from its "that" to a ", but" (the writer's own answer)
                end = next((t.i for t in doc[m.i:] if t.lower_ == "but" and doc[t.i - 1].text == ","), len(doc))
                reported |= set(range(m.i, end))
    low = doc.text.lower()
    if SET_UP.match(doc.text):
        return "set up", False, []
    if not reporter and re.search(r"\baccording to\b|^for (many|most|some) (readers|critics|people)\b", low):
        reporter = "according to"
    if not reporter and quoted and len(quoted) > 0.6 * len(doc) and re.search(r"[\"”],?\s+\w+\s+(said|says)|said:", doc.text):
        reporter = "quote"
    misread = any(c.dep_ in ("xcomp", "ccomp") and c.tag_ in ("VBD", "VBN") and not any(m.dep_ == "mark" for m in c.children)
                  for c in root.children)  # "Note G set out a method": a name, then its past-tense verb
    # "First, offer two portion sizes.": a sequence adverb and its comma before the verb still leave an imperative
    fronted = 0 < root.i <= 3 and doc[root.i - 1].text == "," and all(
        t.dep_ in ("advmod", "punct") and t.head == root for t in doc[:root.i])
    if (root.tag_ == "VB" and (root.i == 0 or fronted) and not misread
            and not any(c.dep_ == "nsubj" for c in root.children)) or re.match(r"^(let us|let's)\b", low):
        stance = True  # an imperative: the writer tells the reader what to do
    if root.lower_ in DEFINING:
        return reporter, stance, []  # '"Next best" means we count the single best option': a definition, no verdict
    cues = sorted({t.lower_ for t in doc if t.i not in quoted and t.i not in reported and _own(t, root) and (
        t.lower_ in OBLIGATION and t.tag_ == "MD" or t.lower_ in EVALUATIVE and t.pos_ != "PROPN" and not _term_word(t)
        or t.lower_ in HEDGES and t.tag_ == "MD"
        or t.lower_ in ("help", "helps", "work", "works") and any(c.dep_ == "neg" for c in t.children)
        or t.lower_ in ("need", "needs") and t.i == root.i)})
    return reporter, stance, cues


def _term_word(t) -> bool:
    """A value word that is part of a term, not a verdict: "a right angle", "a right-angled triangle" (read v), "the
    next best alternative" (set 9: opportunity cost's definition keyed an opinion)."""
    if t.lower_ == "best" and t.i > 0 and t.nbor(-1).lower_ in ("next", "second", "third"):
        return True
    return t.lower_ == "right" and (t.head.lower_ in ("angle", "angles", "angled") or t.nbor(1).lower_ == "-" and
                                    t.i + 2 < len(t.doc) and t.nbor(2).lower_ == "angled")


# an exercise's instruction to the pupil ("Name one metamorphic rock …", "Explain why …", "Give two reasons …") is a
# question in the imperative, neither the writer's view nor a fact (blind read 29t: keyed "An opinion")
TASK_VERB = re.compile(r"^(?:Describe|Explain|Calculate|Identify|Outline|Define|Discuss|Evaluate|Sketch|Summari[sz]e|"
                       r"Find|Solve|Simplify|Estimate|Work out|Show that)"  # "Find P(a number greater than 5)." (read w)
                       r"\s+(?!(?:that|this|these)\s)\w")  # never a noun or an adjective at a sentence's start
TASK = re.compile(r"^(?:Name|List|State|Label|Compare)\s|^(?:Give|Suggest|Write|Draw|Find)\s+(?:(?:one|two|three|four|"
                  r"five|\d+|an?|some)\s+(?:\w+\s+)?(?:reasons?|examples?|ways?|words?|differences?|causes?|effects?|"
                  r"sentences?|facts?)|why|how|what|which|where|when|who)\b")  # needs the parse's imperative


def classify(s: Sentence, attributed: bool = False) -> str:
    """fact, opinion or claim (reported) for a parsed sentence; a question, or an exercise's instruction, stays a
    question."""
    text = s.text.strip()
    if text.endswith("?"):
        return "question"
    p = s.parse
    if p is None:
        return s.stance
    if TASK_VERB.match(text) or p.own_stance and TASK.match(text):
        return "question"
    if re.match(r"(?:Let me|Allow me to|I want to (?:tell|use|start|finish|end|share)|Imagine|Suppose|Picture|Assume|"
                r"Pretend|Think of)\b", text):  # "Imagine a country that …": an example set up, no view (set 9)
        return "other"  # "Let me give you three numbers.": the speaker announcing what comes next (read w)
    if p.reporter in ("according to", "set up"):
        return "claim"  # "According to X, …", "For many readers …", "One might assume …": the view is theirs
    if p.own_stance or p.evaluates and not attributed:
        return "opinion"  # "Supporters claim that …, but there is no good evidence": the writer's own verdict
    if attributed or p.reporter:
        return "claim"
    return "fact"


# lines a teacher could key either way (blind read 29n): a generic group's textbook line ("Economists say that …"),
# the writer's generalisation about what happens again and again ("Every few months a politician announces …"),
# the writer's own findings ("The findings suggest …")
GENERIC_GROUP = re.compile(r"^(?:many |most )?(?:[a-z]+(?:ists|ians)|experts|researchers|scholars|doctors|engineers)$",
                           re.I)  # a discipline's people, not "Others" or "Supporters"
SIDES = {"activists", "nationalists", "separatists", "socialists", "communists", "populists", "environmentalists",
         "republicans", "libertarians", "politicians"}  # people of a cause: their line is a claim
INDEFINITE = re.compile(r"^(?:a|an|someone|somebody|people|everyone|anyone)\b", re.I)
TEXTBOOK_VERBS = {"say", "says", "agree", "explain", "explains", "teach", "teaches", "define", "defines", "know",
                  "call", "describe", "describes", "note"}
OWN_FINDINGS = re.compile(r"^(?:the|our|these|my)\s+(?:(?:main|key|survey|study's|research)\s+)?(?:findings|results|data|"
                          r"responses|answers|evidence)$", re.I)
AGAIN_AND_AGAIN = re.compile(r"^(?:every|each)\s+(?:few\s+)?(?:day|week|month|year|time|spring|summer|autumn|winter)s?\b"
                             r"|^(?:whenever|time and again|again and again|year after year)\b", re.I)


def debatable(s: Sentence) -> bool:
    """The sentence is no fair fact/opinion item: a "reported claim" that is a generic group's textbook line, the
    writer's generalisation of what keeps happening, or the writer's own findings reported."""
    p = s.parse
    if p is None:
        return False
    who = p.reporter.strip()
    textbook = (GENERIC_GROUP.match(who) and who.split()[-1].lower() not in SIDES and who[:1].isupper()
                and p.root in TEXTBOOK_VERBS)  # not "argue", "warn"
    if who and (textbook or INDEFINITE.match(who) or OWN_FINDINGS.match(who)):
        return True
    return bool(AGAIN_AND_AGAIN.match(s.text.strip()))


@stage("voice", requires=["parses", "stances"], provides=["voices"])
def voice_stage(corpus: Corpus) -> Corpus:
    """Decide each parsed sentence's stance by its voice and evaluation (the analyse stage's cue-word guess stays on
    sentences without a parse, and on reader comments, which are opinions)."""
    for doc in corpus.docs:
        attributed = {a.sentence for a in doc.attributions}
        for s in doc.sentences:
            if s.parse is None or s.role == "comment" or s.stance == "question":
                continue
            found = classify(s, s.position in attributed)
            s.stance = "other" if s.stance == "other" and found == "fact" else found  # "I have taught for …"
        doc.hints["opinion_share"] = doc.opinion_share  # the stances are final now
        doc.hints["argued"] = doc.opinion_share >= ARGUED  # SourceDoc.ref names an argued piece by its writer
    return corpus
