"""Gate rules on whether a fact/opinion/claim item is worth asking at all (round en9, blind read u).

A stance item teaches something only when its sentence could plausibly be read either way and its key is beyond
argument. Read u dropped 12 of 33 items on that: a plain fact in a text of facts ("Augusta Ada Byron was born in
London on 10 December 1815."), a sentence whose quotation marks give its key away, a past statement or belief that
is itself a historical fact ("Most doctors believed in the miasma theory", "In 2016 the Academy recommended that
…"), a character's words in a guide to a novel ("George tells Lennie that …"), and an evaluative word in a
textbook or a report ("the most dangerous products of eruptions") keyed as the writer's opinion. Brief en14 adds "A
fact" on the writer's judgement of a trend, a situation or a mood (`judged_trend`: "… the situation was changing
quickly", "Astana's apprehension increased"),
and lets an argued piece's numbered proposals ("First, offer two portion sizes.") be asked as "An opinion"
(`proposal`). Called from `keep_rules.reasons` (English items only).
"""
from __future__ import annotations

import re

from studyapp.generator.model import Candidate, Corpus, SourceDoc
from studyapp.generator.stages.years import YEAR  # a dated past claim ("In 1858 … proposed that …") is history

OPINION_PIECE = 0.25  # share of opinion sentences of a text that argues throughout (op-eds 0.32-0.42 in read u's
# set; a history text with a closing judgement or an interview with an aside 0.15-0.21)
SPEECH = re.compile(r"[\"“][^\"”]*[\"”]")
# "I feel that …", "we feel strongly"; not "I still feel half asleep", a sensation the writer reports (read u14)
FEEL_VIEW = r"feel\s+(?:that|it|this|there|we|they|he|she|the|a|an|our|strongly|sure)"
FIRST_PERSON = re.compile(rf"\b(?:I|we)\s+(?:\w+\s+)?(?:think|believe|{FEEL_VIEW}|argue|urge|doubt|suspect)\b|"
                          r"\bin my (?:view|opinion)\b", re.I)
# past verbs that still report a claim someone made and others may dispute ("Friedman argued that …")
CLAIM_VERBS = {"argued", "claimed", "insisted", "contended", "maintained", "suggested", "warned", "proposed", "urged",
               "predicted", "alleged", "disputed", "doubted", "denied"}
IRREGULAR_PAST = {"said", "told", "thought", "wrote", "found", "taught", "understood", "held", "felt", "saw",
                  "knew", "made", "gave"}
PLAIN_SPEECH = {"say", "says", "said", "tell", "tells", "told", "explain", "explains", "explained", "ask", "asks",
                "asked", "reply", "replies", "replied", "shout", "shouts", "shouted", "admit", "admits", "admitted"}
STRONG = re.compile(FIRST_PERSON.pattern + r"|\b(?:should|ought to)\b", re.I)
RULE = re.compile(r"\b(?:must|has to|have to)\s+be\s+(?:\w+ly\s+)?\w+(?:ed|en)\b", re.I)
# the rules as they stand, told even in an argued piece: "At the moment, phones must be switched off in lessons" (w19)
CURRENT_RULE = re.compile(r"^(?:At the moment|At present|Currently|Right now|For now|Under (?:the )?(?:current|present|"
                          r"existing) rules),?\s[^.;:]*\b(?:must|has to|have to|may not|can)\b", re.I)
DATES = {"year", "date", "decade", "century", "ordinal"}
# "the authorities ordered that houses should be connected", "was determined that her daughter should not …"
DECIDED = re.compile(r"\b(?:\w+ed|decided|agreed)\s+that\s+[^.;:]*\b(?:should|must|ought to)\b", re.I)
STUDIED_WORK = re.compile(r"\bby\s+[A-Z]|\b[A-Z][\w’'-]+['’]s\s+[A-Z]")  # "Of Mice and Men by John Steinbeck"


# the writer's verdict on a trend ("… was changing quickly", "slowly declined") or on a state of affairs ("the
# situation was …"): a 15-year-old's "A fact" and "An opinion" are both defensible (brief en14)
TREND = re.compile(r"\b(?:chang|grow|grew|improv|worsen|declin|deteriorat|weaken|strengthen|spread|ris|rose|fall|fell|"
                   r"increas|decreas|shift|develop|recover|collaps)\w*\s+(?:very\s+|so\s+|ever\s+more\s+)?(?:quickly|"
                   r"rapidly|fast|slowly|gradually|steadily|dramatically|sharply|greatly|significantly|considerably|"
                   r"swiftly)\b|\b(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:changing|improving|worsening|declining|"
                   r"deteriorating|weakening)\b", re.I)
