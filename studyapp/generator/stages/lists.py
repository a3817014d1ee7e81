"""Which word of a sentence is one member of a list (brief en14): "Monsoon climates are also found in Southeast
Asia, East Asia, northern Australia, _____ and, in a weaker form, …" blanks one of five places, any of which could be
the blank. Items are one to three words with no function word; the list's first item may follow a lead-in ("… are
found in Southeast Asia"), its last an "and" with an aside after it, and the rest of the sentence may follow the last.
`salience.in_list` asks it for a gap-fill's key.
"""
from __future__ import annotations

import re

from studyapp.generator import lexicon as lx

# one member of a list of four or more short items of any case, the "and" perhaps followed by an aside ("Southeast
# Asia, East Asia, northern Australia, _____ and, in a weaker form, …": any member could be the blank; brief en14)
FUNCTION = re.compile(r"\b(?:%s)\b" % "|".join(sorted(lx.FUNCTION_WORDS, key=len, reverse=True)), re.I)
KEY_ITEM = re.compile(r"(?P<lead>.*?\s)??(?:(?:and|or)\s+)?(?:[Tt]he\s+)?KEY(?:\s+(?:and|or)\b\s*(?P<tail>.*))?\.?")


def _item(words: list[str]) -> bool:
    """One to three words with no function word (after a leading "and"/"or" and article): a list's item."""
    while words and words[0].lower() in ("and", "or", "the", "a", "an"):
        words = words[1:]
    return 1 <= len(words) <= 3 and not any(w.lower() in lx.FUNCTION_WORDS for w in words)


def _head_words(segment: str) -> list[str]:
    """The words of a segment up to its first function word after the first ("the United States and Mexico")."""
    words = segment.split()
    cut = next((i for i, w in enumerate(words) if i and w.lower() in lx.FUNCTION_WORDS), len(words))
    return words[:cut]


def _segments(marked: str) -> list[str]:
    """The sentence cut at its commas, a trailing "and"/"or" moved to the next segment and an aside right after it
    left out ("New England and, in smaller amounts, the Baltic ports" -> "New England", "and the Baltic ports")."""
    raw = [seg.strip() for seg in marked.rstrip(" .").split(",")]
    out, i = [], 0
    while i < len(raw):
        ends = re.fullmatch(r"(.*\S)\s+(and|or)", raw[i])
        if ends and i + 1 < len(raw):
            out.append(ends.group(1))
            i += 1 + (not _item(raw[i + 1].split()) and i + 2 < len(raw))  # an aside after the "and"
            raw[i] = f"{ends.group(2)} {raw[i]}"
            continue
        out.append(raw[i])
        i += 1
    return out


def long_list(marked: str) -> bool:
    """The word KEY of `marked` is one member of a list of four or more items of up to three words each."""
    segments = _segments(marked)
    at = next((i for i, seg in enumerate(segments) if re.search(r"\bKEY\b", seg)), -1)
    found = KEY_ITEM.fullmatch(segments[at]) if at >= 0 else None
    if not found:
        return False
    count = 1 + bool(found.group("tail") and _item(_head_words(found.group("tail"))))
    for seg in reversed(segments[:at] if not found.group("lead") else []):  # "Acids include _____, …": the first
        if count >= 4:
            return True  # a long list: enough seen (a sentence of hundreds of names is walked once per blank)
        if _item(seg.split()):
            count += 1
            continue
        count += _item(FUNCTION.split(seg)[-1].split())  # "… are also found in Southeast Asia": after its lead-in
        break
    for seg in segments[at + 1:] if not found.group("tail") and segments[at].split()[0] not in ("and", "or") else []:
        pair = re.split(r"\s(?:and|or)\s", seg, maxsplit=1)
        if seg.split()[:1] in (["and"], ["or"]):
            count += _item(_head_words(seg))  # the list's last item, perhaps followed by the rest of the sentence
        elif len(pair) == 2:  # "nitric acid and citric acid": the list's last two items
            count += 2 if _item(pair[0].split()) and _item(_head_words(pair[1])) else 0
        elif _item(seg.split()):
            count += 1
            if count < 4:
                continue
        break
    return count >= 4
