"""Distractors stage: wrong options of the answer's fine kind and format, never aliases, containers or true."""
from __future__ import annotations

import bisect
import re

from studyapp.generator import lexicon as lx
from studyapp.generator.lexicon import fold
from studyapp.generator.model import Candidate, Corpus
from studyapp.generator.pipeline import stage
from studyapp.generator.stages.debate import debated_with
from studyapp.generator.stages.evidence import NUMBER_KINDS, Index
from studyapp.generator.stages.generate import digest
from studyapp.generator.stages.kinds import other_org
from studyapp.generator.stages.minor_names import as_options, name_options
from studyapp.generator.stages.known import plausible_swap
from studyapp.generator.stages.nationality import fair_swaps
from studyapp.generator.stages.numbers import MONTHS
from studyapp.generator.stages import point
from studyapp.generator.stages.parse import reordered
from studyapp.generator.stages.perspective import labels
from studyapp.generator.stages.phrasing import definite
from studyapp.generator.stages.segment import content_words
from studyapp.generator.stages import wrong_numbers

YEAR_ONLY = re.compile(r"1[0-9]\d\d|20\d\d")
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]


HONORIFICS = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Lady", "Lord", "Professor", "Prof", "Dame"}

def entity_options(corpus: Corpus, index: Index, c: Candidate, n: int = 3, strict: bool = False,
                   own_doc: bool = False) -> list[str]:
    """Up to n entities of the answer's kind: not aliases, not containing or inside it, not true elsewhere.

    The rules that need only the two entities sort the pool first; the ones that read the question's sentence
    are checked in that order only until n names are found.
    """
    answer = corpus.entities.get(c.answer_key)
    if not answer or answer.kind not in ("person", "country", "city", "region", "org", "event", "place"):
        return []
    banned = {c.answer_key, *lx.containers(answer.name)}
    historical = c.answer_key in lx.HISTORICAL_STATES
    topics = {k for d in corpus.docs for k in d.main_topics}
    head = answer.name.split()[-1]
    folded_answer = fold(answer.name)
    subject = index.same_subject(c.doc_id)
    pool = []
    for at, k in enumerate(index.shortlist(answer.kind, c.doc_id, c.answer_key)):
        e = k.entity
        if not subject.intersection(e.docs):
            continue  # a councillor of a bike-lane article among Macbeth's characters (blind read 29o)
        if e.key in banned or c.answer_key in k.containers or (e.key in lx.HISTORICAL_STATES) != historical:
            continue
        if own_doc and (c.doc_id not in e.docs or e.key in lx.HISTORICAL_STATES):
            continue  # a false statement swaps in what the same text names, never a bygone state
        if strict and (e.kind in ("org", "event", "place") and e.name.split()[-1] != head or e.key in topics):
            continue
        if folded_answer in k.folded or k.folded in folded_answer:
            continue  # 'Summit of the Turkic Council' is no distractor for 'Turkic Council'
        if e.kind == "org" and (len(e.name) <= 3 or other_org(corpus, answer.name, e.name)) or \
                e.kind == "person" and " " in answer.name and " " not in e.name:
            continue  # no company among unions of states (blind read 29n)
        gap = abs(index.era[e.key] - index.era[c.answer_key]) if e.key in index.era and \
            c.answer_key in index.era else 50.0
        if strict and (gap > 150 or c.answer_key in index.era and e.key not in index.era):
            continue
        name = e.name
        shape = (name.isupper() != answer.name.isupper(), name.split()[-1] != head) if answer.kind == "org" else ()
        pool.append((shape, (-(c.doc_id in e.docs), round(gap / 50), -k.count, k.digest, name), at, k))
    pool.sort(key=lambda p: p[:2])
    sentence_words, prompt, not_this = fold(c.quote), fold(c.prompt), fold(str(c.answer))
    named = [m.text for m in corpus.doc(c.doc_id).mentions_in(c.sentence) if lx.place(m.text) and m.key != answer.key]
    stands = lx.geography(answer.name, named)  # an option must stand to the sentence's places as the key does
    kept: list[str] = []  # names of the entities that pass every rule, best first
    names: list[str] = []  # the same, each once, without the answer
    for *_, k in pool:
        if any(f in sentence_words for f in k.forms) or k.folded in prompt:
            continue
        if k.entity.kind in ("country", "city", "region", "person") and any(
                p.search(sentence_words) for p in k.long_words):
            continue  # 'the Soviet Union' where the sentence already says 'the Soviet era'
        if index.true_elsewhere(c.quote, str(c.answer), k.entity.key) or lx.geography(k.entity.name, named) != stands:
            continue
        kept.append(k.entity.name)
        if k.entity.name not in names and k.folded != not_this:
            names.append(k.entity.name)
            if len(names) == n:
                return names
    if answer.kind in ("country", "city") and len(kept) < n and not historical:
        region = lx.place(answer.name)
        places = []
        for _key, (name, kind, parent) in sorted(lx.PLACES.items()):
            if kind == answer.kind and region and parent == region[2] and fold(name) not in banned \
                    and name not in kept + places and fold(name) not in sentence_words \
                    and lx.geography(name, named) == stands:
                places.append(name)
        for name in sorted(places, key=lambda name: (digest(name), name)):
            if name not in names and fold(name) != not_this:
                names.append(name)
    return names[:n]


