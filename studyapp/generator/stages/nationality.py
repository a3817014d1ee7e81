"""Options a nationality word in the prompt decides (blind read 29n, issue 13): "Turkish heads of state, starting
with Özal and on to _____" with one Turkish option among Kazakh leaders; "the authorities of Kazakhstan, including
_____" with one Kazakh option; "a Bosnian Serb … Austria-Hungary blamed _____" with Serbia among other powers.

`country_of(word)` reads a demonym or a country's name as its country ("Turkish": Turkey, "Serb": Serbia), by the
longest shared beginning with a country's names. `people(corpus)` gives each person the country their sentences
tie them to most often (the nearest such word before the name within twelve words, or "X of Kazakhstan").
`given_away(c, corpus)` is the gate's reason.
"""
from __future__ import annotations

import re

from studyapp.generator import lexicon as lx
from studyapp.generator.lexicon import fold
from studyapp.generator.model import Candidate, Corpus

BLANK = "_____"
WINDOW = 12  # words before a name (or the blank) where its nationality word may stand
MIN_SHARED = 4
# people words whose country's name begins otherwise
IRREGULAR = {"Spanish": "Spain", "French": "France", "British": "United Kingdom", "English": "United Kingdom",
             "Scottish": "United Kingdom", "Welsh": "United Kingdom", "Dutch": "Netherlands", "Swiss": "Switzerland",
             "Danish": "Denmark", "Swedish": "Sweden", "Finnish": "Finland", "Polish": "Poland", "Greek": "Greece",
             "Irish": "Ireland", "Norwegian": "Norway", "Filipino": "Philippines", "Spaniard": "Spain",
             "Frenchman": "France", "Briton": "United Kingdom", "Swede": "Sweden"}
WORD = re.compile(r"[A-ZÀ-Ý][\w'’-]+")


def _shared(a: str, b: str) -> int:
    """How many letters two words share from their start."""
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def country_of(word: str) -> str:
    """The country a demonym or a country name stands for ("Kazakh", "Kazakhstan's": Kazakhstan), or "": a family
    of peoples ("Turkic", "Slavic") names no country."""
    word = re.sub(r"['’]s$", "", word)
    if word in IRREGULAR:
        return IRREGULAR[word]
    place = lx.place(word)
    if place and place[1] == "country":
        return place[0]
    if word.endswith("ic") or not (word in lx.DEMONYMS or lx.place(word) or word[:1].isupper()):
        return ""
    folded = fold(word)
    best, score, tie = "", MIN_SHARED - 1, False
    for country, names in lx.COUNTRY_NAMES.items():
        n = max(_shared(folded, fold(name)) for name in names)
        if n > score:
            best, score, tie = country, n, False
        elif n == score and country != best:
            tie = True
    if tie or not best:
        return ""
    if word not in lx.DEMONYMS and not lx.place(word) and score < len(folded) - 3:
        return ""  # "Serb" for Serbia, not "Sergei" for Serbia
    return best


def _nearest(text: str) -> str:
    """The country of the nationality word nearest the end of `text`, within WINDOW words."""
    words = text.split()[-WINDOW:]
    for w in reversed(words):
        w = w.strip(",.;:()“”\"")
        if WORD.fullmatch(w):
            country = country_of(w)
            if country:
                return country
    return ""


def people(corpus: Corpus) -> dict[str, str]:
    """Person key -> the country their sentences tie them to most often (ties: none), once per corpus."""
    store = corpus.docs[0].hints if corpus.docs else {}  # kept with the first document: once per corpus
    if "nationalities" in store:
        return store["nationalities"]
    votes: dict[str, dict[str, int]] = {}
    for doc in corpus.docs:
        for m in doc.mentions:
            if m.kind not in ("person", "name") or not m.key:
                continue
            text = doc.sentences[m.sentence].text
            after = re.match(r"\s+of\s+(?:the\s+)?([A-Z][\w'’-]+)", text[m.end:])
            country = country_of(after.group(1)) if after else ""
            country = country or _nearest(text[:m.start])
            if country:
                votes.setdefault(m.key, {}).setdefault(country, 0)
                votes[m.key][country] += 1
    out = {}
    for key, counts in votes.items():
        top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if len(top) == 1 or top[0][1] > top[1][1]:
            out[key] = top[0][0]
    store["nationalities"] = out
    return out


