"""Helpers of the translation tests: the catalogues, a pseudo-locale built from the template, and a page's
visible text with what is data (names, questions, codes) taken out, so what is left is interface text."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "studyapp" / "translations"
LANGUAGES = ("kk", "ru")
PSEUDO = "el"  # a real locale (Babel formats its dates) in a script that is not Latin: Latin left on a page is English
OPEN, CLOSE = "⟦", "⟧"
# Names of products and formats, the same in every language.
ALLOWED = {"StudyApp", "CSV", "XLSX", "Excel", "JSON", "GIFT", "Moodle", "XML", "QTI", "LMS", "LMSs", "Canvas",
           "Anki", "apkg", "PDF", "UTF", "MB", "CIC", "SD", "Ctrl", "txt", "md", "html", "docx", "pdf", "csv", "json",
           "gift", "xml", "xlsx", "n"}
# Stored values that are codes, not typed text: removing them from a page would hide an untranslated status word.
CODE_COLUMNS = {"status", "kind", "type", "role", "action", "key", "password_hash", "language", "layout", "stage",
                "worker", "feedback_mode", "token_hash", "origin", "error", "filename", "payload", "changes"}


def extract_template(target: Path) -> None:
    """Run the same extraction as `make translations-extract` into `target`."""
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract", "-F", str(ROOT / "babel.cfg"),
                    "-k", "_l", "-k", "N_", "-k", "NP_:1,2", "-k", "lazy_gettext", "-k", "lazy_ngettext:1,2", "--no-location",
                    "--omit-header", "-o", str(target), "."], cwd=ROOT, check=True, capture_output=True)


def read_catalogue(path: Path, locale: str | None = None):
    """A .po or .pot file as a Babel Catalog."""
    with path.open("rb") as handle:
        return read_po(handle, locale=locale)


NAMED = re.compile(r"(%\([a-z_]+\)[sdr])")  # a named placeholder: what fills it is checked on its own


def pseudo(msgid: str) -> str:
    """A message's English with each stretch of its own text between ⟦ and ⟧ and its placeholders left outside,
    so that a parameter (a translated word, or English nobody translated) never hides inside another message:
    '<strong>%(action)s</strong> by %(who)s' becomes '⟦<strong>⟧%(action)s⟦</strong> by ⟧%(who)s'."""
    return "".join(part if NAMED.fullmatch(part) else OPEN + part + CLOSE for part in NAMED.split(msgid) if part)


def write_pseudo_catalogue(template: Path, directory: Path) -> None:
    """Compile a catalogue for PSEUDO whose every message is its English between ⟦ and ⟧ (see pseudo())."""
    catalogue = read_catalogue(template, PSEUDO)
    for message in catalogue:
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            message.string = tuple(pseudo(message.id[min(i, 1)]) for i in range(catalogue.num_plurals))
        else:
            message.string = pseudo(message.id)
    out = directory / PSEUDO / "LC_MESSAGES"
    out.mkdir(parents=True, exist_ok=True)
    with (out / "messages.mo").open("wb") as handle:
        write_mo(handle, catalogue)


def stored_texts(db) -> list[str]:
    """Every text the database holds that a person typed or a document supplied (longest first)."""
    import sqlalchemy as sa

    found: set[str] = set()

    def add(value):
        if isinstance(value, str):
            if value.strip():
                found.add(value.strip())
        elif isinstance(value, (list, tuple)):
            for item in value:
                add(item)
        elif isinstance(value, dict):
            for item in list(value.keys()) + list(value.values()):
                add(item)

    with db.engine.connect() as conn:
        for table in db.metadata.sorted_tables:
            columns = [c for c in table.columns if c.name not in CODE_COLUMNS]
            for row in conn.execute(sa.select(*columns)):
                for value in row:
                    add(value)
    return sorted(found, key=len, reverse=True)


def english_left(html: str, data: list[str]) -> list[str]:
    """Snippets of Latin-script words on the page that are neither inside ⟦…⟧ (translated), nor data, nor names
    of formats; checks visible text and the aria-label, placeholder, title and alt attributes."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "code"]):  # code: join codes, commands, settings
        tag.decompose()
    page_lang = (soup.html.get("lang") if soup.html else "") or ""
    for tag in soup.find_all(attrs={"lang": True}):
        if tag is not soup.html and tag.get("lang") != page_lang:
            tag.decompose()  # a name in its own language (the language switch)
    pieces = [soup.get_text(" ")]
    for tag in soup.find_all(True):
        for attribute in ("aria-label", "placeholder", "title", "alt"):
            if tag.get(attribute):
                pieces.append(tag[attribute])
    text = " ".join(" ".join(pieces).split())
    text = re.sub(re.escape(OPEN) + ".*?" + re.escape(CLOSE), " ", text, flags=re.S)
    text = re.sub(r"https?://\S+", " ", text)  # a link shown to copy (a class's join page) is no English
    for value in data:
        text = text.replace(" ".join(value.split()), " ")
    problems = []  # runs of words ("Your daily results"), each once, so a failure reads like the page
    for match in re.finditer(r"[A-Za-z][\w'’-]*(?:[ ,;:/()-]+[A-Za-z][\w'’-]*)*", text):
        words = re.findall(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]", match[0])
        if any(word not in ALLOWED for word in words) and match[0] not in problems:
            problems.append(match[0])
    return problems


