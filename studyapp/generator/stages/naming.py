"""Naming stage: in a bank of several documents, a question whose answer depends on its document names that
document in its prompt by its short reference (`SourceDoc.ref`), so a student knows which text it asks about."""
from __future__ import annotations

import re

from studyapp.generator import lexicon as lx
from studyapp.generator.refs import unnamed
from studyapp.generator.lexicon import fold
from studyapp.generator.model import Candidate, Corpus, Sentence, SourceDoc
from studyapp.generator.pipeline import stage
from studyapp.generator.stages.parse import describing_words
from studyapp.generator.stages.phrasing import NOT_TITLES

LIMIT = 300  # the gate's longest prompt
ABOUT_DOCUMENTS = re.compile(r"\b(?:which document|which writer|two writers|both writers|two documents|"
                             r"which of them|which text)\b", re.I)
QUOTED = re.compile(r"^(Complete the sentence|Fill in the number): “(.*)”$", re.S)
WHO_SAID = re.compile(r"^Who said: “")


def names_document(prompt: str, docs: list[SourceDoc]) -> bool:
    """The prompt already names a document of the bank (by title, reference or its writer's surname), or asks
    which document or writer says something."""
    if ABOUT_DOCUMENTS.search(prompt) or unnamed(prompt) != prompt:
        return True
    folded = fold(prompt)
    for doc in docs:
        if fold(doc.ref.strip("“”")) in folded or doc.title and fold(doc.title) in folded:
            return True
        surname = doc.author.split()[-1] if doc.author.split() else ""
        if len(surname) > 3 and re.search(r"(?<!\w)" + re.escape(fold(surname)) + r"(?!\w)", folded):
            return True
    return False


def shows_key(c: Candidate, doc: SourceDoc) -> bool:
    """The document's reference holds the candidate's key (without a leading article) as whole words."""
    key = re.sub(r"^(?:the|a|an)\s+", "", fold(str(c.answer))) if isinstance(c.answer, (str, int, float)) else ""
    return bool(key) and re.search(r"(?<!\w)" + re.escape(key) + r"(?!\w)", fold(doc.ref)) is not None


def lower_first(text: str, corpus: Corpus, sentence: Sentence | None = None) -> str:
    """Lower-case the first word after "According to X, " unless it is a name, an acronym or a blank; a word the
    parse of its `sentence` tags a proper noun there is a name ("Fred, Scrooge's nephew, …": read w19's "fred")."""
    first = re.match(r"[A-Za-z][\w-]*", text)
    if not first:
        return text
    word = first.group()
    if sentence is not None and sentence.parse and sentence.parse.starts_with_name and \
            sentence.text.lstrip("“\"'(").startswith(word) and word.lower() not in corpus.lower_vocab and \
            word.lower() not in describing_words():  # the parser calls "Certain" and "Aware" names too
        return text
    after = re.match(r"['’]s\b|\s+([A-Z][\w-]*)", text[first.end():])  # "Percy Bysshe Shelley", "Helen's" (read r)
    name = word in corpus.mid_caps or corpus.entity_for(word) is not None or word.isupper() and len(word) > 1 or \
        bool(after) and (word.lower() not in corpus.lower_vocab or after.group(1) is not None and
                         corpus.entity_for(f"{word} {after.group(1)}") is not None)  # not "Ethnic Kazakhs"
    if name and word.lower() not in lx.FUNCTION_WORDS or re.match(r"[A-Z]\.\s", text):  # "M. Iembekova's study"
        return text
    if word in lx.TITLES - NOT_TITLES and re.match(r"\.?\s+(?:[A-Z]|_____)", text[first.end():]):
        return text  # "Mrs _____ used her influence …", "Dr Bennett": a title keeps its capital (blind read 29t)
    return text[:1].lower() + text[1:]


def shorten(quote: str, room: int) -> str:
    """The quote cut to `room` characters at word boundaries, keeping the blank: words off its end first, then off
    its start, each cut marked "…"."""
    if len(quote) <= room:
        return quote
    words = quote.split(" ")
    blank = next((i for i, w in enumerate(words) if "_____" in w), 0)
    start, end = 0, len(words)
    while end > blank + 1 and len(" ".join(words[start:end])) + 1 > room:
        end -= 1
    while start < blank and len(" ".join(words[start:end])) + 2 > room:
        start += 1
    text = " ".join(words[start:end])
    if end < len(words):
        text = text.rstrip(",;:–-— ") + "…"
    return ("…" if start else "") + text


def clause_cut(statement: str, room: int, keep: int) -> str:
    """The statement ended at its last clause boundary (", which", "; ", " – ") that leaves it within `room`
    characters and after position `keep` (the blank, or the words a "False" statement changed), with "…"."""
    if len(statement) <= room:
        return statement
    cuts = [m.start() for m in re.finditer(r",\s+(?=which|while|who|where|with|including|and|but|as|although|since|"
                                           r"making|leading|so|because|when|after)|;\s+|\s+–\s+", statement)]
    fits = [at for at in cuts if keep <= at and at + 1 <= room and len(statement[:at].split()) >= 6]
    return statement[:fits[-1]] + "…" if fits else statement


def changed_at(statement: str, quote: str) -> int:
    """Where the last word of a true/false statement that its sentence does not have ends (0: none)."""
    words = set(re.findall(r"[\w’'-]+", fold(quote)))
    ends = [m.end() for m in re.finditer(r"[\w’'-]+", statement) if fold(m.group()) not in words]
    return max(ends, default=0)


def named(c: Candidate, doc: SourceDoc, corpus: Corpus) -> str:
    """The candidate's prompt naming its document, the quoted or stated part shortened (never the naming) when
    the whole would be over the gate's limit."""
    ref, prompt = doc.ref, c.prompt
    quoted = QUOTED.match(prompt)
    if quoted:
        head = f"{quoted.group(1)} from {ref}: "
        return f"{head}“{shorten(quoted.group(2), LIMIT - len(head) - 2)}”"
    if WHO_SAID.match(prompt):
        return f"In {ref}, who said: “{prompt[len('Who said: “'):]}"
    if prompt.startswith("True or false? "):
        head = f"True or false? According to {ref}, "
        body = lower_first(prompt[len("True or false? "):], corpus, _sentence(c, doc))
        keep = changed_at(body, c.quote) if c.answer == "False" else 0
        return head + clause_cut(body, LIMIT - len(head), keep)
    lead = "In" if c.kind == "perspective" and prompt.startswith("Who ") else "According to"
    head = f"{lead} {ref}, "
    body = lower_first(prompt, corpus, _sentence(c, doc))
    if c.type == "cloze" and "_____" in body:
        body = clause_cut(body, LIMIT - len(head), body.index("_____") + 5)
    return head + body


def _sentence(c: Candidate, doc: SourceDoc) -> Sentence | None:
    """The sentence a candidate asks, if it asks one."""
    return doc.sentences[c.sentence] if 0 <= c.sentence < len(doc.sentences) else None


@stage("naming", requires=["standalone"], provides=["named"])
def naming_stage(corpus: Corpus) -> Corpus:
    """When the bank holds more than one document, name each English question's document in its prompt, unless
    the prompt already names one (or its writer), asks which document says something, or the name would show
    the key ("The Lantern Keeper" for "the lantern")."""
    if len(corpus.docs) < 2:
        return corpus
    for c in corpus.candidates:
        if c.language != "en" or c.type in ("ordering", "matching"):
            continue
        doc = corpus.doc(c.doc_id)
        if not names_document(c.prompt, corpus.docs) and not shows_key(c, doc):
            c.prompt = named(c, doc, corpus)
    return corpus
