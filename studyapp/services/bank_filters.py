"""The bank page's questions: filters, search, counts per filter value and paging, all in SQL.

A district shares banks of tens of thousands of questions, so nothing here loads a bank's questions into
Python: one query pages the matching questions, one counts them, and one groups the bank's questions by
every filter column at once; the counts per filter value are added up from those few groups. Quality
warnings and the search text are stored on each question when it is saved (see `models/bank.py`).
"""
from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from studyapp.db import db
from studyapp.models import Question, QuestionBank, SourceDocument
from studyapp.models.search_index import matching_ids

# Below this many questions a bank's search reads its own rows (a few ms) rather than the trigram index, whose
# cost grows with the matches in *every* bank (about 60 ms for a common word beside a 50,000-question bank).
SCAN_BELOW = 20_000
# A search matching more questions than this is not counted or grouped (a common word in most of a 50,000-question
# bank: ~100 ms): the page says "more than 1,000 match" and lists the filter values without numbers.
SEARCH_COUNT_CAP = 1_000
FILTERS = ("source", "language", "topic", "type", "kind", "status", "warning")
_COLUMNS = {"source": Question.source_id, "language": Question.language, "topic": Question.topic,
            "type": Question.type, "kind": Question.kind, "status": Question.status}


def not_of_archived_document():
    """The SQL condition of a question whose document is not archived (or that has no document)."""
    archived = sa.select(SourceDocument.id).where(SourceDocument.archived_at.is_not(None))
    return sa.or_(Question.source_id.is_(None), Question.source_id.not_in(archived))


@dataclass
class BankPage:
    """One page of a bank's matching questions, how many match, and the counts beside each filter value."""

    questions: list[Question]
    total: int
    counts: dict[str, dict[str, int | None]]
    page: int
    pages: int
    more: bool = False  # the search matches more than SEARCH_COUNT_CAP questions: `total` is the cap, counts are None


def _condition(name: str, wanted: str):
    """The SQL condition of one filter value."""
    if name == "warning":
        return Question.warnings.contains(f",{wanted},", autoescape=True)
    if name == "source":
        return Question.source_id.is_(None) if wanted in ("", "0") else Question.source_id == int(wanted)
    return _COLUMNS[name] == wanted


