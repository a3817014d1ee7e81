"""Turning sentences into stems: discourse markers off, blanks, wh-questions, clause windows, case repair."""
from __future__ import annotations

import re
from functools import lru_cache

from studyapp.generator import lexicon as lx
from studyapp.generator.model import Mention, Sentence

BLANK = "_____"
LEAD = re.compile(r"^(?:(?:but|and|so|yet|also|however|moreover|furthermore|finally|firstly|secondly|thirdly|lastly|"
                  r"indeed|in addition|thus|still|overall|in conclusion|as a result|additionally|besides|meanwhile|"
                  r"consequently|in fact|in practice|in return|in general|actually|now|similarly|likewise|therefore|"
                  r"nowadays|today|in short|in sum|at the same time|on the other hand|on the one hand|above all|"
                  r"what’s more|what's more|what is more|to give just one example|for example|for instance|"
                  r"of course|after all)\b,?\s+)+", re.I)
# a part of a work named before its summary: "Act 5: The letter never arrives …" (set 9)
PART_LABEL = re.compile(r"^(?:act|scene|chapter|part|book|canto|stage|step)\s+(?:\d+|[IVX]+)[.:]\s+(?=[A-Z])", re.I)
FRAME = re.compile(r"^(?:the\s+)?(?:figure|fig\.|table|chart|graph)\s*\d*\s+(?:shows|show|indicates|suggests|reveals)"
                   r"\s+that\s+|^it is (?:evident|clear|widely acknowledged|known|noteworthy) that\s+", re.I)
WH = {"person": "Who", "country": "Which country", "city": "Which city", "region": "Which region",
      "org": "Which organisation", "event": "Which event", "place": "Which place"}
VERBISH = re.compile(r"^\s+(?:(?:also|then|now|still|even|first|only|just|later|already|officially|informally|"
                     r"actively|formally|publicly)\s+)?(is|are|was|were|has|have|had|will|would|can|could|should|may|"
                     r"might|must|does|did|\w+ed|\w+s)\b")
DEFINITE = re.compile(r"\b(this|This)\s+(?!(?:respect|regard|case|way|sense|context|time|day|period|point|stage|"
                      r"year|season|month|week|weekend|term|semester|summer|spring|autumn|winter|decade|century|"
                      r"morning|afternoon|evening|is|was|has|had|will|would|can|could|may|might|must|should|means|shows|suggests|"
                      r"indicates|with|to|of|in|on|at|for|by|from|into|and|or|but|as|that|because|so|when|before|"
                      r"after|until|through|without|against)\b)([a-z][\w-]*)")  # "stop this with …": a pronoun (read v)
AUX = re.compile(r"\b(is|are|was|were|has|have|had|will|would|can|could|should|may|might|must)\b")


NOT_TITLES = {"Former", "former", "Foreign", "Defense", "Defence", "Finance", "Field"}  # "Former President X": lower-cased

def statement(s: Sentence) -> tuple[str, int]:
    """The sentence without leading discourse markers and report frames, capitalised; and the offset cut."""
    text = s.text
    cut = 0
    for pattern in (PART_LABEL, LEAD, FRAME, LEAD):
        match = pattern.match(text[cut:])
        if match:
            cut += match.end()
    body = text[cut:]
    if cut and body[:1].islower():
        body = body[0].upper() + body[1:]
    return body, cut


def definite(text: str) -> str:
    """'this cooperation' -> 'the cooperation': a demonstrative read without its context becomes definite; a time
    ("this season") stays, and so does every word of a quotation (“…”), which is the text's own (read v15)."""
    parts = re.split(r"(“[^”]*”)", text)
    return "".join(p if p.startswith("“") else DEFINITE.sub(
        lambda m: ("The " if m.group(1)[0] == "T" else "the ") + m.group(2), p) for p in parts)


