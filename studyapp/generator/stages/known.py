"""Keys a pupil gets without the text (blind reads 29l and 29m, issue 13): the rest of a fixed name stays in the
prompt ("the _____ of Nations", "led by _____ von Tirpitz"), or a title beside the blank names the person or city
("the first president of Kazakhstan, _____", "_____, the founder of the new state", "the capital _____"); and the
offices of public figures, which a matching would pair from general knowledge ("Russian President").

`name_part(c)`, `titled_blank(c)` ("Mrs _____", "Year _____ student") and `described_key(c)` give the gate a
reason (`keep_rules.reasons` calls them), and so does
`famous_key(c)` (blind read 29n: "since the war in _____"; called by `memory.reasons`) and `world_figure(c)` (a
figure every pupil knows, read v: "one angle of exactly _____°" in a right angle); `office(text)`
tells the matching (`timeline.pairs`) which descriptions are such offices. Each reads the prompt alone.
"""
from __future__ import annotations

import re

from studyapp.generator.model import Candidate
from studyapp.generator.stages.years import year_fault

BLANK = "_____"
PARTICLES = r"(?:von|van|der|den|de|di|da|du|del|della|la|le|bin|ibn|al|el|ben|of)"
# the blank is glued to the capitalised words of one name: "_____ von Tirpitz", "League of _____", "_____ of Nations"
NAME_AFTER = re.compile(rf"^{BLANK}\s+{PARTICLES}\s+[A-Z]")
NAME_BEFORE = re.compile(rf"\b[A-Z][\w'’-]+\s+{PARTICLES}\s+$")
# "_____ Ki-moon", "_____ Lloyd George": a capitalised word right after the blank is the rest of the name (read r)
NAME_GOES_ON = re.compile(r" [A-Z][\w'’-]*")
RECALL = {"cloze", "complete", "wh_subject", "numeric"}
OFFICES = (r"president|prime minister|minister|foreign minister|chancellor|king|queen|emperor|empress|tsar|sultan|"
           r"founder|founding father|leader|head of (?:the )?(?:state|nation|government)|secretary[- ]general|"
           r"secretary|chairman|chairwoman|chair|ambassador|governor|mayor|senator|pope|prince|princess|"
           r"(?:famous |well-known )?(?:\w+ )?(?:writer|poet|novelist|composer|painter)")
OFFICE = re.compile(rf"^(?:the\s+)?(?:(?:first|last|former|current|late|then|new|famous|well-known|[A-Z][\w-]+)\s+){{0,3}}"
                    rf"(?:{OFFICES})\b", re.I)
# "a politician widely acknowledged as the founder of modern statehood": a nation's founder is known to all
FOUNDER = re.compile(r"\b(?:founder|founding father|first president|father of the nation)\b", re.I)
TITLE_WORDS = rf"(?:first |last |former |current |late |founding )?(?:{OFFICES})"
# "the first president of Kazakhstan, _____", "Russia's president, _____", "the capital _____"
TITLE_THEN_BLANK = re.compile(rf"\b(?:the\s+)?{TITLE_WORDS}\s+of\s+(?:the\s+)?[A-Z][\w'’ -]{{1,40}}?,\s*{BLANK}"
                              rf"|\b[A-Z][\w'’-]+['’]s\s+{TITLE_WORDS},?\s+{BLANK}|\bcapital(?:\s+city)?,?\s+{BLANK}",
                              re.I)
# "_____, the founder of the new state,", "_____, the capital of Kazakhstan"
BLANK_THEN_TITLE = re.compile(rf"{BLANK},\s+(?:the\s+|its\s+|their\s+)?(?:{TITLE_WORDS}|capital)\b", re.I)