def format_like(text: str, value: float) -> str:
    """Write `value` the way the first number of `text` is written (decimals, thousands separators)."""
    match = re.search(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", text)
    if not match:
        return text
    digits = match.group()
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    new = f"{value:,.{decimals}f}" if "," in digits else f"{value:.{decimals}f}"
    return text[:match.start()] + new + text[match.end():]


def number_options(corpus: Corpus, index: Index, c: Candidate, n: int = 3) -> list[str]:
    """Up to n numbers of the answer's kind and format that no sentence supports."""
    text, kind = str(c.answer), c.answer_kind
    options: list[str] = []
    h = digest(c.doc_id, c.quote, text)
    if kind == "year" and YEAR_ONLY.fullmatch(text):
        options = [str(y) for y in wrong_numbers.years(corpus, c, int(text), h)]
    elif kind == "year":
        digits = re.search(r"\d+", text)
        year = int(digits.group())
        era = text[digits.end():]
        near = index.years[bisect.bisect_left(index.years, year - 15):bisect.bisect_right(index.years, year + 15)]
        steps = sorted((y for y in near if y != year), key=lambda y: (abs(y - year), y)) if not era.strip() else []
        steps += [year + d for d in (-3, 2, -6, 5, -10, 9, 1, -1)]
        options = [f"{text[:digits.start()]}{y}{era}" for y in steps if y != year and y > 0]
    elif kind == "date":
        month, year = re.search(MONTHS, text), re.search(r"(?:1\d|20)\d\d", text)
        options = wrong_numbers.other_dates(corpus, c, text)  # the document's other dates first (read s12)
        if year:
            y = int(year.group())
            options += [text.replace(year.group(), str(y + d)) for d in (-1, 1, -2)]
        if month and month.group() in MONTH_NAMES:
            i = MONTH_NAMES.index(month.group())
            options += [text.replace(month.group(), MONTH_NAMES[(i + d) % 12]) for d in (3, -2, 5)]
    elif kind == "ordinal":
        words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
        m = re.match(r"(\d+)(st|nd|rd|th)", text)
        if m:
            v = int(m.group(1))
            options = [f"{x}{'th' if 10 <= x % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(x % 10, 'th')}"
                       for x in (v - 2, v - 1, v + 1, v + 2) if x > 0]
        else:
            word = text.split("-")[0].lower()
            if word in words:
                v = words.index(word)
                options = [text.replace(text.split("-")[0], words[x].capitalize() if text[0].isupper() else words[x])
                           for x in (v - 2, v - 1, v + 1, v + 2) if 0 <= x < len(words)]
    elif kind in ("percent", "money", "count", "range", "decade", "century"):
        match = re.search(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", text)
        if match:
            v = float(match.group().replace(",", ""))
            decimals = len(match.group().split(".")[1]) if "." in match.group() else 0
            if kind not in ("decade", "century", "range"):
                options = [format_like(text, new) for new in wrong_numbers.figures(v, decimals, kind, h)]
    out = []
    for o in options:
        if o != text and o not in out and not index.true_elsewhere(c.quote, text, "#" + o):
            out.append(o)
    return out[:n]


def speaker_options(corpus: Corpus, index: Index, c: Candidate, n: int = 3) -> list[str]:
    """Other people the documents quote or name, who did not say the same thing: only those the question's own
    document quotes or names, and when it quotes fewer than three, also those of the piece it debates (two op-eds
    that answer each other are read together); never a name only another text of the same subject holds
    ("Sarsenbayev" of one seed paper offered in another, blind read 30d)."""
    content = frozenset(content_words(c.pending.get("content", "")))
    own = {a.speaker_key for a in corpus.doc(c.doc_id).attributions}
    allowed = {c.doc_id} if len(own) >= 3 else {c.doc_id} | debated_with(corpus, c.doc_id)
    out = []
    for name, key in index.speakers.in_order(c.doc_id):
        if not allowed & (index.speakers.entity_docs.get(key, set()) | {index.speakers.first.get(key, ("",))[0]}):
            continue
        if key != c.answer_key and not index.speakers.said_similar(key, content):
            out.append(name)
            if len(out) == n:
                break
    return out


def _number_only(c: Candidate) -> None:
    """A typed figure blanks its number only, its unit left in the text ("more than _____ percent": 99), so that
    "99", "99%" and "99 percent" are not marked differently (blind read 30d). A decimal share accepts its whole
    percent ("73.7": 74 is right too, read u): nobody remembers a survey's tenth of a percent."""
    match = re.fullmatch(r"(\d+(?:\.\d+)?)(\s?(?:%|percent|per cent))", str(c.answer)) \
        if c.answer_kind == "percent" else None
    if match and c.prompt.count("_____") == 1:
        value = float(match.group(1))
        c.type, c.template, c.tolerance = "numeric", "numeric", 0.0 if value.is_integer() else 0.5
        c.prompt = f"Fill in the number: “{c.prompt.replace('_____', '_____' + match.group(2))}”"
        c.answer = int(value) if value.is_integer() else value


def order(c: Candidate, options: list[str]) -> list[str]:
    """A stable, answer-independent order for the options."""
    return sorted(options, key=lambda o: digest(c.prompt, o))


def _reword(corpus: Corpus, c: Candidate) -> None:
    """A true/false item that stays True, in other words than its sentence's: the parse's reordering (fronted
    phrase to the end), marked done; the select stage drops a True item left word for word."""
    s = corpus.doc(c.doc_id).sentences[c.sentence] if c.sentence >= 0 else None
    statement = reordered(s.text, s.parse, corpus.mid_caps) if s is not None and s.text == c.quote else ""
    c.prompt = definite(f"True or false? {statement}" if statement else c.prompt)
    c.pending["reworded"] = bool(statement)


ACRONYM_AFTER = re.compile(r"^\s*\([A-Z][A-Za-z]{1,7}\)")


def _swap_tf(corpus: Corpus, index: Index, c: Candidate) -> None:
    """Make a true/false candidate false (about half of them) by swapping exactly one entity or number."""
    body = c.pending["statement"]
    start, end, text, kind, key = c.pending["swap"]
    appositive = body[:start].rstrip().endswith(",") and body[end:].lstrip().startswith(",")
    # "Mr [Sarah Okafor] presented a petition": an honorific fits its own person, so no name is swapped in after one
    # ("Prime Minister [Erdoğan]" is a fair false statement)
    titled = kind == "person" and body[:start].split()[-1:] and body[:start].split()[-1].rstrip(".") in HONORIFICS
    if digest(body) % 2 or kind in ("region", "name", "range", "decade", "century") or appositive or titled \
            or point.figure_aside(c, c.pending["swap"]):  # no trap on a figure aside (blind read 29p)
        _reword(corpus, c)  # "The first president of Kazakhstan, [Erdoğan], …" would be absurd, not false
        return
    swap = plausible_swap(corpus.doc(c.doc_id), c)  # no country swapped against another (blind read 29m)
    if swap is None:
        return _reword(corpus, c)
    start, end, text, kind, key = c.pending["swap"] = swap
    probe = Candidate(type="multiple_choice", kind="fact", prompt=body, answer=text, doc_id=c.doc_id, quote=c.quote,
                      paragraph=c.paragraph, answer_kind=kind, answer_key=key)
    options = number_options(corpus, index, probe, 1) if kind in NUMBER_KINDS else fair_swaps(corpus, c, entity_options(
        corpus, index, probe, 3, strict=True, own_doc=True))[:1]  # no Kazakh swapped among "Turkish heads of state"
    if not options:
        _reword(corpus, c)
    if options:
        before = body[:start]
        if before.endswith(("the ", "The ")) != index.written_with_the(corpus, options[0]):  # "In 1875 the United …"
            before = before[:-4] if before.endswith(("the ", "The ")) else f"{before}the " if before else "The "
        after = ACRONYM_AFTER.sub("", body[end:], count=1)  # "Turkic Union (EAEU)": the acronym tells the swap
        c.prompt = definite(f"True or false? {before}{options[0]}{after}")
        c.answer = "False"
        c.explanation = f"False: the text says “{text}”, not “{options[0]}”: “{c.quote}”"


def _title_words(title: str) -> set[str]:
    """The content words of a title, lower-cased, with a plural 's' dropped."""
    return {w.rstrip("s") for w in re.findall(r"[a-z]{4,}", title.lower()) if w not in lx.FUNCTION_WORDS}


def _same_title_words(corpus: Corpus, doc_id: str) -> list:
    """Other documents whose titles share a content word with this one's (two op-eds on phones), when too few
    named things are shared to relate them."""
    words = _title_words(corpus.doc(doc_id).title)
    return [d for d in corpus.docs if d.id != doc_id and words & _title_words(d.title)]


def _which_of_two(corpus: Corpus, index: Index, c: Candidate) -> bool:
    """'Which document argues …?' when only one other document is on the subject (an op-ed pair): a true/false naming
    one of the two writers, the other for about half (False); never two titles (7 of 7 False dropped as a trick)."""
    own = corpus.doc(c.doc_id)
    other = (index.related_docs(c.doc_id) or _same_title_words(corpus, c.doc_id))[0]
    if not (own.named_author and other.named_author):
        return False
    verb = re.match(r"Which document (\w+)", c.prompt).group(1)
    said = c.prompt[c.prompt.index("“"):].removesuffix("?")
    shown = own if digest(c.prompt, "two") % 2 == 0 else other
    c.type, c.choices = "true_false", ["True", "False"]
    c.prompt = f"True or false? {shown.named_author} {verb}: {said}"
    c.answer = "True" if shown is own else "False"
    if shown is not own:
        c.explanation = f"False: {own.named_author}, not {other.named_author}, {verb} this: “{c.quote}”"
    return True


@stage("distractors", requires=["candidates", "perspective_candidates", "structured_candidates"],
       provides=["choices"])
def distractor_stage(corpus: Corpus) -> Corpus:
    """Fill multiple-choice options; turn about half the true/false statements false; fall back when short."""
    index = Index(corpus)
    kept = []
    for c in corpus.candidates:
        as_options(corpus, c)  # a name the document writes once: options of its kind, else typed (reads n-v)
        need = c.pending.get("distractors")
        if c.type == "true_false" and "swap" in c.pending:
            _swap_tf(corpus, index, c)
        elif c.type == "true_false" and "swap_speaker" in c.pending:
            others = speaker_options(corpus, index, c, 1)
            if others and digest(c.prompt) % 2 == 0:
                c.prompt = c.prompt.replace(c.pending["swap_speaker"], others[0], 1)
                c.answer = "False"
        if need == "entity":
            options = entity_options(corpus, index, c)
            options += name_options(corpus, c, options) if c.pending.get("once_named") else []
        elif need == "number":
            options = [o for o in c.pending.get("keep", []) if o != c.answer]
            options += [o for o in number_options(corpus, index, c) if o not in options]
        elif need == "speaker":
            options = speaker_options(corpus, index, c)
        elif need == "source":
            others = index.related_docs(c.doc_id) or _same_title_words(corpus, c.doc_id)
            c.answer, *options = labels([corpus.doc(c.doc_id)] + sorted(others, key=lambda d: digest(c.prompt, d.id))[:3])
        else:
            if c.type == "cloze":
                _number_only(c)
            kept.append(c)
            continue
        options = options[:3]
        if need == "entity" and c.answer_kind == "person" and " " not in str(c.answer):
            options = [o.split()[-1] for o in options]  # a surname answer gets surname options
        if len(options) >= 3 or (need == "source" and len(options) >= 2):
            c.choices = order(c, [str(c.answer)] + options)
            kept.append(c)
        elif need == "source" and len(options) == 1 and _which_of_two(corpus, index, c):
            kept.append(c)
        elif c.template == "complete":
            inner = re.search(r"“(.*)”", c.prompt)
            c.type, c.prompt, c.template = "cloze", inner.group(1), "cloze"
            _number_only(c)
            kept.append(c)
        elif c.template in ("wh_subject", "who_said"):
            c.type = "short_answer"
            kept.append(c)
        else:
            corpus.rejected.append(c)
            c.reasons.append("too few distractors of the answer's kind")
    corpus.candidates = kept
    return corpus
