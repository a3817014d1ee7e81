"""Kazakh definitions and causes for `ideas.py` (round rukk8), read by the sentence's shape: no parser of Kazakh.

Definitions: "X дегеніміз – Y" (Y the rest of the sentence, a noun phrase ending in its head noun), "Y X деп аталады
/ атайды" (X the words after Y's head, which carries a possessive or accusative ending, or a «…»). Causes: "E,
себебі / өйткені C", "C, сондықтан E", "C. Сондықтан E", "E. Себебі / Өйткені C". A part led by a pointing or
personal pronoun (Бұл процесс, Ол, Мұны) is refused: the question would lean on another sentence.
"""
from __future__ import annotations

import re

TEMPLATES = {"what": "{term} дегеніміз не?", "why": "Неліктен {effect}?", "called": "{what} қалай {verb}?"}

W = r"[^\W\d_][\w-]*"
DEFINES = re.compile(rf"^(?P<term>{W}(?:\s+{W}){{0,3}})\s+дегеніміз\s*[—–-]?\s+(?P<meaning>[^?]+?)\s*\.?\s*$")
CALLED = re.compile(r"^(?P<head>.+?)\s+деп\s+(?P<verb>аталады|аталды|атайды|атады|атаған|аталған)\s*[.;]?\s*$")
BECAUSE = re.compile(r"^(?P<effect>.+?),\s+(?:себебі|өйткені)\s+(?P<cause>[^;:]+?)\s*[.!]?\s*$")
# "соның салдарынан" (as a result of it) and "соның / осының арқасында" (thanks to it) point back like "сондықтан"
THEREFORE = r"(?:(?:сол|осы)\s+себепті|сондықтан|(?:соның|осының)\s+(?:салдарынан|арқасында))"
SO = re.compile(rf"^(?P<cause>.+?),\s+{THEREFORE}\s+(?P<effect>.+?)\s*[.!]?\s*$")
SO_LEAD = re.compile(rf"^(?i:{THEREFORE}),?\s+(?P<effect>.+?)\s*[.!]?\s*$")
BECAUSE_LEAD = re.compile(r"^(?:Себебі|Өйткені),?\s+(?P<cause>[^;:?]+?)\s*[.!]?\s*$")
REASON_IS = re.compile(r"^(?:Мұның|Бұның|Оның)\s+себебі\s+(?:мынада|мынадай)\s*:\s*(?P<cause>[^;?]+?)\s*[.!]?\s*$")
POINTING = re.compile(r"^(?:Бұл|Осы|Мұндай|Осындай)\s+[^\W\d_]+")
CLAUSE_END = re.compile(r"\s*(?:[;:(]|,\s+(?:ал|бірақ|алайда|дегенмен)\s|\s[—–]\s)")
PRONOUN = re.compile(r"(?<!\w)(?:ол|олар(?:ды|дың|ға|да|дан|мен)?|оны|оның|онда|оған|одан|онымен|бұлар|бұл|сонда|бұның|бұған|мұны|мұның|мұнда|"
                     r"осы|осының|соның|мұндай|сондай|осындай|ондағы|мұндағы|осындағы|менің|біз|біздің|бізде|бізге|сен|сіз)(?!\w)",
                     re.I)
LEAD = re.compile(r"^(?:Ал|Бірақ|Алайда|Дегенмен|Және|Сонымен|Әрине|Яғни|Мысалы|Керісінше|Кейін|Содан|Сонда|"
                  r"Осылайша|Әсіресе|Сөйтіп)(?!\w),?\s*", re.I)
# the speaker's own words (көрдім, таңдауым, біздің): an interview answer, no idea of the text
FIRST_PERSON = re.compile(r"(?<!\w)\w+(?:дым|дім|тым|тім|мын|мін|пын|пін|бын|бін|мыз|міз|уым|уім)(?!\w)")
# the head of the thing named: a possessive (берілуі, тасымалдануы) before "аталады", an accusative before "атайды"
HEAD = {"аталады": r"(?:ы|і|сы|сі)", "аталды": r"(?:ы|і|сы|сі)", "аталған": r"(?:ы|і|сы|сі)",
        "атайды": r"(?:ны|ні|ды|ді|ты|ті|н)", "атады": r"(?:ны|ні|ды|ді|ты|ті|н)", "атаған": r"(?:ны|ні|ды|ді|ты|ті|н)"}
MAX_MEANING = 140


def _pronoun_led(text: str) -> bool:
    """The part opens with a pronoun or holds a personal or pointing one."""
    return PRONOUN.search(text) is not None or LEAD.match(text) is not None


def _clause(text: str) -> str:
    """The text to its clause's end, without a closing full stop."""
    m = CLAUSE_END.search(text)
    return (text[:m.start()] if m else text).strip().rstrip(".!,")


def _lower(text: str) -> str:
    """The first letter in lower case unless the first word looks like a name (capitalised, a letter of it upper
    case inside, or followed by another capitalised word)."""
    words = text.split()
    if not words or len(words) > 1 and words[1][:1].isupper() or any(c.isupper() for c in words[0][1:]):
        return text
    return text[:1].lower() + text[1:]