def filter_bank(bank: QuestionBank, filters: dict[str, str], search: str = "", *, page: int = 1,
                page_size: int = 50) -> BankPage:
    """The questions of `bank` matching every filter and the search text, one page of them, and counts.

    The counts of one filter are taken over the questions matching all the *other* filters, so each number
    says how many questions picking that value would show. They, and the total, are added up from one query
    that groups the bank's (matching) questions by every filter column at once; without search text it reads
    only an index. A second query fetches the page.
    """
    active = {name: value for name, value in filters.items() if name in FILTERS and value}
    if active.get("source") and not active["source"].isdigit():
        active["source"] = "0"
    needle = (search or "").strip().casefold()
    base = [Question.bank_id == bank.id, not_of_archived_document()]
    if needle:
        like = Question.search_text.contains(needle, autoescape=True)
        indexed = _indexed_search(bank, needle)
        wanted = [*base, like, *[_condition(name, value) for name, value in active.items()]]
        if _may_be_broad(indexed) and _count_up_to(wanted, SEARCH_COUNT_CAP + 1) > SEARCH_COUNT_CAP:
            return _broad_search(bank, wanted, page, page_size)
        base.append(Question.id.in_(indexed) if indexed is not None else like)
    columns = (Question.source_id, Question.language, Question.topic, Question.type, Question.kind, Question.status,
               Question.warnings)
    groups = {tuple(row[:-1]): row[-1] for row in db.session.execute(
        sa.select(*columns, sa.func.count()).where(*base).group_by(*columns))}
    counts: dict[str, dict[str, int]] = {name: {} for name in FILTERS}
    total = 0
    for group, n in groups.items():
        values = _row_values(group)
        total += n if _passes(values, active) else 0
        for name in FILTERS:
            if _passes(values, active, skip=name):
                for value in values[name]:
                    counts[name][value] = counts[name].get(value, 0) + n
    pages = max(1, -(-total // page_size))
    page = min(max(1, page), pages)
    query = (sa.select(Question).where(*base, *[_condition(name, value) for name, value in active.items()])
             .limit(page_size).offset((page - 1) * page_size))
    questions = list(db.session.scalars(query.order_by(Question.id))) if total else []
    return BankPage(questions=questions, total=total, counts=counts, page=page, pages=pages)


def _may_be_broad(indexed) -> bool:
    """Whether the search may match more than SEARCH_COUNT_CAP questions of the bank: on SQLite a bank searched
    through its own rows is small and never is; for one searched through the index, the index says at once
    (counting its first matches in every bank); on PostgreSQL it is counted."""
    if db.session.get_bind().dialect.name == "sqlite" and indexed is None:
        return False
    if indexed is None:
        return True
    first = indexed.limit(SEARCH_COUNT_CAP + 1).subquery()
    return db.session.scalar(sa.select(sa.func.count()).select_from(first)) > SEARCH_COUNT_CAP


def _count_up_to(where: list, limit: int) -> int:
    """How many questions match `where`, counting no further than `limit`."""
    found = sa.select(Question.id).where(*where).limit(limit).subquery()
    return db.session.scalar(sa.select(sa.func.count()).select_from(found))


def _broad_search(bank: QuestionBank, where: list, page: int, page_size: int) -> BankPage:
    """A page of a search matching more than SEARCH_COUNT_CAP questions: paged within the first SEARCH_COUNT_CAP, read
    in id order by the substring (a common word is met within a few rows, where the index would list every match),
    the filters' values those of the whole bank, without numbers (counting them would group every match)."""
    values = filter_bank(bank, {})
    counts: dict[str, dict[str, int | None]] = {name: dict.fromkeys(found) for name, found in values.counts.items()}
    pages = -(-SEARCH_COUNT_CAP // page_size)
    page = min(max(1, page), pages)
    query = sa.select(Question).where(*where).order_by(Question.id).limit(page_size).offset((page - 1) * page_size)
    return BankPage(questions=list(db.session.scalars(query)), total=SEARCH_COUNT_CAP, counts=counts, page=page,
                    pages=pages, more=True)


def _indexed_search(bank: QuestionBank, needle: str):
    """The index's SELECT of ids holding `needle` when the bank is large enough to gain from it, else None."""
    found = matching_ids(needle, db.session.get_bind().dialect.name)
    if found is None:
        return None
    size = db.session.scalar(sa.select(sa.func.count()).where(Question.bank_id == bank.id))
    return found if size >= SCAN_BELOW else None


def list_matching_ids(bank: QuestionBank, filters: dict[str, str], search: str = "") -> list[int]:
    """The ids of every question of `bank` matching the filters and search, as `filter_bank` counts them."""
    active = {name: value for name, value in filters.items() if name in FILTERS and value}
    if active.get("source") and not active["source"].isdigit():
        active["source"] = "0"
    needle = (search or "").strip().casefold()
    where = [Question.bank_id == bank.id, not_of_archived_document(),
             *[_condition(name, value) for name, value in active.items()]]
    if needle:
        where.append(Question.search_text.contains(needle, autoescape=True))
    return list(db.session.scalars(sa.select(Question.id).where(*where).order_by(Question.id)))


def _row_values(group: tuple) -> dict[str, list[str]]:
    """The filter values of one (source_id, language, topic, type, kind, status, warnings) group: a question may
    carry several warnings."""
    source_id, language, topic, type_, kind, status, warnings = group
    return {"source": [str(source_id or "")], "language": [language], "topic": [topic or ""], "type": [type_],
            "kind": [kind],
            "status": [status], "warning": [code for code in (warnings or "").split(",") if code]}


def _passes(values: dict[str, list[str]], active: dict[str, str], skip: str | None = None) -> bool:
    """True when the values meet every active filter but `skip` ("0" as a source: none)."""
    for name, wanted in active.items():
        if name == skip:
            continue
        if not (wanted in values[name] or (name == "source" and wanted == "0" and values[name] == [""])):
            return False
    return True


def source_titles(bank: QuestionBank) -> dict[str, str]:
    """The titles of the bank's documents by id (as text), without loading their texts."""
    return {str(i): title for i, title in db.session.execute(
        sa.select(SourceDocument.id, SourceDocument.title).where(SourceDocument.bank_id == bank.id))}


def list_documents(bank: QuestionBank) -> list[tuple[int, str, str, str, int]]:
    """(id, title, file name, language, questions) of the bank's documents that are not archived, by title,
    without their texts."""
    counts = (sa.select(Question.source_id, sa.func.count().label("n")).where(Question.bank_id == bank.id)
              .group_by(Question.source_id).subquery())
    return [tuple(row) for row in db.session.execute(
        sa.select(SourceDocument.id, SourceDocument.title, SourceDocument.filename, SourceDocument.language,
                  sa.func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.source_id == SourceDocument.id)
        .where(SourceDocument.bank_id == bank.id, SourceDocument.archived_at.is_(None))
        .order_by(SourceDocument.title, SourceDocument.id))]


def bank_sizes(bank_ids: list[int]) -> dict[int, tuple[int, int]]:
    """(questions, documents) of each bank, counted in SQL."""
    if not bank_ids:
        return {}
    questions = dict(db.session.execute(sa.select(Question.bank_id, sa.func.count()).where(
        Question.bank_id.in_(bank_ids)).group_by(Question.bank_id)).all())
    documents = dict(db.session.execute(sa.select(SourceDocument.bank_id, sa.func.count()).where(
        SourceDocument.bank_id.in_(bank_ids)).group_by(SourceDocument.bank_id)).all())
    return {i: (questions.get(i, 0), documents.get(i, 0)) for i in bank_ids}