SECOND_APPS: list = []  # closed by dispose_second_apps() when the `app` fixture ends


def second_app(app, **overrides):
    """Another app on the same database: its requests each get a fresh app context (the `app` fixture keeps one,
    where Flask-Login and Flask-Babel would remember the first request's user and language). Its connection pool
    is closed with the `app` fixture's."""
    from studyapp import create_app

    keys = ("TESTING", "SECRET_KEY", "SQLALCHEMY_DATABASE_URI", "WTF_CSRF_ENABLED", "CONTENT_DIR", "FSRS_FUZZ",
            "RATELIMIT_ENABLED", "JOBS_INLINE", "DEMO_PASSWORD")
    SECOND_APPS.append(create_app({**{k: app.config[k] for k in keys if k in app.config}, **overrides}))
    return SECOND_APPS[-1]


def dispose_second_apps() -> None:
    """Close the connection pools of the apps second_app() made (left open, the garbage collector found psycopg
    connections still open in whichever test ran next)."""
    from studyapp.db import db

    while SECOND_APPS:
        with SECOND_APPS.pop().app_context():
            db.engine.dispose()


def english_phrases(template: Path, language: str) -> list[str]:
    """The interface's English sentences and phrases (msgids of two words or more, without placeholders), less
    the names `language` writes the same way ("Moodle XML")."""
    catalogue = read_catalogue(TRANSLATIONS / language / "LC_MESSAGES" / "messages.po", language)
    same = {m.id for m in catalogue if m.id and m.string == m.id}
    phrases = []
    for message in read_catalogue(template):
        if message.id in same:
            continue
        for text in (message.id if isinstance(message.id, tuple) else (message.id,)):
            if text and "%" not in text and "{" not in text and "<" not in text and len(text.split()) >= 2:
                phrases.append(text)
    return phrases


def visible_text(html: str) -> str:
    """A page's text as a reader sees it (no scripts), whitespace collapsed."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style"]):
        tag.decompose()
    return " ".join(soup.get_text(" ").split())


def compile_catalogues() -> None:
    """Build each .mo whose .po is newer, as `make translations` does (for a pytest run started without make)."""
    for po in TRANSLATIONS.glob("*/LC_MESSAGES/messages.po"):
        mo = po.with_suffix(".mo")
        if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
            catalogue = read_catalogue(po, po.parts[-3])
            with mo.open("wb") as handle:
                write_mo(handle, catalogue)