def name_part(c: Candidate) -> str:
    """A reason when the blank holds part of a name whose other words the prompt still shows: a capitalised word
    right after the blank, or a key of one capitalised word (or a first name and title) glued by "of"/"von"/"de" to
    another capitalised word."""
    if c.kind != "fact" or c.template not in RECALL or not isinstance(c.answer, str) or BLANK not in c.prompt:
        return ""
    key = c.answer.strip()
    at = c.prompt.find(BLANK)
    if key[:1].isupper() and NAME_GOES_ON.match(c.prompt, at + len(BLANK)):
        return "give-away: the blank covers only part of a name"  # "_____ Ki-moon" keyed "… Secretary-General Ban"
    if not key[:1].isupper() or len(key.split()) > 2:
        return ""
    if NAME_AFTER.search(c.prompt[at:]) or NAME_BEFORE.search(c.prompt[:at]):
        if " of " in c.prompt[max(0, at - 30):at + 30] and c.answer_kind in ("person", "country"):
            return ""  # "President _____ of Kazakhstan": the person's whole name is the key, the rest a title
        return "give-away: the blank is part of a name the prompt still shows"
    return ""


# "Mrs _____", "King _____", "Dr _____": a courtesy title or rank right before the blank shows a person's name is
# wanted and, with a family name or a throne, all but gives it (blind read 29t: "mrs _____" keyed Birling)
HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Professor|Sir|Dame|Lady|Lord|King|Queen|Prince|Princess|"
                              r"Emperor|Empress|Tsar|Czar|Sultan|Pope|Saint|St|Duke|Duchess|Countess|Baron|"
                              r"Archbishop|Bishop|Cardinal|Rev|Reverend)\.?\s+$", re.I)
# "Year _____ student", "Photo _____", "No. _____", "Room 4 _____": the blank is the number or word that ends a
# label's name, an identifier and not a quantity (blind read 29s: "a Year _____ student", "Photo _____")
LABEL_BEFORE = re.compile(r"(?:^|(?<=[^\s“\"‘'(.!?:;]))\s+(?:[A-Z][a-z]+\.?|No\.)(\s+\d+)?\s+$")
MONTH = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                   r"Sept?|Oct|Nov|Dec|Jan|Feb|Mar|Apr|Jun|Jul|Aug)\.?\s+$")


def titled_blank(c: Candidate) -> str:
    """A reason when the blank sits right after a courtesy title or rank ("Mrs _____", "King _____") or closes a
    label's name ("Year _____", "Photo _____", "Room 4 _____"): the title tells what kind of key is wanted and
    the name's other words stand in the prompt, so the item asks a name's tail, not what the text says."""
    if c.kind != "fact" or c.template not in RECALL or BLANK not in c.prompt:
        return ""
    before = c.prompt[:c.prompt.find(BLANK)]
    if HONORIFIC_BEFORE.search(before):
        return "give-away: a title right before the blank names the kind of key"
    label = LABEL_BEFORE.search(before)
    if label and not MONTH.search(before) and (label.group(1) or re.fullmatch(r"[\d.,]+", str(c.answer))):
        return "give-away: the blank ends a label's name"
    return ""


def work_blank(c: Candidate, title: str) -> str:
    """A reason when the blank sits inside the name of the work the document's title names ("The Old Man and the
    _____" under "Study Guide: The Old Man and the Sea"): the title on the page gives the key."""
    if c.kind != "fact" or c.template not in RECALL or BLANK not in c.prompt or not isinstance(c.answer, str):
        return ""
    at = c.prompt.find(BLANK)
    filled = c.prompt[:at] + c.answer + c.prompt[at + len(BLANK):]
    for name in re.split(r"\s*(?::|—|–|\s-\s|\bby\b)\s*", title or ""):
        if len(name.split()) < 2:
            continue
        for m in re.finditer(re.escape(name), filled, re.I):
            if m.start() < at + len(c.answer) and at < m.end():
                return "give-away: the blank is a word of the work the title names"
    return ""


def described_key(c: Candidate) -> str:
    """A reason when the words beside the blank name the key for anyone who knows the world: a title of office of a
    named country or state ("the first president of Kazakhstan, _____", "_____, the founder of the new state") or
    "the capital" of a country named in the sentence."""
    if c.kind != "fact" or c.template not in RECALL or not isinstance(c.answer, str) or BLANK not in c.prompt:
        return ""
    if TITLE_THEN_BLANK.search(c.prompt) or BLANK_THEN_TITLE.search(c.prompt):
        return "give-away: a title beside the blank names the key"
    aside = re.search(rf"{BLANK},\s+([^,]{{3,120}}),", c.prompt)  # "_____, a politician widely acknowledged as the
    if aside and FOUNDER.search(aside.group(1)):  # founder of modern Kazakhstani statehood," (reads v15, w16)
        return "give-away: the blank's own description calls it a nation's founder"
    return ""