def _person_country(corpus: Corpus, name: str, known: dict[str, str]) -> str:
    """The country a person option is tied to (`people`), or ""."""
    entity = corpus.entity_for(name)
    return known.get(entity.key, "") if entity is not None else ""


def given_away(c: Candidate, corpus: Corpus) -> str:
    """A reason when a nationality word in the prompt fits the key and no other option (or, in a "False"
    statement, the text's name and not the one swapped in)."""
    probe = swapped_in(c)
    if probe is not None:
        return given_away(probe, corpus)
    if c.type != "multiple_choice" or BLANK not in c.prompt or c.answer_kind not in ("country", "person"):
        return ""
    others = [str(o) for o in c.choices if fold(str(o)) != fold(str(c.answer))]
    if c.answer_kind == "country":
        said = {country_of(w) for w in WORD.findall(c.prompt) if w in lx.DEMONYMS or re.sub(r"['’]s$", "", w)
                not in lx.COUNTRY_NAMES and not lx.place(w)} - {""}
        key = lx.place(str(c.answer))
        key = key[0] if key else str(c.answer)
        if key in said and not any((lx.place(o) or (o,))[0] in said for o in others):
            return "give-away: a nationality word in the prompt names the key"
        return ""
    word = _nearest(c.prompt[:c.prompt.find(BLANK)])
    after = re.match(r"\s*,?\s*(?:the\s+)?(?:\w+\s+){0,3}of\s+([A-Z][\w'’-]+)", c.prompt[c.prompt.find(BLANK) + 5:])
    word = word or (country_of(after.group(1)) if after else "")
    if not word:
        return ""
    known = people(corpus)
    key = _person_country(corpus, str(c.answer), known)
    found = [_person_country(corpus, o, known) for o in others]
    if key not in (word, "") or word in found:
        return ""
    if sum(1 for f in found if f and f != word) >= (1 if key == word else 2):
        return "give-away: a nationality word in the prompt fits the key alone"
    return ""


def swapped_in(c: Candidate) -> Candidate | None:
    """A "False" statement that swaps a person or country, as the choice between the text's name and the one put
    in its place ("… starting with Özal and on to [Nazarbayev] …"): the prompt with a blank there."""
    swap = c.pending.get("swap") if c.type == "true_false" and c.answer == "False" else None
    if not swap or swap[3] not in ("person", "country"):
        return None
    body, (start, end, text) = c.pending.get("statement", ""), swap[:3]
    head, tail = body[max(0, start - 40):start], body[end:end + 20]
    at = c.prompt.find(head) if head else -1
    stop = c.prompt.find(tail, at + len(head)) if tail else len(c.prompt)
    if at < 0 or stop < 0:
        return None
    other = c.prompt[at + len(head):stop].strip()
    if not other or fold(other) == fold(text):
        return None
    prompt = c.prompt[:at + len(head)] + BLANK + c.prompt[stop:]
    return Candidate(type="multiple_choice", kind="fact", prompt=prompt, answer=text, doc_id=c.doc_id,
                     quote=c.quote, paragraph=c.paragraph, choices=[text, other], answer_kind=swap[3])


def fair_swaps(corpus: Corpus, c: Candidate, options: list[str]) -> list[str]:
    """The options a "False" statement may swap in for its person or country (`distractors._swap_tf`): none that
    a nationality word of the sentence rules out while it fits the text's name."""
    body, (start, end, text, kind, _key) = c.pending["statement"], c.pending["swap"]
    if kind not in ("person", "country"):
        return options
    prompt = body[:start] + BLANK + body[end:]
    return [o for o in options if not given_away(Candidate(
        type="multiple_choice", kind="fact", prompt=prompt, answer=text, doc_id=c.doc_id, quote=c.quote,
        paragraph=c.paragraph, choices=[text, o], answer_kind=kind), corpus)]