def lower_first(text: str, mid_caps: set[str]) -> str:
    """Lower-case the first word unless it is a name ('The council' -> 'the council', 'Turkey' stays)."""
    first = re.match(r"[\w’'-]+", text)
    if not first:
        return text
    word = re.sub(r"['’]s$", "", first.group())  # "Reykjavik's unease": the name without its possessive
    if word in mid_caps and word.lower() not in lx.FUNCTION_WORDS or word.isupper() and len(word) > 1:
        return text
    if word[:1].isupper() and lx.place(word):  # "Denmark made …", named only at sentence starts (read w11)
        return text
    if re.match(r"[A-Z]\.", text):  # an initial ("M. Iembekova's study"): a name (blind read 29m)
        return text
    if word in lx.TITLES - NOT_TITLES and re.match(r"\.?\s+(?:[A-Z]|_____)", text[first.end():]):
        return text  # "Mrs Holland refuses …": a title before a name keeps its capital (blind read 29t)
    return text[:1].lower() + text[1:]


def blank(text: str, start: int, end: int) -> str:
    """Replace text[start:end] with the blank."""
    return text[:start] + BLANK + text[end:]


def window(text: str, start: int, end: int, limit: int = 240) -> str:
    """A prefix of `text` that keeps [start, end) and ends at a clause boundary, at most `limit` characters."""
    if len(text) <= limit:
        return text
    for match in re.finditer(r",\s+(?=which|while|who|where|with|including|and|but|as|although|since|making|"
                             r"establishing|marking|leading|helping)|;\s+|\s+–\s+", text):
        if end <= match.start() <= limit and len(text[:match.start()].split()) >= 10:
            return text[:match.start()] + "…"
    return ""


def wh_subject(text: str, m: Mention, offset: int, kind_word: str, stop: int | None = None) -> str:
    """'X did Y.' -> 'Which country did Y?' when the mention is the subject at the start of a clause; the question
    ends where a second clause with its own subject begins (`stop`, an offset in the sentence)."""
    start, end = m.start - offset, m.end - offset
    if stop is not None and stop - offset > end:
        text = text[:stop - offset]
    if start < 0:
        return ""
    before = text[:start]
    if before and not re.search(r"(^|,\s)$", before):
        return ""
    if before and (len(before.split()) > 12 or not re.match(r"^(In|On|By|Since|When|After|Before|During|As|With|"
                                                            r"Despite|Although|Until|From)\b", before)):
        return ""
    after = text[end:]
    if after.startswith(("’s", "'s")) or not VERBISH.match(after):
        return ""
    if before.count(",") > 1:
        return ""  # "In the final scene, X wounds Y, [Who] drinks …": a clause of a list, not the sentence's subject
    rest = re.sub(r"[.!]+([\"”’]?)$", r"\1", after.rstrip())
    rest = re.split(r"\s*;\s", rest)[0]  # "Who is the king of Scotland?", not "…; Malcolm is his son?" (29q)
    return f"{before}{kind_word}{rest}?"


COORDINATED_AFTER = re.compile(r"^(\s*,\s*|\s+(and|or|to|through|until)\s+(in\s+)?)(\d{4}\b|[A-Z][a-z]+ \d)")
COORDINATED_BEFORE = re.compile(r"(\d{4}|\d{1,2})(\s*,\s*|\s+(and|or|to|through|from|between)\s+)$")
YEAR = re.compile(r"(?<![\d,.])(?:1[0-9]{3}|20[0-9]{2})(?![\d,])")
RELATIVE_TIME = re.compile(r"^(last|this|next|that|the following|the previous)\s+(year|month|week|decade|century)\b|"
                           r"^(today|yesterday|tomorrow)\b", re.IGNORECASE)


@lru_cache(maxsize=4096)  # wh_time asks it twice per dated sentence; a text repeats its verbs
def base_verb(past: str) -> str:
    """The dictionary form of a simple past verb ("signed" -> "sign", "wrote" -> "write") by spaCy's lemmatizer."""
    from spacy.tokens import Doc

    from studyapp.generator.stages.objects import nlp

    pipeline = nlp()
    doc = Doc(pipeline.vocab, words=[past])
    doc[0].tag_, doc[0].pos_ = "VBD", "VERB"
    lemma = pipeline.get_pipe("lemmatizer")(doc)[0].lemma_.lower()
    return lemma if lemma and lemma != past else ""


