"""Context stage: a prompt whose sentence leans on the one before ("Ada also saw …", "_____ asked her …", "these
students", "the evidence", "On the one hand, …", "Most are harmless, …", "A second group, …", "… form in this way") is
made to stand alone, or it is dropped. A name inside a quotation is no antecedent of a pronoun outside it; "this
rule" / "this process" is shown with the sentence before only when that sentence names the rule or process.

In this order:
1. a person pronoun ("she notes …") that the analyse stage resolved safely (one person of that gender named
   before it in the paragraph) is shown as its referent in brackets: "[M. Iembekova] notes …";
2. else the sentence is shown after the sentence before it (same paragraph, the two short enough, that one not
   leaning further back and not holding the answer): "In 1843 Ada translated … _____ asked her to add …";
3. else the candidate is rejected with the reason.
"""
from __future__ import annotations

import re

from studyapp.generator.lexicon import fold
from studyapp.generator.model import Candidate, Corpus, Sentence, SourceDoc
from studyapp.generator.pipeline import stage
from studyapp.generator.stages.typed_names import names_nobody, person_names
from studyapp.generator.stages.quantities import widen_tolerance
from studyapp.generator.stages import backrefs, point, resolve
from studyapp.generator.stages import phrasing as ph

OPENER = re.compile(r"^(on the one hand|on the other hand|in (?:the|this|that) particular case|in this case|in that case|"
                    r"in this way|in turn|for this reason|because of this|despite this|at the same time|"
                    r"in particular|also|besides|even so|however|moreover|furthermore|nevertheless|therefore|"
                    r"firstly|secondly|thirdly|fourthly|lastly|first of all|to start with|to begin with)\b",
                    re.I)
ALSO = re.compile(r"(?<!but )(?<!but )\balso\b", re.I)
THEN = re.compile(r"^(?:then\b|(?:[\w'’-]+\s+){1,3}then\s+[a-z]+)", re.I)  # "The alliances then pulled …" (v15)
DEMONSTRATIVE = re.compile(r"\b(these|those|this)\s+([a-z][a-z-]+)\b")
BACK_NOUNS = ("evidence|reference|problem|issue|situation|university|study|survey|report|article|idea|plan|project|decision|proposal|"
              "same|latter|former|author|writer|scheme|community|movement|murder|killing|attack|incident|meeting|"
              "agreement|deal|crime")
# what a textbook sentence sums up the one before by ("Components that obey this rule …"): shown as "the rule" by
# `phrasing.definite`, it still points back
SUMMARY_NOUNS = ("rules?|laws?|principles?|process(?:es)?|methods?|effects?|relationships?|reactions?|patterns?|"
                 "stages?|steps?|techniques?|theory|theories|changes?|results?|kinds?|types?|cells?|groups?")
IDIOMS = {"day", "time", "way", "end"}  # "to this day", "at this time"
NOUN_REACH = 60  # "the project" later in a sentence usually names what the sentence itself introduced
THE_NOUN = re.compile(r"\b[Tt]he (" + BACK_NOUNS + r")\b(?!\s+(?:of|that|which|who|by|from|in|on|for|about|"
                      r"published|led|carried|conducted|between|among)\b)")
ENDS = re.compile(r"^\s*[.!?]\s*$")  # "… blamed Serbia for the murder.": a last noun phrase leans back too
# "_____ saves them", "I urge every head teacher to try it": an object "it"/"them" early in a sentence that names
# nothing it could stand for (no determined noun, no list, no two people) leans on the sentence before
THING_PRONOUN = re.compile(r"\b(it|them)\b")
THING_REACH = 8
ANTECEDENT = re.compile(r"\b(?:the|a|an|this|that|these|those|its|their|our|my|your|his|her|some|many|all|both|"
                        r"several|two|three|and)\s+\w|\b\w+(?:ing|tion|ment)s?\b", re.I)
ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
# "Most are harmless, but …", "Both were …": a bare quantifier subject counts what the sentence before named
QUANTIFIER = re.compile(r"^(?:most|many|some|few|several|both|all|others|neither|either|each)(?:\s+of\s+(?:them|these|those|it))?"
                        r"\s+(?:are|were|is|was|have|had|can|could|will|would|do|did|may|might|must|became|remain(?:ed)?)\b",
                        re.I)