STATE_OF_AFFAIRS = {"situation", "things", "life", "mood", "atmosphere", "conditions", "relations", "times", "outlook"}
# a state of mind given to a country or a group ("Astana's apprehension increased"), or relations judged good
# ("has been actively developing friendly relations"): the writer's reading, not a checkable fact (course pack, read v)
JUDGED_MOOD = re.compile(r"\b(?:apprehension|anxiety|fears|unease|suspicion|mistrust|distrust|enthusiasm|frustration|"
                         r"irritation|resentment|optimism|pessimism)\b|\b(?:actively|successfully|effectively|"
                         r"fruitfully)\s+(?:\w+ing|\w+ed)\b|\b(?:friendly|warm|cordial|fruitful|excellent|brotherly)\s+"
                         r"(?:relations|ties|relationship|partnership|cooperation)\b", re.I)


def judged_trend(s) -> bool:
    """The sentence is the writer's generalisation of a trend or a situation, not a checkable event or figure."""
    head = (s.parse.subject_head if s.parse else "").lower()
    text = SPEECH.sub("", s.text)
    return bool(TREND.search(text) or JUDGED_MOOD.search(text)) or head in STATE_OF_AFFAIRS


# a proposal of an argued piece: "First, offer two sizes." or an imperative under "What I propose"
SEQUENCE = re.compile(r"^(?:First(?:ly)?|Second(?:ly)?|Third(?:ly)?|Next|Finally|Lastly),\s", re.I)
WRITER_HEADING = re.compile(r"\b(?:I|we)\s+(?:would\s+)?(?:propose|suggest|recommend|want|urge)\b|\bproposals?\b|"
                            r"\brecommendations?\b")


def proposal(doc: SourceDoc, s) -> bool:
    """An imperative that is one of the writer's proposals in an argued piece (a point of the argument to ask)."""
    return doc.argued and bool(SEQUENCE.match(s.text) or WRITER_HEADING.search(s.section or ""))


# what a thing is good for, in a textbook or a guide: "All three products are useful in industry", "a useful memory
# aid is OIL RIG" (read t13 dropped both keyed "An opinion")
MILD = {"useful", "helpful", "handy", "convenient", "practical", "valuable"}


# (read u14) "One pillar of the OTS is obviously Türkiye.": the adverb is the only sign, the rest a checkable fact
CERTAINTY = {"obviously", "clearly", "surely", "undoubtedly", "certainly", "truly", "evidently", "indeed"}
# (read u14) "Turkey, in opinion of Sarsenbayev, plays a key role": keyed "A reported claim", a pupil answers "An opinion"
NAMED_VIEW = re.compile(r"\b(?:in (?:the )?(?:opinion|view) of|in (?:his|her|their) (?:opinion|view)|"
                        r"(?:his|her|their|whose) (?:opinion|view) (?:is|was) that)\b", re.I)


def opinion_piece(doc: SourceDoc) -> bool:
    """The writer argues throughout (an op-ed, an open letter): there, telling the writer's facts from opinions is
    the skill; in a textbook, a report or a biography every unattributed sentence is presented as fact."""
    return doc.opinion_share >= OPINION_PIECE


# a section of a practical's sheet or a how-to (read w: "Plot a graph with …" keyed "An opinion" on a lab sheet)
STEPS_SECTION = re.compile(r"^\s*(?:method|procedure|instructions?|steps?|safety|equipment|apparatus|analysis|"
                           r"results?|what (?:to|you) do|how to\b|your task)", re.I)
STEPS_SHARE = 0.25  # a sheet of instructions: a quarter of its sentences tell the reader what to do


def _step(s) -> bool:
    """The sentence tells the reader what to do, without the writer's "I think" or a value word."""
    return s.parse is not None and s.parse.own_stance and not s.parse.evaluates and not FIRST_PERSON.search(s.text)


def instruction(doc: SourceDoc, s) -> bool:
    """An imperative step of a procedure: in a Method, Safety or Analysis section, or anywhere in a sheet that is
    mostly steps (its many imperatives are what made it look argued, `opinion_piece`)."""
    if s.parse is None or not s.parse.own_stance or FIRST_PERSON.search(s.text):
        return False
    if STEPS_SECTION.match(s.section or ""):
        return True  # "Draw a line of best fit.": a value word of a term, still a step
    if not _step(s):
        return False
    if "steps_sheet" not in doc.hints:  # counted once per document, not once per item
        body = [o for o in doc.sentences if o.role == "body"]
        steps = sum(_step(o) for o in body)
        doc.hints["steps_sheet"] = steps >= 5 and steps >= STEPS_SHARE * len(body)
    return doc.hints["steps_sheet"]


