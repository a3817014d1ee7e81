"""Whether a question's stem stands alone: no pronoun, "the X", time or connective that leans on a sentence the
pupil cannot see, no voice of an unseen writer, no file name (`anaphora`, `stands_alone`, used by `checks`)."""
from __future__ import annotations

import re

from studyapp.generator.lexicon import FUNCTION_WORDS as FUNCTION

ANAPHORIC_NOUNS = set("""agreement country countries state states two latter former same above author authors paper
movement community university organisation organization alliance decision idea project policy strategy problem
situation initiative event events figure figures region city government leader leaders party reform reforms union
summit crisis conflict plan deal memorandum document interview speech kinship shift trend activity step move
measure approach issue matter phenomenon creed doctrine ideology proponents supporters latter reason
reasons""".split())
NUMBER_WORDS = set("""one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty
seventy eighty ninety hundred thousand hundreds thousands dozens many most some several""".split())
LEAD = re.compile(r"^(?:(?:but|and|so|yet|also|however|moreover|furthermore|finally|indeed|thus|still|overall|"
                  r"on the other hand|on the one hand|in addition|as a result|in conclusion|in fact),?\s+)+", re.I)

PERSONAL = re.compile(r"\b(he|she|it|they|him|her|them|his)\b")
OBJECT = re.compile(r"\b(he|she|it|they|him|them)\b")
# a counted plural earlier in the stem ("about fifteen large plates … beneath them") is the antecedent of "them"
COUNTED = re.compile(r"(?:\b\d[\d,.]*|\b(?:" + "|".join(sorted(NUMBER_WORDS - {"many", "most", "some"})) + r"|\w+teen" +
                     r")\b|_____)\s+(?:[a-z-]+\s+){0,2}[a-z]{3,}s\b")
# two things named before "them" in the stem: "a strong army and navy and be ready to use them" (en-dev militarism)
PAIR = re.compile(r"(?:^|[^,\s]\s)[a-z]{3,}\s+and\s+(?:an?\s+|the\s+|their\s+)?[a-z]{3,}\b")  # not a list's end
# a thing named in a who-question before its "it": "Who argued that Atticus works within an unfair system instead of
# challenging it?" (en-dev Mockingbird)
THING_BEFORE = re.compile(r"\b(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}[a-z]{3,}\b(?![^,;]*\b(?:and|or)\b)")
# a time counted from an event the stem does not name: "Within two years the _____ itself had collapsed."
RELATIVE_TIME = re.compile(r"^(?:within|after|in|for|over) (?:the next |the following )?(?:two|three|four|five|six|ten|a few|"
                           r"several|\d+) (?:years|months|weeks|days|decades)\b(?!\s+(?:of|after|before|from|since))|"
                           r"^(?:(?:less|more) than )?(?:(?:two|three|a few|several|\d+) (?:years|months|weeks|days) later|"
                           r"a (?:year|month|week) later)\b", re.I)
# two people named before "them": "when Scout and Jem discover that the adults around them …" (brief en14)
NAMED_PAIR = re.compile(r"\b[A-Z][a-z]+\s+and\s+[A-Z][a-z]+\b")
DEMONSTRATIVE = re.compile(r"\b(this|these|those)\s+([a-z][\w-]+)", re.I)
# the one person a who-question describes owns its "he"/"she": "Which character is a cynical old donkey who
# understands more than he says?" (brief en15)
DESCRIBED = re.compile(r"^is (?:a|an|the) (?:[\w,-]+\s+){1,5}who\s+(?![^?]*\b(?:and|or)\s+[A-Z])")


# a thing the sentence itself brings in ("for a metal wire kept at … the voltage across it"): the "it" that ends it
# points back to that, not to a sentence before
NEW_THING = re.compile(r"\b(?:a|an)\s+(?:[a-z-]+\s+){0,2}[a-z]{3,}\b")
PLURAL_BEFORE = re.compile(r"\b(?:the|these|those|its|their|[a-z]{3,})\s+[a-z]{3,}s\b(?!\s*(?:and|or)\b)")


def _owned(pronoun: re.Match, body: str) -> bool:
    """A pronoun whose antecedent stands before it in the stem: "them" after two things or two names ("Scout and Jem
    … around them"), "it" after a thing ("an unfair system instead of challenging it"), "they" after a plural ("bends
    parallel rays so that they meet …"), "he"/"she" of the one person a who-question describes."""
    before = body[:pronoun.start()]
    word = pronoun.group().lower()
    return word == "them" and bool(PAIR.search(before) or NAMED_PAIR.search(before)) or \
        word == "it" and bool(THING_BEFORE.search(before)) or \
        word == "they" and bool(PLURAL_BEFORE.search(before)) or \
        word in ("he", "she") and bool(DESCRIBED.match(body))


