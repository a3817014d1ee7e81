"""Who a pronoun or a role phrase means: the people named so far in a paragraph, the document's roles, the person a
biography's title names, and a stem's pronouns shown as their referent ("[Franklin] worked …")."""
from __future__ import annotations

import re

from studyapp.generator import lexicon as lx
from studyapp.generator.lexicon import fold
from studyapp.generator.model import Candidate, Definition, Sentence, SourceDoc
from studyapp.generator.stages import attrib

Person = tuple[str, str]  # (display name, entity key)
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


class People:
    """The people named so far in a paragraph, first mention first, each once, counted by known gender.

    Kept up to date as the paragraph is read, so resolving a pronoun costs the same however long it is.
    """

    def __init__(self, genders: dict[str, str]):
        """`genders` maps an entity key to 'm' or 'f' where the text says which."""
        self.genders = genders
        self.seen: set[Person] = set()
        self.first: dict[str | None, Person] = {}  # the first person of each gender (None: unknown)
        self.count: dict[str | None, int] = {"m": 0, "f": 0, None: 0}

    def add(self, person: Person) -> None:
        """Another person named in the paragraph."""
        if person in self.seen:
            return
        self.seen.add(person)
        gender = self.genders.get(person[1])
        self.first.setdefault(gender, person)
        self.count[gender] = self.count.get(gender, 0) + 1

    def only(self, gender: str | None) -> Person | None:
        """The one person a pronoun of this gender ('m', 'f', or another value for they/the author) can mean."""
        if gender in ("m", "f"):
            if self.count[gender] == 1:
                return self.first[gender]
            if self.count[gender] + self.count[None] == 1:
                return self.first[None]  # no one of this gender, one of unknown gender
            return None
        if len(self.seen) == 1:
            return next(iter(self.seen))
        return None


class Roles:
    """The role definitions of a document ('Smith, an economist at …'), indexed by word as the list grows."""

    def __init__(self, definitions: list[Definition]):
        """Index `definitions` (the document's list, which later sentences extend)."""
        self.definitions = definitions
        self.read = 0
        self.entries: list[tuple[str, frozenset[str]]] = []
        self.known: set[tuple[str, frozenset[str]]] = set()
        self.postings: dict[str, list[int]] = {}

    def _catch_up(self) -> None:
        """Index the definitions added since the last lookup."""
        for d in self.definitions[self.read:]:
            if d.kind != "role":
                continue
            entry = (d.term, frozenset(re.findall(r"\w+", d.meaning.lower())))
            if entry in self.known:
                continue
            self.known.add(entry)
            for word in entry[1]:
                self.postings.setdefault(word, []).append(len(self.entries))
            self.entries.append(entry)
        self.read = len(self.definitions)

    def only(self, phrase: str) -> Person | None:
        """The one person whose role holds every word of `phrase` ('the economist'), else None."""
        self._catch_up()
        words_ = set(re.findall(r"\w+", phrase.lower())) - {"the", "a", "an"}
        if not words_:
            return None
        found: set[str] = set()
        for at in min((self.postings.get(w, []) for w in words_), key=len):
            term, meaning = self.entries[at]
            if words_ <= meaning:
                found.add(term)
                if len(found) > 1:
                    return None
        if len(found) != 1:
            return None
        term = found.pop()
        return term, fold(term)


def resolver(people: People, roles: Roles):
    """A function mapping a pronoun or role phrase to the one person it can mean, else None."""

    def resolve(word: str, _offset: int) -> Person | None:
        """Resolve only when exactly one candidate fits."""
        gender = attrib.PRONOUNS.get(word)
        if gender or word.startswith("the author"):
            return people.only(gender)
        return roles.only(word)

    return resolve


# "He …", a fronted clause's subject ("Because she narrates as an adult, …") or the subject after a fronted clause
# ("Although the jury believes his lies, he feels humiliated …"), brief en15
LEADING = re.compile(r"^(?:(?:Because|When|Although|Though|While|As|Since|After|Before)\s(?:[^,]{4,80},\s)?)?"
                     r"(?:[Hh]e|[Ss]he)\s(?!\w+,)")


def subject_before(doc, s, gender: str, by_sentence: dict) -> str:
    """The person a sentence-opening "He"/"She" continues when the sentence before (same paragraph) opens on that
    person's name as its subject ("Atticus Finch, Scout's father, is a widowed lawyer … He is asked to defend …"):
    a subject pronoun goes on with the subject before it. Not when the text gives that person the other gender."""
    if not LEADING.match(s.text) or s.position == 0:
        return ""
    prev = doc.sentences[s.position - 1]
    if prev.paragraph != s.paragraph or prev.role != s.role:
        return ""
    first = next((m for m in by_sentence.get(prev.position, []) if m.start == 0), None)
    if first is None or first.kind not in ("person", "name") or doc.hints.get("genders", {}).get(first.key, gender) != gender:
        return ""
    after = prev.text[first.end:first.end + 2]
    return first.text if re.match(r"^(?:,|\s[a-z])", after) else ""


# "It is set in …" after the sentence that names the studied work as its subject (brief en15); not a dummy "it"
# ("It is important to …", "It was clear that …", "It was not until …")
IT_WORK = re.compile(r"^It\s(?!(?:is|was|has been|seems|seemed|appears|appeared)\s(?:\w+\s){0,2}?(?:to|that|not|until|"
                     r"when|because|why|how|what|whether)\b)")
WORK_REACH = 8  # the work's name within the first words of the sentence before: its subject