def _verb(doc: SourceDoc, position: int) -> str:
    """The verb that reports the sentence's claim: its attribution's, else its parse's main verb."""
    verb = next((a.verb for a in doc.attributions if a.sentence == position), "")
    s = doc.sentences[position]
    return (verb or (s.parse.root if s.parse else "")).lower()


def _past(verb: str, text: str) -> bool:
    """The reporting verb is in the simple past ("has reported" is present perfect: a current claim)."""
    if verb in ("according to", "in the words of") or not verb:
        return False
    past = verb in IRREGULAR_PAST or verb.endswith("ed")
    return past and not re.search(rf"\b(?:has|have)\s+(?:\w+ly\s+)?{re.escape(verb)}\b", text, re.I)


def _plain_figure(doc: SourceDoc, position: int) -> bool:
    """The sentence gives a figure (a count, a measure, a price, a share; not a date): "Engineers laid roughly 82
    miles of sewers" is a fact to anyone, a figure to ask directly."""
    return any(m.value is not None and m.kind not in DATES for m in doc.mentions_in(position))


# (read w16) "Because food is limited, individuals must compete.": a necessity a textbook explains
NECESSITY = re.compile(r"\b(?:must|have to|has to|need to|needs to)\b", re.I)
CAUSAL = re.compile(r"\b(?:because|since|as a result|therefore|so that)\b", re.I)


def unworthy_stance(c: Candidate, corpus: Corpus) -> str:
    """A reason when a fact/opinion/claim item's sentence cannot plausibly be read another way, or its key can."""
    if c.template != "stance" or c.sentence < 0:
        return ""
    doc = corpus.doc(c.doc_id)
    s = doc.sentences[c.sentence]
    text = s.text
    if any(len(m.group().split()) >= 3 for m in SPEECH.finditer(text)):
        return "stance: the quotation marks give the key away (or mix two voices)"
    if c.answer == "A fact" and not opinion_piece(doc) and _plain_figure(doc, s.position):
        return "stance: a plain figure outside an argument is a fact to anyone"
    if c.answer == "A fact" and judged_trend(s):
        return "stance: the writer's judgement of a trend or a situation is arguable, not a checkable fact"
    if instruction(doc, s):
        return "stance: a step of a procedure tells what to do; it is neither a fact nor a view"
    if c.answer == "An opinion":
        if not doc.argued and not FIRST_PERSON.search(SPEECH.sub("", text)):
            return "stance: an evaluative word in a text of facts describes; it is no view the writer argues"
        if not opinion_piece(doc) and s.parse is not None and s.parse.evaluates and \
                set(map(str.lower, s.parse.evaluates)) <= MILD and not FIRST_PERSON.search(text):
            return "stance: a word of use in a text that argues no case describes ('useful in industry'); no view"
        if s.parse is not None and s.parse.own_stance and not FIRST_PERSON.search(text) and not opinion_piece(doc) \
                and not proposal(doc, s):
            return "stance: an instruction in a guide or an interview is no opinion (only an argued piece demands)"
        if not opinion_piece(doc) and RULE.search(text) and not STRONG.search(SPEECH.sub("", text)):
            return "stance: a rule a report describes ('everything must be labelled') is no view the writer argues"
        if CURRENT_RULE.search(text) and not FIRST_PERSON.search(text):
            return "stance: the rules as they stand now ('At the moment, phones must be switched off') are a fact"
        if s.parse is not None and s.parse.evaluates and {w.lower() for w in s.parse.evaluates} <= CERTAINTY and \
                not STRONG.search(SPEECH.sub("", text)):
            return "stance: a word of certainty alone ('obviously') does not make a statement a view"
        if DECIDED.search(text):
            return "stance: what someone ordered or decided 'should' happen is a fact about them"
        if NECESSITY.search(text) and CAUSAL.search(text) and not FIRST_PERSON.search(text) and \
                not STRONG.search(SPEECH.sub("", text)):
            return "stance: a 'must' with its cause given is a necessity the text explains, no view"
    if c.answer == "A reported claim" and NAMED_VIEW.search(SPEECH.sub("", text)):
        return "stance: a view the sentence itself calls an opinion is a reported claim and an opinion both"
    if c.answer == "A reported claim":
        verb = _verb(doc, s.position)
        if _past(verb, text) and (verb not in CLAIM_VERBS or YEAR.search(text)):
            return "stance: a past statement or belief is itself a fact of history"  # "In 1858 Darwin proposed …"
        if verb in PLAIN_SPEECH and STUDIED_WORK.search(doc.title):
            return "stance: what a character says is the plot of the work, a fact of the guide"
    return ""
