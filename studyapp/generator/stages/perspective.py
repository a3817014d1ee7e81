"""Generate stage, perspective questions: who said it, which source argues it, fact/opinion/claim, figures."""
from __future__ import annotations

import re

from studyapp.generator.lang import cue_cut
from studyapp.generator import lexicon as lx
from studyapp.generator.lexicon import fold
from studyapp.generator.model import Candidate, Corpus, SourceDoc
from studyapp.generator.pipeline import stage
from studyapp.generator.stages.generate import DANGLING, META, digest
from studyapp.generator.stages.phrasing import lower_first, statement
from studyapp.generator.stages import which_document
from studyapp.generator.stages.segment import content_words

STANCE_CHOICES = ["A fact", "An opinion", "A reported claim"]
SELF_REFERENCE = re.compile(r"\b(the|this|our) (research|paper|study|survey|article|author|report|analysis)\b", re.I)
REVIEW = re.compile(r"^(?:[A-Z]\.\s?)*[A-Z][\w’'-]+(?:\s(?:and\s)?(?:[A-Z]\.\s?)*[A-Z][\w’'-]+)*(?:’s|'s)?\s+"
                    r"(?:in\s+(?:his|her|their)\s+\w+\s+|research\s+|study\s+|article\s+)?(?:\w+ly\s+)?"
                    r"(?:states|stated|wrote|writes|notes|noted|argues|argued|says|said|believes|finalized|sees|"
                    r"highlights|underscores|emphasizes|reveals|shows)\b")
STRONG_OPINION = {"should", "must", "ought", "best", "worst", "unfortunately", "fortunately", "hopefully",
                  "worrisome", "weird", "desperate", "excellent", "misleading", "inevitable", "underappreciated",
                  "skillfully", "adept", "dangerous", "risky", "better", "greatest", "clearly", "obviously",
                  "undoubtedly", "arguably", "surely", "might", "may", "seems", "seem", "probably", "perhaps"}
# "Studies have shown the world may be warming": a hedge inside a reported finding is not the author's opinion,
# and a sentence that reports what someone claims or said is not a plain fact: no fact/opinion/claim question.
EVIDENCE = re.compile(r"\b(stud(y|ies)|research|data|analys[ie]s|surveys?|evidence|experiments?|findings|"
                      r"measurements|records)\s+(have\s+|has\s+|had\s+)?(shown|show|shows|found|find|finds|"
                      r"suggest|suggests|suggested|indicate|indicates|indicated|confirm|confirms|confirmed)\b", re.I)
QUOTED = re.compile(r"[\"“”]")
LISTENER_VERBS = {"told", "tells", "tell", "warned", "warns", "assured", "assures", "reminded", "reminds", "informed"}
REPORTING = re.compile(r"\b(says?|said|claims?|claimed|alleges?|alleged|argues?|argued|insists?|insisted|told|"
                       r"accused|denounced|according to)\b", re.I)
ANAPHORA = re.compile(r"\b(these two|those|such an?|the same|the latter|the former|the two|both countries|that year)\b"
                      r"|\b(this|that|it)\.$", re.I)


def label(doc: SourceDoc) -> str:
    """How a document appears as an answer option."""
    return f"{doc.title} ({doc.named_author})" if doc.named_author else doc.title


def labels(docs: list[SourceDoc]) -> list[str]:
    """The documents as the options of one question: each with its author only when every one names its author
    (read u: the one title without an author in brackets was the answer, every time)."""
    return [label(d) if all(o.named_author for o in docs) else d.title for d in docs]


def _perspective(doc: SourceDoc, sentence, qtype: str, prompt: str, answer, template: str) -> Candidate:
    """A perspective candidate citing one sentence."""
    return Candidate(type=qtype, kind="perspective", prompt=prompt, answer=answer, doc_id=doc.id,
                     quote=sentence.text, paragraph=sentence.paragraph, sentence=sentence.position,
                     topic=sentence.section or doc.title, template=template)


