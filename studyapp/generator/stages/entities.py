"""Named people, places, organisations and acronyms by capitalisation rules, then merged across spellings."""
from __future__ import annotations

import re

from studyapp.generator import lexicon as lx
from studyapp.generator.lexicon import fold
from studyapp.generator.model import Mention
from studyapp.generator.stages.segment import words

CONNECTORS = {"of", "for", "de", "da", "van", "von", "al", "bin", "ibn", "la", "le", "du", "del", "on", "and", "the"}
LOWER_TITLES = {"president", "minister", "secretary-general", "leader", "chairman", "ambassador", "king", "sultan",
                "general", "senator", "premier", "chancellor", "governor", "mayor"}
TITLE_HEADS = lx.TITLES - {"Foreign", "Defense", "Defence", "Finance", "Former", "former", "Field", "Deputy",
                           "Vice-President", "Saint", "St."} | {"Vice-President"}
# job words written before a person's full name like a title ("Conductor Daniel Okafor", "Councillor Helen Price"):
# the role is not part of the name a pupil types (blind reads 29r, 29t)
ROLE_WORDS = lx.ROLE_NOUNS | {"councillor", "conductor", "coach", "captain", "inspector", "officer", "manager", "editor",
                              "detective", "sergeant", "constable", "judge", "lawyer", "farmer", "pilot", "curator",
                              "architect", "organiser", "organizer", "principal", "headteacher", "chef", "reverend"}
