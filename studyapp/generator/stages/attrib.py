"""Attributions (who says, argues or wrote what), definitions, acronym expansions and people's roles."""
from __future__ import annotations

import re

from studyapp.generator import lexicon as lx
from studyapp.generator.model import Attribution, Definition, Mention
from studyapp.generator.stages.entities import LOWER_TITLES as ent_titles, is_role as ent_is_role

VERBS = "|".join(sorted(lx.SPEECH_VERBS, key=len, reverse=True))
NP_VERBS = {"sees", "saw", "see", "describes", "described", "highlights", "highlighted", "highlight", "emphasizes",
            "emphasized", "emphasize", "emphasises", "underscores", "underscored", "stresses", "stressed", "predicts",
            "predicted", "proclaimed", "considers", "considered"}
PRONOUNS = {"he": "m", "she": "f", "they": "p", "him": "m", "her": "f", "them": "p"}
_THAT = re.compile(rf"^(?:[’']s\s+\w+\s+)?(?:,[^“\",]{{3,150}},|,[^“\",]{{3,120}},[^“\",]{{3,120}},)?"
                   rf"(?:\s*(?:in\s+(?:his|her|their|the)\s+[\w\s-]{{1,30}}?|also|totally|strongly|"
                   rf"clearly|further|even|then|just|highly|,)\s*)*\s*\b({VERBS})\b(?:\s+in\s+(?:the|that)\s+\w+)?[,:]?\s+(?:that\s+)?(.+)$")
_SPEAKER_BEFORE = re.compile(r"(^|[,:;–—]|\b(and|that|but|also|what|here’s what|here's what)|[’']s\s+\w+)\s*$", re.I)
_ACCORDING = re.compile(r"\b[Aa]ccording to ([^,]+?),\s+(.+)$")
_WORDS_OF = re.compile(r"\b(?:in|using) the words of\s+(.+?),\s*[\"“‘]?(.+?)[\"”’]?[.,]?\s*$")
_QUOTE_THEN = re.compile(rf"[\"“]([^\"“”]{{12,}})[\"”][,.]?\s*(?:[’']?\s*)?(.+?)\s+({VERBS})\.?$")
_TAIL_SPEAKER = re.compile(rf"^[“\"]?([^“”\"]{{20,}})[”\"],?\s+((?:the\s+)?[\w\s.-]{{3,60}}?)\s+({VERBS})\.?$")
_SUCH = re.compile(r"\b(?:made|making|makes|make)\s+(?:such|these|similar|those)\s+(?:statements|claims|remarks|"
                   r"arguments|comments)|\b(?:these|such) (?:statements|claims) (?:is|are|was|were) attributed to")
_CLAIMS_THAT = re.compile(r"\b(?:claims|statements|arguments|suggestions|calls)\s+that\s+(.+?)[.]?$")
_ACRONYM_AFTER = re.compile(r"((?:[A-Z][\w-]*|of|the|and|for|on|de|d’|d')(?:\s+(?:[A-Z][\w-]*|of|the|and|for|on|de))*"
                            r"|(?:[a-z][\w-]*\s+){1,5}[a-z][\w-]*)\s+\(([A-Z][A-Za-zŞÇĞÜÖİ]{1,8})\)")
_ACRONYM_BEFORE = re.compile(r"\b([A-Z]{2,8})\s+\((?:the\s+)?([A-Z][^()]{5,80})\)")
_APPOSITION = re.compile(r"^,\s+((?:a|an|the)\s+[^,;()]{3,120}?)(?:,\s+(?![A-Z]|and\b|or\b)|\.$|;)")
_PAREN_DEF = re.compile(r"^\s*\((?:which means\s+|meaning\s+|i\.e\.\s+|a\s+|an\s+)[‘'\"“]?([^()]{3,120}?)[’'\"”]?"
                        r"(?:\s+and\s+(?:is|was)\b[^()]*)?\)")
_FINITE = re.compile(r"\b(is|are|was|were|has|have|had|seems|remains|will|would|can|could|held|took|made|gave|led|won|"
                     r"became|began|built|fought|ruled|wrote|brought|kept|lost|met|sent|told|went|came|grew|rose|fell)"
                     r"\b|\b(also|later|then|soon|still|never|often)\s+[a-z]+(ed|s)?\b")
_PREPOSITIONS = {"in", "for", "with", "to", "from", "at", "on", "by", "of", "into", "than", "like"}
_COPULA_DEF = re.compile(r"^\s+(?:is|was|are|were)\s+((?:a|an)\s+[^,;]{3,120}?)(?:[.;]$|,\s+(?:which|that|who))")


def acronym_matches(short: str, long: str) -> bool:
    """True when `short` abbreviates `long`: its first letter opens it and most letters are word initials."""
    letters = [c for c in short.upper() if c.isalpha()]
    words_ = [w for w in re.split(r"[\s-]+", long) if w]
    if not letters or not words_ or words_[0][0].upper() != letters[0]:
        return False
    initials = "".join(w[0].upper() for w in words_)
    text = long.upper()
    pos = 0
    for c in letters:
        pos = text.find(c, pos)
        if pos < 0:
            return False
        pos += 1
    hits = sum(1 for c in letters if c in initials)
    return hits >= max(2, round(len(letters) * 0.66)) and len(words_) <= len(letters) + 3


