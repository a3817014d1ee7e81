"""Merging spellings of one entity: surnames, initials, typos, acronyms and 'also known as' names; and the other
names a typed person answer accepts (`person_names`)."""
from __future__ import annotations

# Near spellings are compared with rapidfuzz's OSA distance: Damerau-Levenshtein where swapping two neighbouring
# letters is one edit (a typo), with a cutoff so that far-apart keys cost little.
import re

from rapidfuzz.distance import OSA

from studyapp.generator import lexicon as lx
from studyapp.generator.model import Entity


class NearIndex:
    """Keys by what is left of their first characters after deleting up to two of them.

    Two keys within edit distance 2 (substitutions, insertions, deletions, swaps) become one string after at most
    two deletions from each, so they share the first WINDOW characters of such a string: looking a key's
    signatures up finds every key that near, and few others, instead of comparing it with every key. A signature
    more than CROWDED keys share (only in texts made of dozens of near-identical names) is not looked up, and a
    key is checked against at most CHECKED others, so that no text makes this slow.
    """

    WINDOW = 10
    CROWDED = 16
    CHECKED = 8

    def __init__(self, keys=()):
        """An index of `keys`."""
        self.by_signature: dict[str, list[str]] = {}
        for key in keys:
            for signature in self.signatures(key):
                self.by_signature.setdefault(signature, []).append(key)

    @classmethod
    def signatures(cls, key: str) -> set[str]:
        """The first WINDOW characters of every string made by deleting at most two of the key's first WINDOW + 2."""
        head = key[:cls.WINDOW + 2]
        found = {head[:cls.WINDOW]}
        for i in range(len(head)):
            one = head[:i] + head[i + 1:]
            found.add(one[:cls.WINDOW])
            for j in range(i, len(one)):
                found.add((one[:j] + one[j + 1:])[:cls.WINDOW])
        return found

    def near(self, key: str) -> set[str]:
        """The indexed keys that may be within edit distance 2 of `key` (to be checked)."""
        found: set[str] = set()
        for signature in self.signatures(key):
            keys = self.by_signature.get(signature, ())
            if len(keys) <= self.CROWDED:
                found.update(keys)
        return found

    @classmethod
    def first(cls, keys) -> list[str]:
        """The keys to check, in alphabetical order: at most CHECKED."""
        return sorted(keys)[:cls.CHECKED]


def merge_entities(entities: dict[str, Entity], acronyms: dict[str, str]) -> dict[str, str]:
    """Map every entity key to the key of the entity it is another spelling of (surname, typo, acronym).

    Each key is compared only with the keys an index says may match, and not with those already merged with
    it, so the work grows with the number of entities, not with its square. Which key names a merged group
    depends on the order of the merges: every merge of a key with its matches keeps that key's group name, so
    the outer orders below are kept as they are.
    """
    parent = {k: k for k in entities}

    def find(k: str) -> str:
        """Union-find root."""
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a: str, b: str) -> None:
        """Merge b's group into a's."""
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra

    _merge_people(entities, find, union)
    for short, long in sorted(acronyms.items()):
        if short in entities and long in entities:
            union(long, short)
    _merge_typos(entities, find, union)
    orgs = sorted(k for k, e in entities.items() if e.kind == "org" and len(k.split()) >= 2)
    for a, b in zip(orgs, orgs[1:]):
        if b.startswith(a + " "):
            union(b, a)  # 'Cooperation Council' cut short from 'Cooperation Council of ...'
    named = [e for e in entities.values() if e.kind in ("person", "name") and len(e.key.split()) > 1
             and e.key.split()[0].lower().rstrip(".") not in SAINT]  # "St John" names no John
    by_last: dict[str, set[str]] = {}
    for e in named:
        by_last.setdefault(e.key.split()[-1], set()).add(find(e.key))
    for e in sorted(entities.values(), key=lambda x: x.key):
        roots = by_last.get(e.key, set())
        if len(e.key.split()) == 1 and e.kind in ("name", "person") and len(roots) == 1 and not lx.place(e.key):
            union(next(iter(roots)), e.key)
    return {k: find(k) for k in entities}


