"""Read stage: .txt, .md, .html, .docx and .pdf files into raw blocks, with titles, authors and a manifest."""
from __future__ import annotations

import re
import zipfile
import tomllib
import unicodedata
from pathlib import Path

from studyapp.generator.model import Block, Corpus, SourceDoc
from studyapp.generator.pipeline import stage
from studyapp.generator.stages.encoding import EncodingError, decode_bytes
from studyapp.translatable import N_, Grouped, Message, message_of


SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf")
_HEADING_MD = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")


# Messages a failed generation job stores (in English); the job page reads them back to translate them (reread).
ZIP_BOMB = N_("%(file)s: unpacks to %(size)s MB, far more than a document holds; it is refused as a possible zip bomb.")
UNREADABLE = N_("%(file)s: cannot be read (%(reason)s).")
DAMAGED = N_("%(file)s: is damaged or not %(kind)s (%(reason)s).")
TOO_LONG = N_("%(file)s holds %(count)s characters of text; StudyApp turns at most %(max)s characters (about %(pages)s "
              "pages) into questions at a time. Split it into parts and upload each part.")
KINDS = {".docx": N_("a Word (.docx) document"), ".pdf": N_("a PDF"), "": N_("a readable document")}


class DocumentError(ValueError):
    """A document could not be read; the message names the file."""


