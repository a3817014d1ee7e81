"""The other names a typed person answer accepts (`person_names`): the full name for a first name, the surname,
the titled forms ("Dr Nair") and the role ("the conductor"); `family_mix`, a family against one member, and
`names_nobody`, the aliases no answer accepts."""
from __future__ import annotations

import re

from studyapp.generator import lexicon as lx
from studyapp.generator.model import Entity

NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*")
TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord", "professor", "prof", "president", "king",
          "queen", "prince", "princess", "admiral", "general", "captain", "saint", "st"}
# a rank or title a name carries, never the person alone ("Pasha" for "Said Pasha", read v15)
RANKS = TITLES | {"pasha", "bey", "khan", "sultan", "shah", "emir", "tsar", "czar", "kaiser", "pope", "sheikh", "caliph",
                  "duke", "earl", "baron", "count", "emperor", "empress", "bishop", "reverend", "khagan", "batyr"}
PERSON_TEMPLATES = {"who_said", "define_person"}
TITLED_KEY = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Reverend|Rev|Professor|Judge|Governor|Sir|Lady|Lord)\.? ([A-Z][\w'’-]+)")
PAIR = re.compile(r"\b([A-Z][\w'’-]+\.?) ([A-Z][\w'’-]+)\b")  # "Reverend Hale", "John Hale": who bears "Hale"
ASKS_WHO = re.compile(r"(?:^|[,:] )[Ww]ho (?:is|was|are|were)\b")
# a title the text writes before a name ("Dr Priya Nair", "Professor Lena Fischer", "Admiral Alfred von Tirpitz")
TITLED = re.compile(r"\b(Dr|Doctor|Professor|Prof|Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|Admiral|General|Captain|Colonel|"
                    r"Judge|Sheriff|Senator|Reverend|Rev|President|Chancellor|King|Queen)\.?\s+((?:[A-Z]\.\s*|[A-Z][\w'’-]*\s+"
                    r"|(?:von|van|de|da|del|der|di|la|le|bin|ibn)\s+){0,3}[A-Z][\w'’-]+)")
# titles that name a family member, not the person: "Lady Macbeth" and "Mrs Hamlet" are not "Macbeth", "Hamlet"
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
    titled = TITLED_KEY.fullmatch(answer) if isinstance(c.answer, str) else None
    if titled:  # "Hale" for "Reverend Hale" when no one else bears the name (read v15)
        if "name_pairs" not in doc.hints:  # every "Word Name" pair of the text, found once per document
            pairs: dict[str, set[str]] = {}
            for m in PAIR.finditer(doc.text):
                pairs.setdefault(m.group(2), set()).add(m.group(0))
            doc.hints["name_pairs"] = pairs
        surname = titled.group(1)
        return [surname] if doc.hints["name_pairs"].get(surname, set()) <= {answer} else []
    if not isinstance(c.answer, str) or lx.place(answer) or not (person or entity is not None and entity.kind == "name"):
        return []
    if "named_people" not in doc.hints:  # once per document, indexed by first and last word: asking stays linear
        named = {e.name for e in entities.values() if doc.id in e.docs and e.kind in ("person", "name")}
        by: tuple[dict, dict] = ({}, {})
        for n in _full_names(named):
            by[0].setdefault(n.split()[0], set()).add(n)
            by[1].setdefault(n.split()[-1], set()).add(n)
        doc.hints["named_people"] = (named, by)
    named, by = doc.hints["named_people"]
    own = _full_names([answer])  # the answer itself when it is a full name the entities lack

    def bearing(end: int, word: str) -> set[str]:
        """The full names whose first (end 0) or last (end 1) word is `word`, the answer's own included."""
        return by[end].get(word, set()) | {n for n in own if n.split()[-end] == word}
    words = answer.split()
    if len(words) == 1:
        # the full name the title gives the first name ("Ada Lovelace: The Poet of Numbers", read u) comes first
        in_title = _full_names(re.findall(rf"\b{re.escape(answer)}(?:\s[A-Z][\w'’-]+){{1,2}}", doc.title))
        paired = in_title[:1] or sorted(bearing(0, answer))
        return (paired if len(paired) == 1 and NAME_WORD.fullmatch(answer) else []) + _titled(answer, doc) + (
            _roles(answer, doc) if person else [])
    if answer not in own and answer not in by[0].get(words[0], ()):
        return []
    out = _titled(answer, doc) + (_roles(answer, doc) if person else [])
    if words[0] in named and bearing(0, words[0]) == {answer}:
        out.append(words[0])
    if person and bearing(1, words[-1]) == {answer} and not any(
            title in FAMILY and name == words[-1] for title, name in _titled_pairs(doc)):
        out.append(words[-1])  # not "Robinson" when the text also has a "Mrs Robinson"
    return out


ROLE_WORDS = lx.ROLE_NOUNS | {"conductor", "councillor", "captain", "coach", "headteacher", "principal", "chair",
                             "manager", "organiser", "organizer", "curator", "editor", "coordinator"}
ROLE_BEFORE = re.compile(r"\b(?P<role>[A-Za-z]+)\s+(?=(?P<name>[A-Z][a-z]+(?:\s[A-Z][\w'’-]+){1,2})\b)")
ROLE_AFTER = re.compile(r"(?P<name>[A-Z][a-z]+(?:\s[A-Z][\w'’-]+){1,2}),\s(?:the\s)?"
                        r"(?P<role>[A-Za-z]+(?:\s(?:of|for)\s(?:the\s)?[A-Z]?\w+(?:\s\d+)?)?),")


OTHER_HOLDER = re.compile(r"\b(?:[Aa]n?|[Aa]nother|[Aa]ny|[Ee]very|[Ee]ach|[Oo]ne|[Oo]ther)\s+([a-z]+)(?:\s+([a-z]+))?\b")
COORDINATED = re.compile(r"\b(?:and|or|&)\s+\Z")


def _roles(answer: str, doc) -> list[str]:
    """"the conductor" for a person the text calls "Conductor Daniel Okafor", "the Head of Year 11" for "Mr Andrew
    Lowe, Head of Year 11,", when the text gives that role to no one else and speaks of no others ("teachers", "a
    teacher", "another teacher"): read u, a pupil names them by role. A role coordinated with another one ("the
    mathematician and teacher George Pólya") describes the person and is no post: not accepted (brief en16)."""
    if "roles" not in doc.hints:  # role -> the surnames it is given to, once per document
        roles: dict[str, set[str]] = {}
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", doc.text)}  # "teachers", "councillors": others share it
        # "a teacher", "another professor": the text speaks of someone else in that role (brief en16)
        others = {w.lower() for m in OTHER_HOLDER.finditer(doc.text) for w in m.groups() if w}
        for m in list(ROLE_BEFORE.finditer(doc.text)) + list(ROLE_AFTER.finditer(doc.text)):
            role = m.group("role")
            first = role.split()[0].lower()
            if m.re is ROLE_BEFORE and COORDINATED.search(doc.text[max(0, m.start("role") - 5):m.start("role")]):
                continue  # "the mathematician and teacher George Pólya": a description, not the post he is named by
            if first in ROLE_WORDS and first + "s" not in words and first not in others:
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


def names_nobody(answer: str, alias: str, text: str) -> bool:
    """An alias of a typed answer that names nobody, or someone else: another member of the family (`family_mix`),
    a role in lower case ("the professor", "teacher", read u14) for a name, or a bare rank ("Pasha", read v15)."""
    return family_mix(answer, alias, text) or answer[:1].isupper() and alias.islower() or \
        alias.lower().rstrip(".") in RANKS