# an event the writer names as known to all, with no date to introduce it: "since the war in _____"
KNOWN_EVENT = re.compile(rf"\bthe\s+(?:war|invasion|annexation|occupation|conflict|crisis|revolution)\s+(?:in|of)\s+"
                         rf"{BLANK}(?!\s+(?:in|of)\s+(?:1[6-9]|20)\d\d)", re.I)


# the one Earth, Sun or Moon: "heat from deep inside the _____" is the Earth for anyone (brief en15)
WORLD_BODIES = {"earth", "sun", "moon", "world"}
# an award the prompt names by its field: "received the _____ in Physiology or Medicine" is the Nobel Prize
AWARD = re.compile(r"\b(?:prize|award|medal)s?$", re.I)
AWARD_FIELD = re.compile(rf"{BLANK}\s+(?:in|for)\s+[A-Z]")


# (read v15) a continent typed as a key ("books in _____ were copied by hand", "divide _____ into two camps"), and a
# ruler's realm after the ruler's name ("Empress Eugénie of _____"): kept 9 of 31 over every read
CONTINENTS = {"europe", "asia", "africa", "america", "north america", "south america", "australia", "antarctica",
              "eurasia"}
REALM = re.compile(rf"\b(?:King|Queen|Emperor|Empress|Prince|Princess|Tsar|Tsarina|Sultan|Shah|Kaiser|Duke|Duchess|"
                   rf"Archduke)\s+(?:[A-Z][\w'’-]+\s+){{1,3}}of\s+(?:the\s+)?{BLANK}")


def famous_key(c: Candidate) -> str:
    """A reason when the world tells the key (blind read 29n): the place of an event the writer names as known to
    all, with no date to introduce it ("since the war in _____"); the Earth, the Sun or the Moon, and an award
    named by its field beside the blank (brief en15); a continent typed, or a ruler's realm (read v15)."""
    if c.kind == "fact" and c.type in ("cloze", "short_answer") and isinstance(c.answer, str) and \
            re.sub(r"^the\s+", "", c.answer.strip().lower()) in CONTINENTS:
        return "give-away: a continent is no key"
    if c.kind != "fact" or c.template not in RECALL or not isinstance(c.answer, str) or BLANK not in c.prompt:
        return ""
    if REALM.search(c.prompt):
        return "give-away: a ruler's realm follows the ruler's name"
    if c.answer_kind in ("country", "region", "city", "place", "") and KNOWN_EVENT.search(c.prompt):
        return "give-away: the event is named as known to all"
    if re.sub(r"^the\s+", "", c.answer.strip().lower()) in WORLD_BODIES:
        return "give-away: the Earth, the Sun or the Moon is no key"
    if AWARD.search(c.answer.strip()) and AWARD_FIELD.search(c.prompt):
        return "give-away: the award is named by its field"
    return ""


# the object a verb all but always takes: "declare war", "sign a treaty", "hold elections" (read u: "What did
# Germany declare on Russia …?" -> "war"; "What did France and Russia sign in 1894?" -> "an alliance")
COLLOCATIONS = {
    r"declare[sd]?|declaring": r"war", r"wage[sd]?|waging|fight|fights|fought|fighting": r"(?:a )?(?:war|battle)",
    r"sign(?:s|ed|ing)?": r"(?:a |an )?(?:treaty|alliance|agreement|pact|deal|contract)",
    r"hold|holds|held|holding": r"(?:a |an )?(?:meeting|election|elections|vote|referendum)",
    r"take|takes|took|taken|taking": r"place|part", r"cast(?:s|ing)?": r"(?:a )?vote",
    r"give|gives|gave|given|giving|deliver(?:s|ed)?": r"(?:a )?speech", r"pay|pays|paid": r"(?:a )?visit",
    r"make|makes|made|making": r"(?:a )?decision", r"win|wins|won": r"(?:the |a )?(?:war|victory|election)",
}