# "A second group, the …", "Another reason …", "The third setting is …": one of a series the text began before
ORDINAL = re.compile(r"^(?:(?:[Aa]|[Tt]he)\s+(?:second|third|fourth|fifth|final|other)|[Aa]nother)\s+([a-z][a-z-]+)\b")
# "… form in this way.", "… for this reason": a connective inside the sentence
MID_CONNECTIVE = re.compile(r"\b(?:in this way|in that way|like this|for this reason|because of this|as a result of this|"
                            r"despite this|in this case)\b", re.I)
QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
PERSON_PRONOUN = re.compile(r"\b(he|she|him|his|her|hers)\b", re.I)
PRONOUN_GENDER = resolve.PRONOUN_GENDER
MAX_CONTEXT = 420  # characters of the two sentences together
SPANS = ("ordering", "matching")
WHOLE = ("comment_stance",)
REWORDED = ("wh_object",)  # a question made of the sentence's parts: the sentence before cannot be set inside it
# a fact/opinion/claim item judges one sentence: two quoted together may take two keys (blind reads 29p, 29t)
ONE_SENTENCE = ("stance",)
TYPED = ("short_answer", "cloze")  # a reader's whole comment is quoted as written


def _object_of(text: str, at: int, pronoun: re.Match) -> bool:
    """The pronoun is the object of the verb right after the name at `at` ("Babbage asked her …"): a clause's
    subject is never its object pronoun's antecedent, whatever the name's gender (en11)."""
    return pronoun.group().lower() in ("her", "him", "them") and bool(
        re.fullmatch(r"(?:[A-Z][\w'’-]*\s+){1,3}[a-z]+\s+", text[at:pronoun.start()]))