def _merge_people(entities: dict[str, Entity], find, union) -> None:
    """People with one surname whose first names are an initial of each other or nearly the same spelling."""
    persons = [e for e in entities.values() if e.kind == "person" and len(e.key.split()) > 1]
    by_last: dict[str, list[str]] = {}
    by_first: dict[tuple[str, str], list[str]] = {}  # (surname, first name without dots)
    by_letter: dict[tuple[str, str], list[str]] = {}  # (surname, first letter)
    for e in persons:
        first, last = e.key.split()[0], e.key.split()[-1]
        by_last.setdefault(last, []).append(e.key)
        by_first.setdefault((last, first.rstrip(".")), []).append(e.key)
        by_letter.setdefault((last, first[:1]), []).append(e.key)
    near = {last: NearIndex(keys) for last, keys in by_last.items() if len(keys) > 1}  # alone: no one to match
    initials_done: set[tuple[str, str]] = set()
    for e in sorted(persons, key=lambda x: (-sum(x.forms.values()), x.key)):
        first, last = e.key.split()[0], e.key.split()[-1]
        found = set(by_first.get((last, first[:1]), ()))  # 'a. smith' for 'anna smith'
        if (last, first.rstrip(".")) not in initials_done:
            # 'anna smith', 'alan smith' for 'a. smith': all merged with the first initial, once is enough
            initials_done.add((last, first.rstrip(".")))
            found.update(by_letter.get((last, first.rstrip(".")), ()))
        root = find(e.key)
        unmerged = NearIndex.first(k for k in near[last].near(e.key) if find(k) != root) if last in near else []
        found.update(k for k in unmerged if OSA.distance(k, e.key, score_cutoff=2) <= 2)
        found.discard(e.key)
        for other in found:
            union(e.key, other)


def _merge_typos(entities: dict[str, Entity], find, union) -> None:
    """Names of six letters or more one or two edits apart ('Nazarbayev', 'Nazarbaev'), of compatible kinds."""
    keys = sorted(entities)
    members = [k for k in keys if len(k) >= 6 and not lx.place(k)]
    index = NearIndex(members)
    for k in keys:
        if len(k) < 6:
            continue
        classes = {len(k) // 3, (len(k) - 1) // 3, (len(k) + 1) // 3}
        kind = entities[k].kind
        # after k, the same first letter, a close length and a compatible kind, and not merged with it yet
        others = NearIndex.first(o for o in index.near(k) if o > k and o[0] == k[0] and len(o) // 3 in classes and (
            entities[o].kind == kind or "name" in (entities[o].kind, kind)) and find(o) != find(k))
        for other in others:
            limit = 2 if min(len(k), len(other)) >= 9 else 1
            if find(other) != find(k) and OSA.distance(k, other, score_cutoff=limit) <= limit \
                    and not _people_of(k, other):
                union(k, other)


def _people_of(a: str, b: str) -> bool:
    """One key is the other's people, not its misspelling: "east germany" and "east germans" (set 9: "East Germans"
    accepted for "communist rule in _____")."""
    return a[:-1] == b[:-1] and "s" in (a[-1], b[-1]) and "y" in (a[-1], b[-1])


NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*")
TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord", "professor", "prof", "president", "king",
          "queen", "prince", "princess", "admiral", "general", "captain", "saint", "st"}
PERSON_TEMPLATES = {"who_said", "define_person"}
ASKS_WHO = re.compile(r"(?:^|[,:] )[Ww]ho (?:is|was|are|were)\b")
# a title the text writes before a name ("Dr Priya Nair", "Professor Lena Fischer", "Admiral Alfred von Tirpitz")
TITLED = re.compile(r"\b(Dr|Doctor|Professor|Prof|Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|Admiral|General|Captain|Colonel|"
                    r"Judge|Sheriff|Senator|Reverend|Rev|President|Chancellor|King|Queen)\.?\s+((?:[A-Z]\.\s*|[A-Z][\w'’-]*\s+"
                    r"|(?:von|van|de|da|del|der|di|la|le|bin|ibn)\s+){0,3}[A-Z][\w'’-]+)")
# titles that name a family member, not the person: "Lady Macbeth" and "Mrs Hamlet" are not "Macbeth", "Hamlet"
# "St John" is one first name, not a first name and a surname: a bare "John" is someone else (read x)
SAINT = {"st", "saint"}
FAMILY = {"Mr", "Mrs", "Ms", "Miss", "Lady", "Lord", "Dame", "Sir"}
# a name followed by one of these names a day, a prize, a place or a body after the person, not the person
# ("Ada Lovelace Day" is no answer for "Ada", read u)
NAMED_AFTER = {"day", "prize", "award", "medal", "lecture", "street", "road", "square", "bridge", "school", "college",
               "university", "institute", "society", "foundation", "trust", "museum", "hall", "centre", "center",
               "building", "station", "park", "library", "house", "memorial", "fund", "week", "festival"}
SENTENCE_MARK = re.compile(r"[.!?;:]\s|[,;:!?]")


