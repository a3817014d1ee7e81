"""Recognising what is not the author's prose: links, footnotes, captions, dates, page furniture, bylines."""
from __future__ import annotations

import re

from studyapp.generator.lexicon import CONTINUATION_WORDS, EVENT_WORDS, FUNCTION_WORDS, ORG_WORDS, fold

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
URL = re.compile(r"<?(https?://|www\.)\S+>?", re.I)
MD_LINK = re.compile(r"\[([^\]]*)\]\((https?://[^)]*|[^)\s]*)\)")
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
          "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
DATE_LINE = re.compile(
    rf"^[•·*\-\s]*((({WEEKDAYS})\s*,?\s*)?(({MONTHS})\.?\s+\d{{1,2}}(st|nd|rd|th)?\s*,?\s*\d{{4}}|\d{{1,2}}\s+({MONTHS})\.?,?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})(\s*(at|,)?\s*\d{{1,2}}:\d{{2}}\s*([ap]\.?m\.?)?)?)\s*$",
    re.I)
CAPTION = re.compile(r"^\[?\s*(figure|fig\.|table|chart|graph|image|photo(graph)?|picture|illustration|caption|source|фото|"
                     r"сурет|рис\.|рисунок)(\s+caption)?\s*\d*\s*[:.]", re.I)
END_ZONE = re.compile(r"^(leave a (reply|comment)|check also|related (posts|articles|stories)|you (may|might) also like"
                      r"|read (more|also)|also read|more from|recommended|popular posts|latest news)\b\W*$", re.I)
FURNITURE = re.compile(
    r"^(your email address will not be published.*|required fields are marked.*|share( this)?( article)?:?|print"
    r"|tags?:.*|filed under.*|posted in.*|advertisement|subscribe.*|sign up.*|click here.*|follow us.*"
    r"|about (the )?author|photo:.*|image:.*|credit:.*|\(?photo credit.*|[A-Z]{1,6}/[A-Z][\w.\- ]+)$",
    re.I)
# A pointer to further reading with its teaser ("Read more: …", "Читайте также: …", "Толығырақ: …"): the
# publisher's, not the author's text, in the three languages the school reads.
POINTER = re.compile(r"^(read (more|also|next)|see also|further reading|more on this|related|"
                     r"читайте (также|ещё|еще)|подробнее|см\. также|смотрите также|"
                     r"толығырақ( оқу)?|сондай-ақ оқыңыз|оқи отырыңыз|толық мәтін|source|источник|дереккөз)\s*[:—–-]",
                     re.I)
ABOUT_BOX = re.compile(r"^about\s+[\w.'’\-]+(\s+[\w.'’\-]+){1,2}$", re.I)
# A journal's running header above a paper: "Journal of X (2002) 49, 25-30", "Nature vol. 5, pp. 1-9".
JOURNAL_LINE = re.compile(r"\(\d{4}\)\s*\d+\s*(\(\d+\)\s*)?[,:]\s*\d|\b(vol|no)\.\s*\d|\bpp?\.\s*\d|\bdoi\b", re.I)
# where an article was taken from, above its text: "Материал из школьной энциклопедии …", "Source: …"
SOURCE_LINE = re.compile(r"^(?:материал(?:ы)? из|из материалов|по материалам|источник\s*:|дереккөз\s*:|source\s*:|"
                         r"from (?:the |a )?(?:\w+ ){0,3}(?:encyclopa?edia|magazine|newspaper|website|textbook)\b)", re.I)
# a course above a textbook section: "Computing, Year 8", "History Department, Grade 9", "География, 8 класс",
# "Литература, 8-сынып" (set 9): the subject and the pupils, never the title
COURSE_LINE = re.compile(r"^[^\W\d_][^\n]{0,40}?(?:,\s*|\s+for\s+|\s+)(?:grade|year|form|class)\s+\d{1,2}$|"
                         r"^[^\W\d_][^\n]{0,40}?,?\s+\d{1,2}[-–\s]*(?:класс|сынып)\w*$|^\w+(?:\s\w+)?\s+department\b",
                         re.I)
# a part that holds the section: "Unit 3: Data Representation", "Chapter 1: …", "Topic 6: …", "Глава 4. Атмосфера",
# "4-бөлім. Жер гидросферасы", "Раздел 2", "2-тарау"
CONTAINER_LINE = re.compile(r"^(?:(?:unit|chapter|topic|module|part|глава|раздел|тема|модуль|часть|тарау|бөлім|"
                            r"тақырып)\s+[\dIVX]+|\d+[-–](?:бөлім|тарау|тақырып))\b", re.I)
# what a section title starts with and a question names it without: "Section 3.1 ", "1.3 ", "§ 17. ", "Reading: " (a
# number or a colon after the word: "Сабақ басында он бес минут …" is a title, read t13)
SECTION_PREFIX = re.compile(r"^(?:(?:section|lesson|reading|урок|сабақ)(?:\s*\d[\d.]*\s*[:.]?|\s*:)\s+|§\s*\d+[.:]?\s+|"
                            r"\d+(?:\.\d+)+\.?\s+|\d+[-–](?:сабақ|§)\.?\s+)(?=[^\W\d_«\"“])", re.I)