def wh_time(text: str, m: Mention, offset: int, kind: str, mid_caps: set[str], parse=None) -> str:
    """'In 2009, the council was formed.' -> 'In which year was the council formed?' (auxiliary inversion);
    'France and Russia signed an alliance in 1894.' -> 'In which year did France and Russia sign an alliance?'
    (a simple past main verb, its dictionary form from the parse, read u)."""
    start, end = m.start - offset, m.end - offset
    if start < 0 or kind not in ("year", "date") or m.in_list or re.search(r"\brespectively\b", text) \
            or COORDINATED_AFTER.match(text[end:]) or COORDINATED_BEFORE.search(text[:start]):
        return ""  # 'set in 2015 and 2014': one of several times, the question would drop the other
    noun = "year" if kind == "year" else "date"
    lead = re.match(r"^(In|On|By)\s+(?:(?:early|late|mid-)\s*)?$", text[:start])
    if lead and (text[end:].startswith(", ") or parse and parse.root_past and re.match(r" [A-Z]", text[end:])):
        clause = text[end + 2:] if text[end:].startswith(", ") else text[end + 1:]  # "In 1908 Austria-Hungary …"
        prep = lead.group(1)
    else:
        tail = re.search(r"\s(in|on|by)\s+$", text[:start])
        if not tail or not re.match(r"^[.,]|\s", text[end:]):
            return ""
        prep = tail.group(1).capitalize()
        clause = text[:tail.start()] + text[end:]
    clause = re.sub(r"[.!]+[\"”’]?$", "", clause.strip())
    if YEAR.search(clause):
        return ""  # 'published in 1960 and won … in 1961': the question would show a year beside the one it asks
    aux = AUX.search(clause)
    verb_end = aux.end() if aux else 0  # where the verb ends in `text` (the do-support below moves it in `clause`)
    past = re.search(rf"\s({re.escape(parse.root)})\s", clause) if parse and parse.root_past else None
    if past and (not aux or past.start() < aux.start()) and base_verb(parse.root) not in ("", "be", "have") \
            and not re.search(r"\b(?:and|or|but)\s+(?:then\s+|also\s+|\w+ly\s+)?\w+ed\b", clause[past.end():]):
        # "… started and led …", "… made … and also trained …"
        verb_end, clause = past.end(1), clause[:past.start(1)] + "did " + base_verb(parse.root) + clause[past.end(1):]
        aux = re.search(r"\bdid\b", clause)
    if not aux or aux.start() == 0 or "," in clause[:aux.start()] or len(clause[:aux.start()].split()) > 7 \
            or re.search(r"\b(that|which|who|where|when)\b|\w+(ed|es)\b", clause[:aux.start()]):
        return ""
    if not lead and re.search(r",|\b(that|which|who)\s", text[verb_end:start]):
        return ""  # the time belongs to a later clause ('…, surpassing milestones set in 2015'), not to this verb
    subject = lower_first(clause[:aux.start()].strip(), mid_caps)
    if RELATIVE_TIME.match(subject):
        return ""  # 'In which year was last year …?'
    rest = clause[aux.end():].strip()
    if not rest or re.match(r"^(not|no)\b", rest) or re.search(r",\s+(?:and|but|or|so|while)\s", rest):
        # "When did a flood destroy the market, and the merchants moved …?": a second clause the time is not of
        return ""
    if noun == "date":  # "In which date was …" reads wrong for "in October 1847" (read w): "When was …?"
        return f"When {aux.group()} {subject} {rest}?"
    return f"{prep} which {noun} {aux.group()} {subject} {rest}?"


MEDIAL_CONNECTIVE = re.compile(r",\s+(?:however|therefore|moreover|furthermore|nevertheless|though|in turn|in fact)"
                               r",\s+(?=\S)", re.I)


def without_connective(prompt: str) -> str:
    """A stated prompt without a connective set in its middle by commas ("_____ inflation, however, causes …"): it
    points back to a sentence the prompt does not show (blind read 29q). A quotation («…») is left as written."""
    if "“" in prompt:
        return prompt
    return MEDIAL_CONNECTIVE.sub(" ", prompt)