_AKA = re.compile(r"([A-Z][\w-]*(?:\s+(?:of|the|and|[A-Z][\w-]*))*),?\s+\(?(?:also known as|better known as|"
                  r"formerly known as|now known as|formerly|renamed)\s+(?:the\s+)?([A-Z][\w-]*(?:\s+(?:of|the|[A-Z][\w-]*))*)")


def find_acronyms(sentence: str, index: int) -> list[Definition]:
    """'Long Form (LF)' and 'LF (the Long Form)' pairs, and 'X, also known as Y' aliases."""
    found = [Definition(index, m.group(2), m.group(1), "alias") for m in _AKA.finditer(sentence)]
    for match in _ACRONYM_AFTER.finditer(sentence):
        short = match.group(2)
        words_ = match.group(1).split()
        for n in range(min(len(words_), len(short) + 3), 0, -1):
            long = " ".join(words_[-n:])
            if words_[-n].lower() in ("the", "of", "and") or not acronym_matches(short, long):
                continue
            found.append(Definition(index, short, long, "acronym"))
            break
    for match in _ACRONYM_BEFORE.finditer(sentence):
        if acronym_matches(match.group(1), match.group(2)):
            found.append(Definition(index, match.group(1), match.group(2).strip(), "acronym"))
    return found


# a figure is no meaning: "during form time, a response rate of 73%", "Cereal … was the most popular choice (39%)"
FIGURE_MEANING = re.compile(r"%|\bper ?cent\b|^(?:a|an|the)\s+(?:\w+\s+){0,2}(?:rate|share|total|rise|fall|increase|"
                            r"decrease|drop|gain|loss|percentage|proportion)\s+of\s+\d", re.I)


def find_definitions(sentence: str, index: int, mentions: list[Mention]) -> list[Definition]:
    """Appositions ('X, a Y,'), parenthetical meanings ('X (which means Y)') and copulas ('X is a Y.')."""
    found = []
    for m in mentions:
        if m.kind in ("year", "date", "percent", "money", "count", "range", "decade", "ordinal", "century",
                      "count_word", "demonym"):
            continue
        after = sentence[m.end:]
        after = re.sub(r"^[’'\"”]+", "", after)
        before = sentence[:m.start].split()
        after_prep = bool(before) and (before[-1].lower() in _PREPOSITIONS or before[-1].lower() == "the" and
                                       len(before) > 1 and before[-2].lower() == "of") and m.kind != "person"
        embedded = bool(before) and before[-1].lower() in ("that", "whether", "if")
        # "The biggest danger to trees in Sweden is a small insect …": a name inside a prepositional phrase is not
        # the subject the copula defines (blind read 29r: a mite keyed "Europe")
        inside = bool(before) and (before[-1].lower() in _PREPOSITIONS or before[-1].lower() == "the" and
                                   len(before) > 1 and before[-2].lower() in _PREPOSITIONS)
        # "allows his clerk, Bob Cratchit, the day off": a name set off after a noun is that noun's apposition, and
        # what follows its comma goes on with the sentence (read s12)
        set_off = bool(before) and re.fullmatch(r"[a-z]+,", before[-1]) is not None
        for pattern in (_APPOSITION, _PAREN_DEF, _COPULA_DEF):
            match = pattern.match(after)
            if match and (pattern is _APPOSITION and (after_prep or set_off) or pattern is _COPULA_DEF and (embedded or inside)):
                break
            if match:
                meaning = match.group(1).strip().rstrip(".")
                words_ = meaning.split()
                bad = (len(words_) < 2 or len(words_) > 16 or _FINITE.search(meaning) and pattern is _APPOSITION
                       or len(words_) > 1 and words_[1][:1].isupper() and words_[0] in ("the", "a", "an")
                       and not ent_is_role(meaning)
                       or re.search(r"\b(he|she|it|they|this|these)\b", meaning)
                       or FIGURE_MEANING.search(meaning))
                if not bad:
                    kind = "role" if m.kind == "person" or ent_is_role(meaning) else "term"
                    found.append(Definition(index, m.text, meaning, kind))
                break
    return found