# a worksheet's form: a tick box ("□ Барлығын өзім шештім."), a field to fill ("Аты-жөні: ________"), a note to the
# teacher (set 9); a self-assessment section is skipped like a reference list
FORM_LINE = re.compile(r"^\s*[□☐☑☒✓✔▢■◻]|_{3,}|^(?:мұғалімнің ескертпесі|примечание для учителя|для учителя|"
                       r"note (?:to|for) (?:the )?teachers?|teacher'?s note|"
                       # (set 17) a textbook's bare list of its terms (not a glossary "X — …"): a blank in it is list recall
                       r"key (?:words|terms|concepts|vocabulary)|keywords|glossary|негізгі (?:ұғымдар|терминдер)|"
                       r"(?:кілт|тірек|түйін) сөздер|ключевые (?:слова|понятия|термины)|основные (?:понятия|термины))\s*:(?![^\n]*\s[—–-]\s)|"
                       r"^(?:өзіңді тексер|проверь себя|check yourself|test yourself)[.:!]\s+\S", re.I)
SELF_CHECK = re.compile(r"^(?:өзіңді (?:бағала|тексер)|өзін-өзі бағалау|самооценка|оцени себя|проверь себя|"
                        r"self[- ]assessment|rate yourself|how did you do)\W*$", re.I)
# a difficulty level inside a task section ("А деңгейі", "Уровень B", "Level C"): the tasks go on under it
LEVEL_HEADING = re.compile(r"^(?:[A-CА-СӘ]\s*[-–]?\s*деңгей\w*|деңгей\w*\s+[A-CА-С]|уровень\s+[A-CА-С]|"
                           r"[A-CА-С]\s*[-–]?\s*уровень|level\s+[A-C1-3]|[A-C]\s+level)\W*$", re.I)
KIND_LABEL = re.compile(r"^(feature( article)?|analysis|opinion|commentary|editorial|news|interview|review|essay"
                        r"|op-ed|column|report|blog|article|research paper)$", re.I)
COMMENT_START = re.compile(r"^(one|no|\d+)\s+(thoughts?|comments?|responses?|repl(y|ies))\s+(on|to)\b", re.I)
COMMENT_META = re.compile(r"^[•·*\-\s]*[A-Z][\w.' -]{0,40}\s+(says|said|wrote)\s*:?$")
REFERENCES = re.compile(r"^([ivxlc]+\.|\d+\.?)?\s*(references|bibliography|works cited|sources|notes|footnotes"
                        r"|literature( cited)?|further reading|endnotes)\s*:?$", re.I)
CITATION = re.compile(r"(doi[:.]|\bvol\.|\bpp?\.\s*\d|\bno\.\s*\d|\*[^*]+\*,|available:|retrieved|accessed|isbn)", re.I)
NAME = r"[A-ZÀ-Ý][\w'’\-]*\.?"
NAME_LINE = re.compile(rf"^([Bb]y\s+)?({NAME}(\s+{NAME}){{1,3}})\s*$")
BIO = re.compile(rf"^\*?\s*({NAME}(\s+{NAME}){{1,3}})(\s+is|\s+was|,)\s+(a|an|the)\s", re.U)
_CLOSERS = "\"”’'»)]*"  # quotes and brackets that may follow a sentence's final full stop


# a unit of area or volume before a superscript ² or ³ (m², кг/м³, km²): the power, not a footnote marker
UNIT = re.compile(r"(?:^|[\s/\d(])(?:[kcmdμ]?m|[кмсд]?м|ft|in)$")
STAR_MARKER = re.compile(r"(?<=[^\W_])\*+(?=[\s,.;:!?»”)]|$)")
STAR_NOTE = re.compile(r"^\*+\s+\S")  # "* Dates before 1918 …": the note a starred word points to


def star_notes(texts: list[str]) -> bool:
    """The document marks words with a star ("года*") and so its lines opening with a star are their notes, not
    list items."""
    return any(STAR_MARKER.search(re.sub(r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)([^*]+?)(?<!\s)\*(?![\w*])", "", t))
               for t in texts if not STAR_NOTE.match(t.strip()))


def _marker_or_power(m: re.Match) -> str:
    """A superscript run: kept as a power after a unit of length (m², кг/м³), else a footnote marker dropped."""
    return m.group()[0] if m.group()[0] in "²³" and UNIT.search(m.string[:m.start()]) else ""


def strip_markup(text: str) -> str:
    """Remove Markdown emphasis, links, bare URLs, escapes, list markers and footnote markers."""
    text = MD_LINK.sub(lambda m: "" if m.group(1).startswith("http") else m.group(1), text)
    text = URL.sub("", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!$])", r"\1", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)([^*]+?)(?<!\s)\*(?![\w*])", r"\1", text)
    text = re.sub(r"^\*+\s*|\s*\*+$", "", text)
    text = STAR_MARKER.sub("", text)  # "1861 года* Александр II …": a footnote's marker
    text = re.sub(r"^\s*([-*+•]|\d{1,2}[.)])\s+", "", text)
    text = re.sub(rf"[{SUPERSCRIPTS}]+", _marker_or_power, text)  # footnote markers, not the ³ of kg/m³
    text = re.sub(r"^\[\d+(?:[,–-]\s*\d+)*\]\s*", "", text)
    text = re.sub(r"\s?\[\d+(?:[,–-]\s*\d+)*\]", "", text)
    text = re.sub(r"\s+([,.;:!?])(?=\s|$)", r"\1", text)
    return " ".join(text.split())