def anaphora(stem: str, strict: bool) -> str:
    """A reason when the stem leans on text before it: a pronoun before any name, 'those X', 'such a', 'the same'."""
    them = re.search(r"\bthem\b", stem)
    if strict and (re.search(r"\bhim\b", stem) or them and not COUNTED.search(stem[:them.start()])
                   and not PAIR.search(stem[:them.start()]) and not NAMED_PAIR.search(stem[:them.start()])):
        return "pronoun without antecedent"
    wh = re.match(r"^(Who|Which \w+)\s", stem)
    body = re.sub(r"^(Who|Which \w+|In which \w+|On which \w+|By which \w+)\s", "", stem)
    if wh and any(not _owned(m, body) for m in OBJECT.finditer(body)):
        return "pronoun without antecedent"
    names = [m for m in re.finditer(r"\b[A-Z][\w’'-]+|_____", body)
             if m.group().lower() not in FUNCTION and m.group().lower() not in NUMBER_WORDS
             and not (m.start() == 0 and m.group().lower().endswith(("ly", "ing")))]
    pronoun = PERSONAL.search(body)  # owned: "… a strong army and navy and be ready to use them"
    if pronoun and not wh and (not names or pronoun.start() < names[0].start()) and not _owned(pronoun, body):
        return "pronoun without antecedent"
    if re.match(r"^(?:[A-Z]\w+,\s)?the (second|third|other|next|latter|former|remaining|rest)\b", body, re.I):
        return "'the X' without antecedent"
    if re.search(r"\bthis\s*,", body):
        return "'the X' without antecedent"  # "Unable to explain this, _____ wrote to Meitner." (read t13)
    for match in DEMONSTRATIVE.finditer(body):
        noun = match.group(2).lower()
        early = len(body[:match.start()].split()) < 3 or not strict
        if (match.group(1).lower() != "this" or early) and noun.rstrip("s") not in body[:match.start()].lower():
            return "pronoun without antecedent"
    pair = re.search(r"\b(the two countries|the two states|both countries|the two)\b", body, re.I)
    proper = {m.group() for m in re.finditer(r"(?<!^)\b[A-Z][\w’'-]+", body[:pair.start()])} if pair else set()
    if pair and len(proper - {w.capitalize() for w in FUNCTION} - {"President", "Prime", "Minister"}) < 2:
        return "'the X' without antecedent"
    unseen = re.search(r"\bthe effect\b(?!\s+(?:of|that))|\bthe other (?:two|three|four|five)\b", body, re.I)
    if RELATIVE_TIME.match(body) or unseen and not re.search(r"[.!?]\s", body[:unseen.start()]):
        return "'the X' without antecedent"  # "Within two years the _____ …", "make the effect stronger" (set 9)
    back = re.search(r"\b(such an?|the same year|that year|in the same year|the latter|the former|in turn|as well|"
                     r"this same|these same|the same (?!way|time|period|page|as|kind)\w+|the proponents|the supporters|"
                     r"the creed)\b|"
                     r"\b(this|that|it)\s*[.?]?$|\b(to|with|from|about)\s(it|them)\b", body, re.I)
    if back and not (back.group().lower().startswith("it") and (wh and THING_BEFORE.search(body[:back.start()]) or
                                                                 NEW_THING.search(body[:back.start()]))):
        return "'the X' without antecedent"
    lead = LEAD.sub("", body)
    first = re.findall(r"[\w’'-]+", lead)[:4]
    low = [w.lower() for w in first]
    at = 1 if low[:1] == ["the"] else 2 if len(low) > 2 and low[0] in ("can", "was", "were", "is", "are", "did") \
        and low[1] == "the" else 0
    if at and len(first) > at and low[at] in ANAPHORIC_NOUNS and not first[at][:1].isupper() and (
            len(low) <= at + 1 or low[at + 1] not in ("of", "between", "in", "for", "on", "to", "among")):
        return "'the X' without antecedent"
    if strict and re.search(r"\b(we|our|us)\b", body.lower()):
        return "pronoun without antecedent"
    return ""


CONNECTIVE = re.compile(r"^(however|even so|nevertheless|nonetheless|moreover|furthermore|therefore|thus|also|but|and|"
                        r"meanwhile|in addition|as a result|for example|for instance|instead|still|yet|then|"
                        r"similarly|likewise|consequently|in contrast|on the other hand|at the same time|"
                        r"true|of course|after all|besides|otherwise|hence|firstly|secondly|thirdly|fourthly|lastly|"
                        r"first of all|to start with|to begin with)\b", re.I)
UNSEEN_VOICE = re.compile(r"^(the (author|writer|narrator)\b|(i|me|my|we|our|us)\b)", re.I)
FILE_NAME = re.compile(r"[“\"](pasted-text|[a-z0-9]+(?:[-_][a-z0-9]+)+|[^”\"]+\.(?:txt|md|html?|docx|pdf))[”\"]")


def stands_alone(prompt: str, stem: str) -> list[str]:
    """Reasons a stem needs what the student cannot see: an opening connective ("Even so", "True,"), a voice
    ("the author", "I", "me") no one introduced, or a document named by its file name."""
    reasons = []
    body = re.sub(r"^(true or false\?|fill in the blank:?|complete the sentence:?)\s*", "", stem.strip(), flags=re.I)
    body = re.sub(r"^according to [^,:]+[,:]\s*", "", body, flags=re.I).lstrip(" “\"'‘")
    if CONNECTIVE.match(body):
        reasons.append("starts with a connective")
    unquoted = re.sub(r"“[^”]*”|\"[^\"]*\"", "", prompt)
    if UNSEEN_VOICE.match(body) or re.search(r"\b(me|my|us|our)\b", unquoted):
        reasons.append("stem about an unseen author")
    if FILE_NAME.search(prompt):
        reasons.append("a file name instead of the document's title")
    return reasons