def work_before(doc, s) -> str:
    """The studied work a sentence-opening "It" continues ("Harper Lee's novel To Kill a Mockingbird was published
    in 1960 … It is set in …"): the work the title names stands among the first words of the sentence before, in
    the same paragraph; "" otherwise."""
    from studyapp.generator.stages.salience import title_subjects

    if not IT_WORK.match(s.text) or s.position == 0:
        return ""
    prev = doc.sentences[s.position - 1]
    if prev.paragraph != s.paragraph or prev.role != s.role:
        return ""
    opening = " ".join(prev.text.split()[:WORK_REACH])
    for work in title_subjects(doc):
        found = re.search(r"\b" + re.escape(work) + r"\b", fold(opening))
        if found and len(work.split()) >= 2:
            return _as_written(opening, work)
    return ""


def _as_written(text: str, folded: str) -> str:
    """The words of `text` that fold to `folded`, as the text writes them."""
    words = text.split()
    n = len(folded.split())
    for i in range(len(words) - n + 1):
        if fold(" ".join(words[i:i + n])).strip(".,;:") == folded:  # with its article: "The Salt Road"
            return " ".join(words[i - (i > 0 and words[i - 1] in ("The", "A", "An")):i + n]).strip(".,;:")
    return ""


GROUP_REACH = 4  # sentences back a "these countries" looks for the group it means
KINDRED = ("countries", "nations", "states")  # one group, named by any of the three
# "Turkic", "European", "Central Asian", "African", "Chinese", "German": a proper adjective (not "Kazakhstan"), never a name that ends
# in "states" on its own ("the United States")
PROPER_ADJECTIVE = (r"(?:(?:Central|North|South|East|West|Northern|Southern|Eastern|Western|Middle)\s+)?"
                    r"[A-Z][a-z]*(?:ic|ican|ian|ean|ese|ish|ern|man)")


def group_before(doc, s, noun: str) -> str:
    """What "these countries" / "those cells" means: the one group of that noun with a proper adjective ("Turkic
    nations", "Baltic states") named in the nearest of the few sentences before that names any; "" when none, or
    when that sentence names two ("Slavic and Turkic nations" is two)."""
    heads = KINDRED if noun in KINDRED else (noun,)
    group = re.compile(r"(?<![\w-])(" + PROPER_ADJECTIVE + r")\s+(" + "|".join(heads) + r")\b")
    for prev in reversed(doc.sentences[max(0, s.position - GROUP_REACH):s.position]):
        found = [m.group(1) for m in group.finditer(prev.text)]
        if re.search(PROPER_ADJECTIVE + r"\s+(?:and|or)\s+" + PROPER_ADJECTIVE + r"\s+(?:" + "|".join(heads) + r")\b",
                          prev.text):
            return ""
        if found:
            return next(m.group(0) for m in group.finditer(prev.text)) if len(set(found)) == 1 else ""
    return ""



def title_person(entities: dict, genders: dict[str, str], title: str, text: str) -> tuple[str, str] | None:
    """(gender, name) of the person a biography's title opens with ("Rosalind Franklin (1920–1958): The Scientist
    …"; a name the entities did not type counts in a text that tells a birth): a "she" in a paragraph that names no
    woman means her. The gender is the text's (`genders`), else its pronouns' when one outnumbers the other 3:1."""
    head = fold(re.split(r"[:(–—-]", title, maxsplit=1)[0]).strip()
    if len(head.split()) < 2:
        return None
    for e in entities.values():
        if (e.kind == "person" or e.kind == "name" and re.search(r"\bborn\b", text)) and any(
                fold(f) == head for f in e.forms):  # "Magna Carta" is a name of no one: a life tells a birth
            # the whole head, never the surname alone: a husband or a cited scholar may share it
            she = len(re.findall(r"\b(?:she|her|hers|herself)\b", text, re.I))
            he = len(re.findall(r"\b(?:he|him|his|himself)\b", text, re.I))
            gender = genders.get(e.key) or ("f" if she >= 3 and she >= 3 * he else "m" if he >= 3 and he >= 3 * she
                                            else None)
            return (gender, e.name) if gender else None
    return None


def shown_resolved(doc: SourceDoc, c: Candidate, s: Sentence, refs) -> str:
    """The prompt with its pronouns shown as their referent ("[Iembekova] notes"), or "" when that is unsafe."""
    person = doc.hints.get("pronoun_person", {}).get(s.position)
    if not person or any(kind != "pronoun" for *_, kind in refs):
        return ""
    gender, name = person
    if fold(name) == fold(str(c.answer)) or fold(name) in fold(" ".join(map(str, c.choices or []))):
        return ""  # the referent is the answer, or one of the options
    prompt, shown_once = c.prompt, False
    for start, end, _ in refs:
        word = s.text[start:end]
        if PRONOUN_GENDER.get(word.lower()) != gender:
            return ""
        if shown_once:  # "[Franklin] worked in Paris, where she became …": the name shown once is the antecedent
            continue
        shown = f"[{name}'s]" if word.lower() in ("his", "hers") or word.lower() == "her" and owner(s.text[end:]) \
            else f"[{name}]"  # "Among her Oxford students …" owns; "… sent her to …" is an object
        at = prompt.find(s.text[start:min(len(s.text), end + 12)])
        if at < 0:
            return ""
        prompt, shown_once = prompt[:at] + shown + prompt[at + len(word):], True
    return prompt


def owner(after: str) -> bool:
    """"her" before a word that is no function word ("her Oxford students") is a possessive."""
    nxt = re.match(r"\s+([A-Za-z][\w'’-]*)", after)
    return bool(nxt) and nxt.group(1).lower() not in lx.FUNCTION_WORDS
