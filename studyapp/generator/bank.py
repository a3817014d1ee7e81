"""The studyapp.bank/1 document: stable ids and the dicts written for sources, questions and flashcards."""
from __future__ import annotations

import hashlib
import json

from studyapp.formats.bank_json import FORMAT
from studyapp.generator.model import Candidate, Corpus, Flashcard, SourceDoc
from studyapp.limits import TEXT, flashcard_problem



def stable_id(prefix: str, *parts) -> str:
    """A short id that depends only on the content: same input, same id."""
    raw = "|".join(json.dumps(p, ensure_ascii=False, sort_keys=True) for p in parts)
    return f"{prefix}-{hashlib.sha1(raw.encode('utf-8')).hexdigest()[:12]}"


def source_dict(doc: SourceDoc, corpus: Corpus | None = None) -> dict:
    """A source entry: metadata, the cleaned text (paragraphs split by blank lines) and its main topics."""
    topics = []
    if corpus is not None:
        for key in doc.main_topics:
            entity = corpus.entities.get(key)
            if entity:
                topics.extend(sorted({entity.name, *entity.forms}))
    # A document's own metadata (a PDF's title field, say) may be any length: keep what the bank can hold.
    src = {"id": doc.id, "title": doc.title[:TEXT["source_title"]], "author": doc.author[:TEXT["source_author"]],
           "kind": doc.kind[:TEXT["source_kind"]], "published": doc.published[:TEXT["source_published"]],
           "file": doc.file[:TEXT["source_file"]], "text": doc.text, "topics": topics}
    if doc.language != "en":
        src["language"] = doc.language
    return src


def question_dict(c: Candidate) -> dict:
    """The bank form of a candidate."""
    q = {
        "id": stable_id("q", c.doc_id, c.type, c.prompt, c.answer),
        "type": c.type,
        "kind": c.kind,
        "prompt": c.prompt,
        "choices": list(c.choices) if c.type in ("multiple_choice", "true_false") else [],
        "answer": c.answer,
        "tolerance": _number(c.tolerance) if c.type == "numeric" else None,
        "explanation": c.explanation,
        "topic": c.topic,
        "difficulty": round(c.difficulty, 2),
        "source": {"id": c.doc_id, "quote": c.quote, "paragraph": c.paragraph},
        "status": "draft",
    }
    if c.aliases:
        q["aliases"] = list(c.aliases)
    if c.notes:
        q["notes"] = c.notes
    if c.tags:
        q["tags"] = list(c.tags)
    if c.evidence:
        q["evidence"] = list(c.evidence)
    if c.language != "en":
        q["language"] = c.language
    return q


def _number(value):
    """An integral float as an int (0 rather than 0.0), so the JSON reads as written."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def flashcard_dict(f: Flashcard) -> dict:
    """The bank form of a flashcard."""
    return {"id": stable_id("f", f.doc_id, f.front, f.back), "front": f.front, "back": f.back,
            "source": {"id": f.doc_id, "quote": f.quote, "paragraph": f.paragraph}}


def build_bank(corpus: Corpus, title: str | None = None) -> dict:
    """The whole bank from a corpus whose questions were selected."""
    cards, seen = [], set()
    for f in corpus.flashcards:
        card = flashcard_dict(f)
        if card["id"] not in seen and not flashcard_problem(card):
            seen.add(card["id"])
            cards.append(card)
    title = title or corpus.title or (corpus.docs[0].title if len(corpus.docs) == 1 else "Question bank")
    return {
        "format": FORMAT,
        "title": title[:TEXT["bank_title"]],
        "sources": [source_dict(d, corpus) for d in corpus.docs],
        "questions": [question_dict(c) for c in corpus.questions],
        "flashcards": cards,
    }