def _self_contained(s) -> bool:
    """Readable without the sentences around it."""
    text = s.text.strip()
    body, _ = statement(s)
    return (not DANGLING.match(body) and not ANAPHORA.search(body) and 6 <= len(text.split()) <= 45
            and len(text) <= 240 and text.count("“") == text.count("”") and text.count("(") == text.count(")")
            and not re.search(r"[^\x00-\u024f\u2000-\u206f]", text))


SHORT_REMARK = 10  # words of a quoted first-person remark too short to be worth "who said …?"


def who_said(corpus: Corpus, doc: SourceDoc) -> list[Candidate]:
    """'Who argued that ...?' for each attribution to a person."""
    out = []
    for a in doc.attributions:
        entity = corpus.entities.get(a.speaker_key)
        if not entity or entity.kind != "person" or len(a.content.split()) < 4 or len(a.content) > 230:
            continue
        s = doc.sentences[a.sentence]
        content = a.content.strip()
        if len(content) > 2 and content[0] in "“\"" and content[-1] in "”\"":
            content = content[1:-1].strip()
        if content.count("“") != content.count("”") or content.count("(") != content.count(")") \
                or content.count('"') % 2:
            continue
        if a.quoted and len(content.split()) < SHORT_REMARK and re.search(r"\b(?:I|we|my|our)\b", content, re.I):
            continue  # "Next we want to add a microphone,": who said a short remark tests a name (brief en15)
        names = {fold(f) for f in entity.forms} | {fold(w) for f in entity.forms for w in f.split() if len(w) > 3}
        if any(re.search(rf"\b{re.escape(n)}\b", fold(content)) for n in names):
            continue
        verb = a.verb if a.verb not in ("according to", "in the words of") else "said"
        if verb + "s" in lx.SPEECH_VERBS or verb + "es" in lx.SPEECH_VERBS:
            continue  # "X and Y argue": one of several speakers is half an answer
        listener = re.match(r"(me|us)\b\s*[:,]?\s*", content)
        told_that = a.verb in LISTENER_VERBS and re.match(r"(?:[\w'’-]+\s+){1,4}?that\s", content) is not None
        if listener:  # "X told me: …": the writer, named, or no listener at all
            content = content[listener.end():].strip()
            if len(content) > 2 and content[0] in "“\"" and content[-1] in "”\"":
                content = content[1:-1].strip()
            verb = f"{verb} {doc.named_author}" if doc.named_author else "said"
            prompt = f"Who {verb}: “{content}”?"
        elif a.quoted:
            prompt = f"Who {'wrote' if verb == 'wrote' else 'said'}: “{content}”?"
        else:
            that = re.search(rf"\b{re.escape(a.verb)}\b[^.“\"]{{0,30}}?\bthat\b", s.text)
            inside = that and 0 <= s.text.find(content) < that.end()  # "proposed a definition that we use": content's
            joiner = " that " if that and not inside else " "
            if told_that:
                joiner = " "  # "told the packed chamber that …": the listener and its "that" are in the content
            prompt = f"Who {verb}{joiner}{lower_first(content, corpus.mid_caps)}?"
        qtype = "short_answer" if digest(doc.id, prompt) % 4 == 0 else "multiple_choice"
        c = _perspective(doc, s, qtype, prompt, a.speaker, "who_said")
        c.answer_kind, c.answer_key = "person", a.speaker_key
        c.aliases = sorted({f for f in entity.forms if f != a.speaker})
        c.explanation = f"In {doc.label}, {a.speaker} is the one quoted: “{s.text}”"
        if qtype == "multiple_choice":
            c.pending = {"distractors": "speaker", "content": content}
        out.append(c)
        if digest(doc.id, a.content) % 2 == 0:
            plain = lower_first(content, corpus.mid_caps)
            said = f": “{content}”" if a.quoted or listener else (
                f" that {plain}" if re.search(rf"\b{re.escape(a.verb)}\b[^.“\"]{{0,30}}?\bthat\b", s.text)
                and not told_that else f" {plain}")
            tf = _perspective(doc, s, "true_false", f"True or false? According to {doc.ref}, {a.speaker} {verb}{said}.",
                              "True", "tf_speaker")
            tf.choices = ["True", "False"]
            tf.answer_kind, tf.answer_key = "person", a.speaker_key
            tf.pending = {"swap_speaker": a.speaker, "content": content}
            tf.explanation = c.explanation
            out.append(tf)
    return out