def _full_names(names) -> list[str]:
    """The names of two or three capitalised words, none a title (a person's first name and surname)."""
    out = []
    for n in names:
        words = n.split()
        if 2 <= len(words) <= 3 and all(NAME_WORD.fullmatch(w) and w[0].isupper() for w in words) and \
                words[0].lower().rstrip(".") not in TITLES and not lx.place(n) and words[-1].lower() not in NAMED_AFTER:
            out.append(n)
    return out


def _parsed_person(c, doc) -> bool:
    """The parse of the candidate's sentence labels its answer a person ("Florence Nightingale")."""
    parse = doc.sentences[c.sentence].parse if 0 <= c.sentence < len(doc.sentences) else None
    return bool(parse) and any(label == "PERSON" and doc.sentences[c.sentence].text[a:b] == c.answer
                               for a, b, label in parse.ents)


def person_names(c, doc, entities: dict[str, Entity]) -> list[str]:
    """Other names a pupil may type for a typed person key (`_person_names`), none holding sentence punctuation
    ("King Duncan. Lady Macbeth" is two people, blind read 29q)."""
    return [n for n in _person_names(c, doc, entities) if not SENTENCE_MARK.search(n)]


def _person_names(c, doc, entities: dict[str, Entity]) -> list[str]:
    """Other names a pupil may type for a typed person key (blind read 29i, issue 13): the full name for a first
    name the document pairs with exactly one surname ("Tom Robinson" for "Tom"), the first name for such a full name
    when the document also uses it alone ("Atticus" for "Atticus Finch"), and the surname alone for a person's full
    name ("Fischer" for "Fritz Fischer") when no one else in the document bears it. A person is a key the analyse
    stage calls one, that a pronoun refers to (`doc.hints["genders"]`) or that a who-said item asks."""
    answer = str(c.answer)
    entity = entities.get(c.answer_key)
    person = c.answer_kind == "person" or c.template in PERSON_TEMPLATES or (entity is not None and (
        entity.kind == "person" or entity.key in doc.hints.get("genders", {}))) or (
        c.type == "short_answer" and bool(ASKS_WHO.search(c.prompt))) or _parsed_person(c, doc)
    # "who is the … Bosnian Serb …?", or a name the parse calls a person (read u: "should also accept 'Princip'")
    if not isinstance(c.answer, str) or lx.place(answer) or not (person or entity is not None and entity.kind == "name"):
        return []
    if "named_people" not in doc.hints:  # once per document: asking per question stays linear
        named = {e.name for e in entities.values() if doc.id in e.docs and e.kind in ("person", "name")}
        doc.hints["named_people"] = (named, set(_full_names(named)))
    named, full = doc.hints["named_people"]
    names = full | set(_full_names([answer]))
    words = answer.split()
    if len(words) == 1:
        # the full name the title gives the first name ("Ada Lovelace: The Poet of Numbers", read u) comes first
        in_title = _full_names(re.findall(rf"\b{re.escape(answer)}(?:\s[A-Z][\w'’-]+){{1,2}}", doc.title))
        paired = in_title[:1] or [n for n in names if n.split()[0] == answer]
        return (paired if len(paired) == 1 and NAME_WORD.fullmatch(answer) else []) + _titled(answer, doc) + (
            _roles(answer, doc) if person else [])
    if answer not in names:
        return []
    out = _titled(answer, doc) + (_roles(answer, doc) if person else [])
    if words[0] in named and [n for n in names if n.split()[0] == words[0]] == [answer]:
        out.append(words[0])
    if person and [n for n in names if n.split()[-1] == words[-1]] == [answer] and not any(
            title in FAMILY and name == words[-1] for title, name in _titled_pairs(doc)):
        out.append(words[-1])  # not "Robinson" when the text also has a "Mrs Robinson"
    return out


ROLE_WORDS = lx.ROLE_NOUNS | {"conductor", "councillor", "captain", "coach", "headteacher", "principal", "chair",
                             "manager", "organiser", "organizer", "curator", "editor", "coordinator"}
ROLE_BEFORE = re.compile(r"\b(?P<role>[A-Za-z]+)\s+(?=(?P<name>[A-Z][a-z]+(?:\s[A-Z][\w'’-]+){1,2})\b)")
ROLE_AFTER = re.compile(r"(?P<name>[A-Z][a-z]+(?:\s[A-Z][\w'’-]+){1,2}),\s(?:the\s)?"
                        r"(?P<role>[A-Za-z]+(?:\s(?:of|for)\s(?:the\s)?[A-Z]?\w+(?:\s\d+)?)?),")