def expand_paths(paths: list[str | Path]) -> list[Path]:
    """Files as given, folders expanded to their readable files, sorted by name."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES))
        elif path.is_file():
            if path.suffix.lower() not in SUFFIXES:
                raise DocumentError(N_("%(file)s: unsupported file type; use one of %(suffixes)s.", file=path.name,
                                       suffixes=", ".join(SUFFIXES)))
            out.append(path)
        else:
            raise DocumentError(N_("%(file)s: no such file or folder.", file=str(path)))
    return out


def load_manifest(path: str | Path | None) -> dict[str, dict]:
    """Manifest entries keyed by file name (format of seeds/manifest.toml: [[document]] tables)."""
    if not path:
        return {}
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    return {entry["file"]: entry for entry in data.get("document", []) if "file" in entry}


def decode(data: bytes, name: str = "The document", *, refuse_garbled: bool = True) -> str:
    """Bytes to NFC text with Unix newlines, in the encoding they were saved in (see encoding.py); DocumentError
    when the text is garbled beyond reading (unless `refuse_garbled` is False: a PDF's text layer is what it is)."""
    try:
        text = decode_bytes(data, name, refuse_garbled=refuse_garbled)
    except EncodingError as exc:
        raise DocumentError(message_of(exc)) from exc
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u200b", "")
    return unicodedata.normalize("NFC", text)


def looks_wrapped(lines: list[str]) -> bool:
    """Hard-wrapped text: most long lines stop mid-sentence and no line is much longer than a page width."""
    long = sorted(len(ln) for ln in lines if len(ln.strip()) >= 40)
    if len(long) < 4 or long[int(len(long) * 0.9)] > 130:
        return False
    open_ended = sum(1 for ln in lines if len(ln.strip()) >= 40 and not re.search(r"[.!?:;\"”)]\s*$", ln))
    return open_ended >= 0.5 * len(long)


def text_blocks(text: str, markdown: bool = False) -> list[Block]:
    """Plain text or Markdown to blocks: a line each, or a paragraph each when the text is hard-wrapped."""
    lines = text.split("\n")
    join = markdown or looks_wrapped(lines)
    blocks: list[Block] = []
    joined: list[list[str]] = []  # the lines of each block, joined once at the end (not a copy per line)
    open_block = False
    for line in lines:
        if not line.strip():
            open_block = False
            continue
        match = _HEADING_MD.match(line)
        listed = bool(re.match(r"^\s*([-*+•]|\d+[.)])\s+", line))
        if match:
            blocks.append(Block(match.group(2), heading=len(match.group(1))))
            joined.append([])
            open_block = False
        elif join and open_block and not listed and not re.match(r"^\s*(\[\d+\]|[⁰¹²³⁴⁵⁶⁷⁸⁹])", line):
            joined[-1].append(line.strip())
        else:
            blocks.append(Block(line.strip(), list_item=listed))
            joined.append([])
            open_block = True
    for block, more in zip(blocks, joined):
        if more:
            block.text = " ".join([block.text, *more])
    return blocks


def read_html(data: bytes, name: str = "The document") -> tuple[list[Block], dict]:
    """HTML to blocks with BeautifulSoup; scripts, navigation and footers dropped; <sup> markers removed."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(decode(data, name), "html.parser")
    meta = {}
    if soup.title and soup.title.string:
        meta["html_title"] = soup.title.string.strip()
    author = soup.find("meta", attrs={"name": "author"})
    if author and author.get("content"):
        meta["author"] = author["content"].strip()
    for tag in soup(["script", "style", "nav", "footer", "header", "aside", "form", "noscript", "sup", "figure"]):
        tag.decompose()
    blocks = []
    for el in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "td"]):
        if el.find(["p", "li", "h1", "h2", "h3"]):
            continue  # read the innermost block only
        text = " ".join(el.get_text(" ").split())
        text = re.sub(r"\s+([,.;:!?])", r"\1", text)
        if not text:
            continue
        level = int(el.name[1]) if el.name[0] == "h" and el.name[1:].isdigit() else 0
        byline = any("byline" in c or "author" in c for c in el.get("class", []))
        if byline and "author" not in meta:
            meta["author"] = re.sub(r"^[Bb]y\s+", "", text)
            continue
        blocks.append(Block(text, heading=level, list_item=el.name == "li"))
    return blocks, meta


# A .docx is a zip: refuse one that would inflate past these before any XML is parsed (zip bombs).
MAX_DOCX_INFLATED = 50 * 1024 * 1024
MAX_DOCX_RATIO = 100


def check_zip_size(path: Path) -> None:
    """Raise DocumentError when the zip's declared contents are too large or too compressed to be a document."""
    with zipfile.ZipFile(path) as archive:
        infos = archive.infolist()
    inflated = sum(info.file_size for info in infos)
    packed = sum(info.compress_size for info in infos) or 1
    if inflated > MAX_DOCX_INFLATED or inflated / packed > MAX_DOCX_RATIO:
        raise DocumentError(N_(ZIP_BOMB, file=path.name, size=inflated // (1024 * 1024)))


def read_docx(path: Path) -> tuple[list[Block], dict]:
    """Word document paragraphs to blocks; Heading/Title styles become headings; core properties kept."""
    import docx

    check_zip_size(path)
    document = docx.Document(str(path))
    blocks = []
    for para in document.paragraphs:
        text = " ".join(para.text.split())
        if not text:
            continue
        style = (para.style.name if para.style is not None else "") or ""
        level = 0
        if style == "Title":
            level = 1
        elif style.startswith("Heading"):
            digits = style.split()[-1]
            level = int(digits) if digits.isdigit() else 2
        blocks.append(Block(text, heading=level, list_item=style.startswith("List")))
    props = document.core_properties
    return blocks, {"title": props.title or "", "author": file_author(props.author or "")}


def read_pdf(path: Path) -> tuple[list[Block], dict]:
    """PDF text with pypdf, one block per line; page numbers and lines repeated on every page dropped."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    pages = [decode((page.extract_text() or "").encode("utf-8"), refuse_garbled=False).split("\n") for page in reader.pages]
    counts: dict[str, int] = {}
    for lines in pages:
        for line in {ln.strip() for ln in lines if ln.strip()}:
            counts[line] = counts.get(line, 0) + 1
    repeated = {line for line, n in counts.items() if len(pages) > 2 and n >= len(pages) - 1}
    blocks = []
    for lines in pages:
        for line in lines:
            line = line.strip()
            if line and line not in repeated and not re.fullmatch(r"(page\s*)?\d+(\s*(of|/)\s*\d+)?", line, re.I):
                blocks.append(Block(line))
    meta = reader.metadata or {}
    return blocks, {"title": str(meta.get("/Title") or ""), "author": file_author(str(meta.get("/Author") or "")),
                    "wrapped": True}


# the author a program or an account writes into a file's properties, not the writer of its text
FILE_ACCOUNTS = {"microsoft office user", "windows user", "microsoft word", "python-docx", "administrator", "admin",
                 "user", "author", "unknown", "owner", "teacher", "student", "администратор", "пользователь"}
PERSON_NAME = re.compile(r"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,3}")


def file_author(value: str) -> str:
    """A Word or PDF file's author property when it reads as a person's name ("Sarah Kemp", "Иванова А. В."); ""
    for a program's or an account's ("python-docx", "Microsoft Office User", "Admin"), which the source line showed
    as the document's author (click-through, 30 Nov)."""
    value = " ".join(value.split())
    if value.lower() in FILE_ACCOUNTS or not PERSON_NAME.fullmatch(value) or not all(
            w[:1].isupper() for w in value.split()):
        return ""
    return value


def read_file(path: Path) -> tuple[list[Block], dict]:
    """Blocks and metadata of one file, by its suffix."""
    suffix = path.suffix.lower()
    try:
        if suffix in (".html", ".htm"):
            return read_html(path.read_bytes(), path.name)
        if suffix == ".docx":
            return read_docx(path)
        if suffix == ".pdf":
            return read_pdf(path)
        return text_blocks(decode(path.read_bytes(), path.name), markdown=suffix in (".md", ".markdown")), {}
    except DocumentError:
        raise
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
        raise DocumentError(N_(UNREADABLE, file=path.name, reason=str(exc))) from exc
    except Exception as exc:  # noqa: BLE001 - third-party parsers (python-docx, lxml, pypdf) raise their own types
        kind = KINDS.get(suffix, KINDS[""])
        raise DocumentError(N_(DAMAGED, file=path.name, kind=Message(kind),
                               reason=type(exc).__name__)) from exc


def doc_id_for(path: Path, taken: set[str]) -> str:
    """A short id from the file name, unique within the corpus."""
    base = re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", path.stem).encode("ascii", "ignore")
                  .decode().lower()).strip("-") or "doc"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def read_documents(paths: list[str | Path], manifest: str | Path | None = None) -> list[SourceDoc]:
    """Read every file (folders expanded) into a SourceDoc with raw blocks and manifest metadata."""
    entries = load_manifest(manifest)
    docs: list[SourceDoc] = []
    taken: set[str] = set()
    for path in expand_paths(paths):
        blocks, meta = read_file(path)
        entry = entries.get(path.name, {})
        doc_id = str(entry.get("id") or doc_id_for(path, taken))
        taken.add(doc_id)
        doc = SourceDoc(id=doc_id, file=path.name, path=path, blocks=blocks,
                        title=str(entry.get("title") or meta.get("title") or ""),
                        author=str(entry.get("author") or meta.get("author") or ""),
                        kind=str(entry.get("kind") or ""), published=str(entry.get("published") or ""))
        doc.kind = doc.kind or {".pdf": "PDF document", ".docx": "Word document"}.get(path.suffix.lower(), "")
        doc.hints = {k: meta[k] for k in ("wrapped", "html_title") if meta.get(k)}
        docs.append(doc)
    if not docs:
        raise DocumentError(N_("No readable documents (.txt, .md, .html, .docx, .pdf) were given."))
    return docs


def too_long_message(name: str, chars: int, limit: int) -> str:
    """What a teacher reads when a document holds more text than one generation takes."""
    return N_(TOO_LONG, file=name, count=Grouped(chars),
              max=Grouped(limit), pages=Grouped(limit // 2000))


@stage("read", requires=["paths"], provides=["documents", "blocks"])
def read_stage(corpus: Corpus) -> Corpus:
    """Read the corpus paths (and manifest) into documents with raw blocks; refuse one with too much text."""
    corpus.docs = read_documents(corpus.paths, corpus.manifest)
    for doc in corpus.docs:
        chars = sum(len(block.text) for block in doc.blocks)
        if corpus.max_chars is not None and chars > corpus.max_chars:
            raise DocumentError(too_long_message(doc.file, chars, corpus.max_chars))
    return corpus