def references(s: Sentence, names: list[tuple[int, str | None, bool]]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of what in the sentence points back to an earlier one: an opening connective, "also",
    "these X" / "this X" (X not named before in the sentence), "the evidence", or a person pronoun before any
    person of its gender named in the sentence (`names`: (offset, gender or None, is the answer) of the people it
    names; a blanked answer is the antecedent unless the text gives it the other gender: '_____ asked her …'
    with Babbage blanked leans back)."""
    text = s.text
    found = []
    opener = OPENER.match(text)
    if opener:
        found.append((opener.start(), opener.end(), "connective"))
    short = len(text.split()) < 10
    for m in ALSO.finditer(text):  # "Ada also saw further …": right after a short subject, or in a short sentence
        if (not opener or m.start() >= opener.end()) and (short or len(text[:m.start()].split()) <= 2):
            found.append((m.start(), m.end(), "also"))
    then = None if opener else THEN.match(text)  # an opener already leans back
    if then and not re.search(r"[,;]|\b(?:if|and|or|since|when)\b", then.group(), re.I):
        found.append((0, then.end(), "connective"))
    for pattern, kind in ((QUANTIFIER, "quantifier"), (ORDINAL, "ordinal")):
        m = pattern.match(text)
        if m:
            found.append((m.start(), m.end(), kind))
    for m in MID_CONNECTIVE.finditer(text):
        if not opener or m.start() >= opener.end():
            found.append((m.start(), m.end(), "connective"))
    for m in DEMONSTRATIVE.finditer(text):
        if m.group(2).rstrip("s") not in text[:m.start()].lower() and m.group(2) not in IDIOMS:
            found.append((m.start(), m.end(), "demonstrative"))
    for m in THE_NOUN.finditer(text):
        if m.group(1).lower() not in text[:m.start()].lower() and (m.start() < NOUN_REACH or ENDS.match(
                text[m.end():])) and not (
                m.group(1) in ("latter", "former") and re.match(r"\s+[A-Z]", text[m.end():])) and not (
                m.group(1) == "same" and re.match(r"(?:\s+\w+){0,2}\s+as\b", text[m.end():])):
            found.append((m.start(), m.end(), "the"))
    found += backrefs.examples(text)  # "… is the best-known example." (brief en15)
    found += backrefs.counted_back(text)  # "… one of his own.", "Two years later, …" (brief en16)
    for m in THING_PRONOUN.finditer(text):
        before = text[:m.start()]
        if len(before.split()) <= THING_REACH and not ANTECEDENT.search(before) and not ACRONYM.search(before) and sum(
                at < m.start() for at, _g, _a in names) < 2 and not re.search(r"\b(?:to|of|in|on|at|for|with|by|from)\s*$", before, re.I):
            found.append((m.start(), m.end(), "pronoun"))
    quoted = [q.span() for q in QUOTED.finditer(text)]
    for m in PERSON_PRONOUN.finditer(text):
        gender = PRONOUN_GENDER[m.group().lower()]
        if not any(at < m.start() and g in (gender, None) and not _object_of(text, at, m) and not any(
                a < at < b and not a < m.start() < b for a, b in quoted) for at, g, _answer in names):
            # a name inside a quotation is no antecedent of a pronoun outside it ("“… Engine …,” she wrote")
            found.append((m.start(), m.end(), "pronoun"))
    return sorted(found)


def _shown(prompt: str, s: Sentence, answer: str) -> int:
    """Where the sentence's text starts in the prompt (-1 when the prompt does not show its opening)."""
    at = prompt.find(s.text[:18])
    if at < 0 and s.text[:1].isupper():  # "According to X, most are …": shown lower-cased after the lead-in
        at = prompt.find(s.text[:1].lower() + s.text[1:18])
    blank = prompt.find("_____")
    if at >= 0 or blank < 0 or prompt[:blank] and not prompt[:blank].endswith(("“", " ")):
        return at
    after = prompt[blank + 5:blank + 20]
    where = s.text.find(after) if after.strip() else -1
    lead = s.text[:where].strip() if where > 0 else ""
    if lead == answer.strip():
        return blank  # the blank opens it
    pre = lead[:len(lead) - len(answer.strip())] if answer.strip() and lead.endswith(answer.strip()) else ""
    return blank - len(pre) if pre and prompt[:blank].endswith(pre) else -1  # "The _____ in California …"


def _previous(doc: SourceDoc, s: Sentence) -> Sentence | None:
    """The sentence before `s` in the same paragraph, or the last of the paragraph just before when `s` opens its
    own ("… reduced to a minority." / "Nazarbayev … tried to solve this problem …"), if any."""
    if s.position == 0:
        return None
    prev = doc.sentences[s.position - 1]
    return prev if prev.paragraph in (s.paragraph, s.paragraph - 1) and prev.role == s.role else None


def _group_named(doc: SourceDoc, c: Candidate, s: Sentence, refs) -> str:
    """The prompt with each "these countries" shown as the group a sentence before names ("[Turkic nations]",
    `resolve.group_before`), or "" when a reference is of another kind or names no one group."""
    prompt = c.prompt
    for start, end, kind in refs:
        words = s.text[start:end].split()
        group = resolve.group_before(doc, s, words[-1]) if kind == "demonstrative" and words[0].lower() in (
            "these", "those") and words[-1].endswith("s") else ""
        if not group or fold(group) in fold(" ".join(map(str, [c.answer, *(c.choices or [])]))) or \
                s.text[start:end] not in prompt:
            return ""
        prompt = prompt.replace(s.text[start:end], f"[{group}]", 1)
    return prompt


def _names_it(prev: Sentence, s: Sentence, refs) -> bool:
    """The sentence before names the concept each "this rule" / "this process" of `s` sums up (its noun is there:
    "… Ohm's rule. Components that obey this rule …"); when it does not, showing it would not make the stem clear.
    (An event or situation, "this problem", is told by the sentence before without being named.)"""
    for start, end, kind in refs:
        if kind == "demonstrative" and re.fullmatch(SUMMARY_NOUNS, s.text[start:end].split()[-1].lower()):
            noun = s.text[start:end].split()[-1].lower()
            stem = noun[:-3] if noun.endswith("ies") else noun.rstrip("s")
            if not re.search(r"\b" + re.escape(stem), prev.text.lower()):
                return False
    return True


def _with_previous(doc: SourceDoc, c: Candidate, s: Sentence, names_of, refs=()) -> str:
    """The prompt with the sentence before shown ahead of this one, or "" when that does not work."""
    prev = _previous(doc, s)
    if prev is None or c.type == "true_false" or c.template in REWORDED + ONE_SENTENCE or len(prev.text) + len(s.text) > MAX_CONTEXT or not _names_it(prev, s, refs):
        return ""
    if references(prev, names_of(prev)) and OPENER.match(prev.text) or re.match(
            r"^(he|she|it|they|this|these|those|his|her|their)\b", prev.text, re.I):
        return ""
    answers = [str(c.answer)] + [str(a) for a in c.aliases] if isinstance(c.answer, (str, int, float)) else []
    if any(len(a) > 1 and fold(a) in fold(prev.text) for a in answers):
        return ""  # the sentence before gives the answer away
    at = _shown(c.prompt, s, str(c.answer))
    if at < 0:
        return ""
    lead = prev.text
    if c.prompt[at:at + 1].islower() and at >= 2 and c.prompt[at - 2:at] == ", ":
        # "According to X, most are …": the sentence before takes the lower-cased opening, unless it opens on a name
        if any(where == 0 for where, _g, _a in names_of(prev)) or re.match(r"^(?:I|[A-Z]{2,})\b", lead):
            return ""
        lead = lead[:1].lower() + lead[1:]
        rest = c.prompt[at:]
        return _fits(c.prompt[:at] + lead + " " + rest[:1].upper() + rest[1:])
    joined = c.prompt[:at] + lead + " " + c.prompt[at:]
    return _fits(joined)


def _fits(joined: str) -> str:
    """The joined prompt, or "" when it is too long to read as one question."""
    return joined if len(joined) <= 300 else ""


ENUMERATOR = re.compile(r"^(?:firstly|secondly|thirdly|fourthly|lastly|first of all|to start with|to begin with|"
                        r"in (?:this|that|the) particular case|in this case|in this respect),\s+", re.I)


def _without_enumerator(c: Candidate, s: Sentence, refs) -> str:
    """A quoted sentence whose only link back is an enumerating opener ("Secondly, during the war …") or one that
    narrows it to a case the sentence before describes ("In this particular case, …") quoted from after it, marked
    "…" (still the text's own words): the point stands without its place in a list or its case."""
    lead = ENUMERATOR.match(s.text)
    if not lead or any(kind != "connective" for _, _, kind in refs):
        return ""
    shown = re.sub(r"\b(?:this|that)\s+particular\b", "the particular", lead.group(), flags=re.I)
    for opener in dict.fromkeys((lead.group(), shown)):  # as written, or as `phrasing.definite` left it
        at = c.prompt.lower().find(opener.lower())
        if at > 0 and c.prompt[at - 1] == "“":
            return c.prompt[:at] + "…" + c.prompt[at + len(opener):]
        if at >= 0 and (at == 0 or c.prompt[at - 2:at] in (", ", "? ")):
            rest = c.prompt[at + len(opener):]
            return c.prompt[:at] + (rest if c.prompt[at - 2:at] == ", " else rest[:1].upper() + rest[1:])
    return ""


def make_standalone(corpus: Corpus, doc: SourceDoc, c: Candidate, names_of) -> str:
    """Rewrite the candidate so that it stands alone; a rejection reason when it cannot be."""
    s = doc.sentences[c.sentence]
    if s.text != c.quote:
        return ""
    gender, work = doc.hints.get("pronoun_person", {}).get(s.position, ("", ""))
    if gender == "n":  # "It is set in …": the studied work (`resolve.work_before`)
        c.prompt = backrefs.work_it(c.prompt, _shown(c.prompt, s, str(c.answer)), work)
    refs = [r for r in references(s, names_of(s)) if any(  # "this community" may be shown as "the community"
        re.search(r"(?<!\w)" + re.escape(shown) + r"(?!\w)", c.prompt, re.I)
        for shown in {s.text[r[0]:r[1]], re.sub(r"\b(?:this|these|those)\b(?=\s+(?:particular\s+)?(?:case|" + BACK_NOUNS + "|" + SUMMARY_NOUNS +
                     r")\b)", "the", s.text[r[0]:r[1]], flags=re.I), backrefs.as_definite(s.text, r, getattr(_previous(doc, s), "text", ""))})]
    if c.template == "said_by":  # "who teaches his children …?": the asked speaker owns "his" (brief en15)
        refs = [r for r in refs if not (r[2] == "pronoun" and PERSON_PRONOUN.fullmatch(s.text[r[0]:r[1]]))]
    if not refs:
        return ""
    fixed = _without_enumerator(c, s, refs) or resolve.shown_resolved(doc, c, s, refs) or _group_named(doc, c, s, refs) or \
        _with_previous(doc, c, s, names_of, refs)
    if fixed:
        c.prompt = fixed
        return ""
    what = s.text[refs[0][0]:refs[0][1]]
    return f"leans on the sentence before (“{what}”) and cannot be given its context"


@stage("context", requires=["choices"], provides=["standalone"])
def context_stage(corpus: Corpus) -> Corpus:
    """Make English candidates that lean on the sentence before stand alone, or reject them; a typed person answer
    also accepts the person's other names (`typed_names.person_names`), a typed figure the text's other figure for the
    same quantity (`quantities.widen_tolerance`)."""
    kept = []
    for c in corpus.candidates:
        if c.language == "en" and c.type in TYPED:
            c.aliases = sorted(set(c.aliases) | set(person_names(c, corpus.doc(c.doc_id), corpus.entities))
                               | set(point.short_forms(c)) | set(point.long_forms(c, corpus.doc(c.doc_id)))
                               | set(point.number_forms(c)))
        if c.language == "en" and c.aliases and isinstance(c.answer, str):
            doc = corpus.doc(c.doc_id)
            if "family_text" not in doc.hints:  # joined once per document (setdefault would join it every time)
                doc.hints["family_text"] = doc.text
            text = doc.hints["family_text"]
            c.aliases = [a for a in c.aliases if not names_nobody(c.answer, str(a), text)]
        widen_tolerance(c, corpus.doc(c.doc_id))
        if c.language == "en":
            c.prompt = ph.without_connective(c.prompt)
        if c.language != "en" or c.type in SPANS or c.sentence < 0 or c.template in WHOLE:
            kept.append(c)
            continue
        doc = corpus.doc(c.doc_id)
        if "people_at" not in doc.hints:
            genders = doc.hints.get("genders", {})
            at: dict[int, list[tuple[int, str | None, str]]] = {}
            for m in doc.mentions:
                if m.kind in ("person", "name"):
                    at.setdefault(m.sentence, []).append((m.start, genders.get(m.key), fold(m.text)))
            doc.hints["people_at"] = at
        people = doc.hints["people_at"]

        def names_of(s: Sentence, c=c, people=people) -> list[tuple[int, str | None, bool]]:
            """The people the sentence names, each marked when it is the candidate's answer."""
            return [(at, g, text == fold(str(c.answer))) for at, g, text in people.get(s.position, [])]

        reason = make_standalone(corpus, doc, c, names_of)
        if reason:
            c.reasons.append(reason)
            corpus.rejected.append(c)
        else:
            kept.append(c)
    corpus.candidates = kept
    return corpus