def _roles(answer: str, doc) -> list[str]:
    """"the conductor" for a person the text calls "Conductor Daniel Okafor", "the Head of Year 11" for "Mr Andrew
    Lowe, Head of Year 11,", when the text gives that role to no one else and speaks of no others ("teachers"): read u,
    a pupil names them by role."""
    if "roles" not in doc.hints:  # role -> the surnames it is given to, once per document
        roles: dict[str, set[str]] = {}
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", doc.text)}  # "teachers", "councillors": others share it
        for m in list(ROLE_BEFORE.finditer(doc.text)) + list(ROLE_AFTER.finditer(doc.text)):
            role = m.group("role")
            first = role.split()[0].lower()
            if first in ROLE_WORDS and first + "s" not in words:
                role = role if " " in role else role.lower()
                roles.setdefault(role, set()).add(m.group("name").split()[-1])
        doc.hints["roles"] = roles
    surname = answer.split()[-1]
    return [form for role, names in sorted(doc.hints["roles"].items()) if names == {surname}
            for form in (f"the {role}", role)]


def _titled_pairs(doc) -> list[tuple[str, str]]:
    """(title, name) as the text writes them, once per document."""
    if "titled" not in doc.hints:
        doc.hints["titled"] = sorted({(m.group(1), m.group(2)) for m in TITLED.finditer(doc.text)})
    return doc.hints["titled"]


def _same_person(title: str, name: str, answer: str, doc) -> bool:
    """A title written before a bare name is that person's only when it names no family member ("Lady Macbeth" is
    not Macbeth), the text gives that name no other title, and no sentence writes both the titled and the bare name
    ("the ghost of King Hamlet appears …, Hamlet learns": two people, blind read 29q)."""
    if len(name.split()) > 1 or name != answer:
        return True  # the title with the person's full name ("Dr Priya Nair")
    if title in FAMILY or any(t != title and n == name for t, n in _titled_pairs(doc)):
        return False
    seen = doc.hints.setdefault("titled_apart", {})  # once per document and titled name
    if (title, name) not in seen:
        bare = re.compile(r"\b" + re.escape(name) + r"\b")
        seen[(title, name)] = not any(f"{title} {name}" in s.text and bare.search(s.text.replace(f"{title} {name}", ""))
                                      for s in doc.sentences)
    return seen[(title, name)]


def _titled(answer: str, doc) -> list[str]:
    """The titled forms of a person's name when the text gives the title (blind read 29m): "Dr Nair" and "Dr Priya
    Nair" for "Priya Nair" or "Nair" after "Dr Priya Nair", "Professor Fischer" and "Professor Lena Fischer"."""
    surname = answer.split()[-1]
    out: list[str] = []
    for title, name in _titled_pairs(doc):
        if name.split()[-1] != surname or not (name.endswith(" " + answer) or name == answer or answer == surname):
            continue
        if not _same_person(title, name, answer, doc):
            continue
        forms = [f"{title} {name}", f"{title} {answer}"]
        if title not in FAMILY or len(name.split()) > 1:
            forms.insert(0, f"{title} {surname}")
        for form in forms:
            if form not in out and form != answer and not SENTENCE_MARK.search(form):
                out.append(form)
    return out


def family_mix(key: str, alias: str, text: str = "") -> bool:
    """One of the two is a family named in the plural ("Birlings", "the Hollands") and the other one of its members
    ("Arthur Birling", "Birling"): a family is no answer for one person, nor one member for the family (read t).
    With the document's `text`, the single form must be someone's surname there (after a title or a first name):
    "Gülenists" and "Gülenist", "Eurasianist" and "Eurasianists" are one word in two numbers (course pack)."""
    k, a = (re.sub(r"^the\s+", "", x.strip(), flags=re.I) for x in (key, alias))
    if not (k[:1].isupper() and a[:1].isupper()):
        return False
    if " " not in a and a.endswith("s") and a[:-1] == k.split()[-1]:
        single = a[:-1]
    elif " " not in k and k.endswith("s") and k[:-1] == a.split()[-1]:
        single = k[:-1]
    else:
        return False
    return not text or re.search(r"\b(?:Mrs?|Ms|Miss|Dr|Sir|Lady|Lord|(?!" + NOT_FIRST_NAMES + r"\b)[A-Z][a-z]+)\.? "
                                 + re.escape(single) + r"\b", text) is not None


# capitalised words that open a sentence before a noun, not first names ("The Gülenist movement")
NOT_FIRST_NAMES = "(?:The|These|Those|This|That|Their|Its|Our|Some|Many|Most|Other|Certain|All|Both|Former|Young|Old)"