def collocated_key(c: Candidate) -> str:
    """A reason when the verb of the stem all but names the key (`COLLOCATIONS`): a pupil answers without the text."""
    if c.kind != "fact" or c.template not in RECALL | {"wh_object"} or not isinstance(c.answer, str):
        return ""
    for verb, noun in COLLOCATIONS.items():
        if re.fullmatch(noun, c.answer.strip(), re.I) and (
                re.search(rf"\b(?:{verb})\b(?:\s+(?:a|an|the))?\s*{BLANK}", c.prompt, re.I) or
                c.template == "wh_object" and re.search(rf"^(?:.*?, )?[Ww]hat\b.*\b(?:{verb})\b", c.prompt)):
            return "give-away: the verb all but names its object"
    return ""


def office(description: str) -> bool:
    """The description is a public office or a public figure's calling ("Turkish President", "the founder of the
    new state", "the famous Russian writer", "Secretary-General of the Council"): matched without the text."""
    return bool(OFFICE.match(description.strip()) or FOUNDER.search(description))


CLAUSE_END = re.compile(r",\s*(?:which|who|whom|where|when|while|and|but|as|because|although)\b|;|:|\s[-–—]\s|\(")
POINTING = re.compile(r"\b(?:this|these|those|such|it|its|they|them|their|he|him|his|she|her)\b", re.I)
PREPOSITION = re.compile(r"\s(?:in|on|at|ahead of|after|before|during|with|for|by|from|to|since|under|against)\s")
DEED_WORDS = (3, 12)
COPULA = re.compile(r"(?:is|was|are|were|has been|had been|have been|will be|remains|remained|became|becomes)\b")


def deed(text: str, subject: tuple[int, int]) -> str:
    """What the subject of a sentence does, in at most twelve words, from its own verb on ("proclaimed that
    Kazakhstan had emerged only after the collapse of the USSR"); "" when it leans on another sentence ("made such
    statements"), follows a joint subject or runs too long to cut at a comma or preposition."""
    if " and " in text[subject[0]:subject[1]]:
        return ""  # "Tokayev and Erdogan signed …": the deed is not one person's
    rest = text[subject[1]:]
    if rest.startswith(","):  # an appositive after the name: "Nazarbayev, the founder of the new state, tried …"
        rest = re.sub(r"^,[^,]{1,80},", "", rest)
    rest = CLAUSE_END.split(rest.strip())[0].strip(" ,.")
    rest = re.sub(r"^(?:even|also|then|later|just|once|soon)\s+", "", rest)
    if COPULA.match(rest):
        return ""  # "is also considered to be …": a description, not a deed
    words = rest.split()
    if len(words) > DEED_WORDS[1]:
        head = " ".join(words[:DEED_WORDS[1]])
        cuts = [m.start() for m in PREPOSITION.finditer(head)] + [m.start() for m in re.finditer(r",\s", head)]
        cuts = sorted(at for at in cuts if len(head[:at].split()) >= DEED_WORDS[0])
        rest = head[:cuts[-1]] if cuts else ""
    if len(rest.split()) < DEED_WORDS[0] or POINTING.search(rest) or not rest[:1].islower():
        return ""
    return rest


SWAP_NUMBERS = ("year", "date", "percent", "money", "count")


TITLED = re.compile(r"\b(?:Prince|Princess|King|Queen|Pope|Emperor|Empress|Sultan|Khan|Tsar|Czar|Duke|Duchess|"
                    r"Lord|Lady|Sir|Saint|St\.?|Archbishop|Bishop|Cardinal)\s+$")