LABELLED = re.compile(r"^[A-Z][\w'’ -]{1,30}:\s")


def _reports_others(text: str) -> bool:
    """True when a sentence carries someone else's words or findings (a speech verb, quotation marks, 'studies
    show'): calling it a plain fact would be arguable."""
    return bool(QUOTED.search(text) or EVIDENCE.search(text) or REPORTING.search(text))


def _distinctive_sentences(corpus: Corpus, doc: SourceDoc) -> set[int]:
    """Sentences naming someone or something (or a figure) that no other document of the corpus names.

    "Which document says (or reports) …?" is a fair question only then: blind readers dropped it on sentences
    that any of several articles on one subject could have written. An argument ("argues") is the author's own.
    """
    elsewhere = which_document.named_elsewhere(corpus, doc)
    return {m.sentence for m in doc.mentions if m.key and m.key not in elsewhere and m.key not in doc.main_topics}


def _thesis(doc: SourceDoc, attributed: set[int]) -> int:
    """The position of the writer's thesis: the text's first sentence when it is the writer's own judgement (an
    opinion with a value word, "Phones do more harm than good"), or -1. Short or without "should", it is still
    the sentence of the text that most plainly asks "fact or opinion?" (blind reads 29r, 29s)."""
    from studyapp.generator.stages.keep_rules import fact_markers, opinion_markers

    first = next((s for s in doc.sentences if s.role == "body"), None)
    if first is None or first.stance != "opinion" or first.position in attributed or first.parse is None \
            or first.parse.reporter or fact_markers(first) or not opinion_markers(first):
        return -1
    return first.position


BE = {"is", "are", "was", "were"}