def _split_called(head: str, verb: str) -> tuple[str, str] | None:
    """The thing named and the term of "… X деп аталады": a «…» term, else the one or two words after the last word
    with the head's ending."""
    ending = re.compile(rf"\w{{2,}}{HEAD[verb]}$")
    quoted = re.match(r"^(?P<what>.+?)\s+«(?P<term>[^«»]{2,40})»$", head)
    if quoted:
        what = quoted.group("what")
        return (what, quoted.group("term")) if "«" not in what and ending.match(what.split()[-1]) else None
    words = head.split()
    for k in (1, 2):
        if len(words) > k + 1 and ending.match(words[-k - 1]) and not ending.match(words[-1]):
            return " ".join(words[:-k]), " ".join(words[-k:])
    return None


def definition(sentence: str, before: str = ""):
    """The sentence's definition (`ideas.Definition`), or None."""
    from studyapp.generator.lang.ideas import Definition

    text = sentence.strip()
    if text.startswith(("«", "—", "–", "-")):
        return None
    m = DEFINES.match(text)
    if m and not _pronoun_led(m.group("term")):
        meaning = _clause(m.group("meaning"))
        if len(meaning.split()) >= 2 and len(meaning) <= MAX_MEANING and not _pronoun_led(meaning):
            term = m.group("term")
            ask = TEMPLATES["called"].format(what=meaning[:1].upper() + meaning[1:], verb="аталады")
            return Definition(term, term, meaning=meaning, ask=ask)
        return None
    m = CALLED.match(text)
    if not m or re.search(r"[—–(,]", m.group("head")):
        return None
    # "… түзеді. Бұл процесс фотосинтез деп аталады": the sentence before describes it, the pointing word names it
    pointed = POINTING.match(m.group("head")) if _sound(before) else None
    if pointed and not _pronoun_led(m.group("head")[pointed.end():]):
        split = (pointed.group(), re.sub(r"^«([^«»]+)»$", r"\1", m.group("head")[pointed.end():].strip()))
    elif "«" in m.group("head") and not re.search(r"«[^«»]+»$", m.group("head")):
        return None
    elif _pronoun_led(m.group("head")):
        return None
    else:
        split = _split_called(m.group("head"), m.group("verb"))
    if split is None or len(split[0].split()) < 2 or not split[1] or len(split[1].split()) > 3 or re.search(r"\d", split[1]):
        return None
    what, term = split
    ask = TEMPLATES["called"].format(what=what, verb=m.group("verb"))
    return Definition(term, term, ask=f"{before.strip()} {ask}" if pointed else ask)


def _sound(before: str) -> bool:
    """A sentence before that a question may quote whole: capitalised, no pronoun, not too long, no question."""
    before = before.strip()
    first = before.split(",")[0]  # a pronoun after a comma may stand for the sentence's own subject ("олардың ДНҚ-сы")
    return bool(before) and (before[:1].isupper() or before[:1].isdigit()) and not _pronoun_led(first) and len(before.split()) <= 30 and \
        not re.search(r"[?«—–]", before)


def cause(sentence: str, before: str = ""):
    """The sentence's cause (`ideas.Cause`), or None."""
    from studyapp.generator.lang.ideas import Cause

    text = sentence.strip()
    m = BECAUSE.match(text) or SO.match(text)
    if m:
        effect, reason = m.group("effect"), m.group("cause")
        effect = re.split(r"[:;]\s+", effect)[-1] if m.re is BECAUSE else effect
        reason = reason if m.re is BECAUSE else re.split(r"[:;]\s+", reason)[-1]
    elif SO_LEAD.match(text) and SO.match(before.strip()):  # "C, сондықтан E1. Осы себепті E2": E1 the cause of E2
        effect, reason = SO_LEAD.match(text).group("effect"), SO.match(before.strip()).group("effect")
    elif not before[:1].isupper() or _clause(before) != before.strip().rstrip(".!"):
        return None  # "Мұның себебі" after a sentence of several clauses: which one it explains is not sure
    elif REASON_IS.match(text):  # "… . Мұның себебі мынада: C"
        effect, reason = before, REASON_IS.match(text).group("cause")
    elif before and len(before.split()) <= 20 and (SO_LEAD.match(text) or BECAUSE_LEAD.match(text)):
        lead = SO_LEAD.match(text)
        effect, reason = (lead.group("effect"), before) if lead else (before, BECAUSE_LEAD.match(text).group("cause"))
    else:
        return None
    effect, reason = _clause(effect.strip()), _clause(reason.strip())
    if len(reason.split()) < 3 or _pronoun_led(reason) or FIRST_PERSON.search(reason) or re.search(r"[(?«]", reason):
        return None
    asked = len(effect.split()) >= 3 and not (_pronoun_led(effect) or FIRST_PERSON.search(effect) or
                                             re.search(r"[(«]|(?:ңыз|ңіз|ыңдар|іңдер)\b", effect))
    # a clean cause of an effect that cannot be asked (Ол …, біздің …) is still an option for another "why"
    return Cause(TEMPLATES["why"].format(effect=_lower(effect)) if asked else "", reason, effect if asked else "")