MONTHS_AND_DAYS = set("""January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split())
SURNAME_ENDINGS = ("ov", "ev", "ova", "eva", "yev", "yeva", "enko", "sky", "ski", "vich", "ovic", "zade", "oglu",
                   "oğlu", "yan", "ian", "aev", "baev", "bekov")
_POSSESSIVE = re.compile(r"[’']s?$")
_INITIAL_DOT = re.compile(r"\.\s?[A-Z][a-z]")  # 'J. Smith': matched where the initial ends
_WORK_OF = re.compile(r"[’']s\s+(research|study|article|work|book|paper|view|views|opinion|words|speech)\b")


def _is_cap(token: str) -> bool:
    """Starts with an upper-case letter."""
    return token[:1].isupper()


def name_spans(sentence: str, lower_vocab: set[str], mid_caps: set[str] | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, text, role prefix) for capitalised name sequences in a sentence."""
    toks = words(sentence)
    mid_caps = mid_caps if mid_caps is not None else set()
    spans, i = [], 0
    while i < len(toks):
        s, e, t = toks[i]
        initial = len(t) == 1 and t.isupper() and _INITIAL_DOT.match(sentence, e)
        if not _name_token(t) or t.lower() in lx.FUNCTION_WORDS and not initial:
            i += 1
            continue
        personish = re.match(r"^([A-Z]\.)+[A-Z][a-z]+", t) or person_cue(sentence, e) or _INITIAL_DOT.match(
            sentence, e) and len(t) == 1 or _WORK_OF.match(sentence, e)
        if _sentence_start(sentence, s) and t not in mid_caps and not lx.place(t) and not personish and \
                not (t.isupper() and len(t) > 1) and (
                t.lower() in lower_vocab or t.endswith(("ly", "ing")) or sentence[e:e + 1] == ","
                or i + 1 >= len(toks) or not _name_token(toks[i + 1][2]) or sentence[e:toks[i + 1][0]] != " "):
            i += 1
            continue
        j = i
        while j + 1 < len(toks):
            gap = sentence[toks[j][1]:toks[j + 1][0]]
            nt = toks[j + 1][2]
            initial = re.fullmatch(r"[A-Z](\.[A-Z])*", toks[j][2]) is not None
            if (gap == " " or initial and gap in (". ", ".")) and (_name_token(nt) or gap == " " and _given_tail(nt)):
                if nt.lower() in lx.FUNCTION_WORDS:
                    if j + 2 < len(toks) and _name_token(toks[j + 2][2]) and toks[j + 2][2].lower() not in \
                            lx.FUNCTION_WORDS and sentence[toks[j + 1][1]:toks[j + 2][0]] == " " and nt not in ("And", "The"):
                        j += 2
                        continue
                    break
                j += 1
                continue
            if gap == " " and nt in CONNECTORS and j + 2 < len(toks):
                k = j + 3 if toks[j + 2][2] == "the" and nt != "and" and j + 3 < len(toks) else j + 2
                head, after = toks[j][2], toks[k][2]
                if nt == "the" or not _name_token(after) or sentence[toks[k - 1][1]:toks[k][0]] != " ":
                    break
                if nt == "and":
                    if head not in lx.ORG_WORDS and k == j + 2 and _ends_org(toks, k, sentence):
                        j = k
                        continue
                    break
                if head in lx.ORG_WORDS or head in lx.EVENT_WORDS or head in (
                        "Republic", "States", "Kingdom", "Secretary-General", "Day"):
                    j = k
                    continue
            break
        start, end = s, toks[j][1]
        text = sentence[start:end]
        poss = _POSSESSIVE.search(text)
        if poss and len(text) > 3:
            end -= len(poss.group())
            text = sentence[start:end]
        spans.extend(_trim_span(sentence, start, end))
        i = j + 1
    out = []
    for sp in spans:
        split = _split_title(sentence, sp)
        if split and split[2][:1].isupper():
            out.append(split)
    return out


def _name_token(token: str) -> bool:
    """A capitalised word that can be part of a name (not 'Turkic-speaking', not a month)."""
    if not token[:1].isupper():
        return False
    if "-" in token and token.rsplit("-", 1)[1][:1].islower():
        return False
    return token.rstrip(".") not in MONTHS_AND_DAYS


COMPOUND_TAILS = {"era", "led", "run", "war", "age", "day", "old", "new", "born", "made", "like", "wide", "free"}


def _given_tail(token: str) -> bool:
    """A hyphenated given name after a capitalised word ('Park Geun-hye', 'Kim Won-soo'): two short parts, the
    second in lower case, not an English compound ('Soviet-era', 'Post-war'), so a blank takes the whole name."""
    head, _, tail = token.partition("-")
    return (head[:1].isupper() and head.isalpha() and tail.isalpha() and tail.islower() and len(head) <= 4
            and len(tail) <= 4 and tail not in COMPOUND_TAILS)


def _trim_span(sentence: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """Drop leading nationality adjectives (unless an organisation's name) and split 'Place Word' runs."""
    text = sentence[start:end]
    toks = text.split(" ")
    if lx.place(text):
        return [(start, end, text, "")]
    if toks[-1] in lx.DEMONYMS and re.match(r"^\s+[a-z]", sentence[end:]):
        return []
    if any(t in lx.ORG_WORDS for t in toks) or len(toks) == 1:
        if len(toks) == 1 and all(p in lx.DEMONYMS or lx.place(p) for p in re.split(r"-", toks[0])) \
                and "-" in toks[0]:
            return []
        return [(start, end, text, "")]
    k = 0
    while k < len(toks) - 1 and toks[k] in lx.DEMONYMS and toks[k + 1] not in lx.TITLES:
        k += 1
    if k:
        start += len(" ".join(toks[:k])) + 1
        toks = toks[k:]
    if len(toks) == 2 and lx.place(toks[0]) and not lx.place(" ".join(toks)) and toks[1] not in lx.TITLES \
            and toks[1] not in lx.EVENT_WORDS and toks[1] not in lx.PLACE_WORDS:
        second = start + len(toks[0]) + 1
        return [(start, start + len(toks[0]), toks[0], ""), (second, end, toks[1], "")]
    return [(start, end, sentence[start:end], "")]


def _sentence_start(sentence: str, offset: int) -> bool:
    """The word at `offset` opens the sentence or a quotation or clause after a colon."""
    at = _end_before(sentence, offset)
    return not at or sentence[at - 1] in "“\"‘':–—"


def _end_before(sentence: str, offset: int) -> int:
    """Where `sentence[:offset].rstrip()` ends."""
    while offset and sentence[offset - 1].isspace():
        offset -= 1
    return offset


def _last_fields(sentence: str, offset: int) -> tuple[str, str]:
    """The last two fields of `sentence[:offset].rstrip().split(" ")` ('' when absent), without splitting it all."""
    end = _end_before(sentence, offset)
    space = sentence.rfind(" ", 0, end)
    if space < 0:
        return sentence[:end], ""
    return sentence[space + 1:end], sentence[sentence.rfind(" ", 0, space) + 1:space]


def _ends_org(toks: list, k: int, sentence: str) -> bool:
    """The capitalised run starting at token k ends with an organisation word."""
    while k < len(toks) and _is_cap(toks[k][2]):
        if toks[k][2] in lx.ORG_WORDS:
            return True
        if k + 1 < len(toks) and sentence[toks[k][1]:toks[k + 1][0]] != " ":
            break
        k += 1
    return False


def _split_title(sentence: str, span: tuple[int, int, str, str]) -> tuple[int, int, str, str] | None:
    """Move leading titles and nationality words ('Kyrgyz President') out of a person's name."""
    start, end, text, _ = span
    toks = text.split(" ")
    k = 0
    while k < len(toks) - 1 and (toks[k] in lx.TITLES or toks[k] in lx.DEMONYMS) and \
            any(t in lx.TITLES for t in toks[k:k + 3]):
        k += 1
    if k and toks[k - 1] not in TITLE_HEADS:
        k = 0
    if not k and len(toks) >= 3 and toks[0].lower() in ROLE_WORDS and all(
            t[:1].isupper() and t not in lx.ORG_WORDS and t.lower() not in CONNECTORS for t in toks[1:]):
        k = 1  # "Conductor Daniel Okafor": the job word before a full name
    # 'Secretary-General of the Turkic Council Baghdad Amreyev': the role ends at an organisation word
    org_at = [n for n, t in enumerate(toks[:-1]) if t in lx.ORG_WORDS]
    if toks[0] in lx.TITLES and org_at and org_at[-1] + 1 < len(toks):
        k = org_at[-1] + 1
    if not k:
        last, prev = _last_fields(sentence, start)
        role = last if last.lower() in LOWER_TITLES else ""
        if role:
            role = f"{prev} {role}" if prev[:1].isupper() or prev.lower() in ("former", "late") else role
        return span[0], span[1], span[2], role
    role = " ".join(toks[:k])
    if not toks[k][:1].isupper() or toks[k] in lx.ORG_WORDS or toks[-1] in lx.ORG_WORDS:
        return None
    new_start = start + len(role) + 1
    last, _ = _last_fields(sentence, start)
    if last.lower() in ("former", "late", "then"):
        role = f"{last} {role}"
    return new_start, end, sentence[new_start:end], role


def classify(text: str, role: str) -> str:
    """Fine kind of a name from its words: country, city, region, org, event, place, person, acronym, name."""
    known = lx.place(text)
    if known:
        return known[1]
    toks = text.split()
    if role:
        return "person"
    if toks[0] in lx.EVENT_WORDS:
        return "event"
    if any(t in lx.ORG_WORDS for t in toks):
        return "org"
    if any(t in lx.EVENT_WORDS for t in toks):
        return "event"
    if any(t in lx.PLACE_WORDS for t in toks):
        return "place"
    if len(toks) == 1 and re.fullmatch(r"[A-ZŞÇĞÜÖİ]{2,7}", text):
        return "acronym"
    if re.match(r"^([A-Z]\.){1,2}\s?[A-Z][a-z]{2,}", text) and len(toks) <= 3:
        return "person"
    if all(t in lx.DEMONYMS or t.rstrip("s") in lx.DEMONYMS or t in lx.TITLES for t in toks):
        return "demonym"
    if len(toks) in (2, 3) and fold(toks[-1]).endswith(SURNAME_ENDINGS):
        return "person"
    return "name"


def person_cue(sentence: str, end: int, single: bool = False) -> str:
    """'m'/'f' when the name is followed by 'in his/her', 'x' for another person cue, '' for none."""
    after = sentence[end:end + 40]
    match = re.match(r"^(?:(?:’s|'s)\s+\w+\s+|\s+(?:in|with)\s+)(his|her)\b", after)
    if match:
        return "m" if match.group(1) == "his" else "f"
    verb = re.match(r"^\s*(?:\[\d+\]\s*)?(\w+)", after)
    if verb and verb.group(1).lower() in lx.SPEECH_VERBS and re.search(r"(s|ed|said|wrote|thought|saw|told)$",
                                                                      verb.group(1)) and not single:
        return "x"
    appos = re.match(r"^,\s+((?:a|an|the)\s+[^,;()]{3,60})", sentence[end:end + 80])
    if appos and is_role(appos.group(1)):
        return "x"
    return ""


def np_head(phrase: str) -> str:
    """The head noun of a short noun phrase: the word before the first preposition, clause or participle."""
    head = ""
    for w in re.findall(r"[\w’'-]+", phrase)[1:]:
        low = w.lower()
        if low in lx.FUNCTION_WORDS or low.endswith(("ed", "ly", "ing")) and len(low) > 4:
            break
        head = low
    return head


AGENT_ENDINGS = ("ist", "er", "or", "ian", "ant", "smith", "man", "woman", "wright")
NOT_AGENTS = {"water", "border", "order", "centre", "center", "power", "number", "matter", "paper", "corridor",
              "layer", "river", "letter", "chapter", "quarter", "meter", "metre", "factor", "sector", "floor", "door",
              "error", "honour", "honor", "colour", "color", "vector", "tenor", "plant", "giant", "element",
              "summer", "winter", "member", "manner", "banner", "rumor", "rumour", "minor", "major", "mirror",
              "germany", "romania", "plan", "german", "woman", "man", "human", "christian", "register", "cluster",
              "computer", "partner", "theater", "theatre", "shelter", "filter", "liter", "litre", "cancer", "fever"}


def is_role(phrase: str) -> bool:
    """The noun phrase names a person's role ('a researcher with ...', 'a goldsmith from Mainz')."""
    head = np_head(phrase)
    if head.rstrip("s") in lx.ROLE_NOUNS or head in lx.ROLE_NOUNS:
        return True
    return head.endswith(AGENT_ENDINGS) and head not in NOT_AGENTS and len(head) > 4


def make_mention(sentence_index: int, start: int, end: int, text: str, kind: str) -> Mention:
    """A mention keyed by its folded text (canonical keys are assigned after merging)."""
    known = lx.place(text)
    key = fold(known[0]) if known else fold(text)
    if kind == "person":
        key = re.sub(r"^([a-z]\.\s?)+", "", key) or key
    return Mention(sentence_index, start, end, text, kind, key)