def which_source(corpus: Corpus, doc: SourceDoc) -> list[Candidate]:
    """'Which document argues ...?' for the author's own opinions, and the fact/opinion/claim sorter."""
    out = []
    attributed = {a.sentence for a in doc.attributions}
    reported_paras = {doc.sentences[a].paragraph for a in attributed}
    firsts = {}
    for s in doc.sentences:
        firsts.setdefault(s.paragraph, s.text)
    reported_paras |= {p for p, text in firsts.items() if REVIEW.match(text)}
    first_attribution = {}
    for a in doc.attributions:
        first_attribution.setdefault(a.sentence, a)
    named = {m.sentence for m in doc.mentions if m.key not in doc.main_topics and m.kind in (
        "person", "org", "city", "country", "event", "year", "date", "percent", "money")}
    distinctive = _distinctive_sentences(corpus, doc)
    thesis = _thesis(doc, attributed)
    for s in doc.sentences:
        text = s.text.strip()
        if not _self_contained(s) or not text.endswith((".", ".”", "!")) or META.search(text) or LABELLED.match(text):
            continue  # "Fate: characters often speak of the stars …": a study guide's entry, nobody's claim (set 9)
        self_ref = bool(SELF_REFERENCE.search(text))
        if s.paragraph in reported_paras and s.position not in attributed and s.role != "comment":
            continue  # a literature review: whose voice each sentence is in cannot be told
        strong = {c for c in s.cues if c in STRONG_OPINION} | ({"own stance"} if s.parse and s.parse.own_stance else set())
        # a short judgement: "A ban is cheap, simple and fair." (en-dev: the writer's case went unasked)
        judged = s.stance == "opinion" and bool(s.parse and s.parse.root in BE and s.parse.evaluates)
        h = digest(doc.id, text)
        if s.role == "comment":
            if strong or s.stance == "opinion":
                c = _perspective(doc, s, "multiple_choice", f"A reader's comment under {doc.ref} says: “{text}” "
                                 "Is this a fact, an opinion or a reported claim?", "An opinion", "comment_stance")
                c.choices = list(STANCE_CHOICES)
                c.explanation = "It is a reader's personal view posted under the article, not the author's claim."
                out.append(c)
            continue
        if s.position == thesis and not strong:
            c = _perspective(doc, s, "multiple_choice", f"In {doc.ref}, is this a fact, an opinion or a "
                             f"reported claim? “{text}”", "An opinion", "stance")
            c.choices = list(STANCE_CHOICES)
            c.explanation = "It is the writer's own judgement, the view the text opens with and argues for."
            out.append(c)
        elif s.stance == "opinion" and (strong or judged or len(text.split()) >= 10) and s.position not in attributed:
            if len(corpus.docs) >= 2 and (h % 3 != 0 or not strong) and not self_ref \
                    and (strong or s.position in distinctive) and which_document.fair(corpus, doc, s.position):
                verb = "argues" if strong else "says"
                c = _perspective(doc, s, "multiple_choice", f"Which document {verb}: “{text}”?", label(doc),
                                 "which_source")
                c.pending = {"distractors": "source"}
                c.explanation = f"{doc.label} {'makes this argument' if strong else 'says this'}: “{text}”"
                out.append(c)
            elif (strong or judged) and not EVIDENCE.search(text):
                c = _perspective(doc, s, "multiple_choice", f"In {doc.ref}, is this a fact, an opinion or a "
                                 f"reported claim? “{_shown(text)}”", "An opinion", "stance")
                c.choices = list(STANCE_CHOICES)
                c.explanation = f"It is the author's judgement (note: {', '.join(sorted(strong or s.parse.evaluates))})."
                out.append(c)
        elif s.stance == "claim" and (s.position not in attributed or h % 3 == 0):
            a = first_attribution.get(s.position)
            c = _perspective(doc, s, "multiple_choice", f"In {doc.ref}, is this a fact, an opinion or a reported "
                             f"claim? “{_shown(text)}”", "A reported claim", "stance")
            c.choices = list(STANCE_CHOICES)
            who = f"what {a.speaker} {a.verb}" if a else "what others say or believe"
            c.explanation = f"The author reports {who}; it is not the author's own statement."
            out.append(c)
        elif s.stance == "fact" and not s.cues and h % 3 == 0 and re.search(r"\d", text) \
                and not re.search(r"\b(we|our|I)\b", text) and not _reports_others(text):
            c = _perspective(doc, s, "multiple_choice", f"In {doc.ref}, is this a fact, an opinion or a reported "
                             f"claim? “{text}”", "A fact", "stance")
            c.choices = list(STANCE_CHOICES)
            c.explanation = "It states a checkable event or figure without judgement or attribution."
            out.append(c)
        elif s.stance == "fact" and h % 3 == 1 and len(corpus.docs) >= 2 and not self_ref and s.position in named \
                and s.position in distinctive and which_document.on_one_subject(corpus, doc):
            c = _perspective(doc, s, "multiple_choice", f"Which document reports: “{text}”?", label(doc),
                             "which_source")
            c.pending = {"distractors": "source"}
            c.explanation = f"{doc.label} reports it: “{text}”"
            out.append(c)
    return out


def _shown(text: str) -> str:
    """The sentence a fact/opinion item quotes, without the writer's opening "I believe" that tells its key
    (`lang.cue_cut`)."""
    rest = cue_cut.cut(text, "en")
    return f"…{rest}" if rest else text


FIGURE_TOPICS = {"trade", "volume", "exports", "imports", "investment", "investments", "population", "budget", "share",
                 "turnover", "growth", "output"}