def attributions(sentence: str, index: int, people: list[Mention], resolve) -> list[Attribution]:
    """Attributions in a sentence. `resolve(word, offset)` maps a pronoun or role phrase to a speaker or None."""
    found = []
    for m in people:
        before = sentence[:m.start].rstrip()
        last = before.split()[-1] if before.split() else ""
        if not (_SPEAKER_BEFORE.search(before) or last.lower() in ent_titles or last in lx.TITLES
                or last in lx.DEMONYMS or last.lower() in lx.ROLE_NOUNS):
            continue
        match = _THAT.match(sentence[m.end:])
        if match and not re.search(rf"\b{match.group(1)}\b[^.]{{0,30}}?(that\b|:|[“\"])", sentence[m.end:]) \
                and match.group(1) not in NP_VERBS:
            match = None
        if match and len(match.group(2).split()) >= 4:
            content = _clean(match.group(2))
            found.append(Attribution(index, m.text, m.key, match.group(1), content,
                                     match.group(2).lstrip().startswith(('"', "“")) and not _unquoted_tail(match.group(2))))
    lead = re.match(rf"^(?:[A-Z]\w*,?\s+(?:in\s+[\w\s]{{1,25}}?\s+)?)?(he|she|they|the authors?)\s+({VERBS})\s+(?:that\s+)?(.+)$",
                    sentence, re.I)
    if lead and not found:
        speaker = resolve(lead.group(1).lower(), lead.start(1))
        if speaker and len(lead.group(3).split()) >= 4:
            found.append(Attribution(index, speaker[0], speaker[1], lead.group(2), _clean(lead.group(3))))
    opinion = re.search(r"\b[Ii]n (?:the )?(?:opinion|view) of ([A-Z][\w.\s-]{2,40}?),\s*(.+)$", sentence)
    if opinion and not found:
        speaker = _speaker_for(opinion.group(1), people, resolve, opinion.start(1))
        if speaker:
            content = sentence[:opinion.start()].rstrip(" ,") + " " + opinion.group(2)
            found.append(Attribution(index, speaker[0], speaker[1], "believes", _clean(content)))
    acc = _ACCORDING.search(sentence)
    # "They had no budget, no plan and, according to our founder, “exactly one bag of biscuits”": mid-sentence, after
    # "and", the words after it end the writer's list; they are no claim of the speaker's (read w: "Who said exactly
    # one bag of biscuits?")
    if acc and re.search(r"\b(?:and|or|but|with)\s*,?\s*$", sentence[:acc.start()]):
        acc = None
    if acc:
        who = acc.group(1).strip()
        speaker = _speaker_for(who, people, resolve, acc.start(1))
        if speaker and len(acc.group(2).split()) >= 4:
            found.append(Attribution(index, speaker[0], speaker[1], "according to", _clean(acc.group(2))))
    words_of = _WORDS_OF.search(sentence)
    if words_of:
        speaker = _speaker_for(words_of.group(1), people, resolve, words_of.start(1))
        if speaker:
            found.append(Attribution(index, speaker[0], speaker[1], "in the words of",
                                     _clean(words_of.group(2)), True))
    tail = _TAIL_SPEAKER.match(sentence)
    if tail and not found:
        speaker = _speaker_for(tail.group(2), people, resolve, tail.start(2))
        if speaker:
            found.append(Attribution(index, speaker[0], speaker[1], tail.group(3), _clean(tail.group(1)), True))
    quote = _QUOTE_THEN.search(sentence)
    if quote and not any(a.quoted for a in found):
        speaker = _speaker_for(quote.group(2), people, resolve, quote.start(2))
        if speaker:
            found.append(Attribution(index, speaker[0], speaker[1], quote.group(3), quote.group(1).strip(), True))
    return found


def such_claims(sentence: str, previous: list[str], index: int, people: list[Mention]) -> list[Attribution]:
    """'X made such statements' / 'these statements are attributed to X': the claim of a sentence before."""
    if not people or not _SUCH.search(sentence) and "attributed to" not in sentence:
        return []
    claim = next((c for c in (_CLAIMS_THAT.search(p) for p in reversed(previous)) if c), None)
    if not claim:
        return []
    speaker = people[0] if "attributed to" not in sentence else next(
        (p for p in people if p.start > sentence.find("attributed to")), None)
    if speaker is None:
        return []
    return [Attribution(index, speaker.text, speaker.key, "claimed", _clean(claim.group(1)))]


def _speaker_for(phrase: str, people: list[Mention], resolve, offset: int):
    """The speaker named in a phrase: a person mention inside it, else a resolved pronoun or role."""
    for m in people:
        if m.text in phrase:
            return m.text, m.key
    return resolve(phrase.strip().lower(), offset)


def _unquoted_tail(text: str) -> bool:
    """Text continues after the closing quotation mark (so the content is not only a quotation)."""
    close = max(text.rfind("”"), text.rfind('"', 1))
    return close > 0 and len(text[close + 1:].strip(" .,")) > 3


def _clean(content: str) -> str:
    """Trim a reported content to its clause, or to the quotation when it is one."""
    content = content.strip()
    if not content.startswith(("“", '"')):
        first = re.search(r"(?<=[a-z]{2})\.\s+(?=[A-Z])", content)
        if first:
            content = content[:first.start()]
    quoted = re.fullmatch(r"(?:as\s+)?[“\"]([^“”\"]+)[”\"]?[.,]?", content)
    if quoted:
        content = quoted.group(1)
    return content.strip().rstrip(".,").strip()
