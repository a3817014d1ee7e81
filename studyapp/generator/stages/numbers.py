"""Numbers in prose: years, dates, percentages, money, ranges, decades, ordinals and counts with their units."""
from __future__ import annotations

import re

from studyapp.generator.model import Mention
from studyapp.generator.stages.furniture import MONTHS

NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
SCALE = r"(?:\s?(?:million|billion|trillion|thousand|bn|mn)\b)"
WORD_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
WORD_NUMBERS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
                     "hundred": 100})
ORDINAL_WORDS = "first second third fourth fifth sixth seventh eighth ninth tenth".split()

# after a year of three or four digits: no word but a function word ("in 1347 the …", not "1347 soldiers")
_NOT_COUNTED = (r"(?![\d%]|[.,]\d|\s(?!(?:and|or|to|when|with|by|at|in|on|the|after|before|as|until|under|during|from|"
                r"for|but|while|where|which|who|a|an)\b)[A-Za-z])")
PATTERNS: list[tuple[str, re.Pattern]] = [
    ("money", re.compile(rf"(?:US\s?)?[$€£]\s?(?:{NUM}){SCALE}?|(?:TL|USD|EUR|KZT)\s?(?:{NUM}){SCALE}?"
                         rf"|(?:{NUM}){SCALE}?\s(?:US\s)?(?:dollars|euros|pounds|tenge|lira|rubles|roubles|yuan)\b")),
    ("percent", re.compile(rf"(?:{NUM})\s?(?:%|percent\b|per cent\b)")),
    ("date", re.compile(rf"\b(?:{MONTHS})\.?\s\d{{1,2}}(?:[–-]\d{{1,2}})?(?:st|nd|rd|th)?,?\s(?:1\d|20)\d\d\b"
                        rf"|\b\d{{1,2}}(?:[–-]\d{{1,2}})?\s(?:{MONTHS})\.?,?\s(?:1\d|20)\d\d\b"
                        rf"|\b(?:{MONTHS})(?:[–-](?:{MONTHS}))?\s(?:1[5-9]|20)\d\d\b"
                        rf"|\b(?:{MONTHS})\s\d{{1,2}}(?:st|nd|rd|th)?\b(?!,?\s\d)")),
    ("range", re.compile(r"\b(?:1[5-9]|20)\d\d\s?[–-]\s?(?:(?:1[5-9]|20)\d\d|present|today)\b"
                         r"|\b\d{1,3}\s?[–-]\s?\d{1,3}\s(?:years|months|days|weeks|per\s?cent|percent)\b")),
    ("decade", re.compile(r"\b(?:1[5-9]|20)\d0s\b")),
    ("century", re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\scentury\b|\b[XVI]{1,5}\scentury\b")),
    ("year", re.compile(r"\b\d{1,4}\s(?:BC|BCE|AD|CE)\b")),
    ("year", re.compile(r"(?<![\d.,$])\b(?:1[5-9]|20)\d\d\b(?![\d%]|\.\d|,\d{3})")),
    ("year", re.compile(r"\b(?:in|by|since|after|around|until|before|In|By|Since|After|Around|Until|Before)\s"
                        r"(?P<n>[1-9]\d{2,3})\b" + _NOT_COUNTED)),
    # "Between 1347 and 1351 a disease swept …": both ends of a span of years of the Middle Ages (set 14 typed them
    # as counts, with a tolerance of 1 %)
    ("year", re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s(?P<n>[1-9]\d{2,3})\s(?:and|to)\s[1-9]\d{2,3}\b" + _NOT_COUNTED)),
    ("year", re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s[1-9]\d{2,3}\s(?:and|to)\s(?P<n>[1-9]\d{2,3})\b" + _NOT_COUNTED)),
    ("year", re.compile(r"\b[A-Z][a-z]+\sof\s(?P<n>1[0-4]\d\d)\b" + _NOT_COUNTED)),  # "the Statute of Labourers of 1351"
    # "In May 1215 the rebels …", "15 June 1215": a month before it makes a number of the Middle Ages a year, not a
    # count (read s: a true/false trap swapped it for "730")
    ("year", re.compile(rf"\b(?:{MONTHS})\.?,?\s(?P<n>1[0-4]\d\d)\b(?![\d%]|[.,]\d)")),
    # a sentence opening "In 1449 Ulugh Beg …": a name after the number, so a year of the Middle Ages, not a count
    ("year", re.compile(r"^(?:In|By|Since|After|Around|Until|Before)\s(?P<n>[1-9]\d{2,3})(?=\s[A-Z][a-z])")),
    ("ordinal", re.compile(r"\b\d{1,3}(?:st|nd|rd|th)\b|\b(?:" + "|".join(ORDINAL_WORDS) + r")-(?:largest|biggest"
                           r"|most|highest|smallest)\b", re.I)),
    ("count", re.compile(rf"(?<![\w.,/$])(?:{NUM})(?![\w%/])(?:\s(?:million|billion|thousand))?")),
]


def value_of(text: str, kind: str) -> float | None:
    """The numeric value of a mention (the first number; scales applied)."""
    if kind == "ordinal":
        digits = re.match(r"\d+", text)
        if digits:
            return float(digits.group())
        word = text.split("-")[0].lower()
        return float(ORDINAL_WORDS.index(word) + 1) if word in ORDINAL_WORDS else None
    match = re.search(NUM, text)
    if not match:
        return None
    if kind == "year":
        value = float(match.group().replace(",", ""))
        return -value if re.search(r"\bBCE?\b", text) else value
    if kind in ("date", "range", "decade", "century") and kind != "year":
        years = re.findall(r"(?:1\d|20)\d\d", text)
        if years:
            return float(years[-1]) if kind != "range" else float(years[0])
    return float(match.group().replace(",", ""))


_UNIT = re.compile(r"\s((?:[A-Z][\w-]+\s)?[a-z][\w-]+)")


def unit_after(sentence: str, end: int) -> str:
    """The noun that follows a count ('4,000 Turkish companies' -> 'Turkish companies')."""
    match = _UNIT.match(sentence, end)
    return match.group(1) if match else ""


def find_numbers(sentence: str, sentence_index: int) -> list[Mention]:
    """Every number-like mention of a sentence, longest and most specific first, never overlapping."""
    taken = bytearray(len(sentence) + 1)  # 1 where a number found earlier lies
    found: list[Mention] = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(sentence):
            group = "n" if "n" in pattern.groupindex and match.group("n") else 0
            s, e = match.span(group)
            if taken.find(1, s, e) >= 0:
                continue
            text = match.group(group)
            if kind == "count" and (re.fullmatch(r"\d", text) and not unit_after(sentence, e)):
                continue
            taken[s:e] = b"\x01" * (e - s)
            mention = Mention(sentence_index, s, e, text, kind, text, value_of(text, kind))
            found.append(mention)
    for match in COUNT_WORD.finditer(sentence):
        s, e = match.span(1)
        if taken.find(1, s, e) < 0 and match.group(1).lower() not in ("one", "zero", "hundred") and \
                match.group("noun").lower() not in NOT_COUNTED:
            found.append(Mention(sentence_index, s, e, match.group(1), "count_word", match.group(1).lower(),
                                 float(WORD_NUMBERS[match.group(1).lower()])))
    return sorted(found, key=lambda m: m.start)


# "nine million soldiers", "three main ways", "twelve countries": a number word before a plural noun, with up to
# one describing word or a scale between (brief en16: number words were never asked)
COUNT_WORD = re.compile(r"(?<![\w-])(?<!the )(?<!The )(?<!its )(?<!their )(?<!these )(?<!those )(?<!his )(?<!her )"
                        r"(" + "|".join(WORD_NUMBERS) + r")(?![\w-])(?:\s(?:million|billion|thousand|hundred))?"
                        r"(?:\s(?!(?:are|were|is|was|have|had|of|and|or|to|in|on|at|by|for|with|from|the|a|an)\b)"
                        r"[a-z][a-z-]+)?\s(?P<noun>[a-z]{2,}[^s\W]s|people|children|men|women|feet|teeth)\b", re.I)
NOT_COUNTED = {"was", "has", "does", "goes", "this", "thus", "plus", "less", "unless", "always", "towards", "perhaps",
               "becomes", "makes", "takes", "comes", "gives", "means", "lives"}
