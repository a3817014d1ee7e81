"""Fixtures for the generator tests: the shared seeds (skipped or failed when absent), documents, builders."""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from studyapp.generator import generate_bank
from studyapp.generator.model import Corpus, SourceDoc
from studyapp.generator.pipeline import Pipeline
from studyapp.generator.stages.read import text_blocks

# The shared folder beside the checkout, or where STUDYAPP_SHARED_DIR says (.ci/run exports it).
SHARED = Path(os.environ.get("STUDYAPP_SHARED_DIR") or Path(__file__).parents[2].parent / "shared")
DOCUMENTS = Path(__file__).parent / "documents"
SEED_TITLE = "Kazakhstan, Türkiye and Turkic integration"


def require_shared() -> Path:
    """The shared folder; skip when it is absent, except under CI=true, where that is a failure."""
    if not (SHARED / "seeds").is_dir() or not (SHARED / "eval" / "dev-facts.json").is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{SHARED} (seeds and eval/dev-facts.json) is required when CI=true.")
        pytest.skip(f"{SHARED} is absent: the seed and dev-facts tests need it (they run in CI).")
    return SHARED


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder next to the checkout."""
    return require_shared()


@pytest.fixture(scope="session")
def seed_run(shared_dir: Path) -> tuple[dict, float]:
    """The bank generated from the five seeds with their manifest, and the processor seconds it took."""
    start = time.process_time()
    bank = generate_bank([shared_dir / "seeds"], manifest=shared_dir / "seeds" / "manifest.toml", title=SEED_TITLE)
    return bank, time.process_time() - start


@pytest.fixture(scope="session")
def seed_bank(seed_run) -> dict:
    """The seed bank."""
    return seed_run[0]


@pytest.fixture(scope="session")
def dev_facts(shared_dir: Path) -> list[dict]:
    """The development sample of facts with their match rules."""
    return json.loads((shared_dir / "eval" / "dev-facts.json").read_text(encoding="utf-8"))["facts"]


@pytest.fixture(scope="session")
def schema() -> dict:
    """The bank JSON Schema from docs/."""
    return json.loads((Path(__file__).parents[2] / "docs" / "bank.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def documents_bank() -> dict:
    """The bank generated from the original test documents of other subjects."""
    return generate_bank([DOCUMENTS])


def make_doc(text: str, doc_id: str = "doc", title: str = "", author: str = "") -> SourceDoc:
    """A document built by hand from text, as the read stage would leave it."""
    return SourceDoc(id=doc_id, file=f"{doc_id}.txt", title=title, author=author, blocks=text_blocks(text))


def run_stages(names: list[str], *docs: SourceDoc) -> Corpus:
    """Run the named stages (starting after read) over hand-built documents."""
    corpus = Corpus(docs=list(docs))
    return Pipeline(names, given=["documents", "blocks"])(corpus)


def write_pdf(path: Path, lines: list[str], title: str = "", author: str = "") -> Path:
    """Write a one-page PDF with these lines of Helvetica text: a tiny hand-written PDF writer."""

    def esc(text: str) -> str:
        """Escape a PDF literal string."""
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    body = "BT /F1 11 Tf 14 TL 56 760 Td " + " ".join(f"({esc(line)}) Tj T*" for line in lines) + " ET"
    stream = body.encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        f"<< /Title ({esc(title)}) /Author ({esc(author)}) >>".encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n").encode()
    path.write_bytes(bytes(out))
    return path


@pytest.fixture
def docx_file(tmp_path: Path) -> Path:
    """A small Word document on the water cycle, with a title, an author and a heading."""
    import docx

    document = docx.Document()
    document.core_properties.author = "Ines Moreau"
    document.add_paragraph("The Water Cycle", style="Title")
    document.add_paragraph("Water moves between the oceans, the air and the land in a cycle driven by the Sun.")
    document.add_paragraph("Evaporation", style="Heading 1")
    document.add_paragraph("About 86% of global evaporation happens over the oceans. In 1802, the English chemist "
                           "John Dalton described how water vapour behaves in air.")
    path = tmp_path / "water_cycle.docx"
    document.save(str(path))
    return path


@pytest.fixture
def pdf_file(tmp_path: Path) -> Path:
    """A one-page PDF on volcanoes whose sentences wrap across lines."""
    lines = [
        "Volcanoes and the Shape of the Land",
        "A volcano is an opening in the crust of the Earth through which molten rock,",
        "ash and gases escape. Mount Vesuvius erupted in 79 AD and buried the Roman",
        "towns of Pompeii and Herculaneum. In 1815, the eruption of Mount Tambora in",
        "Indonesia threw so much ash into the air that 1816 became known in Europe as",
        "the year without a summer.",
    ]
    return write_pdf(tmp_path / "volcanoes.pdf", lines, title="Volcanoes and the Shape of the Land",
                     author="Kenji Sato")