def conflicting_figures(corpus: Corpus) -> list[Candidate]:
    """Where two documents give different figures of the same kind for the same thing, say so.

    A pair of figures is asked about once per pair of documents and shared topic words, the first such pair in
    text order. The figures of a later document are grouped by kind and topic words, so each figure is compared
    with a few groups rather than with every other figure.
    """
    out = []
    seen = set()
    groups: list[dict] = []  # per document: (kind, topic words in the sentence, around it) -> rows in text order
    rows = []
    for d, doc in enumerate(corpus.docs):
        paras = {p.index: p.text for p in doc.paragraphs}
        groups.append({})
        for m in doc.mentions:
            if m.kind in ("money", "percent") and m.value is not None:
                s = doc.sentences[m.sentence]
                words = content_words(s.text) | content_words(paras[s.paragraph])
                row = (len(rows), d, doc, s, m, FIGURE_TOPICS & content_words(s.text), FIGURE_TOPICS & words)
                rows.append(row)
                groups[d].setdefault((m.kind, frozenset(row[5]), frozenset(row[6])), []).append(row)
    # each group's first row, and its first row with another figure: the first that differs from any figure
    firsts_of = [{key: (members[0], next((r for r in members if r[4].value != members[0][4].value), None))
                  for key, members in by_key.items()} for by_key in groups]
    by_sentence: dict[tuple[str, int], list[Candidate]] = {}
    for cand in corpus.candidates:
        by_sentence.setdefault((cand.doc_id, cand.sentence), []).append(cand)
    for _, d, d1, s1, m1, topics1, around1 in rows:
        firsts: dict[tuple, tuple] = {}  # key -> the first row (in text order) that makes it
        for later in firsts_of[d + 1:]:
            for (kind, topics2, around2), (first, other) in later.items():
                if kind != m1.kind:
                    continue
                topic = tuple(sorted((topics1 & around2) | (topics2 & around1)))
                second = first if first[4].value != m1.value else other
                if len(topic) < 2 or second is None:
                    continue
                key = (d1.id, second[2].id, topic)
                if key not in seen and (key not in firsts or second[0] < firsts[key][0]):
                    firsts[key] = second
        for key, (_, _, d2, s2, m2, _, _) in sorted(firsts.items(), key=lambda item: item[1][0]):
            seen.add(key)
            out.append(_figures(d1, s1, m1, d2, s2, m2, " ".join(key[2]), by_sentence))
    return out


def _figures(d1, s1, m1, d2, s2, m2, what: str, by_sentence: dict) -> Candidate:
    """'Which figure does this document give?' for two documents' different figures, noted on their questions."""
    note = (f"The sources give different figures ({what}): {d1.label} says “{m1.text}” and {d2.label} "
            f"says “{m2.text}”. Check the years and definitions before using either.")
    c = _perspective(d1, s1, "multiple_choice", f"Two documents give different figures for {what}. Which "
                     f"figure does {label(d1)} give?", m1.text, "figures")
    c.choices = sorted([m1.text, m2.text], key=lambda t: digest(t))
    c.answer_kind = m1.kind
    c.pending = {"distractors": "number", "keep": list(c.choices)}
    c.notes = note
    c.explanation = f"{d1.label}: “{s1.text}” — {d2.label}: “{s2.text}”"
    for cand in by_sentence.get((d1.id, s1.position), []) + by_sentence.get((d2.id, s2.position), []):
        cand.notes = note
    return c


@stage("perspectives", requires=["attributions", "stances", "candidates"], provides=["perspective_candidates"])
def perspective_stage(corpus: Corpus) -> Corpus:
    """Perspective candidates for every document, and notes on conflicting figures."""
    for doc in corpus.docs:
        corpus.candidates.extend(who_said(corpus, doc))
        corpus.candidates.extend(which_source(corpus, doc))
    corpus.candidates.extend(conflicting_figures(corpus))
    return corpus