def is_footnote(raw: str) -> bool:
    """A footnote or reference entry: a marker followed by a citation, or a line that is mostly a link."""
    stripped = raw.strip()
    if re.match(rf"^[{SUPERSCRIPTS}]+\s*\S", stripped):
        return bool(URL.search(stripped) or CITATION.search(stripped) or len(stripped.split()) < 45)
    if re.match(r"^(\[\d+\]|\d+\.)\s*\S", stripped) and (URL.search(stripped) or CITATION.search(stripped)):
        return True
    if re.match(r"^[-*]\s+\[\d+\]", stripped):
        return True
    return False


def is_link_line(raw: str) -> bool:
    """A line made of links, or a citation fragment carrying a URL."""
    without = MD_LINK.sub("", raw)
    without = URL.sub("", without)
    words = re.findall(r"[A-Za-zÀ-ž]{2,}", without)
    if (URL.search(raw) or MD_LINK.search(raw)) and (len(words) <= 3 or CITATION.search(raw) or len(words) < 25
                                                     and not ends_sentence(without.strip())):
        return True
    return False


def is_date_line(text: str) -> bool:
    """Only a date (with weekday or time), as page headers and comment metadata print it."""
    return bool(DATE_LINE.match(text))


def ends_sentence(text: str) -> bool:
    """The text ends with terminal punctuation (closing quotes and brackets allowed)."""
    end = _end(text)
    while end and text[end - 1] in _CLOSERS:
        end -= 1
    return end > 0 and text[end - 1] in ".!?…"


def _end(text: str) -> int:
    """Where `text.rstrip()` would end, without copying the text."""
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
    return end


def continues(prev: str, nxt: str, wrapped: bool = False, width: int = 0, length: int | None = None) -> bool:
    """`nxt` carries on the sentence that `prev` left unfinished (a broken wrap).

    `prev` may be only the end of the paragraph so far, with `length` its whole length: only its last words count.
    """
    length = len(prev) if length is None else length
    end = _end(prev)
    last_char = prev[end - 1] if end else ""
    if ends_sentence(prev) or last_char in (":", ";"):
        return wrapped and width > 0 and length >= 0.85 * width and not nxt[:1].isupper()
    first = nxt[:1]
    if first.islower() or last_char in (",", "-", "–", "("):
        return True
    if not wrapped and first.isupper() and length == len(prev) <= 60 and looks_like_heading(prev):
        return False  # a line of its own, "How the poem came about", above its section's first line (session 15)
    start = end
    while start and (prev[start - 1].isalnum() or prev[start - 1] in "_'’"):
        start -= 1
    if prev[start:end].lower() in CONTINUATION_WORDS:
        return True
    return wrapped and width > 0 and length >= 0.6 * width


def looks_like_heading(text: str) -> bool:
    """A short title-like line without closing punctuation."""
    words = text.split()
    if not words or len(words) > 14 or not (text[0].isupper() or text[0].isdigit()):
        return False
    if text.rstrip().endswith("?"):
        return len(words) <= 10
    return not re.search(r"[.,;:!…]$", text.rstrip())


# words that name a room, a building or a publication, never a person: "Egyptian Sculpture Gallery, Room 4" heads
# a museum guide, and its gallery is no author ("the text by Egyptian Sculpture Gallery", read q)
PLACE_NAME_WORDS = {"Gallery", "Museum", "Room", "Library", "Studio", "Theatre", "Theater", "Zoo", "Magazine",
                    "Daily", "Weekly", "Desk", "Staff", "Editors", "Archive", "Archives", "Collection", "Exhibition",
                    "Building", "Campus"}  # not Hall, Park, Wing: surnames too (Lena Park)


def is_name_line(text: str, author: str = "") -> bool:
    """A byline or a bare name (optionally 'By ...', optionally followed by an affiliation)."""
    head = text.split(",")[0].strip()
    if author and (fold(head) == fold(author) or fold(head).startswith(fold(author))):
        return True
    tokens = re.sub(r"^[Bb]y\s+", "", head).split()
    return bool(NAME_LINE.match(head)) and len(tokens) <= 4 and not re.search(r"\d", head) and not any(
        t.lower() in FUNCTION_WORDS or t in ORG_WORDS or t in EVENT_WORDS or t in PLACE_NAME_WORDS for t in tokens)


def is_bio(text: str, author: str = "") -> bool:
    """An author box: 'Name is a researcher ...', '*Name, a political analyst'."""
    match = BIO.match(text)
    if not match:
        return False
    name = match.group(1)
    if author and fold(author).split()[-1:] == fold(name).split()[-1:]:
        return True
    return len(text.split()) <= 90 and not re.match(r"^(The|This|These|In|On|At|It)\b", name)
