"""Clean stage: rejoin broken paragraphs, drop footnotes, links, references and page furniture, label comments."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from studyapp.generator.lang import furniture as lang_fur
from studyapp.generator.lexicon import fold
from studyapp.generator.model import Corpus, Paragraph, SourceDoc
from studyapp.generator.pipeline import stage
from studyapp.generator.stages import furniture as fur

COMMENT_LABEL = "Reader's comment:"


@dataclass
class _Unit:
    """A block after line-level filtering, on its way to becoming a paragraph."""

    text: str
    role: str  # heading | body | comment | comment_label
    level: int = 0
    list_item: bool = False


def _filter(doc: SourceDoc) -> list[_Unit]:
    """Drop furniture, footnotes, links, captions and reference sections; mark the comment zone."""
    units: list[_Unit] = []
    in_comments = False
    skip_level = 0  # inside a reference section of this heading level
    blocks = doc.blocks
    starred = fur.star_notes([b.text for b in blocks])
    for i, block in enumerate(blocks):
        raw = block.text.strip()
        text = fur.strip_markup(raw)
        if skip_level:
            if block.heading and block.heading <= skip_level:
                skip_level = 0
            else:
                continue
        if fur.REFERENCES.match(text) or fur.SELF_CHECK.match(text):
            skip_level = block.heading or 99
            continue
        if fur.FORM_LINE.search(text):
            continue
        if fur.END_ZONE.match(text):
            break
        if fur.COMMENT_START.match(text):
            in_comments = True
            units.append(_Unit(COMMENT_LABEL, "comment_label"))
            continue
        if not text or fur.is_footnote(raw) or fur.is_link_line(raw) or fur.CAPTION.match(text) \
                or starred and fur.STAR_NOTE.match(raw):
            continue
        if fur.FURNITURE.match(text) or fur.POINTER.match(text) or (fur.ABOUT_BOX.match(text) and i > len(blocks) / 2):
            continue
        if fur.is_date_line(text) or fur.COMMENT_META.match(text):
            if in_comments and units and units[-1].role == "comment":
                units.append(_Unit(COMMENT_LABEL, "comment_label"))
            continue
        if in_comments:
            units.append(_Unit(text, "comment"))
        elif block.heading:
            units.append(_Unit(text, "heading", block.heading))
        else:
            units.append(_Unit(text, "body", 0, block.list_item))
    while units and units[-1].role == "comment_label":
        units.pop()
    return units


def _labelled_byline(text: str) -> bool:
    """A byline line, after an optional one-word kind label ("Пікір. Автор – …", "Opinion. Author: …")."""
    return lang_fur.BYLINE.match(re.sub(r"^[^\W\d_]+[.:]\s+(?=[^\W\d_])", "", text, count=1)) is not None


def _under_course(candidates: list[int], zone: list[_Unit], body: list[_Unit]) -> int | None:
    """The section's own title where a course ("Computing, Year 8") or a part ("Unit 3: …", "Глава 4.") is written
    above it (set 9): of the other title lines, the one whose words the body uses most ("Study Guide: Romeo and
    Juliet …" over "Prepared for the spring term"); None when no such line is there."""
    plain = [i for i in candidates if not fur.COURSE_LINE.match(zone[i].text) and not fur.CONTAINER_LINE.match(
        zone[i].text)]
    if not plain or len(plain) == len(candidates):
        return None
    used = Counter(w[:5] for u in body for w in re.findall(r"[^\W\d_]{4,}", u.text.lower()))
    return max(plain, key=lambda i: (sum(used[w] for w in {w[:5] for w in re.findall(r"[^\W\d_]{4,}",
                                                                                       zone[i].text.lower())}), -i))


def _header(doc: SourceDoc, units: list[_Unit]) -> list[_Unit]:
    """Find the title and byline before the first real paragraph; drop mastheads, kind labels and dates there."""
    first_body = next((i for i, u in enumerate(units) if u.role == "body" and len(u.text.split()) >= 12
                       and fur.ends_sentence(u.text)), len(units))
    zone = units[:first_body]
    title_key = fold(doc.title) if doc.title else ""
    title_at = None
    if title_key:
        title_at = next((i for i, u in enumerate(zone) if fold(u.text) == title_key or (
            fold(u.text).startswith(title_key) and len(fold(u.text)) < len(title_key) + 16)), None)
    else:
        # a first line of one or two capitalised words ("Volcano", "Photosynthesis") is a title too (blind read 29q)
        # … also with what it is in brackets after it ("Байконур (космодром)"), or a name and a title ("Абылай хан")
        titled = [i for i, u in enumerate(zone) if (3 <= len(u.text.split()) <= 25 or i == 0 and all(
                      w[:1].isupper() and w.isalpha() for w in re.sub(r"\s*\([^()]*\)$", "", u.text).split()[:2])
                      or i == 0 and len(u.text.split()) == 2 and u.text[:1].isupper() and u.text.replace(" ", "").isalpha())
                  and not fur.ends_sentence(u.text) and not fur.KIND_LABEL.match(u.text)
                  and not u.text[:1].islower() and not u.text.rstrip().endswith((";", ":", ","))  # a list's item
                  and not fur.JOURNAL_LINE.search(u.text) and not fur.SOURCE_LINE.match(u.text)]
        bylines = [i for i, u in enumerate(zone) if i and fur.is_name_line(u.text) and i - 1 in titled]
        candidates = [i for i in titled if not fur.is_name_line(zone[i].text)]
        level1 = [i for i, u in enumerate(zone) if u.role == "heading" and u.level == 1]
        # a short question on the first line is the title of an opinion piece ("Мұғалімге де мектеп формасы керек пе?")
        asked = zone and zone[0].text.rstrip().endswith("?") and len(zone[0].text.split()) <= 15
        if bylines:
            title_at = bylines[0] - 1
        elif asked and not level1:
            title_at = 0
        elif level1:
            title_at = level1[0]
        elif candidates:
            title_at = _under_course(candidates, zone, units[first_body:])
            if title_at is None:
                title_at = candidates[-1] if all(units[i].role != "heading" for i in candidates) else candidates[0]
        elif titled[:1] == [0]:  # a first line of two capitalised words only, like a name: "Snow Leopard" (set 17)
            title_at = 0
        if title_at is not None:
            doc.title = fur.SECTION_PREFIX.sub("", zone[title_at].text)
            title_key = fold(doc.title)
    out: list[_Unit] = []
    for i, unit in enumerate(units):
        key = fold(unit.text)
        if i == title_at:
            out.append(_Unit(unit.text, "title", 1))
            continue
        if title_key and (key == title_key or key.startswith(title_key) and len(key) < len(title_key) + 16):
            continue  # the title repeated
        if i < first_body:
            words = unit.text.split()
            if fur.KIND_LABEL.match(unit.text) or fur.JOURNAL_LINE.search(unit.text) and len(words) <= 15 \
                    or fur.SOURCE_LINE.match(unit.text) and len(words) <= 15 \
                    or title_at is not None and i < title_at and len(words) <= 6:
                continue  # kind labels, a journal's running header and mastheads above the title
            if title_at is not None and i > title_at and len(words) <= 25 and _labelled_byline(unit.text):
                if not doc.author:  # "Пікір. Автор – Гүлнар Сәрсенбаева, … мұғалімі"
                    doc.author = re.split(r"\s[:–—-]\s*|:\s*", unit.text.split(",")[0], maxsplit=1)[-1].strip()
                continue
            if title_at is not None and i > title_at and fur.is_name_line(unit.text, doc.author) and len(words) <= 12:
                if not doc.author:
                    doc.author = re.sub(r"^[Bb]y\s+", "", unit.text.split(",")[0]).strip()
                continue
        out.append(unit)
    if not doc.title:
        doc.title = doc.hints.get("html_title") or (doc.file.rsplit(".", 1)[0])
    return out


_TAIL = 256  # characters of a paragraph's end that decide whether the next line continues it


def _join(units: list[_Unit], wrapped: bool) -> list[_Unit]:
    """Rejoin paragraphs broken mid-sentence and tell headings from body text."""
    width = 0
    if wrapped:
        lengths = sorted(len(u.text) for u in units if u.role == "body")
        width = lengths[int(len(lengths) * 0.9)] if lengths else 0
    out: list[_Unit] = []
    pieces: list[list[str]] = []  # each paragraph's text in pieces, joined once at the end
    tail, length = "", 0  # the end and the length of the paragraph being built: all `continues` needs
    for unit in units:
        prev = out[-1] if out else None
        if prev and unit.role == prev.role and unit.role in ("body", "comment") and not (unit.list_item and prev.list_item) \
                and fur.continues(tail, unit.text, wrapped, width, length=length):  # a new item opens its own line (rukk17)
            glue = "" if tail.endswith("-") and unit.text[:1].islower() and wrapped else " "
            if glue == "":
                pieces[-1][-1] = pieces[-1][-1][:-1]
                tail, length = tail[:-1], length - 1
            pieces[-1].append(glue + unit.text)
            tail, length = (tail + glue + unit.text)[-_TAIL:], length + len(glue) + len(unit.text)
            continue
        out.append(_Unit(unit.text, unit.role, unit.level, unit.list_item))
        pieces.append([unit.text])
        tail, length = unit.text[-_TAIL:], len(unit.text)
    for unit, parts in zip(out, pieces):
        unit.text = "".join(parts)
    for unit in out:
        if unit.role == "body" and not unit.list_item and fur.looks_like_heading(unit.text):
            unit.role, unit.level = "heading", 3
    return out


def _tail(doc: SourceDoc, units: list[_Unit]) -> list[_Unit]:
    """Drop author boxes, bios, stray names and headings that head nothing at the end of the article."""
    end = next((i for i, u in enumerate(units) if u.role in ("comment", "comment_label")), len(units))
    article, rest = units[:end], units[end:]
    keep = []
    for i, unit in enumerate(article):
        near_end = i >= len(article) - 4
        words = len(unit.text.split())
        comma_form = bool(re.match(r"^\*?\s*[^,]{3,40},\s+(a|an|the)\s", unit.text))
        if unit.role in ("body", "heading") and fur.is_bio(unit.text, doc.author) and (
                (words <= 12 if comma_form else near_end and len(article) >= 3 and words <= 90)
                or doc.author and fold(unit.text).startswith(fold(doc.author))):
            continue
        if near_end and unit.role == "heading" and fur.is_name_line(unit.text, doc.author):
            continue
        keep.append(unit)
    while keep and keep[-1].role == "heading":
        keep.pop()
    seen_heading = set()
    deduped = []
    for unit in keep:
        if unit.role == "heading":
            key = fold(unit.text)
            if key in seen_heading:
                continue
            seen_heading.add(key)
        deduped.append(unit)
    return deduped + rest


# A news dateline opening the first paragraph: "CHICAGO A new study…", "ISTANBUL, Turkey (AP) — Officials…".
# Without a dash or an agency in brackets only before a function word ('CHICAGO A new study', not 'NASA Chief…').
DATELINE = re.compile(r"^(?P<place>[A-Z]{3,}(?:[ -][A-Z]{2,}){0,2})(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?"
                      r"(?:\s*\([^()]{1,30}\)\s*[—–:-]?\s*|\s*[—–:-]\s*|\s+(?=(?:A|An|The|In|On|At|After|Before|"
                      r"When|While|As|It|This|Officials|Police|Scientists|Researchers)\s))(?=[A-Z“\"])")


def _strip_dateline(units: list[_Unit]) -> None:
    """Drop the dateline from the first body paragraph: it is page furniture, not a fact to ask about.

    An all-capitals word used once in the whole text; an acronym ('NATO leaders met…') is used again.
    """
    first = next((u for u in units if u.role == "body"), None)
    match = DATELINE.match(first.text) if first else None
    if not match or len(first.text) - match.end() < 40:
        return
    place = match.group("place")
    rest = " ".join(u.text for u in units if u is not first) + first.text[match.end():]
    if not re.search(rf"\b{re.escape(place)}\b", rest):
        first.text = first.text[match.end():]


BROKEN_WORD = re.compile(r"\b([a-z]{2,})- (?!(?:and|or|nor|to)\b)([a-z]{2,})\b")  # not 'short- and long-term'


def _hyphen_mender(units: list[_Unit]):
    """A function that rejoins words hyphenated at a line end ('anti- biotic' → 'antibiotic') when the text
    uses the whole word elsewhere; other hyphens ('well- known') just lose the space ('well-known')."""
    words = {w.lower() for u in units for w in re.findall(r"[A-Za-z]+", u.text)}

    def mend(text: str) -> str:
        """The text with its line-end hyphenations mended."""
        return BROKEN_WORD.sub(lambda m: m[1] + m[2] if (m[1] + m[2]).lower() in words else f"{m[1]}-{m[2]}", text)
    return mend


def clean_document(doc: SourceDoc) -> SourceDoc:
    """Fill `doc.paragraphs` from `doc.blocks` (and the title and author when the reader found none)."""
    units = _filter(doc)
    units = _join(units, bool(doc.hints.get("wrapped")))
    units = _header(doc, units)
    units = _tail(doc, units)
    _strip_dateline(units)
    mend = _hyphen_mender(units)
    paragraphs, section = [], ""
    for unit in units:
        text = mend(" ".join(unit.text.split()))
        if not text:
            continue
        if unit.role in ("heading", "title") and not fur.LEVEL_HEADING.match(text):
            section = text if unit.role == "heading" else section  # "А деңгейі" stays in "Тапсырмалар"
        paragraphs.append(Paragraph(len(paragraphs) + 1, text, unit.role, section))
    doc.paragraphs = paragraphs
    return doc


@stage("clean", requires=["blocks"], provides=["paragraphs"])
def clean_stage(corpus: Corpus) -> Corpus:
    """Clean every document of the corpus."""
    for doc in corpus.docs:
        clean_document(doc)
    return corpus