def plausible_swap(doc, c: Candidate) -> tuple | None:
    """The swap a "False" statement may make (blind reads 29l and 29m): a country that the sentence sets against
    another country ("Germany declared war on Russia", "aid to Azerbaijan against Armenia") is not swapped, as the
    world rejects the result on sight ("Serbia declared war on Russia"); the sentence's date or figure is swapped
    instead, or None when it has none. Any other swap is kept."""
    start, end, text, kind, key = c.pending["swap"]
    mentions = doc.mentions_in(c.sentence)
    if kind == "person" and TITLED.search(c.pending["statement"][:start]):
        return None  # "Prince Louis" swapped for the Pope reads "Prince Innocent III" (read s): absurd, not false
        return None  # a year nudge is a memory test, or the document's central year known to all (blind read 29n)
    if kind != "country" or not any(m.kind == "country" and m.key != key for m in mentions):
        return c.pending["swap"]
    own = next((m for m in mentions if m.text == text and m.key == key), None)
    body = c.pending["statement"]
    cut = own.start - start if own is not None else None
    for m in mentions if cut is not None else []:
        if m.kind in SWAP_NUMBERS and m.start >= cut and body[m.start - cut:m.end - cut] == m.text and not (
                m.kind == "year" and year_fault(doc, m.text)):
            return m.start - cut, m.end - cut, m.text, m.kind, m.key
    return None


# "the _____, or CPI", "the _____ (GDP)": the letters beside the blank spell the key (blind read 29q)
ACRONYM_BESIDE = re.compile(rf"{BLANK}(?:(?:,?\s+or|,?\s+also called)\s+[A-Z][A-Z0-9&]{{1,7}}s?\b(?![\s\d.,]*\d)"
                            rf"|\s*\(\s*[A-Z][A-Z0-9&]{{1,7}}s?\s*\))")
# one of a pair of opposites: the other is the obvious guess, the key a coin toss (blind read 29q)
OPPOSITES = {a: b for x, y in (("high", "low"), ("higher", "lower"), ("more", "less"), ("rise", "fall"),
                               ("rises", "falls"), ("rose", "fell"), ("increase", "decrease"),
                               ("increases", "decreases"), ("positive", "negative"), ("strong", "weak"),
                               ("stronger", "weaker"), ("large", "small"), ("larger", "smaller"), ("fast", "slow"),
                               ("faster", "slower"), ("hot", "cold"), ("warm", "cool"), ("early", "late"),
                               ("true", "false"), ("good", "bad"), ("rich", "poor"), ("before", "after"),
                               ("inside", "outside"), ("public", "private"), ("direct", "indirect"),
                               ("internal", "external"), ("upper", "lower"), ("north", "south"), ("east", "west"))
             for a, b in ((x, y), (y, x))}


def acronym_beside(c: Candidate) -> str:
    """A reason when the blank's acronym stands right after it ("the _____, or CPI", "_____ (GDP)")."""
    if c.template not in RECALL and c.template not in ("called", "term_gap") or not isinstance(c.answer, str):
        return ""
    return "give-away: the key's acronym stands beside the blank" if ACRONYM_BESIDE.search(c.prompt) else ""


def opposite_key(c: Candidate) -> str:
    """A reason when a typed or blanked key is one word of a pair of opposites ("_____ inflation causes serious
    problems": High, or else Low)."""
    if c.template not in RECALL and c.template not in ("called", "term_gap") or not isinstance(c.answer, str):
        return ""
    return "give-away: the key is one of two opposites" if c.answer.strip().lower() in OPPOSITES else ""


# figures a pupil knows before reading: the figure, and what must stand in the prompt for it to be that one
WORLD_FIGURES = [
    (90, r"\bright[- ](?:angle|(?:angled )?triangle)"), (180, r"\bstraight (?:line|angle)|\bangles of a triangle"),
    (360, r"\b(?:full|complete) (?:turn|circle)|\baround a point"),
    (100, r"\bwater boils|\bboiling point of (?:pure )?water"), (0, r"\bwater freezes|\bfreezing point of (?:pure )?water")]


def world_figure(c: Candidate) -> str:
    """A reason when the blanked (or, in a true/false statement, moved) figure is one every pupil knows and the
    sentence says which ("a right angle": "exactly _____°", "True or false? … exactly 68°")."""
    swap = c.pending.get("swap") if c.template == "tf" else None
    if not swap and (c.template not in RECALL or c.kind != "fact" or isinstance(c.answer, bool)):
        return ""
    try:
        value = float(re.sub(r"[^\d.]", "", str(swap[2] if swap else c.answer)))
    except ValueError:
        return ""
    text = c.quote if swap else c.prompt
    found = any(value == figure and re.search(pattern, text, re.I) for figure, pattern in WORLD_FIGURES)
    return "known: a figure every pupil knows" if found else ""
